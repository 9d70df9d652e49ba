"""Readers: one per input format, each yielding :class:`RawArticle` objects.

A reader raises :class:`InputError` with a one-line message naming the input
when it cannot read it; JSON Lines readers report each bad line and go on.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES

# JSON keys → our metadata fields (news-please style keys included).
JSON_KEYS = {
    "text": ("text", "maintext", "content", "body", "article"),
    "html": ("html", "raw_html"),
    "url": ("url", "link", "source_url"),
    "title": ("title", "headline"),
    "published": ("published", "date_publish", "date", "published_at", "publishedAt", "pubdate", "pubDate",
                  "date_published", "datePublished", "dct", "publication_date", "published_date", "pub_date",
                  "publish_date", "created_at", "date_created"),
    "outlet": ("outlet", "source_domain", "source", "site", "sitename", "site_name", "publisher", "source_name",
               "publication", "newspaper", "domain"),
    "author": ("author", "authors", "byline"),
}


class InputError(Exception):
    """Input that cannot be read; the message names the input."""


@dataclass(slots=True)
class RawArticle:
    path: str                      # path or URL it came from
    text: str                      # raw text (HTML already reduced to text)
    source_format: str
    meta: dict = field(default_factory=dict)   # fields found in the input's own metadata


def decode_bytes(data: bytes, name: str) -> str:
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: binary file (not text)")
    for enc in ("utf-8-sig",):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: cannot decode as UTF-8 or Windows-1252 ({exc.reason} at byte {exc.start})") from None
    return text


def read_text_file(path: Path) -> Iterator[RawArticle]:
    text = decode_bytes(path.read_bytes(), str(path))
    yield RawArticle(str(path), text, path.suffix.lower().lstrip(".") or "txt")


def html_to_article(html: str, name: str, url: str | None = None) -> RawArticle:
    from trafilatura import bare_extraction

    try:
        doc = bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # lxml raises many kinds on broken markup
        raise InputError(f"{name}: cannot parse HTML ({exc.__class__.__name__})") from None
    if doc is None:
        raise InputError(f"{name}: no article text found in the HTML")
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = d.get("text") or ""
    if not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    meta = {
        "title": d.get("title"),
        "author": d.get("author"),
        "url": d.get("url") or url,
        "outlet": d.get("sitename") or d.get("hostname"),
        "published": d.get("date"),
        "language": d.get("language"),
    }
    return RawArticle(name, text, "html", {k: v for k, v in meta.items() if v})


def read_html_file(path: Path) -> Iterator[RawArticle]:
    html = decode_bytes(path.read_bytes(), str(path))
    yield html_to_article(html, str(path))


def _first(obj: dict, keys: tuple[str, ...]):
    for k in keys:
        v = obj.get(k)
        if v:
            if isinstance(v, list):
                v = ", ".join(str(x) for x in v if x)
            return v
    return None


def article_from_json(obj, name: str) -> RawArticle:
    if not isinstance(obj, dict):
        raise InputError(f"{name}: expected a JSON object, got {type(obj).__name__}")
    meta = {k: _first(obj, keys) for k, keys in JSON_KEYS.items()}
    text, html = meta.pop("text"), meta.pop("html")
    path = meta.get("url") or name
    if text and str(text).strip():
        art = RawArticle(path, str(text), "json")
    elif html:
        art = html_to_article(str(html), path, meta.get("url"))
        art.source_format = "json"
    else:
        raise InputError(f"{name}: no 'text' or 'html' field")
    for k, v in meta.items():
        if v and not art.meta.get(k):
            art.meta[k] = str(v)
    return art


def read_json_file(path: Path, errors: list[str]) -> Iterator[RawArticle]:
    """One article per object: a JSON array or object, or JSON Lines."""
    text = decode_bytes(path.read_bytes(), str(path))
    stripped = text.lstrip()
    if path.suffix.lower() == ".json" and stripped[:1] in "[{":
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            data = None
        if data is not None:
            items = data if isinstance(data, list) else [data]
            for i, obj in enumerate(items, 1):
                name = f"{path}#{i}" if len(items) > 1 else str(path)
                try:
                    yield article_from_json(obj, name)
                except InputError as exc:
                    errors.append(str(exc))
            return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        name = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{name}: malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield article_from_json(obj, name)
        except InputError as exc:
            errors.append(str(exc))


def iter_input_files(paths: list[Path]) -> Iterator[Path]:
    """Files to read under ``paths`` (directories recursively), sidecars excluded."""
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUPPORTED and not is_sidecar(f) and not is_project_file(f) and not f.name.startswith("."):
                    yield f
        else:
            yield p


PROJECT_FILES = ("readme", "license", "licence", "changelog", "contributing", "notice", "authors")


def is_project_file(path: Path) -> bool:
    """README, LICENSE and the like: skipped when walking a folder (named explicitly, they are read)."""
    return path.stem.lower().split(".")[0] in PROJECT_FILES


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(".meta.json")


def read_file(path: Path, errors: list[str]) -> Iterator[RawArticle]:
    """Articles in one file; unreadable input raises or is appended to ``errors``."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        yield from read_html_file(path)
    elif suffix in JSON_SUFFIXES:
        yield from read_json_file(path, errors)
    elif suffix in TEXT_SUFFIXES or not suffix:
        yield from read_text_file(path)
    else:
        raise InputError(f"{path}: unsupported file type {suffix!r} (use .txt, .md, .html, .json or .jsonl)")
