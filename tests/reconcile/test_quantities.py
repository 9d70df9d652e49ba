"""Grouping figures into quantities: hand-built records about an invented earthquake.

The Veloria earthquake (invented): towns Karsk and Dunmere, a Civil
Protection Agency, a Red Crescent society, an Interior Ministry.
"""
from __future__ import annotations

import math

import pytest

from crosscheck.records import Document, Figure, record_id
from crosscheck.reconcile.quantities import (
    group_quantities,
    compute_interval,
    match_names,
    relate_places,
)


def doc(name: str, published: str | None = None, duplicate_of: str | None = None, published_from: str | None = None) -> Document:
    return Document(id=f"id-{name}", path=f"/reports/{name}.txt", published=published,
                    published_from=published_from or ("text" if published else None),
                    duplicate_of=duplicate_of and f"id-{duplicate_of}")


def fig(d: Document, value, *, measure="killed", group="mixed", qualifier="exact", source=None,
        location=(), start=None, end=None, subject=None, low=None, high=None, n=0) -> Figure:
    return Figure(id=record_id(d.id, value, measure, group, n, start, end, tuple(location), source),
                  document_id=d.id, document=d.path, sentence=f"{value} {measure}",
                  value=value, low=low, high=high, qualifier=qualifier, measure=measure, group=group,
                  location=list(location), period_start=start, period_end=end, source=source,
                  subject=subject, char_start=n)


def by_value(quantities, value):
    return next(q for q in quantities if any(e["value"] == value for e in q.series))


CPA = "Civil Protection Agency"


def rising_toll():
    d2, d3, d6 = doc("day2", "2026-02-02"), doc("day3", "2026-02-03"), doc("day6", "2026-02-06")
    figures = [fig(d6, 1383, source=CPA), fig(d2, 340, source=CPA), fig(d3, 745, source=CPA)]
    return [d2, d3, d6], figures


def test_quantities_rising_toll_is_one_quantity_with_latest_as_best():
    docs, figures = rising_toll()
    quantities = group_quantities(figures, docs)
    assert len(quantities) == 1
    q = quantities[0]
    assert [e["value"] for e in q.series] == [340, 745, 1383]
    assert [e["date"] for e in q.series] == ["2026-02-02", "2026-02-03", "2026-02-06"]
    assert (q.low, q.best, q.high) == (1383, 1383, 1383)   # earlier counts are superseded
    assert q.source == CPA
    assert sorted(q.figures) == sorted(f.id for f in figures)


def test_quantities_undated_document_goes_last_and_is_marked():
    docs, figures = rising_toll()
    undated = doc("undated")
    figures.append(fig(undated, 900, source=CPA))
    q = group_quantities(figures, docs + [undated])[0]
    assert [e["value"] for e in q.series] == [340, 745, 1383, 900]
    assert [e["undated"] for e in q.series] == [False, False, False, True]
    assert q.best == 1383   # an undated lower figure does not replace the latest dated one


def test_quantities_higher_undated_figure_is_taken_as_later():
    docs, figures = rising_toll()
    undated = doc("undated")
    figures.append(fig(undated, 1500, source=CPA))
    q = group_quantities(figures, docs + [undated])[0]
    assert q.best == 1500


def test_quantities_inferred_publication_date_counts_as_undated():
    early = doc("inferred", "2026-01-01", published_from="inferred")
    dated = doc("dated", "2026-02-03")
    q = group_quantities([fig(early, 900, source=CPA), fig(dated, 700, source=CPA)], [early, dated])[0]
    assert q.series[-1]["undated"] is True and q.series[-1]["value"] == 900
    assert q.best == 900


def test_quantities_sub_period_is_a_part_of_the_cumulative_toll():
    a, b = doc("a", "2026-02-04"), doc("b", "2026-02-05")
    whole = fig(a, 745, group="civilians", source=CPA, start="2026-02-01")
    day = fig(b, 132, group="civilians", source=CPA, start="2026-02-03", end="2026-02-03")
    quantities = group_quantities([whole, day], [a, b])
    assert len(quantities) == 2
    part, total = by_value(quantities, 132), by_value(quantities, 745)
    assert part.parent == total.id and total.parent is None
    assert "on 2026-02-03" in part.label and "since 2026-02-01" in total.label


