"""Date expressions in a document, resolved to ISO dates when possible.

* ``find_date_expressions(text)`` finds absolute dates ("March 7", "7 March 2025",
  "Tuesday, June 3, 2025", "2025-03-11"), relative ones ("on Sunday", "last
  Thursday", "yesterday", "earlier this month", "two weeks ago", "over the
  weekend", "the past two weeks"), spans ("from March 7 to March 9"), numeric
  dates written day first ("12.10.2026", "06-06-2026"), months named relatively
  ("last October", "October last year") and days counted from a named day ("two
  days before Thursday's release").
* ``resolve_expression(expr, base, base_is_inferred)`` turns one into
  ``(start, end, resolution, note)``.
* ``extract_date_refs(doc, ctx)`` returns a :class:`DateRef` for each.
* ``resolve_period(span, ctx, ...)`` gives the period a figure covers ("since
  May 9", "on May 12 alone", "over the weekend", "so far").
* ``infer_document_date(text)`` is the latest full date a text mentions.

A date without a year takes the document's year, or the year before when that
would put it after the document's date. When the document's date was only
inferred from the text (``ctx.published_from == "inferred"``: a lower bound on
when it was written), a date without a year takes the occurrence nearest to it
and relative expressions ("last Thursday") stay unresolved — unless the text
states that date on a line of its own (a statement's date under its signature).
"last <weekday>" is never the day before the report ("yesterday", "on Saturday"
say that): it is that weekday of the week before. A channel's post stamps
("Name, [14.09.2026 11:20]") and live-blog headings date the text under them; a
scraped social thread's stamps ("7:10 AM · Sep 9, 2026 · 48.2K Views") date the
post above them and are no events themselves.
A day of the month alone ("on the 14th", "since the 13th") is in the month the
text named just before, else the report's month (the month before when that day
is still to come). A four-digit 24-hour time ("10 Sep, 1930 hrs") is never a
year; a weekday after a clock time in another zone ("(2140 GMT Monday)") is the
same moment, not a date; a day declared for something ("declared Sunday a day of
national mourning") is the coming one. A date in a row of a pipe table has the
row as its sentence.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from crosscheck.extract.liveblog import find_entry_times, labelled_stamps
from crosscheck.lexicons import load_lexicon, load_words
from crosscheck.records import DateRef, record_id
from .nlp import parsed_text

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
UNITS = {"day": 1, "week": 7, "month": 30, "year": 365}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3, "a few": 3}

_MONTH = r"(?P<{0}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_MONTH_CAPS = r"(?P<{0}>JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{0}>(?:19|20)\d\d)(?!\s*(?:hrs?|hours|h)\b)"  # "10 Sep, 1930 hrs": a 24-hour time, not a year

# Two days of one month: "March 4-5", "4-5 March 2025", "March 2 to 4", "between 2 and 4 March"
DAY_RANGE_PATTERNS = [
    re.compile(r"\b(?:(?P<pre>(?i:from|between))\s+)?" + _MONTH.format("mon") + r"\s+" + _DAY.format("d")
               + r"\s*(?:[-–]|\s(?:to|and|through|until)\s)\s*" + _DAY.format("d2")
               + r"(?![\d:])(?!\s*(?:[ap]\.?m\b|hours|people|of\b))(?:,?\s+" + _YEAR.format("y") + r")?\b"),
    re.compile(r"\b(?:(?P<pre>(?i:from|between))\s+(?:the\s+)?)?" + _DAY.format("d") + r"\s*(?:[-–]|\s(?:to|and|through|until)\s)\s*"
               + _DAY.format("d2") + r"\s+(?:of\s+)?" + _MONTH.format("mon") + r"(?:,?\s+" + _YEAR.format("y") + r")?\b"),
]

ABSOLUTE_PATTERNS = [
    # 2025-03-11
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    # (Friday,) January 3(, 2025)
    re.compile(r"\b(?:" + _WEEKDAY + r",?\s+)?" + _MONTH.format("mon") + r"\s+" + _DAY.format("d")
               + r"(?!\d)(?:,?\s+" + _YEAR.format("y") + r")?\b"),
    # (Friday,) 3 January( 2025), the 3rd of January
    re.compile(r"\b(?:" + _WEEKDAY + r",?\s+(?:the\s+)?)?" + _DAY.format("d") + r"\s+(?:of\s+)?" + _MONTH.format("mon")
               + r"(?:,?\s+" + _YEAR.format("y") + r")?\b"),
    # (early|mid|late) March (2025) — month precision
    # ("February of 2024": the Spanish and Portuguese order, common in translated copy)
    re.compile(r"\b(?:(?P<part>early|mid|late)[\s\-]+)?" + _MONTH.format("mon") + r"(?:\s+(?:of\s+)?" + _YEAR.format("y") + r")?\b(?!\s+[0-3]?\d\b)"),
    # 12.10.2026, 06-06-2026, 14/09/2026: day first (a month above 12 swaps them)
    re.compile(r"(?<![\d.:/-])(?P<d>[0-3]?\d)(?P<sep>[./-])(?P<m>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d:/-]|\.\d)"),
]
# A day of the month named alone: "on the 14th alone", "since the 13th", "until the 2nd," (the
# report's month, or the month before when that day is still to come); not "the 14th floor"
# ... or a weekday written before it: "Monday the 9th"
DAY_OF_MONTH = re.compile(r"\b(?:on|since|from|until|till|by|before|after|of|" + _WEEKDAY + r",?)\s+(?P<e>the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b)"
                          r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:alone|at|and|when|in|to|until|till|before|after|morning|afternoon|evening|night|onwards?)\b)", re.I)
DAY_OF_MONTH_REACH = 300   # characters back to a date whose month "the 14th" shares
# A clock time given in another zone before a weekday: "at 3:40 a.m. on Tuesday (2140 GMT Monday)" —
# the same moment, not another day
ZONE_CONVERSION = re.compile(r"\(\s*(?:[01]?\d|2[0-3])[:.]?[0-5]\d\s*(?:GMT|UTC|Z)\s*(?:on\s+)?$")
_NUM = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)"
RELATIVE_PATTERN = re.compile(
    r"\b(?P<rel>(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)"
    r"|(?:yesterday|tomorrow|early|late)\s+(?:morning|afternoon|evening|night)|yesterday|today|tonight|last night|tomorrow"
    r"|this\s+(?:morning|afternoon|evening)|(?:earlier|later)\s+today|(?<=since\s)(?:midnight|dawn|daybreak)"
    r"|overnight(?=\s*(?:[,.;:!?)–]|$|\s+(?:and|into|in|at|on|to|as|after|when|while|from|until)\b))"
    r"|(?:last|this|next)\s+(?:week(?:end)?|month|year|" + _WEEKDAY + r")"
    r"|(?:earlier|later)\s+(?:this|in\s+the)\s+(?:week|month|year)"
    r"|(?:over\s+the|this|the)\s+past\s+weekend|over\s+the\s+weekend"
    r"|" + _NUM + r"\s+(?P<unit>day|week|month|year)s?\s+ago"
    r"|(?:the\s+)?(?:past|last)\s+" + _NUM.replace("?P<n>", "?P<n2>") + r"\s+(?P<unit2>day|week|month|year|hour)s?"
    r"|(?:(?:in|over|during|within)\s+)?the\s+past\s+(?:day|week|fortnight|month|year)\b"
    r"|(?:in|over|during|within)\s+the\s+last\s+(?:week|fortnight|month|year)\b"
    r"|(?:on\s+)?" + _WEEKDAY + r")\b",
    re.I,
)


# A numbered calendar week, as surveillance bulletins count them ("in week 29", "epidemiological week 12",
# "during ISO week 7 of 2031"): the ISO week of that number. A week counted from an event ("week 3 of the
# strike") is no calendar week.
WEEK_NUMBER = re.compile(r"\b(?:(?:epidemiological|epi|iso|surveillance|reporting)\s+)?week\s+(?P<w>[1-5]?\d)\b"
                         r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b)?(?!\s+of\s+(?:the|its|their|his|her)\b)", re.I)
_WEEK_LEAD = re.compile(r"(?:\b(?:in|during|for|of|over|since|from|to|until)\s+(?:the\s+)?|^\W*)$", re.I)

# Counted from a date the text gave just before: "the next day", "two days later", "a week earlier",
# "the same day"
_ANAPHORIC_NUM = r"(?P<an>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
ANAPHORIC_PATTERN = re.compile(
    r"(?<!\bin\s)(?<!\bwithin\s)(?<!\bover\s)(?<!\bduring\s)(?<!\bfor\s)"
    r"\b(?:the\s+(?P<which>previous|next|following|preceding)\s+(?P<unit1>day|morning|evening|night)"
    r"|the\s+(?P<unit2>day|night|morning|evening)\s+(?P<dir2>before|after)(?=\s*[,.;:!?)–]|\s*$)"
    r"|" + _ANAPHORIC_NUM + r"\s+(?P<unit3>day|week|hour)s?\s+(?P<dir3>earlier|later)"
    r"|(?:the|that)\s+(?P<same>same)\s+(?:day|morning|afternoon|evening|night))\b(?!\s+than\b)",
    re.I,
)


# A day counted within a span of days the text gave just before: "killed between 2 and 4 May ...
# 90 on the first day" (not "the first day of the trial": that counts from something else)
ORDINAL_DAY_PATTERN = re.compile(
    r"\b(?:on\s+)?the\s+(?P<nth>first|second|third|fourth|fifth|sixth|seventh)\s+(?:day|night)\b(?!\s+of\b)", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}


@dataclass(slots=True)
class DateExpression:
    start: int
    end: int
    text: str
    kind: str                    # absolute | relative | range
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None      # early | mid | late (month precision)
    second: "DateExpression | None" = None  # the end of a range
    shift: int | None = None     # anaphoric: days from the date the text gave before
    weekday: int | None = None   # the weekday written with a date ("Sunday 8 March"): picks its year
    which: str | None = None     # a month named relatively: "last" ("last October"), "last year" ("October last year")
    context_year: int | None = None  # the year the text around a yearless date establishes ("August 1999" above it)
    in_span: bool = False        # anaphoric, counted from the first day of the span given before ("the second day")


def _absolute_from_match(m: re.Match) -> DateExpression:
    groups = m.groupdict()
    month_text = groups.get("mon") or groups.get("m")
    month = int(month_text) if month_text and month_text.isdigit() else MONTHS.get((month_text or "").lower().rstrip("."))
    day = int(groups["d"]) if groups.get("d") else None
    year = int(groups["y"]) if groups.get("y") else None
    if groups.get("sep") and month is not None and day is not None and month > 12 >= day:
        month, day = day, month   # "09/14/2026": month first
    wd = re.match(_WEEKDAY, m.group(0))
    return DateExpression(m.start(), m.end(), m.group(0), "absolute", year, month, day, groups.get("part"),
                          weekday=WEEKDAYS[wd.group(0).lower()] if wd else None)


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def find_date_expressions(text: str, context: tuple[str, int] | None = None) -> list[DateExpression]:
    """Date expressions in ``text``, in order; ranges hold their end in ``second``.

    ``context``: the whole text ``text`` was taken from and its offset there, so that a date
    without a year can take the year its paragraph or section establishes (see
    :func:`context_year`); without it only ``text`` itself is read."""
    found = _find_date_expressions(text)
    full, offset = context or (text, 0)
    for e in found:
        for part in (e, e.second):
            if part is not None and part.kind == "absolute" and part.year is None and part.month is not None and not part.which:
                part.context_year = context_year(full, offset + part.start)
    return found


# A year the text names as the time it speaks of: "15 August 1999", "August 17, 1999", "in August 1999", "in 1999"
_YEAR_MENTION = re.compile(
    r"(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:[–-]|and|to)\s*\d{1,2}(?:st|nd|rd|th)?)?)?,?\s+"
    r"|\b(?:in|during)\s+(?:(?:early|late|mid-?|the\s+(?:spring|summer|autumn|fall|winter)\s+of)\s*)?)"
    r"(?P<y>(?:19|20)\d\d)\b(?!\s*(?:hrs?|hours|h)\b)", re.I)
# "Since 3 March 2025, the mission has verified ...": the year starts a count that runs to the report's
# day; it does not set the time the text speaks of
_OPENS_SPAN = re.compile(r"\b(?:since|from)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$", re.I)
HEADING_WORDS = 8   # a line of at most this many words between blank lines, without a full stop, heads a section


@lru_cache(maxsize=32)
def _year_marks(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...], tuple[tuple[int, int, int | None], ...]]:
    """Year mentions ``(position, year)``, paragraph starts, and section headings
    ``(start, end, year named or None)`` of ``text``."""
    mentions = tuple((m.start(), int(m.group("y")) if _names_month(m.group(0)) else -int(m.group("y")))
                     for m in _YEAR_MENTION.finditer(text)
                     if not _OPENS_SPAN.search(text, max(0, m.start() - 30), m.start()))
    paras = [0] + [m.end() for m in re.finditer(r"\n[ \t]*\n\s*", text)]
    headings = []
    for k, start in enumerate(paras):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        nxt = paras[k + 1] if k + 1 < len(paras) else len(text)
        if line and len(line.split()) <= HEADING_WORDS and not re.search(r"[.!?:;,\"”]$", line) and not text[end:nxt].strip():
            years = [abs(y) for p, y in mentions if start <= p < end]
            headings.append((start, end, years[-1] if years else None))
    return mentions, tuple(paras), tuple(headings)


def context_year(text: str, char: int) -> int | None:
    """The year the text establishes for a date without one at ``char``: the last year it names
    in this paragraph or the one before ("between March 3 and 5, 1993. ... on March 4"), else
    the year in the heading of its section ("August 1999" above "On 17 August ..."). None when
    the text names none there; whether it applies is for the resolution to judge (only a year
    before the report's own)."""
    mentions, paras, headings = _year_marks(text)
    k = max((i for i, p in enumerate(paras) if p <= char), default=0)
    window = paras[max(0, k - 1)]
    heading = max((h for h in headings if h[1] <= char), default=None, key=lambda h: h[0])
    if heading is not None and heading[1] > window:
        window = heading[0]  # a section's heading closes what came before it
    opens_span = _OPENS_SPAN.search(text, max(0, char - 30), char) is not None
    for p, y in reversed([(p, y) for p, y in mentions if window <= p < char]):
        if (y < 0 or opens_span) and _SENTENCE_END.search(text, p, char):
            continue  # "took the town in 2024. ... on June 14", "... since January": a bare year, or a span
            # running to the report's day, takes a year only from its own sentence
        return abs(y)
    return heading[2] if heading is not None else None


_SENTENCE_END = re.compile(r"[.!?]\s+[\"“]?[A-Z]|\n")


def _names_month(mention: str) -> bool:
    """"15 August 1999", "in August 1999" name a month with their year; "in 1999" does not."""
    return re.search(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s|,)", mention, re.I) is not None


def _find_date_expressions(text: str) -> list[DateExpression]:
    found: list[DateExpression] = []
    taken: list[tuple[int, int]] = []
    for pattern in DAY_RANGE_PATTERNS:
        for m in pattern.finditer(text):
            month = MONTHS.get(m.group("mon").lower().rstrip("."))
            d1, d2 = int(m.group("d")), int(m.group("d2"))
            if month is None or not (1 <= d1 < d2 <= 31) or d2 - d1 > 14 or _overlaps(m.span(), taken):
                continue
            if re.search(r"\sand\s", m.group(0)) and not m.group("pre") and d2 != d1 + 1:
                continue  # "on 14, 20 and 27 April": a list of days, not a span
            year = int(m.group("y")) if m.group("y") else None
            second = DateExpression(m.start(), m.end(), m.group(0), "absolute", year, month, d2)
            found.append(DateExpression(m.start(), m.end(), m.group(0), "range", year, month, d1, second=second))
            taken.append(m.span())
    for pattern in ABSOLUTE_PATTERNS:
        for m in pattern.finditer(text):
            if _overlaps(m.span(), taken):
                continue
            expr = _absolute_from_match(m)
            if expr.month is None or not 1 <= expr.month <= 12 or (expr.day is not None and not 1 <= expr.day <= 31):
                continue
            if expr.day is None and pattern is ABSOLUTE_PATTERNS[3] and not _looks_like_month_mention(text, m):
                continue
            found.append(expr)
            taken.append(m.span())
    for m in DAY_OF_MONTH.finditer(text):
        if not _overlaps(m.span("e"), taken) and 1 <= int(m.group("d")) <= 31:
            # "on March 12 ... and on the 14th": the month the text named just before
            named = [e for e in found if e.kind == "absolute" and e.month and e.day and 0 <= m.start() - e.end <= DAY_OF_MONTH_REACH]
            if named:
                e = max(named, key=lambda e: e.end)
                found.append(DateExpression(m.start("e"), m.end("e"), m.group("e"), "absolute", e.year, e.month, int(m.group("d"))))
            else:
                found.append(DateExpression(m.start("e"), m.end("e"), m.group("e"), "dayofmonth", day=int(m.group("d"))))
            taken.append(m.span("e"))
    for m in WEEK_NUMBER.finditer(text):
        if not _overlaps(m.span(), taken) and 1 <= int(m.group("w")) <= 53 and _WEEK_LEAD.search(text[:m.start()]):
            year = int(m.group("y")) if m.group("y") else None
            found.append(DateExpression(m.start(), m.end(), m.group(0), "isoweek", year, day=int(m.group("w"))))
            taken.append(m.span())
    for m in ANAPHORIC_PATTERN.finditer(text):
        if not _overlaps(m.span(), taken) and _anaphoric_shift(m) is not None:
            found.append(DateExpression(m.start(), m.end(), m.group(0), "anaphoric", shift=_anaphoric_shift(m)))
            taken.append(m.span())
    for m in ORDINAL_DAY_PATTERN.finditer(text):
        if not _overlaps(m.span(), taken):
            found.append(DateExpression(m.start(), m.end(), m.group(0), "anaphoric",
                                        shift=_ORDINALS[m.group("nth").lower()] - 1, in_span=True))
            taken.append(m.span())
    for m in RELATIVE_PATTERN.finditer(text):
        if _PART_OF_DAY_OF.match(m.group(0)) and _OF_A_DAY.match(text, m.end()):
            continue  # "in the early morning of Saturday": the day that follows is the date
        if ZONE_CONVERSION.search(text, max(0, m.start() - 20), m.start()):
            continue
        if not _overlaps(m.span(), taken):
            found.append(DateExpression(m.start(), m.end(), m.group(0), "relative"))
            taken.append(m.span())
    found.sort(key=lambda e: e.start)
    return _shifted(text, _join_ranges(text, _relative_months(text, _apposed_weekdays(text, found))))


_PART_OF_DAY_OF = re.compile(r"(?:early|late)\s", re.I)
_OF_A_DAY = re.compile(r"\s+(?:of|on)\s+(?:(?:the\s+)?\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|yesterday\b|" + "(?:January|February|March|April|May|June|July|August|September|October|November|December))", re.I)

_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WHICH_MONTH = re.compile(r"\b(?P<which>(?i:last|this|next))\s+(?P<mon>" + _MONTH_NAME + r")\b(?!\s+[0-3]?\d\b)")
_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(?P<which>last|this|next)\s+year\b", re.I)


def _relative_months(text: str, found: list[DateExpression]) -> list[DateExpression]:
    """A month named relatively is one month: "last October", "October last year", "in March
    of next year" (not a month of the report's year and a separate year)."""
    out: list[DateExpression] = []
    skip_to = -1
    for e in found:
        if e.start < skip_to:
            continue
        if e.kind == "absolute" and e.year is None and e.part is None and e.month is not None:
            m = _YEAR_AFTER.match(text, e.end)
            if m:
                # "October last year", "on July 1 last year": the day, if any, of that year
                out.append(DateExpression(e.start, m.end(), text[e.start:m.end()], "absolute", None, e.month,
                                          e.day, which=m.group("which").lower() + " year"))
                skip_to = m.end()
                continue
        out.append(e)
    taken = [(e.start, e.end) for e in out]
    for m in _WHICH_MONTH.finditer(text):
        if not _overlaps(m.span(), taken):
            out.append(DateExpression(m.start(), m.end(), m.group(0), "absolute", None, MONTHS[m.group("mon").lower()],
                                      which=m.group("which").lower()))
    out.sort(key=lambda e: e.start)
    return out


# "two days before Thursday's release", "a week after March 3", "three days prior to the 12 May vote"
_SHIFT_BEFORE = re.compile(r"\b" + _ANAPHORIC_NUM + r"\s+(?P<unit>day|week)s?\s+(?P<dir>before|after|prior\s+to)\s+(?:the\s+|last\s+)?$", re.I)


def _shifted(text: str, found: list[DateExpression]) -> list[DateExpression]:
    """A count of days before or after a day the text names is that many days from it: the
    expression ``kind="shifted"`` keeps the named day in ``second`` and the days in ``shift``."""
    out: list[DateExpression] = []
    for e in found:
        m = _SHIFT_BEFORE.search(text, max(0, e.start - 40), e.start)
        day_level = e.kind == "relative" and re.fullmatch(r"(?:(?:last|this|next)\s+)?" + _WEEKDAY + r"(?:['’]s)?", e.text, re.I) \
            or (e.kind == "absolute" and e.day is not None)
        if m and m.end() == e.start and day_level:
            n = _count(m.group("an")) * (7 if m.group("unit").lower() == "week" else 1)
            sign = 1 if m.group("dir").lower() == "after" else -1
            out.append(DateExpression(m.start(), e.end, text[m.start():e.end], "shifted", e.year, e.month, e.day,
                                      second=e, shift=sign * n))
            continue
        out.append(e)
    return out


_NEAR_DAY = re.compile(r"(?:the\s+day\s+(?:before|after)\s+)?(?:yesterday|today|tomorrow|tonight)", re.I)


def _apposed_weekdays(text: str, found: list[DateExpression]) -> list[DateExpression]:
    """A weekday with the date right after it ('on "bloody Friday", 18 September', 'Friday (18
    September)') is that date, not the last such weekday: the date keeps the weekday. A weekday
    apposed to "yesterday", "today" or "tomorrow" ("tomorrow, Sunday", "yesterday (Saturday)")
    only names that day: it is no date of its own."""
    out: list[DateExpression] = []
    for k, e in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        wd = re.fullmatch(r"(?:on\s+)?(" + _WEEKDAY + r")", e.text, re.I) if e.kind == "relative" else None
        prev = out[-1] if out else None
        if wd and prev is not None and prev.kind == "relative" and _NEAR_DAY.fullmatch(prev.text) \
                and re.fullmatch(r"\s*[,(]\s*", text[prev.end:e.start]):
            continue
        if wd and nxt is not None and nxt.kind == "dayofmonth" and re.fullmatch(r",?\s+", text[e.end:nxt.start]):
            # "Monday the 9th": the day of the month is the date, the weekday only names it
            nxt.start, nxt.text = e.start, text[e.start:nxt.end]
            continue
        if wd and nxt is not None and nxt.kind == "absolute" and nxt.day is not None \
                and re.fullmatch(r"[\s\"”’',(]{1,5}", text[e.end:nxt.start]):
            if nxt.weekday is None:
                nxt.weekday = WEEKDAYS[wd.group(1).lower()]
            nxt.start, nxt.text = e.start, text[e.start:nxt.end]
            continue
        out.append(e)
    return out


def _anaphoric_shift(m: re.Match) -> int | None:
    """Days from the earlier date: "the next day" +1, "a week earlier" -7, "48 hours later" +2,
    "the same day" 0."""
    if m.group("same"):
        return 0
    if m.group("which"):
        return -1 if m.group("which").lower() in ("previous", "preceding") else 1
    if m.group("dir2"):
        return -1 if m.group("dir2").lower() == "before" else 1
    sign = -1 if m.group("dir3").lower() == "earlier" else 1
    n = _count(m.group("an"))
    unit = m.group("unit3").lower()
    if unit == "hour":
        if n % 24:
            return None  # "hours later": the same day or the next, the text does not say
        n //= 24
    elif unit == "week":
        n *= 7
    return sign * n


def _looks_like_month_mention(text: str, m: re.Match) -> bool:
    """"May" and "March" are also words: accept a bare month after a preposition or before a year."""
    if m.group("y") or m.group("part"):
        return True
    word = m.group("mon")
    if word.lower() in ("may", "march") or not word[:1].isupper():
        before = text[max(0, m.start() - 10): m.start()].lower()
        return bool(re.search(r"\b(in|since|of|during|until|by|from|early|late|mid)\s*$", before))
    return bool(re.search(r"\b(in|since|of|during|until|by|from|through)\s*$", text[max(0, m.start() - 10): m.start()].lower()))


def _join_ranges(text: str, found: list[DateExpression]) -> list[DateExpression]:
    out: list[DateExpression] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        before = text[max(0, a.start - 9): a.start].lower()
        between = text[a.end: b.start].strip().lower() if b else ""
        if b and re.search(r"\b(from|between)\s+(the\s+)?$", before) and between in ("to", "and", "until", "through", "-", "–"):
            start = a.start - len(before) + before.rfind("from" if "from" in before else "between")
            out.append(DateExpression(start, b.end, text[start:b.end], "range", a.year, a.month, a.day, a.part, second=b))
            i += 2
            continue
        if b and between in ("-", "–", "—") and a.kind == b.kind == "absolute" and a.day and b.day and a.month and b.month:
            # "1 January – 13 August 2031": two days joined by a dash are a span
            out.append(DateExpression(a.start, b.end, text[a.start:b.end], "range", a.year, a.month, a.day, a.part, second=b))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# --- resolution --------------------------------------------------------------------------------

NEAR_FUTURE_DAYS = 60   # a yearless date this soon after the report is the coming one ("the conference on March 17")
FAR_FUTURE_DAYS = 250   # ... and with words of the future ("will open on June 12"), up to this far ahead


def _with_year(month: int, day: int, base: dt.date | None, base_is_inferred: bool, forward: bool = False,
               weekday: int | None = None) -> dt.date | None:
    """The year for a date written without one: the last occurrence on or before the
    document's date, or the coming one when it is under ``NEAR_FUTURE_DAYS`` ahead (a report
    rarely means the same day almost a year ago) or the clause speaks of the future. A weekday
    written with it ("Sunday 8 March") keeps only the years where that day is that weekday."""
    if base is None:
        return None
    candidates = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if weekday is not None and any(d.weekday() == weekday for d in candidates):
        candidates = [d for d in candidates if d.weekday() == weekday]
    if not candidates:
        return None
    if base_is_inferred:
        return min(candidates, key=lambda d: abs((d - base).days))
    past = [d for d in candidates if d <= base]
    coming = [d for d in candidates if d > base]
    if coming:
        ahead = (min(coming) - base).days
        if ahead <= NEAR_FUTURE_DAYS or (forward and ahead <= FAR_FUTURE_DAYS) or not past:
            return min(coming)
    return max(past) if past else None


def _relative_month_year(month: int, which: str, base: dt.date) -> int:
    """The year of "last October" (the latest October before the report's month), "next
    March", "this June", "October last year", "March next year"."""
    if which.endswith("year"):
        return base.year + {"last": -1, "next": 1}.get(which.split()[0], 0)
    if which == "last":
        return base.year if month < base.month else base.year - 1
    if which == "next":
        return base.year if month > base.month else base.year + 1
    return base.year


def _month_bounds(year: int, month: int, part: str | None) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    if part == "early":
        return dt.date(year, month, 1), dt.date(year, month, 10)
    if part == "mid":
        return dt.date(year, month, 11), dt.date(year, month, 20)
    if part == "late":
        return dt.date(year, month, 21), dt.date(year, month, last)
    return dt.date(year, month, 1), dt.date(year, month, last)


def _earlier_context_year(expr: DateExpression, base: dt.date | None) -> int | None:
    """The year the surrounding text gives a yearless date, when it is a year before the
    report's own (a section on "August 1999" in a report of 2025): that year, not the report's."""
    y = expr.context_year
    if y is None or base is None or y >= base.year:
        return None
    if expr.weekday is not None and expr.day is not None:
        try:
            if dt.date(y, expr.month, expr.day).weekday() != expr.weekday:
                return None
        except ValueError:
            return None
    return y


def _resolve_absolute(expr: DateExpression, base: dt.date | None, inferred: bool,
                      forward: bool = False) -> tuple[dt.date | None, dt.date | None]:
    if expr.day is not None:
        if expr.year is not None:
            try:
                day = dt.date(expr.year, expr.month, expr.day)
            except ValueError:
                return None, None
        else:
            year = _earlier_context_year(expr, base)
            if year is None and expr.which and base is not None:
                year = _relative_month_year(expr.month, expr.which, base)  # "July 1 last year"
            try:
                day = dt.date(year, expr.month, expr.day) if year else \
                    _with_year(expr.month, expr.day, base, inferred, forward, expr.weekday)
            except ValueError:
                return None, None
        return day, day
    year = expr.year or _earlier_context_year(expr, base)
    if year is None and expr.which and base is not None:
        year = _relative_month_year(expr.month, expr.which, base)
    if year is None:
        anchor = _with_year(expr.month, 1, base, inferred, forward)
        year = anchor.year if anchor else None
    if year is None:
        return None, None
    return _month_bounds(year, expr.month, expr.part)


def _count(text: str | None) -> int:
    if not text:
        return 1
    text = text.lower()
    return int(text) if text.isdigit() else NUMBER_WORDS.get(text, 1)


def _resolve_relative(text: str, base: dt.date, forward: bool = False) -> tuple[dt.date, dt.date] | None:
    """Resolve against ``base``; with ``forward`` a bare weekday is the coming one
    ("is expected to visit on Thursday"), else the last one ("said on Thursday")."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    t = re.sub(r"^on ", "", t)
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today", "later today",
             "midnight", "dawn", "daybreak"):   # "since midnight", "since dawn": the start of the report's day
        return base, base
    if t == "overnight":   # "treated 40 people overnight": the night before the report's day, into it
        return base - dt.timedelta(days=1), base
    if t in ("the day before yesterday", "day before yesterday"):
        return base - dt.timedelta(days=2), base - dt.timedelta(days=2)
    if t in ("the day after tomorrow", "day after tomorrow"):
        return base + dt.timedelta(days=2), base + dt.timedelta(days=2)
    if t in ("yesterday", "last night") or t.startswith("yesterday "):
        return base - dt.timedelta(days=1), base - dt.timedelta(days=1)
    if t == "tomorrow" or t.startswith("tomorrow "):
        return base + dt.timedelta(days=1), base + dt.timedelta(days=1)
    m = re.fullmatch(r"(last|this|next)? ?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", t)
    if m:
        delta = (base.weekday() - WEEKDAYS[m.group(2)]) % 7
        if m.group(1) is None and forward:
            day = base + dt.timedelta(days=(WEEKDAYS[m.group(2)] - base.weekday()) % 7)
            return day, day
        if m.group(1) == "next":
            day = base + dt.timedelta(days=(WEEKDAYS[m.group(2)] - base.weekday()) % 7 or 7)
        else:
            if m.group(1) == "last" and delta <= 1:
                # "last Saturday" in a Sunday paper is the Saturday of the week before: the day
                # before is "yesterday" or "on Saturday"
                delta += 7
            day = base - dt.timedelta(days=delta)
        return day, day
    if "weekend" in t:
        saturday = base - dt.timedelta(days=(base.weekday() - 5) % 7 or 7)
        return saturday, saturday + dt.timedelta(days=1)
    m = re.fullmatch(r"(\w+|a few) (day|week|month|year)s? ago", t)
    if m and m.group(2) in ("month", "year"):
        return None   # "a year ago", "two months ago": a rough span back, no day (nor surely a calendar month)
    if m:
        day = base - dt.timedelta(days=_count(m.group(1)) * UNITS[m.group(2)])
        return day, day
    m = re.fullmatch(r"(?:the )?(?:past|last) (\w+|a few) (day|week|month|year|hour)s?", t)
    if m:
        if m.group(2) == "hour":   # "in the last 24 hours": since the day before
            return base - dt.timedelta(days=_count(m.group(1)) // 24), base
        return base - dt.timedelta(days=_count(m.group(1)) * UNITS[m.group(2)]), base
    m = re.fullmatch(r"(?:(?:in|over|during|within) )?the (?:past|last) (day|week|fortnight|month|year)", t)
    if m:  # "in the past week", "over the last month": the span running back from the report's day
        return base - dt.timedelta(days=14 if m.group(1) == "fortnight" else UNITS[m.group(1)]), base
    m = re.fullmatch(r"(last|this|next|earlier this|later this|earlier in the|later in the) (week|month|year)", t)
    if m:
        return _calendar_unit(m.group(1), m.group(2), base, forward)
    return None


def _calendar_unit(which: str, unit: str, base: dt.date, forward: bool = False) -> tuple[dt.date, dt.date]:
    """The days of the week (month, year) ``which`` ("last", "this", "next", "earlier this") of
    ``base``. What happened "this week" in a report happened by the report's date: the span ends
    there, not at the week's (month's, year's) last day, unless the clause speaks of the future."""
    if unit == "week":
        monday = base - dt.timedelta(days=base.weekday())
        if which == "last":
            return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
        if which == "next":
            return monday + dt.timedelta(days=7), monday + dt.timedelta(days=13)
        start, end = monday, monday + dt.timedelta(days=6)
    elif unit == "month":
        first = base.replace(day=1)
        if which == "last":
            prev_last = first - dt.timedelta(days=1)
            return prev_last.replace(day=1), prev_last
        if which == "next":
            nxt = (first + dt.timedelta(days=32)).replace(day=1)
            return nxt, (nxt + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        start, end = first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    else:
        year = base.year - 1 if which == "last" else base.year + 1 if which == "next" else base.year
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        if which in ("last", "next"):
            return start, end
    if which.startswith("earlier"):
        return start, base
    if which.startswith("later"):
        return base, end
    if which == "this" and not forward:
        return start, min(end, base)
    return start, end


_WEEKDAY_WORD = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _resolve_relative_range(expr: DateExpression, base: dt.date | None, base_is_inferred: bool, forward: bool):
    """A span between two days named relatively ("in the night from Friday to
    Saturday"): each side against the document's date, the end on or after the start."""
    if base is None or base_is_inferred:
        return None, None, "unresolved", "document date unknown" if base is None else "document date only inferred"
    first = _WEEKDAY_WORD.search(expr.text)
    second = expr.second.text if expr.second is not None else None
    a = _resolve_relative(first.group(0), base, forward) if first else None
    b = _resolve_relative(second, base, forward) if second else None
    if not (a and b):
        return None, None, "unresolved", "not understood"
    start, end = a[0], b[1]
    while end < start:
        end += dt.timedelta(days=7)
    return start, end, "relative", None


def _resolve_week(expr: DateExpression, base: dt.date | None):
    """ISO week ``expr.day`` of the year written with it, else of the report's year (of the year
    before, when that week would still be to come)."""
    year = expr.year or (base.year if base is not None else None)
    if year is None:
        return None, None, "unresolved", "document date unknown"
    try:
        monday = dt.date.fromisocalendar(year, expr.day, 1)
        if expr.year is None and base is not None and monday > base:
            monday = dt.date.fromisocalendar(year - 1, expr.day, 1)
    except ValueError:
        return None, None, "unresolved", "not understood"
    return monday, monday + dt.timedelta(days=6), "absolute", None


def _day_of_month(day: int, base: dt.date, forward: bool = False) -> dt.date | None:
    """"the 14th": that day of the report's month, or of the month before when it would still be
    to come (of the month after, when the clause speaks of the future and it has passed)."""
    year, month = base.year, base.month
    if not forward and day > base.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif forward and day < base.day:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_expression(expr: DateExpression, base: dt.date | None, base_is_inferred: bool = False,
                       forward: bool = False, previous: dt.date | None = None):
    """``(start, end, resolution, note)`` for one expression; dates as ``datetime.date``.

    ``forward``: the expression speaks of the future (see :func:`speaks_of_future`).
    ``previous``: the day the text gave just before, which "the next day" or "two days
    later" count from; without it they stay unresolved."""
    if expr.kind == "shifted":
        start, end, resolution, note = resolve_expression(expr.second, base, base_is_inferred, forward, previous)
        if start is None or start != end:
            return None, None, "unresolved", note or "not understood"
        day = start + dt.timedelta(days=expr.shift)
        return day, day, resolution, None
    if expr.kind == "anaphoric":
        if previous is None or expr.shift is None:
            return None, None, "unresolved", "no earlier date to count from"
        day = previous + dt.timedelta(days=expr.shift)
        return day, day, "relative", None
    if expr.kind == "isoweek":
        return _resolve_week(expr, base)
    if expr.kind == "dayofmonth":
        if base is None or base_is_inferred:
            return None, None, "unresolved", "document date unknown" if base is None else "document date only inferred"
        day = _day_of_month(expr.day, base, forward)
        if day is None:
            return None, None, "unresolved", "not understood"
        return day, day, "relative", None
    if expr.kind == "range" and expr.month is None:
        return _resolve_relative_range(expr, base, base_is_inferred, forward)
    if expr.kind == "range":
        year = expr.year
        if year is None and expr.second is not None and expr.second.kind == "absolute" and expr.second.year \
                and expr.second.month and expr.day:
            # "1 January – 13 August 2031": the first day takes the year written after the second
            year = expr.second.year - ((expr.month, expr.day) > (expr.second.month, expr.second.day or 31))
        first = DateExpression(expr.start, expr.end, expr.text, "absolute", year, expr.month, expr.day, expr.part,
                               context_year=expr.context_year)
        start, _ = _resolve_absolute(first, base, base_is_inferred, forward)
        second = expr.second
        if second.kind == "absolute" and second.year is None and first.year is not None:
            second = DateExpression(second.start, second.end, second.text, "absolute", first.year, second.month, second.day, second.part)
        _, end = _resolve_absolute(second, base, base_is_inferred) if second.kind == "absolute" else (None, None)
        if start and end:
            return start, end, "absolute", None
        return None, None, "unresolved", "document date unknown" if base is None else "not understood"
    if expr.kind == "absolute":
        start, end = _resolve_absolute(expr, base, base_is_inferred, forward)
        if start is None:
            return None, None, "unresolved", "document date unknown" if base is None else "not understood"
        if expr.day is None and base is not None and not base_is_inferred and not forward and start <= base < end:
            end = base   # "in May alone" in a report of 20 May: what happened by the report's day
        return start, end, "absolute", None
    if base is None:
        return None, None, "unresolved", "document date unknown"
    if base_is_inferred:
        # an inferred date is only a lower bound on when the text was written
        return None, None, "unresolved", "document date only inferred"
    resolved = _resolve_relative(expr.text, base, forward)
    if resolved is None:
        return None, None, "unresolved", "not understood"
    return resolved[0], resolved[1], "relative", None


# --- entries of live blogs and update lists -----------------------------------------------------

_ENTRY_TIME = (r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?)"
               r"(?:[ \t]+(?:[A-Z]{2,5}\b|local(?:[ \t]+time)?))?")
_MONTH_WORD = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_ENTRY_NUMERIC = r"(?P<nd>[0-3]?\d)(?P<nsep>[./])(?P<nm>[01]?\d)(?!\d)(?:(?P=nsep)(?P<ny>(?:19|20)\d\d))?\.?"
_ENTRY_WRITTEN = (r"(?:(?P<wd>" + _WEEKDAY + r"|(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)\.?),?[ \t]+)?"
                  r"(?:(?P<wdd>[0-3]?\d)(?:st|nd|rd|th)?[ \t]+(?P<wmon>" + _MONTH_WORD + r")\.?"
                  r"|(?P<wmon2>" + _MONTH_WORD + r")\.?[ \t]+(?P<wdd2>[0-3]?\d)(?:st|nd|rd|th)?)"
                  r"(?:,?[ \t]+(?P<wy>(?:19|20)\d\d))?")
# A line that opens an entry: "22:40", "17.05 BST", "🔴 18.09, 18:30 — At least 6 dead", "Tuesday 10 March,
# 09:15", "Tuesday 10 March", "7 March 2026: the storm makes landfall"
ENTRY_HEAD = re.compile(
    r"^[ \t]*(?:[^\w\s\"“‘'(\[][ \t]*){0,2}"
    r"(?P<numbered>[A-Za-z]{3,12}\.?[ \t]+(?:No\.?[ \t]*)?\d{1,3}[ \t]*[|–—:\-][ \t]*)?"   # "BULLETIN 4 | 02/07/2031 08:30"
    r"(?:(?P<date>" + _ENTRY_NUMERIC + r"|" + _ENTRY_WRITTEN + r")(?:[ \t]*[,–—\-]?[ \t]*(?:at[ \t]+)?(?P<time>" + _ENTRY_TIME + r"))?"
    r"|(?P<tonly>" + _ENTRY_TIME + r"))"
    r"[ \t]*(?:(?P<sep>[—–\-:|])[ \t]*(?P<rest>[^\n]*))?$", re.M | re.I)
# A channel's post under its stamp: "Regional Administration, [14.09.2026 11:20]" (a messaging
# app's export), "[14.09.2026 11:20] text"; extract/liveblog.py finds the stamps alone on their line
POST_STAMP = re.compile(r"^[^\n\[\]]{0,100}?\[(?P<sd>[0-3]?\d)(?P<ss>[./])(?P<sm>[01]?\d)(?P=ss)(?P<sy>(?:19|20)\d\d),?[ \t]+"
                        r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?\]")


# A social post's stamp under its text: "7:10 AM · Sep 9, 2026 · 48.2K Views", "19:30 · 10 Sep 2026"
POST_FOOT = re.compile(r"^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*[·•][ \t]*"
                       r"(?P<date>" + _MONTH_WORD + r"\.?[ \t]+[0-3]?\d,?[ \t]+(?:19|20)\d\d|[0-3]?\d[ \t]+" + _MONTH_WORD
                       + r"\.?,?[ \t]+(?:19|20)\d\d)[ \t]*(?:[·•][^\n]*)?$", re.M)
POST_FOOTS_MIN = 2   # a thread: at least this many posts, each dated by the stamp under it
# A social post's header with its account and stamp: "@cityfire · Mar 3, 2027, 8:10 AM", "Kell Police · 3 March 2027 08:10"
POST_HEAD = re.compile(r"^[ \t]*[^\n·•]{1,80}?[ \t]*[·•][ \t]*"
                       r"(?P<date>" + _MONTH_WORD + r"\.?[ \t]+[0-3]?\d,?[ \t]+(?:19|20)\d\d|[0-3]?\d[ \t]+" + _MONTH_WORD
                       + r"\.?,?[ \t]+(?:19|20)\d\d)(?:,?[ \t]*(?:at[ \t]+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?[ \t]*$",
                       re.M)


def post_foot_days(text: str) -> list[tuple[int, int, dt.date]]:
    """``(start, end, day)`` of each post of a scraped social thread, dated by the stamp under
    it ("7:10 AM · Sep 9, 2026 · 48.2K Views"): a post runs from the line after the stamp
    before it (the first, from the top) to the end of its own stamp line. Empty when the text
    has fewer than ``POST_FOOTS_MIN`` such stamps."""
    out = []
    previous_end = 0
    for m in POST_FOOT.finditer(text):
        e = find_date_expressions(m.group("date"))
        if len(e) != 1 or e[0].kind != "absolute" or not e[0].year or not e[0].day:
            continue
        try:
            day = dt.date(e[0].year, e[0].month, e[0].day)
        except ValueError:
            continue
        out.append((previous_end, m.end(), day))
        previous_end = m.end() + 1
    return out if len(out) >= POST_FOOTS_MIN else []


def _stamp_day(m: re.Match) -> dt.date | None:
    try:
        return dt.date(int(m.group("sy")), int(m.group("sm")), int(m.group("sd")))
    except ValueError:
        return None


# An update's heading with its clock time and weekday: "UPDATE 8:05 p.m. Friday: ...", "Update, Sunday 9:40 am —"
UPDATE_HEAD = re.compile(
    r"^[ \t]*(?:[^\w\s][ \t]*){0,2}(?:update[sd]?|latest|breaking)\b[ \t]*[,:\-–—]?[ \t]*"
    r"(?:(?P<t1>" + _ENTRY_TIME + r")[ \t]*,?[ \t]*(?:on[ \t]+)?(?P<wd1>" + _WEEKDAY + r")"
    r"|(?P<wd2>" + _WEEKDAY + r")[ \t]*,?[ \t]*(?:at[ \t]+)?(?P<t2>" + _ENTRY_TIME + r"))"
    r"[ \t]*(?:[:\-–—|][ \t]*(?P<rest>[^\n]*))?$", re.M | re.I)


def _weekday_near(weekday: int, base: dt.date) -> dt.date:
    """The day with that weekday nearest ``base`` (an update of a live page written over a
    weekend: "Sunday" on a page first dated Saturday is the next day, not six days before)."""
    ahead = (weekday - base.weekday()) % 7
    return base + dt.timedelta(days=ahead) if ahead <= 3 else base - dt.timedelta(days=7 - ahead)


ENTRY_HEAD_LINES = 8   # a dated line among the first lines that repeats the document's date is its date line


@dataclass(slots=True, frozen=True)
class Entry:
    start: int                 # char offset from which the entry's day applies
    day: dt.date | None        # None: back to the document's own date
    dated: bool                # the heading names the day ("18.09, 18:30"), not only a time ("22:40")
    heading: str = ""
    numbered: bool = False     # "BULLETIN 4 | 02/07/2031 08:30": a numbered update of a bulletin, a state as of then
    under_day: bool = False    # a time heading ("9:20 a.m. —") under a day heading ("TUESDAY, JUNE 8"): that day's
    post: bool = False         # a social post under its header ("@cityfire · Mar 3, 2027, 8:10 AM"): a state as of then


def _entry_day(m: re.Match, base: dt.date | None) -> dt.date | None:
    g = m.groupdict()
    try:
        if g.get("nd"):
            day, month = int(g["nd"]), int(g["nm"])
            if g.get("ny"):
                return dt.date(int(g["ny"]), month, day)
            if not g.get("time"):
                return None   # "17.05" alone is a time, "18.09, 18:30" a day and a time
            return _with_year(month, day, base, False) if base else None
        mon = g.get("wmon") or g.get("wmon2")
        day = int(g.get("wdd") or g.get("wdd2"))
        month = MONTHS.get(mon.lower().rstrip("."))
        if g.get("wy"):
            return dt.date(int(g["wy"]), month, day)
        weekday = WEEKDAYS.get((g.get("wd") or "").lower().rstrip("."))
        if weekday is None and g.get("wd"):
            weekday = next((i for n, i in WEEKDAYS.items() if n.startswith(g["wd"].lower().rstrip(".")[:3])), None)
        return _with_year(month, day, base, False, weekday=weekday) if base else None
    except (ValueError, TypeError):
        return None


@lru_cache(maxsize=64)
def _entries(text: str, base: dt.date | None) -> tuple[Entry, ...]:
    out: list[Entry] = []
    current = base
    day_heading = None
    nonempty = 0
    stamped = {offset: dt.date.fromisoformat(t[:10])
               for offset, t in find_entry_times(text, base.year if base else None) if "T" in t}
    # "UPDATE (Oct 3, 6:15 pm): text": an update of one paragraph, after which the page's own date holds
    labelled = labelled_stamps(text, base.year if base else None)
    one_paragraph = {offset for offset, _, rest in labelled if rest}
    labelled_at = {offset for offset, _, _ in labelled}
    line_start = 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        offset = line_start
        line_start += len(line) + 1
        if not line.strip():
            continue
        nonempty += 1
        m = ENTRY_HEAD.match(line)
        p = POST_HEAD.match(line) if not m else None
        if p:
            e = find_date_expressions(p.group("date"))
            if len(e) == 1 and e[0].kind == "absolute" and e[0].year and e[0].day:
                try:
                    current = dt.date(e[0].year, e[0].month, e[0].day)
                except ValueError:
                    continue
                out.append(Entry(offset, current, True, line.strip()[:80], post=True))
            continue
        u = UPDATE_HEAD.match(line) if not m and base is not None else None
        if u:
            day = _weekday_near(WEEKDAYS[(u.group("wd1") or u.group("wd2")).lower()], base)
            current = day
            # the block's day for its relative dates ("said Sunday morning"), not a one-day period
            # for its counts: an update reports a toll that runs from the event
            out.append(Entry(offset, day, False, line.strip()[:80]))
            if (u.group("rest") or "").strip():
                end = text.find("\n\n", offset)
                if end >= 0:
                    out.append(Entry(end, None, False))
            continue
        if not m:
            stamp = POST_STAMP.match(line) or (stamped.get(offset) if stamped.get(offset) else None)
            if stamp is not None:
                day = stamp if isinstance(stamp, dt.date) else _stamp_day(stamp)
                if day is not None:
                    current = day
                    # a labelled update or bulletin ("Issued: 04/02/2027, 23:10 hrs") gives the state as of its stamp
                    out.append(Entry(offset, day, True, line.strip(), numbered=offset in labelled_at))
                    end = text.find("\n\n", offset) if offset in one_paragraph else -1
                    if end >= 0:
                        out.append(Entry(end, None, False))
            continue
        if m.group("date") is not None:
            day = _entry_day(m, base)
            if day is None:
                if not m.group("tonly") and not (m.group("nd") and not m.group("time")):
                    continue
                # "17.05 BST": a time written with a dot
                day, dated = current, False
            else:
                dated = True
                if not out and nonempty <= ENTRY_HEAD_LINES and day == base and (m.group("ny") or m.group("wy") or not (m.group("rest") or "").strip()):
                    continue   # the page's own date line ("19.09.2026, 09:40 | Editorial team")
                current = day
        else:
            day, dated = current, False
        if day is None:
            continue
        out.append(Entry(offset, day, dated, m.group(0).strip(), bool(m.group("numbered")),
                         under_day=not dated and day_heading is not None and day == day_heading))
        if dated and not (m.group("rest") or "").strip() and not m.group("time"):
            day_heading = day   # "TUESDAY, JUNE 8" alone on its line: the day of the timed entries under it
        if (m.group("rest") or "").strip():
            # "🔴 18.09, 18:30 — text": an entry of one paragraph; after it, the document's own date
            end = text.find("\n\n", offset)
            nxt = line_start if end < 0 else end
            if end >= 0:
                out.append(Entry(nxt, None, False))
    for start, _, day in post_foot_days(text):
        out.append(Entry(start, day, True, ""))
    # entries as offsets in order; an end marker at the same offset as a later entry gives way to it
    out.sort(key=lambda e: e.start)
    cleaned: list[Entry] = []
    for e in out:
        if cleaned and cleaned[-1].start >= e.start:
            cleaned[-1] = e
        else:
            cleaned.append(e)
    return tuple(cleaned)


def entry_dates(text: str, base: dt.date | None = None) -> list[tuple[int, dt.date | None]]:
    """``(offset, day)`` for each entry of a live blog or update list: the day its relative
    dates ("today", "this morning", "yesterday") count from, from ``offset`` on. Headings: a
    time ("22:40", "17.05 BST": the day of the heading before, or ``base``), a day and a time
    ("18.09, 18:30 –", "Tuesday 10 March, 09:15"), a day alone ("Tuesday 10 March"). A
    yearless day takes its year from ``base``. An entry written on one line ("🔴 18.09, 18:30 —
    text") ends with its paragraph: ``(offset, None)`` then means the document's own date
    again. The page's own date line near the top is not an entry."""
    return [(e.start, e.day) for e in _entries(text, base)]


def _entry_at(text: str, char: int, base: dt.date | None) -> Entry | None:
    found = None
    for e in _entries(text, base):
        if e.start > char:
            break
        found = e
    return found if found is not None and found.day is not None else None


def entry_date_at(text: str, char: int, base: dt.date | None = None, dated_only: bool = False) -> dt.date | None:
    """The day of the entry that holds ``char`` (see :func:`entry_dates`), or None outside any
    entry. ``dated_only``: only when the entry's heading names the day ("18.09, 18:30"), or its
    time heading stands under a heading naming the day ("TUESDAY, JUNE 8" over "9:20 a.m. —"),
    not a time alone — the day a figure reported in that entry happened on."""
    e = _entry_at(text, char, base)
    if e is None or (dated_only and not (e.dated or e.under_day)):
        return None
    return e.day


def base_at(text: str, char: int, ctx) -> tuple[dt.date | None, bool]:
    """The date relative expressions at ``char`` count from, and whether it was only inferred:
    the entry's own day inside a live-blog entry, else the document's date (``context_base``)."""
    base, inferred = context_base(ctx)
    if inferred and base is not None and _date_line(text, base):
        inferred = False
    day = entry_date_at(text, char, None if inferred else base)
    if day is not None:
        e = _entry_at(text, char, None if inferred else base)
        return day, inferred and not (e and e.dated and re.search(r"(?:19|20)\d\d", e.heading))
    return base, inferred


DATE_LINE_WORDS = 3   # words besides the date on a line that only dates the text ("Dated: 14.10.2026")
# a clock time and its zone on a date line ("14 May 2027, 18:00 local time") are part of the date
_CLOCK_ZONE = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:hrs?\b|h\b)?\s*(?:[^\W\d_]+\s+)?time\b", re.I)


