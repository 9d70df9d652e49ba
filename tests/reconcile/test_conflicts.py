"""Conflicts between figures: hand-built records about an invented flood.

The Maren river flood (invented): towns Osk and Tilbury Ford, a Disaster
Management Office (DMO), a Red Crescent society, the Interior Ministry.
"""
from __future__ import annotations

import pytest

from crosscheck.records import Document, Figure, record_id
from crosscheck.reconcile.conflicts import find_conflicts
from crosscheck.reconcile.quantities import group_quantities

DMO = "Disaster Management Office"


def doc(name: str, published: str | None = None, duplicate_of: str | None = None) -> Document:
    return Document(id=f"id-{name}", path=f"/reports/{name}.txt", published=published,
                    published_from="text" if published else None,
                    duplicate_of=duplicate_of and f"id-{duplicate_of}")


def fig(d: Document, value, *, measure="killed", group="civilians", qualifier="exact", source=None,
        location=(), start=None, end=None, n=0, sentence=None) -> Figure:
    return Figure(id=record_id(d.id, value, measure, group, n, source, start, end),
                  document_id=d.id, document=d.path, sentence=sentence or f"{value} were {measure}.",
                  value=value, qualifier=qualifier, measure=measure, group=group,
                  location=list(location), period_start=start, period_end=end, source=source,
                  char_start=n)


def conflicts_of(figures, docs):
    return find_conflicts(figures, group_quantities(figures, docs), docs)


def pairs(conflicts, figures):
    """Each conflict as (kind, sorted values)."""
    value = {f.id: f.value for f in figures}
    return sorted((c.kind, tuple(sorted(value[i] for i in c.figures))) for c in conflicts)


@pytest.mark.parametrize("dates", [
    ("2026-05-02", "2026-05-03", "2026-05-06"),
    ("2026-05-02", None, "2026-05-06"),      # one report undated: order unknown, still updates
    (None, None, None),
])
def test_conflicts_rising_toll_from_one_source_is_not_a_conflict(dates):
    docs = [doc(f"r{i}", d) for i, d in enumerate(dates)]
    figures = [fig(d, v, source=DMO) for d, v in zip(docs, (340, 745, 1383))]
    assert conflicts_of(figures, docs) == []


def test_conflicts_different_sources_on_different_days_are_updates():
    a, b = doc("a", "2026-05-02"), doc("b", "2026-05-04")
    figures = [fig(a, 40, source="Interior Ministry"), fig(b, 61, source="Red Crescent")]
    assert conflicts_of(figures, [a, b]) == []


@pytest.mark.parametrize("first, second, conflict", [
    (("at_least", 830), ("exact", 973), False),
    (("more_than", 973), ("exact", 973), False),
    (("about", 100), ("exact", 105), False),
    (("exact", 125), ("more_than", 300), True),
    (("nearly", 30000), ("exact", 31000), True),
    (("exact", 40), ("exact", 61), True),
])
def test_conflicts_same_report_different_voices_by_qualifier(first, second, conflict):
    a = doc("a", "2026-05-03")
    figures = [fig(a, first[1], qualifier=first[0], source="Interior Ministry"),
               fig(a, second[1], qualifier=second[0], n=1)]
    found = conflicts_of(figures, [a])
    assert [c.kind for c in found] == (["contradiction"] if conflict else [])


@pytest.mark.parametrize("headline, body, conflict", [
    # a live blog's headline carries its latest toll; the entry below it an earlier one
    (("Floods live: toll rises to 58", 58), ("The agency said 47 people had died.", 47), False),
    # a bulletin's table rows are parts of its total, not rivals
    (("Deaths in the last 24 hours: 9", 9), ("The agency has confirmed 112 deaths.", 112), False),
    # two body sentences of different voices still contradict
    (("Officials said 58 people had died.", 58), ("The agency said 47 people had died.", 47), True),
])
def test_conflicts_headline_lines_never_contradict_their_report(headline, body, conflict):
    a = doc("a", "2026-05-03")
    figures = [fig(a, headline[1], sentence=headline[0]),
               fig(a, body[1], source="Disaster agency", sentence=body[0], n=1)]
    found = conflicts_of(figures, [a])
    assert [c.kind for c in found] == (["contradiction"] if conflict else [])


@pytest.mark.parametrize("earlier, later, conflict", [
    (340, 300, True),    # revised down: one of the two is wrong
    (200, 118, True),    # still more than half: a revision
    (200, 9, False),     # far fewer: a part the text did not scope (one day, one district)
])
def test_conflicts_falling_toll_needs_comparable_values(earlier, later, conflict):
    a, b = doc("a", "2026-05-03"), doc("b", "2026-05-06")
    figures = [fig(a, earlier), fig(b, later)]
    found = conflicts_of(figures, [a, b])
    assert [c.kind for c in found] == (["contradiction"] if conflict else [])


def test_conflicts_same_report_different_sources_contradict():
    a = doc("a", "2026-05-03")
    figures = [fig(a, 40, source="Interior Ministry"), fig(a, 61, source="Red Crescent", n=1)]
    found = conflicts_of(figures, [a])
    assert pairs(found, figures) == [("contradiction", (40, 61))]
    text = found[0].explanation
    for part in ("40", "61", "Interior Ministry", "Red Crescent", "a.txt", "2026-05-03"):
        assert part in text


def test_conflicts_same_day_different_sources_in_two_reports_are_not_compared():
    """Two counters' running tolls published hours apart differ by their hour."""
    a, b = doc("a", "2026-05-03"), doc("b", "2026-05-03")
    figures = [fig(a, 40, source="Interior Ministry"), fig(b, 61, source="Red Crescent")]
    assert conflicts_of(figures, [a, b]) == []


