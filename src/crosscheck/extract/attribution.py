"""Who a figure is credited to, and how sure the text says it is.

* ``find_attribution(sent, token_index, names)`` returns the :class:`Attribution`
  of a number in a sentence: "according to X", "X said/reported/documented that
  ...", "X's count", the agent of a passive reporting verb. A passive with no
  agent ("were reported") credits no one.
* :class:`SourceNames` turns what the text wrote ("HRM", "the monitor", "the
  Network", "he") into a canonical name: acronyms defined in the document
  give their long form; a common noun is matched against organisations named
  earlier in the document by its head noun; "the monitor" / "the group" falls
  back to the last organisation credited with a figure; he/she to the last
  person named.
* ``find_hedges(text)`` lists the hedge codes (``hedges.tsv``) in a text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from crosscheck.extract.acronyms import find_acronym_definitions
from crosscheck.extract.figure_scope import CONTRAST_MARKS
from crosscheck.lexicons import load_lexicon, load_words
from .nlp import parsed_text

NAMED_KINDS = {"ORG", "PERSON", "GPE", "NORP", "FAC"}
COUNT_NOUNS = {"count", "tally", "toll", "figure", "data", "estimate", "record", "statistic", "number"}
# what a body issues: "according to a statement from the regional police", "a police statement"
DOCUMENT_NOUNS = {"statement", "report", "bulletin", "communique", "communiqué", "release", "update",
                  "announcement", "list", "database", "register", "records", "briefing", "information",
                  "breakdown"}
_SENTENCE_STARTERS = {"the", "a", "an", "but", "and", "when", "after", "on", "in", "mr", "ms", "mrs", "dr"}
_LEADING = re.compile(r"^(?:the|a|an|so-called|so called|its|their|his|her)\s+", re.I)
# "several residents", "some witnesses", "a number of doctors": how many speak is not who they are
_QUANTIFIERS = re.compile(r"^(?:several|some|many|various|numerous|multiple|(?:a\s+)?few|(?:a\s+)?(?:number|couple|handful)\s+of)\s+(?=\w)", re.I)


@dataclass(slots=True)
class Attribution:
    source: str | None       # canonical name
    source_text: str | None  # as written ("the monitor")
    cue: str | None = None   # the reporting verb or "according to"
    is_person: bool = False  # the source is a person (not a candidate for "the monitor")
    cue_index: int | None = None  # token index of the reporting verb, when there is one
    source_index: int | None = None  # token index of the source's head word, when it is in the sentence


@lru_cache(maxsize=1)
def _attribution_verbs() -> frozenset[str]:
    return load_words("attribution_verbs.txt")


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Titles and honorifics written before a name (``titles.txt``)."""
    try:
        return frozenset(w.lower() for w in load_words("titles.txt"))
    except (FileNotFoundError, OSError):
        return frozenset()


@lru_cache(maxsize=1)
def _source_nouns() -> frozenset[str]:
    return load_words("source_nouns.txt")


@lru_cache(maxsize=1)
def _hedge_phrases() -> tuple[tuple[re.Pattern, str], ...]:
    rows = load_lexicon("hedges.tsv")
    return tuple((re.compile(r"\b" + re.escape(row[0].lower()) + r"\b"), row[1]) for row in rows)


def find_hedges(text: str) -> list[str]:
    """Hedge codes whose phrases occur in ``text``, in lexicon order, without repeats."""
    lowered = text.lower().replace("\u2019", "'")
    out: list[str] = []
    for pattern, code in _hedge_phrases():
        if code not in out and pattern.search(lowered):
            out.append(code)
    return out


def strip_phrase(text: str) -> str:
    """"the so-called Harbour Rights Monitor (HRM)" → "Harbour Rights Monitor"."""
    text = re.sub(r"\s*\([^)]*\)\s*", " ", text)
    text = re.sub(r"\s*\([^)]*$", "", text).strip(" ,;:\"'“”‘’")  # a name cut inside its brackets
    previous = None
    while previous != text:
        previous = text
        text = _LEADING.sub("", text).strip()
        text = _QUANTIFIERS.sub("", text).strip()
    words = text.split()
    while len(words) > 1 and words[0].lower() in _name_adverbs() and words[1][:1].isupper():
        words = words[1:]  # "Meanwhile Harlow Logistics": a sentence adverb is no part of a name
    text = " ".join(words) if words else text
    text = re.sub(r"(?<=\w)['’]s$", "", text)  # "the Kessa Front's" (statement): the owner's name
    return re.sub(r"^[\w.\-]+-based\s+", "", text).strip()


_CITATION_MARK = re.compile(r"\s*\[(?:\d{1,3}|[a-z])\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+")


@lru_cache(maxsize=1)
def _cited_document_nouns() -> frozenset[str]:
    return load_words("cited_document_nouns.txt")


def strip_citation(written: str) -> str:
    """A source as a table cell or a citation writes it, without the footnote mark and the document
    it cites: "Kell Red Cross, sitrep no. 2[3]" → "Kell Red Cross", "Harbour Commission, final
    report" → "Harbour Commission", "KHRC judgment" → "KHRC" (``cited_document_nouns.txt``). A
    lone "Police report" keeps its words: what stays must still be a name (an acronym, or two
    capitalised words or more)."""
    text = _CITATION_MARK.sub("", written).strip()
    nouns = _cited_document_nouns()
    head, _, tail = text.partition(",")
    if tail and any(w.lower().strip(".") in nouns for w in tail.split()[:3]) and re.search(r"[A-Za-z]{2}", head):
        text = head.strip()  # "Harbour Commission, final report", "Kell Red Cross, sitrep no. 2"
    words = text.split()
    if len(words) >= 2 and words[-1].lower() in nouns:
        name = words[:-1]
        capitalised = [w for w in name if w.lower() not in _LABEL_FUNCTION_WORDS]
        if len(name) == 1 and re.fullmatch(r"[A-Z][A-Z&]{1,9}", name[0]) \
                or len(capitalised) >= 2 and all(w[:1].isupper() for w in capitalised):
            text = " ".join(name)  # "KHRC judgment", "Harbour Commission report"
    return text or written


@lru_cache(maxsize=1)
def _name_adverbs() -> frozenset[str]:
    return load_words("name_adverbs.txt")


_STATEMENT_BY = re.compile(r"\b[Ss]tatement\s+(?:by|from|attributable\s+to)\s+(.+?)(?:\s+(?:on|about|regarding|following|after)\s|[:\u2013\u2014]|$)")


_LABEL_WORD = r"[^\W\d_][\w'’./\-]*"  # "ROE", "Mr.", "P/SUPT.", "ROE-VELT"
_TURN_LABEL = re.compile(r"^\s*((?:" + _LABEL_WORD + r"\s+){0,2}" + _LABEL_WORD + r")\s*(\([^()\n]{0,80}\))?\s*:\s+\S")
# a longer label in capitals or with a longer bracket, as parliamentary records write them: "The MINISTER OF HEALTH (Ms. Ana
# Roe):", "Mr. TOMAS VELT (Kell North, Labour Party):"
_LONG_TURN_LABEL = re.compile(r"^\s*((?:" + _LABEL_WORD + r"\s+){0,6}" + _LABEL_WORD + r")\s*(\([^()\n]{0,160}\))?\s*:\s+\S")
# a label whose role follows the name after a comma: "ANA ROE, ANCHOR:", "ANA ROE, KELL TENANTS' UNION (translated):"
_COMMA_TURN_LABEL = re.compile(r"^\s*((?:" + _LABEL_WORD + r"\s+){0,3}" + _LABEL_WORD + r"),\s*([^,:()\n]{2,60}?)\s*(\([^()\n]{0,80}\))?\s*:\s+\S")
# a transcript's header naming its own staff: "Presenter: Ana Roe. Reporter: Tom Lee"
_STAFF_LINE = re.compile(r"(?:^|[.;|,]\s*)([A-Z][a-z]+):\s*([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2})(?=\s*(?:[.;|]|$))")  # not "Moderator: Ana Roe, Kell Police press office"
# a bracket that names the holder of the office a label names: "(Ms. Ana Roe)", "(Ana Roe)"
_BRACKET_PERSON = re.compile(r"^\(\s*(?:([A-Z][a-z]{1,5})\.?\s+)?([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})\s*\)$")


_LABEL_FUNCTION_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "to", "at"})


def _turn_core(label: str) -> str | None:
    """The part of a turn label written in capitals, after an article and courtesy titles written in
    lower case ("The MINISTER OF HEALTH" → "MINISTER OF HEALTH", "Mrs. ANA ROE" → "ANA ROE"); None
    when the label is not written in capitals ("Question", "Deputy Spokesperson")."""
    from crosscheck.extract.entity_names import HONORIFICS
    words = label.split()
    while len(words) > 1 and (words[0].lower() == "the" or not words[0].isupper() and (
            words[0].lower().strip(".") in HONORIFICS
            or words[0].lower().strip(".") in _titles() or words[0].lower().strip(".") in load_words("courtesy_styles.txt"))):
        words = words[1:]
    core = " ".join(words)
    return core if core.isupper() and any(c.isalpha() for c in core) else None


@lru_cache(maxsize=1)
def _newsroom_roles() -> frozenset[str]:
    return load_words("newsroom_roles.txt")


# A turn label alone on its line in square brackets and capitals: "[ANCHOR]", "[ANCHOR — ANA ROE]",
# "[CALLER BY PHONE — \"MRS. VELT\", KELL]", "[MRS. VELT]"
_SQUARE_TURN = re.compile(r"^\s*\[([^\[\]\n]{2,100})\]\s*$")


def _square_turn(line: str) -> tuple[str, str] | None:
    """(role, name in capitals) of a square-bracket turn label, either may be empty; None for any
    other line (a translator's note in brackets is no turn: it is not in capitals)."""
    m = _SQUARE_TURN.match(line)
    if not m or m.group(1) != m.group(1).upper() or not re.search(r"[A-Z]", m.group(1)):
        return None
    label = m.group(1).strip()
    head, rest = (re.split(r"\s+[—–-]\s+", label, maxsplit=1) + [""])[:2]
    quoted = re.search(r"[\"“]([^\"”]+)[\"”]", rest)
    name = (quoted.group(1) if quoted else rest.split(",")[0]).strip()
    if not rest:  # "[ANCHOR]" or "[MRS. VELT]": a role word alone, or a name
        words = head.split()
        if len(words) > 4 or any(w.lower() in ("transcript", "begins", "ends", "end", "of", "translated", "note") for w in words):
            return None
        return (head, "") if any(w.lower() in _newsroom_roles() for w in words) or len(words) == 1 and \
            head.lower().strip(".") in _titles() else ("", head)
    return head, name


def _newsroom_role(bracket: str) -> bool:
    """"(PRESENTER)", "(Kell Radio reporter)": a turn label's bracket that names the outlet's own staff."""
    return any(w in _newsroom_roles() for w in re.findall(r"[a-z]+", bracket.lower()))


def _persons_after_ranks(doc) -> list:
    """"DSP Ada Vell", "Fire Chief Ana Roe said": a person the recogniser missed after a rank or a
    title, so that a later "she" can be hers."""
    from spacy.tokens import Span

    from crosscheck.extract.entities import find_marked_persons
    taken = [e for e in doc.ents]
    out = []
    for found in find_marked_persons(doc, []):
        if any(e.start < found.tok_end and found.tok_start < e.end for e in taken):
            continue
        out.append(Span(doc, found.tok_start, found.tok_end, label="PERSON"))
    return out


def _whole_of_name(ent):
    """"Ministry of Trade and Industry" that the recogniser cut at "and": a body's name of
    the form "X of Y" goes on over "and" and one or two capitalised words that no other name holds
    and that no capitalised word follows; anything else is left as read."""
    from spacy.tokens import Span
    doc = ent.doc
    if ent.label_ != "ORG" or not any(t.lower_ == "of" for t in ent) or ent.end + 1 >= len(doc) \
            or doc[ent.end].lower_ != "and":
        return ent
    end = ent.end + 1
    # a lone capitalised word the recogniser took for a person or a people ("and Diaspora") may end it;
    # a body or a place after "and" ("and Oxfam", "and Kell") is a name of its own
    while end < len(doc) and end - ent.end <= 2 and doc[end].is_title and doc[end].is_alpha \
            and doc[end].ent_type_ not in ("ORG", "GPE", "LOC", "FAC", "DATE", "TIME"):
        end += 1
    if end == ent.end + 1 or end - ent.end > 2 or end < len(doc) and doc[end].is_title \
            or any(doc[i].ent_type_ and doc[i].ent_iob_ == "I" and i == ent.end + 1 for i in range(ent.end + 1, end)) \
            or end < len(doc) and doc[end].ent_iob_ == "I":
        return ent
    return Span(doc, ent.start, end, label=ent.label_)


