"""Conflicts in other reporting styles: round estimates, live blogs, increments,
partitives, located parts. Hand-built records about an invented flood (the
Maren river: towns Osk and Tilbury Ford; a Disaster Management Office, a Red
Crescent society, the Interior Ministry, a rights centre)."""
from __future__ import annotations

import pytest

from crosscheck.records import Document, Figure, record_id
from crosscheck.reconcile.conflicts import find_conflicts, is_distinctive
from crosscheck.reconcile.quantities import group_quantities

DMO = "Disaster Management Office"


def doc(name: str, published: str | None = None) -> Document:
    return Document(id=f"id-{name}", path=f"/reports/{name}.txt", published=published,
                    published_from="text" if published else None)


def fig(d: Document, value, *, measure="killed", group="unspecified", qualifier="exact", source=None,
        location=(), start=None, end=None, n=0, sentence=None, number_text=None, reported_on=None,
        period_text=None, sentence_idx=None) -> Figure:
    return Figure(id=record_id(d.id, value, measure, group, n, source, start, end),
                  document_id=d.id, document=d.path, sentence=sentence or f"{value} were {measure}.",
                  number_text=number_text or str(value), value=value, qualifier=qualifier,
                  measure=measure, group=group, location=list(location), period_start=start,
                  period_end=end, period_text=period_text, source=source, char_start=n,
                  reported_on=reported_on, sentence_idx=n if sentence_idx is None else sentence_idx)


def conflicts_of(figures, docs):
    return find_conflicts(figures, group_quantities(figures, docs), docs)


def kinds_and_values(conflicts, figures):
    value = {f.id: f.value for f in figures}
    return sorted((c.kind, tuple(sorted(value[i] for i in c.figures))) for c in conflicts)


@pytest.mark.parametrize("value, distinctive", [
    (57, True), (412, True),
    (38000, True), (4500, True), (210000, True),   # two significant digits, large
    (2000, False), (50000, False), (300, False),   # one significant digit
    (150, False), (250, False),                    # small round numbers recur by chance
    (9, False),
])
def test_conflicts_styles_distinctive_numbers(value, distinctive):
    assert is_distinctive(value) is distinctive


@pytest.mark.parametrize("value, qualifier, flagged", [
    (38000, "about", True),
    (210000, "exact", True),
    (2000, "about", False),     # "about 2,000" from two agencies may well be a coincidence
])
def test_conflicts_styles_round_estimate_credited_to_two_sources(value, qualifier, flagged):
    a, b = doc("a", "2026-05-03"), doc("b", "2026-05-05")
    figures = [fig(a, value, measure="displaced", qualifier=qualifier, source="Red Crescent"),
               fig(b, value, measure="displaced", qualifier=qualifier, source="United Nations")]
    found = conflicts_of(figures, [a, b])
    assert [c.kind for c in found] == (["attribution_conflict"] if flagged else [])


def test_conflicts_styles_about_estimate_with_two_scopes_is_a_scope_conflict():
    a, b = doc("a", "2026-05-24"), doc("b", "2026-05-29")
    figures = [fig(a, 4500, measure="detained", qualifier="about", source="Rights Centre",
                   start="2026-05-13", end="2026-05-22"),
               fig(b, 4500, measure="detained", qualifier="about", source="United Nations",
                   start="2026-05-18", end="2026-05-18", period_text="18 May alone")]
    assert kinds_and_values(conflicts_of(figures, [a, b]), figures) == [("scope_conflict", (4500, 4500))]


@pytest.mark.parametrize("first_day, second_day, conflict", [
    ("2026-05-18", "2026-05-19", False),   # a live blog's entries of two days: an update
    ("2026-05-19", "2026-05-19", True),    # two voices in one report, on one day
    (None, None, True),                    # the report gives both at once
])
def test_conflicts_styles_one_report_two_days_is_an_update(first_day, second_day, conflict):
    a = doc("a", "2026-05-19")
    figures = [fig(a, 4, reported_on=first_day, sentence="At least 4 dead on the square, say medics."),
               fig(a, 3, source="Interior Ministry", reported_on=second_day, n=5,
                   sentence="The Interior Ministry speaks of 3 dead.")]
    found = conflicts_of(figures, [a])
    assert [c.kind for c in found] == (["contradiction"] if conflict else [])