@pytest.mark.parametrize("whole_places, part_places", [
    (["Karsk", "Dunmere"], ["Karsk"]),            # names fewer of the places
    (["Veloria"], ["northern Veloria"]),          # a qualified name inside a wider one
])
def test_quantities_sub_place_is_a_part(whole_places, part_places):
    a, b = doc("a", "2026-02-04"), doc("b", "2026-02-04")
    quantities = group_quantities([fig(a, 745, source=CPA, location=whole_places),
                                   fig(b, 72, source=CPA, location=part_places)], [a, b])
    assert by_value(quantities, 72).parent == by_value(quantities, 745).id


def test_quantities_located_smaller_figure_next_to_unlocated_total_is_a_part_everywhere():
    a, b = doc("a", "2026-02-04"), doc("b", "2026-02-05")
    figures = [fig(a, 745, source=CPA), fig(a, 72, source=CPA, location=["Karsk"], n=1),
               fig(b, 80, source=CPA, location=["Karsk"])]
    quantities = group_quantities(figures, [a, b])
    karsk, total = by_value(quantities, 72), by_value(quantities, 745)
    assert karsk is by_value(quantities, 80)
    assert karsk.parent == total.id
    assert [e["value"] for e in total.series] == [745]


def test_quantities_group_is_a_part_of_the_total():
    a = doc("a", "2026-02-04")
    quantities = group_quantities([fig(a, 745, group="mixed", source=CPA),
                                   fig(a, 610, group="civilians", source=CPA, n=1)], [a])
    assert by_value(quantities, 610).parent == by_value(quantities, 745).id


@pytest.mark.parametrize("others, unstated, expected", [
    ([("mixed", 745)], 1, "mixed"),                        # a total exists: unspecified is the total
    ([("civilians", 600), ("civilians", 640)], 1, "civilians"),   # only one group is counted
    ([("civilians", 600), ("security_forces", 40)], 1, "unspecified"),
    ([("security_forces", 2)], 3, "unspecified"),          # one officers' count among tolls of all
])
def test_quantities_unspecified_group_resolution(others, unstated, expected):
    a, b = doc("a", "2026-02-04"), doc("b", "2026-02-05")
    figures = [fig(a, v, group=g, source=CPA, n=i) for i, (g, v) in enumerate(others)]
    figures += [fig(b, 777 + i, group="unspecified", source=CPA, n=i) for i in range(unstated)]
    assert by_value(group_quantities(figures, [a, b]), 777).group == expected


def test_quantities_wire_copies_count_once():
    orig, copy = doc("wire", "2026-02-04"), doc("wire-copy", "2026-02-04", duplicate_of="wire")
    c, d = doc("c", "2026-02-04"), doc("d", "2026-02-04")
    figures = [fig(orig, 500, source="Interior Ministry"), fig(copy, 500, source="Interior Ministry"),
               fig(c, 520, source="Red Crescent"), fig(d, 520, source="Red Crescent")]
    q = group_quantities(figures, [orig, copy, c, d])[0]
    wire = next(e for e in q.series if e["value"] == 500)
    assert wire["copies"] == [copy.path]
    assert sum(1 for e in q.series if e["value"] == 500) == 1
    # Two independent reports cite the Red Crescent, the ministry's two are one report.
    assert q.source == "Red Crescent" and q.best == 520
    assert (q.low, q.high) == (500, 520)


