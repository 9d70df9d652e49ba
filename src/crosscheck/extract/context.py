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
    published_from: str | None = None  # metadata | text | user | inferred (a lower bound from the content)

    @property
    def published_iso(self) -> str | None:
        """The publication date as ISO text; ``None`` when it is only inferred from the content."""
        if not self.published or self.published_from == "inferred":
            return None
        return self.published.isoformat()