def test_conflicts_same_voice_in_one_report_is_an_update():
    a = doc("a", "2026-05-03")
    figures = [fig(a, 40, source=DMO), fig(a, 61, source=DMO, n=1)]
    assert conflicts_of(figures, [a]) == []


def test_conflicts_unsourced_estimate_against_monitor_is_carried_to_its_later_count():
    undated, dated = doc("undated"), doc("dated", "2026-05-05")
    estimate = fig(undated, 300, qualifier="more_than", group="security_forces")
    early = fig(undated, 125, group="security_forces", source=DMO, n=1)
    later = fig(dated, 231, group="security_forces", source=DMO)
    figures = [estimate, early, later]
    assert pairs(conflicts_of(figures, [undated, dated]), figures) == [
        ("contradiction", (125, 300)), ("contradiction", (231, 300))]


def test_conflicts_estimate_is_not_compared_with_an_older_count():
    undated, dated = doc("undated"), doc("dated", "2026-05-01")
    figures = [fig(undated, 300, qualifier="more_than"), fig(undated, 125, source=DMO, n=1),
               fig(dated, 90, source=DMO)]
    # 90 is lower than the 125 the report itself cites: an earlier count, no verdict.
    assert pairs(conflicts_of(figures, [undated, dated]), figures) == [("contradiction", (125, 300))]


def test_conflicts_single_day_number_equal_to_cumulative_is_a_scope_conflict():
    a, b, c = doc("a"), doc("b", "2026-05-11"), doc("c")
    figures = [fig(a, 973, qualifier="at_least", source=DMO, start="2026-05-10", end="2026-05-10"),
               fig(b, 973, source=DMO, start="2026-05-06"),
               fig(c, 973, qualifier="more_than", source=DMO, start="2026-05-06")]
    found = conflicts_of(figures, [a, b, c])
    assert [c.kind for c in found] == ["scope_conflict"]
    assert sorted(found[0].figures) == sorted(f.id for f in figures)
    assert "973" in found[0].explanation and "on 2026-05-10" in found[0].explanation
    assert "since 2026-05-06" in found[0].explanation


def test_conflicts_sub_place_with_the_whole_number_is_a_scope_conflict():
    a, b = doc("a", "2026-05-04"), doc("b", "2026-05-04")
    figures = [fig(a, 57, source=DMO, location=["Osk", "Tilbury Ford"]), fig(b, 57, source=DMO, location=["Osk"])]
    assert [c.kind for c in conflicts_of(figures, [a, b])] == ["scope_conflict"]


@pytest.mark.parametrize("value, flagged", [(20, False), (23, True)])
def test_conflicts_round_number_on_two_separate_days_is_a_coincidence(value, flagged):
    a, b = doc("a", "2026-05-04"), doc("b", "2026-05-05")
    figures = [fig(a, value, source=DMO, start="2026-05-02", end="2026-05-02"),
               fig(b, value, source=DMO, start="2026-05-03", end="2026-05-03")]
    kinds = [c.kind for c in conflicts_of(figures, [a, b])]
    assert kinds == (["scope_conflict"] if flagged else [])


@pytest.mark.parametrize("second_source, flagged", [
    ("Red Crescent", True),
    ("Ministry of Interior", False),   # the same source, named another way
    (None, False),                     # an outlet repeating a number is not a rival credit
])
def test_conflicts_same_number_credited_to_different_sources(second_source, flagged):
    a, b = doc("a", "2026-05-04"), doc("b", "2026-05-05")
    figures = [fig(a, 386, source="Interior Ministry", location=["Osk"]),
               fig(b, 386, source=second_source, location=["Osk"])]
    found = conflicts_of(figures, [a, b])
    assert [c.kind for c in found] == (["attribution_conflict"] if flagged else [])
    if flagged:
        assert "Interior Ministry" in found[0].explanation and "Red Crescent" in found[0].explanation


@pytest.mark.parametrize("span, conflict", [
    (("2026-05-08", "2026-05-08"), True),    # "on Friday": a finished day does not grow
    (("2026-05-04", "2026-05-08"), True),    # "from 4 to 8 May"
    ((None, None), False),                   # cumulative counts of different days: a rising toll
])
def test_conflicts_same_finished_period_compared_across_days(span, conflict):
    a, b = doc("a", "2026-05-09"), doc("b", "2026-05-13")
    figures = [fig(a, 27, source="Doctors' Union", start=span[0], end=span[1]),
               fig(b, 11, source="Civic Rights Centre", start=span[0], end=span[1])]
    found = conflicts_of(figures, [a, b])
    assert [c.kind for c in found] == (["contradiction"] if conflict else [])
    if conflict:
        assert "same period" in found[0].explanation


def test_conflicts_falling_toll_is_one_conflict_with_all_its_figures():
    a, b, c = doc("a", "2026-05-03"), doc("b", "2026-05-05"), doc("c", "2026-05-07")
    figures = [fig(a, 4), fig(b, 3), fig(c, 3)]
    found = conflicts_of(figures, [a, b, c])
    assert pairs(found, figures) == [("contradiction", (3, 3, 4))]
    assert "cannot fall" in found[0].explanation


def test_conflicts_scope_explains_a_number_before_its_credits():
    """One report: 412 since Monday per the ministry; another: 412 on Thursday
    alone per the Red Crescent. One scope conflict, not a second attribution one."""
    a, b = doc("a", "2026-05-07"), doc("b", "2026-05-09")
    figures = [fig(a, 412, source="Health Ministry", start="2026-05-04"),
               fig(b, 412, source="Red Crescent", start="2026-05-07", end="2026-05-07")]
    assert [c.kind for c in conflicts_of(figures, [a, b])] == ["scope_conflict"]