def test_quantities_low_best_high_across_sources():
    a, b, c, d = (doc("a", "2026-02-03"), doc("b", "2026-02-03"), doc("c", "2026-02-04"),
                  doc("d", "2026-02-04"))
    figures = [fig(a, 120, source="Interior Ministry"), fig(b, 150, source="Red Crescent"),
               fig(c, 160, source="Red Crescent"), fig(d, 160, source="Red Crescent"),
               fig(c, 90, source="Interior Ministry", n=1, qualifier="at_least")]
    q = group_quantities(figures, [a, b, c, d])[0]
    # Ministry's current figure: at least 90 (its latest); Red Crescent's: 160,
    # and the Red Crescent is cited by three reports, the ministry by two.
    assert (q.low, q.best, q.high) == (90, 160, 160)
    assert q.label.endswith("per Red Crescent and 1 other source")


def test_quantities_label_is_readable():
    a = doc("a", "2026-02-04")
    q = group_quantities([fig(a, 745, group="civilians", source=CPA, location=["Karsk"],
                              start="2026-02-01")], [a])[0]
    assert q.label == "civilians killed, Karsk, since 2026-02-01, per Civil Protection Agency"


def test_quantities_ids_are_stable_across_runs():
    docs, figures = rising_toll()
    first = [q.id for q in group_quantities(figures, docs)]
    again = [q.id for q in group_quantities(list(figures), list(docs))]
    assert first == again and len(set(first)) == len(first)


def test_quantities_ignore_other_measures_and_keep_measures_apart():
    a = doc("a", "2026-02-04")
    quantities = group_quantities([fig(a, 745), fig(a, 2000, measure="injured", n=1),
                                   fig(a, 5_000_000, measure="other", n=2)], [a])
    assert sorted(q.measure for q in quantities) == ["injured", "killed"]


@pytest.mark.parametrize("qualifier, value, low, high, expected", [
    ("exact", 973, None, None, (973, 973)),
    ("at_least", 830, 830, None, (830, math.inf)),
    ("more_than", 973, None, None, (973, math.inf)),
    ("nearly", 30000, None, 30000, (27000, 30000)),
    ("up_to", 50, None, None, (0, 50)),
    ("vague", None, 200, 999, (200, 999)),
])
def test_quantities_interval_of_qualifier(qualifier, value, low, high, expected):
    a = doc("a")
    assert compute_interval(fig(a, value, qualifier=qualifier, low=low, high=high)) == pytest.approx(expected)


@pytest.mark.parametrize("a, b, expected", [
    (set(), {"karsk"}, "unknown"),
    ({"karsk"}, {"karsk"}, "same"),
    ({"karsk"}, {"karsk", "dunmere"}, "narrower"),
    ({"karsk", "dunmere"}, {"karsk"}, "wider"),
    ({"karsk", "lorn"}, {"karsk", "dunmere"}, "overlap"),
    ({"karsk"}, {"dunmere"}, "disjoint"),
    ({"northern veloria"}, {"veloria"}, "narrower"),
    # one place named with or without its administrative noun
    ({"karsk county"}, {"karsk"}, "same"),
    ({"karsk"}, {"karsk district"}, "same"),
    ({"northern district"}, {"southern district"}, "disjoint"),
])
def test_quantities_place_relation(a, b, expected):
    assert relate_places(a, b) == expected


@pytest.mark.parametrize("a, b, expected", [
    ("civil protection agency", "cpa", True),
    ("interior ministry", "ministry of interior", True),
    ("red crescent", "red crescent society", True),
    ("red crescent", "interior ministry", False),
])
def test_quantities_source_names_match(a, b, expected):
    assert match_names(a, b) is expected


@pytest.mark.parametrize("second_date, quantities", [
    ("2026-02-20", 1),    # 16 days later: the same story
    ("2026-04-20", 2),    # two months later, nothing in between: another story
    (None, 1),            # undated: fits anywhere
])
def test_quantities_reports_far_apart_are_different_stories(second_date, quantities):
    a, b = doc("a", "2026-02-04"), doc("b", second_date)
    figures = [fig(a, 745, source=CPA), fig(b, 900, source=CPA)]
    assert len(group_quantities(figures, [a, b])) == quantities


