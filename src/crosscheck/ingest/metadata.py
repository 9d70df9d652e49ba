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

_MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
               r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_ORD = r"(?:st|nd|rd|th)?"
# A full date as a page prints it: 2025-03-04, 2025/03/04, March 4(th), 2025, 4(th) (of) March 2025,
# MARCH 4 2025, 04/03/2025, 4.3.2025, 11/30/09. Month names in any case.
_FULL_DATE = (r"(?P<date>(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)"
              r"|\d{1,2}" + _ORD + r"\s+(?:of\s+)?" + _MONTH_NAME + r",?\s+(?:19|20)\d\d"
              r"|" + _MONTH_NAME + r"\s+\d{1,2}" + _ORD + r",?\s+(?:19|20)\d\d"
              r"|(?<![\d/.])\d{1,2}[/.\-]\d{1,2}[/.\-](?:(?:19|20)\d\d|\d\d)(?![\d/]))")
_WEEKDAY_PREFIX = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = r"(?:\d{1,2}(?::\d\d){1,2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)"
_ZONE = r"(?:UK|local(?:\s+time)?|[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT|MSK|WIB|PKT|SAST|WAT|EAT|HKT|SGT|KST|ICT|AST|GST)\b"
DATE_KEYWORD = (r"(?:first\s+|originally\s+|last\s+)?(?:published|posted|updated|created|modified|date\s+of\s+(?:issue|publication|release)|issue\s+date|date|dated|publication\s+date|issued|released|uploaded|(?:for\s+immediate\s+)?release)"
                r"(?:\s+(?:on|at))?")
DATE_LINE = re.compile(
    r"^\s*(?:" + DATE_KEYWORD + r"|(?:situation\s+)?as\s+(?:of|at))?\s*[:\-–|]?\s*(?:on\s+)?(?:" + _TIME + r"\s*(?:" + _ZONE + r")?\s*,?\s*)?"
    + _WEEKDAY_PREFIX + _FULL_DATE + r"(?:(?!\w)|(?=T\d))",
    re.IGNORECASE,
)
# "Published 10:32 AM EDT, Tue March 11, 2025", "by: Jane Roe Updated: Apr 4, 2016": a date after a keyword
KEYWORD_DATE = re.compile(r"\b(?P<kw>" + DATE_KEYWORD + r")\b\W*(?:[^\n]{0,30}?)" + _WEEKDAY_PREFIX + _FULL_DATE, re.IGNORECASE)
# A date stamp inside a longer line: "Posted: Friday, July 12, 2026 1:16 PM", "(Published Thursday, May 19, 2026)"
STAMP_DATE = re.compile(r"(?:\b(?P<kw>(?:first\s+)?(?:published|posted|updated))\s*:\s*|\((?:published|posted)\s+)"
                        + _WEEKDAY_PREFIX + _FULL_DATE, re.IGNORECASE)
# Not the publication: "[downloaded on 2 October 2013]", "accessed 3 May 2020"
NOT_PUBLISHED = re.compile(r"\b(?:downloaded|retrieved|accessed|archived|captured|printed|born|died)\b", re.IGNORECASE)
_CALENDAR_WORD = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|(?:the|noon|midnight|dawn|nightfall|then|now|late|early)\b"
BYLINE = re.compile(r"^\s*By:?\s+(?P<author>[A-Z][\w.’'\-]+(?:\s+(?:[A-Z][\w.’'\-]+|de|van|von|al-\w+|bin))*(?:\s+and\s+[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+)*)?)"
                    r"\s*(?:$|[|,–\-]|\s+(?=\d|[A-Z][a-z]+\s+\d|(?:updated|published|posted)\b))")
# After a byline's name: ", CNN", "| Reuters", "– The Valley Post" (not ", Staff Writer")
BYLINE_CREDIT = re.compile(r"^\s*[,|–\-]\s*(?P<credit>[A-Z][\w&’'.\-]*(?:\s+[A-Z][\w&’'.\-]*){0,4})\s*$")
STAFF_ROLE = re.compile(r"\b(?:staff|writer|correspondent|editor|contributor|columnist|reporter|producer|photographer|intern|bureau|chief|senior|special)\b", re.IGNORECASE)
_PLACE = r"(?P<place>[A-Z][A-Za-z.’'\-]*(?:(?:\s+|\s?/\s?)[A-Z][A-Za-z.’'\-]*){0,3})"  # "NEW YORK/GENEVA"
_REGION = r"(?:,\s*(?P<region>[A-Z][A-Za-z.’'\-]*(?:\s+[A-Z][A-Za-z.’'\-]*){0,2}))?"
_LINE_DATE = (r"(?P<date>(?:(?i:" + _MONTH_NAME + r")\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?i:" + _MONTH_NAME
              + r")(?:,?\s+\d{4})?)(?![\w:]))")
# Wire datelines: "RIVERTON, April 3 (Wirepress) –", "Eastbury, VNA –", "LONDON (Reuters) -",
# "KYIV, Ukraine (AP) —", "MIAMI GARDENS, Fla. (WSVN) --", "INDIANAPOLIS, Ind. (April 20, 2016) –",
# "CHICAGO --", "(01/25/16) -", "(CNN) —"
DATELINE = re.compile(
    r"^\s*(?:" + _PLACE + _REGION + r"(?:(?:\s*,\s*|\s+)" + _LINE_DATE + r")?\s*,?\s*"
    r"(?:\((?P<paren>[A-Za-z0-9][\w .,/&’'\-]{0,40})\)|,\s*(?P<caps>[A-Z][A-Z&]{1,9}))?"
    r"|\((?P<lead>[A-Za-z0-9][\w .,/&’'\-]{0,40})\))"
    r"\s*(?:[–—―\-]{1,2}(?:\s|$|(?=[A-Z“\"]))|(?<=\))(?=[A-Z“\"]))"
)
# "Valley Relief Network (VRN) – Situation report 3": an issuer's name heading the text.
ISSUER_HEAD = re.compile(r"^\s*(?P<name>[A-Z][\w’'.&\- ]{2,60}?\s\([A-Z][A-Za-z&]{1,9}\))\s*[–\-:|]")
PUBLISHED_BY = re.compile(r"(?:\b(?i:(?:first|originally)\s+(?:published|appeared)\s+(?:by|in)|(?:is|was|has\s+been)\s+(?:produced|issued|published|prepared)\s+by)"
                          r"|^\s*(?i:published|issued|produced|released)\s+by)"
                          r"\s+(?:the\s+)?(?P<outlet>[A-Z][\w’'&.\-]*(?:\s+(?:[A-Z][\w’'&.\-]*|de|la|le|du|des|del|di|da|of|the|and|for|on|l['’][A-Z][\w\-]*)){0,9}"
                          r"(?<!\sof)(?<!\sthe)(?<!\sand)(?<!\sfor)(?<!\son)(?:\s+\([A-Z][A-Za-z&]{1,9}\))?)(?=\s|[.,;]|$)")
# Site navigation above a headline: "Home > Province > Port Kovar", "World | Asia"
BREADCRUMB = re.compile(r"\s>\s|^\s*[\w&’' ]{1,20}\s\|\s[\w&’' ]{1,20}(?:\s\|\s[\w&’' ]{1,20})*\s*$")
# A masthead: the first line names the outlet, often with a section or edition after a bar or dash:
# "THE VALLEY CHRONICLE", "VNA | Valley News Agency", "RIVERTON POST – English edition", "MNN 24 | LIVE"
MASTHEAD = re.compile(r"^\s*(?P<a>[^|–—\-]{2,60}?)\s*(?:[|–—]|\s-\s)\s*(?P<b>[^|–—]{1,40}?)\s*$")
# The outlet speaking of itself in the body: "The Valley Ledger has confirmed ...", "she told The Valley Post by phone"
SELF_REFERENCE = re.compile(r"(?:\b(?:told|speaking\s+to|in\s+an\s+interview\s+with|confirmed\s+to)\s+|(?:^|[.!?]\s+))"
                            r"(?P<o>(?:[Tt]he\s+)?[A-Z][\w’'&.\-]*(?:\s+[A-Z][\w’'&.\-]*){0,3})"
                            r"(?=\s+(?:has|had)\s+(?:learned|learnt|confirmed|obtained|seen|reviewed|established)\b|\s+by\s+phone\b|\s*[,.]|\s+(?:on|in|that|after)\b)")
SOURCE_LINE = re.compile(r"^\s*(?:source|originally published at|read more at|via)\s*:?\s*(?P<url>https?://\S+)\s*$", re.IGNORECASE)
# A web address as a page prints it: with a scheme, after "www.", or a bare domain with a path
# ("valleypost.example/live/floods"); not an e-mail address
_URL = r"(?P<url>(?<![@\w.])(?:https?://[^\s<>\"]+|www\.[a-z0-9\-]+(?:\.[a-z0-9\-]+)+(?:/[^\s<>\"]*)?|[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,12}/[^\s<>\"]+))"
# The page's own address in a footer, also after the outlet's name or a share bar on that line:
# "Source URL: https://...", "Original URL: ...", "Read the original at ...", "Valley Post · Source: ...",
# "Share: Facebook · X | valleypost.example/opinion/floods", or a line that is only the address
FOOTER_URL = re.compile(r"(?i)(?:^|[|·•–—]\s*|[.;]\s+)(?:(?:source|original|article|page|permalink)(?:\s+(?:url|link|address))?|url|link"
                        r"|(?:read|see|view)\s+(?:the\s+)?original(?:\s+(?:article|story|report|post|version))?\s+(?:at|on|here)"
                        r"|(?:originally|first)\s+published\s+(?:at|on)|read\s+more\s+at|via)?\s*:?\s*" + _URL + r"[).,]?\s*$")