def test_conflicts_wire_copy_is_not_a_second_voice():
    orig, copy = doc("wire", "2026-05-04"), doc("wire-copy", "2026-05-04", duplicate_of="wire")
    figures = [fig(orig, 40), fig(copy, 40), fig(orig, 61, source=DMO, n=1)]
    found = conflicts_of(figures, [orig, copy])
    # One contradiction (the wire's own 40 against the office's 61), not one per copy.
    assert pairs(found, figures) == [("contradiction", (40, 61))]


def test_conflicts_personal_count_is_not_a_rival_toll():
    a = doc("a", "2026-05-04")
    figures = [fig(a, 42, qualifier="at_least", source=DMO),
               Figure(id="friends", document_id=a.id, document=a.path, sentence="18 of his neighbours died",
                      value=18, qualifier="exact", measure="killed", group="civilians",
                      subject="his neighbours", source="Anan Roe")]
    assert conflicts_of(figures, [a]) == []


def test_conflicts_ids_are_stable():
    a, b = doc("a", "2026-05-03"), doc("b", "2026-05-03")
    figures = [fig(a, 40, source="Interior Ministry"), fig(b, 61, source="Red Crescent")]
    assert [c.id for c in conflicts_of(figures, [a, b])] == [c.id for c in conflicts_of(list(figures), [a, b])]


@pytest.mark.parametrize("measure, sources, flagged", [
    ("killed", (None, None), True),                        # the dead do not come back
    ("killed", (DMO, DMO), True),                          # a source lowering its own toll
    ("killed", ("Interior Ministry", "Red Crescent"), False),  # two counters may count differently
    ("missing", (None, None), False),                      # the missing are found: an update
    ("detained", (DMO, DMO), False),
])
def test_conflicts_falling_count_between_dated_reports(measure, sources, flagged):
    a, b = doc("a", "2026-05-02"), doc("b", "2026-05-04")
    figures = [fig(a, 2, measure=measure, group="security_forces", source=sources[0]),
               fig(b, 1, measure=measure, group="security_forces", source=sources[1])]
    found = conflicts_of(figures, [a, b])
    assert [c.kind for c in found] == (["contradiction"] if flagged else [])
    if flagged:
        assert "cannot fall" in found[0].explanation


@pytest.mark.parametrize("later_places, flagged", [
    (["Osk"], False),                    # the later count leaves out Tilbury Ford: fewer places, not fewer dead
    (["Osk", "Tilbury Ford"], True),     # the same places: the toll fell
])
def test_conflicts_falling_toll_needs_the_later_count_to_cover_every_place(later_places, flagged):
    a, b = doc("a", "2026-05-02"), doc("b", "2026-05-06")
    figures = [fig(a, 9, location=["Osk", "Tilbury Ford"]), fig(b, 7, location=later_places)]
    found = conflicts_of(figures, [a, b])
    assert any("cannot fall" in c.explanation for c in found) is flagged


def test_conflicts_placed_and_unplaced_figures_are_not_compared():
    a = doc("a", "2026-05-03")
    figures = [fig(a, 5600, measure="injured", source=DMO),
               fig(a, 300, measure="injured", source="Anan Roe", location=["Osk"], n=1)]
    assert conflicts_of(figures, [a]) == []


@pytest.mark.parametrize("hedges, conflicts", [([], 1), (["superseded"], 0)])
def test_conflicts_figure_the_text_dates_as_older_is_not_a_rival(hedges, conflicts):
    a = doc("a", "2026-05-03")
    older = fig(a, 40, source="earlier reports")
    older.hedges = hedges
    figures = [older, fig(a, 61, source=DMO, n=1)]
    assert len(conflicts_of(figures, [a])) == conflicts


def test_conflicts_same_number_in_unrelated_stories_is_no_attribution_conflict():
    a, b = doc("a", "2026-05-04"), doc("b", "2026-09-20")
    figures = [fig(a, 386, source="Interior Ministry"), fig(b, 386, source="Red Crescent")]
    assert conflicts_of(figures, [a, b]) == []


@pytest.mark.parametrize("part_sentence, conflicts", [
    (4, 0),   # one sentence: a total and its breakdown
    (5, 0),   # the next sentence, in the report's own voice: it details the source's total
    (6, 0),   # two sentences on: still a detail
    (9, 1),   # far away: a rival count
    (3, 1),   # stated before the source's total: a rival count
])
def test_conflicts_numbers_of_one_sentence_are_not_rivals(part_sentence, conflicts):
    a = doc("a", "2026-05-03")
    total, part = fig(a, 23, measure="injured", source=DMO), fig(a, 5, measure="injured", n=1)
    total.sentence_idx, part.sentence_idx = 4, part_sentence
    assert len(conflicts_of([total, part], [a])) == conflicts


@pytest.mark.parametrize("period_text, flagged", [
    ("on Saturday", False),        # the whole event may have happened on Saturday
    ("on Saturday alone", True),   # the text says: that day only
])
def test_conflicts_day_against_a_toll_of_unknown_start(period_text, flagged):
    a, b = doc("a", "2026-05-04"), doc("b", "2026-05-05")
    day = fig(a, 14, start="2026-05-02", end="2026-05-02")
    day.period_text = period_text
    figures = [day, fig(b, 14)]
    assert [c.kind for c in conflicts_of(figures, [a, b])] == (["scope_conflict"] if flagged else [])