@lru_cache(maxsize=64)
def _date_line(text: str, day: dt.date) -> bool:
    """The text states ``day`` on a line of its own — a statement's date under its signature
    ("11th March, 2026."), "Dated: 14.10.2026" —, so a date inferred as the latest the text
    mentions is the date it was written, not only a lower bound."""
    for line in text.split("\n"):
        if not line.strip() or len(line) > 80:
            continue
        exprs = find_date_expressions(line)
        if len(exprs) != 1 or exprs[0].kind != "absolute" or not (exprs[0].year and exprs[0].day):
            continue
        e = exprs[0]
        rest = _CLOCK_ZONE.sub(" ", (line[:e.start] + " " + line[e.end:])).strip()
        try:
            same = dt.date(e.year, e.month, e.day) == day
        except ValueError:
            continue
        if same and len(re.findall(r"[^\W\d_]+", rest)) <= DATE_LINE_WORDS:
            return True
    return False


# --- records --------------------------------------------------------------------------------

def context_base(ctx) -> tuple[dt.date | None, bool]:
    """The date to resolve against and whether it was only inferred from the text."""
    return ctx.published, getattr(ctx, "published_from", None) == "inferred"


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def speaks_of_future(before: str) -> bool:
    """The words of the clause before a date mark it as still to come ("is expected to
    visit on Thursday", "will hold talks on Monday", "is due to reopen on Friday");
    the markers are in ``lexicons/future_markers.txt``."""
    before = re.sub(r"“[^“”]*”|\"[^\"]*\"", " ", before)  # a finished quotation is someone else's tense
    clause = re.split(r"[.;:!?]|,\s+(?:and|but)\s", before)[-1].lower()
    return any(re.search(r"\b" + re.escape(m) + r"\b", clause) for m in load_lexicon("future_markers.txt"))


