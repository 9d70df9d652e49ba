"""Cleaning article text while keeping offsets traceable.

``clean_text(raw)`` returns a :class:`CleanText`: the cleaned string plus an
offset map back into the raw input, so every offset stored on the cleaned
text can be traced to the original file. Cleaning:

- drops page furniture lines (subscribe prompts, "scroll to continue", share
  lines, cookie notices...) listed in ``lexicons/furniture.txt``, and removes
  such phrases when they are glued to a line of content;
- removes Markdown syntax from ``.md`` files, keeping the words;
- normalises quotation marks (« » „ ‟ → “ ”, ‚ ‛ → ‘ ’), dashes (‒ – — ― → –)
  and whitespace (non-breaking and zero-width spaces, runs of blanks, blank
  lines), keeping curly quotes curly so opening and closing marks stay
  distinguishable; in a plain-text table whose columns are aligned with
  spaces or tabs (``aligned_table_lines``) the gap between two cells stays
  two spaces, so ``extract.tables`` can still cut its rows into cells.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..lexicons import load_lexicon

CHAR_MAP = {
    "«": "“", "»": "”", "„": "“", "‟": "“", "〝": "“", "〞": "”", "＂": '"',
    "‚": "‘", "‛": "‘", "‹": "‘", "›": "’", "´": "’", "`": "’",
    "‒": "–", "—": "–", "―": "–", "−": "–", "﹘": "–",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u3000": " ", "\t": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u00ad": "", "\r": "",
}


@dataclass(slots=True)
class CleanText:
    text: str
    # (clean_offset, raw_offset) pairs at the start of each copied run.
    runs: list[tuple[int, int]] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def raw_offset(self, clean_offset: int) -> int:
        """Offset in the raw input of the character at ``clean_offset``."""
        if not self.runs:
            return clean_offset
        i = bisect.bisect_right([c for c, _ in self.runs], clean_offset) - 1
        c, r = self.runs[max(i, 0)]
        return r + (clean_offset - c)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.runs: list[tuple[int, int]] = []
        self.length = 0
        self._next_raw: int | None = None

    def add(self, s: str, raw_pos: int) -> None:
        if not s:
            return
        if self._next_raw != raw_pos:
            self.runs.append((self.length, raw_pos))
        self.parts.append(s)
        self.length += len(s)
        self._next_raw = raw_pos + len(s)

    def add_synthetic(self, s: str, raw_pos: int) -> None:
        self.runs.append((self.length, raw_pos))
        self.parts.append(s)
        self.length += len(s)
        self._next_raw = None

    def text(self) -> str:
        return "".join(self.parts)


def furniture_patterns() -> list[re.Pattern]:
    return [re.compile(p, re.IGNORECASE) for p in load_lexicon("furniture.txt")]


def is_furniture(line: str, patterns: list[re.Pattern] | None = None) -> bool:
    """A short line that is page furniture rather than article text."""
    stripped = line.strip()
    if not stripped:
        return False
    patterns = patterns if patterns is not None else furniture_patterns()
    if len(stripped.split()) > 20:
        return False
    covered = set()
    for p in patterns:
        for m in p.finditer(stripped):
            covered.update(range(*m.span()))
    letters = [i for i, ch in enumerate(stripped) if ch.isalnum()]
    # furniture when the matched phrases cover most (70%) of the line's letters
    return bool(letters) and sum(1 for i in letters if i in covered) >= 0.7 * len(letters)


MD_LINE_PREFIX = re.compile(r"^\s*(?:#{1,6}\s+|>\s?|(?:[-*+]|\d{1,3}[.)])\s+)")
MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$|^\s*\|?\s*:?-{3,}")
MD_INLINE = re.compile(r"\*\*|__|`+|!\[[^\]]*\]\([^)]*\)|(?<=\])\([^)\s]*\)|\[(?=[^\]]*\]\()|\](?=\()")


def markdown_cuts(line: str) -> list[tuple[int, int]]:
    """Spans of Markdown syntax in ``line``: heading and list markers, emphasis, link targets."""
    cuts = []
    m = MD_LINE_PREFIX.match(line)
    if m:
        cuts.append(m.span())
    cuts.extend(m.span() for m in MD_INLINE.finditer(line))
    return cuts


def _strip_inline_furniture(line: str, patterns: list[re.Pattern], extra_cuts: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Spans of ``line`` to keep after removing furniture phrases glued to content (and ``extra_cuts``)."""
    cut: list[tuple[int, int]] = list(extra_cuts)
    for p in patterns:
        for m in p.finditer(line):
            # only whole-phrase furniture written in capitals or as a trailing fragment
            frag = m.group(0)
            if frag.isupper() or m.end() == len(line.rstrip()):
                cut.append(m.span())
    if not cut:
        return [(0, len(line))]
    cut.sort()
    keep, pos = [], 0
    for s, e in cut:
        if s > pos:
            keep.append((pos, s))
        pos = max(pos, e)
    if pos < len(line):
        keep.append((pos, len(line)))
    return keep