URL_DATE = re.compile(r"[/_-](?P<y>(?:19|20)\d\d)[/-](?P<m>0?[1-9]|1[0-2])[/-](?P<d>0?[1-9]|[12]\d|3[01])(?:[/._-]|$)")
WATCH_LINE = re.compile(r"(?:^|[,.!]\s*)(?:watch|follow|listen to|like)\s+(?P<outlet>.{2,40}?)\s+on\s+(?:the\s+)?(?:youtube|facebook|twitter|x|instagram|tiktok|telegram)\b", re.IGNORECASE)
# A channel's own closing prompt: "Watch Valley24 LIVE TV here", "Watch Valley News live", "Listen to Radio Hill live"
WATCH_LIVE_LINE = re.compile(r"(?i)^\s*(?:watch|listen\s+to|stream)\s+(?P<outlet>[A-Z0-9][\w’'&.\- ]{1,40}?)\s+live(?:\s+(?:tv|radio|stream))?(?:\s+(?:here|now|online))?\s*[.!]?\s*$")
# A social post's account: the name above its handle ("Valley Fire Service" / "@ValleyFire")
# An account's handle under its name, alone or with the platform's details after a separator:
# "@ValleyFire", "@valley_watch · channel · 12,400 subscribers"
HANDLE_LINE = re.compile(r"^\s*@[A-Za-z0-9_]{2,30}\s*(?:[·•|]\s*\S.*)?$")
# An account's name above its posts: "Hill County Sheriff's Office (HCSO) — official account"
OFFICIAL_ACCOUNT = re.compile(r"^\s*(?P<name>[A-Z][^—–|:]{2,80}?)(?:\s*\([A-Z][A-Za-z&]{1,9}\))?\s*[—–|-]\s*(?:the\s+|its\s+)?official\s+"
                              r"(?:account|page|channel|feed|blog|profile|thread)s?\b", re.IGNORECASE)
# A state news agency's credit between slashes after the dateline: "HILL TOWN, 14 October. /ValleyInform/ –"
SLASH_CREDIT = re.compile(r"^\s*[A-Z][\w’'.\- ]{1,40},\s+(?:\d{1,2}\s+(?i:" + _MONTH_NAME + r")|(?i:" + _MONTH_NAME + r")\s+\d{1,2})\.?\s*/(?P<outlet>[A-Z][\w’'&.\- ]{1,30}?)/\s*[–—\-]")
# The date a statement gives for the day it is made: "We have called you here today, Friday 8th May, 2026, to ..."
TODAY_DATE = re.compile(r"(?i)\btoday,?\s*\(?\s*" + _WEEKDAY_PREFIX + _FULL_DATE)
# Words that end a company's name: "Valley Coal JSC", "Hill Mining plc"
_COMPANY_SUFFIXES = frozenset({"jsc", "pjsc", "plc", "ltd", "ltd.", "limited", "inc", "inc.", "llc", "ag", "sa", "s.a.", "nv", "gmbh", "corp", "corp.", "corporation", "company", "group", "holdings"})
# "Copyright 2016 WTOC. All rights reserved.", "(© 2016 KHOU)", "© 2025 The Example Times",
# "Copyright 2015 WSMV (Meredith Corporation)", "Copyright 2016 by KSAT - All rights reserved."
COPYRIGHT_LINE = re.compile(
    r"^\W*(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:copyright\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?(?:by\s+)?"
    r"(?P<name>[A-Za-z0-9][^,;|()]*?)\s*(?=\.\s|\.?$|\.?\)|[,;|(]|\s[-–]\s|\s+all\s+rights)",
    re.IGNORECASE,
)
NOT_OUTLET = {"us", "me", "them", "him", "her", "all rights reserved", "the author", "the authors", "author", "authors"}
# Closing credit lines that name contributors, not the publisher ("With news wire services", "Contributing: AP")
CREDIT_LINE = re.compile(r"^\W*(?:with|contributing|contributed|contributors?|reporting|additional reporting|editing|edited|writing|written|compiled|compiled by|photo|photos|image|video|source|sources)\b", re.IGNORECASE)
# US-style clock cues for a numeric date whose order is ambiguous (04/03/2025)
US_CUES = re.compile(r"\b(?:[ECMP][SD]T|ET|PT|CT)\b")
# A 24-hour clock time past noon with no am/pm on the date's own line ("09/11/2026 - 16:52"):
# the usage of the day-first world
CLOCK_24H = re.compile(r"\b(?:0\d|1[3-9]|2[0-3])[:.h][0-5]\d\b(?!\s*[ap]\.?\s?m\b)(?!\s*(?:[ECMP][SD]T|ET|PT|CT)\b)", re.IGNORECASE)
DAY_FIRST_CUES = re.compile(r"\b(?:GMT|BST|CET|CEST|EET|EEST|IST|AEST|AEDT|MSK|SAST|WAT|EAT|WIB|PKT)\b")


@dataclass(slots=True)
class Metadata:
    values: dict = field(default_factory=dict)
    published_from: str | None = None
    used_lines: set[int] = field(default_factory=set)   # lines that were metadata, not article text
    line_breaks: dict[int, int] = field(default_factory=dict)  # line → column where a dateline ends
    month_day: str | None = None  # "10-15" from a dateline without a year ("HILL TOWN, Oct 15 (Wire) -")

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


def normalize_date(value, context: str = "") -> str | None:
    """An ISO ``YYYY-MM-DD`` from a date-like value, or ``None``.

    A numeric date whose order is ambiguous (``04/03/2025``) is read with
    :func:`numeric_date_order` over ``context`` (the line and the text around it)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    s = str(value).strip()
    m = re.match(r"((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", s)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    m = re.fullmatch(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d\d)", s)
    if m:
        return _numeric_date(int(m[1]), int(m[3]), int(m[4]), m[2], context)
    import dateparser

    s = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", s)
    s = re.sub(r"\b(\d{1,2})\s+of\s+", r"\1 ", s, flags=re.IGNORECASE)
    parsed = dateparser.parse(s, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None


def _numeric_date(a: int, b: int, year: int, sep: str, context: str) -> str | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    readings = {}
    for order, (month, day) in (("mdy", (a, b)), ("dmy", (b, a))):
        try:
            readings[order] = dt.date(year, month, day)
        except ValueError:
            continue
    if not readings:
        return None
    if len(readings) == 1 or readings.get("mdy") == readings.get("dmy"):
        return next(iter(readings.values())).isoformat()
    return readings[numeric_date_order(readings, sep, context)].isoformat()


_WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_NAMED_MONTH_FIRST = re.compile(r"\b" + _MONTH_NAME + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?::|[ap]\.?m))", re.IGNORECASE)
_NAMED_DAY_FIRST = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAME + r"(?!\w)", re.IGNORECASE)
_NAMED_FULL = re.compile(r"\b(?:" + _MONTH_NAME + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                         + _MONTH_NAME + r",?\s+(?:19|20)\d\d)\b", re.IGNORECASE)


def numeric_date_order(readings: dict, sep: str, context: str) -> str:
    """``"mdy"`` or ``"dmy"`` for an ambiguous numeric date, from the evidence a reader uses:
    a weekday printed with it; the dates the text names (a page is not dated before
    the latest date it reports); how the text writes dates ("March 4" or "4 March");
    US time zones (EDT, PT) or others (GMT, CET); dotted dates (4.3.2025) are day-first;
    failing all, month-first."""
    line = context.split("\n", 1)[0]
    wd = re.search(r"\b(" + "|".join(_WEEKDAY_NAMES) + r")[a-z]*\b", line, re.IGNORECASE)
    if wd:
        match = [o for o, d in readings.items() if d.weekday() == _WEEKDAY_NAMES.index(wd[1].lower()[:3])]
        if len(match) == 1:
            return match[0]
    mentioned = [d for d in (normalize_date(m.group(0)) for m in _NAMED_FULL.finditer(context)) if d]
    if mentioned:
        latest = dt.date.fromisoformat(max(mentioned))
        fits = [o for o, d in readings.items() if 0 <= (d - latest).days <= 60]
        if len(fits) == 1:
            return fits[0]
    month_first = len(_NAMED_MONTH_FIRST.findall(context))
    day_first = len(_NAMED_DAY_FIRST.findall(context))
    if month_first != day_first and (month_first + day_first) >= 1:
        return "mdy" if month_first > day_first else "dmy"
    if US_CUES.search(context):
        return "mdy"
    if DAY_FIRST_CUES.search(context) or sep == "." or CLOCK_24H.search(line) or \
            (not re.search(r"(?i)\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b", context) and CLOCK_24H.search(context)):
        return "dmy"
    return "mdy"


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


def _footer_url(line: str) -> re.Match | None:
    """The page's own address on a closing line ("Source URL: https://...", a line that is only
    an address); an address inside running text ("donate at www.x.org") is not the page's."""
    m = FOOTER_URL.search(line)
    if not m or len(line.split()) > 16:
        return None
    return m


def site_of(url: str) -> str | None:
    host = urlparse(url if re.match(r"(?i)[a-z][a-z0-9+.\-]*://", url) else "//" + url).hostname or ""
    host = re.sub(r"^(www\d?|m|amp|edition)\.", "", host)
    return host or None


_GENERIC_LABELS = {"www", "com", "co", "org", "net", "gov", "edu", "int", "ac", "news", "m", "amp", "en", "english", "web", "online", "info"}