@pytest.mark.parametrize("sentence, conflict", [
    ("His team operated on 14 people with gunshot wounds in a single night.", False),
    ("His team operated on 14 people with gunshot wounds in one night.", False),
    ("His team has operated on 14 people with gunshot wounds.", True),
])
def test_conflicts_styles_one_night_is_a_single_day(sentence, conflict):
    a = doc("a", "2026-05-27")
    figures = [fig(a, 700, measure="injured", qualifier="more_than", source="Doctors' Union",
                   sentence="The union has counted more than 700 people injured."),
               fig(a, 14, measure="injured", source="Dr Ana Petrov", sentence=sentence, n=7)]
    found = conflicts_of(figures, [a])
    assert [c.kind for c in found] == (["contradiction"] if conflict else [])


@pytest.mark.parametrize("sentence, number_text, conflict", [
    ("The toll rose with the recovery of six more bodies, the office said.", "six", False),
    ("Rescuers found five additional bodies, the office said.", "five", False),
    ("The office said six people had died in Osk.", "six", True),
])
def test_conflicts_styles_increment_is_not_a_toll(sentence, number_text, conflict):
    a = doc("a", "2026-05-14")
    value = 6 if number_text == "six" else 5
    figures = [fig(a, 46, location=["Osk"], sentence="46 people died in Osk."),
               fig(a, value, source=DMO, location=["Osk"], sentence=sentence, number_text=number_text, n=5)]
    found = conflicts_of(figures, [a])
    assert [c.kind for c in found] == (["contradiction"] if conflict else [])


@pytest.mark.parametrize("sentence, number_text, value", [
    ("Six of them later surfaced in police custody.", "Six", 6),
    ("The chief surgeon said 17 of the victims were already dead on arrival.", "17", 17),
    ("Of the fatalities, nine were minors, the health office said.", "nine", 9),
])
def test_conflicts_styles_partitive_without_place_is_a_part(sentence, number_text, value):
    a = doc("a", "2026-05-24")
    figures = [fig(a, 2317, measure="detained", source="Interior Ministry",
                   sentence="The ministry has acknowledged 2,317 detentions.", number_text="2,317"),
               fig(a, value, measure="detained", n=3, number_text=number_text, source="Dr Ana Petrov",
                   sentence=sentence)]
    assert conflicts_of(figures, [a]) == []


@pytest.mark.parametrize("part_sentence, place, conflict", [
    # "nine of them in Osk" names its own place: a count for Osk, set against another one
    ("Eleven people were killed on 18 May alone, nine of them in Osk.", ["Osk"], True),
    # "including nine children": a breakdown of the eleven, no rival of anything
    ("Eleven people were killed on 18 May alone, including nine children.", [], False),
])
def test_conflicts_styles_located_part_is_compared_with_its_place(part_sentence, place, conflict):
    a, b = doc("a", "2026-05-19"), doc("b", "2026-05-24")
    figures = [fig(a, 17, source="hospital sources", location=["Osk"], start="2026-05-18", end="2026-05-18",
                   period_text="18 May alone", sentence="17 were killed in Osk on 18 May alone."),
               fig(b, 11, start="2026-05-18", end="2026-05-18", period_text="18 May alone",
                   sentence=part_sentence, number_text="Eleven"),
               fig(b, 9, location=place, start="2026-05-18", end="2026-05-18", period_text="18 May alone",
                   sentence=part_sentence, number_text="nine", n=1, sentence_idx=0)]
    found = kinds_and_values(conflicts_of(figures, [a, b]), figures)
    assert (("contradiction", (9, 17)) in found) is conflict


@pytest.mark.parametrize("second_source, flagged", [
    ("Red Crescent", True),
    ("Local groups", False),      # a kind of source, capitalised only because it opens the sentence
    ("Police", True),             # the one police force of the story: a body, named by its kind
    ("Sunday", False),            # a day read as a source
    ("hospital sources", False),
    ("OCHA", True),
    ("the army", True),            # a body named by the common noun of its kind
    ("officials", False),
    ("Officials", False),          # a description, capitalised because it opens the sentence
])
def test_conflicts_styles_attribution_needs_two_named_sources(second_source, flagged):
    a, b = doc("a", "2026-05-24"), doc("b", "2026-05-27")
    figures = [fig(a, 21, source="Civic Rights Centre"), fig(b, 21, source=second_source)]
    found = conflicts_of(figures, [a, b])
    assert [c.kind for c in found] == (["attribution_conflict"] if flagged else [])