APPOINTED_FOR = re.compile(r"\bfor\s*$", re.I)
# A day declared for something to come: "declared Sunday a day of national mourning", "Monday a public holiday"
DECLARED_DAY = re.compile(r"\s+(?:as\s+)?an?\s+(?:[\w-]+\s+){0,2}(?:day|holiday)\b", re.I)


def is_appointed_for(before: str, after: str) -> bool:
    """A day something is set for: "a protest gathering for Tuesday", "the funeral is planned for
    Friday" (not "for Tuesday's attack": a day named for what happened on it)."""
    return bool(APPOINTED_FOR.search(before)) and not re.match(r"['\u2019]s\b", after)


PAST_PERFECT = re.compile(r"\b(?:had|hadn['’]t|would\s+have|could\s+have|should\s+have)\s+"
                          r"(?:(?:they|we|he|she|it|you|i|the\s+\w+|not|already|never|\w+ly)\s+){0,2}\w+(?:ed|en|t|wn|ne)\b", re.I)
_BY_DEADLINE = re.compile(r"\b(?:by|until|till)\s+$", re.I)   # "had reached 40 by Tuesday"
LAST_WEEK_BEFORE = re.compile(r"\b(?:(?:a|one)\s+week\s+ago|last\s+week)\s*,?\s*$", re.I)
# "That Sunday", "on that Friday morning": a weekday the story already named, not the last one before the report
THAT_WEEKDAY_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\b(?:on|by|until|since)\s+)that\s+$", re.I)
ANAPHORA_SENTENCES = 2   # "the next day" counts from a day given in this or the two sentences before