class SourceNames:
    """Canonical names for sources within one document."""

    def __init__(self, doc):
        self.doc = doc
        self.acronyms = find_acronym_definitions(parsed_text(doc))
        self.long_forms = {v.lower(): v for v in self.acronyms.values()}
        from crosscheck.extract.quotes import is_stage_direction_word
        self.entities = [e for e in doc.ents if e.label_ in NAMED_KINDS and not (
            e.label_ == "PERSON" and is_stage_direction_word(e))] + _persons_after_ranks(doc)
        self.entities = [_whole_of_name(e) for e in self.entities]
        self.entities.sort(key=lambda e: e.start_char)
        self.last_source: str | None = None
        self.credited: dict[int, str] = {}  # sentence start → the first source credited in it
        self.spoken: set[int] = set()  # sentence starts whose first credit is a statement ("said", "announced")
        self._statement_by: tuple[str, bool] | None | bool = False  # found lazily
        self._turns: list[tuple[int, str | None]] | None = None  # a transcript's turns, found lazily
        self.turn_offices: list[tuple[int, str, str]] = []  # (offset, "MINISTER OF HEALTH", its holder) from labels

    def statement_speaker(self) -> tuple[str, bool] | None:
        """(name, is_person) of whoever a statement's heading names ("Statement by Country Director
        Ana Ruiz on ...", "Statement attributable to the Spokesperson for ..."), or None."""
        if self._statement_by is not False:
            return self._statement_by
        self._statement_by = None
        head_end = 0
        for line in parsed_text(self.doc).split("\n"):
            head_end += len(line) + 1
            if head_end > 600:
                break
            m = _STATEMENT_BY.search(line)
            if not m or len(line.split()) > 25 or line.rstrip().endswith("."):
                continue  # a heading, not a sentence of the story ("..., the ministry said in a statement by ...")
            start = head_end - len(line) - 1 + m.start(1)
            end = start + len(m.group(1))
            people = [e for e in self.entities if e.label_ == "PERSON" and start <= e.start_char and e.end_char <= end]
            bodies = [e for e in self.entities if e.label_ == "ORG" and start <= e.start_char and e.end_char <= end]
            if people:
                self._statement_by = (self.canonical(people[-1].text, people[-1].start_char), True)
            elif bodies:
                self._statement_by = (self.canonical(bodies[0].text, bodies[0].start_char), False)
            else:
                # a heading the recogniser read no name in: "... Regional Director Ana Ruiz" — the
                # capitalised words after the last title
                words = m.group(1).split()
                titled = [i for i, w in enumerate(words) if w.lower().strip(".,") in _titles()]
                name = words[titled[-1] + 1:] if titled else []
                if 2 <= len(name) <= 4 and all(w[:1].isupper() and w.isalpha() for w in name):
                    self._statement_by = (" ".join(name), True)
            break
        return self._statement_by

    def transcript_speaker(self, char_pos: int) -> str | None:
        """In a transcript whose turns open with a speaker's surname in capitals ("RUIZ: Good
        evening. ..."), the full name of whoever holds the turn at ``char_pos`` (a turn runs to the
        next line that opens with a label); None outside a transcript, or in a turn whose label
        names no person the document introduces ("Q (Ana Ruiz, Kell Post):", "UPDATE:") or that
        names the outlet's own presenter or reporter ("ANA RUIZ (PRESENTER):", ``newsroom_roles.txt``):
        what they say unsourced is the outlet's own voice."""
        if self._turns is None:
            turns, people = [], 0
            names_by_label: dict[str, str] = {}  # "ROE" and "MINISTER OF HEALTH" → the person they named
            newsroom: set[str] = set()  # surnames of the outlet's own presenters and reporters
            at = 0
            for line in parsed_text(self.doc).split("\n"):
                for staff in _STAFF_LINE.finditer(line):
                    if staff.group(1).lower() in _newsroom_roles():
                        newsroom.add(staff.group(2).split()[-1].upper())  # "Presenter: Ana Roe" heads the transcript
                square = _square_turn(line)
                if square is not None:  # "[ANCHOR — ANA ROE]", "[CALLER — \"MRS. VELT\", KELL]", "[MRS. VELT]"
                    role, name = square
                    if role and any(w in _newsroom_roles() for w in role.lower().split()):
                        if name:
                            newsroom.add(name.split()[-1])
                        turns.append((at, None))
                    elif name and name.split()[-1] in newsroom:
                        turns.append((at, None))
                    elif name:
                        spoken = " ".join(w[:1] + w[1:].lower() for w in name.split())
                        turns.append((at, self._full_person_name(spoken.split()[-1], at + len(line)) or spoken))
                        people += 1
                    at += len(line) + 1
                    continue
                m = _TURN_LABEL.match(line) or _LONG_TURN_LABEL.match(line)
                core = _turn_core(m.group(1).strip()) if m else None
                bracket = m.group(2) if m else None
                comma = _COMMA_TURN_LABEL.match(line) if m is None else None
                if comma and _turn_core(comma.group(1).strip()) is not None and comma.group(2).isupper():
                    # "ANA ROE, ANCHOR:": the role after the comma stands where a bracket would
                    m, core = comma, _turn_core(comma.group(1).strip())
                    bracket = f"({comma.group(2)}) {comma.group(3) or ''}".strip()
                if m and (core is not None or len(m.group(1).split()) <= 3):
                    speaker = self._turn_speaker(core, bracket, at, names_by_label, newsroom, m.group(1).strip())
                    people += speaker is not None or (core is not None and core.split()[-1] in newsroom)
                    turns.append((at, speaker))
                at += len(line) + 1
            self._turns = turns if people >= 2 else []
        current = None
        for start, speaker in self._turns:
            if start > char_pos:
                break
            current = speaker
        return current

    def turn_starts(self) -> list[int]:
        """Where each speaker turn of a transcript starts (see :meth:`transcript_speaker`); empty
        outside a transcript."""
        self.transcript_speaker(0)
        return [start for start, _ in self._turns or []]

    def _turn_speaker(self, core: str | None, bracket: str | None, at: int, names_by_label: dict[str, str],
                      newsroom: set[str], label: str = "") -> str | None:
        """The person a turn label names (see :meth:`transcript_speaker`), or None; remembers in
        ``names_by_label`` the surname and the office a label tied to a person, and in ``newsroom``
        the surnames of the outlet's own staff."""
        if core is None:
            return None  # "Question:", "Deputy Spokesperson:": no one the label names
        if bracket and _newsroom_role(bracket) or core.split()[0].lower() in _newsroom_roles():
            # "ANA VELT (PRESENTER):", "REPORTER ANA VELT:": the outlet's own voice
            newsroom.add(core.split()[-1])
        if core.split()[-1] in newsroom:
            return None
        speaker = None
        # "DEPUTY SPEAKER", "THE WITNESS", "The CHAIR": a post or a role, never a surname
        office = len(core.split()) > 1 and all(w.lower().strip(".") in _titles() for w in core.split()) \
            or (label or core).split()[0].lower() == "the"
        if not bracket and office:
            speaker = names_by_label.get(core)
        elif not bracket:
            surname = " ".join(w[:1] + w[1:].lower() for w in core.split())
            full = self._full_person_name(surname.split()[-1], len(parsed_text(self.doc)), untitled=True) \
                if core not in names_by_label and len(core.split()) <= 3 else None
            if full and len(full.split()) > 1 and not full.split()[0].isupper() \
                    and full.split()[0].lower().strip(".") not in _titles():
                speaker = self.canonical(self._fuller_label_name(surname, full), at)
            elif core in names_by_label:
                speaker = names_by_label[core]  # "VELT:" after "CHIEF ANA VELT (Kell Police):"
            elif len(core.split()) <= 3:
                # "MINISTER ROE:" under a heading in capitals that introduced "DR ANA ROE VELT": that name
                named = self._capitals_name(core.split()[-1])
                if named:
                    speaker = self.canonical(named, at)
        else:
            # "CHIEF ANA VELT (Kell Police):" names her in the label; "The MINISTER OF HEALTH (Ms.
            # Ana Roe):" in the bracket, after the office
            speaker = self._labelled_name(core, at) or self._bracket_person(bracket, at)
            if speaker is not None and self._labelled_name(core, at) is None:
                names_by_label[core] = speaker  # a later "The MINISTER OF HEALTH:" is her turn
                self.turn_offices.append((at, core, speaker))
            elif speaker is None and not office:
                # "CHIEF VELT (Kell Fire Service):": a rank and a surname, the bracket her affiliation;
                # the person the document introduced with that surname
                speaker = self._titled_surname_speaker(core, at)
        if speaker is not None:
            names_by_label[speaker.split()[-1].upper()] = speaker
        return speaker

    def _titled_surname_speaker(self, core: str, at: int) -> str | None:
        """The full name of the person a turn label written as ranks and one surname names
        ("CHIEF VELT" → "Ana Velt", introduced earlier as "Ana Velt, Fire Chief"); None when the
        label holds no surname after its titles or the document introduces no one by it."""
        words = core.split()
        while words and words[0].lower().strip(".") in _titles():
            words = words[1:]
        if len(words) != 1 or not words[0].replace("-", "").isalpha() or len(words[0]) < 3 \
                or words[0].lower() in _LABEL_FUNCTION_WORDS:
            return None
        surname = words[0][:1] + words[0][1:].lower()
        full = self._full_person_name(surname, len(parsed_text(self.doc)), untitled=True)
        if full and len(full.split()) > 1 and not full.split()[0].isupper() \
                and full.split()[0].lower().strip(".") not in _titles():
            return self.canonical(full, at)
        return None

    def _capitals_name(self, surname: str) -> str | None:
        """The full name a heading written in capitals gives a person whose surname a turn label
        holds ("... BY THE MINISTER OF HEALTH, DR ANA ROE VELT, ON ..." → "Ana Roe Velt" for "ROE"):
        the capitalised words between a title, courtesy title or comma and the next comma or line
        end, two to four of them, none a function word or a title; None when no heading names it."""
        from crosscheck.extract.entity_names import HONORIFICS
        surname = surname.upper()
        if not surname.isalpha() or len(surname) < 3:
            return None
        for line in self.doc.text.split("\n")[:12]:
            for m in re.finditer(r"(?<![\w'’])" + re.escape(surname) + r"(?![\w'’])", line):
                if not line.isupper():
                    continue
                before = re.split(r"[,;:(]", line[:m.start()])[-1].split()
                after = re.split(r"[,;:)(]", line[m.end():])[0].split()
                start = 0
                for i, w in enumerate(before):
                    low = w.lower().strip(".")
                    if low in _titles() or low in HONORIFICS or low in _LABEL_FUNCTION_WORDS:
                        start = i + 1
                words = before[start:] + [surname] + after[:1] if len(after) == 1 else before[start:] + [surname]
                if not 2 <= len(words) <= 4 or not all(w.replace("-", "").isalpha() for w in words) \
                        or any(w.lower() in _LABEL_FUNCTION_WORDS or w.lower() in _titles() for w in words):
                    continue
                return " ".join(w[:1] + w[1:].lower() for w in words)
        return None

    def _fuller_label_name(self, label: str, full: str) -> str:
        """The document's fullest name for a label that gives a first name and a surname
        ("Ana Roe" for "ANA ROE:" when a guest list names "Ana Maria Roe"), else ``full``."""
        from crosscheck.extract.entity_names import HONORIFICS
        words = label.split()
        while words and (words[0].lower().strip(".") in _titles() or words[0].lower().strip(".") in HONORIFICS):
            words = words[1:]  # "DR. ANA ROE": the name after the titles
        if len(words) < 2:
            return full
        found = [m.group(0) for m in re.finditer(
            r"\b" + re.escape(words[0]) + r"(?:\s+[A-Z][\w'’\-]+){0,2}\s+" + re.escape(words[-1]) + r"\b", parsed_text(self.doc))]
        return max(found, key=len) if found and len(max(found, key=len)) > len(full) else full

    def _bracket_person(self, bracket: str, char_pos: int) -> str | None:
        """The person a turn label's bracket names after an office ("(Ms. Ana Roe)" → "Ana Roe"); None
        for a bracket that holds a constituency, a party or anything but one name."""
        from crosscheck.extract.entity_names import HONORIFICS
        m = _BRACKET_PERSON.match(bracket.strip())
        if not m or m.group(1) and m.group(1).lower() not in HONORIFICS | _titles():
            return None
        from crosscheck.extract.quotes import load_non_person_name_words
        if any(w.lower() in load_non_person_name_words() for w in m.group(2).split()):
            return None  # "(Kell Police)", "(Health Ministry)": a body
        return self.canonical(m.group(2), char_pos)

    def _labelled_name(self, label: str, char_pos: int) -> str | None:
        """The person a capitalised turn label with a bracketed affiliation names in full
        ("CHIEF ANA VELT (Kell Police):" → "Ana Velt"): the two or three words after its titles.
        A one-word label ("Q (Lena Fisk, Kell Post):") names no one."""
        words = label.split()
        while words and words[0].lower().strip(".") in _titles():
            words = words[1:]
        if not 2 <= len(words) <= 3 or not all(w.replace("-", "").replace("'", "").isalpha() for w in words):
            return None
        if any(w.lower() in _LABEL_FUNCTION_WORDS for w in words):
            return None  # "MINISTER OF HEALTH": an office, no name
        from crosscheck.extract.quotes import load_non_person_name_words
        if any(w.lower() in load_non_person_name_words() for w in words):
            return None  # "LIVE UPDATES (Monday):", "CITY COUNCIL (minutes):" name no one
        written = " ".join(w[:1] + w[1:].lower() for w in words)
        return self.canonical(written, char_pos)

    def canonical(self, text: str, char_pos: int) -> str:
        """The canonical name for a source written as ``text`` at ``char_pos``."""
        cleaned = strip_phrase(text)
        for ent in self.entities:
            # "Ministry of Foreign Affairs" read where the text goes on "and Diaspora" (``_whole_of_name``)
            if ent.label_ == "ORG" and abs(ent.start_char - char_pos) <= 5 and ent.end_char > char_pos + len(text) \
                    and strip_phrase(ent.text).startswith(cleaned) and len(strip_phrase(ent.text)) > len(cleaned) \
                    and strip_phrase(ent.text)[len(cleaned):].startswith(" and "):
                cleaned = strip_phrase(ent.text)
                break
        if cleaned in self.acronyms:
            return strip_phrase(self.acronyms[cleaned])
        for long_form in self.long_forms.values():
            stripped = strip_phrase(long_form)
            if stripped.lower() in cleaned.lower():
                return stripped
            # the parser cut the name short: "Harbour Rights" at the start of "Harbour Rights Monitor"
            at = parsed_text(self.doc).find(stripped, max(0, char_pos - 5))
            if at != -1 and at <= char_pos + 1 and stripped.lower().startswith(cleaned.lower()):
                return stripped
        longer = self._longer_name(cleaned, char_pos)
        if longer:
            return longer
        words = cleaned.split()
        if len(words) == 1 and words[0][:1].isupper():
            person = self._full_person_name(words[0], char_pos)
            if person:
                return person
        if 1 < len(words) <= 4 and all(w.lower().strip(".") in _titles() for w in words[:-1]):
            # "General Loran", "Brig. Gen. Loran": a title and a surname
            person = self._full_person_name(words[-1], char_pos)
            if person and person.split()[-1] == words[-1] and person != cleaned:
                return strip_phrase(person)
        return cleaned

    def is_issuer(self, source: str) -> bool:
        """Whether ``source`` is the body whose letterhead opens the document ("Centre for Civic
        Rights" on the first line, or its acronym defined in the text): what it states in its own
        report is its own voice."""
        lines = []
        for line in [ln.strip() for ln in parsed_text(self.doc).split("\n") if ln.strip()][:2]:
            if len(line.split()) > 15 or line.endswith((".", "?", "!", "\"", "\u201d")):
                break  # body text, not a letterhead
            lines.append(line)
        head = " ".join(lines).lower()
        if not head or not source:
            return False
        if len(source) > 3 and source.lower() in head:
            return True
        content = [w for w in re.findall(r"[^\W\d_]+", source.lower()) if w not in _LABEL_FUNCTION_WORDS]
        if len(content) >= 3 and all(re.search(r"\b" + re.escape(w) + r"\b", head) for w in content):
            return True  # "Special Court of Kell" under "KELL HIGH COURT / SPECIAL COURT": its words, in two lines
        parts = [p.strip() for p in re.split(r"[|:\u2013\u2014]| - ", head) if len(p.split()) >= 2]
        if not re.fullmatch(r"[A-Z][A-Za-z]{1,7}", source) or sum(ch.isupper() for ch in source) < 2 or not parts:
            return False
        for m in re.finditer(r"\((?:[^()]{0,60}?,\s*)?" + re.escape(source) + r"\)", parsed_text(self.doc)):
            window = parsed_text(self.doc)[max(0, m.start() - 100):m.end()].lower()
            if any(p in window for p in parts):
                return True
        return False

    def _longer_name(self, short: str, char_pos: int) -> str | None:
        """An organisation named earlier whose name contains ``short`` as whole words ("the Monitor")."""
        pattern = re.compile(r"\b" + re.escape(short.lower()) + r"\b")
        for ent in reversed(self.entities):
            if ent.label_ == "ORG" and ent.end_char <= char_pos and len(ent.text) > len(short) \
                    and pattern.search(ent.text.lower()) and not _is_title_entity(ent):
                return self.canonical(ent.text, ent.start_char)
        for long_form in self.long_forms.values():
            if pattern.search(long_form.lower()) and -1 < parsed_text(self.doc).find(long_form) < char_pos \
                    and not _is_title_entity(long_form):
                return strip_phrase(long_form)
        return None

    def _full_person_name(self, surname: str, char_pos: int, untitled: bool = False) -> str | None:
        """The full name a person was introduced with ("Ana Ruiz" for a later "Ruiz"); with
        ``untitled``, never a title and the surname ("Superintendent Ruiz")."""
        for ent in reversed(self.entities):
            if ent.label_ == "PERSON" and ent.start_char < char_pos and len(ent.text.split()) > 1 \
                    and ent.text.split()[-1] == surname \
                    and not (untitled and ent.text.split()[0].lower().strip(".") in _titles()):
                return ent.text
        for m in re.finditer(r"\b([A-Z][\w’'\-]+) " + re.escape(surname) + r"\b", parsed_text(self.doc)[:max(char_pos, 0)]):
            first = m.group(1).lower()
            if first not in _SENTENCE_STARTERS and not (untitled and first in _titles()):
                return m.group(0)
            if not untitled:
                break
        return None

    def resolve_reference(self, head, phrase: str, fall_back: bool = True) -> str | None:
        """Resolve "the monitor", "the Network", "he" to a name mentioned earlier."""
        lower = head.lower_
        if lower in ("he", "she", "him", "her"):
            people = [e for e in self.entities if (e.label_ == "PERSON" or self._honorific_name(e))
                      and e.end_char <= head.idx and not self._used_as_place(e.text) and not self._turn_label(e)]
            if not people:
                return None
            written = people[-1].text
            if self._honorific_name(people[-1]):
                written = written.split(None, 1)[1]  # "Dr Ana Roe", read as a body: the person, without the title
            return self.canonical(written, people[-1].start_char)
        if lower == "they":
            earlier = self._previous_subject(head)
            if earlier is not None:
                return earlier
        if lower == "it":
            earlier = self._previous_body_subject(head)
            if earlier is not None:
                return earlier
        if lower in ("it", "they"):
            return self.last_source
        earlier = [e for e in self.entities if e.label_ == "ORG" and e.end_char <= head.idx and not _is_title_entity(e)]
        for ent in reversed(earlier):
            if re.search(r"\b" + re.escape(head.text.lower()) + r"\b", ent.text.lower()):
                if lower in _titles() and re.search(r"\b" + re.escape(lower) + r"['’]s\b", ent.text.lower()):
                    continue  # "the sheriff" is not "the County Sheriff's Office": the person holding the post
                return self.canonical(ent.text, ent.start_char)
        for long_form in self.long_forms.values():
            if re.search(r"\b" + re.escape(head.text.lower()) + r"\b", long_form.lower()) \
                    and parsed_text(self.doc).find(long_form) < head.idx and not _is_title_entity(long_form):
                return strip_phrase(long_form)
        if fall_back and self.last_source and _is_bare_reference(head):
            if lower in _titles() and re.search(r"\b" + re.escape(lower) + r"['’]s\b", self.last_source.lower()):
                return None  # "the sheriff" after "the County Sheriff's Office said": the post's holder
            if (head.tag_ in ("NNS", "NNPS") or self.last_source.islower()) \
                    and not re.search(r"\b" + re.escape(head.lower_) + r"\b", self.last_source.lower()):
                # "the authorities" are not the last monitor credited; "the ministry" is not "the union"
                # credited before it (a description, not a name it could stand for)
                return self._earlier_description(head)
            if not _may_stand_for(head, self.last_source):
                # "the ministry" is no "Forum" credited before it: descriptor_heads.tsv says what it can name
                return self._earlier_description(head)
            return self._earlier_description(head) or self.last_source
        if fall_back and self.last_source is None and head.tag_ == "NN" and _is_bare_reference(head):
            # "the NGO Civilians First International ... In its report, the Geneva-based organisation
            # peddles the figure of 63": the organisation named last, in the sentence before or this one
            start = head.doc[head.sent.start - 1].sent.start if head.sent.start > 0 else head.sent.start
            named = [e for e in self.entities if e.label_ == "ORG" and start <= e.start and e.end <= head.i]
            if named:
                return self.canonical(named[-1].text, named[-1].start_char)
        return None

    @staticmethod
    def _honorific_name(ent) -> bool:
        """"Dr Ana Roe" that the recogniser took for a body: a courtesy title and two or three
        capitalised words name a person."""
        from crosscheck.extract.entity_names import HONORIFICS
        words = ent.text.split()
        return ent.label_ == "ORG" and 3 <= len(words) <= 4 and words[0].lower().strip(".") in HONORIFICS \
            and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words[1:])

    def _turn_label(self, ent) -> bool:
        """A name written as a transcript's turn label ("ROE:", "ANA ROE (PRESENTER):"): who holds the
        turn, not whom a later "she" in it refers to."""
        if not self.turn_starts():
            return False
        text = parsed_text(self.doc)
        line_start = text.rfind("\n", 0, ent.start_char) + 1
        before = text[line_start:ent.start_char]
        return (not before.strip() or before.isupper()) \
            and re.match(r"\s*(?:\([^()\n]{0,160}\))?\s*:", text[ent.end_char:ent.end_char + 170]) is not None

    def _used_as_place(self, name: str) -> bool:
        """A name the recogniser took for a person that the text uses as a place ("at a settlement
        known as Orun Dada", "in Orun Dada"): never whom "he" or "she" refers to."""
        if re.search(r"\s[A-Z]{2,5}$", name):
            return True  # "Orun Dada LGA": a district's abbreviation ends no one's name
        if re.search(r"\b(?:in|at|on|near|across|around|known\s+as|village\s+of|town\s+of)\s+"
                     + re.escape(name) + r"\b", parsed_text(self.doc)):
            return True
        # "the Orun Dada, Belo Kessa and Tarn Wura communities": a name in a list that ends in a place noun
        for m in re.finditer(re.escape(name) + r"((?:,?\s+(?:and\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}){0,5})\s+([a-z]+)\b",
                             parsed_text(self.doc)):
            if m.group(2) in _place_words():
                return True
        return False

    def _earlier_description(self, head) -> str | None:
        """"the national agency" after "the national disaster risk agency (NDRMA)": an earlier
        phrase with the same modifier and noun names the body (by the acronym that follows it,
        else as written) — before "the monitor" falls back to the last source credited."""
        mods = [c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i and c.is_alpha]
        if not mods:
            return None
        noun = re.escape(head.lower_) if head.lower_ == head.lemma_.lower() else \
            f"(?:{re.escape(head.lower_)}|{re.escape(head.lemma_.lower())})"
        pattern = re.compile(r"\b" + r"\b[\w'\- ]{0,40}?\b".join(re.escape(m) for m in mods)
                             + r"(?:\s+[\w'\-]+){0,3}?\s+" + noun + r"\b(?:\s*\(([A-Z][A-Za-z]{1,9})\))?", re.I)
        found = None
        for m in pattern.finditer(parsed_text(self.doc)[:head.idx]):
            if m.start() < head.left_edge.idx:
                found = m
        if found is None:
            return None
        if found.group(1):
            return self.canonical(found.group(1), found.start(1))
        written = strip_phrase(found.group(0))
        return self.canonical(written, found.start()) if written.lower() != head.doc[head.left_edge.i:head.i + 1].text.lower() else None

    def _previous_subject(self, head) -> str | None:
        """"..., they say": the people or body the sentence before had as its subject."""
        sent = head.sent
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        subject = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        return describe_source(subject, self).source

    def _previous_body_subject(self, head) -> str | None:
        """"The Lomar Front ... has claimed attacks. It said on Friday that 31 of its members ...": a
        body the sentence before had as its subject (a named organisation or place, or a body noun),
        when "it" opens the reporting clause; None when that subject is no body."""
        sent = head.sent
        if sent.start == 0 or head.dep_ != "nsubj" or any(
                t.dep_ == "nsubj" and t.i < head.i and t.head.i != head.head.i for t in sent):
            return None
        prev = self.doc[sent.start - 1].sent
        subject = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ not in ("NN", "NNP"):
            return None
        ent = _entity_covering(subject)
        if ent is not None and any(c.dep_ == "compound" and not ent.start <= c.i < ent.end for c in subject.children):
            return None  # "Ana [Roske]": a name the recogniser cut, a person more likely than a body
        if not (ent is not None and ent.label_ in ("ORG", "GPE")
                or subject.pos_ == "NOUN" and subject.lemma_.lower() in _body_nouns() | _source_nouns()):
            return None
        return describe_source(subject, self).source

    def _organisations(self) -> list[tuple[int, str]]:
        """(position, name) of every organisation the document names, long forms of acronyms included."""
        out = [(e.start_char, e.text) for e in self.entities if e.label_ == "ORG" and not _is_title_entity(e)]
        # names credited earlier that the recogniser did not take for organisations ("Government of Karesia")
        out += [(self.doc[start].idx, name) for start, name in self.credited.items()
                if " " in name and name[:1].isupper() and not any(name == n for _, n in out)
                and not _is_title_entity(name)]
        for long_form in self.long_forms.values():
            if not _is_title_entity(long_form):
                out.append((parsed_text(self.doc).find(long_form), long_form))
        return out

    def resolve_description(self, head) -> str | None:
        """"the country's disaster agency", "the health ministry", "civil defence volunteers",
        "doctors": an organisation named in the document (before, else after) whose name holds the
        description's words — the head noun and its noun modifiers ("agency", "disaster"), or, for
        people ("volunteers", "officials"), the words that say whose people they are."""
        if head.lemma_.lower() in ("source", "sources"):
            return None  # "hospital sources", "security sources": unnamed, kept as written
        mods = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
        head_word = _stem(head.lemma_)
        for pos, name in sorted(self._organisations(), key=lambda p: (p[0] > head.idx, -p[0] if p[0] <= head.idx else p[0])):
            if pos < 0 or pos <= head.idx < pos + len(name):
                continue
            words = {_stem(w) for w in re.findall(r"[A-Za-z]+", name)}
            # "the transitional government" for "the Government of the Transition", "the Karesian
            # government" for "the Government of Karesia": an adjective of a name word counts
            matched = [m for m in mods if _stem(m.lemma_) in words
                       or m.pos_ in ("ADJ", "PROPN") and any(_same_root(m.lower_, w) for w in words)]
            if any(m.pos_ != "ADJ" and _stem(m.lemma_) not in words for m in mods):
                continue  # "the border police" is not "the Provincial Police"
            if head_word in words and (matched or not mods):
                return self.canonical(name, pos)
            # "health officials", "local health authorities": people of the named body; but "human rights
            # groups" (several organisations, ``source_nouns.txt``) are none of them in particular
            if head_word not in words and matched and head.tag_ in ("NNS", "NNPS") and not _is_own_body(head) \
                    and (head.lemma_.lower() not in _source_nouns() or head.lemma_.lower() in ("authority", "authorities")) \
                    and len(matched) == len(
                    [m for m in mods if m.pos_ != "ADJ"]) and any(m.pos_ != "ADJ" for m in matched):
                return self.canonical(name, pos)  # "health officials" of the Ministry of Health
        return None

    def resolve_role(self, head) -> str | None:
        """"the spokesman", "the governor": the person the document introduced with that title
        ("spokesman Brig. Gen. Matei Loran", "Matei Loran, the army spokesman")."""
        if head.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" or _is_place_owner(c) for c in head.children):
            return None  # "the governor", "Dravan's governor"
        word = re.escape(head.lower_)
        text = parsed_text(self.doc)
        for ent in reversed(self.entities):
            if ent.label_ != "PERSON" or ent.end_char > head.idx or len(ent.text.split()) < 2:
                continue
            before = text[max(0, ent.start_char - 40): ent.start_char]
            after = text[ent.end_char: ent.end_char + 50]
            before = text[max(0, ent.start_char - 100): ent.start_char]
            if re.search(r"\b" + word + r"\b[,\s]*(?:(?:[A-Z][\w.]*|of|the|for)\s+){0,4}$", before, re.I) \
                    or re.search(r"\b" + word + r"\b\s+(?:of|for|in|at)\s[^.;:\n]{0,80},\s*(?:[A-Z][\w.]*\s+){0,3}$", before, re.I) \
                    or re.match(r"^,\s+(?:the|a|an)\s+(?:[\w'’\-]+\s+){0,4}?" + word + r"\b", after, re.I):
                return self.canonical(ent.text, ent.start_char)
        return None