def test_conflicts_report_restating_its_number_is_no_scope_conflict():
    a = doc("a", "2026-05-04")
    figures = [fig(a, 973, source=DMO, start="2026-05-01", location=["Osk"]),
               fig(a, 973, source=DMO, start="2026-05-03", end="2026-05-03", n=1)]
    assert conflicts_of(figures, [a]) == []


# --- precision rules -------------------------------------------------------------

def with_sentence(f: Figure, sentence: str, number_text: str | None = None) -> Figure:
    f.sentence, f.number_text = sentence, number_text
    return f


def test_conflicts_description_of_a_named_source_is_no_rival_credit():
    a, b = doc("a", "2026-05-04"), doc("b", "2026-05-06")
    figures = [fig(a, 27, source="regional disaster-management office"), fig(b, 27, source="Maren Disaster Management Office")]
    assert conflicts_of(figures, [a, b]) == []


def test_conflicts_single_day_figure_is_never_a_falling_total():
    a, b = doc("a", "2026-05-03"), doc("b", "2026-05-05")
    day = with_sentence(fig(b, 27, source=DMO), "Twenty-seven dead in one day, and no answers", "Twenty-seven")
    figures = [fig(a, 31, source=DMO, start="2026-05-01"), day]
    assert conflicts_of(figures, [a, b]) == []


@pytest.mark.parametrize("sentence, flagged", [
    ("Our count of 33 deaths could not be independently verified.", False),   # the publisher counting itself
    ("33 people died, according to a local count.", True),                    # the report's voice vs the office
])
def test_conflicts_publishers_own_count_is_no_contradiction(sentence, flagged):
    ngo = Document(id="id-ngo", path="/reports/ngo.txt", published="2026-05-03", published_from="text",
                   outlet="Maren Relief Network")
    wire = doc("wire", "2026-05-03")
    day = dict(start="2026-05-02", end="2026-05-02")   # both count Saturday's dead: a finished day
    figures = [with_sentence(fig(ngo, 33, **day), sentence), fig(wire, 34, source=DMO, **day)]
    assert bool(conflicts_of(figures, [ngo, wire])) == flagged


def test_conflicts_publishers_own_count_keeps_its_attribution_conflict():
    ngo = Document(id="id-ngo", path="/reports/ngo.txt", published="2026-05-03", published_from="text",
                   outlet="Maren Relief Network")
    paper = doc("paper", "2026-05-04")
    figures = [with_sentence(fig(ngo, 33), "Our teams have recorded 33 deaths."),
               fig(paper, 33, source="Osk General Hospital")]
    assert [c.kind for c in conflicts_of(figures, [ngo, paper])] == ["attribution_conflict"]


@pytest.mark.parametrize("qualifier, low, high, flagged", [
    ("vague", 200, 999, False),   # "hundreds": a description, not a rival count
    ("exact", None, None, True),
])
def test_conflicts_vague_figure_contradicts_nothing(qualifier, low, high, flagged):
    a = doc("a", "2026-05-03")
    loose = fig(a, 300, measure="displaced", qualifier=qualifier, source="volunteers", n=1)
    loose.low, loose.high = low, high
    figures = [fig(a, 6000, measure="displaced", qualifier="nearly"), loose]
    assert bool(conflicts_of(figures, [a])) == flagged


@pytest.mark.parametrize("dates, flagged", [
    (("2026-05-03", "2026-05-03"), True),    # same day, two reports, one source: misquote or revision
    (("2026-05-03", "2026-05-04"), False),   # next day: an update
    (("2026-05-03", None), False),           # order unknown: an update
])
def test_conflicts_same_source_quoted_differently_on_one_day(dates, flagged):
    a, b = doc("a", dates[0]), doc("b", dates[1])
    figures = [fig(a, 31, source=DMO), fig(b, 34, source=DMO)]
    found = conflicts_of(figures, [a, b])
    assert [c.kind for c in found] == (["contradiction"] if flagged else [])
    if flagged:
        assert "during the day" in found[0].explanation


def test_conflicts_breakdown_of_its_sentence_is_no_rival_elsewhere():
    a = doc("a", "2026-05-03")
    total, part = fig(a, 23, measure="injured", source=DMO), fig(a, 5, measure="injured", source=DMO, n=1)
    other = fig(a, 12, measure="injured", n=2)
    total.sentence_idx = part.sentence_idx = 4
    other.sentence_idx = 9
    # 5 is a breakdown of 23 (one sentence); 12, far away and in the report's voice, rivals 23 only
    assert pairs(conflicts_of([total, part, other], [a]), [total, part, other]) == [("contradiction", (12, 23))]


def test_conflicts_distinctive_number_placed_by_another_report_is_no_rival_total():
    wire, ngo = doc("wire", "2026-05-03"), doc("ngo", "2026-05-04")
    figures = [fig(wire, 386, source="Interior Ministry", location=["Osk"]),
               fig(ngo, 2134, source="Interior Ministry"),
               fig(ngo, 386, source="Red Crescent", n=1)]   # 386 is Osk's count, not a rival total
    assert [c.kind for c in conflicts_of(figures, [wire, ngo])] == ["attribution_conflict"]


def test_conflicts_unrelated_stories_share_no_conflict():
    a, b = doc("quake", "2026-05-03"), doc("ferry", "2026-05-20")
    f1 = with_sentence(fig(a, 386, location=["Osk"], source="Interior Ministry"),
                       "In Osk, 386 died, the Interior Ministry said after the Maren quake.")
    f2 = with_sentence(fig(b, 386, source="Coast Guard"),
                       "The Tarrow Bay ferry sinking killed 386, the Coast Guard said.")
    assert conflicts_of([f1, f2], [a, b]) == []