def test_conflicts_styles_estimate_against_one_count_repeated_is_one_conflict():
    """An estimate set against the ministry's 3 in its own report and against
    the same 3 repeated in two other reports is one disagreement."""
    a, b, c = doc("a", "2026-05-27"), doc("b", "2026-05-19"), doc("c", "2026-05-29")
    figures = [fig(a, 17, qualifier="at_least", sentence="A crackdown has left at least 17 dead."),
               fig(a, 3, source="Interior Ministry", n=4, sentence="The Interior Ministry has acknowledged 3."),
               fig(b, 3, source="Interior Ministry", sentence="The Interior Ministry speaks of 3 dead."),
               fig(c, 3, source="Interior Ministry", sentence="The ministry says 3 died.")]
    found = conflicts_of(figures, [a, b, c])
    assert kinds_and_values(found, figures) == [("contradiction", (3, 3, 3, 17))]


@pytest.mark.parametrize("first, second, flagged", [
    (["Osk", "Tilbury Ford"], ["Osk"], True),            # the whole toll given to one town
    (["Kadalur", "Port Kovar District"], ["Kadalur"], False),  # a place and the district it lies in
    (["eastern districts"], ["Velmar"], False),          # no gazetteer: may be nested
])
def test_conflicts_styles_places_known_to_differ(first, second, flagged):
    a, b = doc("a", "2026-05-04"), doc("b", "2026-05-05")
    figures = [fig(a, 57, measure="missing", location=first), fig(b, 57, measure="missing", location=second)]
    found = conflicts_of(figures, [a, b])
    assert [c.kind for c in found] == (["scope_conflict"] if flagged else [])


@pytest.mark.parametrize("first_start, second, flagged", [
    ("2026-05-07", ("2026-05-06", None, None), False),            # two starts of one event
    ("2026-05-07", ("2026-05-10", "2026-05-10", "on 10 May alone"), True),
])
def test_conflicts_styles_cumulative_starts_do_not_make_scopes_differ(first_start, second, flagged):
    a, b = doc("a", "2026-05-14"), doc("b", "2026-05-15")
    figures = [fig(a, 27, start=first_start),
               fig(b, 27, start=second[0], end=second[1], period_text=second[2])]
    found = conflicts_of(figures, [a, b])
    assert [c.kind for c in found] == (["scope_conflict"] if flagged else [])


@pytest.mark.parametrize("sentence, conflict", [
    ("The last major storm, Typhoon Ulla in 2017, killed more than 150 people.", False),
    ("In 1987, more than 200 people died when worshippers rushed the doors.", False),
    ("More than 200 people have been killed, officials said.", True),   # a toll that fell
])
def test_conflicts_styles_figure_of_an_earlier_year_is_another_event(sentence, conflict):
    a, b = doc("a", "2026-03-09"), doc("b", "2026-03-14")
    figures = [fig(a, 200, qualifier="more_than", sentence=sentence), fig(b, 112)]
    found = conflicts_of(figures, [a, b])
    assert [c.kind for c in found] == (["contradiction"] if conflict else [])


@pytest.mark.parametrize("first, second, flagged", [
    (("2026-05-13", "2026-05-20"), ("2026-05-13", "2026-05-22"), False),  # nested spans: nothing more counted
    (("2026-05-13", "2026-05-15"), ("2026-05-18", "2026-05-20"), True),   # two separate spans
    (("2026-05-18", "2026-05-18"), ("2026-05-13", "2026-05-22"), True),   # one day against the span
])
def test_conflicts_styles_nested_spans_do_not_make_scopes_differ(first, second, flagged):
    a, b = doc("a", "2026-05-21"), doc("b", "2026-05-24")
    figures = [fig(a, 2317, measure="detained", start=first[0], end=first[1]),
               fig(b, 2317, measure="detained", source="Interior Ministry", start=second[0], end=second[1])]
    found = conflicts_of(figures, [a, b])
    assert [c.kind for c in found] == (["scope_conflict"] if flagged else [])


