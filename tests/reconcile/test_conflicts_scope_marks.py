"""Scope conflicts the text itself marks ("alone", "only"), and stories of
reports that name no place. Hand-built records about an invented storm: the
towns Osk and Tilbury Ford, a Disaster Management Office (DMO), a Red
Crescent society, a provincial penitentiary service (PPS)."""
from __future__ import annotations

import pytest

from crosscheck.records import Document, Figure, record_id
from crosscheck.reconcile.conflicts import find_conflicts
from crosscheck.reconcile.quantities import assign_stories, group_quantities, is_marked_exclusive

DMO = "Disaster Management Office"


def doc(name: str, published: str | None = None) -> Document:
    return Document(id=f"id-{name}", path=f"/reports/{name}.txt", published=published,
                    published_from="text" if published else None)


def fig(d: Document, value, sentence: str, *, number_text=None, measure="killed", group="unspecified",
        qualifier="exact", source=None, location=(), start=None, end=None, period_text=None, n=0) -> Figure:
    return Figure(id=record_id(d.id, value, measure, n, sentence), document_id=d.id, document=d.path,
                  sentence=sentence, number_text=number_text or str(value), value=value, qualifier=qualifier,
                  measure=measure, group=group, location=list(location), period_start=start, period_end=end,
                  period_text=period_text, source=source, char_start=n, sentence_idx=n)


def conflicts_of(figures, docs):
    return find_conflicts(figures, group_quantities(figures, docs), docs)


@pytest.mark.parametrize("sentence, number_text, period_text, exclusive", [
    ("Eighteen people died on Saturday night alone, rescuers said.", "Eighteen", "on Saturday", True),
    ("At least 41 people lost their lives only in the early hours of Sunday.", "41", "Sunday", True),
    ("Twenty-seven of the deaths came on Thursday alone, the ministry said.", "Twenty-seven", "on Thursday", True),
    ("The storm killed 23 on Tuesday by itself, the agency said.", "23", "on Tuesday", True),
    # "only" belittles the number, not the period
    ("Only 3 people died on Monday, officials said.", "3", "on Monday", False),
    # a plain day: the whole event may have happened that day
    ("Eighteen people died on Saturday, rescuers said.", "Eighteen", "on Saturday", False),
    # "alone" too far from the period, in another clause
    ("Twelve died on Friday, and the mayor, speaking alone, wept.", "Twelve", "on Friday", False),
])
def test_scope_marks_exclusive_period_read_from_the_sentence(sentence, number_text, period_text, exclusive):
    d = doc("a", "2026-05-04")
    f = fig(d, 18, sentence, number_text=number_text, start="2026-05-02", end="2026-05-02", period_text=period_text)
    assert is_marked_exclusive(f) is exclusive


@pytest.mark.parametrize("day_sentence, period_text, flagged", [
    # one day "alone" against the same number for the whole event: one of them is wrong
    ("Eighteen inmates were killed on Saturday night alone, according to guards.", "on Saturday", True),
    ("At least 18 people died only in the early hours of Saturday, the outlet said.", "Saturday", True),
    # the whole event may have been Saturday's
    ("Eighteen inmates were killed on Saturday, according to guards.", "on Saturday", False),
])
def test_scope_marks_day_alone_against_the_whole_toll(day_sentence, period_text, flagged):
    a, b = doc("a", "2026-05-04"), doc("b", "2026-05-04")
    number = day_sentence.split()[2] if day_sentence.startswith("At") else day_sentence.split()[0]
    qualifier = "at_least" if day_sentence.startswith("At") else "exact"
    day = fig(a, 18, day_sentence, number_text=number, qualifier=qualifier, source="guards",
              start="2026-05-02", end="2026-05-02", period_text=period_text)
    whole = fig(b, 18, "The PPS confirmed 18 deaths as of Sunday evening.", source="PPS", start="2026-05-02")
    found = conflicts_of([day, whole], [a, b])
    assert [c.kind for c in found] == (["scope_conflict"] if flagged else [])
    if flagged:
        assert "18" in found[0].explanation and "on 2026-05-02" in found[0].explanation


@pytest.mark.parametrize("value, whole_places, flagged", [
    (9, [], True),           # a small number, but the text's "alone" makes the clash telling
    (4, [], False),          # below MIN_EXCLUSIVE_VALUE: too common to mean anything
    (9, ["Osk"], False),     # the other names a place of its own: not the whole toll
])
def test_scope_marks_small_number_alone_against_a_whole(value, whole_places, flagged):
    a, b = doc("a", "2026-05-08"), doc("b", "2026-05-05")
    day = fig(a, value, f"{value} people died on the night of 2 May alone.", start="2026-05-02",
              end="2026-05-02", period_text="2 May alone")
    whole = fig(b, value, f"The official count stands at {value} dead, the DMO said.", source=DMO,
                location=whole_places)
    found = conflicts_of([day, whole], [a, b])
    assert [c.kind for c in found] == (["scope_conflict"] if flagged else [])


