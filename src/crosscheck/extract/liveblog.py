"""Live blogs: the time of the entry each figure stands in.

A live blog is one report written over hours: "13:05 IST — Toll rises to nine",
then "18:05 IST — Collector confirms toll at 11". Its figures are not all of
one moment, so reconciliation must not set them against each other as if
they were. A document with at least ``MIN_ENTRIES`` lines that hold only a
clock time (optionally with am/pm and a time-zone abbreviation, or followed
by a dash and the entry's heading) is read as a live blog; each figure after
such a line gets the entry's time appended to its ``reported_on`` date
("2026-10-12T18:05"), when ``reported_on`` is the report's own date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..records import Figure

MIN_ENTRIES = 2

# "18:05 IST", "6.45pm", "10:32 GMT", "2:15 p.m. ET", "09:10 – Rescue teams reach ...",
# a channel's post stamps with their day: "[14.09.2026 11:20]", "14/09/2026 11:20",
# and an incident log's lines with day and month: "16.10. 05:40 – Seven fatalities confirmed."
ENTRY_TIME_RE = re.compile(
    r"^[ \t]*\[?(?:updated\s*:?\s*)?(?:(?P<d>[0-3]?\d)[./](?P<mo>[01]?\d)(?:[./](?P<y>20\d\d)|\.),?[ \t]+)?"
    r"(?P<h>[012]?\d)[:.](?P<m>[0-5]\d)\]?[ \t]*(?P<ap>[ap]\.?m\.?)?"
    r"(?:[ \t]*\(?[A-Z]{2,5}\)?)?[ \t]*(?:$|[\u2013\u2014|-][ \t]*\S)",
    re.IGNORECASE | re.MULTILINE)


# a channel's post header with its author before the stamp: "Jo Roe | Valley RMA, [14.09.2026 11:20]"
POST_HEADER_RE = re.compile(
    r"^[^\n\[\]]{1,80}?,?[ \t]*\[(?P<d>[0-3]?\d)[./](?P<mo>[01]?\d)[./](?P<y>20\d\d),?[ \t]+"
    r"(?P<h>[012]?\d)[:.](?P<m>[0-5]\d)\][ \t]*$", re.MULTILINE)


# a social post's header with its account, day and time: "@cityfire · Mar 3, 2027, 8:10 AM",
# "City Fire · 3 Mar 2027, 20:10"
_MONTH = r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
SOCIAL_HEAD_RE = re.compile(
    r"^[^\n·•]{1,80}?[ \t]*[·•][ \t]*(?:" + _MONTH + r"[ \t]+(?P<d1>[0-3]?\d)|(?P<d2>[0-3]?\d)[ \t]+" + _MONTH.replace("mon", "mon2")
    + r"),?[ \t]+(?P<y>20\d\d),?[ \t]+(?:at[ \t]+)?(?P<h>[012]?\d)[:.](?P<m>[0-5]\d)[ \t]*(?P<ap>[AaPp]\.?[Mm]\.?)?[ \t]*$",
    re.MULTILINE)
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}

# an update's or a bulletin's stamp after its label: "UPDATE (Oct 3, 6:15 pm): text", "Issued: 04/02/2027,
# 01:30 hrs", "BULLETIN No. 3 – 16/11/2026 08:00", "Update 3 (21 Jan, 0940 hrs): text", "Posted 3 March 2027 at 10:05". A document with at least
# MIN_ENTRIES of them is a file of dated parts (one such line alone is the page's own "Updated:" line).
LABELLED_STAMP_RE = re.compile(
    r"^[ \t]*(?:[^\w\s(\[][ \t]*){0,2}(?:update[sd]?|issued|posted|released|filed|bulletin|communiqu[eé]|sitrep)\b"
    r"[ \t]*(?:(?:No\.?|n[o°º]\.?|#)?[ \t]*\d{1,3}\b)?[ \t]*[:,\-\u2013\u2014|]?[ \t]*(?:at|on)?[ \t]*[(\[]?[ \t]*"
    r"(?:(?P<d>[0-3]?\d)(?P<sep>[./-])(?P<mo>[01]?\d)(?P=sep)(?P<y>20\d\d)"
    r"|" + _MONTH.replace("mon", "mon3") + r"[ \t]+(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?(?:,?[ \t]+(?P<y3>20\d\d))?"
    r"|(?P<d4>[0-3]?\d)(?:st|nd|rd|th)?[ \t]+" + _MONTH.replace("mon", "mon4") + r"(?:,?[ \t]+(?P<y4>20\d\d))?)"
    r"[ \t]*,?[ \t]*(?:at[ \t]+)?(?:(?P<h>[012]?\d)[:.](?P<m>[0-5]\d)[ \t]*(?P<ap>[ap]\.?m\.?)?"
    r"(?:[ \t]*(?:hrs?|[A-Z]{2,5})\b\.?)?|(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d)[ \t]*hrs?\b\.?)[ \t]*[)\]]?[ \t]*(?:$|[:\-\u2013\u2014|.][^\n]*)",
    re.IGNORECASE | re.MULTILINE)


def labelled_stamps(text: str, year: int | None = None) -> list[tuple[int, str, bool]]:
    """(offset, "YYYY-MM-DDTHH:MM", whether the entry's text follows on the stamp's line) of each
    labelled update or bulletin stamp (``LABELLED_STAMP_RE``); a stamp without its year takes
    ``year``. Empty unless the document has at least ``MIN_ENTRIES`` of them."""
    out = []
    for m in LABELLED_STAMP_RE.finditer(text or ""):
        hour, minute = int(m.group("h") or m.group("h2")), int(m.group("m") or m.group("m2"))   # "0710 hrs"
        ap = (m.group("ap") or "").lower().replace(".", "")
        hour = hour + 12 if ap == "pm" and hour < 12 else 0 if ap == "am" and hour == 12 else hour
        if hour > 23:
            continue
        if m.group("d"):
            y, month, day = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
        else:
            mon = m.group("mon3") or m.group("mon4")
            y = int(m.group("y3") or m.group("y4") or 0) or year
            month, day = _MONTHS[mon[:3].lower()], int(m.group("d3") or m.group("d4"))
        if not y:
            continue
        try:
            when = dt.date(y, month, day)
        except ValueError:
            continue
        line_end = text.find("\n", m.start())
        line = text[m.start():line_end if line_end >= 0 else len(text)]
        rest = line[(m.end("m") if m.group("m") else m.end("m2")) - m.start():].lstrip(" \t.apmAPMhrsHRS)]:\u2013\u2014|-")
        out.append((m.start(), f"{when.isoformat()}T{hour:02d}:{minute:02d}", bool(rest.strip())))
    return out if len(out) >= MIN_ENTRIES else []


def find_entry_times(text: str, year: int | None = None) -> list[tuple[int, str]]:
    """(offset, "HH:MM") of every entry time line, in text order ("YYYY-MM-DDTHH:MM"
    when the line gives the day, day first; a day and month without a year, as in an
    incident log's "16.10. 05:40", take ``year``, else only the time counts); empty
    when the document is not a live blog."""
    found = []
    matches = sorted([*ENTRY_TIME_RE.finditer(text or ""), *POST_HEADER_RE.finditer(text or ""),
                      *SOCIAL_HEAD_RE.finditer(text or "")], key=lambda m: m.start())
    labelled = {offset: stamp for offset, stamp, _ in labelled_stamps(text, year)}
    for m in matches:
        if m.start() in labelled:
            continue
        if m.re is SOCIAL_HEAD_RE:
            hour, minute = int(m.group("h")), int(m.group("m"))
            ap = (m.group("ap") or "").lower().replace(".", "")
            hour = hour + 12 if ap == "pm" and hour < 12 else 0 if ap == "am" and hour == 12 else hour
            month = _MONTHS[(m.group("mon") or m.group("mon2"))[:3].lower()]
            try:
                day = dt.date(int(m.group("y")), month, int(m.group("d1") or m.group("d2")))
            except ValueError:
                continue
            if hour <= 23:
                found.append((m.start(), f"{day.isoformat()}T{hour:02d}:{minute:02d}"))
            continue
        hour, minute = int(m.group("h")), int(m.group("m"))
        ap = ((m.groupdict().get("ap") or "")).lower().replace(".", "")
        if ap == "pm" and hour < 12:
            hour += 12
        elif ap == "am" and hour == 12:
            hour = 0
        if hour > 23:
            continue
        stamp = f"{hour:02d}:{minute:02d}"
        if m.group("d"):
            if m.group("y") or year:
                try:
                    stamp = f"{dt.date(int(m.group('y') or year), int(m.group('mo')), int(m.group('d'))).isoformat()}T{stamp}"
                except ValueError:
                    continue
        found.append((m.start(), stamp))
    found = sorted(found + list(labelled.items()))
    return found if len(found) >= MIN_ENTRIES else []


def stamp_entry_times(text: str, figures: list[Figure], published: str | None) -> list[Figure]:
    """Figures with their live-blog entry's time added to ``reported_on`` (and the
    entry's day, when its stamp gives one: a channel's posts of several days)."""
    day = published[:10] if published else None
    times = find_entry_times(text, int(day[:4]) if day else None)
    if not times:
        return figures
    from .dates import entry_date_at   # dates reads the entry stamps found here

    base = dt.date.fromisoformat(day) if day else None
    # "UPDATE (Oct 3, 6:15 pm): text" holds one paragraph: the story after it is the page's own
    one_paragraph = {offset for offset, _, rest in labelled_stamps(text, base.year if base else None) if rest}
    out = []
    for f in figures:
        at = f.char_start if f.char_start is not None else -1
        before = [t for offset, t in times if offset <= at]
        last = max((offset for offset, _ in times if offset <= at), default=None)
        if last in one_paragraph and "\n\n" in text[last:at]:
            before = []
        # the report's own day, or the day of the heading its entry stands under ("TUESDAY, JUNE 8")
        entry_day = entry_date_at(text, at, base, dated_only=True) if at >= 0 and base else None
        own_day = f.reported_on is None or (len(f.reported_on) == 10 and (
            f.reported_on == day or (entry_day is not None and f.reported_on == entry_day.isoformat())))
        if before and own_day:
            stamp = before[-1]
            if "T" in stamp:
                f = replace(f, reported_on=stamp)
            elif f.reported_on or day:
                f = replace(f, reported_on=f"{f.reported_on or day}T{stamp}")
        out.append(f)
    return out