def extract_date_refs(doc, ctx) -> list[DateRef]:
    """A DateRef for every date expression in the document."""
    base, inferred = context_base(ctx)
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    out: list[DateRef] = []
    last_day: tuple[dt.date, int] | None = None   # (day, sentence index) of the last single day given
    last_span: tuple[dt.date, dt.date, int] | None = None   # (first day, last day, sentence index) of the last span given
    feet = [(m.start("date"), m.end("date")) for m in POST_FOOT.finditer(parsed_text(doc))] if len(post_foot_days(parsed_text(doc))) else []
    for expr in find_date_expressions(parsed_text(doc)):
        if _overlaps((expr.start, expr.end), feet):
            continue  # a post's stamp dates the post; it is no event
        idx = max((i for i, s in enumerate(starts) if s <= expr.start), default=0)
        before = parsed_text(doc)[starts[idx]:expr.start] if sents else parsed_text(doc)[:expr.start]
        previous = last_day[0] if last_day and idx - last_day[1] <= ANAPHORA_SENTENCES else None
        if expr.in_span:
            # "on the second day": within the span of days given just before, if it has that many
            fits = last_span and idx - last_span[2] <= ANAPHORA_SENTENCES \
                and last_span[0] + dt.timedelta(days=expr.shift) <= last_span[1]
            previous = last_span[0] if fits else None
        here, here_inferred = base_at(parsed_text(doc), expr.start, ctx)   # a live-blog entry's own day
        forward = speaks_of_future(before) or is_appointed_for(before, parsed_text(doc)[expr.end:expr.end + 3]) \
            or bool(DECLARED_DAY.match(parsed_text(doc), expr.end))
        if expr.kind == "relative" and sents:
            spoken = _speech_day(parsed_text(doc), sents[idx].start_char, sents[idx].end_char, expr, here, here_inferred)
            if spoken is not None:
                here, here_inferred = spoken, False
        start, end, resolution, note = resolve_expression(expr, here, here_inferred, forward=forward,
                                                          previous=previous)
        if resolution == "relative" and expr.text.lower() == "overnight" and last_day and last_day[1] == idx:
            # "attacked on 9 May; 12 died overnight", "rose on Tuesday after 3 died overnight": the
            # night before or after the day this sentence gave, the text does not say which
            start, end, resolution, note = None, None, "unresolved", "not understood"
        if resolution == "relative" and LAST_WEEK_BEFORE.search(before) and re.fullmatch(r"(?:on\s+)?" + _WEEKDAY, expr.text, re.I):
            # "a week ago, on Monday", "last week on Tuesday": that weekday of the week before
            monday = here - dt.timedelta(days=here.weekday() + 7)
            start = end = monday + dt.timedelta(days=WEEKDAYS[expr.text.split()[-1].lower()])
        if resolution == "relative" and start == here and start is not None and re.fullmatch(r"(?:on\s+)?" + _WEEKDAY, expr.text, re.I) \
                and PAST_PERFECT.search(re.split(r"[.;:!?]", before)[-1]) and not _BY_DEADLINE.search(before) \
                and not _reported_past_perfect(doc, sents[idx] if sents else None, expr.start):
            # "Had they opened the gates on Sunday ..." in a report of a Sunday: the Sunday before; but
            # "had been recovered by Tuesday evening" is a state reached by that day, the report's own
            start = end = here - dt.timedelta(days=7)
        if expr.kind == "relative" and THAT_WEEKDAY_BEFORE.search(before) and re.fullmatch(_WEEKDAY, expr.text, re.I):
            # "That Sunday, the bus left at dawn": the Sunday the story is about, the last one the
            # text dated before; with none, the text does not say which
            wd = WEEKDAYS[expr.text.lower()]
            told = [r for r in out if r.date_start and r.date_start == r.date_end
                    and dt.date.fromisoformat(r.date_start).weekday() == wd]
            if told:
                start = end = dt.date.fromisoformat(told[-1].date_start)
            else:
                start, end, resolution, note = None, None, "unresolved", "anaphoric weekday without antecedent"
        if start is not None and start == end and (expr.kind != "range"):
            last_day = (start, idx)
        elif start is not None and end is not None and start < end:
            last_span = (start, end, idx)
        out.append(DateRef(
            id=record_id(ctx.document_id, expr.start, expr.text),
            document_id=ctx.document_id, document=ctx.path, date_text=expr.text,
            date_start=_iso(start), date_end=_iso(end), resolution=resolution, note=note,
            sentence=_table_row(parsed_text(doc), expr.start) or (sents[idx].text if sents else ""), char_start=expr.start, char_end=expr.end,
            sentence_idx=idx,
        ))
    return out