def test_quantities_worked_example_of_the_documentation():
    """docs/reconciliation.md, "Worked example (an earthquake)"."""
    from crosscheck.reconcile import reconcile
    d2, d3, d4, d6, undated = (doc("d2", "2026-02-02"), doc("d3", "2026-02-03"), doc("d4", "2026-02-04"),
                               doc("d6", "2026-02-06"), doc("u"))
    figures = [fig(d2, 340, source=CPA), fig(d4, 132, source=CPA, start="2026-02-02", end="2026-02-02", n=1),
               fig(d3, 745, source=CPA), fig(d4, 800, source="Red Crescent"), fig(d6, 1383, source=CPA),
               fig(undated, 1000, qualifier="more_than", source="CPA")]
    result = reconcile([d2, d3, d4, d6, undated], figures, [])
    whole, day = by_value(result.quantities, 340), by_value(result.quantities, 132)
    assert [e["value"] for e in whole.series] == [340, 745, 800, 1383, 1000]
    assert (whole.low, whole.best, whole.high) == (800, 1383, 1383)
    assert whole.label == "people (all groups) killed, per Civil Protection Agency and 1 other source"
    assert day.parent == whole.id
    assert result.conflicts == []


@pytest.mark.parametrize("published, day, parts", [
    ("2026-02-03", "2026-02-03", 0),   # "27 dead on Thursday", said on Thursday: the count's date
    ("2026-02-05", "2026-02-03", 1),   # "27 died on Thursday alone", written two days later
])
def test_quantities_day_of_the_report_is_the_date_of_the_count(published, day, parts):
    a, b = doc("a", "2026-02-02"), doc("b", published)
    quantities = group_quantities([fig(a, 12, source=CPA), fig(b, 27, source=CPA, start=day, end=day)], [a, b])
    assert sum(1 for q in quantities if q.parent) == parts


def test_quantities_tolerate_missing_documents_and_empty_input():
    from crosscheck.reconcile import reconcile
    assert reconcile([], [], []).quantities == []
    orphan = Figure(id="x", document_id="not-stored", document="/reports/gone.txt", sentence="",
                    value=12, measure="killed")
    vague = Figure(id="y", document_id="not-stored", document="/reports/gone.txt", sentence="",
                   value=None, qualifier="vague", measure="killed")
    quantities = group_quantities([orphan, vague], [])
    assert [e["undated"] for q in quantities for e in q.series] == [True]
    assert quantities[0].group == "unspecified"


def test_quantities_superseded_figure_is_not_current():
    a = doc("a", "2026-02-04")
    older = fig(a, 830, source="prior reports", qualifier="at_least")
    older.hedges = ["superseded"]
    q = group_quantities([older, fig(a, 973, source=CPA, n=1)], [a])[0]
    assert (q.low, q.best, q.high) == (973, 973, 973)
    assert [e["value"] for e in q.series] == [830, 973]


@pytest.mark.parametrize("places, shown", [
    (["Karsk", "Dunmere"], "Karsk and Dunmere"),
    (["Karsk", "Dunmere", "Lorn", "Osk"], "Karsk, Dunmere, Lorn and Osk"),
    (["Karsk", "Dunmere", "Lorn", "Osk", "Marl", "Tave"], "Karsk, Dunmere, Lorn and 3 more places"),
])
def test_quantities_label_names_a_few_places(places, shown):
    a = doc("a", "2026-02-04")
    q = group_quantities([fig(a, 745, group="civilians", source=CPA, location=places)], [a])[0]
    assert q.label == f"civilians killed, {shown}, per Civil Protection Agency"
    assert q.location == places


def test_quantities_exclusive_day_of_the_report_stays_a_part():
    a, b = doc("a", "2026-02-02"), doc("b", "2026-02-03")
    day = fig(b, 27, source=CPA, start="2026-02-03", end="2026-02-03")
    day.period_text = "on Thursday alone"
    quantities = group_quantities([fig(a, 12, source=CPA), day], [a, b])
    assert by_value(quantities, 27).parent == by_value(quantities, 12).id


