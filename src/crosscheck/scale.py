"""Extraction on a Dask cluster: map ``extract_document`` over partitions.

The client reads and cleans the files (cheap), the workers parse and extract
(the expensive part: each worker loads the spaCy model once per process), and
the client writes the results to the store in one transaction per partition.
Use a local cluster (``workers=N``) or an existing one (``scheduler="tcp://host:8786"``).
"""
from __future__ import annotations

from typing import Callable, Iterable

from .records import Document, Extraction


def extract_partition(documents: list[Document], model: str | None = None, batch_size: int = 32, options=None) -> tuple[list[Extraction | None], list[str]]:
    """Extract every document of one partition (runs on a worker); failed documents are ``None`` plus a message."""
    from .extract.nlp import load_nlp
    from .extract.pipeline import extract_documents

    errors: list[str] = []
    out = list(extract_documents(documents, nlp=load_nlp(model), batch_size=batch_size, errors=errors, options=options))
    return out, errors


def partition(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def extract_on_dask(
    documents: Iterable[Document] | None = None,
    workers: int = 2,
    scheduler: str | None = None,
    partition_size: int = 64,
    model: str | None = None,
    on_result: Callable[[int, list[Extraction | None]], None] | None = None,
    errors: list[str] | None = None,
    parts: list[list[Document]] | None = None,
    options=None,
) -> int:
    """Extract on Dask, one task per partition; ``on_result(i, extractions)`` receives partition ``i``.

    Give ``documents`` (cut into partitions of ``partition_size``) or ready ``parts``.
    Returns how many documents were processed.
    """
    from dask.distributed import Client, LocalCluster, as_completed

    parts = parts if parts is not None else partition(list(documents or []), partition_size)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = {client.submit(extract_partition, p, model, 32, options, pure=False): i for i, p in enumerate(parts)}
        done = 0
        for fut in as_completed(list(futures)):
            result, part_errors = fut.result()
            if errors is not None:
                errors.extend(part_errors)
            done += len(result)
            if on_result:
                on_result(futures[fut], result)
            fut.release()
        return done
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