# The day a quotation was spoken, given after it: '"We buried them today," he said on Tuesday.'
SAID_ON = re.compile(r"^[^“”\"]{0,60}?\b(?:said|says|told|added|stated|declared|recalled|explained)\b[^“”\".;]{0,40}?$", re.I)


def _speech_day(text: str, sent_start: int, sent_end: int, expr: DateExpression, base, inferred) -> dt.date | None:
    """The day a speaker said the words that hold ``expr`` ("today", "yesterday" inside
    quotation marks), when the sentence dates the saying after the quotation ("..., he said on
    Tuesday"): the quoted "today" is that day, not the report's."""
    head = text[sent_start:expr.start]
    opened = head.count("“") > head.count("”") or head.count('"') % 2 == 1
    if not opened:
        return None
    close = min((i for i in (text.find("”", expr.end, sent_end), text.find('"', expr.end, sent_end)) if i >= 0), default=-1)
    if close < 0:
        return None
    tail = text[close + 1:sent_end]
    for e in find_date_expressions(tail):
        if e.kind not in ("relative", "absolute") or not SAID_ON.match(tail[:e.start]):
            continue
        if e.kind == "relative" and not re.fullmatch(r"(?:on\s+)?(?:last\s+)?" + _WEEKDAY, e.text, re.I):
            continue
        start, end, _, _ = resolve_expression(e, base, inferred)
        return start if start is not None and start == end else None
    return None