# --- precision rules (descriptions, single days, self-counts, stories) -------------

from crosscheck.reconcile.quantities import canonicalize_sources  # noqa: E402


@pytest.mark.parametrize("names, description, expected", [
    # a lower-case description whose words all but one scope word lie in one name
    (["Veloria Civil Protection Agency"], "regional civil-protection agency", "Veloria Civil Protection Agency"),
    (["Karsk General Hospital"], "the local hospital", "Karsk General Hospital"),
    # the head noun is not in the name: a different source
    (["Veloria Civil Protection Agency"], "regional health office", "regional health office"),
    # fits two named sources: cannot tell, kept apart
    (["Karsk General Hospital", "Dunmere General Hospital"], "the regional hospital", "the regional hospital"),
    # a capitalised name is a name, never a description
    (["Veloria Civil Protection Agency"], "Regional Protection Agency", "Regional Protection Agency"),
])
def test_quantities_description_denotes_the_one_named_source_it_fits(names, description, expected):
    canon = canonicalize_sources(names + [description])
    from crosscheck.reconcile.quantities import normalize_name
    assert canon[normalize_name(description)] == expected


@pytest.mark.parametrize("sentence, single_day", [
    ("Twenty-seven dead in one day, and still no answers", True),
    ("27 people died in a single day", True),
    ("27 people died in the floods, a day after the dam broke", False),
])
def test_quantities_in_one_day_makes_a_single_day_part(sentence, single_day):
    a, b = doc("a", "2026-06-10"), doc("b", "2026-06-11")
    day = fig(b, 27, source=CPA)
    day.sentence, day.number_text = sentence, sentence.split()[0]
    figures = [fig(a, 31, source=CPA, start="2026-06-08"), day]
    qs = group_quantities(figures, [a, b])
    part = by_value(qs, 27)
    assert (part is not by_value(qs, 31)) == single_day
    if single_day:
        assert part.parent == by_value(qs, 31).id and "single day" in part.label


@pytest.mark.parametrize("sentence, own_quantity", [
    ("Our count of 33 deaths could not be independently verified.", True),
    ("We have recorded 33 deaths since Monday.", True),
    ('"We have lost 33 neighbours," a villager told the paper.', False),   # first person inside a quote
    ("33 deaths were recorded since Monday.", False),
])
def test_quantities_publishers_own_count_is_its_own_quantity(sentence, own_quantity):
    a = Document(id="id-ngo", path="/reports/ngo.txt", published="2026-06-10", published_from="text",
                 outlet="Karsk Relief Network")
    b = doc("wire", "2026-06-10")
    own = fig(a, 33)
    own.sentence = sentence
    figures = [own, fig(b, 34, source=CPA)]
    qs = group_quantities(figures, [a, b])
    assert (by_value(qs, 33) is not by_value(qs, 34)) == own_quantity
    if own_quantity:
        assert by_value(qs, 33).source == "Karsk Relief Network"


def story_fig(d, value, sentence, **kw):
    f = fig(d, value, **kw)
    f.sentence = sentence
    return f


def test_quantities_reports_of_unrelated_events_are_not_merged():
    q1, q2 = doc("quake-1", "2026-03-01"), doc("quake-2", "2026-03-03")
    s1, s2 = doc("shooting-1", "2026-03-10"), doc("shooting-2", "2026-03-11")
    figures = [
        story_fig(q1, 5600, "In Karsk and Dunmere, 5,600 were injured, the Interior Ministry said.",
                  measure="injured", location=["Karsk"]),
        story_fig(q2, 9870, "The Interior Ministry now counts 9,870 injured across Karsk province.",
                  measure="injured"),
        story_fig(s1, 17, "At the Brookvale Mall, 17 people were wounded, Brookvale police said.",
                  measure="injured", location=["Brookvale"]),
        story_fig(s2, 23, "In total 23 were injured at Brookvale Mall on Elm Street, the sheriff said.", measure="injured"),
    ]
    qs = group_quantities(figures, [q1, q2, s1, s2])
    assert by_value(qs, 5600) is by_value(qs, 9870)
    assert by_value(qs, 17) is by_value(qs, 23)
    assert by_value(qs, 17) is not by_value(qs, 5600)


