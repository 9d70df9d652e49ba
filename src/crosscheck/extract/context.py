"""What every per-document extractor receives besides the parsed text."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class DocContext:
    document_id: str
    path: str
    published: dt.date | None = None   # the document's date, when known
    outlet: str | None = None

    @property
    def published_iso(self) -> str | None:
        return self.published.isoformat() if self.published else None