def _is_title_entity(ent) -> bool:
    """"Superintendent of Police", "Chief of Staff": a title the recogniser took for an organisation
    (or that an acronym stands for, "SP") names a person's post, never the body a later "police" or
    "the office" refers to."""
    words = (ent if isinstance(ent, str) else ent.text).split()
    if not isinstance(ent, str) and ent.end < len(ent.doc) and ent.doc[ent.end].pos_ == "PROPN" \
            and ent.doc[ent.end].lower_ in _titles():
        return True  # "[Police Public Relations] Officer": the recogniser cut a post's name short
    if len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in _titles():
        return True  # "Police Public Relations Officer (PPRO)": a post, whatever its first words
    # "Chief of Staff", "Inspector General of Police", "Director General of Health Services": a run of
    # title words, then "of"/"for" and what the post is over
    lower = [w.lower().strip(".") for w in words]
    if lower and lower[0] in ("the", "a", "an"):
        lower = lower[1:]
    run = next((i for i, w in enumerate(lower) if w not in _titles()), len(lower))
    return len(words) >= 3 and 1 <= run <= 3 and run < len(lower) - 1 and lower[run] in ("of", "for")


def _same_root(adjective: str, word: str) -> bool:
    """"transitional" / "transition", "karesian" / "karesia": an adjective made from the word (the
    word, then at most three letters more)."""
    word = word.lower()
    return len(word) >= 5 and adjective.startswith(word) and len(adjective) - len(word) <= 3


def _stem(word: str) -> str:
    """"Doctors'" → "doctor", "ministries" → "ministry": a crude stem for matching names."""
    word = word.lower().replace("’", "'").removesuffix("'s").strip("'")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _is_bare_reference(head) -> bool:
    """"the monitor", "the Lisbon-based monitor group": only reference nouns (``source_nouns.txt``),
    no describing noun ("the state news agency", "the city council" are descriptions, kept as written)."""
    nouns = [head] + [c for c in head.children if c.dep_ == "compound"]
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children) \
        or (head.pos_ == "PROPN" and head.i == head.sent.start)  # "Monitor counts 70" (a heading)
    return definite and all(n.lemma_.lower() in _source_nouns() for n in nouns)


def _is_place_owner(token) -> bool:
    """"Dravan's" in "Dravan's governor": a place named as the owner of a role or body."""
    ent = _entity_covering(token)
    if token.dep_ != "poss" or ent is None:
        return False
    if ent.label_ in ("GPE", "LOC"):
        return True
    # a place the recogniser took for a person or body: the text uses it as a place elsewhere
    return ent.label_ in ("PERSON", "ORG") and re.search(
        r"\b(?:in|from|to|across|near|around)\s+" + re.escape(ent.text) + r"\b", parsed_text(token.doc)) is not None


def _names_place(token) -> bool:
    """"Norvia" in "Norvia's Coordination Headquarters": a word the recogniser or the text uses as
    a place ("in Norvia", "across Norvia"), not a role ("the County Sheriff's Office")."""
    return token.ent_type_ in ("GPE", "LOC") or re.search(
        r"\b(?:in|from|to|across|near|around)\s+" + re.escape(token.text) + r"\b", parsed_text(token.doc)) is not None


def _titled_person(head):
    """"Minister of Labour Olek Varsa": a title whose "of"-phrase ends with a person's name (the
    parser hung the name on the remit) stands for that person."""
    if head.lower_ not in _titles() or _entity_covering(head) is not None:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            ent = _entity_covering(pobj) if pobj is not None else None
            if ent is not None and ent.label_ == "PERSON" and ent.end == pobj.i + 1:
                return pobj
    return None


def _title_phrase(head) -> str | None:
    """"Minister of Public Health Irena Soltan" for a subject headed by the title "Minister" with
    an "of"-phrase of names only, when no person is recognised in it."""
    if head.lower_ not in _titles() or _entity_covering(head) is not None:
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    if prep is None:
        return None
    tokens = [t for t in prep.subtree]
    if not tokens or not all(t.pos_ in ("PROPN", "ADP", "DET", "PUNCT", "CCONJ") for t in tokens) \
            or tokens[-1].pos_ != "PROPN":
        return None
    start = head.i
    while start > head.left_edge.i and (head.doc[start - 1].pos_ == "PROPN" or head.doc[start - 1].tag_ == "HYPH"):
        start -= 1  # "Director-General"
    return head.doc[start: tokens[-1].i + 1].text


def _appositive_name(head):
    """"the provincial governor, Leyla Haddad," → the name in apposition."""
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    return None