@pytest.mark.parametrize("second_sentence, gap, conflict", [
    ("But the figure was immediately contradicted by the governor, who said 83 people had died.", 1, True),
    ("The governor's office rejected the toll and said 83 people had died.", 2, True),
    ("The governor said 83 people had died.", 1, False),       # one names a place: maybe a part
    ("But the figure was immediately contradicted by the governor, who said 83 people had died.", 4, False),
    ("After a disputed election, the governor said 83 people had died.", 1, False),
])
def test_conflicts_styles_report_that_sets_two_counts_against_each_other(second_sentence, gap, conflict):
    a = doc("a", "2026-03-12")
    figures = [fig(a, 71, source="National Disaster Agency", location=["Marendra"], sentence_idx=5,
                   sentence="The death toll in southern Marendra has risen to 71, the agency said."),
               fig(a, 83, source="Priya Kannath", sentence=second_sentence, sentence_idx=5 + gap, n=1)]
    found = conflicts_of(figures, [a])
    assert [c.kind for c in found] == (["contradiction"] if conflict else [])


def test_conflicts_styles_disputed_count_in_another_quantity_is_still_compared():
    """The unlocated 83 joins the quantity of another report's province toll,
    and a third report states 83 for the province; the report that disputes
    it still sets it against its own 71."""
    a, b, c = doc("a", "2026-03-12"), doc("b", "2026-03-14"), doc("c", "2026-03-17")
    figures = [fig(a, 71, source="National Disaster Agency", location=["Marendra"], sentence_idx=5,
                   sentence="The death toll in southern Marendra has risen to 71, the agency said."),
               fig(a, 83, source="Priya Kannath", sentence_idx=6, n=1,
                   sentence="But the figure was contradicted by the governor, who said 83 people had died."),
               fig(b, 112, source="National Disaster Agency", location=["Thalavar province"],
                   sentence="The toll in Thalavar province reached 112."),
               fig(c, 83, source="Priya Kannath", location=["Thalavar"],
                   sentence="The governor had put the toll in Thalavar at 83.")]
    found = kinds_and_values(conflicts_of(figures, [a, b, c]), figures)
    assert ("contradiction", (71, 83)) in found


@pytest.mark.parametrize("places, flagged", [
    (["Osk"], True),                            # the whole number given to one of its parts
    (["Osk", "Marl", "Kell"], False),            # the parts named together may make up the whole
])
def test_conflicts_styles_several_part_places_may_be_the_whole(places, flagged):
    a, b, c = doc("a", "2026-05-21"), doc("b", "2026-05-24"), doc("c", "2026-05-27")
    figures = [fig(a, 4500, measure="detained", source="Rights Centre",
                   sentence="The centre counts 4,500 detained nationwide."),
               fig(a, 2140, measure="detained", source="Rights Centre", location=["Osk"], n=1,
                   sentence="Osk: 2,140."),
               fig(a, 1065, measure="detained", source="Rights Centre", location=["Marl"], n=2,
                   sentence="Marl: 1,065."),
               fig(a, 610, measure="detained", source="Rights Centre", location=["Kell"], n=3,
                   sentence="Kell: 610."),
               fig(b, 2317, measure="detained", location=places, sentence="Police detained 2,317 people."),
               fig(c, 2317, measure="detained", source="Interior Ministry",
                   sentence="The ministry says 2,317 were detained.")]
    found = [k for k, _ in kinds_and_values(conflicts_of(figures, [a, b, c]), figures)]
    assert ("scope_conflict" in found) is flagged


@pytest.mark.parametrize("also_states_earlier, flagged", [
    (False, True),   # one source, two numbers, one day: a misquote or a revision
    (True, False),   # the second report gives both numbers: the count was revised
])
def test_conflicts_styles_same_source_same_day_revision_shown(also_states_earlier, flagged):
    a, b = doc("a", "2026-03-07"), doc("b", "2026-03-07")
    figures = [fig(a, 1204, source=DMO), fig(b, 1387, source=DMO)]
    if also_states_earlier:
        figures.append(fig(b, 1204, source=DMO, n=3, sentence="The office had earlier counted 1,204."))
    found = conflicts_of(figures, [a, b])
    assert [c.kind for c in found] == (["contradiction"] if flagged else [])