@pytest.mark.parametrize("places, flagged", [
    (([], ["Dalmor"]), True),             # one report names the place, the other does not: still one count
    ((["Halvik"], ["Dalmor"]), False),    # two places: two counts
])
def test_conflicts_same_source_same_day_place_named_once(places, flagged):
    a, b = doc("a", "2026-05-03"), doc("b", "2026-05-03")
    figures = [fig(a, 31, source=DMO, location=places[0]), fig(b, 34, source=DMO, location=places[1])]
    assert [c.kind for c in conflicts_of(figures, [a, b])] == (["contradiction"] if flagged else [])


@pytest.mark.parametrize("part_sentence, part_places, whole_date, conflict", [
    # the governor's share for one province tops the national toll given the same day
    ("The Maren governor said 640 people had died in Osk province alone.", ["Osk province"], "2026-05-04", True),
    # said without naming the place: "in his province alone"
    ("The Maren governor, speaking in Osk, said the real figure in his province alone was more than 640.", [], "2026-05-04", True),
    # ... also when the figure's place was read from the province the report named before
    ("The governor of Osk province put the toll in his province alone above 640.", ["Osk"], "2026-05-04", True),
    # a national toll given later must be larger still: still a contradiction
    ("The Maren governor said 640 people had died in Osk province alone.", ["Osk province"], "2026-05-06", True),
    # a national toll given earlier may simply be out of date
    ("The Maren governor said 640 people had died in Osk province alone.", ["Osk province"], "2026-05-02", False),
    # no word makes the place a share: it may be a different count
    ("The Maren governor said 640 people had died in Osk province.", ["Osk province"], "2026-05-04", False),
])
def test_conflicts_place_share_larger_than_the_whole(part_sentence, part_places, whole_date, conflict):
    a, b = doc("gov", "2026-05-04"), doc("nat", whole_date)
    figures = [fig(a, 640, group="unspecified", source="Governor Bekar", location=part_places,
                   sentence=part_sentence),
               fig(b, 412, group="unspecified", qualifier="at_least", source=DMO, n=1,
                   sentence="At least 412 people have been killed across Maren since the Osk earthquake, the DMO said.")]
    found = conflicts_of(figures, [a, b])
    assert pairs(found, figures) == ([("contradiction", (412, 640))] if conflict else [])
    if conflict:
        assert "larger than the whole" in found[0].explanation


def test_conflicts_a_building_in_the_town_adds_no_ground():
    # "killed at Greyfield Prison, Osk" and "killed in Osk": the same place, told more or less closely
    a, b = doc("wire", "2026-05-04"), doc("paper", "2026-05-05")
    figures = [fig(a, 79, group="unspecified", location=["Greyfield Prison", "Osk"], start="2026-04-11",
                   end="2026-04-11", sentence="On 11 April, 79 inmates were killed at Greyfield Prison, Osk."),
               fig(b, 79, group="unspecified", location=["Osk"], start="2026-04-11", end="2026-04-11", n=1,
                   sentence="On 11 April, 79 inmates were killed in Osk.")]
    assert conflicts_of(figures, [a, b]) == []


def test_conflicts_place_share_against_one_groups_count_is_no_rival():
    # "2 soldiers killed" counts one side only: nine dead in one town may be anyone
    a, b = doc("gov", "2026-05-04"), doc("nat", "2026-05-04")
    figures = [fig(a, 9, group="unspecified", source="Governor Bekar", location=["Osk"],
                   sentence="Nine people died in Osk alone, the Maren governor said."),
               fig(b, 2, group="security_forces", source=DMO, n=1,
                   sentence="Two soldiers were killed across Maren, the DMO said.")]
    assert conflicts_of(figures, [a, b]) == []


def test_conflicts_place_share_against_a_row_of_a_by_day_list_is_no_rival():
    # "Deaths by date: 3 May: 5 / 4 May: 8": each row is one day's count, not the report's whole toll
    a, b = doc("elders", "2026-05-04"), doc("sitrep", "2026-05-04")
    figures = [fig(a, 9, group="unspecified", source="village elders", location=["Osk"],
                   sentence="Nine people died in Osk alone, the village elders said."),
               fig(b, 5, group="unspecified", start="2026-05-03", end="2026-05-03", n=1, sentence="- 3 May: 5"),
               fig(b, 8, group="unspecified", start="2026-05-04", end="2026-05-04", n=2, sentence="- 4 May: 8")]
    assert conflicts_of(figures, [a, b]) == []


def test_conflicts_place_share_of_missing_people_only_against_the_same_day():
    a, b = doc("gov", "2026-05-04"), doc("nat", "2026-05-06")
    figures = [fig(a, 640, measure="missing", group="unspecified", location=["Osk province"],
                   sentence="640 people are missing in Osk province alone."),
               fig(b, 412, measure="missing", group="unspecified", n=1,
                   sentence="412 people are still missing across the country.")]
    assert conflicts_of(figures, [a, b]) == []


def test_quantities_place_below_an_earlier_total_is_a_part_of_it():
    a, b, c = doc("a", "2026-05-04"), doc("b", "2026-05-05"), doc("c", "2026-05-06")
    figures = [fig(a, 412, group="unspecified", qualifier="at_least", source=DMO),
               fig(b, 46, group="unspecified", location=["Tilbury Ford"], source="the mayor", n=1),
               fig(c, 780, group="unspecified", source=DMO, n=2)]
    quantities = group_quantities(figures, [a, b, c])
    whole = next(q for q in quantities if figures[0].id in q.figures)
    part = next(q for q in quantities if figures[1].id in q.figures)
    assert whole is not part and part.parent == whole.id
    assert figures[2].id in whole.figures
    assert conflicts_of(figures, [a, b, c]) == []