def _fold(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


def name_for_site(text: str, site: str | None) -> str | None:
    """The outlet's name as the text writes it when it spells the site's domain: "Dnevni Glasnik"
    for dnevniglasnik.mv, "The Valley Post" for thevalleypost.com, "CNN" for cnn.com. None when
    the text never names it."""
    if not site:
        return None
    labels = [l for l in site.lower().split(".")[:-1] if l not in _GENERIC_LABELS]
    # the registered name ("un" in press.un.org, "cnn" in edition.cnn.com), not a sub-domain
    keys = {_fold(l) for l in labels[-1:] if len(_fold(l)) >= 3}
    if not keys:
        return None
    name = _name_spelling(text, keys)
    if name is None and "-" in labels[-1]:
        # "lupa-investiga", "scwc-saren": the name is the first part ("Lupa"), or the first part is
        # the initials of a name the text spells out ("Special Chamber for War Crimes")
        first = _fold(labels[-1].split("-")[0])
        if len(first) >= 3 and first not in _GENERIC_LABELS:
            name = _name_spelling(text, {first}) or _name_with_initials(text, first)
    return name


def _name_with_initials(text: str, initials: str) -> str | None:
    """The first run of capitalised words (small words such as "for" between them allowed) whose
    initials spell ``initials``: "Special Chamber for War Crimes" for "scwc"."""
    acronym = initials.upper()
    if not re.fullmatch(r"[A-Z]{2,9}", acronym):
        return None
    cap, small = r"[A-Z][\w’'&\-]*", "|".join(sorted(_SMALL - {"the", "a"}))
    run = re.compile(rf"\b{cap}(?:\s+(?:(?:{small})\s+)?{cap})+")
    for m in run.finditer(text):
        words = m.group(0).split()
        for i in range(len(words)):  # the longest stretch that is the acronym, from its first word
            for j in range(len(words), i, -1):
                full = " ".join(words[i:j])
                if full.split()[-1].lower() not in _SMALL and _initials_of(full, acronym) and not full.isupper():
                    return full
    return None


def _name_spelling(text: str, keys: set[str]) -> str | None:
    """The first run of capitalised words that spells one of ``keys`` (folded): "The Valley Post"
    for "thevalleypost"; a name in capitals only when the text never writes it otherwise."""
    words = list(re.finditer(r"[\w’'&.\-]+", text))
    shouting = None
    for k, w in enumerate(words):
        if not w.group(0)[:1].isupper():
            continue
        joined = ""
        for j in range(k, min(k + 6, len(words))):
            word = words[j].group(0).rstrip(".")
            if j > k and (not (word[:1].isupper() or word[:1].isdigit() or word.lower() in _SMALL)
                          or text[words[j - 1].end():words[j].start()].strip()):
                break
            joined += _fold(word)
            if joined in keys or (joined.startswith("the") and joined[3:] in keys):
                name = text[w.start():words[j].start() + len(word)]
                # "The Valley Red Cross Society (VRCS)" for valleyredcross.org: the whole name it gives
                more = re.match(r"((?:\s+[A-Z][\w’'&\-]*){1,3})\s*\((?P<acr>[A-Z][A-Z&]{1,8})\)", text[words[j].start() + len(word):])
                if more and _initials_of(name + more.group(1), more["acr"]):
                    name = name + more.group(1)
                if len(name) > 2 and not name.islower():
                    if not name.isupper():
                        return name
                    # "THE VALLEY POST", "LUPA" in a masthead: its spelling in running text wins ("CNN" has none)
                    shouting = shouting or name
            if not any(key.startswith(joined) or ("the" + key).startswith(joined) for key in keys):
                break
    return shouting


def _outlet_line(line: str) -> str | None:
    """A short closing line that is an outlet's name ("Valley News Agency (VNA)")."""
    s = line.strip().strip("|–-").strip()
    if not s or len(s.split()) > 7 or re.search(r"[.!?:,]$", s) or not s[:1].isupper():
        return None
    from .clean import is_furniture

    if is_furniture(s) or any(is_furniture(p) for p in re.split(r"\s[|–—]\s", s)):
        return None
    if CREDIT_LINE.match(s) or ":" in s or BREADCRUMB.search(s) or COPYRIGHT_LINE.match(s) or DOCUMENT_TYPE.match(s) or re.match(r"(?i)(?:related|more|latest|top|recommended|popular|trending|other)\b", s):
        return None
    words = {w.strip("()").lower() for w in s.split()}
    if len(s.split()) == 1 and s.lower() in load_words("outlet_words.txt"):
        return None  # "News": a section line
    if words & load_words("titles.txt") and re.search(r"\b(?:to|of)\b", s):
        return None  # a signatory's position: "Chief Press Secretary to the Governor"
    if words & load_words("outlet_words.txt"):
        return s
    return None


def _copyright_outlet(line: str) -> str | None:
    """The name in a copyright line: "Copyright 2016 WTOC. All rights reserved." → "WTOC"."""
    m = COPYRIGHT_LINE.match(line)
    if not m:
        return None
    name = re.sub(r"\s+(?:19|20)\d\d$", "", m["name"].strip(" .-–")).strip()
    if not name or name.lower() in NOT_OUTLET or len(name.split()) > 8 or not re.search(r"[A-Za-z]", name):
        return None
    if re.match(r"(?:all rights|this material|the content|text|photo|image)\b", name, re.IGNORECASE):
        return None
    return name


# A press release's closing "about" line: "The Valley Relief Federation (VRF) is the region's largest ..."
ABOUT_LINE = re.compile(r"^\s*(?:About\s+[^:\n]{2,80}:\s*)?(?P<name>(?:The\s+)?[A-Z][\w’'&.\-]*(?:\s+(?:[A-Z][\w’'&.\-]*|of|the|and|for|on|in|&))*"
                        r"(?:\s+\([A-Z][A-Za-z&]{1,9}\))?)\s+(?:is|was\s+founded|was\s+established)\s+(?:the|a|an|one)\b")
# A photograph credited to the outlet's own staff: "Photograph: Jo Roe/The Valley Ledger",
# "[Image: A flooded street in Hill Town. The Valley Ledger]"
PHOTO_CREDIT = re.compile(r"(?i)^\s*\[?\s*(?:photograph|photo|picture|image)s?(?:\s+credit)?\s*:\s*(?:[^/\n]{2,60}/|[^\n]{2,300}?\.\s+)\s*(?P<name>[^/.\n]{2,60}?)\s*\]?\s*$")
# A translation's note naming the original: "[Translated from French – original article: Le Courrier du Val]"
ORIGINAL_ARTICLE = re.compile(r"(?i)\btranslat\w*\b[^\n]{0,60}?\boriginal\s+(?:article|text|version|story)\s*(?:in\s+\w+\s*)?:\s*(?P<name>[A-Z][^\],.\n]{1,50}?)\s*(?:[\],.]|$)")
# "Original: "Kurir Doliny" (Halvik), 21.11.2026, p. 4" at the head of a translated article
ORIGINAL_LINE = re.compile(r"(?i)^\s*\[?\s*original(?:\s+(?:article|text|version|story))?\s*:\s*[\"“]?(?P<name>[A-Z][^\"”\],.(\n]{1,50}?)[\"”]?\s*(?:[(\],.]|$)")
# A contact e-mail of the issuer: "press@valleyrelief.org"
CONTACT_EMAIL = re.compile(r"[\w.+\-]+@(?P<domain>[a-z0-9\-]+(?:\.[a-z0-9\-]+)+)", re.IGNORECASE)
CONTACT_NOT_ISSUER = re.compile(r"(?i)\b(?:anyone|tips?|asked|crime\s*stoppers?|witness(?:es)?|information\s+(?:is|should|about))\b")
MAIL_PROVIDERS = frozenset({"gmail", "yahoo", "hotmail", "outlook", "protonmail", "proton", "aol", "icloud", "mail", "gmx", "yandex", "live"})


def _about_outlet(line: str) -> str | None:
    """The issuer a closing "about" line names: "The Valley Relief Federation (VRF) is the
    region's largest humanitarian network." → "The Valley Relief Federation (VRF)"."""
    m = ABOUT_LINE.match(line)
    if not m:
        return None
    name = m["name"].strip()
    words = [w.strip("()’'").lower() for w in name.split()]
    if not 2 <= len(words) <= 14 or re.search(r"['’]s\b", name):  # "Jo Roe's The River Road is a novel ..."
        return None
    if not re.search(r"\([A-Z][A-Za-z&]{1,9}\)$", name) and not set(words) & (load_words("source_nouns.txt") | load_words("outlet_words.txt") | _SEAT_WORDS | _COMPANY_SUFFIXES):
        return None  # an acronym given in brackets, or a word for an institution, makes it a body
    return name


def _photo_credit_outlet(line: str) -> str | None:
    """The outlet of a photograph credited to its own staff ("Photograph: Jo Roe/The Valley
    Ledger"); a photo agency or a news agency ("/AFP", "/Getty Images") is not the publisher."""
    m = PHOTO_CREDIT.match(line)
    if not m:
        return None
    name = m["name"].strip().rstrip(".")
    if name.lower() in load_words("news_agencies.txt") or re.search(r"(?i)\b(?:images?|photos?|pictures|stock|via|handout|pool)\b", name):
        return None
    if re.fullmatch(r"The(?:\s+[A-Z][a-z]+){1,4}", name):
        return name  # "The Valley Record": a newspaper's name under its own picture
    return name if _has_outlet_word(name) and name[:1].isupper() else None


def _contact_outlet(raw: str, closing: list[str]) -> str | None:
    """The issuer of a statement by its contact e-mail at the end ("press@valleyrelief.org" →
    "Valley Relief" as the text spells it, else the domain); a mail provider is no issuer."""
    for line in closing:
        if len(line.split()) > 25 or CONTACT_NOT_ISSUER.search(line):
            continue  # a run-on page, or the police's tip line in a news story
        for m in CONTACT_EMAIL.finditer(line):
            site = m["domain"].lower()
            if site.split(".")[0] in MAIL_PROVIDERS:
                continue
            return name_for_site(raw, site) or site
    return None


_RANK = {"release": 0, "for immediate release": 0, "published": 0, "posted": 0, "created": 0, "issued": 0, "released": 0, "uploaded": 0, "publication date": 0,
         "date of issue": 0, "date of publication": 0, "date of release": 0, "issue date": 0,
         "date": 1, "dated": 1, "": 1, "updated": 2, "modified": 2}


def _keyword_rank(kw: str | None) -> int:
    k = re.sub(r"^(?:first|originally|last)\s+|\s+(?:on|at)$", "", re.sub(r"\s+", " ", (kw or "").lower().strip()))
    return _RANK.get(k, 1)


# a page number on a short footer line names the print edition the text was taken from
PRINT_FOOTER = re.compile(r"(?i)(?:^|[|–—\-·•,]\s*)(?:page|p\.|pp\.|pages)\s*[A-Z]?\d{1,3}\b")


def _line_dates(line: str, context: str, keyword_only: bool = False) -> list[tuple[int, str]]:
    """``(rank, ISO)`` for the publication dates a short line states: "Published: 5 April 2026",
    "May 2, 2013 | 5:03pm", "12:52 p.m. EDT May 2, 2013", "Posted ... Updated ...". Rank 0 is a
    publication keyword, 1 a bare date line, 2 an update."""
    if NOT_PUBLISHED.search(line):
        return []
    if len(line.split()) > 20:
        # a headline run together with its "Posted: ..." line, or "(Published Thursday, May 19, 2026)"
        out = []
        for k in STAMP_DATE.finditer(line):
            iso = normalize_date(k["date"], line + "\n" + context)
            if iso:
                out.append((_keyword_rank(k["kw"]), iso))
        return out
    out = []
    m = DATE_LINE.match(line)
    if m and not keyword_only:
        after = line[m.end():]
        rest = re.sub(r"(?i)" + _TIME + r"|" + _ZONE + r"|\b(?:at|on)\b|[|@,.\-–()\[\]·•]", " ", after)
        rest = re.sub(r"(?i)\b\d+\s+min(?:ute)?s?\s+read\b|\bT(?=\d)", " ", rest)
        kw = re.match(r"\s*(" + DATE_KEYWORD + r")", line, re.IGNORECASE)
        if len(rest.split()) <= 3 or kw or re.match(r"\s*(?:[|@\-–·•]|T?" + _TIME + r")", after, re.IGNORECASE):
            iso = normalize_date(m["date"], line + "\n" + context)
            if iso:
                out.append((_keyword_rank(kw.group(1) if kw else ""), iso))
    for k in KEYWORD_DATE.finditer(line):
        iso = normalize_date(k["date"], line + "\n" + context)
        if iso:
            out.append((_keyword_rank(k["kw"]), iso))
    if not out and not keyword_only and FOREIGN_DATE_LINE.match(line):
        iso = _foreign_date(line)
        if iso:
            out.append((1, iso))
    return out


# A date line kept in the original language of a translated article: "Mardi 17 mars 2026",
# "17 de marzo de 2026", "terça-feira, 17 de março de 2026", "17. März 2026"
_FOREIGN_MONTH = (r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
                  r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
                  r"|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro"
                  r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
                  r"|januar|februar|m[äa]rz|juni|juli|oktober|dezember)")
FOREIGN_DATE_LINE = re.compile(r"(?i)^\s*(?:[^\W\d]+[-\w]*,?\s+)?\d{1,2}\.?(?:er|º)?\s+(?:de\s+)?" + _FOREIGN_MONTH
                               + r",?\s+(?:de\s+)?(?:19|20)\d\d\s*$")


def _foreign_date(line: str) -> str | None:
    import dateparser

    line = re.sub(r"(?i)^\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", "", line)  # "Friday, 12 de septiembre de 2025"
    parsed = dateparser.parse(line.strip(), languages=["fr", "es", "pt", "it", "de"],
                              settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None


# "Osk, 21.9.2026.", "Hill Town, 4 March 2026": a place before the date of a press release or letter
PLACE_DATE = re.compile(r"^\s*(?:[A-Z][\w’'.\-]*(?:(?:\s+|\s?/\s?)[A-Z][\w’'.\-]*){0,2}|[A-Z][A-Z’'.\-/ ]{2,30}),\s+(?=\S)")
# Parts of a byline or stamp line: "Author: Jo Roe | 03.05.2026. 09:40 | Comments (12)",
# "Kell, Norland — Friday, 3 May 2026", "03/05/2026 — Dr. Jo Roe, field coordinator"
LINE_PARTS = re.compile(r"\s+[|·•—–]\s+")


def _place_or_part_dates(line: str, context: str) -> list[tuple[int, str]]:
    """Dates a line states after a place ("Osk, 21.9.2026.") or in one of its bar-separated
    parts ("Author: Jo Roe | 29.09.2026. 08:15 | Comments (143)"), as bare date lines (rank 1)."""
    out = []
    m = PLACE_DATE.match(line)
    if m and not re.match(_WEEKDAY_PREFIX.rstrip("?") , line, re.IGNORECASE):
        out += [(rank, iso) for rank, iso in _line_dates(line[m.end():], context) if rank <= 1]
    parts = LINE_PARTS.split(line)
    if not out and len(parts) > 1:
        for part in parts:
            out += [(max(rank, 1), iso) for rank, iso in _line_dates(part, context)]
    if not out and len(line.split()) <= 12:
        # "Programme transcript, Monday 13 April 2026, 7:30 a.m.": a date that is one comma-part of a short line
        for part in re.split(r",\s+", line)[1:]:
            out += [(1, iso) for rank, iso in _line_dates(part, context) if rank <= 1 and DATE_LINE.fullmatch(part.strip())]
    return out


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def month_day(text: str) -> str | None:
    """"10-15" for a date without a year ("Oct 15", "15 October", "Sept. 3"), else None."""
    m = re.fullmatch(r"\s*(?:(?P<m1>[A-Za-z]{3,9})\.?\s+(?P<d1>\d{1,2})|(?P<d2>\d{1,2})\s+(?P<m2>[A-Za-z]{3,9})\.?)\s*", text)
    if not m:
        return None
    name, day = (m["m1"], m["d1"]) if m["m1"] else (m["m2"], m["d2"])
    key = name[:3].lower()
    if key not in _MONTHS or not 1 <= int(day) <= 31:
        return None
    return f"{_MONTHS.index(key) + 1:02d}-{int(day):02d}"


def year_for_month_day(md: str, dated: list[str]) -> str | None:
    """The full date of a month and day written without a year, in the year that puts it
    nearest to the corpus's dated reports (a wire dateline "Oct 15" among reports of
    2026-10-12..2026-10-16 reads 2026-10-15; "Dec 31" among January reports, the year before)."""
    known = sorted(d[:10] for d in dated if d and re.match(r"\d{4}-\d\d-\d\d", d))
    if not known:
        return None
    ref = dt.date.fromisoformat(known[len(known) // 2])
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = dt.date(year, int(md[:2]), int(md[3:]))
        except ValueError:
            continue
        if best is None or abs((cand - ref).days) < abs((best - ref).days):
            best = cand
    return best.isoformat() if best else None


def _dateline(line: str) -> re.Match | None:
    """A wire dateline at the start of ``line`` (see ``DATELINE``), or None."""
    m = DATELINE.match(line)
    if not m:
        return None
    if m["lead"]:
        return m
    place = m["place"]
    if place.split()[0] in ("The", "A", "An") or re.match(r"(?i)(?:update[ds]?|correction|editor)\b", place):
        return None
    if m["paren"] and not re.search(r"\d", m["paren"]):
        initials = "".join(w[0] for w in place.split() if w[:1].isupper())
        if len(initials) > 1 and initials.lower() == m["paren"].replace(" ", "").lower():
            return None  # "Harbour Aid Network (HAN) –": an issuer's name, not a place
        if len(place.split()) >= 4 and _abbreviates(place, m["paren"]):
            return None  # "UNITED FRONT OF HILL FARMERS OF MARLAND (UFHF)": a body in capitals, not a place
    caps_region = bool(m["region"]) and bool(re.fullmatch(r"[A-Z&]{3,5}", m["region"])) and not place.isupper()
    if not (m["paren"] or m["caps"] or m["date"] or caps_region):
        # a bare place: only in capitals ("CHICAGO --", "HARRIS COUNTY, Texas –")
        if not (place.replace(" ", "").replace(".", "").isupper() and len(place) >= 3):
            return None
        rest = line[m.end():].strip()
        if len(rest.split()) < 4 or (len(rest.split()) <= 8 and not re.search(r"[.!?\"”’']$", rest)):
            return None  # "RIVERTON POST – English edition", "RVI - Service d'Information": a masthead, not a story's dateline
    if len(place.split()) > 1 and not place.isupper() and any(w[:1].islower() for w in place.split()):
        return None
    return m


def _abbreviates(name: str, acronym: str) -> bool:
    """Whether ``acronym`` (at least three capitals) takes, in order, the first letters of
    ``name``'s words, beginning with the first, as acronyms do that leave out small words or the
    country ("Union of Valley Nurses of Marland" → "UVN")."""
    acronym = acronym.replace(" ", "").replace(".", "")
    if not re.fullmatch(r"[A-Z]{3,9}", acronym):
        return False
    initials = [w[0].upper() for w in name.split() if w.lower() not in _SMALL and w[:1].isalpha()]
    if not initials or initials[0] != acronym[0]:
        return False
    rest = iter(initials[1:])
    return all(ch in rest for ch in acronym[1:])


def _dateline_credit(m: re.Match, context: str) -> tuple[str | None, str | None]:
    """(outlet, ISO date) a dateline gives."""
    outlet = date = None
    paren = m["paren"] or m["lead"]
    if paren:
        iso = normalize_date(paren.strip(), context) if re.search(r"\d", paren) else None
        if iso:
            date = iso
        elif not re.search(r"\d", paren) and len(paren.split()) <= 5:
            outlet = paren.strip()
            if m["lead"] and not _names_an_outlet(outlet):
                outlet = None  # "(CAMPBELLSBURG) -", "(Nairobi) –": the place a release was issued from
    caps = m["caps"]
    region = m["region"] if "region" in m.groupdict() else None
    if not caps and region and not paren and re.fullmatch(r"[A-Z&]{3,5}", region) and m["place"] and not m["place"].isupper():
        caps = region  # "Damascus, SANA –": a news agency, not a region
    if caps:
        outlet = outlet or caps
    if m["date"] and re.search(r"\d{4}", m["date"]):
        date = date or normalize_date(m["date"], context)
    return outlet, date


def find_text_cues(raw: str) -> tuple[dict, set[int]]:
    """Metadata a reader would find in the text itself, and the lines it came from."""
    lines = raw.split("\n")
    found: dict = {}
    used: set[int] = set()
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    head, tail = nonempty[:8], nonempty[-5:]
    context = "\n".join(lines[i] for i in nonempty[:60])
    dates: list[tuple[int, int, str]] = []   # (rank, line, ISO)
    for i in head:
        found_here = _line_dates(lines[i], context)
        if not found_here and len(lines[i].split()) <= 20:
            found_here = _place_or_part_dates(lines[i], context)
        for rank, iso in found_here:
            dates.append((rank, i, iso))
    for i in nonempty[8:16]:  # a long metadata block: "Appeal no: ...", ..., "Date of issue: 19/03/2026"
        if len(lines[i].split()) <= 8:
            dates.extend((rank, i, iso) for rank, iso in _line_dates(lines[i], context, keyword_only=True) if rank == 0)
    for i in tail:
        if i not in head and len(lines[i].split()) <= 16:
            for rank, iso in _line_dates(lines[i], context, keyword_only=True):
                if rank == 0:  # "This article was first published on 3 March 2026."
                    dates.append((rank + 3, i, iso))
            if PRINT_FOOTER.search(lines[i]):  # a print edition's footer: "The Valley Post – Monday 4 May 2026 – Page 3"
                d = re.search(_WEEKDAY_PREFIX + _FULL_DATE, lines[i], re.IGNORECASE)
                iso = normalize_date(d["date"], lines[i] + "\n" + context) if d else None
                if iso:
                    dates.append((4, i, iso))
    if dates:
        rank, i, iso = min(dates)
        found["published"] = iso
        if len(lines[i].split()) <= 20:
            used.add(i)
    else:
        for i in nonempty[:20]:  # a statement naming its own day: "We have called you here today, Friday 8th May, 2026"
            m = TODAY_DATE.search(lines[i])
            iso = normalize_date(m["date"], lines[i] + "\n" + context) if m else None
            if iso:
                found["published"] = iso
                break
    for i in head:
        m = BYLINE.match(lines[i])
        if m and len(lines[i].split()) <= 16 and not re.match(_CALENDAR_WORD, m["author"], re.IGNORECASE):
            found["author"] = m["author"].strip()
            rest = lines[i][m.end() - (1 if lines[i][m.end() - 1:m.end()] in ",|–-" else 0):]
            credit = BYLINE_CREDIT.match(rest)
            if credit and not STAFF_ROLE.search(credit["credit"]):
                name = credit["credit"].strip()
                if re.fullmatch(r"[A-Z]{2,6}", name) or {w.lower() for w in name.split()} & load_words("outlet_words.txt"):
                    found["byline_outlet"] = name
            d = re.search(_FULL_DATE, lines[i][m.end():], re.IGNORECASE)
            if d and not found.get("published"):
                iso = normalize_date(d["date"], lines[i] + "\n" + context)
                if iso:
                    found["published"] = iso
            used.add(i)
            break
    for i in head:
        m = SLASH_CREDIT.match(lines[i])
        if m:
            found.setdefault("dateline_outlet", m["outlet"].strip())
            break
    dateline_line = None
    for i in head:
        m = _dateline(lines[i])
        if m:
            outlet, date = _dateline_credit(m, lines[i] + "\n" + context)
            if outlet:
                found.setdefault("dateline_outlet", outlet)
            if date:
                found.setdefault("published", date)
            elif m["date"] and not re.search(r"\d{4}", m["date"]):
                found["_month_day"] = month_day(m["date"])
            if lines[i][m.end():].strip():
                found["_dateline_end"] = (i, m.end())
            dateline_line = i
            break
    for i in head + [j for j in tail if j not in head and len(lines[j].split()) <= 16]:
        # "Published by the Press Service of the Governor, 17.10.2026" closing a transcript (not "X is
        # published by Y Media" at the foot: the publication, not its publisher, is the outlet)
        m = PUBLISHED_BY.search(lines[i])
        if m and i not in head and lines[i][:m.start()].strip():
            m = None
        if m:
            found.setdefault("header_outlet", m["outlet"].strip().rstrip(".,;"))
            break
        m = ISSUER_HEAD.match(lines[i])
        if m and i != dateline_line and not m["name"].split("(")[0].isupper():
            found.setdefault("header_outlet", m["name"].strip())
            break
    for k, i in enumerate(head[1:], start=1):
        if SOCIAL_STAMP.match(lines[i]):
            poster = lines[head[k - 1]].strip()
            if 1 <= len(poster.split()) <= 8 and poster[:1].isupper() and not re.search(r"[.!?:]$", poster):
                found.setdefault("header_outlet", poster)
                used.update({head[k - 1], i})
            break
    for i in head[:3]:
        m = OFFICIAL_ACCOUNT.match(lines[i])
        if m:  # "Hill County Sheriff's Office (HCSO) — official account": the line stays in the text,
            found.setdefault("header_outlet", m["name"].strip())  # where it defines the acronym
            break
    for k, i in enumerate(head[1:3], start=1):
        if HANDLE_LINE.match(lines[i]):  # "Valley Fire Service" above "@ValleyFire": the account's name
            poster = re.sub(r"^[^\w\"“‘'(]+", "", lines[head[k - 1]].strip())  # an emoji before the name
            if 1 <= len(poster.split()) <= 8 and poster[:1].isupper() and not re.search(r"[.!?:]$", poster):
                found.setdefault("header_outlet", poster)
                used.update({head[k - 1], i})
            break
    from .clean import is_furniture

    for k, i in enumerate(head[1:7], start=1):
        # a live page's name on its own line above its time stamp: "The Valley Post" / "Mon 16 Nov 2026 14:22"
        name = lines[head[k - 1]].strip()
        if _line_dates(lines[i].strip(), context) and len(lines[i].split()) <= 8 and 2 <= len(name.split()) <= 5 \
                and _has_outlet_word(name) and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in name.split()) \
                and not re.search(r"[.!?:,;|]", name) and not is_furniture(name):
            found.setdefault("header_outlet", name)
            used.add(head[k - 1])
            break
    letterhead = _letterhead(lines, head)
    if letterhead:
        found.setdefault("header_outlet", letterhead[0])
        # the state above the issuer is furniture; the issuer's own name stays in the text, where it
        # names the body that speaks ("MARLAND COAST GUARD" is a mention of the coast guard)
        used.update(i for i in letterhead[1] if STATE_HEAD.match(lines[i].strip()) or _unit_only(lines[i].strip()))
    masthead = (_masthead(lines[nonempty[0]]) or _site_header(lines, nonempty)) if nonempty else None
    translated = any(re.search(r"(?i)\btranslat", lines[i]) for i in head[:5])
    for i in head[:5]:
        m = ORIGINAL_ARTICLE.search(lines[i]) or (ORIGINAL_LINE.match(lines[i]) if translated else None)
        if m:
            # "[Translated from French – original article: Le Courrier du Val]": the paper that wrote it,
            # not the service that translated it ("REGIONAL PRESS REVIEW - the press in translation")
            masthead = m["name"].strip()
            break
    if masthead:
        found["masthead_outlet"] = masthead
        used.add(nonempty[0])
    for i in reversed(tail):
        m = SOURCE_LINE.match(lines[i]) or _footer_url(lines[i])
        if m:
            found["url"] = m["url"].rstrip(").,")
            if SOURCE_LINE.match(lines[i]) or len(lines[i].split()) <= 2:
                used.add(i)
            break
    else:
        for i in head[:3]:  # a blog's address printed under its name: a line that is only the address
            m = _footer_url(lines[i]) if len(lines[i].split()) == 1 else None
            if m:
                found["url"] = m["url"].rstrip(").,")
                used.add(i)
                break
    for i in reversed(tail):
        if i in used:
            continue
        m = WATCH_LINE.search(lines[i]) or WATCH_LIVE_LINE.match(lines[i])
        name = m["outlet"].strip() if m and m["outlet"].strip().lower() not in NOT_OUTLET else None
        if name and re.match(r"(?:the\s+)?(?:latest|us|our)\b", name, re.IGNORECASE):
            name = None
        if not m:
            name = _outlet_line(lines[i])
            if name:
                used.add(i)
        if name:
            found["outlet"] = name
            break
    if not found.get("outlet"):
        for i in reversed(nonempty[-8:]):
            name = _copyright_outlet(lines[i])
            if name:
                found["copyright_outlet"] = name
                break
    if not found.get("outlet"):
        for i in list(reversed(nonempty[-8:])) + nonempty[:12]:
            name = _about_outlet(lines[i]) if i in nonempty[-8:] else None
            name = name or _photo_credit_outlet(lines[i])
            if name:
                found["about_outlet"] = name
                break
    if found.get("masthead_outlet"):
        found["outlet"] = found["masthead_outlet"]  # the page's own name at the top wins over closing lines
        brand = _brand_part(lines[nonempty[0]], found["masthead_outlet"], found.get("url"),
                            [lines[i] for i in nonempty[-8:]])
        if brand:
            found["outlet"] = brand
    elif letterhead:
        found["outlet"] = letterhead[0]  # so does the issuer a letterhead names above the date
    if found.get("url") and not found.get("published"):
        m = URL_DATE.search(found["url"])
        if m:
            found["published"] = f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
    if not found.get("outlet"):
        for i in nonempty[:12]:  # "Follow Mirelia First on Telegram" under the headline
            m = WATCH_LINE.search(lines[i])
            name = m["outlet"].strip() if m else None
            if name and name.lower() not in NOT_OUTLET and not re.match(r"(?:the\s+)?(?:latest|us|our)\b", name, re.IGNORECASE):
                found["watch_outlet"] = name
                break
    if not found.get("outlet"):
        for key in ("copyright_outlet", "dateline_outlet", "byline_outlet", "header_outlet", "watch_outlet", "about_outlet"):
            if found.get(key):
                found["outlet"] = found[key]
                # "(MNA)" in the dateline, "Meridian News Agency" in the byline: the name spelled out
                spelled = [found[k] for k in ("byline_outlet", "header_outlet", "about_outlet")
                           if found.get(k) and _initials_of(found[k], found[key])]
                if spelled:
                    found["outlet"] = f"{spelled[0]} ({found[key]})"
                break
        else:
            if found.get("url"):
                found["outlet"] = name_for_site(raw, site_of(found["url"])) or site_of(found["url"])
            else:
                found["outlet"] = _self_reference(raw) or _contact_outlet(raw, [lines[i] for i in nonempty[-8:]])
    for key in ("masthead_outlet", "copyright_outlet", "dateline_outlet", "byline_outlet", "header_outlet", "watch_outlet", "about_outlet"):
        found.pop(key, None)
    if not found.get("outlet"):
        found.pop("outlet", None)
    else:
        found["outlet"] = expand_acronym(raw, found["outlet"])
    title = _title_line(lines, [i for i in nonempty if i not in used])
    if title:
        found["title"] = title
    return found, used


def _initials_of(full: str, acronym: str) -> bool:
    """Whether ``acronym`` ("MNA", "VRF") is made of the initials of ``full``'s capitalised words
    ("Meridian News Agency", "The Valley Relief Federation")."""
    if not re.fullmatch(r"[A-Z][A-Z&]{1,8}", acronym or ""):
        return False
    words = [w for w in full.split() if w[:1].isupper() or w == "&"]
    if words and words[0] == "The" and len(words) > len(acronym):
        words = words[1:]
    return "".join(w[0] for w in words).upper() == acronym.upper()


def expand_acronym(text: str, name: str) -> str:
    """An outlet found only as an acronym, with the name the text spells out for it:
    "VRF" → "Valley Relief Federation (VRF)" when the text writes "the Valley Relief
    Federation (VRF)"; anything else unchanged."""
    the = re.fullmatch(r"The\s+([A-Z][A-Z&]{1,8})", name)  # "The GFTGW" signing a statement
    if the:
        expanded = expand_acronym(text, the.group(1))
        return expanded if expanded != the.group(1) else name
    if not re.fullmatch(r"[A-Z][A-Z&]{1,8}", name):
        return name
    for m in re.finditer(r"((?:[A-Z][\w’'&.\-]*|of|the|and|for|on|in|&)(?:\s+(?:[A-Z][\w’'&.\-]*|of|the|and|for|on|in|&)){1,11})\s*\(\s*"
                         + re.escape(name) + r"\s*\)", text):
        words = m.group(1).split()
        for start in range(len(words)):
            part = words[start:]
            if part[0][:1].islower():
                continue
            initials = "".join(w[0] for w in part if w[:1].isupper() or w == "&")
            if initials.upper() == name.replace("&", "&").upper():
                return " ".join(part) + f" ({name})"
    return name


def _has_outlet_word(name: str) -> bool:
    return bool({w.strip("()’'").lower() for w in name.split()} & load_words("outlet_words.txt"))


def _names_an_outlet(name: str) -> bool:
    """Whether a credit in brackets at the start of a story names an outlet rather than a place:
    an acronym of up to six capitals ("(CNN)", "(AFP)"), a name with an outlet word or ending in
    one ("Valley Press", "Wirepress"), or a news agency in ``news_agencies.txt`` ("(Reuters)")."""
    s = name.strip()
    if re.fullmatch(r"[A-Z][A-Za-z&]{0,5}", s) and sum(c.isupper() for c in s) >= 2:
        return True
    if s.lower() in load_words("news_agencies.txt") or _has_outlet_word(s):
        return True
    last = s.split()[-1].lower() if s.split() else ""
    return any(last.endswith(w) and len(last) > len(w) + 2 for w in load_words("outlet_words.txt") if len(w) >= 4)


def _display_name(name: str) -> str:
    """A name written in capitals, as written in title case ("THE VALLEY POST" → "The Valley Post");
    short acronyms ("MNN", "KNA") stay as they are."""
    if not name.isupper():
        return name
    small = {"of", "the", "and", "for", "on", "in", "to", "a", "de", "la", "el", "du", "des", "di", "da", "do", "del", "le", "les", "al"}
    return " ".join(w if len(w) <= 3 and j == 0 and w not in ("THE", "EL", "LA", "LE", "LOS", "LAS", "LES", "DIE", "DER", "IL", "AL") and len(name.split()) <= 2 else
                    (w.lower() if (w.lower() in small and j) else
                     w if (len(w) <= 2 and w.lower() not in small) or any(c.isdigit() for c in w) else w.capitalize())
                    for j, w in enumerate(name.split()))


# Lower-case words inside a name: "Voice of the Valley", "La Voix du Val", "Diario de la Costa"
_NAME_PARTICLES = frozenset({"of", "the", "and", "&", "de", "la", "el", "du", "des", "di", "da", "do", "del", "della", "le", "les", "al", "van", "von"})


def _brand_part(first: str, masthead: str, url: str | None, closing: list[str]) -> str | None:
    """"KTV 9 — EVENING NEWS AT SIX": of a first line's two parts, the one the page's own address
    or copyright line spells ("ktv9.com", "© KTV 9 Broadcasting") is the outlet, the other its
    programme or section. None when the masthead already is that part or no closing line tells."""
    m = MASTHEAD.match(first.strip())
    if not m:
        return None
    others = [p.strip() for p in (m["a"], m["b"]) if _fold(p) != _fold(masthead)]
    if len(others) != 1 or not others[0] or len(others[0].split()) > 5:
        return None
    other = others[0]
    spelled = name_for_site(other, site_of(url)) if url else None
    if spelled:
        return spelled
    for line in closing:
        name = _copyright_outlet(line)
        if name and _fold(other) and _fold(other) in _fold(name):
            return other
    return None


# A first line that is a domain written as a name, with a capital: "ValleyPatriot.ng", "Rappler.com"
SITE_NAME = re.compile(r"^[A-Z][A-Za-z0-9-]{2,40}(?:\.[a-z]{2,6}){1,2}$")


def _masthead(line: str) -> str | None:
    """The outlet a first line names: a short name with an outlet word ("The Valley Chronicle"), or
    a name in capitals followed by a section or edition ("RIVERTON POST – English edition")."""
    s = line.strip()
    if SITE_NAME.match(s):
        return s  # the site's name as its domain: "ValleyPatriot.ng", "Rappler.com"
    name = _name_before_tagline(s)
    if name:
        return name
    if not s or len(s.split()) > 10 or re.search(r"[.!?:,;]$|\d\s*[-–]\s*\d", s) or DATE_LINE.match(s) or _dateline(s):
        return None
    from .clean import is_furniture

    if is_furniture(s) or DOCUMENT_TYPE.match(s) and len(s.split()) <= 5:
        return None  # "Breaking News", "Latest updates": a section label; "PRESS STATEMENT": the kind of document
    if len(s.split()) == 1 and s.lower() in load_words("outlet_words.txt"):
        return None  # "News": a section line, not a name
    m = MASTHEAD.match(s)
    parts = [m["a"].strip(), m["b"].strip()] if m else [s]
    if any(is_furniture(p) for p in parts):
        return None
    if m and re.fullmatch(r"[A-Z][A-Z&]{2,9}", parts[1]) and len(parts[0].split()) >= 2 and parts[0].isupper() \
            and not re.search(r"\d", parts[0]):
        return f"{_display_name(parts[0])} ({parts[1]})"  # "NATIONAL RELIEF INSTITUTE – NARI"
    if m and parts[0].isupper() and 2 <= len(parts[0].split()) <= 4 and not parts[1].isupper() \
            and re.search(r"\b(?:[Vv]oice|[Nn]ews|[Pp]aper|[Dd]aily)\s+of\b|['’]s\s", parts[1]) and not re.search(r"\d", parts[0]):
        return _display_name(parts[0])  # "THE VALLEY SENTINEL — The Valley's Voice of Truth": the name, not its motto
    for part in parts:
        words = part.split()
        if len(parts) > 1 and _unit_only(part):
            continue  # "CITY POLICE — PRESS OFFICE": the body, not its press office
        if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_PARTICLES
                                               or re.match(r"[dlDL]['’][A-ZÀ-Ý]", w) for w in words):
            continue
        if _has_outlet_word(part) and (len(parts) > 1 or len(words) <= 5):
            return _display_name(part)
    if m and parts[0].replace(" ", "").replace("&", "").isalnum() and parts[0].upper() == parts[0] and len(parts[0].split()) <= 4 \
            and re.search(r"[A-Z]{2}", parts[0]) and not re.search(r"\d{3}", parts[0]):
        return _display_name(parts[0])
    return None


# A site's navigation bar: "Home  About us  Our missions  Press", "Home | News | Contact"
NAV_LINE = re.compile(r"^\s*(?:home\b|menu\b|skip to)|^(?:\s*[\w’'&]+(?:\s[\w’'&]+)?(?:\s{2,}|\s+\|\s+)){3,}", re.IGNORECASE)


def _site_header(lines: list[str], nonempty: list[int]) -> str | None:
    """The site's name at the top of a page: a short name above the navigation bar ("Sea
    Beacon" over "Home  About us  Press"), or the first of bar-separated parts in capitals
    followed by a section or a date ("MIRELIA FIRST | NATIONAL | 13/06/2026")."""
    first = lines[nonempty[0]].strip()
    parts = [p.strip() for p in re.split(r"\s+\|\s+", first)]
    if len(parts) >= 3 and parts[0].isupper() and 1 <= len(parts[0].split()) <= 4 and not re.search(r"\d", parts[0]) \
            and any(re.search(r"\d", p) for p in parts[1:]):
        return _display_name(parts[0])
    if len(nonempty) < 2 or not NAV_LINE.search(lines[nonempty[1]]):
        return None
    words = first.split()
    if 1 <= len(words) <= 4 and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words) \
            and not re.search(r"[.!?:,;\d]", first):
        return _display_name(first)
    return None


def _self_reference(raw: str) -> str | None:
    """An outlet the text names as itself ("The Valley Ledger has learned", "told The Valley Post by
    phone"): a name with an outlet word, the one named most often."""
    from collections import Counter

    names = Counter()
    for m in SELF_REFERENCE.finditer(raw):
        name = m["o"].strip()
        name = re.sub(r"^the\s+", "The ", name)
        if _has_outlet_word(name) and len(name.split()) >= 2 and name.lower() not in NOT_OUTLET:
            names[name] += 1
    return names.most_common(1)[0][0] if names else None


# A heading that names the kind of document, not its issuer: "PRESS RELEASE", "Situation Report No. 9"
DOCUMENT_TYPE = re.compile(r"(?i)^(?:(?:joint\s+)?(?:press|news|media)\s+(?:release|statement|briefing)|(?:joint\s+|public\s+|official\s+)?statement|communiqu[eé]|situation\s+(?:report|update)|sitrep|flash\s+update|"
                           r"(?:daily\s+|weekly\s+)?(?:update|bulletin|report|briefing|notice|announcement|advisory)|for\s+immediate\s+release)\b")
# The state above a ministry in a letterhead: "REPUBLIC OF DRAVENIA", "Government of Marland", "STATE OF OHIO"
STATE_HEAD = re.compile(r"(?i)^(?:(?:the\s+)?(?:(?:federal|islamic|people['’]s|democratic|united)\s+)*(?:republic|kingdom|state|government|commonwealth|federation|emirate|principality|"
                        r"province|county|city|municipality)\s+of\b|government\s*$)")
# A town's or county's government above one of its offices: "CITY OF KELL", "County of Hill"
LOCAL_GOVERNMENT_HEAD = re.compile(r"(?i)^(?:the\s+)?(?:city|county|municipality|town|borough|township)\s+of\s+[A-Z][\w’'\- ]{1,40}$")
_SMALL = {"of", "the", "and", "for", "on", "in", "to", "a", "&", "de", "la", "el", "du", "des"}


def _title_case(words: list[str]) -> str:
    return " ".join(w if re.fullmatch(r"\([A-Z&]{2,9}\)", w) else w.lower() if (w.lower() in _SMALL and j) else w.capitalize()
                    for j, w in enumerate(words))


def _issuer_name(s: str) -> bool:
    """A line that is an institution's name: capitalised words ending with (or built around)
    an institution noun ("MINISTRY OF INTERNAL AFFAIRS", "National Disaster Management Agency")."""
    s = re.sub(r"\s+\([A-Z][A-Za-z&]{1,9}\)$", "", s)  # "NATIONAL DISASTER MANAGEMENT OFFICE (NDMO)"
    if BYLINE.match(s):
        return False  # "By Valley News Staff"
    words = s.split()
    if not 1 <= len(words) <= 12 or re.search(r"[\d!?:;,.]$|\d|:", s):
        return False
    if not all(w[:1].isupper() or w.lower() in _SMALL for w in words):
        return False
    nouns = load_words("source_nouns.txt") | load_words("issuer_nouns.txt") | _SEAT_WORDS | {"staff"}  # "GENERAL STAFF OF THE ARMED FORCES"
    low = [w.lower().strip("()’'") for w in words]
    for k, w in enumerate(low):
        if w in nouns and (k == len(low) - 1 or low[k + 1] in ("of", "for", "on", "and", "in")):
            return True
    # a named body ending in the word for its seat or its kind: "MIRELIAN COAST GUARD
    # HEADQUARTERS", "DALUPAN POLICE PROVINCIAL OFFICE"
    return low[-1] in _SEAT_WORDS and not _unit_only(s)


_SEAT_WORDS = frozenset({"headquarters", "command", "police", "guard", "directorate", "authority", "office",
                         "department", "service", "secretariat", "prefecture", "administration", "inspectorate"})
_UNIT_WORDS = frozenset({"press", "office", "service", "unit", "department", "division", "section", "desk", "bureau",
                         "communications", "communication", "public", "affairs", "media", "relations", "information",
                         "news", "room", "newsroom", "centre", "center", "headquarters", "directorate", "and", "&", "the", "of"})


def _unit_only(s: str) -> bool:
    """A unit of any institution ("Press Office", "Public Information Section"), not a name."""
    return all(w.lower().strip("()") in _UNIT_WORDS for w in s.split())


def _typed_block(lines: list[str], head: list[int]) -> list[int]:
    """The letterhead of an undated release, around the line that names the kind of document:
    the lines above "PRESS RELEASE" ("STATE GOVERNMENT" / "GOVERNMENT HOUSE, HILL TOWN"), or,
    when it comes first, the issuer's name under it ("PRESS STATEMENT" / "VALLEY FARMERS
    UNION (VFU)"). A headline under the kind of document is not an issuer."""
    for t, i in enumerate(head[:6]):
        # "SITUATION UPDATE No. 4", "PRESS RELEASE No. 0147/MIN/2026"
        s = re.sub(r"(?i)\s+(?:no\.?|number|#|ref\.?)\s*:?\s*\d[\w/.\-]*$", "", lines[i].strip())
        if DOCUMENT_TYPE.match(s) and len(s.split()) <= 4 and ":" not in s and not re.search(r"\d", s):
            if t:
                # the letterhead starts under a post's name and time stamp ("Valley Council" /
                # "May 2 at 8:10 AM ·" / "VALLEY COUNCIL" / "PRESS RELEASE")
                stamps = [k for k in range(t) if SOCIAL_STAMP.match(lines[head[k]])]
                return head[stamps[-1] + 1:t] if stamps else head[:t]
            return [j for j in head[1:3] if _issuer_name(lines[j].strip())
                    or re.fullmatch(r"[A-Z][A-Z’'.&\- ]{2,80}\([A-Z][A-Za-z&]{1,9}\)", lines[j].strip())][:1]
    return []


def _letterhead(lines: list[str], head: list[int]) -> tuple[str, list[int]] | None:
    """The issuer a letterhead names above a date line or dateline, as written in title case, and
    its lines: "OFFICE OF THE GOVERNOR" above "HILL TOWN, March 2, 2026 –"; "MINISTRY OF INTERNAL
    AFFAIRS" under "REPUBLIC OF X" and above "PRESS RELEASE" and "Osk, 21.9.2026.". The state
    above a ministry and the kind of document are skipped. A headline in capitals above the
    story is not one."""
    block: list[int] = []
    dated = False
    for i in head[:8]:
        s = lines[i].strip()
        # a date after a place, or as one dash- or bar-part of a short line ("Circular No. 4 — Monday, 9 March 2026")
        short = len(s.split()) <= 8 or (len(s.split()) <= 12 and LINE_PARTS.search(s))
        if DATE_LINE.match(s) or _dateline(s) or _line_dates(s, "") or (short and _place_or_part_dates(s, "")):
            dated = True
            break
        block.append(i)
    if not dated:
        block = _typed_block(lines, head)
    if not block:
        return None
    candidates = []
    for n, i in enumerate(block):
        s = lines[i].strip()
        words = s.split()
        if DOCUMENT_TYPE.match(s) or not words:
            continue
        if n == 0 and " | " in s:  # "VALLEY UNION | Office of the Commissioner for Rivers": the body after its parent
            parts = [p.strip() for p in re.split(r"\s+\|\s+", s) if _issuer_name(p.strip())]
            if parts:
                s, words = parts[-1], parts[-1].split()
        dashed = re.split(r"\s+[–—-]\s+", s) if n == 0 and s.isupper() else []
        if len(dashed) == 2 and _issuer_name(dashed[0]) and not _issuer_name(dashed[1]):
            # "OFFICE OF THE STATE PATHOLOGIST - EASTERN PROVINCE": the body, not its seat
            s, words = dashed[0], dashed[0].split()
        glossed = NAME_ACRONYM_GLOSS.match(s) if n == 0 and s.isupper() and len(words) <= 14 else None
        if glossed:  # "VALLEY HEALTH FORUM (VHF) - PEOPLE'S CLINICS, HILL TOWN CHAPTER": the name, not its gloss
            s = glossed["name"].strip()
            words = s.split()
        caps = s.isupper() and 1 <= len(words) <= 7 and not re.search(r"[\d!?:]", s)
        typed = any(DOCUMENT_TYPE.match(lines[j].strip()) for j in block)
        if _issuer_name(s) or (caps and n == 0 and (len(block) <= 2 or typed)):
            # "HILL TOWN GIRLS ACADEMY, HILL TOWN" above "PRESS STATEMENT": the name without its seat
            s = s.split(",")[0].strip() if caps and "," in s else s
            candidates.append((bool(STATE_HEAD.match(s)), i, s))
    if not candidates:
        return None
    # the most specific issuer: the last name under the state and the ministry ("MIRELIAN COAST
    # GUARD" under "MINISTRY OF MARITIME AFFAIRS"), not a unit such as "Press Office"
    named = [c for c in candidates if not c[0] and not _unit_only(c[2])]
    # "Office of the Prime Minister, Port Elmond" under "NATIONAL DISASTER MANAGEMENT OFFICE (NDMO)":
    # the body above its seat and address line
    named = [c for c in named if "," not in c[2]] or named
    state, i, s = _named_in_body(named, lines, block) or (named[-1] if named else next((c for c in candidates if not c[0]), candidates[0]))
    letter_lines = [c[1] for c in candidates] + [j for j in block if STATE_HEAD.match(lines[j].strip()) and len(lines[j].split()) <= 6]
    name = _title_case(s.split()) if s.isupper() else s
    town = [lines[j].strip() for j in block if j < i and LOCAL_GOVERNMENT_HEAD.match(lines[j].strip())]
    if town and re.match(r"(?i)(?:office|department|bureau|division)\s+of\b", name):
        # "CITY OF KELL" / "OFFICE OF EMERGENCY MANAGEMENT": every town has one; the town names it
        head = town[-1]
        name = f"{_title_case(head.split()) if head.isupper() else head} {name}"
    return name, letter_lines


def _named_in_body(named: list, lines: list[str], block: list[int]):
    """Of several names a letterhead stacks ("VALLEY HEALTH BOARD" / "Office of the Director";
    "HILL TOWN CLINIC" / "Valley Care Network", its parent), the one the text itself goes on to
    speak as ("The Valley Health Board wishes to inform ..."): the first one the body names, by its
    name or by the acronym in brackets after it. None when fewer than two or none is named."""
    if len(named) < 2:
        return None
    body = "\n".join(lines[block[-1] + 1:])[:4000]
    low = body.lower()
    best = None
    for c in named:
        name = c[2]
        acronym = re.search(r"\(([A-Z][A-Za-z&]{1,9})\)\s*$", name)
        full = re.sub(r"\s*\([A-Z][A-Za-z&]{1,9}\)\s*$", "", name).strip()
        spots = [low.find(full.lower())] if len(full.split()) >= 2 else []
        # or by its head noun alone: "The hospital activated its plan" under "KELL GENERAL HOSPITAL"
        # over "Office of the Medical Director"
        head = re.split(r"\s+of\s+", full.lower())[0].split()[-1] if full else ""
        if head in load_words("issuer_nouns.txt") | load_words("source_nouns.txt"):
            m = re.search(r"\bthe\s+" + re.escape(head) + r"\b", low)
            spots.append(m.start() if m else -1)
        if acronym:
            m = re.search(r"\b" + re.escape(acronym.group(1)) + r"\b", body)
            spots.append(m.start() if m else -1)
        spots = [k for k in spots if k >= 0]
        if spots and (best is None or min(spots) < best[0]):
            best = (min(spots), c)
    return best[1] if best else None


# A name in capitals with its acronym, then a gloss: "VALLEY HEALTH FORUM (VHF) - HILL TOWN CHAPTER"
NAME_ACRONYM_GLOSS = re.compile(r"^(?P<name>[A-Z][A-Z’'.&\- ]{2,80}?\s*\([A-Z][A-Za-z&]{1,9}\))\s+[–—-]\s+\S")


# A first line of a name and what follows it: "Radio Free Valley – Official channel of the Valley
# Front", "VALLEY 24 | LIVE TV | Watch Now"
NAME_AND_TAGLINE = re.compile(r"^(?P<a>[^|–—:]{2,60}?)\s+(?:[–—|]|-)\s+(?P<b>\S.{2,120})$")


def _name_before_tagline(s: str) -> str | None:
    """The outlet a first line names before a long tagline or a row of bar-separated labels:
    a name of capitalised words with an outlet word ("Radio Free Valley", "VALLEY 24"), not a
    headline in capitals. None otherwise."""
    from .clean import is_furniture

    m = NAME_AND_TAGLINE.match(s)
    if not m:
        return None
    a, b = m["a"].strip(), m["b"].strip()
    words = a.split()
    if not 1 <= len(words) <= 6 or is_furniture(a) or DOCUMENT_TYPE.match(a) \
            or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_PARTICLES for w in words):
        return None
    if not _has_outlet_word(a):
        # "LEX FORUM - a blog on criminal law": the tagline says what kind of outlet the name is
        said = [w.lower().strip(",.;") for w in b.split()[:5]]
        if said[:1] in (["a"], ["an"], ["the"]) and not b.isupper() \
                and any(w in load_words("outlet_kind_words.txt") for w in said[1:]):
            return _display_name(a)
        return None
    if len(words) == 1 and a.lower() in load_words("outlet_words.txt"):
        return None  # "News | World | Floods": a section line
    bars = [p for p in re.split(r"\s+\|\s+", b) if p]
    if " | " in s and len(bars) >= 2 and not re.search(r"[\d:]", b):
        return _display_name(a)  # "VALLEY 24 | LIVE TV | Watch Now"
    if len(b.split()) > 4 and not b.isupper() and not re.search(r"[.!?]$|\d", b):
        return _display_name(a)  # "Radio Free Valley – Official channel of the Valley Front"
    return None