@pytest.mark.parametrize("start, conflict", [
    ("2026-01-01", False),   # 212 arrested since January: a yearly tally holding this event's seven
    (None, True),            # two counts of this event
])
def test_conflicts_styles_long_tally_is_no_rival_of_the_event(start, conflict):
    a = doc("a", "2026-06-13")
    figures = [fig(a, 212, measure="detained", source="Maritime Ministry", start=start,
                   sentence="The ministry says 212 traffickers have been arrested."),
               fig(a, 7, measure="detained", n=4, sentence="Seven traffickers have been arrested.")]
    found = conflicts_of(figures, [a])
    assert [c.kind for c in found] == (["contradiction"] if conflict else [])


@pytest.mark.parametrize("sentence, small_text, large_text, conflict", [
    # the sentence writes one number right after "not": it sets the two against each other
    ("The spokesman said four people, not eleven as claimed by some groups, died in the raid.", "four", "eleven", True),
    ("The union says at least 23 workers died, not the 17 that the ministry announced on Monday.", "17", "23", True),
    # a total and its breakdown in one sentence stay read together
    ("Eleven people died, the agency said, while relief workers found four bodies in the river.", "four", "Eleven",
     False),
])
def test_conflicts_styles_one_sentence_that_sets_a_number_aside(sentence, small_text, large_text, conflict):
    a = doc("a", "2026-03-12")
    small = 17 if small_text == "17" else 4
    large = 23 if large_text == "23" else 11
    figures = [fig(a, small, source="Police", sentence=sentence, number_text=small_text, sentence_idx=3),
               fig(a, large, source="Relief Union", sentence=sentence, number_text=large_text, sentence_idx=3, n=1)]
    found = conflicts_of(figures, [a])
    assert [c.kind for c in found] == (["contradiction"] if conflict else [])


@pytest.mark.parametrize("second_sentence, conflict", [
    ("The rights centre could confirm only four deaths in that raid, from burial records.", True),
    ("The rights centre said four people died in that raid.", False),   # one names a place: maybe a part
])
def test_conflicts_styles_checker_that_could_confirm_fewer(second_sentence, conflict):
    a = doc("a", "2026-03-12")
    figures = [fig(a, 9, source="Interior Ministry", location=["Osk"], sentence_idx=7,
                   sentence="The ministry said the rebels had shelled Osk, killing nine residents."),
               fig(a, 4, source="Velder Rights Centre", sentence=second_sentence, number_text="four",
                   sentence_idx=8, n=1)]
    found = conflicts_of(figures, [a])
    assert [c.kind for c in found] == (["contradiction"] if conflict else [])


@pytest.mark.parametrize("hospital_value, conflict", [
    (30, False),   # the hospital's patients are a part of the toll
    (140, True),   # a part larger than the whole: still a contradiction
])
def test_conflicts_styles_hospital_count_below_the_toll_is_a_part(hospital_value, conflict):
    a = doc("a", "2026-03-12")
    figures = [fig(a, 96, source="Velder Liberation Front", sentence_idx=3,
                   sentence="The Velder Liberation Front's toll of 96 has never come with a list of names."),
               fig(a, hospital_value, source="Osk Relief Surgeons", sentence_idx=9, n=1,
                   sentence=f"Osk Relief Surgeons' figure of {hospital_value} deaths counted only patients "
                            "who died in its hospital.")]
    found = conflicts_of(figures, [a])
    assert [c.kind for c in found] == (["contradiction"] if conflict else [])


