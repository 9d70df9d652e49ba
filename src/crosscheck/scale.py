"""Extraction on a Dask cluster: map ``extract_document`` over partitions.

The client reads and cleans the files (cheap), the workers parse and extract
(the expensive part: each worker loads the spaCy model once per process), and
the client writes the results to the store in one transaction per partition.
Use a local cluster (``workers=N``) or an existing one (``scheduler="tcp://host:8786"``).
"""
from __future__ import annotations

from typing import Callable, Iterable

from .records import Document, Extraction


def extract_partition(documents: list[Document], model: str | None = None, batch_size: int = 32) -> list[Extraction]:
    """Extract every document of one partition (runs on a worker)."""
    from .extract.nlp import load_nlp
    from .extract.pipeline import extract_documents

    return list(extract_documents(documents, nlp=load_nlp(model), batch_size=batch_size))


def partition(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def extract_on_dask(
    documents: Iterable[Document],
    workers: int = 2,
    scheduler: str | None = None,
    partition_size: int = 64,
    model: str | None = None,
    on_result: Callable[[list[Extraction]], None] | None = None,
) -> int:
    """Extract ``documents`` on Dask; ``on_result`` receives each finished partition. Returns the count."""
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        parts = partition(list(documents), partition_size)
        futures = [client.submit(extract_partition, p, model, pure=False) for p in parts]
        done = 0
        for fut in as_completed(futures):
            result = fut.result()
            done += len(result)
            if on_result:
                on_result(result)
            fut.release()
        return done
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