def _source_within(head):
    """"a source in the regional police", "sources at the ministry", "a source within the
    operational headquarters": the body (an organisation, or a body noun) an unnamed source is in."""
    if head.pos_ != "NOUN" or head.lemma_.lower() != "source":
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "within", "inside"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            ent = _entity_covering(pobj)
            if ent is not None and ent.label_ == "ORG" or ent is None and pobj.lemma_.lower() in _body_nouns() | {"headquarters"}:
                return pobj
    return None


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Nouns that show the names before them are places (``attribution_place_words.txt``)."""
    return frozenset(w.lower() for w in load_words("attribution_place_words.txt"))


def _named_body_beside(head):
    """The name of a body set beside its description after a comma ("a residents' group, the
    Tarn Street Committee, said"), when the recogniser reads it as a body or the text defines
    its short form in brackets right after it."""
    if head.pos_ != "NOUN" or _entity_covering(head) is not None \
            or head.lemma_.lower() not in _body_nouns() | _speaker_bodies():
        return None
    doc = head.doc
    for child in head.children:
        if child.dep_ not in ("appos", "conj") or child.i < head.i or child.pos_ != "PROPN" \
                or doc[child.left_edge.i - 1].text != "," \
                or any(c.dep_ == "cc" for c in head.children if head.i < c.i < child.i):
            continue
        ent = _entity_covering(child)
        short = any(c.dep_ == "appos" and c.text.isupper() and doc[c.i - 1].text == "(" for c in child.children)
        if ent is not None and ent.label_ in ("ORG", "FAC", "NORP") or short:
            return child
    return None


def _titled_appositive(head):
    """The person a title is set beside ("the Governor of Orun, Ana Ruiz"): an appositive of the
    title word that the recogniser reads as a person."""
    if head.lemma_.lower() not in _titles() and head.lower_ not in _titles():
        return None
    appositives = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN"]
    for child in appositives:
        if child.ent_type_ == "PERSON":
            return child
    for child in appositives:
        # "The Mayor of Castelno, Ines Paravel, ...": a name of two or more words the recogniser
        # read as a body (an acronym, "(PPRO)", is the title's short form, not a person)
        words = [t for t in child.subtree if t.pos_ == "PROPN"]
        if len(words) >= 2 and not child.text.isupper() and child.ent_type_ not in ("GPE", "LOC", "FAC") \
                and head.doc[child.left_edge.i - 1].text == ",":
            return child
    return None


def _entity_covering(token):
    if token.ent_type_ in NAMED_KINDS:
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
    return None


def _noun_phrase(token) -> str:
    """The head noun with its compounds, adjectives and possessives (no determiners, no clauses)."""
    keep = [token]
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "nmod", "poss", "case") or (child.dep_ == "punct" and child.text == "-"):
            keep.extend(child.subtree)
    keep.sort(key=lambda t: t.i)
    keep = [t for t in keep if t.ent_type_ not in ("DATE", "TIME") or t.i == token.i] or [token]
    return token.doc[keep[0].i: token.i + 1].text  # "Yesterday Mirelia's ministry": no date in a name


def _named_organisation_of(head):
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "from", "at"):
            for pobj in prep.children:
                ent = _entity_covering(pobj) if pobj.dep_ == "pobj" else None
                # "the government of Karesia" is Karesia's; "the observatory from Geneva" is not Geneva
                if ent is not None and ent.label_ == "GPE" and any(c.dep_ == "amod" for c in head.children) \
                        and head.text.islower():
                    continue  # "the medical committee of Varna" is a body of the town, not the town
                if ent is not None and (ent.label_ == "ORG" or ent.label_ == "GPE" and prep.lower_ in ("of", "for")):
                    return ent
    return None


def describe_source(head, names: SourceNames) -> Attribution:
    """The attribution for a source whose head token is ``head``."""
    titled = _titled_person(head)
    if titled is not None:  # "Minister of Labour Olek Varsa informed that ...": the person holds the title
        ent = _entity_covering(titled)
        return Attribution(names.canonical(ent.text, ent.start_char), strip_phrase(ent.text), is_person=True,
                           source_index=titled.i)
    if head.pos_ == "NOUN" and _appositive_name(head) is not None:
        head = _appositive_name(head)
    elif _named_body_beside(head) is not None:
        # "A tenants' union in the port district, the Halden Tenants' Alliance (HTA), said ...": the
        # description's name, set off by a comma (the parser may read it as a conjunct)
        head = _named_body_beside(head)
    elif _titled_appositive(head) is not None:
        # "The Police Public Relations Officer (PPRO), SP Ana Ruiz, confirmed ...", "The Catholic Bishop
        # of Orun, Most Rev. Ana Ruiz, has said ...": the title is the person named after it
        head = _titled_appositive(head)
    elif head.pos_ == "NOUN":
        # "The director of Kell General Hospital, Dr Emil Sarkis, told ...": the parser hung the name
        # on the hospital; a person set off by a comma inside the subject is the one who speaks
        person = next((t for t in head.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i > head.i
                       and any(d.text == "," for d in t.doc[max(t.left_edge.i - 1, 0): t.left_edge.i])), None)
        if person is not None:
            head = person
    ent = _entity_covering(head)
    if ent is None and head.pos_ == "NOUN" and head.lemma_.lower() in _body_nouns() | _speaker_bodies():
        named = [c for c in head.lefts if c.dep_ == "compound" and _entity_covering(c) is not None
                 and (_entity_covering(c).label_ == "PERSON"
                      or c.pos_ == "PROPN" and names._full_person_name(c.text, c.idx, untitled=True))]
        if named:
            # "the Karst commission counted 140": a body named after the person who chairs it is the body
            written = " ".join(t.text for t in head.doc[named[0].i:head.i + 1])
            return Attribution(names.canonical(written, named[0].idx), written, source_index=head.i)
    if ent is None:
        for child in head.children:
            if child.dep_ == "poss" and head.pos_ == "NOUN" and _is_body_noun(head) \
                    and _entity_covering(child) is not None and (_entity_covering(child).label_ != "PERSON"
                                                                   or head.lemma_.lower() not in _PERSONAL_BODIES):
                # "Norvia's emergency authority said": the body, not the country that owns it (the
                # recogniser may take an unfamiliar country for a person; a person owns an office)
                break
            if child.dep_ == "poss" and head.pos_ == "PROPN" and head.is_title and _entity_covering(child) is not None \
                    and head.lower_ in _body_nouns() | _speaker_bodies():
                break  # "Norvia's Joint Coordination Centre": the named body, not its country
            if child.dep_ in ("compound", "poss") and _entity_covering(child) is not None \
                    and not ((head.pos_ == "NOUN" or head.text.islower()) and _is_place_owner(child)):
                ent = _entity_covering(child)  # "Dravan's governor" is no place: the role resolves below
                break
    place_of_source = _source_within(head)
    if ent is None and place_of_source is not None:
        # "a source in the operational headquarters told ...": the body the unnamed source speaks from
        return describe_source(place_of_source, names)
    if ent is None and head.pos_ == "NOUN" and head.lemma_.lower() == "source" \
            and any(c.lower_ == "same" for c in head.children) and names.last_source:
        return Attribution(names.last_source, head.doc[head.left_edge.i:head.i + 1].text, source_index=head.i)
    if ent is not None:
        start = ent.start
        while start > 0 and ent.doc[start - 1].pos_ == "PROPN" and ent.doc[start - 1].dep_ == "compound" \
                and ent.doc[start - 1].ent_type_ not in ("DATE", "TIME") \
                and ent.start <= ent.doc[start - 1].head.i < ent.end:
            start -= 1  # the parser's name is longer than the entity: "Leyla [Haddad]"
        end = ent.end
        if ent.label_ == "PERSON" and end == head.i and head.pos_ == "PROPN" and not head.ent_type_ \
                and head.is_title:
            end = head.i + 1  # the recogniser stopped before the surname: "[Chief Inspector Ana] Wells"
        if ent.doc[end - 1].pos_ in ("ADP", "DET", "CCONJ") and end > start + 1:
            # the recogniser stopped inside the name: "[the Ministry of Health in] Doran"
            after = end
            while after < len(ent.doc) and ent.doc[after].pos_ == "PROPN" and after - end < 4:
                after += 1
            end = after if after > end else end - 1
        if ent.label_ != "PERSON" and end - 1 == head.i and head.lower_ in _body_nouns() | _speaker_bodies():
            # "[Norvia's Joint Office] for the Care of Displaced Families": the body's own
            # name, without the country before it, with the "for/of" part the recogniser left out
            owned = next((t.i + 1 for t in ent.doc[start:end] if t.dep_ == "case" and t.head.dep_ == "poss"
                          and _names_place(t.head)), None)
            start = owned if owned is not None and owned < end else start
            written = ent.doc[start:end].text + (_of_name(head) if head.i + 1 < len(ent.doc)
                                                 and ent.doc[head.i + 1].lower_ == "for" else "")
        else:
            written = ent.doc[start:end].text
        source = names.canonical(written, ent.doc[start].idx)
        if ent.label_ == "PERSON":
            return Attribution(source, strip_phrase(written), is_person=True, source_index=head.i)
    elif head.pos_ == "PRON":
        written = head.text
        source = names.resolve_reference(head, written)
        if head.lower_ in ("he", "she"):
            return Attribution(source, written, is_person=True, source_index=head.i)
    elif head.pos_ == "PROPN" and _title_phrase(head):
        # "Minister of Public Health Irena Soltan": a title is no name; the whole phrase is
        written = _title_phrase(head)
        return Attribution(written, written, is_person=True, source_index=head.i)
    elif head.pos_ == "PROPN":
        written = _noun_phrase(head) + _of_name(head)
        owner = next((c for c in head.children if c.dep_ == "poss" and _entity_covering(c) is not None), None)
        if owner is not None and head.is_title and head.lower_ in _body_nouns() | _speaker_bodies():
            # "Norvia's Joint Coordination Centre": the body's own name, without the country before it
            written = head.doc[owner.right_edge.i + 1:head.i + 1].text.removeprefix("'s").strip() + _of_name(head)
        source = names.canonical(written, head.idx)
        if source == written and written == written.lower():
            source = names.resolve_description(head) or source  # "the rebel-run health ministry" tagged as a name
        if source == written and " " not in written and written.lower() in _source_nouns():
            # "Monitor counts 70" (a heading): the capitalised common noun names an organisation only
            # when one named so far holds the noun; else it is left to the sentence that restates the count
            source = names.resolve_reference(head, written, fall_back=False)
    elif _named_organisation_of(head) is not None:
        # "volunteers of the Crescent Relief Society", "a spokesman for the police"
        ent = _named_organisation_of(head)
        written = ent.text
        source = names.canonical(written, ent.start_char)
    elif _own_possessive(head) is not None and names.transcript_speaker(head.idx) is not None:
        # "SHERIFF ANA VELT (County Sheriff): ... my office told reporters that nine had died": the
        # speaker whose turn it is gives the count her office gave
        return Attribution(names.transcript_speaker(head.idx), _own_sources(head), is_person=True, source_index=head.i)
    elif _own_possessive(head) is not None and _speaks_for_writer(head):
        # "Our teams treated 112 patients", "Lists kept by our 40 partner clinics show ...": the
        # writer's own people, in the writer's own voice (outside quotation marks and speaker turns)
        return Attribution(None, None)
    elif _own_possessive(head) is not None:
        written = _own_sources(head)
        source = written
    elif _acronym_owner(head, names) is not None:
        # "QGWU volunteers", "CRS staff": people of a body whose short name the document defines
        written = _noun_phrase(head)
        source = names.canonical(_acronym_owner(head, names).text, _acronym_owner(head, names).idx)
    elif _owner_reporting_above(head) is not None:
        # "the Halden Tenants' Alliance said its volunteers had counted 33 bodies": the body that
        # reports what its own people counted
        return describe_source(_owner_reporting_above(head), names)
    else:
        written = _noun_phrase(head)
        # "the sheriff": the person introduced with the post before a body named after it ("the
        # County Sheriff's Office")
        source = names.resolve_reference(head, written) \
            or (names.resolve_role(head) if head.lower_ in _titles() else None) \
            or names.resolve_description(head) or names.resolve_role(head)
        if source and not _is_title_word(head) and not _owned_by(source, head):
            source = None  # "Tarsk's emergency authority" is not the Norvian Emergency Management Authority
        if not source and _body_of_officials(head) is not None:
            source = strip_phrase(_noun_phrase(_body_of_officials(head)))  # "police officials" → "police"
            source = source.lower() if source[:1].isupper() and head.doc[head.sent.start].i == _body_of_officials(head).i else source
        source = source or strip_phrase(written)
        if source == strip_phrase(written) and _name_completion(head):
            written = f"{written} {_name_completion(head)}"
            source = strip_phrase(written)
        elif source == strip_phrase(written) and written == written.lower() and _place_qualifier(head):
            # "medical staff in Osk and Tarel", "relief committees in Osk": an unnamed source is told
            # apart from others like it by the place it speaks from
            written = f"{written} {_place_qualifier(head)}"
            source = strip_phrase(written)
        if source and source != strip_phrase(written) and names.resolve_role(head) == source:
            return Attribution(source, strip_phrase(written), is_person=True, source_index=head.i)
    return Attribution(source, strip_phrase(written) if written else None, source_index=head.i)


def _owned_by(name: str, head) -> bool:
    """Whether ``name`` fits the place or body that owns ``head`` ("Norvia's" in "Norvia's
    emergency authority": a name with "Norvia" or "Norvian" in it); true when nothing owns it."""
    owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if not owners:
        return True
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    return any(_stem(o.text) in words or any(_same_root(w, _stem(o.text)) for w in words) for o in owners)


def _is_title_word(head) -> bool:
    """"Ostrava's governor": a role, whose holder the document names; no body to own."""
    return head.lemma_.lower() in _titles() or head.lower_ in _titles()


def _is_body_noun(head) -> bool:
    """A common noun that names a body ("authority", "directorate", "ministry"), not its people."""
    lemma = head.lemma_.lower()
    return lemma in (_body_nouns() | _speaker_bodies()) - {"authorities", "staff", "services", "official", "officials"} \
        and lemma not in _titles() and head.tag_ == "NN"


def _owner_reporting_above(head):
    """The subject of the reporting verb above a clause whose subject is "its/their" people
    ("its volunteers", "their monitors"): the body the possessive stands for; likewise the person
    who says "her office had counted 33" ("his/her" and a body noun: her office speaks through her)."""
    if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    personal = head.lemma_.lower() in _body_nouns() | _speaker_bodies()
    if not any(c.dep_ == "poss" and (c.lower_ in ("its", "their") or personal and c.lower_ in ("his", "her"))
               for c in head.children):
        return None
    verb = head.head
    while verb.dep_ not in ("ROOT",) and verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _attribution_verbs():
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.i < head.i:
                return subject
            return None
    return None


def _acronym_owner(head, names: SourceNames):
    """The modifier of a plural people noun that is an acronym the document defines ("QGWU" in
    "QGWU volunteers")."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS":
        return None
    for child in head.lefts:
        if child.dep_ in ("compound", "amod", "nmod") and child.text in names.acronyms:
            return child
    return None


def _of_name(head) -> str:
    """" of Karesia" for "The Government of Karesia said ...": the "of"-phrase of names that
    completes a capitalised body noun the recogniser left out of any name."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ not in ("of", "for") or doc[head.i + 1].head.i != head.i:
        return ""
    end = head.i + 2
    while end < len(doc) and (doc[end].pos_ in ("PROPN", "DET") or doc[end].is_title and doc[end].is_alpha
                              or doc[end].lower_ in ("of", "and") and end + 1 < len(doc) and doc[end + 1].is_title
                              and end > head.i + 2) \
            and end - head.i < 10:
        end += 1
    if end == head.i + 2 or not doc[end - 1].is_title:
        return ""
    return " " + doc[head.i + 1:end].text


def _name_completion(head) -> str | None:
    """What an unnamed source's description says after its noun: "the provincial directorate
    of social action" (a body's remit: "of" and plain nouns), "a young man from Doulgou" (a
    person's home: "from" and a place name)."""
    doc = head.doc
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.i != head.i + 1:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        span = doc[prep.i: pobj.i + 1]
        if prep.lower_ in ("of", "for") and head.lemma_.lower() in _body_nouns() and pobj.pos_ == "NOUN" \
                and all(t.pos_ in ("NOUN", "ADJ", "ADP") and not t.ent_type_ for t in span):
            return span.text
        if prep.lower_ == "from" and head.lemma_.lower() in _group_nouns() and pobj.ent_type_ in LOCATION_KINDS \
                and all(t.pos_ in ("PROPN", "ADP", "PUNCT") for t in span):
            return span.text
        return None
    return None


_COLLECTIVE_STAFF = frozenset({"staff", "personnel", "crew", "team"})


def _place_qualifier(head) -> str | None:
    """The place a plain description of a source is qualified by, right after its noun: "in Osk
    and Tarel", "of Varna", "at Kell's river port" (a preposition and a short phrase holding a
    place name, no clause, no comma)."""
    doc = head.doc
    if head.i + 1 >= len(doc):
        return None
    if head.tag_ not in ("NNS", "NNPS") and head.lemma_.lower() not in _body_nouns() | _speaker_bodies() | _COLLECTIVE_STAFF:
        return None  # "a district official in Kell": one person, whom gold.md names by post ("Kell district official")
    prep = doc[head.i + 1]
    if prep.dep_ != "prep" or prep.head.i != head.i or prep.lower_ not in ("in", "at", "of"):
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    span = doc[prep.i: pobj.right_edge.i + 1]
    if len(span) > 8 or any(t.pos_ in ("VERB", "AUX", "PRON", "NUM") or t.is_punct and t.text not in ("-", "'", "’")
                            for t in span):
        return None
    if not any(t.ent_type_ in LOCATION_KINDS for t in span[1:]):
        return None
    return span.text


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    """Nouns that head a body's name: the reference nouns (``source_nouns.txt``) and the words an
    organisation's name may hold (``descriptor_bodies.tsv``, second column: "directorate")."""
    words = set(_source_nouns())
    for row in load_lexicon("descriptor_bodies.tsv"):
        if len(row) > 1:
            words.update(w.strip().lower() for w in row[1].split(","))
    return frozenset(words)


@lru_cache(maxsize=1)
def _speaker_bodies() -> frozenset[str]:
    """Nouns that name a body by themselves ("police", "army", "ministry"; ``speaker_bodies.txt``)."""
    return load_words("speaker_bodies.txt")


# bodies a person may own ("the governor's office", "Ruiz's campaign"), unlike a country's ministry
_PERSONAL_BODIES = {"office", "staff", "team", "campaign", "party", "unit", "cabinet"}

# the people of a body, never a body of their own ("health authorities", "hospital staff")
_PEOPLE_OF_BODY = {"authority", "authorities", "staff", "services"}


def _is_own_body(head) -> bool:
    """"state police", "the border army": the noun names a body of its own, never the people of
    another body whose name shares the modifier (the State Health Department)."""
    return head.lemma_.lower() in _speaker_bodies() - _PEOPLE_OF_BODY \
        or head.lower_ in _speaker_bodies() - _PEOPLE_OF_BODY


def _body_of_officials(head):
    """"police officials", "army spokesmen": people named by the body they serve, a noun that
    names a body of its own; the body speaks through them."""
    if head.pos_ != "NOUN" or head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in _official_nouns():
        return None
    mods = [c for c in head.lefts if c.dep_ in ("compound", "nmod")]
    if len(mods) == 1 and _is_own_body(mods[0]) and _entity_covering(mods[0]) is None \
            and not any(c.dep_ in ("compound", "amod") for c in mods[0].children):
        return mods[0]
    return None


@lru_cache(maxsize=1)
def _official_nouns() -> frozenset[str]:
    """People who speak for a body ("officials", "spokesmen"; ``official_nouns.txt``)."""
    return load_words("official_nouns.txt")


def _group_nouns() -> dict[str, str]:
    from crosscheck.extract.casualties import group_nouns
    return group_nouns()


OWN_POSSESSIVES = {"our", "my"}


def _own_possessive(head):
    """"our sources", "my colleagues", "our lawyers' network": the outlet's (or writer's) own people."""
    if head.pos_ != "NOUN":
        return None
    for child in head.children:
        if child.dep_ == "poss" and child.lower_ in OWN_POSSESSIVES:
            return child
        if child.dep_ == "poss" and child.pos_ == "NOUN" and child.i < head.i:
            own = next((c for c in child.children if c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES), None)
            if own is not None:
                return own
    return None


def _speaks_for_writer(head) -> bool:
    """"our teams", "our member agencies", "my colleagues" written outside quotation marks: the
    writer's own people, whose counts are the writer's own; not "our sources" (people outside the
    writer's body) nor "our" inside a quotation, which is the speaker's."""
    if head.lemma_.lower() in ("source", "contact", "informant"):
        return False
    if not any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in head.children):
        return False  # "our lawyers' network": the people the network is of (lawyers), kept as written
    text = parsed_text(head.doc)
    sent = head.sent
    if any(ch in text[sent.start_char:head.idx] for ch in "\"\u201c\u201d\u00ab\u00bb") or _in_quoted_paragraph(head):
        return False
    return True


def _own_sources(head) -> str:
    """"our sources in the hospitals" → "hospital sources"; "our lawyers' network" → "lawyers' network"
    (the outlet's possessive says nothing about who they are; where they are does)."""
    written = head.doc[_own_possessive(head).i + 1: head.i + 1].text
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "inside", "within"):
            place = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if place is not None and _entity_covering(place) is None:
                return f"{place.lemma_.lower()} {written}"
    return written


def _per_source(tok):
    """"As per the District Collector, 17 ...", "Per hospital officials, 40 ...", "..., as per police":
    the object of "(as) per" when it names who gives the count, not a rate ("per day", "per cent")."""
    if tok.lower_ != "per" or tok.dep_ != "prep":
        return None
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if not (before is None or before.lower_ == "as" or before.is_punct):
        return None  # "40 deaths per 1,000", "five per day"
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ not in ("NOUN", "PROPN") or pobj.ent_type_ in ("DATE", "TIME", "CARDINAL", "PERCENT"):
        return None
    return pobj


def _named_giver_after(noun, token=None):
    """"the information received from the District Collector, Ravenna, 17 ...": a name right after
    "(received/issued/...) from/by" behind a document noun, when the parser hung it elsewhere."""
    doc = noun.doc
    end = min(noun.sent.end, token.i if token is not None and token.i > noun.i else noun.sent.end, noun.i + 8)
    i = noun.i + 1
    if i < end and doc[i].tag_ == "VBN":
        i += 1
    if i >= end or doc[i].lower_ not in ("from", "by"):
        return None
    i += 1
    while i < end and doc[i].pos_ == "DET":
        i += 1
    last = None
    while i < end and doc[i].pos_ == "PROPN":
        last = doc[i]
        i += 1
    return last


def _members_body(noun):
    """"the doctors of Frontline Aid", "the staff of Kell Hospital": people of a named body
    (``member_nouns.txt``) speak for it; the body's name, or None."""
    if noun.pos_ != "NOUN" or noun.lower_ not in load_words("member_nouns.txt"):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    name = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if name is None or name.pos_ != "PROPN" or name.ent_type_ in ("GPE", "LOC", "PERSON", "NORP", "DATE", "TIME"):
        return None
    return name