def test_conflicts_place_share_of_a_longer_tally_is_no_rival():
    a, b = doc("union", "2026-05-04"), doc("nat", "2026-05-04")
    figures = [fig(a, 640, group="unspecified", location=["Osk province"],
                   sentence="More than 640 workers have died in Osk province alone since 2019, the Maren union said."),
               fig(b, 412, group="unspecified", qualifier="at_least", source=DMO, n=1,
                   sentence="At least 412 people have been killed across Maren since the Osk earthquake, the DMO said.")]
    assert conflicts_of(figures, [a, b]) == []


def test_conflicts_place_share_joins_the_disagreement_over_the_same_low_total():
    a = doc("union", "2026-05-04")
    figures = [fig(a, 3, group="unspecified", source="Interior Ministry",
                   sentence="The Maren Interior Ministry said three people had died."),
               fig(a, 17, group="unspecified", source="Doctors' Union", n=1,
                   sentence="The Maren Doctors' Union counts 17 dead."),
               fig(a, 9, group="unspecified", source="Doctors' Union", n=2, location=["Osk Clinical Centre"],
                   sentence="Nine of them died in the Osk Clinical Centre alone, the Maren union said.")]
    found = conflicts_of(figures, [a])
    assert [c.kind for c in found] == ["contradiction"]
    assert sorted(f.value for f in figures if f.id in found[0].figures) == [3, 9, 17]


def test_quantities_a_located_toll_revised_down_is_not_a_part():
    a, b = doc("a", "2026-06-13"), doc("b", "2026-06-14")
    figures = [fig(a, 82, group="unspecified", source=DMO),
               fig(b, 81, group="unspecified", location=["Osk"], source=DMO, n=1,
                   sentence="The DMO revised the Osk death toll down to 81, saying one body was counted twice.")]
    quantities = group_quantities(figures, [a, b])
    assert len({q.id for q in quantities if set(q.figures) & {f.id for f in figures}}) == 1


def test_conflicts_people_in_shelters_are_part_of_the_displaced():
    a = doc("flash", "2026-03-07")
    figures = [fig(a, 85000, measure="displaced", group="unspecified", source=DMO,
                   sentence="The DMO says 85,000 people have been displaced."),
               fig(a, 41000, measure="displaced", group="unspecified", qualifier="about", n=1, source="Red Crescent",
                   sentence="Approximately 41,000 people are staying in 212 collective centres and tent camps, "
                            "the Red Crescent said.")]
    assert conflicts_of(figures, [a]) == []


def test_conflicts_log_entries_of_a_report_are_not_rivals_of_its_summary():
    """A release's summary ("As of 18:00, the office confirms 14 dead") and its
    incident log's earlier entries ("05:40 – Seven dead") are steps of one toll."""
    a = doc("a", "2026-10-16")
    figures = [fig(a, 14, source=DMO), fig(a, 7, n=1), fig(a, 11, n=2)]
    for f, idx in zip(figures, (0, 10, 12)):
        f.sentence_idx = idx  # the log stands far below the summary
    figures[1].reported_on, figures[2].reported_on = "2026-10-16T05:40", "2026-10-16T09:15"
    assert conflicts_of(figures, [a]) == []
    figures[1].reported_on = figures[2].reported_on = None  # the same figures unstamped: rivals in one report
    assert pairs(conflicts_of(figures, [a]), figures) != []


@pytest.mark.parametrize("sentence, flagged", [
    ("Seventeen years ago at Osk, 11 people died in the same kind of flood.", False),
    ("A year ago, 11 people died there.", False),
    ("Only 11 people died, the union said.", True),
])
def test_conflicts_deaths_the_text_sets_years_ago_are_another_event(sentence, flagged):
    a = doc("a", "2026-10-18")
    figures = [fig(a, 23, qualifier="at_least", source="River Workers Union"), fig(a, 11, n=1, sentence=sentence)]
    figures[0].sentence_idx, figures[1].sentence_idx = 0, 10
    assert bool(conflicts_of(figures, [a])) == flagged


def test_conflicts_counts_one_report_dates_differently_are_not_rivals():
    a = doc("a", "2026-03-24")
    figures = [fig(a, 37, source="a farmer"), fig(a, 9, n=1, start="2026-03-12")]
    figures[1].period_text = "on the night of March 12"
    figures[0].sentence_idx, figures[1].sentence_idx = 3, 9
    assert conflicts_of(figures, [a]) == []
    figures[1].period_text = "since March 12"  # a running count against an undated one: rivals
    assert pairs(conflicts_of(figures, [a]), figures) == [("contradiction", (9, 37))]
    figures[1].period_text = "12 March"  # "the toll from the 12 March attack": a running count too
    assert pairs(conflicts_of(figures, [a]), figures) == [("contradiction", (9, 37))]
    figures[1].period_start, figures[1].period_text = None, None
    assert pairs(conflicts_of(figures, [a]), figures) == [("contradiction", (9, 37))]


