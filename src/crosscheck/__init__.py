"""crosscheck: turn news reports about one event into a sourced, reconciled account.

Library entry points::

    from crosscheck import open_store, ingest, reconcile_store, extract_document, export
"""
__version__ = "0.1.0"

from .extract.pipeline import extract_document  # noqa: E402
from .ingest import ingest  # noqa: E402
from .reconcile.run import reconcile_store  # noqa: E402
from .report.export import export  # noqa: E402
from .store.db import open_store  # noqa: E402

__all__ = ["__version__", "open_store", "ingest", "reconcile_store", "extract_document", "export"]