def _according_to(sent, names: SourceNames, token=None) -> Attribution | None:
    for tok in sent:
        if tok.lower_ == "according" or _per_source(tok) is not None:
            if token is not None and any(t.text in (".", "•", ";") and not _abbreviation_stop(t) or "\n" in t.text
                                         for t in sent.doc[min(tok.i, token.i) + 1: max(tok.i, token.i)]):
                continue  # "… according to OHCHR. The health authorities report 112": another statement
            if tok.lower_ == "per":
                pobj = _per_source(tok)
            else:
                to = next((c for c in tok.children if c.lower_ == "to"), None)
                pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                if pobj.lemma_.lower() in COUNT_NOUNS | DOCUMENT_NOUNS or pobj.lower_ in COUNT_NOUNS | DOCUMENT_NOUNS:
                    # "data" (lemma "datum"); "a statement from the police"; "a police statement"
                    owner = next((c for c in pobj.children if c.dep_ == "poss"), None) or _count_owner(pobj) \
                        or _issuer_modifier(pobj) or _named_giver_after(pobj, token)
                    if owner is not None:
                        pobj = owner
                    elif pobj.lemma_.lower() == "information":
                        return Attribution(None, None, "according to")  # "according to information": whose is not said
                elif pobj.lower_ in _research_methods():
                    # "according to the evidence gathered so far": a way of knowing names no one;
                    # "findings by the Kell Commission", "the commission's findings" name who found
                    giver = next((c for t in pobj.subtree if t.lower_ in ("of", "from", "by") for c in t.children
                                  if c.dep_ == "pobj" and (c.pos_ == "PROPN"
                                                           or c.lemma_.lower() in _body_nouns() | _speaker_bodies())),
                                 None) \
                        or next((c for c in pobj.children if c.dep_ == "poss"), None)
                    if giver is None:
                        return Attribution(None, None, "according to")
                    pobj = giver
                pobj = _members_body(pobj) or pobj  # "according to the doctors of <charity>": the charity
                nxt = pobj.doc[pobj.i + 1] if pobj.i + 1 < len(pobj.doc) else None
                if nxt is not None and pobj.pos_ == "NOUN" and nxt.ent_iob_ == "B" and nxt.ent_type_ == "ORG" \
                        and pobj.head.i != nxt.i and tok.head.i == nxt.i \
                        and (pobj.lemma_.lower() in _body_nouns() or pobj.lower_ in _body_nouns()):
                    # "according to the UN relief agency ORMA": the parser made the agency's own name the
                    # sentence's root; the name after the noun is who is meant, not the "UN" before it
                    pobj = nxt
                found = describe_source(pobj, names)
                found.cue = "according to"
                return found
    # Glued or unparsed text: "According toHRM, ..."
    m = re.search(r"\baccording\s+to\s*((?:[A-Z][\w’'.\-]*)(?:\s+(?:[A-Z][\w’'.\-]*|of|for|the|and|on))*)", sent.text, re.I)
    if m and token is not None:
        lo, hi = sorted((sent.start_char + m.start(), token.idx))
        if re.search(r"[.;•]\s|\n", parsed_text(sent.doc)[lo:hi]):
            m = None
    if m:
        written = m.group(1).strip()
        return Attribution(names.canonical(written, sent.start_char + m.start(1)), strip_phrase(written), "according to")
    return None


def _abbreviation_stop(token) -> bool:
    """"est. 20-22", "approx. 30": a full stop glued to a short lower-case word, with the sentence
    going on in lower case or digits, closes an abbreviation, not a statement."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or doc[token.i - 1].whitespace_:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return before.is_alpha and before.is_lower and len(before) <= 6 and (after.like_num or after.is_lower)


def _issuer_modifier(noun):
    """"a police statement", "a UN report", "hospital records": the noun before a document or count
    noun that names who issued it (a name, a group of people, a facility, a body) — never a
    casualty word ("death toll")."""
    for child in noun.children:
        if child.dep_ in ("compound", "nmod") and child.i < noun.i and _could_issue(child):
            return child
    return None


def _could_issue(token) -> bool:
    """A word that can name who issues a count: a name, a group of people ("police"), a facility
    ("hospital"), a body ("ministry") — never a casualty word ("death")."""
    from crosscheck.extract.casualties import group_nouns, term_measure
    if term_measure(token):
        return False
    ent = _entity_covering(token)
    lemma = token.lemma_.lower()
    return ent is not None and ent.label_ in ("ORG", "NORP", "PERSON") or lemma in group_nouns() \
        or lemma in _facility_nouns() or lemma in _source_nouns()


def _dated_document(date):
    """"the press release of the Orsk Police Command dated 9 May 2026, which put ...": a relative
    clause the parser hung on a date speaks for the document the date is of (the nearest document
    noun before it in the sentence), and so for that document's issuer."""
    if date.ent_type_ not in ("DATE", "TIME"):
        return None
    doc = date.doc
    for i in range(date.i - 1, date.sent.start - 1, -1):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod") and t.lower_ != "dated":
            return None
        if t.pos_ == "NOUN" and t.lemma_.lower() in DOCUMENT_NOUNS | COUNT_NOUNS:
            return _count_owner(t) or _issuer_modifier(t)
    return None


def _count_owner(noun):
    """"data verified by OHCHR", "the figures of the Ministry of Health": whose count it is."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl"):
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None:
                return pobj
            # "data collected together with the Doctors' Union", "figures compiled from the ministry"
            preps = [c for c in child.children if c.dep_ == "prep" and c.lower_ in ("with", "from", "by")]
            preps += [p for a in child.children if a.dep_ == "advmod" for p in a.children
                      if p.dep_ == "prep" and p.lower_ in ("with", "from")]
            for prep in preps:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and _entity_covering(pobj) is not None and _entity_covering(pobj).label_ == "ORG":
                    return pobj
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
                continue  # "the government communiqué of Sunday": when, not whose
            if pobj is not None and (pobj.pos_ == "PROPN" or _entity_covering(pobj) is not None
                                     or pobj.lemma_.lower() in _source_nouns() or _could_issue(pobj)):
                return pobj
    return None


def _counted_harmed(noun) -> bool:
    """"62 civilians killed": a counted noun with a casualty participle of its own is the harmed."""
    from crosscheck.extract.casualties import measure_of_verb
    if not any(c.dep_ == "nummod" or c.like_num for c in noun.children):
        return False
    return any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and measure_of_verb(c) not in (None, "other")
               for c in noun.children)


def _counted_casualty(noun) -> bool:
    """"nine deaths", "40 casualties": a counted casualty word is what is reported, never who reports."""
    from crosscheck.extract.casualties import casualty_terms
    terms = casualty_terms()
    return (terms.get(noun.lemma_.lower()) or terms.get(noun.lower_)) is not None \
        and any(c.dep_ == "nummod" or c.like_num for c in noun.children)


def _is_passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.tag_ == "VBN" and verb.dep_ in ("acl", "xcomp")


LOCATION_KINDS = {"GPE", "LOC", "FAC"}
SHOWING_VERBS = {"show", "suggest", "name"}  # a source only when a count or a document shows it


def _document_names(verb) -> bool:
    """"Lists compiled by union volunteers name at least 52 workers": a document that names the
    people counted reports them (a person who "named" someone reports nothing by it)."""
    if verb.lemma_.lower() != "name" or _is_passive(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lemma_.lower() in DOCUMENT_NOUNS | COUNT_NOUNS
                                    or subject.lower_ in DOCUMENT_NOUNS | COUNT_NOUNS | {"lists", "records"})
RELATIVE_PRONOUNS = {"who", "which", "that"}


def _is_place_appositive(noun) -> bool:
    """"In Orun, the small town at the foot of the mountains, ...": a phrase set off by a comma
    right after a place name describes the place; it is never a source."""
    left = noun.left_edge
    doc = noun.doc
    return left.i >= 2 and doc[left.i - 1].text == "," and doc[left.i - 2].ent_type_ in LOCATION_KINDS


def _name_before(verb):
    """"..., the Varna Civil Protection Agency (VCPA) said on Wednesday": the name written right
    before a reporting verb the parser left without a subject."""
    doc = verb.doc
    i = verb.i - 1
    if i >= 0 and doc[i].text == ")":
        while i >= 0 and doc[i].text != "(" and verb.i - i < 8:
            i -= 1
        i -= 1
    if i < 0 or doc[i].ent_type_ not in ("ORG", "PERSON", "NORP"):
        return None
    return doc[i]


def _appositive_before(verb):
    """"Among the dead are four boys, the bureau's chief, Ana Rell, told reporters": the speaker
    the parser hung as an appositive on the words before, right before a verb it left without a
    subject (the highest appositive of that chain, which says who the name is)."""
    doc = verb.doc
    i = verb.i - 1
    if verb.dep_ != "conj" or i < 1 or doc[i].text != ",":
        return None
    node, top = doc[i - 1], None
    while node.dep_ in ("appos", "compound", "flat") and node.head.i < node.i:
        if node.dep_ == "appos":
            top = node
        node = node.head
    if top is None or top.left_edge.i < 1 or doc[top.left_edge.i - 1].text != "," or not _gives_counts(top):
        return None
    return top


def _read_reporting_verb(verb, token, names: SourceNames) -> Attribution | None:
    """The source a reporting verb names for a number at ``token``; None when it names no one usable."""
    number_tokens = {t.i for t in token.subtree}
    if "|" in parsed_text(verb.doc)[min(verb.idx, token.idx):max(verb.idx, token.idx)]:
        return None  # "| Injured admitted, total | 41 |": a table's label cell is no reporting clause
    subject = _subject_of(verb, token)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" \
            and verb.head.pos_ in ("NOUN", "PROPN") and token.i in {t.i for t in verb.subtree}:
        # "the governor, Priya Kannath, who told reporters that 83 had died": the antecedent speaks
        antecedent = _dated_document(verb.head) or verb.head
        if antecedent.ent_type_ in ("DATE", "TIME"):
            return None  # "the report released on Monday, which put the toll at 27": a day says nothing
        found = describe_source(antecedent, names)
        found.cue, found.cue_index = verb.text, verb.i
        return found
    if subject is not None and _is_place_appositive(subject):
        # the parser made the description the subject and the speaker its conjunct
        subject = next((c for c in subject.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                        and c.i > 0 and c.doc[c.i - 1].text == ","), subject)
    if subject is not None and _counted_harmed(subject):
        subject = None  # "62 civilians killed and ... report 112": the people counted never report
    if subject is not None and subject.i < verb.i and (
            verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
            and not _closing_attribution(verb, subject)
            or _counted_casualty(subject)):
        return None  # "eleven deaths recorded, six of them in Tork": what is reported, not who reports
    if subject is not None and any(c.dep_ == "oprd" and token.i not in {t.i for t in c.subtree}
                                   for c in verb.children):
        # "Persons reported unaccounted for: 27": the ones reported, not who reports (but "Velland now
        # reports 431 dead": the number inside what is reported, the subject reports it)
        subject = None
    if subject is not None and subject.lemma_.lower() in COUNT_NOUNS | DOCUMENT_NOUNS | {"figures"}:
        # "Figures released by the civil defence show 77 dead", "a police statement says 12 died"
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None) \
            or _count_owner(subject) or _issuer_modifier(subject) \
            or next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" and subject.i < p.i < verb.i
                     for o in p.children if o.dep_ == "pobj"), None)
        if owner is not None:
            found = describe_source(owner, names)
            found.cue, found.cue_index = verb.text, verb.i
            return found
        if any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in subject.children):
            # "Monday's first reports spoke of 15 dead": a day owns no count; the reports as written
            return Attribution(subject.text, subject.text, verb.text, cue_index=verb.i, source_index=subject.i)
        issued = _earlier_issuer(subject, names)
        if issued is not None:
            # "The ministry said in its daily bulletin that ... . Forty patients ..., the bulletin said."
            return Attribution(issued, subject.doc[subject.left_edge.i:subject.i + 1].text, verb.text, cue_index=verb.i)
        if verb.lemma_.lower() in SHOWING_VERBS:
            return Attribution(None, None, verb.text, cue_index=verb.i)  # "figures show": whose is not said
        if subject.lemma_.lower() in COUNT_NOUNS:
            return Attribution(None, None, verb.text, cue_index=verb.i)  # "the figure reported on 11 March": whose is not said
        # "Earlier reports had put the deaths at 410": the reports as written
    elif subject is not None and verb.lemma_.lower() in SHOWING_VERBS:
        return None  # "a video shows police beating three men": a picture is no source
    if subject is not None and subject.i not in number_tokens and token.i not in {t.i for t in subject.subtree}:
        cited = _cited_by(verb, subject)
        found = describe_source(cited if cited is not None else subject, names)
        found.cue, found.cue_index = verb.text, verb.i
        return found
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None and subject is None and verb.tag_ == "VBN":
        # "As reported at the session by the Director-General": the parser hung the agent on the place
        agent = next((b for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                      for b in o.children if b.dep_ == "prep" and b.lower_ == "by"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if pobj is not None and pobj.i not in number_tokens:
        found = describe_source(pobj, names)
        found.cue, found.cue_index = verb.text, verb.i
        return found
    if subject is None and not _is_passive(verb) and verb.i > token.i and verb.i > 0 \
            and verb.doc[verb.i - 1].text == "," and (verb.dep_ != "conj" or _count_subject(verb.head)) \
            and verb.lemma_.lower() not in load_words("hearer_verbs.txt"):
        # "... rose to 21, confirmed for the Herald the regional crisis staff": a translated
        # sentence puts the one who speaks after the verb, as its object
        spoken = next((c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i), None)
        if spoken is not None and spoken.i not in number_tokens and not _counted_harmed(spoken) \
                and _gives_counts(spoken):
            found = describe_source(spoken, names)
            found.cue, found.cue_index = verb.text, verb.i
            return found
    if subject is None and not _is_passive(verb):
        named = _name_before(verb) or _appositive_before(verb)
        if named is not None and named.i not in number_tokens:
            found = describe_source(named, names)
            found.cue, found.cue_index = verb.text, verb.i
            return found
    if _is_passive(verb) or subject is None:
        return Attribution(None, None, verb.text, cue_index=verb.i)  # "were reported": no one named
    return None


def _closing_attribution(verb, subject) -> bool:
    """"..., the regional health department informed.": a subject set off by a comma and its verb
    closing the sentence say who speaks, whatever tense the tagger gave the verb."""
    doc = verb.doc
    start = subject.left_edge.i
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return start > verb.sent.start and doc[start - 1].text == "," and verb.i == subject.right_edge.i + 1 \
        and (after is None or after.is_punct and after.text in (".", "!", ";"))


def _earlier_issuer(noun, names: SourceNames) -> str | None:
    """"the bulletin", "the report" with no owner of its own: the document an earlier sentence
    mentioned, whose issuer that sentence credited with a figure."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS or noun.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    for tok in reversed(noun.doc[:noun.sent.start]):
        if tok.lemma_.lower() == noun.lemma_.lower() and tok.tag_ == "NN":
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None and owner.lower_ in ("its", "their"):
                # "The ministry said in its daily bulletin": the subject of the verb above
                verb = tok.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                owner = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            if owner is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _count_giving_verbs():
                # "The navy issued a short statement ... . The statement says 31 were killed":
                # the one who issued it
                owner = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            if owner is not None and owner.pos_ in ("NOUN", "PROPN"):
                return describe_source(owner, names).source
            return names.credited.get(tok.sent.start)
    return None


def _cited_by(verb, subject):
    """"Local media, citing the ministry, reported that 23 ...": the one a conduit cites, set off
    between the conduit and its reporting verb, is the source of what it reports."""
    for child in list(verb.children) + list(subject.children):
        if child.dep_ in ("advcl", "acl") and child.lower_ == "citing" and subject.i < child.i < verb.i:
            cited = next((c for c in child.children if c.dep_ == "dobj"), None)
            if cited is not None and cited.pos_ in ("NOUN", "PROPN"):
                return cited
    return None


def _count_subject(verb) -> bool:
    """"The death toll rose to 30": the verb's subject is a count or the people counted (who
    report nothing), so a verb coordinated with it cannot share it."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lemma_.lower() in COUNT_NOUNS or _counted_harmed(subject)
                                    or any(c.dep_ == "nummod" for c in subject.children))


def _hyphen_half(token) -> bool:
    """"the cross-checking of the lists": a word or hyphen the parser took apart from a hyphenated
    word ("cross", "-") is no subject of its own (it may hang on the verb beside the real subject)."""
    doc = token.doc
    if token.text == "-" and token.i > 0 and not doc[token.i - 1].whitespace_:
        return True
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return nxt is not None and nxt.text == "-" and not token.whitespace_ and not nxt.whitespace_


def _subject_of(verb, token=None):
    """The subject of a reporting verb; a verb with none of its own shares that of the verb it is
    coordinated with ("the government gave a toll of 14 and said the army had killed 11") or hangs
    on as a participle ("the agency said ..., adding that hundreds were trapped")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not _part_of_counted(c)
                and not _hyphen_half(c)]
    # "UPDATE, 10:05 am: Police spokesman X has told journalists that ...": of two subjects the
    # parser gave the verb, the one right before it speaks (the other is a label)
    if token is not None and len(subjects) > 1:
        # "An armed group shot dead at least 66 civilians ..., Civil Watch said": the parser hung the
        # reported clause on the verb as a second subject; the one that holds the number is what is said
        subjects = [c for c in subjects if token.i not in {t.i for t in c.subtree}] or subjects
    before = [c for c in subjects if c.i < verb.i]
    subject = subjects[0] if subjects else None
    if subject is None and not _is_passive(verb):
        subject = _subject_before_relative(verb)
    if len(before) > 1 and any(t.is_punct and ":" in t.text for t in verb.doc[before[0].i:before[-1].i]):
        subject = before[-1]  # "ANA ROE (Kell Radio): The agency says ...": the tokenizer may write "):" as one
    subject = _past_vocative(subject, before, verb)
    # (a coordinated verb sharing its subject, "the government gave ... and said the army had killed 11",
    # is right by gold.md but is held back: it made blind_massacre's reconciliation see a false
    # attribution conflict between two names of one government; see the session report)
    if subject is None and not _is_passive(verb) and verb.dep_ == "conj" and verb.i > verb.head.i:
        # "The group's statement described the attackers as ... and said they had killed 40": a
        # document with an owner is the subject the coordinated verb shares (a document speaks for
        # one body; a shared person or body subject stays held back, see above)
        shared = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None)
        if shared is not None and shared.lemma_.lower() in DOCUMENT_NOUNS \
                and any(c.dep_ == "poss" for c in shared.children):
            return shared
    if subject is None and not _is_passive(verb) and verb.dep_ == "advcl" and verb.tag_ == "VBG" \
            and (token is None or _reported_clause(verb, token)):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return _noun_of_verb_subject(subject)