def test_conflicts_styles_number_set_aside_though_announced_the_day_before():
    """"at least 41 have died, not the 33 the ministry announced yesterday": the ministry's number
    is dated the day before (its statement), but the sentence denies it today."""
    a = doc("a", "2027-04-20")
    sentence = "The guild can state that at least 41 porters died, not the 33 that the ministry announced yesterday."
    figures = [fig(a, 41, qualifier="at_least", source="Porters' Guild", sentence=sentence, sentence_idx=4,
                   reported_on="2027-04-20"),
               fig(a, 33, source="Velder Labour Ministry", sentence=sentence, sentence_idx=4, n=1,
                   reported_on="2027-04-19")]
    assert kinds_and_values(conflicts_of(figures, [a]), figures) == [("contradiction", (33, 41))]


def test_conflicts_styles_report_setting_a_count_against_a_rival_carries_only_to_its_later_counts():
    # report c sets the DMO's 47 against the Red Crescent's 130; the Red Crescent's older 95 (report a)
    # adds nothing (a lower count of a rising toll is an older one), its later 150 (report b) does
    a, b, c = doc("a", "2026-05-03"), doc("b", "2026-05-08"), doc("c", "2026-05-06")
    figures = [fig(a, 95, source="Red Crescent", n=1),
               fig(b, 150, source="Red Crescent", n=2),
               fig(c, 47, source=DMO, n=3, sentence_idx=5), fig(c, 130, source="Red Crescent", n=4, sentence_idx=7)]
    pairs = [k for k in kinds_and_values(conflicts_of(figures, [a, b, c]), figures) if k[0] == "contradiction"]
    assert ("contradiction", (47, 130)) in pairs or any(47 in v and 130 in v for _, v in pairs)
    assert not any(v == (47, 95) for _, v in pairs)


@pytest.mark.parametrize("incident_sentence, number_text, conflict", [
    # those who died there and then are a part of the toll the report quotes
    ("Two guards died on the spot.", "Two", False),
    ("The first shell killed four porters outright.", "four", False),
    ("Four porters were killed instantly when the roof fell.", "Four", False),
    # no phrase of the moment: an own-voice count against the quoted toll
    ("Four porters died.", "Four", True),
    # the phrase is about who spoke, not about when they died
    ("Four porters died, the officers at the scene said.", "Four", True),
])
def test_conflicts_styles_count_of_those_killed_at_once_is_a_part(incident_sentence, number_text, conflict):
    a = doc("a", "2026-03-12")
    figures = [fig(a, 4 if number_text.lower() == "four" else 2, sentence=incident_sentence,
                   number_text=number_text, sentence_idx=2),
               fig(a, 26, source="Velder Port Authority", sentence_idx=6, n=1,
                   sentence="The Velder Port Authority puts the toll at 26.")]
    found = conflicts_of(figures, [a])
    assert [c.kind for c in found] == (["contradiction"] if conflict else [])


def test_conflicts_styles_count_killed_at_once_above_the_toll_still_contradicts():
    a, b = doc("a", "2026-03-12"), doc("b", "2026-03-12")
    figures = [fig(a, 31, sentence="Thirty-one porters died on the spot.", number_text="Thirty-one",
                   start="2026-03-10", end="2026-03-10"),
               fig(b, 12, source="Velder Port Authority", n=1, start="2026-03-10", end="2026-03-10",
                   sentence="The authority said 12 porters died on 10 March.")]
    assert [c.kind for c in conflicts_of(figures, [a, b])] == ["contradiction"]


@pytest.mark.parametrize("held_sentence, conflict", [
    # what is left of those detained: a part of the count of all detained, not a rival
    ("The Tavel Legal Aid Group says five are still in custody.", False),
    ("The Tavel Legal Aid Group says five men remain in custody.", False),
    ("The Tavel Legal Aid Group says the remaining five have not been charged.", False),
    # no word of a remainder: a rival count of the same arrests
    ("The Tavel Legal Aid Group says five were detained.", True),
    # "still" after a comma is about something else
    ("The Tavel Legal Aid Group says five were detained, and the families are still waiting.", True),
])
def test_conflicts_styles_count_of_those_still_held_is_a_part(held_sentence, conflict):
    a = doc("a", "2026-03-12")
    figures = [fig(a, 5, measure="detained", source="Tavel Legal Aid Group", sentence=held_sentence,
                   number_text="five", sentence_idx=2),
               fig(a, 19, measure="detained", source="Marrow Police", sentence_idx=6, n=1,
                   sentence="The police say they arrested 19 suspects.")]
    assert [c.kind for c in conflicts_of(figures, [a])] == (["contradiction"] if conflict else [])