def test_quantities_one_story_with_name_poor_reports_is_not_split():
    a, b = doc("a", "2026-03-01"), doc("b", "2026-03-02")
    figures = [story_fig(a, 40, "In Karsk, 40 died, the Veloria agency said.", source=CPA),
               story_fig(b, 61, "The toll rose to 61.", source=CPA)]   # names nothing: fits any story
    qs = group_quantities(figures, [a, b])
    assert by_value(qs, 40) is by_value(qs, 61)


def test_quantities_day_of_publication_is_the_count_date_even_when_reported_on_differs():
    a = doc("a", "2026-06-11")
    f = fig(a, 27, source=CPA, start="2026-06-11", end="2026-06-11")
    f.reported_on, f.period_text = "2026-06-08", "on Thursday"   # a misread reporting date
    qs = group_quantities([f, fig(doc("b", "2026-06-12"), 31, source=CPA, start="2026-06-08")],
                          [a, doc("b", "2026-06-12")])
    assert by_value(qs, 27) is by_value(qs, 31)


@pytest.mark.parametrize("period_text, exclusive", [
    ("on Thursday alone", True),
    ("in a single day", True),
    ("in 24 hours", True),
    ("that day", True),
    ("since Thursday", False),
    ("over the weekend", False),
    (None, False),
])
def test_quantities_exclusive_period_phrases(period_text, exclusive):
    from crosscheck.reconcile.quantities import is_exclusive

    assert is_exclusive(period_text) is exclusive


@pytest.mark.parametrize("sentence", [
    "At least 39 people were killed, including 6 children, witnesses said.",
    "More than 9,000 arrivals were registered, of whom 6 children alone.",
])
def test_quantities_count_included_in_a_larger_one_is_its_part(sentence):
    """"39 people, including 6 children": the 6 are a part of the 39, never the latest
    count of the civilians that other reports counted at 47 and 62."""
    a, b, c = doc("a", "2026-03-10"), doc("b", "2026-03-11"), doc("c", "2026-03-12")
    whole = fig(c, 39, group="unspecified", source="witnesses")
    six = fig(c, 6, group="civilians", source="witnesses", n=sentence.index("6 "))
    whole.sentence = six.sentence = sentence
    whole.number_text, six.number_text = "39" if "39" in sentence else "9,000", "6"
    whole.sentence_idx = six.sentence_idx = 4
    figures = [fig(a, 47, group="civilians", source="witnesses"), fig(b, 62, group="civilians", source="witnesses"), whole, six]
    civilians = by_value(group_quantities(figures, [a, b, c]), 62)
    assert civilians.best != 6 and civilians.low != 6


@pytest.mark.parametrize("sentence, kind", [
    ("At least 39 people were killed, including 6 children.", "inclusion"),
    ("At least 39 people were killed and 6 children were wounded.", None),
    ("Six of them were children.", "partitive"),
    # a part phrase opening the sentence, then the verb, then the number (no comma)
    ("Among the dead are 6 members of the Osk rowing club.", "partitive"),
    ("Among the dead were at least 6 pilgrims.", "partitive"),
    ("Among the rescuers, 6 were hurt.", "partitive"),
    # not a part phrase: the opening words are a place
    ("Among the hills of Osk 6 people died.", None),
    # after a comma the part words open a part of this number: it is the whole
    ("The guild has counted 6, among them two apprentices.", None),
    ("Boats brought back 6, of whom two were hurt.", None),
    ("The guild named 6 among them as leaders.", "partitive"),
    # a part verb whose subject is a casualty noun with no number: a part of a toll given elsewhere
    ("Fatalities include 6 pronounced dead at the scene and two who died later.", "partitive"),
    ("The dead include nine ferry hands and 6 passengers.", "partitive"),
    ("Fatalities comprised 6 miners from the night shift.", "partitive"),
    # the subject counts itself, or is no casualty noun, or the number is in a clause of its own
    ("The 40 dead include 6 children.", None),
    ("The bulletin includes 6 deaths recorded overnight.", None),
    ("The dead included two guards, officials said, and 6 were hurt.", None),
])
def test_quantities_part_words_around_a_number(sentence, kind):
    from crosscheck.reconcile.quantities import find_part_word

    number = "Six" if sentence.startswith("Six") else "6"
    f = Figure(id="x", document_id="d", document="d.txt", sentence=sentence, value=6, number_text=number)
    assert find_part_word(f) == kind