# A social-media post's time line under the page's name: "May 2 at 8:10 AM ·", "Yesterday at 10:02 ·", "3h ·"
SOCIAL_STAMP = re.compile(r"(?i)^\s*(?:(?:" + _MONTH_NAME + r")\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+(?:" + _MONTH_NAME
                          + r")(?:\s+\d{4})?|yesterday|today|\d{1,2}\s*(?:h|hr|hrs|min|mins|d))(?:\s+at\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?\s*[·•]\s*\W*$")
# A labelled line of a letterhead or a footer: "Regd. Office: 14, Mill Road", "Motto: ...", "Tel: ..."
LABEL_LINE = re.compile(r"(?i)^\s*(?:regd\.?|registered|head|corporate)?\s*(?:office|address|motto|tel|telephone|phone|fax|e-?mail|website|web|p\.?\s?o\.?\s+box|cin|gstin)\s*(?:no\.?)?\s*:")
CAPTION_LINE = re.compile(r"(?i)^\s*(?:(?:image|photo|picture|video)\s+)?caption\b|^\s*(?:photo|image|picture|photograph|video|watch)\s*:")


def _section_label(s: str) -> bool:
    """A section or kicker line: "EXCLUSIVE | Earthquake", "SECURITY | SAHEL", "World"."""
    parts = [p for p in re.split(r"\s+[|›»/>]\s+", s) if p]
    return len(s.split()) <= 3 or (len(parts) > 1 and all(len(p.split()) <= 3 for p in parts))