TABLE_CELLS = 3   # a line of at least this many cells split by " | " is a table's row


def _table_row_bounds(text: str, char: int) -> tuple[int, int] | None:
    """Start and end of the row of a pipe table that holds ``char``, or None outside a table."""
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    end = end if end >= 0 else len(text)
    return (start, end) if len(re.split(r"\s\|\s", text[start:end].strip().strip("|"))) >= TABLE_CELLS else None


def _table_row(text: str, char: int) -> str | None:
    """The whole row of a pipe table that holds ``char`` ("7 May | Hill Farm | 11 | 6 | gunmen"):
    the row, not the fragment a sentence splitter cuts from it, is what happened that day."""
    bounds = _table_row_bounds(text, char)
    return text[bounds[0]:bounds[1]].strip() if bounds else None


def _reported_past_perfect(doc, sent, char: int) -> bool:
    """The past perfect stands in reported speech ("the air force said the enemy had launched
    drones overnight into Tuesday"): it is the reporter's tense shift, not an earlier week. A
    reporting verb (``lexicons/reporting_verbs.txt``) before the date in its sentence says so."""
    if sent is None:
        return False
    verbs = _reporting_lemmas()
    return any(t.idx < char and t.pos_ == "VERB" and (t.lemma_.lower() in verbs or t.lower_ in verbs) for t in sent)


@lru_cache(maxsize=1)
def _reporting_lemmas() -> frozenset[str]:
    return frozenset(w.lower() for w in load_words("reporting_verbs.txt") if " " not in w)


_DEADLINE_BEFORE = re.compile(r"\b(?:through|until|till|by|before|due|deadline|expires?|scheduled|set\s+for)\s+(?:on\s+)?$", re.I)


def infer_document_date(doc_text: str) -> str | None:
    """The latest full date (day, month and year) the text mentions as past, as ISO, or None.

    A date still to come ("will appear in court on June 4, 2026", "on parole through
    April 28, 2029", "by March 1, 2027") says nothing about when the text was written."""
    days = []
    for expr in find_date_expressions(doc_text):
        before = doc_text[max(0, expr.start - 200):expr.start]
        if _DEADLINE_BEFORE.search(before) or speaks_of_future(re.split(r"[\n]", before)[-1]):
            continue
        if expr.kind in ("absolute", "range") and expr.year and expr.day:
            try:
                days.append(dt.date(expr.year, expr.month, expr.day))
            except ValueError:
                continue
    return max(days).isoformat() if days else None