@pytest.mark.parametrize("second, conflict", [
    ("The 2014 Osk barrage collapse killed more than 300 people.", True),
    ("The 2014 Osk barrage collapse killed 210 people.", False),      # the same toll
    ("A fire in 2009 killed more than 300 people in Tilbury Ford.", False),   # another year
    ("The 2014 Pell mine blast killed more than 300 people.", False),  # another event of that year
])
def test_conflicts_two_reports_recalling_one_older_event_differently(second, conflict):
    """Two reports recall the toll of one older disaster (named alike, same year): 210
    against more than 300 is a contradiction; the current toll is not involved."""
    a, b = doc("a", "2026-05-02"), doc("b", "2026-05-06")
    old = fig(a, 210, group="unspecified", n=1, sentence="The worst flood, in 2014, killed 210 people along the Osk barrage.")
    old.number_text = "210"
    value = 210 if "210" in second else 300
    other = fig(b, value, group="unspecified", qualifier="exact" if value == 210 else "more_than", n=2, sentence=second)
    other.number_text = str(value)
    figures = [fig(a, 40, source=DMO), fig(b, 61, source=DMO), old, other]
    found = pairs(conflicts_of(figures, [a, b]), figures)
    assert found == ([("contradiction", (210, 300))] if conflict else [])


def test_conflicts_same_day_count_revised_in_its_sentence_is_no_misquote():
    """Two reports of one day quote the agency with 870 and 930, and the second says
    "930, up from 870 a day earlier": the count was revised, not misquoted (the 870 of
    that sentence, a part of it, sits outside the toll's quantity)."""
    a, b = doc("a", "2026-05-06"), doc("b", "2026-05-06")
    s = "The agency put the number of dead at 930 late last night, up from 870 a day earlier."
    new, old = fig(b, 930, group="unspecified", source=DMO, n=1, sentence=s), fig(b, 870, group="unspecified", source=DMO, n=2, sentence=s)
    new.number_text, old.number_text = "930", "870"
    new.sentence_idx = old.sentence_idx = 3
    figures = [fig(a, 870, group="unspecified", source=DMO, start="2026-05-01"), new, old]
    assert conflicts_of(figures, [a, b]) == []


def test_conflicts_older_event_sharing_a_number_is_no_scope_conflict():
    """"The camp hosts about 23,000 people who fled the 2019 fighting" (read as an
    older event's count) and "23,000 displaced in Osk" now: the number is shared by
    chance, not a scope clash."""
    a, b = doc("a", "2026-05-02"), doc("b", "2026-05-06")
    old = fig(a, 23000, measure="displaced", group="unspecified", qualifier="about", n=1,
              sentence="The camp hosts about 23,000 people, most of whom fled the fighting in 2019.")
    old.number_text = "23,000"
    now = fig(b, 23000, measure="displaced", group="unspecified", qualifier="about", location=["Osk"],
              start="2026-05-01", end="2026-05-01", n=2)
    assert conflicts_of([old, now], [a, b]) == []


@pytest.mark.parametrize("first_given, flagged", [
    ("2026-05-02", False),   # the column repeats a toll the police gave before the share: it may have risen since
    ("2026-05-06", True),    # the police's toll, first given after the share, is still below it
])
def test_conflicts_place_share_against_a_whole_given_earlier_by_its_source(first_given, flagged):
    early, share, column = doc("police", first_given), doc("radio", "2026-05-04"), doc("column", "2026-05-08")
    figures = [fig(early, 12, group="unspecified", source="Maren Police",
                   sentence="Twelve people died in the raid, the Maren Police said."),
               fig(share, 18, group="unspecified", source="Elder Tomas Vell", location=["Osk"], n=1,
                   sentence="In Osk alone we buried eighteen, Elder Tomas Vell said."),
               fig(column, 12, group="unspecified", source="Maren Police", n=2,
                   sentence="On the first day the Maren Police told the nation that 12 people died.")]
    found = conflicts_of(figures, [early, share, column])
    assert any(c.kind == "contradiction" for c in found) == flagged


def test_conflicts_place_share_against_a_placeless_row_of_a_list_is_no_scope_conflict():
    # "1. OSK / - Killed: 23 ... 2. TILBURY FORD / - Killed: 14": the row counts what its heading names
    radio, letter = doc("radio", "2026-05-04"), doc("letter", "2026-05-05")
    figures = [fig(radio, 23, group="unspecified", source="Elder Tomas Vell", location=["Osk"], n=3,
                   sentence="In Osk alone we buried twenty-three, Elder Tomas Vell said."),
               fig(radio, 71, group="unspecified", source="Elder Tomas Vell", n=4,
                   sentence="We have buried seventy-one people, Elder Tomas Vell said."),
               fig(letter, 23, group="unspecified", n=1, sentence="- Killed: 23, among them six children"),
               fig(letter, 14, group="unspecified", n=2, sentence="- Killed: 14")]
    assert conflicts_of(figures, [radio, letter]) == []


@pytest.mark.parametrize("moments, sentence, flagged", [
    # two live pages' entries of one day at different hours: the source's count then and later
    (("2026-05-03T08:10", "2026-05-03T19:40"), None, False),
    # the same hour in both: a misquote
    (("2026-05-03T08:10", "2026-05-03T08:10"), None, True),
    # one report's sentence says the source changed its count
    ((None, None), "The fire chief now says 34 people are missing, up from her noon count.", False),
    ((None, None), None, True),
])
def test_conflicts_same_source_same_day_update_within_the_day(moments, sentence, flagged):
    a, b = doc("a", "2026-05-03"), doc("b", "2026-05-03")
    first, second = fig(a, 31, source=DMO), fig(b, 34, source=DMO, sentence=sentence)
    first.reported_on, second.reported_on = (m or "2026-05-03" for m in moments)
    assert [c.kind for c in conflicts_of([first, second], [a, b])] == (["contradiction"] if flagged else [])


