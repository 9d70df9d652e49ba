"""Document metadata as a cascade of small finders.

Each finder returns a dict of fields it found (or nothing). The cascade
applies them in order of trust — user flags, sidecar file, the input's own
metadata (HTML meta tags, JSON fields), then text cues a human reader would
use — and records where the publication date came from in ``published_from``
(``user``, ``metadata``, ``text``).

Text cues:
- a ``date YYYY-MM-DD`` / ``Published: 11 March 2025`` / ``Updated 10:32 AM,
  Tue March 11, 2025`` line near the top, and a ``By Jane Roe`` byline (author);
- a wire dateline: ``RIVERTON, April 3 (Wirepress) –`` or ``Eastbury, VNA –``;
- a ``Source: https://...`` footer, whose site becomes the outlet (and a
  ``/2026/04/02/`` date in its path, the publication date);
- a closing line naming the outlet (``Watch X on YouTube``, a short line such
  as ``Valley News Agency``);
- a heading naming the issuer: a letterhead in capitals (``OFFICE OF THE
  MAYOR``), ``Valley Relief Network (VRN) – Situation report 3``, or
  ``First published by X``;
- a short headline-like first line becomes the title.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from ..lexicons import load_words

FIELDS = ("title", "outlet", "url", "author", "published", "language")

_FULL_DATE = (r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}"
              r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})")
DATE_LINE = re.compile(
    r"^\s*(?:date|dated|published|posted|updated|last updated|publication date|first published)?\s*(?:on)?\s*[:\-–]?\s*"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?" + _FULL_DATE + r"\b",
    re.IGNORECASE,
)
# "Published 10:32 AM EDT, Tue March 11, 2025", "By Jane Roe | March 11, 2025": a short line with a date keyword or byline
KEYWORD_DATE = re.compile(r"\b(?:published|posted|updated|date)\b.*?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?" + _FULL_DATE,
                          re.IGNORECASE)
_CALENDAR_WORD = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|(?:the|noon|midnight|dawn|nightfall|then|now|late|early)\b"
BYLINE = re.compile(r"^\s*By\s+(?P<author>[A-Z][\w.’'\-]+(?:\s+(?:[A-Z][\w.’'\-]+|de|van|von|al-\w+|bin))*(?:\s+and\s+[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+)*)?)"
                    r"\s*(?:$|[|,–\-]|\s+(?=\d|[A-Z][a-z]+\s+\d))")
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z .’'\-]{1,40}?)\s*,\s*"
    r"(?:(?P<date>[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,9}(?:\s+\d{4})?)\s*)?"
    r"(?:\((?P<paren>[A-Z][\w .&’'\-]{1,40})\)|(?P<caps>[A-Z][A-Z&]{1,9}))?\s*[–\-]{1,2}(?:\s|$)"
)
# "Valley Relief Network (VRN) – Situation report 3": an issuer's name heading the text.
ISSUER_HEAD = re.compile(r"^\s*(?P<name>[A-Z][\w’'.&\- ]{2,60}?\s\([A-Z][A-Za-z&]{1,9}\))\s*[–\-:|]")
PUBLISHED_BY = re.compile(r"\b(?:first|originally)\s+(?:published|appeared)\s+(?:by|in)\s+(?P<outlet>[A-Z][\w’'&.\- ]{1,60}?)\s*(?:[.,;]|$)", re.IGNORECASE)
SOURCE_LINE = re.compile(r"^\s*(?:source|originally published at|read more at|via)\s*:?\s*(?P<url>https?://\S+)\s*$", re.IGNORECASE)
URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>0?[1-9]|1[0-2])[/-](?P<d>0?[1-9]|[12]\d|3[01])(?:/|-|$)")
WATCH_LINE = re.compile(r"^\s*(?:watch|follow|listen to)\s+(?P<outlet>.{2,40}?)\s+on\s+(?:youtube|facebook|twitter|x|instagram|tiktok|telegram)\b", re.IGNORECASE)


@dataclass(slots=True)
class Metadata:
    values: dict = field(default_factory=dict)
    published_from: str | None = None
    used_lines: set[int] = field(default_factory=set)   # lines that were metadata, not article text
    line_breaks: dict[int, int] = field(default_factory=dict)  # line → column where a dateline ends

    def offer(self, found: dict, origin: str) -> None:
        """Take each field from ``found`` unless a more trusted finder already set it."""
        for k in FIELDS:
            v = found.get(k)
            if v and not self.values.get(k):
                if k == "published":
                    v = normalize_date(v)
                    if not v:
                        continue
                    self.published_from = origin
                self.values[k] = v.strip() if isinstance(v, str) else v


def normalize_date(value) -> str | None:
    """An ISO ``YYYY-MM-DD`` from a date-like value, or ``None``."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    s = str(value).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    import dateparser

    parsed = dateparser.parse(s, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None


def read_sidecar(path: Path) -> dict:
    """Fields from ``report.meta.json`` or ``report.txt.meta.json`` beside ``report.txt``."""
    for cand in (path.with_name(path.name + ".meta.json"), path.with_suffix(".meta.json")):
        if cand.exists():
            try:
                data = json.loads(cand.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise ValueError(f"{cand}: unreadable sidecar metadata ({exc.__class__.__name__})") from None
            if not isinstance(data, dict):
                raise ValueError(f"{cand}: sidecar metadata must be a JSON object")
            from .readers import JSON_KEYS

            out = {}
            for k, keys in JSON_KEYS.items():
                for key in keys:
                    if data.get(key) and k in FIELDS:
                        out.setdefault(k, str(data[key]))
            return out
    return {}


def site_of(url: str) -> str | None:
    host = urlparse(url).hostname or ""
    host = re.sub(r"^(www\d?|m|amp|edition)\.", "", host)
    return host or None


def _outlet_line(line: str) -> str | None:
    """A short closing line that is an outlet's name ("Valley News Agency (VNA)")."""
    s = line.strip().strip("|–-").strip()
    if not s or len(s.split()) > 7 or re.search(r"[.!?:,]$", s) or not s[:1].isupper():
        return None
    words = {w.strip("()").lower() for w in s.split()}
    if words & load_words("outlet_words.txt"):
        return s
    return None


def find_text_cues(raw: str) -> tuple[dict, set[int]]:
    """Metadata a reader would find in the text itself, and the lines it came from."""
    lines = raw.split("\n")
    found: dict = {}
    used: set[int] = set()
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    head, tail = nonempty[:6], nonempty[-4:]
    for i in head:
        m = DATE_LINE.match(lines[i])
        if m and len(lines[i].split()) <= 12 and normalize_date(m["date"]):
            found["published"] = m["date"]
            used.add(i)
            break
        m = KEYWORD_DATE.search(lines[i])
        if m and len(lines[i].split()) <= 16 and normalize_date(m["date"]):
            found["published"] = m["date"]
            used.add(i)
            break
    for i in head:
        m = BYLINE.match(lines[i])
        if m and len(lines[i].split()) <= 16 and not re.match(_CALENDAR_WORD, m["author"], re.IGNORECASE):
            found["author"] = m["author"].strip()
            d = re.search(_FULL_DATE, lines[i][m.end():])
            if d and not found.get("published") and normalize_date(d["date"]):
                found["published"] = d["date"]
            used.add(i)
            break
    for i in head:
        m = DATELINE.match(lines[i])
        if m and (m["paren"] or m["caps"] or m["date"]):
            if m["date"] and re.search(r"\d{4}", m["date"]):
                found.setdefault("published", m["date"])
            if m["paren"] or m["caps"]:
                found.setdefault("dateline_outlet", m["paren"] or m["caps"])
            if lines[i][m.end():].strip():
                found["_dateline_end"] = (i, m.end())
            break
    for i in head:
        m = PUBLISHED_BY.search(lines[i])
        if m:
            found.setdefault("header_outlet", m["outlet"].strip())
            break
        m = ISSUER_HEAD.match(lines[i])
        if m:
            found.setdefault("header_outlet", m["name"].strip())
            break
    letterhead = _letterhead(lines, head)
    if letterhead:
        found.setdefault("header_outlet", letterhead)
    for i in reversed(tail):
        m = SOURCE_LINE.match(lines[i])
        if m:
            found["url"] = m["url"].rstrip(").,")
            used.add(i)
            break
    for i in reversed(tail):
        if i in used:
            continue
        m = WATCH_LINE.match(lines[i])
        name = m["outlet"].strip() if m else _outlet_line(lines[i])
        if name:
            found["outlet"] = name
            if not m:
                used.add(i)
            break
    if found.get("url") and not found.get("published"):
        m = URL_DATE.search(found["url"])
        if m:
            found["published"] = f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
    if not found.get("outlet"):
        if found.get("dateline_outlet"):
            found["outlet"] = found["dateline_outlet"]
        elif found.get("header_outlet"):
            found["outlet"] = found["header_outlet"]
        elif found.get("url"):
            found["outlet"] = site_of(found["url"])
    found.pop("dateline_outlet", None)
    found.pop("header_outlet", None)
    title = _title_line(lines, [i for i in nonempty if i not in used])
    if title:
        found["title"] = title
    return found, used


def _letterhead(lines: list[str], head: list[int]) -> str | None:
    """A first line in capitals naming the issuer ("OFFICE OF THE GOVERNOR"), as written in title case."""
    for i in head[:2]:
        s = lines[i].strip()
        if DATE_LINE.match(s):
            continue
        words = s.split()
        if 1 <= len(words) <= 7 and s.isupper() and not re.search(r"\d", s) and not DATELINE.match(s):
            small = {"of", "the", "and", "for", "on", "in", "to", "a"}
            return " ".join(w.lower() if (w.lower() in small and j) else w.capitalize() for j, w in enumerate(words))
        return None
    return None


def _title_line(lines: list[str], candidates: list[int]) -> str | None:
    """A headline-like first line: short, no closing full stop, followed by a blank line."""
    if not candidates:
        return None
    i = candidates[0]
    s = lines[i].strip()
    words = s.split()
    followed_by_blank = i + 1 < len(lines) and not lines[i + 1].strip()
    if not (3 <= len(words) <= 20) or s.endswith((".", ":", ";", ",")) or not followed_by_blank:
        return None
    return s if s[:1].isupper() else None


def build_metadata(raw_text: str, path: Path | None, input_meta: dict, user: dict) -> Metadata:
    """Apply the cascade: user flags, sidecar, input metadata, text cues."""
    meta = Metadata()
    meta.offer(user, "user")
    if path is not None:
        meta.offer(read_sidecar(path), "metadata")
    meta.offer(input_meta, "metadata")
    cues, used = find_text_cues(raw_text)
    if "_dateline_end" in cues:
        line, col = cues.pop("_dateline_end")
        meta.line_breaks[line] = col
    meta.offer(cues, "text")
    meta.used_lines = used
    if meta.values.get("url") and not meta.values.get("outlet"):
        meta.values["outlet"] = site_of(meta.values["url"])
    return meta