# --- periods ----------------------------------------------------------------------------------

OPEN_PERIODS = re.compile(
    r"\b(so far|to date|thus far|in recent (?:days|weeks|months)|over the past (?:few )?(?:days|weeks|months)"
    r"|since the (?:start|beginning) of [\w\s’']{3,30}?(?=[,.;]|$))", re.I)


# "since the start of the week", "since the beginning of this month": a calendar unit of the report's date
_UNIT_START = re.compile(r"since\s+the\s+(?:very\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+(week|month|year)\s*$", re.I)


# a date that opens or closes a span is never the day a statement was made
_SPAN_OPENER = re.compile(r"\b(?:since|from|between|until|till|through)\s+(?:the\s+)?$", re.I)
# "up to 20 September", "till 2.00 PM today": a cut-off (the clock time is no part of the day)
_UNTIL = re.compile(r"\b(?:up\s+(?:to|until)|until|till|through)\s+(?:(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*(?:[ap]\.?\s?m\.?|hrs|hours)\s+)?$", re.I)


def logs_the_count(verb, token_index: int) -> bool:
    """Whether ``verb`` is a logging verb (``logging_verbs.txt``) in the passive whose subject holds the
    token: "three deaths were recorded in the last 24 hours" — a date on it is the count's period."""
    if verb.lemma_.lower() not in _logging_verbs():
        return False
    return any(c.dep_ == "nsubjpass" and token_index in {t.i for t in c.subtree} for c in verb.children)


@lru_cache(maxsize=1)
def _logging_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in load_words("logging_verbs.txt"))


def find_statement_date(sent, verb_index: int, number_index: int, ctx) -> tuple[str | None, tuple[int, int] | None]:
    """The date a reporting verb dates its statement with ("..., the ministry announced on Wednesday"):
    a date expression among the verb's own words, outside the clause that holds the number.
    Returns (ISO date or None, the expression's char span in the document)."""
    doc = sent.doc
    verb = doc[verb_index]
    if logs_the_count(verb, number_index):
        return None, None
    reported = [c for c in verb.children if number_index in {t.i for t in c.subtree}]
    if not reported and number_index in {t.i for t in verb.subtree} and verb_index != number_index:
        reported = [doc[number_index]]
    inside_number = {t.i for c in reported for t in c.subtree}
    own = {t.i for t in verb.subtree} - inside_number
    base, inferred = base_at(parsed_text(doc), sent.start_char, ctx)
    for expr in find_date_expressions(sent.text, (parsed_text(sent.doc), sent.start_char)):
        if _SPAN_OPENER.search(sent.text[:expr.start]):
            continue  # "Since 3 March, the mission has verified ...": the count's start, not the statement's day
        start_char, end_char = sent.start_char + expr.start, sent.start_char + expr.end
        tokens = [t for t in sent if start_char <= t.idx < end_char]
        if tokens and all(t.i in own for t in tokens) and _attached_to(tokens, verb):
            start, _, _, _ = resolve_expression(expr, base, inferred)
            return (start.isoformat() if start else None), (start_char, end_char)
    return None, None


SINGLE_DAY_PHRASES = re.compile(
    r"\b(?:in|within|over)\s+(?:one|a|a\s+single|one\s+single|a\s+24-hour|24|twenty-four)\s+(?:day|night|hours?|24-hour\s+period|period)\b"
    r"|\bthat\s+day\b|\bthat\s+same\s+day\b", re.I)
_ALONE = re.compile(r",?\s+alone\b")


def _single_day_tail(text: str, end: int) -> str:
    """The words right after a date that say the count covers that day only: "alone", "in one day"."""
    m = _ALONE.match(text, end) or re.compile(r"\s*,?\s*(?:" + SINGLE_DAY_PHRASES.pattern + r")", re.I).match(text, end)
    return text[end:m.end()] if m else ""


_PHRASE_DEPS = {"prep", "pobj", "npadvmod", "advmod", "compound", "nummod", "amod", "nmod", "appos", "det", "tmod"}


def _attached_to(tokens, verb) -> bool:
    """Whether a date phrase hangs off ``verb`` through prepositions and modifiers only, not
    through a clause of its own ("said, as rescuers reached villages cut off since ... on Tuesday")."""
    ids = {t.i for t in tokens}
    node = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), tokens[0])
    for _ in range(8):
        if node.head.i == verb.i:
            return node.dep_ in _PHRASE_DEPS
        if node.dep_ not in _PHRASE_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return False


# "the same period last year" (as a phrase), "the same week in 2025", "the corresponding period of": a span of another
# year matching this one, which the date after it does not bound
_SAME_SPAN_BEFORE = re.compile(r"\b(?:same|corresponding|equivalent)\s+(?:period|time|days?|weeks?|months?|season)"
                               r"\s+(?:of\s+|in\s+)?$", re.I)


def resolve_period(span, ctx, date_refs=None, anchor: int | None = None,
                   exclude: tuple[int, int] | None = None,
                   role=None) -> tuple[str | None, str | None, str | None]:
    """``(period_start, period_end, period_text)`` a figure in ``span`` (a sentence) covers.

    "since <date>" gives a start; "from <date> to <date>" a start and end; "on <day>"
    a single day; relative periods ("over the weekend", "the past two weeks")
    resolve only when the document's date is known; "so far" is text only.
    ``anchor`` is the char offset of the figure: the closest period phrase wins.
    ``exclude`` is a char span (the date of the statement itself) that is no period.
    ``role(char_start, char_end)``, when given, says what a date expression is to the figure:
    ``"direct"`` (on its casualty verb or in its own phrase: read as above), ``"onset"``
    (on the event that began the count: "the floods that struck the valley on 31 March" —
    an open period from that day), or ``"skip"`` (the statement's date, another figure's
    date, a date in some other clause; also ``"asof"``: the date a cumulative count
    stood at, "the toll rose to 27 on Thursday"). "in one day", "in a single day", "in
    24 hours", "that day" and "alone" mark a single day: the period text keeps them and
    a known day gives start = end.
    """
    text = span.text
    offset = span.start_char
    row = _table_row_bounds(parsed_text(span.doc), anchor) if anchor is not None else None
    if row:
        # a figure in a row of a pipe table: the row's own date cell is its day, not a date of
        # the next row that a sentence splitter ran into it
        offset, text = row[0], parsed_text(span.doc)[row[0]:row[1]]
    base, inferred = base_at(parsed_text(span.doc), offset if anchor is None else anchor, ctx)
    cumulative = bool(OPEN_PERIODS.search(text))   # "19 bodies recovered so far after this morning's breach"
    onsets: list = []   # "since <date>" candidates: the start of an open count
    candidates: list[tuple[int, tuple[str | None, str | None, str | None]]] = []
    for expr in find_date_expressions(text, (parsed_text(span.doc), offset)):
        if exclude and exclude[0] <= offset + expr.start < exclude[1]:
            continue
        before = text[max(0, expr.start - 60): expr.start]
        start, end, _, _ = resolve_expression(expr, base, inferred)
        since = re.search(r"\bsince\b[^,;.]{0,50}$", before, re.I) \
            or (cumulative and re.search(r"\bafter\b[^,;.]{0,50}$", before, re.I))
        position = offset + expr.start
        if row and expr.kind == "absolute" and expr.day is not None and start is not None:
            candidates.append((position, (_iso(start), _iso(end), expr.text)))
            continue
        kind = role(offset + expr.start, offset + expr.end) if role is not None else "direct"
        if kind in ("skip", "asof"):
            continue
        if _SAME_SPAN_BEFORE.search(before):
            continue  # "900 hurt in the same period of last year": a span of that year the text does not date
        if expr.kind == "relative" and start is not None and end is not None and (end - start).days > 3 \
                and re.match(r"['\u2019]s\b", text[expr.end:expr.end + 3]):
            continue  # "the toll from last week's explosion": it names the event, not the day a count began
        if expr.text.lower() == "overnight":
            if _STAY_BEFORE.search(before):
                continue  # "390 had to stay in hospital overnight": how long they stayed, not a night's count
            if anchor is not None and offset + expr.end <= anchor \
                    and _CLOSES_CONJUNCT.match(parsed_text(span.doc)[offset + expr.end:anchor]):
                continue   # "pulled 25 out overnight, and 11 were still missing": the conjunct before's
            if date_refs:
                # after a day the sentence gave, the night is unsure: as the document's references read it
                ref = next((r for r in date_refs if r.char_start == offset + expr.start), None)
                if ref and not ref.date_start:
                    continue
        if expr.kind == "anaphoric" and start is None and kind == "direct":
            # "The same day, 9 were killed": counted from the day the text gave before, which the
            # document's date references resolved (on another verb it dates something else)
            start = end = _anaphoric_day(date_refs, offset + expr.start)
        tail = _single_day_tail(text, expr.end)
        if kind == "direct" and not tail and not since and start is not None and start == end \
                and _names_a_days_happening(text, expr.end) \
                and re.search(r"\b(?:from|of|after|following)\s+$", before, re.I):
            # "the toll from Monday evening's blast", "deaths as a result of
            # Saturday's attack": the day names the happening; its toll runs from that day
            candidates.append((position, (_iso(start), None, expr.text)))
            continue
        if kind == "onset" and not tail and not since and start is not None and start == end \
                and anchor is not None and _is_increment(parsed_text(span.doc), anchor):
            # "gunmen returned on Monday, killing five more people": what was added that day, not a count from it
            candidates.append((position, (_iso(start), _iso(end), expr.text)))
            continue
        if kind == "onset" and not tail and not (expr.kind == "range" and not since):
            # "the floods that struck on 31 March": an open count from that day; but a span of days
            # on the event ("attacked the village on the night of 6 to 7 May, killing 9") bounds it
            phrase = text[since.start() + max(0, expr.start - 60): expr.end].strip() if since else expr.text
            candidates.append((position, (_iso(start), None, phrase)))
            continue
        if since and not tail:
            phrase = text[since.start() + max(0, expr.start - 60): expr.end]
            candidates.append((position, (_iso(start), None, phrase.strip())))
            onsets.append(candidates[-1])
        elif expr.kind == "range":
            candidates.append((position, (_iso(start), _iso(end), expr.text)))
        elif tail and expr.kind != "range":
            candidates.append((position, (_iso(start), _iso(end), text[expr.start: expr.end] + tail)))
        elif _UNTIL.search(before) and expr.kind != "range" and kind == "direct":
            # "2,317 detentions up to 20 September": the count ends that day; its start is said elsewhere
            m = _UNTIL.search(before)
            candidates.append((position, (None, _iso(end), before[m.start():].lstrip() + expr.text)))
        elif re.search(r"\b(on|during|in|over|throughout)\s+(the\s+)?$|\b(?:morning|afternoon|evening|night|hours)\s+of\s+$", before, re.I) \
                or expr.kind == "relative" or expr.in_span or (expr.kind == "dayofmonth" and _WEEKDAY_WORD.search(expr.text)) \
                or (not text[:expr.start].strip(" \"“'") and text[expr.end:expr.end + 1] == ","):
            # ... or a date opening the sentence: "Last October, an explosion killed eight people"
            phrase = text[expr.start: expr.end] + tail
            if expr.kind == "absolute" and expr.day is None:
                candidates.append((position, (_iso(start), _iso(end), phrase)))
            else:
                candidates.append((position, (_iso(start), _iso(end), phrase)))
    for m in _YEAR_PERIOD.finditer(text):
        # a year as the span of a tally: "in the whole of 2029", "throughout 2029", or "in 2029" on a
        # logging verb ("in 2029, the agency recorded 412 deaths"). A year alone on a happening ("in
        # 2029, a fire killed five") dates an event at year precision: no period, as for "since 2028"
        year = int(m.group("y"))
        kind = role(offset + m.start("y"), offset + m.end("y")) if role is not None else "direct"
        logged = _on_logging_verb(span, offset + m.start("y"))
        if kind == "asof" or (kind == "skip" and not logged) or (base is not None and year > base.year):
            continue  # (a statement is dated by a day, not by a year alone: a logging verb's year is its tally's)
        if not m.group("span") and not logged:
            continue
        candidates.append((offset + m.start(), (f"{year}-01-01", f"{year}-12-31", m.group(0))))
    for m in OPEN_PERIODS.finditer(text):
        unit = _UNIT_START.match(m.group(0))
        if unit and base is not None and not inferred:
            # "since the beginning of the month": the first day of the report's month (week, year)
            first, _ = _calendar_unit("this", unit.group(1).lower(), base)
            candidates.append((offset + m.start(), (first.isoformat(), None, m.group(0))))
            continue
        candidates.append((offset + m.start(), (None, None, m.group(0))))
    dated = {c[1][2] for c in candidates}
    for m in SINGLE_DAY_PHRASES.finditer(text):
        if not any(m.group(0) in (t or "") for t in dated):  # "27 people died in a single day"
            candidates.append((offset + m.start(), (None, None, m.group(0))))
    if not candidates:
        same = SAME_PERIOD.search(text)
        if same:
            return _previous_period(parsed_text(span.doc), offset, base, inferred, same.group(0))
        return _entry_period(span, ctx, offset if anchor is None else anchor)
    if anchor is not None and any(c[0] > anchor for c in candidates):
        # "90 were shot on the first day and 150 at the pit on May 3": a date closing the conjunct
        # before the figure's "and" is that conjunct's; the figure's own comes after it
        doc_text = parsed_text(span.doc)
        own = [c for c in candidates if not (c[0] < anchor and c[1][2] and _CLOSES_CONJUNCT.match(
            doc_text[_phrase_end(doc_text, c[0], c[1][2]):anchor]))]
        candidates = own or candidates
    best = candidates[0][1] if anchor is None else min(candidates, key=lambda c: abs(c[0] - anchor))[1]
    if best[0] is None and best[2] and OPEN_PERIODS.fullmatch(best[2]) and len(onsets) == 1:
        best = onsets[0][1]   # "so far ... since the dam broke on Tuesday": the count started then
    if best[0] is None and best[2] and SINGLE_DAY_PHRASES.fullmatch(best[2]):
        # "On Monday, 40 people died in a single day": the day is known elsewhere in the sentence
        days = [c[1] for c in candidates if c[1][0] and c[1][1] in (None, c[1][0])]
        if len(days) == 1:
            return days[0][0], days[0][0], f"{days[0][2]} {best[2]}"
    return best