def _subject_before_relative(verb):
    """"Its spokeswoman, Ana Roe, whose son is still missing, said ...": a long relative clause
    between the speaker and the verb, which the parser took for a clause the verb reports (with
    the speaker as its subject); the speaker is that clause's subject, set off by commas, with
    "who"/"whose" after it and a comma right before the verb."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    for clause in verb.lefts:
        if clause.dep_ != "ccomp":
            continue
        speaker = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if speaker is None:
            continue
        between = doc[speaker.i + 1:clause.i]
        if any(t.lower_ in ("who", "whose") for t in between) and any(t.text == "," for t in between):
            return speaker
    return None


def _past_vocative(subject, before, verb):
    """"Inspector Ruto, the farmers' union says 40 died": on air or at a hearing, a person named at
    the head of the sentence and set off by a comma is the one addressed, not the one who says; the
    body named after the comma, right before the verb, is the speaker."""
    if subject is None or subject.ent_type_ != "PERSON" or subject.i > verb.i:
        return subject
    sent = verb.sent
    first = min(t.i for t in subject.subtree)
    # at the head of the sentence, or of a transcript turn right after its label ("HOST: ...")
    if first != sent.start and not (first > 0 and verb.doc[first - 1].text == ":"):
        return subject
    name_end = subject.i + 1
    if name_end >= len(verb.doc) or verb.doc[name_end].text != ",":
        return subject
    later = [c for c in before if c.i > name_end]
    if later:
        return later[-1]
    appos = next((c for c in subject.children if c.dep_ == "appos" and c.i > name_end), None)
    if appos is None or max(t.i for t in appos.subtree) + 1 != verb.i:
        return subject
    if appos.ent_type_ in ("ORG", "NORP", "GPE") or appos.tag_ in ("NNS", "NNPS"):
        return appos
    return subject


def _noun_of_verb_subject(subject):
    """"The help desk run with the town council says ...": the parser sometimes makes the participle
    that describes the speaker ("run") the subject and hangs the speaker's noun under it; a verb
    speaks for no one, so its own noun subject (before it) is the one who says, or none."""
    if subject is None or subject.pos_ not in ("VERB", "AUX"):
        return subject
    return next((c for c in subject.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subject.i
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _part_of_counted(subject) -> bool:
    """"..., most of them with burns, the agency said", "40 were held; 12 of them told the monitor
    ...", "Three said ...": a number, or a word taking a part of the people just counted ("most of
    them"), is some of the people counted, never whoever gives the count."""
    if subject.like_num or subject.ent_type_ == "CARDINAL" and subject.pos_ == "NUM":
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in PART_REFERENTS
                                                              for o in c.children)
               for c in subject.children)


def _reported_clause(verb, token) -> bool:
    """The number is in what the verb reports ("said that 11 had been killed"), not in what it is
    about ("has said very little about the dozens who died")."""
    node = token
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
    return node.head.i == verb.i and node.dep_ in ("ccomp", "xcomp", "parataxis")


def _finds_actively(verb) -> bool:
    """"The monitor has identified 58 people who were killed": a finding verb (``finding_verbs.txt``)
    with its subject written, in the active voice ("two bodies were identified" credits no one)."""
    return verb.lemma_.lower() in load_words("finding_verbs.txt") and not _is_passive(verb) \
        and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _finds_that(verb, clause) -> bool:
    """"The tribunal found that 40 people were killed", "..., the inquiry concluded": a verb of
    finding (``finding_clause_verbs.txt``) in the active voice, with a noun for its subject, over
    the clause that holds the count (its complement, or the clause it closes)."""
    if verb.lemma_.lower() not in load_words("finding_clause_verbs.txt") or _is_passive(verb):
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return False
    if clause.head.i == verb.i:
        return clause.dep_ == "ccomp"  # "found that 54 people remain missing"
    return verb.head.i == clause.i and verb.dep_ in ("parataxis", "ccomp") and verb.i > clause.i


def _reporting_verbs_above(token):
    """Reporting verbs on the way from ``token`` to the root, nearest first, then any reporting
    verb hanging off the root ("..., the coast guard said, after ...")."""
    node = token
    seen = 0
    found = []
    while seen < 12 and node.head.i != node.i:
        below, node = node, node.head
        seen += 1
        if node.pos_ in ("VERB", "AUX") and (node.lemma_.lower() in _attribution_verbs() or _document_names(node)
                                             or _finds_actively(node) or _finds_that(node, below)) \
                and not any(c.dep_ == "neg" for c in node.children) \
                and not _to_a_facility(node) \
                and not _takes_lives(node) \
                and not _circumstance_clause(below):  # "what they won't tell you" credits no one
            found.append(node)
    root = node
    for child in root.children:
        if child.dep_ in ("parataxis", "ccomp", "advcl", "conj") and child.pos_ == "VERB" \
                and (child.lemma_.lower() in _attribution_verbs()
                     or child.i > token.i and _finds_that(child, root)) and child.i not in {f.i for f in found} \
                and token.i not in {t.i for t in child.subtree} \
                and not (child.dep_ == "conj" and any(c.dep_ in ("ccomp", "xcomp") and not _set_off_circumstance(c)
                                                       for c in child.children)) \
                and not _contrasting_clause(child):
            # "..., and officials said it might take weeks": a coordinated verb reporting something else
            found.append(child)
    return found


def _contrasting_clause(clause) -> bool:
    """"Police put the toll at 17, while the farmers' union said more than 50 had died": a "while"/
    "whereas" clause sets another voice against the first; it does not speak for the main clause."""
    if clause.dep_ not in ("advcl", "conj", "ccomp", "parataxis"):
        return False
    left = clause.left_edge
    if left.lower_ in CONTRAST_MARKS:
        return True
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in CONTRAST_MARKS for c in clause.children)


def _set_off_circumstance(clause) -> bool:
    """"..., the Orla Fire Service said on Monday, when a dam gave way above the town": a clause set
    off by a comma and opened by "when"/"as"/"after" (however the parser hung it) says when the
    thing happened, not what the verb reports."""
    left = clause.left_edge
    return left.i > 0 and clause.doc[left.i - 1].text == "," and left.lower_ in CIRCUMSTANCE_MARKS


def _takes_lives(verb) -> bool:
    """"the collapse, which claimed 27 lives", "attacks which have claimed the lives of 43": a verb
    of reporting used for what a disaster took reports nothing."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives") for c in verb.children)


CIRCUMSTANCE_MARKS = {"as", "while", "when", "whilst", "after", "before", "since", "until", "because", "although",
                      "though", "whereas"}


def _circumstance_clause(clause) -> bool:
    """"..., a police spokesman said on Monday, as anxious parents waited for news of more than 100
    pupils": a clause hung on the reporting verb that says when or why it spoke is not what it
    reports."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in clause.children)


def _quote_closing_speaker(sent, token, names: SourceNames) -> Attribution | None:
    """"“The five gunmen who were killed are not part of this figure. We will not count them,” the
    police chief said.": a number in a quotation that opens its sentence and closes in a later
    sentence of the same paragraph is the words of whoever the tag after the closing mark names."""
    doc = sent.doc
    opened = sent.text.lstrip()[:1]
    if opened not in ("\"", "“") or token.idx < sent.start_char + 1:
        return None
    closing = "\"" if opened == "\"" else "”"
    if closing in sent.text.lstrip()[1:]:
        return None  # the quotation ends in its own sentence: read there
    current = sent
    for _ in range(4):
        nxt = _next_sentence_in_paragraph(current)
        if nxt is None:
            return None  # the end, or a new paragraph: the quotation never closed here
        at = nxt.text.find(closing)
        if at == -1:
            current = nxt
            continue
        after = nxt.start_char + at + 1
        for verb in nxt:
            if verb.idx < after or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _attribution_verbs():
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.idx > after), None)
            if subject is not None:
                found = describe_source(subject, names)
                found.cue, found.cue_index = verb.text, verb.i
                return found
        return None
    return None


BACK_REFERENCES = {"this", "that", "they", "these", "it"}


def _next_sentence_in_paragraph(sent):
    """The sentence after ``sent`` when no line break comes between them (else None)."""
    doc = sent.doc
    start = sent.end
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start >= len(doc):
        return None
    last = sent.end - 1
    while last > sent.start and doc[last].is_space:
        last -= 1
    if "\n" in parsed_text(doc)[doc[last].idx + len(doc[last].text):doc[start].idx]:
        return None
    nxt = doc[start].sent
    return nxt if nxt.start == start else None


def _is_quoted_speech(sent) -> bool:
    """A sentence of someone's quoted words: it opens or closes with a quotation mark, or quotes
    more than a name ("the company (JSC “Orvale Coal”)" is no one's words)."""
    text = sent.text.strip()
    if text[:1] in _QUOTE_MARKS or text.rstrip(".").endswith(_QUOTE_MARKS):
        return True
    quoted = re.findall(r"[\"“«]([^\"”»]*)[\"”»]", text)
    return any(len(q.split()) > 4 for q in quoted)


def _source_in_next_sentence(sent, token, names: SourceNames) -> Attribution | None:
    """"The number of dead has risen to 17. This was reported on Thursday by the regional
    emergencies department.", "Police arrested two men last night. They have been charged with
    murder, Inspector Ana Ruiz said.": a sentence with no source of its own, followed in its
    paragraph by one that opens by referring back to it and names who reports, is that source's."""
    doc = sent.doc
    if _is_quoted_speech(sent):
        return None
    nxt = _next_sentence_in_paragraph(sent)
    if nxt is None:
        return None  # the end, or a new paragraph or line
    start = nxt.start
    if doc[start].lower_ not in BACK_REFERENCES or _is_quoted_speech(nxt):
        return None
    for verb in nxt:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _attribution_verbs() \
                or any(c.dep_ == "neg" for c in verb.children) or verb.i != nxt.root.i:
            continue  # the sentence's own main verb: "It was shelled daily, but officials said ..." is not it
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        named = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if named is None:
            named = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > start + 1
                          and c.pos_ in ("NOUN", "PROPN")), None)
        if named is None:
            continue
        found = describe_source(named, names)
        if found.source is None:
            return None
        found.cue, found.cue_index = verb.text, None  # the date of the next sentence's verb is not this count's
        names.credited.setdefault(nxt.start, found.source)
        return found
    return None


def _in_quoted_paragraph(token) -> bool:
    """The number is in a paragraph that opens with a quotation mark (a statement's quoted words)."""
    text = parsed_text(token.doc)
    start = text.rfind("\n\n", 0, token.idx)
    start = 0 if start < 0 else start + 2
    return text[start:token.idx].lstrip().startswith(_QUOTE_MARKS)


def _aside_of_reporting(token) -> bool:
    """The number sits in a circumstance clause of a reporting verb (``_circumstance_clause``)."""
    node = token
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if _circumstance_clause(node) and node.head.lemma_.lower() in _attribution_verbs():
            return True
        node = node.head
    return False


def _reporting_verb_source(token, names: SourceNames) -> Attribution | None:
    """The first reporting verb above the number that names someone; a pronoun or "we" inside a
    quote gives way to a named speaker higher up ("We counted 18 bodies," said X)."""
    fallback = None
    unnamed = None
    for verb in _reporting_verbs_above(token):
        found = _read_reporting_verb(verb, token, names)
        if found is None:
            continue
        subject = _subject_of(verb, token)
        if subject is not None and subject.pos_ == "PRON":
            fallback = fallback or found
            continue
        if found.source is None and subject is None and verb.dep_ == "conj" and not _is_passive(verb):
            # "The Red Crescent said it had deployed 450 volunteers ... and estimated that some 20,000
            # people had been left homeless": a coordinated verb with no subject of its own goes on
            # with what the verb above reports
            unnamed = unnamed or found
            continue
        if found.source is None and _is_passive(verb) and verb.dep_ in ("ccomp", "xcomp"):
            # "The Kell Relief Office said that 45 people had been confirmed dead": a passive with no
            # one named, inside what a verb above reports, goes on to that verb
            unnamed = unnamed or found
            continue
        return found if found.source is not None or fallback is None else fallback
    return fallback or unnamed


