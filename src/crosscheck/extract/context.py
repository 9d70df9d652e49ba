"""What every per-document extractor receives besides the parsed text."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class ExtractOptions:
    """Choices that change what extractors report (the same for every document of a run)."""

    # "a man was killed" also counts as a figure of 1 (off by default: the export
    # contract records numbers as written; on, it helps tolls of single victims).
    count_single_victims: bool = False
    # Seconds one document's extraction may take before it is given up with an error naming it,
    # so that one pathological text cannot stall a batch (0: no limit). Enforced where a timer
    # signal can be used: the main thread of a POSIX process.
    time_limit: float = 300.0


@dataclass(slots=True, frozen=True)
class DocContext:
    document_id: str
    path: str
    published: dt.date | None = None   # the document's date, when known
    outlet: str | None = None
    published_from: str | None = None  # metadata | text | user | inferred (a lower bound from the content)
    options: ExtractOptions = ExtractOptions()

    @property
    def published_iso(self) -> str | None:
        """The publication date as ISO text; ``None`` when it is only inferred from the content."""
        if not self.published or self.published_from == "inferred":
            return None
        return self.published.isoformat()