def _split_lines(raw: str, line_breaks: dict[int, int] | None) -> list[tuple[int, str, int]]:
    """(line number, text, raw offset) per line; a line in ``line_breaks`` is cut in two at that column."""
    out, pos = [], 0
    for n, line in enumerate(raw.split("\n")):
        col = (line_breaks or {}).get(n)
        if col and 0 < col < len(line):
            out.append((n, line[:col], pos))
            out.append((n, line[col:], pos + col))
        else:
            out.append((n, line, pos))
        pos += len(line) + 1
    return out


def is_table_header(line: str, following: list[str]) -> bool:
    """A bar-separated line of words above a row with as many bars and a number
    ("District | Deaths | Injured | Missing" above "Osk | 15 | 64 | 9"): a
    table's header, not a site menu."""
    bars = line.count("|")
    if bars < 2:
        return False
    row = next((f for f in following if f.strip()), "")
    return abs(row.count("|") - bars) <= 1 and re.search(r"\d", row) is not None


_COLUMN_GAP = re.compile(r"\t+|[ \u00a0\u2007\u202f\u3000]{2,}")
_NUMBER_CELL = re.compile(r"[~<>+]?\d[\d,.]*\+?")


def aligned_cells(line: str) -> list[str]:
    """The cells of a line laid out in columns without bars ("Osk      15     64"): at least three
    pieces between tabs or runs of two or more spaces, none longer than six words; else []."""
    if "|" in line:
        return []
    cells = [c for c in _COLUMN_GAP.split(line.strip()) if c]
    return cells if len(cells) >= 3 and all(len(c.split()) <= 6 for c in cells) else []


def aligned_table_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines of plain-text tables whose columns are aligned with spaces or tabs: runs
    of at least two such lines next to each other (a header and a row, or rows), one of which has a
    number for a cell. Their column gaps are kept by ``clean_text`` (extract.tables reads them)."""
    cells = [aligned_cells(line) for line in lines]
    out: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and cells[j]:
            j += 1
        if j - i >= 2 and any(_NUMBER_CELL.fullmatch(c) for k in range(i, j) for c in cells[k]):
            out.update(range(i, j))
        i = j + 1 if j == i else j
    return out


def clean_text(raw: str, drop_lines: set[int] | None = None, markdown: bool = False,
               line_breaks: dict[int, int] | None = None) -> CleanText:
    """Clean ``raw``; ``drop_lines`` are line numbers (0-based) already used as metadata.

    With ``markdown``, Markdown syntax (heading and list markers, emphasis,
    link targets, rules) is removed and the words kept. ``line_breaks`` maps a
    line to the column where a dateline ends ("RIVERTON, April 2 (Wirepress) –"):
    the story text after it starts a new line, so the dateline is never part of
    the first sentence.
    """
    patterns = furniture_patterns()
    out = _Builder()
    dropped: list[str] = []
    blank_pending = False
    split = list(_split_lines(raw, line_breaks))
    aligned = aligned_table_lines([t for _, t, _ in split])
    for i, (n, line, line_start) in enumerate(split):
        if drop_lines and n in drop_lines:
            dropped.append(line)
            continue
        header = is_table_header(line, [t for _, t, _ in split[i + 1:i + 3]])
        if is_furniture(line, patterns) and not header:
            dropped.append(line)
            continue
        if markdown and MD_RULE.match(line):
            dropped.append(line)
            continue
        spans = [(0, len(line))] if header and not markdown else \
            _strip_inline_furniture(line, patterns, markdown_cuts(line) if markdown else ())
        columns = i in aligned  # "Osk      15     64": a gap of two spaces between cells stays
        pieces: list[tuple[str, int]] = []
        for s, e in spans:
            for k, ch in enumerate(line[s:e]):
                if columns and ch == "\t":
                    pieces.append((" ", line_start + s + k))  # a tab is a column gap: two spaces
                pieces.append((CHAR_MAP.get(ch, ch), line_start + s + k))
        # collapse whitespace runs (to two spaces between a table's columns) and trim
        text_chars: list[tuple[str, int]] = []
        for ch, rp in pieces:
            if not ch:
                continue
            if ch == " " and (not text_chars or (text_chars[-1][0] == " " and not (
                    columns and len(text_chars) > 1 and text_chars[-2][0] != " "))):
                continue
            text_chars.append((ch, rp))
        while text_chars and text_chars[-1][0] == " ":
            text_chars.pop()
        if not text_chars:
            if out.length:
                blank_pending = True
            continue
        if out.length:
            out.add_synthetic("\n\n" if blank_pending else "\n", line_start)
        blank_pending = False
        for ch, rp in text_chars:
            out.add(ch, rp)
    return CleanText(out.text(), out.runs, dropped)