def _owner_of_count(token, names: SourceNames) -> Attribution | None:
    """"The ministry's toll rose to 50": the possessor of a count noun that governs the number."""
    node = token
    crossed_subject = False  # "the search for hundreds ... winds down" as "the official toll is revised"
    for _ in range(4):
        if node.head.i == node.i:
            break
        crossed_subject = crossed_subject or node.dep_ in ("nsubj", "nsubjpass")
        node = node.head
        for child in list(node.children) + [node]:
            if child.lemma_.lower() in COUNT_NOUNS:
                owner = next((c for c in child.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")
                              and c.ent_type_ not in ("DATE", "TIME")), None)  # "Saturday's toll": when, not whose
                # the count governs the number ("a toll of 14") or is the subject of its verb ("toll climbed to 781")
                governs = child is node or child.dep_ in ("nsubj", "nsubjpass") and not crossed_subject
                if owner is None and governs and child.dep_ == "dobj" and child.head.pos_ == "VERB" \
                        and child.head.lemma_.lower() in _attribution_verbs():
                    # "the monitor cites a toll of 14 civilians killed"
                    owner = next((c for c in child.head.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
                if owner is not None:
                    found = describe_source(owner, names)
                    found.cue = child.text
                    return found
                if governs and any(c.dep_ == "amod" and c.lower_ == "official" for c in child.children):
                    # "the official death toll climbed to 781": credited to the official toll (gold.md),
                    # unless the text says whose ("the official toll from the ministry")
                    issuer = next((p for p in child.children if p.dep_ == "prep" and p.lower_ in ("from", "by")), None)
                    pobj = next((c for c in issuer.children if c.dep_ == "pobj"), None) if issuer is not None else None
                    if pobj is not None:
                        found = describe_source(pobj, names)
                        found.cue = child.text
                        return found
                    return Attribution(OFFICIAL_TOLL, OFFICIAL_TOLL, cue=child.text)
    return None


OFFICIAL_TOLL = "official toll"


@lru_cache(maxsize=1)
def _count_giving_verbs() -> frozenset[str]:
    """Verbs whose subject gives out the count that is their object (``count_giving_verbs.txt``)."""
    return frozenset(w.lower() for w in load_words("count_giving_verbs.txt"))


def _gives_counts(subject) -> bool:
    """A subject that can give out a count: a name, a body, a group of people, a title — not a
    storm or a blast ("the storm gave the region a toll of 40")."""
    lemma = subject.lemma_.lower()
    return subject.pos_ in ("PROPN", "NOUN") and (
        _could_issue(subject) or lemma in _titles() or lemma in _body_nouns() or lemma in _governing_nouns())


@lru_cache(maxsize=1)
def _governing_nouns() -> frozenset[str]:
    """Nouns that name a government by themselves ("the government", "the junta"; the rows of
    ``entity_group_nouns.tsv`` marked ``government``): a government gives counts."""
    return frozenset(row[0].lower() for row in load_lexicon("entity_group_nouns.tsv")
                     if len(row) > 1 and row[1].strip() == "government")


@lru_cache(maxsize=1)
def _count_setting_verbs() -> frozenset[str]:
    """Verbs whose subject sets a count to a number after "to"/"at" (``count_setting_verbs.txt``)."""
    return frozenset(w.lower() for w in load_words("count_setting_verbs.txt"))


def _setter_of_count(token, names: SourceNames) -> Attribution | None:
    """"The agency on Monday raised the number of dead to 41", "the ministry put the toll at 300":
    the subject of a verb that sets a count (its object) to the number written after it."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("to", "at") or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _count_setting_verbs():
        return None
    counted = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if counted is None or counted.lemma_.lower() not in COUNT_NOUNS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _gives_counts(subject):
        return None
    found = describe_source(subject, names)
    found.cue, found.cue_index = verb.text, verb.i
    return found


# what someone puts forward about a count, whose maker a "by" or "from" names: "claims by the
# opposition that 31 were taken", "figures from the district office show ..."
_CLAIM_NOUNS = {"claim", "allegation", "assertion", "estimate", "count", "tally", "figure", "data",
                "statistic", "report", "bulletin", "record", "records", "list", "register"}


@lru_cache(maxsize=1)
def _side_nouns() -> frozenset[str]:
    """Nouns that name a side, a group or a government ("the opposition", "the rebels";
    ``entity_group_nouns.tsv``)."""
    return frozenset(row[0].lower() for row in load_lexicon("entity_group_nouns.tsv") if row)


def _names_a_side(token) -> bool:
    return token.lemma_.lower() in _side_nouns() or token.lower_ in _side_nouns()


def _by_count_source(token, names: SourceNames) -> Attribution | None:
    """"Sixty died in Varn alone, by the agency's own bulletin", "by the estimate of volunteers",
    "claims by the opposition that 31 were taken", "data from district officers show that 2,000
    left": a count or claim whose maker a "by"/"from" on the number's clause names."""
    node, path = token, [token]
    while node.head.i != node.i and len(path) < 8:
        node = node.head
        path.append(node)
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("acl", "relcl", "ccomp", "conj", "advcl"):
            break
    for node in path:
        for subject in [node] + [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]:
            for prep in subject.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("by", "from") or prep.i > token.i + 20:
                    continue
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is None or pobj.i in {t.i for t in token.subtree}:
                    continue
                maker = None
                if (subject.lemma_.lower() in _CLAIM_NOUNS or subject.lower_ in _CLAIM_NOUNS) and subject.i < prep.i \
                        and pobj.pos_ in ("NOUN", "PROPN") and (_gives_counts(pobj) or _names_a_side(pobj)):
                    maker = pobj  # "claims by the opposition", "data from the district office"
                elif prep.lower_ == "by" and subject is node and pobj.lemma_.lower() in _CLAIM_NOUNS:
                    # "by the agency's own bulletin", "by the estimate of volunteers"
                    maker = next((c for c in pobj.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
                    if maker is None:
                        of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                        maker = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                    if maker is not None and (maker.ent_type_ in ("DATE", "TIME") or not _gives_counts(maker)):
                        maker = None
                if maker is not None:
                    found = describe_source(maker, names)
                    if found.source is not None:
                        found.cue, found.cue_index = prep.text, prep.i
                        return found
    return None


def _giver_of_count(token, names: SourceNames) -> Attribution | None:
    """"The directorate now gives 19 dead", "Residents had earlier given a toll of 20": the subject
    of a count-giving verb whose object is the count (a count noun, or the counted words)."""
    # (_setter_of_count, "the ministry raised the toll to 241", is right by the gold but held back:
    # crediting it made blind_heatwave's reconciliation report a false scope conflict between two
    # 212s, below its conflict.precision floor; see the session report)
    node = token
    for _ in range(3):  # 19 -> dead; 20 -> of -> toll
        if node.dep_ == "dobj":
            break
        if node.head.i == node.i or node.dep_ not in ("nummod", "pobj", "prep", "quantmod", "compound"):
            return None
        node = node.head
    if node.dep_ != "dobj" or node.head.pos_ not in ("VERB", "AUX"):
        return None
    from crosscheck.extract.casualties import term_measure
    if node.lemma_.lower() not in COUNT_NOUNS and not (token.dep_ == "nummod" and term_measure(node)):
        return None  # "gave 300 families tents" gives no count
    verb = node.head
    if verb.lemma_.lower() not in _count_giving_verbs():
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _gives_counts(subject):
        return None
    found = describe_source(subject, names)
    found.cue = verb.text
    found.cue_index = verb.i
    return found


def _across_label(sent, found: Attribution | None, token) -> bool:
    """"Cyclone X LIVE updates: toll rises to 58", "Deaths (confirmed): 112": a heading or table
    label before a colon is no source of the number after it (but "The ministry said: 58 dead" is)."""
    if found is None or found.source_index is None or found.source_index >= token.i:
        return False
    colons = [t.i for t in sent if t.is_punct and ":" in t.text and found.source_index < t.i < token.i]
    if not colons:
        return False
    if found.cue_index is not None and found.cue_index > 0 and sent.doc[found.cue_index - 1].text == "(":
        return True  # "Deaths (confirmed): 112": a parenthesised word of the label
    if found.cue_index is not None and found.cue_index == colons[0] - 1 and sent.doc[found.cue_index].lower_ == "updates":
        return True  # "Cyclone X LIVE updates: ...": the noun of a live page's title, not a reporting verb
    return found.cue_index is None or found.cue_index > colons[0]


def _to_a_facility(verb) -> bool:
    """"780 were admitted to hospital", "registered at the shelter": a verb of reporting used for
    taking people into a facility reports nothing (but "the Red Cross counted 210,000 people in the
    camps" does: the subject counts)."""
    if verb.lemma_.lower() == "admit" and not _is_passive(verb):
        # "the clinic's emergency unit has admitted 300 patients": a place of care taking people in
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and _place_of_care(subject)
    if not _is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.lemma_.lower() == "admit":
        return True  # "41 wounded were admitted overnight": taken in, wherever the text leaves unsaid
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "into", "at", "in"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in _facility_nouns() and _entity_covering(pobj) is None:
                return True
    return False


def _place_of_care(noun) -> bool:
    """"hospitals", "the clinic", "emergency departments", "the burns unit": a place of care
    (``care_words.txt``), or a department or unit named for emergencies or care."""
    care = load_words("care_words.txt")
    if noun.lemma_.lower() in care or noun.lower_ in care:
        return True
    return noun.lemma_.lower() in ("department", "unit", "ward") and any(
        c.dep_ in ("compound", "amod") and (c.lower_ == "emergency" or c.lemma_.lower() in care) for c in noun.children)


def _participle_source(token, names: SourceNames) -> Attribution | None:
    """"the figures of dozens of dead published by the ministry", "a toll of 40 released by the
    army": a reporting participle with an agent, hung on the number or on the nouns above it."""
    node = token
    for _ in range(4):
        for child in node.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _attribution_verbs():
                agent = next((c for c in child.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                if pobj is not None:
                    found = describe_source(pobj, names)
                    found.cue, found.cue_index = child.text, child.i
                    return found
        if node.head.i == node.i or node.dep_ not in ("nummod", "pobj", "prep", "quantmod", "compound", "appos") \
                or node.head.pos_ not in ("NOUN", "PROPN", "NUM", "ADP"):
            return None
        node = node.head
    return None


_BULLETS = ("-", "\u2013", "\u2014", "\u2022", "*", "\u00b7", "\u25cf", "\u25aa")


def find_attribution(sent, token_index: int, names: SourceNames) -> Attribution:
    """The source a sentence credits a number (at ``token_index``) to; empty when none."""
    token = sent.doc[token_index]
    found = _attribution(sent, token, names)
    if found.source is not None and found.cue_index is not None \
            and sent.doc[found.cue_index].lemma_.lower() in load_words("finding_clause_verbs.txt") \
            and names.is_issuer(found.source):
        # "The Chamber found that ..." in the Chamber's own summary: the issuer's own voice
        found = Attribution(None, None)
    if found.source is not None and found.source != names.transcript_speaker(token.idx) \
            and _in_turn_label(found.source_text or found.source, token, names):
        # "ANA ROE: We have registered 300 ..." parsed with the label as the clause's subject: the
        # turn's speaker, as the label names her (or no one, for the outlet's own staff)
        found = replace(found, source=names.transcript_speaker(token.idx), source_text=None, is_person=True,
                        source_index=None)
    if found.source is not None and found.source[:1] in _BULLETS:
        # "- TRM reports that ...": a list's bullet the parser took into the name is no part of it
        found.source = found.source.lstrip("".join(_BULLETS) + " ") or None
        if found.source_text:
            found.source_text = found.source_text.lstrip("".join(_BULLETS) + " ") or None
    if found.source is not None:
        if sent.start not in names.credited and found.cue_index is not None \
                and sent.doc[found.cue_index].lemma_.lower() in load_words("reporting_verbs.txt"):
            names.spoken.add(sent.start)
        names.credited.setdefault(sent.start, found.source)
    return found


def _in_turn_label(written: str, token, names: SourceNames) -> bool:
    """Whether ``written`` is the speaker label that opens the transcript turn holding ``token``."""
    text = parsed_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    if line_start not in names.turn_starts():
        return False
    colon = text.find(":", line_start, token.idx)
    if colon <= 0 or not written.strip():
        return False
    label = re.sub(r"\([^()]*\)", " ", text[line_start:colon])  # the name, not its bracketed affiliation
    return re.search(r"(?<!\w)" + re.escape(written.strip().upper()) + r"(?!\w)", label.upper()) is not None


def _according_below(sent, token, verb) -> bool:
    """An "according to" hangs on a clause that holds the number and lies below ``verb``."""
    path = []
    node = token
    while node.head.i != node.i and node.i != verb.i:
        node = node.head
        path.append(node)
    if node.i != verb.i:
        return False
    below = {t.i for t in path if t.i != verb.i}
    below.add(token.i)
    # on the path, or on a relative clause of a word on it ("the 15,000 people who, according to X, fled")
    return any(t.lower_ == "according" and (t.head.i in below or t.head.dep_ == "relcl" and t.head.head.i in below)
               for t in sent)


def _claimed_in_own_clause(token, names: SourceNames) -> Attribution | None:
    """"not the 25 that the ministry announced", "four, not nine as claimed by local activists", "far
    more than the 52 reported by the agency": a clause hung on the number itself, whose reporting verb
    has a subject or agent of its own, says whose number it is — not the speaker who sets it aside.
    A status ("17 people reported missing by their families") credits no one."""
    heads = [token] + ([token.head] if token.dep_ == "nummod" else [])
    for head in heads:
        for clause in head.children:
            if clause.dep_ not in ("relcl", "acl", "advcl") or clause.pos_ != "VERB" \
                    or clause.lemma_.lower() not in _attribution_verbs() | load_words("figure_passing_verbs.txt") \
                    or any(c.dep_ in ("neg", "oprd", "acomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "as"
                           for c in clause.children):
                continue
            who = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS), None)
            if who is None:
                agent = next((c for c in clause.children if c.dep_ == "agent"), None)
                who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if who is None or who.pos_ == "PRON":
                continue
            found = describe_source(who, names)
            if found.source is not None:
                found.cue, found.cue_index = clause.text, clause.i
                return found
    return None


def _attribution(sent, token, names: SourceNames) -> Attribution:
    column = _source_column_source(sent, token, names)
    if column is not None:
        return column
    if _background_aside(token):
        return Attribution(None, None)
    participle = _participle_source(token, names)
    if participle is not None and participle.source is not None:
        return participle
    claimed = _claimed_in_own_clause(token, names)
    if claimed is not None:
        return claimed
    found = _reporting_verb_source(token, names)
    if _across_label(sent, found, token):
        found = None
    if found is not None and found.cue_index is not None and _according_below(sent, token, sent.doc[found.cue_index]):
        # "... should protect the 15,000 people who, according to UN agencies, have fled": an
        # "according to" inside the number's own clause, below the verb, is closer
        according = _according_to(sent, names, token)
        if according is not None and according.source is not None:
            return according
    if found is not None and found.source is not None and found.cue_index is not None \
            and found.source == found.source.lower() and not found.is_person \
            and any(c.lower_ == "according" for c in sent.doc[found.cue_index].children):
        # "clinics had registered 187 deaths, according to the Ministry of Health": the body named
        # in an "according to" on the same verb tells what the unnamed subject counted
        according = _according_to(sent, names, token)
        if according is not None and according.source is not None and according.source[:1].isupper():
            return according
    if found is not None and found.source is not None:
        return found
    according = _according_to(sent, names, token)
    if according is not None:
        return according
    owner = _owner_of_count(token, names)
    if owner is not None and not _across_label(sent, owner, token):
        return owner
    given = _giver_of_count(token, names)
    if given is not None and given.source is not None and not _across_label(sent, given, token):
        return given
    made = _by_count_source(token, names)
    if made is not None and not _across_label(sent, made, token):
        return made
    announced = _announced_before_colon(sent, token, names)
    if announced is not None:
        return announced
    misparsed = _reporting_noun_source(sent, token, names)
    if misparsed is not None:
        return misparsed
    for around in (_line_source, _bracketed_source, _part_of_previous_source, _part_of_previous_count, _part_of_named_count,
                   _more_of_previous_source,
                   _entry_label_source,
                   _table_source):
        credited = around(sent, token, names)
        if credited is not None:
            return credited
    following = _source_in_next_sentence(sent, token, names) if found is None else None
    if following is not None:
        return following
    quoted = _quote_closing_speaker(sent, token, names) if found is None else None
    if quoted is not None and quoted.source is not None:
        return quoted
    block = _block_source(sent, token, names) if found is None else None
    if block is not None:
        return block
    if found is None and _in_quoted_paragraph(token) and names.statement_speaker() is not None:
        # a statement whose heading names who makes it, in quoted paragraphs: their words
        speaker, is_person = names.statement_speaker()
        return Attribution(speaker, None, is_person=is_person)
    if found is None or found.source is None:
        speaker = names.transcript_speaker(token.idx)
        if speaker is not None:
            return Attribution(speaker, None, is_person=True)  # "RUIZ: ... 40 were injured."
    if found is None and sent.start in names.credited and not _aside_of_reporting(token):
        # "the government gave a toll of 22 villagers killed and six hurt": a count the parser
        # hung on no reporting verb shares the source of the counts before it in its sentence
        return Attribution(names.credited[sent.start], None)
    return found or Attribution(None, None)


PART_OPENERS = re.compile(r"^\W*(?:of|among)\s+(?:these|those|them|which|whom)\b", re.I)


def _part_of_previous_source(sent, token, names: SourceNames) -> Attribution | None:
    """"Of these, 19 civilians were killed in the market strike": a sentence that opens by taking a
    part of the count before keeps that count's source (the last organisation credited)."""
    if names.last_source is None or not PART_OPENERS.match(sent.text):
        return None
    return Attribution(names.last_source, None)


PART_REFERENTS = {"them", "these", "those", "which", "whom"}


def _is_part_of_count(token) -> bool:
    """"Nineteen of the deaths", "34 of them", "accounts for 29 of the victims": a number that takes a
    part of a count already given (an "of"-phrase whose referent is a pronoun, or a definite casualty
    word: "the dead", "the people killed" — not "the hospital staff")."""
    from crosscheck.extract.casualties import casualty_terms
    terms = casualty_terms()
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or _entity_covering(pobj) is not None:
            continue
        if pobj.lower_ in PART_REFERENTS:
            return True
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in pobj.children)
        casualty = any(terms.get(t.lemma_.lower()) or terms.get(t.lower_)
                       for t in [pobj] + [c for c in pobj.children if c.dep_ in ("amod", "acl", "compound")])
        if definite and casualty:
            return True
    return False


def _part_of_previous_count(sent, token, names: SourceNames) -> Attribution | None:
    """"The agency said 41 people were confirmed dead. Nineteen of the deaths were in the north.":
    a part of a count, stated with no source of its own in the sentence right after a credited one
    in the same paragraph, keeps that sentence's source."""
    if sent.start == 0 or not _is_part_of_count(token):
        return None
    if any(t.like_num or t.ent_type_ == "CARDINAL" for t in sent.doc[sent.start:token.i]):
        return None  # "Eleven were killed, nine of them in the capital": the part of a count of its own sentence
    doc = sent.doc
    before = doc[sent.start - 1].sent
    gap = parsed_text(doc)[before.start_char:sent.start_char]
    if "\n" in gap[len(gap.rstrip()):] or any(q in before.text for q in _QUOTE_MARKS):
        return None  # a new paragraph or line; a person's quoted words
    source = names.credited.get(before.start)
    if source and names.is_issuer(source):
        return None  # the document's own body speaking in its own voice: no one else is credited
    return Attribution(source, None) if source else None


_OF_NAMED_COUNT = re.compile(r"^\W*of\s+(?:the|these|those)\s+(\d[\d,.]*)\b", re.I)


def _part_of_named_count(sent, token, names: SourceNames) -> Attribution | None:
    """"Of the 52 deaths, 14 were children": a sentence that opens by taking a part of a count it
    restates keeps the source credited with that count earlier in the document (the latest
    sentence that gave the same number to someone), even across a paragraph or a table."""
    m = _OF_NAMED_COUNT.match(sent.text)
    if m is None or token.idx < sent.start_char + m.end():
        return None
    whole = m.group(1)
    doc = sent.doc
    for start in sorted((s for s in names.credited if s < sent.start), reverse=True):
        earlier = doc[start].sent
        if any(t.text == whole for t in earlier):
            source = names.credited[start]
            return None if names.is_issuer(source) else Attribution(source, None)
    return None


_BRACKETED = re.compile(r"^[+\s]*\(\s*([A-Z][\w&.'’\- ]{1,60}?)\s*\)")


def _bracketed_source(sent, token, names: SourceNames) -> Attribution | None:
    """"Injured: 3,100+ (MoH)", "Displaced: 85,000 (NDRA)": a key-figures line whose number is
    followed by a body's short name or name in brackets — an acronym, or an organisation."""
    doc = sent.doc
    after = parsed_text(doc)[token.idx + len(token.text): token.idx + len(token.text) + 70]
    m = _BRACKETED.match(after)
    if not m:
        return None
    inside = m.group(1).strip()
    at = token.idx + len(token.text) + m.start(1)
    acronym = re.fullmatch(r"[A-Z][A-Za-z]{1,8}", inside) and sum(ch.isupper() for ch in inside) >= 2
    named = any(e.label_ == "ORG" and e.start_char <= at and e.end_char >= at + len(inside) for e in doc.ents)
    if not (acronym or named) or inside.lower() in ("est", "approx"):
        return None
    return Attribution(names.canonical(inside, at), inside)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _background_aside(token) -> bool:
    """"Ana Ruiz said the blast recalled the March 2011 attack on the port, in which 40 people were
    killed": a relative clause set off by a comma that recalls an event of a named year is the
    outlet's aside, not what the speaker counts (unless it says whose count it gives)."""
    t = token
    while t.head.i != t.i:
        if t.dep_ == "relcl":
            break
        t = t.head
    else:
        return False
    start = t.left_edge.i
    if start == 0 or t.doc[start - 1].text != ",":
        return False
    clause = list(t.subtree)
    if any(w.lower_ in ("according", "per") or w.lemma_.lower() in _reporting_lemmas() for w in clause):
        return False
    antecedent = t.head
    for _ in range(2):  # "the March 2011 raid on the port, in which ...": the event the place belongs to
        if antecedent.dep_ == "pobj" and antecedent.head.dep_ == "prep" and antecedent.head.head.pos_ in ("NOUN", "PROPN"):
            antecedent = antecedent.head.head
    words = clause + [w for w in antecedent.subtree if w.i < start]
    return any(w.ent_type_ == "DATE" and _YEAR.search(w.text) for w in words)


_LINE_SOURCE = re.compile(r"[(\[]\s*sources?\s*:\s*([^()\[\]\n]{2,80}?)\s*[)\]]", re.I)


def _line_source(sent, token, names: SourceNames) -> Attribution | None:
    """"- Toll (source: Kell Relief Office): 12 deaths, 40 injured. 300 evacuated.", "Deaths: 12
    [source: KRO]": a bracketed "source:" note on the number's line credits every count on it —
    the nearest note before the number, else the first after it."""
    text = parsed_text(sent.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    line_end = len(text) if line_end == -1 else line_end
    notes = list(_LINE_SOURCE.finditer(text, line_start, line_end))
    if not notes:
        return None
    before = [m for m in notes if m.end() <= token.idx]
    m = before[-1] if before else notes[0]
    written = m.group(1).strip()
    if written.split()[0].lower() in _research_methods():
        return Attribution(None, None)  # "(source: interviews with survivors)": the outlet's own count
    return Attribution(names.canonical(written, m.start(1)), strip_phrase(written))


def _more_of_previous_source(sent, token, names: SourceNames) -> Attribution | None:
    """"According to hospital sources, 27 people were killed. Hundreds more are wounded.": a count
    of "N more" with no source of its own goes on from the sentence right before, in its paragraph,
    and keeps that sentence's source."""
    doc = sent.doc
    nxt = doc[token.i + 1] if token.i + 1 < sent.end else None
    if nxt is None or nxt.lower_ != "more" or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    gap = parsed_text(doc)[before.start_char:sent.start_char]
    if "\n" in gap[len(gap.rstrip()):]:
        return None
    source = names.credited.get(before.start)
    return Attribution(source, None) if source else None


_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)]|[a-z][.)])\s+")
_QUOTE_MARKS = ("\"", "“", "”", "«", "»")


@lru_cache(maxsize=1)
def _reporting_lemmas() -> frozenset[str]:
    return frozenset(w.lower() for w in load_words("reporting_verbs.txt")) | _attribution_verbs()


def _states_on_its_own(sent, lemmas=None) -> bool:
    """A sentence that says who speaks (a reporting verb, "according to", a quotation) or that
    continues no count (a question) opens a statement of its own."""
    text = sent.text
    if any(q in text for q in _QUOTE_MARKS) or "?" in text or re.search(r"\baccording\s+to\b", text, re.I):
        return True
    lemmas = _reporting_lemmas() if lemmas is None else lemmas
    return any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lemmas and not _to_a_facility(t) for t in sent)