def _title_line(lines: list[str], candidates: list[int]) -> str | None:
    """The headline: the first line near the top that reads like one (3 to 25 words, no closing
    full stop), skipping navigation, section labels, dates, bylines, the kind of document, the
    state above a letterhead, and a site's tagline under its name."""
    from .clean import is_furniture

    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    after_issuer = False
    near = [i for i in candidates if i < (candidates[0] + 40 if candidates else 0)][:10]
    for i in near:
        s = lines[i].strip()
        subject = re.match(r"(?i)(?:subject|re|title)\s*:\s*[\"“]?(?P<t>[^\"”]+)[\"”]?\s*$", s)
        if subject:
            return subject["t"].strip()  # "Subject: \"Search and rescue operation ...\"" of a release
        words = s.split()
        issuer_before = after_issuer
        after_issuer = False
        if issuer_before and "," in s and len(words) <= 8 and not re.search(r"\d", s) \
                and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words):
            after_issuer = True
            continue  # the address under a letterhead: "Camp Rosa, Hill Town City"
        if any(_issuer_name(re.sub(r"\s+(?:\d+|[IVX]+)$", "", p.strip())) for p in re.split(r"\s[-–|]\s", s)):
            after_issuer = True
            continue
        if re.fullmatch(r"\[[^\[\]]*\]", s):
            continue  # an editor's note in brackets: "[Translated from French. Original: ...]"
        if BREADCRUMB.search(s) or NAV_LINE.search(s) or is_furniture(s) or STATE_HEAD.match(s) or WATCH_LINE.search(s) \
                or (DOCUMENT_TYPE.match(s) and len(words) <= 5) or CAPTION_LINE.match(s) or BYLINE.match(s) \
                or LABEL_LINE.match(s) or SOCIAL_STAMP.match(s) \
                or _dateline(s) or _line_dates(s, "") or _section_label(s):
            continue
        if not (3 <= len(words) <= 25) or s.endswith((".", ":", ";", ",")) or not s.lstrip("\"“‘'").strip()[:1].isupper():
            return None  # the story has begun
        pos = nonempty.index(i)
        after = lines[nonempty[2]].strip() if pos == 1 and len(nonempty) > 2 else ""
        if after and ":" not in s and _section_label(after) and not BYLINE.match(after) and not _line_dates(after, "") \
                and not BREADCRUMB.search(lines[nonempty[0]]):
            continue  # a tagline under the site's name, above the section ("EXCLUSIVE | Earthquake")
        return s
    return None


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
    meta.month_day = cues.pop("_month_day", None)
    meta.offer(cues, "text")
    meta.used_lines = used
    if meta.values.get("url") and not meta.values.get("outlet"):
        site = site_of(meta.values["url"])
        meta.values["outlet"] = name_for_site(raw_text, site) or site
    return meta