@pytest.mark.parametrize("whole_start, flagged", [
    ("2026-04-30", True),    # "since the storm" (before the day): a running whole that holds the day
    (None, True),            # no period of its own: the whole toll
    ("2026-05-02", False),   # a count that starts on that very day is no whole around it
    ("2026-05-03", False),   # nor one that starts after it
])
def test_scope_marks_small_number_alone_against_a_running_whole(whole_start, flagged):
    a, b = doc("a", "2026-05-08"), doc("b", "2026-05-05")
    day = fig(a, 7, "Seven patients died on 2 May alone, a nurse said.", number_text="Seven",
              start="2026-05-02", end="2026-05-02", period_text="on 2 May alone", source="nurse")
    whole = fig(b, 7, "Seven people have died since the storm, the DMO said.", number_text="Seven",
                source=DMO, start=whole_start, period_text="since the storm" if whole_start else None)
    found = conflicts_of([day, whole], [a, b])
    assert [c.kind for c in found] == (["scope_conflict"] if flagged else [])


@pytest.mark.parametrize("day_report_text, flagged", [
    # the day's report is itself set in Osk: the whole "in Osk" is the story's toll
    ("Storm in Osk. Rescuers in Osk said nine people died on the night of 2 May alone.", True),
    # the day's report never names Osk: "nine in Osk" may be one town's count among others
    ("Rescuers said nine people died on the night of 2 May alone.", False),
    # a town's name written in lower case is no mention of it
    ("Rescuers said nine people died on the night of 2 May alone, osk fishermen too.", False),
])
def test_scope_marks_small_number_alone_against_a_whole_of_the_story_place(day_report_text, flagged):
    a, b = doc("a", "2026-05-08"), doc("b", "2026-05-05")
    a.text = day_report_text
    day = fig(a, 9, "Rescuers said nine people died on the night of 2 May alone.", number_text="nine",
              start="2026-05-02", end="2026-05-02", period_text="2 May alone", source="rescuers")
    whole = fig(b, 9, "The official count in Osk stands at nine dead, the DMO said.", number_text="nine",
                source=DMO, location=["Osk"])
    found = conflicts_of([day, whole], [a, b])
    assert [c.kind for c in found] == (["scope_conflict"] if flagged else [])


def test_scope_marks_small_number_alone_placed_against_a_whole_of_another_place():
    # both name a place: "nine in Osk" is Osk's count, not the whole of the day's Marl count
    a, b = doc("a", "2026-05-08"), doc("b", "2026-05-05")
    a.text = "Floods in Osk and Marl. Nine people died in Marl on the night of 2 May alone."
    day = fig(a, 9, "Nine people died in Marl on the night of 2 May alone.", number_text="Nine",
              start="2026-05-02", end="2026-05-02", period_text="2 May alone", location=["Marl"])
    whole = fig(b, 9, "The official count in Osk stands at nine dead, the DMO said.", number_text="nine",
                source=DMO, location=["Osk"])
    assert conflicts_of([day, whole], [a, b]) == []


def test_scope_marks_small_number_alone_is_not_set_against_a_breakdown():
    # "nine of them in Osk" shares its sentence's "alone" but is a part of eleven
    a, b = doc("a", "2026-05-08"), doc("b", "2026-05-05")
    total = fig(a, 11, "Eleven people were killed on 2 May alone, nine of them in Osk.", number_text="Eleven",
                start="2026-05-02", end="2026-05-02", period_text="2 May alone")
    part = fig(a, 9, "Eleven people were killed on 2 May alone, nine of them in Osk.", number_text="nine",
               start="2026-05-02", end="2026-05-02", period_text="2 May alone", location=["Osk"], n=0)
    part.char_start = 40
    other = fig(b, 9, "The morgue in Osk alone received nine bodies.", number_text="nine", location=["Osk"],
                source="doctors")
    found = conflicts_of([total, part, other], [a, b])
    assert not any(c.kind == "scope_conflict" for c in found)