_YEAR_PERIOD = re.compile(
    r"\b(?:in|during|(?P<span>throughout|(?:in|during|over)\s+(?:the\s+(?:whole|course|entirety)\s+of|all(?:\s+of)?)))\s+"
    r"(?P<y>(?:19|20)\d\d)\b(?!\s*[-\u2013/]\s*\d|['\u2019]s\b)", re.I)


# a stay that lasts the night: "had to stay in hospital overnight", "were kept overnight for observation"
_STAY_BEFORE = re.compile(r"\b(?:stay|stays|stayed|staying|kept|keep|keeps|keeping|remain|remains|remained|remaining)\b"
                          r"[^,;.]{0,40}$", re.I)


def _on_logging_verb(span, char: int) -> bool:
    """Whether the token at ``char`` hangs on a logging verb (``logging_verbs.txt``): "in 2029, the
    agency recorded 412 deaths", "412 deaths were registered in 2029"."""
    tok = next((t for t in span if t.idx <= char < t.idx + len(t.text)), None)
    while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok is not None and tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in _logging_verbs()


# "Sunday's attack", "Sunday night's tornado outbreak", "Monday's deadly blast": a day's happening
_DAYS_HAPPENING = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?['\u2019]s\s+((?:[\w-]+\s+){0,2}[\w-]+)")


def _names_a_days_happening(text: str, end: int) -> bool:
    """The day just before ``end`` owns a happening (``incident_nouns.txt``) in the next three words."""
    m = _DAYS_HAPPENING.match(text, end)
    if not m or re.search(r"\b(?:alone|only)\b", text[end:m.end() + 8]):
        return False  # "in Saturday's attack alone": that day's count
    incidents = _incident_nouns()
    return any(w.lower() in incidents or w.lower().rstrip("s") in incidents for w in m.group(1).split())


@lru_cache(maxsize=1)
def _incident_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in load_words("incident_nouns.txt"))


# "five more", "12 additional", "another 40", "a further nine": a count added to an earlier one
_INCREMENT_AFTER = re.compile(r"[\w,.-]+\s+(?:more|additional|further|fresh)\b", re.I)
_INCREMENT_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+(?:[\w-]+\s+)?$", re.I)


def _is_increment(text: str, char: int) -> bool:
    """Whether the number at ``char`` counts an addition ("five more", "another 40")."""
    return bool(_INCREMENT_AFTER.match(text, char)) or bool(_INCREMENT_BEFORE.search(text[max(0, char - 30):char]))


def _anaphoric_day(date_refs, char: int) -> dt.date | None:
    """The day the document's date references resolved for the anaphoric expression at ``char``."""
    ref = next((r for r in date_refs or () if r.char_start == char and r.date_start and r.date_start == r.date_end), None)
    return dt.date.fromisoformat(ref.date_start) if ref else None


def _phrase_end(text: str, position: int, phrase: str) -> int:
    """Where a candidate's period phrase ends: it starts at ``position``, or (a "since ..." phrase
    kept whole) ends at the date expression found at ``position``; -1 when it is neither."""
    if text[position:position + len(phrase)] == phrase:
        return position + len(phrase)
    at = text.rfind(phrase, max(0, position - len(phrase)), position + len(phrase))
    return at + len(phrase) if at != -1 and at <= position < at + len(phrase) else len(text)


_CLOSES_CONJUNCT = re.compile(
    r"\s*,?\s*(?:and|while|but|whereas)\s+(?:(?:another|a\s+further|more|some|nearly|almost|about|around|roughly|"
    r"approximately|over|at\s+least|more\s+than|up\s+to|close\s+to)\s+)?$", re.I)


# "In the same period, police detained 2,317 persons": the period the text gave before
SAME_PERIOD = re.compile(r"\b(?:in|during|over|within|for)\s+the\s+same\s+(?:period|time(?:\s+(?:frame|span))?|days|weeks?)\b", re.I)
SAME_PERIOD_LOOKBACK = 1500   # characters: the paragraphs just before


def _previous_period(text: str, offset: int, base, inferred: bool, phrase: str) -> tuple[str | None, str | None, str | None]:
    """The last span of days ("from 13 to 20 September 2026") the text gave before ``offset``."""
    window_start = max(0, offset - SAME_PERIOD_LOOKBACK)
    spans = [e for e in find_date_expressions(text[window_start:offset]) if e.kind == "range"]
    if not spans:
        return None, None, phrase
    start, end, _, _ = resolve_expression(spans[-1], base, inferred)
    return _iso(start), _iso(end), phrase


# A count that runs over more than the entry's day: "since the stolen election", "in total"
_CUMULATIVE = re.compile(r"\b(?:since|so far|to date|in total|total|cumulative|overall|altogether|in all)\b", re.I)
_SAME_DAY_SINCE = re.compile(r"\bsince\s+(?:the|this)\s+(?:morning|afternoon|evening|night)\b", re.I)


def _entry_period(span, ctx, char: int) -> tuple[str | None, str | None, str | None]:
    """A figure in a live-blog entry whose heading names the day ("18.09, 18:30 – At least 6
    dead") and that names no period of its own happened that day; a count "since" something
    or "in total" runs longer."""
    base, inferred = context_base(ctx)
    e = _entry_at(parsed_text(span.doc), char, None if inferred else base)
    if e is None or not e.dated:
        return None, None, None
    if (e.numbered or e.post) and not _is_increment(parsed_text(span.doc), char):
        # a numbered bulletin update gives the state as of its stamp, not that day's; but what it
        # adds ("5 more bodies retrieved") was added that day
        return None, None, None
    if _CUMULATIVE.search(_SAME_DAY_SINCE.sub(" ", parsed_text(span.doc)[e.start:span.end_char])):
        return None, None, None   # the entry counts "since" something: its states run longer than the day
    heading = re.sub(r"^\W+", "", re.split(r"\s*[—–\-:|]\s+", e.heading, maxsplit=1)[0]).strip()
    return e.day.isoformat(), e.day.isoformat(), heading or None


def spell_ends(tok) -> bool:
    """"The freeze broke on Sunday", "the heatwave finally broke": a spell (``spell_nouns.txt``) that
    breaks ends; "fighting broke out", "the dam broke" begin something."""
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return False  # "a fever broke out": it began
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in load_words("spell_nouns.txt")


def find_onset_period(sent, ctx) -> tuple[str | None, str | None, str | None]:
    """Start date of an event whose onset ``sent`` reports ("Clashes erupted on Thursday (March 6)")."""
    onset_verbs = load_words("onset_verbs.txt")
    if not any(t.lemma_.lower() in onset_verbs and t.pos_ == "VERB" and not (t.lemma_.lower() == "break" and spell_ends(t))
               for t in sent):
        return None, None, None
    base, inferred = base_at(parsed_text(sent.doc), sent.start_char, ctx)
    best = None
    for expr in find_date_expressions(sent.text, (parsed_text(sent.doc), sent.start_char)):
        start, _, resolution, _ = resolve_expression(expr, base, inferred)
        if start is not None and (best is None or resolution == "absolute"):
            best = (start.isoformat(), None, expr.text)
    return best or (None, None, None)