@pytest.mark.parametrize("second_places, flagged", [
    (["Osk"], True),                                    # the hospital's town only: the camp is the first count's own
    (["Osk General Hospital", "Tarn Bend camp"], False),  # the same ground
])
def test_conflicts_same_number_taking_in_a_site_more_is_a_scope_conflict(second_places, flagged):
    # a charity's 112 wounded "from the strikes on Tarn Bend camp and the market" at its hospital in Osk,
    # against a live page's 112 "hurt in the market strike" at "its hospital in Osk"
    a, b = doc("a", "2026-05-04"), doc("b", "2026-05-03")
    figures = [fig(a, 112, measure="injured", source="Red Crescent", start="2026-05-01",
                   location=["Osk General Hospital", "Maren province", "Tarn Bend camp"]),
               fig(b, 112, measure="injured", source="Red Crescent", start="2026-05-01", location=second_places)]
    kinds = [c.kind for c in conflicts_of(figures, [a, b])]
    assert kinds == (["scope_conflict"] if flagged else [])


def test_conflicts_part_dated_to_its_own_day_is_that_days_count():
    """"At least 21 have died since Friday, seven of them on Sunday alone": the seven is Sunday's
    count (a day of its own), set against another report's count of that Sunday; without the day
    it is a breakdown of the 21 and compared with nothing."""
    a, b = doc("a", "2026-05-04"), doc("b", "2026-05-06")
    sentence = "At least 21 have died since Friday, the health officer said, seven of them on Sunday alone."
    total = with_sentence(fig(a, 21, qualifier="at_least", source="Velder Health Office", start="2026-05-01"), sentence, "21")
    day = with_sentence(fig(a, 7, source="Velder Health Office", start="2026-05-03", end="2026-05-03", n=1),
                        sentence, "seven")
    day.period_text = "on Sunday alone"
    total.sentence_idx = day.sentence_idx = 2
    rival = with_sentence(fig(b, 12, source="Osk Nurses' Union", start="2026-05-03", end="2026-05-03"),
                          "Twelve people died on Sunday alone, the Osk Nurses' Union said.", "Twelve")
    rival.period_text = "on Sunday alone"
    figures = [total, day, rival]
    assert ("contradiction", (7, 12)) in pairs(conflicts_of(figures, [a, b]), figures)
    day.sentence = total.sentence = "At least 21 have died since Friday, the health officer said, seven of them women."
    day.period_start = day.period_end = day.period_text = None
    assert ("contradiction", (7, 12)) not in pairs(conflicts_of(figures, [a, b]), figures)



@pytest.mark.parametrize("unplaced, unplaced_idx, unplaced_source, flagged", [
    (9, 3, "Harbour Police", True),     # nine in all against 17 or more in Osk: one of them is wrong
    (6, 3, "Harbour Police", False),    # below half the place's count: a part whose place went unsaid
    (9, 12, "Harbour Police", False),   # far apart in the report: it may tell another part of the story
    (9, 3, None, False),                # the report's own unplaced number: often a detail of the toll
    (25, 3, "Harbour Police", False),   # above the place's count: Osk may be one part of the toll
])
def test_conflicts_count_for_a_place_above_an_unplaced_count(unplaced, unplaced_idx, unplaced_source, flagged):
    a = doc("a", "2026-05-03")
    whole = fig(a, unplaced, group="unspecified", source=unplaced_source)
    part = fig(a, 17, group="unspecified", qualifier="at_least", location=["Osk"], source="Velder Rights Watch", n=1)
    whole.sentence_idx, part.sentence_idx = unplaced_idx, 1
    found = conflicts_of([whole, part], [a])
    assert [c.kind for c in found] == (["contradiction"] if flagged else [])
    if flagged:
        assert "Osk" in found[0].explanation and "names no place" in found[0].explanation


@pytest.mark.parametrize("whole_group, whole_sentence, flagged", [
    ("unspecified", "The harbour police put the toll at 9.", True),
    ("security_forces", "The harbour police lost 9 officers.", False),       # one group is no whole for everyone
    ("unspecified", "Its clinic has recorded 9 deaths.", False),             # a clinic's count: a part
])
def test_conflicts_unplaced_count_set_against_a_place_must_be_a_whole(whole_group, whole_sentence, flagged):
    a = doc("a", "2026-05-03")
    whole = fig(a, 9, group=whole_group, source="Harbour Police", sentence=whole_sentence)
    part = fig(a, 17, group="unspecified", qualifier="at_least", location=["Osk"], source="Velder Rights Watch", n=1)
    whole.sentence_idx, part.sentence_idx = 2, 1
    assert bool(conflicts_of([whole, part], [a])) is flagged


@pytest.mark.parametrize("second_places, second_period, kind", [
    # the lists of places differ (one names more): the differing credit is the disagreement reported
    (["Osk", "Tilbury Ford"], ("2026-05-01", None), "attribution_conflict"),
    # one day against the count since the first: the scopes differ in time, that is reported
    (["Osk"], ("2026-05-03", "2026-05-03"), "scope_conflict"),
])
def test_conflicts_same_number_with_other_scope_and_other_source_is_reported_once(second_places, second_period, kind):
    a, b = doc("a", "2026-05-04"), doc("b", "2026-05-05")
    figures = [fig(a, 412, location=["Osk"], start="2026-05-01", source="Interior Ministry"),
               fig(b, 412, location=second_places, start=second_period[0], end=second_period[1],
                   source="Red Crescent")]
    assert [c.kind for c in conflicts_of(figures, [a, b])] == [kind]