def test_scope_marks_placeless_report_joins_the_one_story_it_names():
    # three reports share the storm's places; the fourth names no place, but the same agency
    docs = [doc(n, "2026-05-04") for n in ("a", "b", "c", "d")]
    figures = [
        fig(docs[0], 30, "The Velder Agency said 30 died in Osk and Tilbury Ford.", location=["Osk"]),
        fig(docs[1], 31, "In Osk, the Velder Agency counted 31 dead.", location=["Osk"]),
        fig(docs[2], 5, "The Karsk Ferry Company said 5 drowned off Marrow Point near Halden.",
            location=["Marrow Point"]),
        fig(docs[3], 32, "The Velder Agency's latest count is 32, Commissioner Rusk said.", number_text="32"),
    ]
    stories = assign_stories(figures, docs, {})
    assert stories["id-d"] == stories["id-a"] == stories["id-b"] != stories["id-c"]


def test_scope_marks_placeless_report_meeting_two_stories_stays_apart():
    docs = [doc(n, "2026-05-04") for n in ("a", "b", "c")]
    figures = [
        fig(docs[0], 30, "The Velder Agency said 30 died in Osk.", location=["Osk"]),
        fig(docs[1], 5, "The Karsk Ferry Company said 5 drowned off Marrow Point.", location=["Marrow Point"]),
        fig(docs[2], 32, "Officials from Velder and Karsk met President Arno Lind.", number_text="32"),
    ]
    stories = assign_stories(figures, docs, {})
    assert stories["id-a"] != stories["id-b"]
    assert stories.get("id-c") not in (stories["id-a"], stories["id-b"])


@pytest.mark.parametrize("day_sentence, day_period, flagged", [
    # a month dates the event; the day inside it dates it more precisely: one scope
    ("On 14 October 2025, raiders killed 23 herders in Osk.", "14 October 2025", False),
    # the day's own "alone" says the month had more deaths: two scopes
    ("Raiders killed 23 herders in Osk on 14 October 2025 alone.", "on 14 October 2025 alone", True),
])
def test_conflicts_scope_marks_day_inside_a_named_month(day_sentence, day_period, flagged):
    a, b = doc("a", "2026-03-02"), doc("b", "2026-03-05")
    figures = [fig(a, 23, "In October, raiders killed 23 herders in Osk.", location=["Osk"],
                   start="2025-10-01", end="2025-10-31", period_text="October"),
               fig(b, 23, day_sentence, location=["Osk"], start="2025-10-14", end="2025-10-14",
                   period_text=day_period)]
    kinds = [c.kind for c in conflicts_of(figures, [a, b])]
    assert kinds == (["scope_conflict"] if flagged else [])


def test_conflicts_scope_marks_two_different_months_still_differ():
    a, b = doc("a", "2026-03-02"), doc("b", "2026-03-05")
    figures = [fig(a, 23, "In October, raiders killed 23 herders in Osk.", location=["Osk"],
                   start="2025-10-01", end="2025-10-31", period_text="October"),
               fig(b, 23, "In November, raiders killed 23 herders in Osk.", location=["Osk"],
                   start="2025-11-01", end="2025-11-30", period_text="November")]
    assert [c.kind for c in conflicts_of(figures, [a, b])] == ["scope_conflict"]


def test_conflicts_scope_marks_a_town_and_its_district_differ():
    a, b = doc("a", "2026-03-02"), doc("b", "2026-03-05")
    figures = [fig(a, 17, "Seventeen porters were injured in Osk and Tilbury Ford.", number_text="Seventeen",
                   measure="injured", location=["Osk", "Tilbury Ford"]),
               fig(b, 17, "Seventeen porters were injured in Osk.", number_text="Seventeen",
                   measure="injured", location=["Osk"])]
    assert [k.kind for k in conflicts_of(figures, [a, b])] == ["scope_conflict"]


def test_conflicts_scope_marks_two_parts_of_larger_counts_are_no_scope_conflict():
    """The same sub-count (a club among the dead) told by two reports, one with the town's toll
    around it: the parts' scopes are not stated, so they are not known to differ."""
    a, b, c = doc("a", "2026-03-02"), doc("b", "2026-03-04"), doc("c", "2026-03-05")
    figures = [fig(a, 96, "The crash killed 96 people, the agency said.", source="Velder Rescue Agency"),
               fig(b, 31, "The town of Osk lost 31 people, including 17 members of its rowing club.",
                   location=["Osk"], n=1),
               fig(b, 17, "The town of Osk lost 31 people, including 17 members of its rowing club.",
                   location=["Osk"], n=1),
               fig(c, 17, "Among the dead are seventeen members of the Osk Rowing Club.",
                   number_text="seventeen", n=2)]
    figures[1].char_start, figures[2].char_start = 10, 40
    assert [k.kind for k in conflicts_of(figures, [a, b, c])] == []