def test_conflicts_styles_remainder_above_the_whole_still_contradicts():
    a = doc("a", "2026-03-12")
    figures = [fig(a, 25, measure="detained", source="Tavel Legal Aid Group", number_text="25",
                   sentence="The Tavel Legal Aid Group says 25 are still in custody."),
               fig(a, 19, measure="detained", source="Marrow Police", sentence_idx=6, n=1,
                   sentence="The police say they arrested 19 suspects.")]
    assert [c.kind for c in conflicts_of(figures, [a])] == ["contradiction"]


def test_conflicts_styles_later_count_killed_at_once_is_no_falling_toll():
    a, b = doc("a", "2026-03-12"), doc("b", "2026-03-14")
    figures = [fig(a, 26, sentence="At least 26 porters have died in the collapse."),
               fig(b, 19, n=1, sentence="Nineteen porters were killed instantly when the gallery fell.",
                   number_text="Nineteen")]
    assert [c.kind for c in conflicts_of(figures, [a, b])] == []


@pytest.mark.parametrize("whole_group, whole_places, part_day, conflict", [
    # eight soldiers on one day against six over a span that holds that day: one is wrong
    ("security_forces", [], "2026-05-04", True),
    # the day falls outside the span: two different counts
    ("security_forces", [], "2026-05-07", False),
    # a span's count of "people" is often one kind of death or one district: not compared
    ("unspecified", [], "2026-05-04", False),
    # the span's count names a place the day's count does not: we cannot tell it holds it
    ("security_forces", ["Marl"], "2026-05-04", False),
])
def test_conflicts_styles_day_count_above_the_span_that_holds_it(whole_group, whole_places, part_day, conflict):
    a, b = doc("wire", part_day), doc("army", "2026-05-06")
    figures = [fig(a, 8, group="security_forces", source="two security sources", start=part_day, end=part_day,
                   period_text="on Monday", reported_on=part_day,
                   sentence="Early on Monday, eight soldiers were killed when their patrol hit a mine, two security sources said."),
               fig(b, 6, group=whole_group, location=whole_places, start="2026-05-03", end="2026-05-05", n=1,
                   period_text="From 3 to 5 May",
                   sentence="From 3 to 5 May, 6 soldiers fell with arms in hand.")]
    found = conflicts_of(figures, [a, b])
    assert kinds_and_values(found, figures) == ([("contradiction", (6, 8))] if conflict else [])


@pytest.mark.parametrize("second_sentence, second_places, second_period, conflict", [
    # a day of that month, no name word in common: the same older event dated more precisely
    ("On 9 October 2019, 7 workers died in the blast at the Kell paint works.", [], ("2019-10-09", "2019-10-09"), True),
    # the same year, no period, a name word in common ("Kell"), a place named by one report only
    ("In 2019, the Kell blast killed 7 workers.", ["Marl"], None, True),
    # the same number: no disagreement
    ("On 9 October 2019, 8 workers died in the blast at the Kell paint works.", [], ("2019-10-09", "2019-10-09"), False),
    # another year: another event
    ("On 9 October 2018, 7 workers died in the blast at the Kell paint works.", [], ("2018-10-09", "2018-10-09"), False),
    # the same year but another month and no common name word: maybe another event
    ("In March 2019, an explosion killed 7 people.", [], ("2019-03-01", "2019-03-31"), False),
])
def test_conflicts_styles_two_reports_recall_one_earlier_event_with_different_tolls(
        second_sentence, second_places, second_period, conflict):
    a, b = doc("a", "2026-03-09"), doc("b", "2026-03-14")
    first = fig(a, 8, sentence="In October 2019, an explosion at the Kell paint works killed eight people.",
                start="2019-10-01", end="2019-10-31")
    value = 8 if " 8 " in second_sentence else 7
    start, end = second_period or (None, None)
    second = fig(b, value, sentence=second_sentence, location=second_places, start=start, end=end, n=1)
    found = [c for c in conflicts_of([first, second], [a, b]) if c.kind == "contradiction"]
    assert len(found) == (1 if conflict else 0)