def _header_source(sent, names: SourceNames) -> Attribution | None:
    """"According to the Ministry of Health:", "The agency reported the following:": a line that
    names a source and ends with a colon heads the lines below it."""
    if not sent.text.rstrip().endswith(":"):
        return None
    according = _according_to(sent, names)
    if according is not None and according.source:
        return according
    for verb in sent:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _attribution_verbs():
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            if subject is not None:
                return describe_source(subject, names)
    return None


RESTATING_NOUNS = COUNT_NOUNS | {"figures", "numbers", "total"}


def _restates_count(sent) -> bool:
    """"Yesterday the figure was 12", "The toll had stood at 40 on Monday": a sentence whose subject
    is a definite count noun speaks of the count just given."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ in RESTATING_NOUNS | {n + "s" for n in COUNT_NOUNS} \
        and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their") for c in subject.children)


def _block_source(sent, token, names: SourceNames) -> Attribution | None:
    """A count stated with no source of its own in a block that one source speaks for:

    * the items of a list under a line that names its source ("According to the Ministry of
      Health:" then "- 2,874 citizens applied for medical assistance", "- 1,210 ...");
    * a sentence that restates the count ("Yesterday the figure was 12") in the paragraph of a
      sentence whose counts a source was credited with, when it names no speaker of its own; other
      prose that goes on after a credited count is the outlet's own voice (gold.md).
    A blank line ends the block; a person's words end with their sentence unless the next one
    goes on with the same count."""
    doc = sent.doc
    if sent.start == 0 or _states_on_its_own(sent):
        return None
    text = parsed_text(doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    # a list item: walk up over the items to the header line
    if _LIST_ITEM.match(text[line_start:sent.end_char]) or text[line_start:sent.start_char].strip() == "":
        at = line_start
        for _ in range(15):
            if at <= 0:
                break
            prev_end = at - 1
            prev_start = text.rfind("\n", 0, prev_end) + 1
            line = text[prev_start:prev_end]
            if not line.strip():
                break
            if line.rstrip().endswith(":"):
                span = doc.char_span(prev_start + (len(line) - len(line.lstrip())), prev_end - (len(line) - len(line.rstrip())),
                                     alignment_mode="expand")
                if span is None:
                    break
                found = _header_source(doc[span.start].sent if span.start < len(doc) else span, names)
                if found is not None:
                    return Attribution(found.source, found.source_text, is_person=found.is_person)
                break
            if not _LIST_ITEM.match(line):
                break
            at = prev_start
    if not _restates_count(sent):
        return None  # prose that goes on in the outlet's own voice is the outlet's (gold.md)
    current = sent
    for _ in range(3):  # "... 23, Governor X says. The search was widened. Yesterday the figure was 12."
        if current.start == 0:
            return None
        before = doc[current.start - 1].sent
        gap = text[before.start_char:current.start_char]
        if "\n" in gap[len(gap.rstrip()):] or any(q in before.text for q in _QUOTE_MARKS):
            return None  # a new paragraph or line; a person's quoted words
        source = names.credited.get(before.start)
        if source is not None:
            return Attribution(source, None)
        if any(t.like_num for t in before) or _states_on_its_own(before, _attribution_verbs()):
            return None  # counts of the outlet's own, or another statement
        current = before
    return None


_ENTRY_PREFIX = re.compile(r"^[^\w\n]*(?:\d{1,2}[.:/]\d{1,2}(?:[.:/]\d{2,4})?[.,]?\s*){0,2}[^\w\n\"“]*")
_OPEN_QUOTES = ("\"", "“", "‘", "'", "«", "„")


def _entry_label_source(sent, token, names: SourceNames) -> Attribution | None:
    """"18.09, 21:05 — Osk Clinical Centre: “We have no more beds.” More than 300 wounded
    brought in": an entry of a live page or update list that opens with a named organisation or
    person, a colon and their quoted words credits its figures to them. A label that names no one
    ("Deaths (confirmed): 112", "LIVE updates: ...") credits no one."""
    doc = sent.doc
    line_start = parsed_text(doc).rfind("\n", 0, token.idx) + 1
    line = parsed_text(doc)[line_start:token.idx]
    prefix = _ENTRY_PREFIX.match(line)
    rest = line[prefix.end():] if prefix else line
    colon = rest.find(":")
    if colon <= 0 or not rest[colon + 1:].lstrip().startswith(_OPEN_QUOTES):
        return None
    label_start = line_start + (prefix.end() if prefix else 0)
    label_end = label_start + colon
    label = parsed_text(doc)[label_start:label_end].strip()
    ents = [e for e in doc.ents if e.start_char >= label_start and e.end_char <= label_end
            and e.label_ in ("ORG", "PERSON")]
    bare = re.sub(r"^(?:the|The)\s+", "", label)
    if len(ents) == 1 and len(ents[0].text) >= len(bare):
        ent = ents[0]
        return Attribution(names.canonical(ent.text, ent.start_char), ent.text, is_person=ent.label_ == "PERSON")
    words = bare.split()
    if 1 < len(words) <= 7 and all(w[:1].isupper() or w in ("of", "for", "and", "de") for w in words) \
            and words[-1].lower() in _source_nouns() | _facility_nouns():
        return Attribution(names.canonical(bare, label_start + label.find(bare)), bare)  # "Osk Clinical Centre:"
    return None  # the label must be one name, all of it


@lru_cache(maxsize=1)
def _facility_nouns() -> frozenset[str]:
    """Nouns that end a facility's name ("Kell General Hospital"; ``place_nouns.tsv`` kind facility)."""
    return frozenset(row[0].lower() for row in load_lexicon("place_nouns.tsv")
                     if len(row) > 1 and "facility" in row[1].split(","))


_TABLE_ROW = re.compile(r"\S\s*(?:\||\t)\s*\S")
_CAPTION_SOURCE = (
    re.compile(r"\(\s*(?:sources?\s*:\s*)?([^()]+?)\s+(?:estimates?|data|figures|count|tally|records)\s*\)", re.I),
    re.compile(r"\(\s*sources?\s*:\s*([^()]+?)\s*\)", re.I),
    re.compile(r"\bsources?\s*:\s*([^,;.\n]+)", re.I),
    re.compile(r"\b(?:according to|compiled by|figures from|data from)\s+([^,;.()\n]+)", re.I),
)


@lru_cache(maxsize=1)
def _research_methods() -> frozenset[str]:
    return frozenset(w.lower() for w in load_words("research_methods.txt"))


def _table_source(sent, token, names: SourceNames) -> Attribution | None:
    """"Table 1: Persons detained by city (CGP estimates)" above rows "Osk | 2,140 | 410", or a
    "Source: ..." line right below them: the caption's or the source line's body is the source of
    every cell."""
    doc = sent.doc
    text = parsed_text(doc)
    lines = text.split("\n")
    offsets, at = [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    row = max(i for i, start in enumerate(offsets) if start <= token.idx)
    if not _TABLE_ROW.search(lines[row]):
        return None
    first = row
    while first > 0 and _TABLE_ROW.search(lines[first - 1]):
        first -= 1
    last = row
    while last + 1 < len(lines) and _TABLE_ROW.search(lines[last + 1]):
        last += 1
    above = first - 1
    while above >= 0 and not lines[above].strip() and first - above < 3:
        above -= 1
    below = last + 1
    while below < len(lines) and not lines[below].strip() and below - last < 3:
        below += 1
    candidates = []
    if above >= 0 and lines[above].strip():
        candidates.append((offsets[above], lines[above], _CAPTION_SOURCE))
    if below < len(lines) and re.match(r"^\W*sources?\s*:", lines[below], re.I):
        candidates.append((offsets[below], lines[below], _CAPTION_SOURCE[2:3]))
    for start, line, patterns in candidates:
        for pattern in patterns:
            m = pattern.search(line)
            if m and m.group(1).strip():
                # "(source: KHA, WRC; provisional)": a note after a semicolon is no name, and of the
                # bodies listed the first is credited (the compiler named first)
                written = m.group(1).split(";")[0].strip() or m.group(1).strip()
                if "," in written and written.split(",")[0].strip()[:1].isupper():
                    written = written.split(",")[0].strip()
                if written.split()[0].lower() in _research_methods():
                    # "Sources: interviews with 80 witnesses; court lists": the outlet's own count
                    return Attribution(None, None)
                return Attribution(names.canonical(written, start + m.start(1)), strip_phrase(written))
    # no caption names a source: a body's own report ("Civic Rights Watch" on its letterhead, "...,
    # Civic Rights Watch said today" in its lede) tabulates its own findings - when the report
    # speaks of the body as a speaker ("said today") or the table's heading names it ("DEATHS
    # RECORDED BY CRW"); a report that only logs its work ("CRW documented 12 incidents") and
    # tabulates under a plain heading ("Incidents by date") gives the table in its own voice
    at, issuer = next(((at, src) for at, src in sorted(names.credited.items()) if at < doc[token.i].sent.start
                       and names.is_issuer(src)), (None, None))
    if issuer is None:
        return None
    heading = candidates[0][:2] if candidates and candidates[0][2] is _CAPTION_SOURCE else None
    if at in names.spoken or (heading and _line_names(heading[1], heading[0], issuer, names)):
        return Attribution(issuer, None)
    return Attribution(None, None)


def _line_names(line: str, start: int, source: str, names: SourceNames) -> bool:
    """Whether a line (a table's heading, at ``start``) names ``source``: in full, or by a
    capitalised word or acronym the document resolves to it."""
    if source.lower() in line.lower():
        return True
    return any(names.canonical(m.group(), start + m.start()) == source
               for m in re.finditer(r"\b[A-Z][\w&.'-]*[A-Z][\w&.'-]*\b", line))


def _cells(line: str) -> list[tuple[int, str]]:
    """(offset, text) of the cells of a table row ("| Osk | 12 |" or tab-separated)."""
    sep = "|" if "|" in line else "\t"
    out, at = [], 0
    for part in line.split(sep):
        out.append((at + len(part) - len(part.lstrip()), part.strip()))
        at += len(part) + 1
    if sep == "|" and line.strip().startswith("|"):
        out = out[1:]
    return out


def _source_column_source(sent, token, names: SourceNames) -> Attribution | None:
    """A count in a row of a table with a "Source" column: the body that row names (before anything
    the parser reads into the row's words)."""
    text = parsed_text(sent.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    line_end = len(text) if line_end == -1 else line_end
    if not _TABLE_ROW.search(text[line_start:line_end]):
        return None
    rows = [text[line_start:line_end]]
    at = line_start
    while at > 0:  # up the table to its header row
        prev_start = text.rfind("\n", 0, at - 1) + 1
        line = text[prev_start:at - 1]
        if not _TABLE_ROW.search(line):
            break
        rows.insert(0, line)
        at = prev_start
    column = _source_column(rows, len(rows) - 1)
    if column is None:
        return None
    written, offset = column
    return Attribution(names.canonical(written, line_start + offset), strip_phrase(written))


def _source_column(rows: list[str], index: int) -> tuple[str, int] | None:
    """A table whose header has a "Source" column ("| Town | Killed | Source |", "Source and
    date"): the row's cell in that column, up to its first comma (a date follows), and its offset
    in the row."""
    if index == 0 or not rows:
        return None
    header = _cells(rows[0])
    column = next((i for i, (_, cell) in enumerate(header) if re.match(r"sources?\b", cell, re.I)), None)
    if column is None:
        return None
    cells = _cells(rows[index])
    if column >= len(cells):
        return None
    at, cell = cells[column]
    written = strip_citation(cell.split(",")[0].strip())
    if not re.search(r"[A-Za-z]{2}", written):
        return None
    return written, at


def _reporting_noun_source(sent, token, names: SourceNames) -> Attribution | None:
    """"The local health authorities in Osk report 112 people killed": the parser read the
    reporting verb as a noun ("Osk report") and left no verb; its subject is the noun phrase
    the sentence opens with."""
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in sent):
        return None
    for tok in sent:
        if tok.i >= token.i or tok.pos_ != "NOUN" or tok.lower_ not in ("report", "reports", "say", "says", "estimate", "estimates", "count", "counts"):
            continue
        nxt = sent.doc[tok.i + 1] if tok.i + 1 < len(sent.doc) else None
        if nxt is None or not (nxt.like_num or nxt.dep_ in ("quantmod", "advmod") or nxt.lower_ in ("at", "about", "some", "nearly", "more", "over")):
            continue
        root = sent.root
        if root.pos_ in ("NOUN", "PROPN") and root.i < tok.i and _entity_covering(root) is None or root.pos_ == "PROPN":
            found = describe_source(root, names)
            found.cue, found.cue_index = tok.text, tok.i
            return found
    return None


def _announced_before_colon(sent, token, names: SourceNames) -> Attribution | None:
    """"The agency has just issued its evening figures: 58 people are now confirmed dead": the one
    who gives the count before a colon is the source of the numbers after it."""
    colon = next((t for t in sent if t.text == ":" and t.i < token.i), None)
    if colon is None:
        return None
    for verb in sent.doc[sent.start:colon.i]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in COUNT_NOUNS | {"figures"}), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if obj is not None and subject is not None and subject.i < colon.i:
            found = describe_source(subject, names)
            found.cue, found.cue_index = verb.text, verb.i
            return found
    head = [t for t in sent.doc[sent.start:colon.i] if not t.is_punct]
    people = {(e.start, e.end) for t in head for e in [_entity_covering(t)] if e is not None and e.label_ == "PERSON" and len(e) > 1}
    if head and len(head) <= 14 and len(people) == 1 and not any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("VBD", "VBZ", "VBP")
                                                             for t in head) \
            and not any(q in sent.doc[colon.i:token.i].text for q in _QUOTE_MARKS):
        # "Relief Office chief Ana Velt speaking to Kell Radio: 11 confirmed dead": a live entry's
        # verbless label naming one person gives their words after the colon
        start, end = next(iter(people))
        ent = sent.doc[start:end]
        return Attribution(names.canonical(ent.text, ent.start_char), ent.text, is_person=True)
    if head and not any(t.pos_ in ("VERB", "AUX") for t in head):
        # "The Health Ministry's latest figures: 69 people were injured": a verbless label naming
        # whose count follows the colon
        noun = next((t for t in reversed(head) if t.pos_ == "NOUN"), None)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
        if noun is not None and noun.lemma_.lower() in COUNT_NOUNS | {"figure"} and owner is not None \
                and _gives_counts(owner):
            found = describe_source(owner, names)
            found.cue = noun.text
            return found
    return None


def _may_stand_for(head, name: str) -> bool:
    """Whether a descriptor ("the ministry") can refer to ``name``: one of ``strict_descriptors.txt``
    only to a name holding one of its words (``descriptor_heads.tsv``); any other noun to any name."""
    from crosscheck.extract.entity_names import load_descriptor_heads

    if head.lower_ not in load_words("strict_descriptors.txt"):
        return True
    words = load_descriptor_heads().get(head.lower_, (head.lower_,))
    return any(re.search(r"\b" + re.escape(w) + r"\b", name.lower()) for w in words)