# --- over-wide quantities: older events, loose parts, one-day counts, cut-offs ----------

def sentence_fig(d: Document, value, sentence: str, number: str, **kw) -> Figure:
    f = fig(d, value, **kw)
    f.sentence, f.number_text = sentence, number
    return f


def test_quantities_older_event_of_a_year_is_its_own_quantity_across_reports():
    """Two reports recall the 2017 Tarvel dam failure with different tolls: they form one
    quantity of that year (so the two can be compared), apart from the current toll;
    an older event of another year, or not named alike, stays apart."""
    a, b = doc("a", "2026-05-02"), doc("b", "2026-05-05")
    figures = [
        fig(a, 48, source=CPA), fig(b, 61, source=CPA, n=1),
        sentence_fig(a, 230, "The last disaster, in 2017, killed 230 people in the Tarvel valley.", "230", n=2),
        sentence_fig(b, 300, "The 2017 Tarvel dam failure killed more than 300 people.", "300",
                     qualifier="more_than", n=3),
        sentence_fig(b, 90, "A mudslide in 2011 killed 90 people near Orsk.", "90", n=4),
    ]
    qs = group_quantities(figures, [a, b])
    toll, old = by_value(qs, 61), by_value(qs, 230)
    assert [e["value"] for e in toll.series] == [48, 61]
    assert sorted(e["value"] for e in old.series) == [230, 300]
    assert "in 2017" in old.label and old.parent is None
    other = by_value(qs, 90)
    assert other is not old and other is not toll


def test_quantities_loose_parts_form_a_part_quantity_not_members_of_the_toll():
    """"Six of the dead were children" and "nine of them were from Orsk mill" are parts of
    a larger count: they stay out of the toll's series, in a part quantity under it."""
    a, b = doc("a", "2026-05-02"), doc("b", "2026-05-03")
    six = sentence_fig(b, 6, "Six of the dead were children.", "Six", group="mixed", n=1)
    six.sentence_idx = 7
    figures = [fig(a, 48, source=CPA), fig(b, 61, source=CPA), six]
    qs = group_quantities(figures, [a, b])
    toll, part = by_value(qs, 61), by_value(qs, 6)
    assert part is not toll and part.parent == toll.id
    assert [e["value"] for e in toll.series] == [48, 61]
    assert "part of a larger count" in part.label


def test_quantities_count_on_a_single_day_named_by_the_report_date_stays_a_day():
    """"Twelve of them were killed on a single day, Friday" in Friday's report: that day's count,
    a part of the toll, not the toll as of Friday."""
    a, b = doc("a", "2026-05-01"), doc("b", "2026-05-08")
    day = sentence_fig(b, 12, "Twelve died on a single day, Friday, the nurses said.", "Twelve",
                       start="2026-05-08", end="2026-05-08", source="nurses")
    day.period_text = "Friday"
    figures = [fig(a, 48, source=CPA), fig(b, 61, source=CPA, n=1), day]
    qs = group_quantities(figures, [a, b])
    toll = by_value(qs, 61)
    assert [e["value"] for e in toll.series] == [48, 61]
    assert by_value(qs, 12).parent == toll.id



def test_quantities_keep_one_series_per_source():
    """Three counters give the same toll: the quantity holds each one's own series
    (most-cited first) and its label says other sources count it too."""
    a, b, c = doc("a", "2026-05-02"), doc("b", "2026-05-03"), doc("c", "2026-05-04")
    figures = [fig(a, 40, source=CPA), fig(b, 48, source=CPA), fig(b, 52, source="Red Crescent", n=1),
               fig(c, 55, source="Interior Ministry"), fig(c, 57, n=1)]
    (q,) = group_quantities(figures, [a, b, c])
    assert [(s["source"], s["latest"], len(s["figures"])) for s in q.by_source] == [
        (CPA, 48, 2), ("Interior Ministry", 55, 1), ("Red Crescent", 52, 1), (None, 57, 1)]
    assert q.label.endswith("per Civil Protection Agency and 2 other sources")
    single = group_quantities(figures[:2], [a, b])[0]
    assert single.label.endswith("per Civil Protection Agency") and len(single.by_source) == 1


@pytest.mark.parametrize("a, b, same", [
    ("kessar", "kesar", True),     # a letter dropped
    ("kessar", "kessor", True),    # a letter changed
    ("kessar", "kessar", False),   # the same spelling is no respelling
    ("osk", "ask", False),         # short names a letter apart are as likely two places
    ("kessar", "messar", False),   # another first letter
    ("kessar", "kes", False),
    ("upper kessar", "upper kesar", False),  # one-word names only
])
def test_quantities_place_respellings(a, b, same):
    from crosscheck.reconcile.quantities import is_respelling
    assert is_respelling(a, b) is same


def test_quantities_place_part_carries_to_a_respelt_name():
    from crosscheck.records import Document, Figure, record_id
    from crosscheck.reconcile.quantities import build_claims

    docs = [Document(id=f"id-{n}", path=f"/reports/{n}.txt", published=p, published_from="text")
            for n, p in (("a", "2031-04-02"), ("b", "2031-04-03"))]

    def fig(d, value, location, n):
        return Figure(id=record_id(d.id, value, n), document_id=d.id, document=d.path,
                      sentence=f"{value} were killed.", value=value, qualifier="exact", measure="killed",
                      group="civilians", location=list(location), char_start=n)

    # report a: 60 killed in all, 14 of them in Kessar; report b spells the village Kesar
    figures = [fig(docs[0], 60, [], 1), fig(docs[0], 14, ["Kessar"], 2), fig(docs[1], 14, ["Kesar"], 3)]
    claims = build_claims(figures, docs)
    parts = {c.figure.value: c.place_part for c in claims if c.places}
    assert sorted(c.place_part for c in claims if c.places) == [True, True], parts


def test_quantities_as_of_day_is_a_running_total_not_a_closed_span():
    """"As of 3 May, 43 have died" and, two days on, "as of 5 May, 47 have died": each is the
    toll as it stood that day, one rising series, not two spans that ended on different days.
    A span with both ends stated ("between 1 and 3 May") keeps its end."""
    from crosscheck.reconcile.quantities import build_claims

    a, b = doc("a", "2026-05-03"), doc("b", "2026-05-05")
    first = sentence_fig(a, 43, "As of 3 May, 43 people have died, the agency said.", "43",
                         end="2026-05-03", source=CPA)
    first.period_text = "As of 3 May"
    second = sentence_fig(b, 47, "Since the quake, 47 have died as of 5 May, the agency said.", "47",
                          end="2026-05-05", source=CPA)
    second.period_text = "since the quake; as of 5 May"
    span = sentence_fig(b, 9, "Between 1 and 3 May, 9 died in Karsk.", "9",
                        start="2026-05-01", end="2026-05-03", location=["Karsk"], n=1)
    span.period_text = "between 1 and 3 May"
    claims = {c.figure.number_text: c for c in build_claims([first, second, span], [a, b])}
    assert claims["43"].end is None and claims["47"].end is None
    assert claims["9"].end == "2026-05-03"
    qs = group_quantities([first, second], [a, b])
    assert [e["value"] for e in by_value(qs, 47).series] == [43, 47]
