"""Attribution conflicts across quantities, self counts, and stories told by a
place another report writes as a name. Hand-built records about an invented
train crash: the towns Osk and Marl, a Health Ministry, a railway company
(Velder Rail), a rescue service."""
from __future__ import annotations

import dataclasses

import pytest

from crosscheck.records import Document, Figure, record_id
from crosscheck.reconcile.conflicts import find_conflicts, is_added_to, is_unscoped_share, source_head
from crosscheck.reconcile.quantities import assign_stories, build_claims, group_quantities, is_self_count


def doc(name: str, published: str | None = None) -> Document:
    return Document(id=f"id-{name}", path=f"/reports/{name}.txt", published=published,
                    published_from="text" if published else None)


def fig(d: Document, value, sentence: str, *, measure="injured", group="unspecified", qualifier="exact",
        source=None, location=(), start=None, end=None, n=0) -> Figure:
    return Figure(id=record_id(d.id, value, measure, n, sentence), document_id=d.id, document=d.path,
                  sentence=sentence, number_text=str(value), value=value, qualifier=qualifier, measure=measure,
                  group=group, location=list(location), period_start=start, period_end=end, source=source,
                  char_start=n, sentence_idx=n)


def conflicts_of(figures, docs):
    return find_conflicts(figures, group_quantities(figures, docs), docs)


@pytest.mark.parametrize("second_source, second_places, second_date, flagged", [
    # one report names the hospitals' towns, the other no place: one count, two credits
    ("Velder Rail", [], "2026-10-17", True),
    ("the Health Ministry", [], "2026-10-17", False),       # the same source
    ("Velder Rail", ["Marl"], "2026-10-17", False),         # another place: maybe another count
    ("Velder Rail", [], "2026-12-20", False),               # two months later: another story
])
def test_credits_same_number_in_two_quantities_credited_to_two_sources(second_source, second_places,
                                                                      second_date, flagged):
    a, b = doc("a", "2026-10-16"), doc("b", second_date)
    first = fig(a, 64, "The Health Ministry said 64 people had been taken to hospitals in Osk.",
                source="Health Ministry", location=["Osk"])
    second = fig(b, 64, f"Sixty-four people were injured, according to {second_source}.",
                 source=second_source.replace("the ", ""), location=second_places)
    found = conflicts_of([first, second], [a, b])
    assert [c.kind for c in found] == (["attribution_conflict"] if flagged else [])
    if flagged:
        assert "Health Ministry" in found[0].explanation and "Velder Rail" in found[0].explanation


def test_credits_breakdown_is_no_credit():
    # "including 19 children" details a larger toll: it credits no one with a count of 19
    a, b = doc("a", "2026-10-16"), doc("b", "2026-10-17")
    total = fig(a, 40, "The rescue service said 40 were killed, including 19 children.", measure="killed",
                source="Rescue Service")
    part = fig(a, 19, "The rescue service said 40 were killed, including 19 children.", measure="killed",
               source="Rescue Service", n=1)
    part.char_start, part.sentence_idx = 30, 0
    other = fig(b, 19, "Nineteen people died at the Osk crossing, the UN Office said.", measure="killed",
                source="UN Office", location=["Osk"], start="2026-10-15", end="2026-10-15")
    found = conflicts_of([total, part, other], [a, b])
    assert not any(c.kind == "attribution_conflict" for c in found)


@pytest.mark.parametrize("first, second, same", [
    ("Government of the Transition", "Government of Garmaly", True),
    ("Interior Ministry", "Ministry of Interior", True),
    ("Health Ministry", "Velder Rail", False),
    ("Network for Human Rights", "UN Human Rights Office", False),
])
def test_credits_source_head(first, second, same):
    assert (source_head(first) == source_head(second)) is same


def test_credits_one_body_named_two_ways_is_no_attribution_conflict():
    a, b = doc("a", "2026-10-16"), doc("b", "2026-10-18")
    figures = [fig(a, 14, "The Government of Garmaly says 14 people were killed.", measure="killed",
                   source="Government of Garmaly"),
               fig(b, 14, "The official toll of 14, published by the Government of the Transition.",
                   measure="killed", source="Government of the Transition")]
    assert conflicts_of(figures, [a, b]) == []


@pytest.mark.parametrize("sentence, own", [
    ("Our count of 33 deaths could not be independently verified.", True),
    ("We have recorded 33 deaths since Monday.", True),
    ("Our volunteers at the hospital report that 33 survivors are being treated.", True),
    ("After a roll call, we can confirm that 33 pupils were taken.", True),
    # a first person that belongs to a side, not to a counter
    ("The outlet peddles a figure of 33 dead and dares to accuse our soldiers.", False),
    ("We are told that 33 people have already died on board.", False),
    ("33 bodies were brought ashore by our Coast Guard crews.", False),
    ('"We have lost 33 neighbours," a villager said.', False),
])
def test_credits_publishers_own_count_needs_a_counting_phrase(sentence, own):
    d = doc("a", "2026-10-16")
    assert is_self_count(fig(d, 33, sentence, measure="killed")) is own


@pytest.mark.parametrize("sentence, source, own", [
    # the outlet's own people, kept by the extraction as what they are
    ("Our field teams have recorded 33 deaths in Osk.", "field teams", True),
    # a source carried from the sentence before does not hide the publisher's own count
    ("Our count of 33 deaths could not be independently verified.", "field teams", True),
    # a source named in the sentence is whose count it is
    ("We have recorded 33 deaths, the Osk Health Office said.", "Osk Health Office", False),
])
def test_credits_publishers_own_count_with_a_source(sentence, source, own):
    d = doc("a", "2026-10-16")
    assert is_self_count(fig(d, 33, sentence, measure="killed", source=source)) is own


def test_credits_publishers_own_people_rival_another_credit():
    a = Document(id="id-a", path="/reports/a.txt", published="2026-10-16", published_from="text",
                 outlet="Osk Relief Network")
    b = doc("b", "2026-10-17")
    figures = [fig(a, 33, "Our field teams have recorded 33 deaths across the valley.", measure="killed",
                   source="field teams"),
               fig(b, 33, "Thirty-three people have died, according to Karsk General Hospital.", measure="killed",
                   source="Karsk General Hospital")]
    kinds = [c.kind for c in conflicts_of(figures, [a, b])]
    assert kinds == ["attribution_conflict"], kinds


@pytest.mark.parametrize("sentence, places, start, share", [
    ("On the 22nd alone, divers brought up nine bodies from the hold.", [], None, True),
    ("In the first hours alone, nine people died.", [], None, True),
    ("At the Osk crossing alone, nine people died.", ["Osk crossing"], None, False),  # scoped: compared as such
    # a place noun ("in his province alone"): a place's share, compared with the whole (part above whole)
    ("In his province alone, nine people died.", [], None, False),
    ("Nine people died on 14 May alone.", [], "2026-05-14", False),   # dated: compared as a day
    ("Nine people died, the agency said.", [], None, False),
])
def test_credits_unscoped_share_contradicts_nothing(sentence, places, start, share):
    d = doc("a", "2026-05-16")
    f = fig(d, 9, sentence, measure="killed", location=places, start=start, end=start)
    claim = build_claims([f], [d])[0]
    assert is_unscoped_share(claim) is share


def test_credits_unscoped_share_is_no_rival_of_the_total():
    a = doc("a", "2026-05-16")
    total = fig(a, 17, "The number of dead on the ferry has climbed to 17.", measure="killed")
    share = fig(a, 7, "On the 22nd alone, divers brought up seven bodies, a source told the paper.",
                measure="killed", source="source", n=2)
    assert conflicts_of([total, share], [a]) == []


def test_credits_place_written_as_a_name_joins_stories():
    docs = [doc(n, "2026-10-16") for n in ("a", "b", "c")]
    figures = [
        fig(docs[0], 64, "The Health Ministry said 64 were hurt near Sollen.", location=["Sollen"]),
        fig(docs[1], 60, "Officials of the Sollen line said 60 were injured, Director Volf said."),
        fig(docs[2], 5, "The Karsk Ferry Company said 5 drowned off Marrow Point near Halden.",
            location=["Marrow Point"]),
    ]
    stories = assign_stories(figures, docs, {})
    assert stories["id-a"] == stories["id-b"] != stories["id-c"]


@pytest.mark.parametrize("sentence, number_text, added", [
    ('"We counted 37 bodies near the well, and the next day we found two more," a herder said.', "37", True),
    ("Rescuers pulled 37 bodies from the rubble and feared 12 further victims lay beneath it.", "37", True),
    ("We counted 37 bodies near the well, a herder said.", "37", False),
    # the "more" comes before the figure: the figure is not the interim one
    ("Two more bodies were found, bringing the toll to 37.", "37", False),
])
def test_credits_count_the_sentence_adds_to_is_interim(sentence, number_text, added):
    a = doc("a", "2026-03-24")
    f = fig(a, 37, sentence, measure="killed", source="herder")
    f.number_text = number_text
    assert is_added_to(build_claims([f], [a])[0]) is added


def test_credits_interim_count_is_no_rival_of_the_total():
    a = doc("a", "2026-03-24")
    total = fig(a, 39, "Fighters killed at least 39 people, witnesses said.", measure="killed",
                qualifier="at_least", source="witnesses")
    interim = fig(a, 37, '"We counted 37 bodies, and the next day we found two more," a herder said.',
                  measure="killed", source="herder", n=3)
    assert conflicts_of([total, interim], [a]) == []


@pytest.mark.parametrize("rival_sentence, conflict", [
    # the next sentence presents its count as the real one: the report sets them against each other
    ("A workers' union said the real toll was at least 52 and accused officials of leaving workers out.", True),
    ("The true death toll is at least 52, the union insisted.", True),
    ("The union said its members had been undercounted and put the toll at 52 or more.", True),
    # no word of dispute: a place named by one only keeps them apart
    ("A workers' union said at least 52 of its members had died.", False),
])
def test_credits_real_toll_disputes_the_official_one(rival_sentence, conflict):
    a = doc("a", "2026-09-11")
    official = fig(a, 38, "Rescuers pulled three more bodies from the rubble in Osk on Friday, taking the "
                          "death toll to 38, the rescue service said.", measure="killed", source="Rescue Service",
                   location=["Osk"], start="2026-09-11", n=2)
    official.period_text = "on Friday"
    rival = fig(a, 52, rival_sentence, measure="killed", qualifier="at_least", source="Workers Union", n=3)
    assert [c.kind for c in conflicts_of([official, rival], [a])] == (["contradiction"] if conflict else [])


@pytest.mark.parametrize("start, end, kept", [
    ("2026-09-11", None, False),          # "taking the toll to 38 on Friday" in Friday's report: the count's date
    ("2026-09-11", "2026-09-11", False),  # "the toll was 38 on Friday", said on Friday
    ("2026-09-08", None, True),           # "since Tuesday": a real start
])
def test_credits_period_on_the_report_date_is_the_counts_date(start, end, kept):
    a = doc("a", "2026-09-11")
    f = fig(a, 38, "The toll rose to 38 on Friday.", measure="killed", start=start, end=end)
    f.period_text = "on Friday" if start == "2026-09-11" else "since Tuesday"
    claim = build_claims([f], [a])[0]
    assert (claim.start is not None) is kept


def test_credits_history_since_an_earlier_year_is_no_rival():
    a = doc("a", "2026-10-16")
    toll = fig(a, 23, "Local media had reported that 23 miners died, the ministry said.", measure="killed",
               source="Local media")
    history = fig(a, 140, "At least 140 miners have died in the country's mines since 2015, the union said.",
                  measure="killed", qualifier="at_least", source="Miners Union", n=4)
    assert conflicts_of([toll, history], [a]) == []


@pytest.mark.parametrize("opening, conflict", [
    ("Of this number, 1,460 were released, while detention was ordered for 612 persons.", False),
    ("Of all those held, 1,460 were released, while detention was ordered for 612 persons.", False),
    # no opening words: a rival count of the same period
    ("The court registry says 612 persons were detained.", True),
])
def test_credits_opening_words_make_a_part_of_the_count_before(opening, conflict):
    a = doc("a", "2026-09-21")
    whole = fig(a, 2317, "In the same period, police detained 2,317 persons.", measure="detained",
                start="2026-09-13", end="2026-09-20", source="Interior Ministry")
    whole.number_text = "2,317"
    part = fig(a, 612, opening, measure="detained", start="2026-09-13", end="2026-09-20", n=1,
               source="Court Registry")
    assert [c.kind for c in conflicts_of([whole, part], [a])] == (["contradiction"] if conflict else [])


@pytest.mark.parametrize("described, described_as, flagged", [
    # one report credits the count to the state, the other to a charity: two sides, one number
    ("local authorities", "local authorities", True),
    ("government data", "government data", True),
    # a description on the charity's own side, or one that names no side, may be the charity itself
    ("aid groups", "aid groups", False),
    ("field teams", "field teams", False),
    ("statement", "statement", False),
])
def test_credits_described_source_across_the_state_line(described, described_as, flagged):
    a, b = doc("a", "2026-10-16"), doc("b", "2026-10-17")
    named = fig(a, 137, "The medical charity Osk Relief Doctors says at least 137 people were killed.",
                measure="killed", qualifier="at_least", source="Osk Relief Doctors")
    named.source_text = "medical charity"
    other = fig(b, 137, f"At least 137 people were killed, according to {described}.", measure="killed",
                qualifier="at_least", source=described)
    other.source_text = described_as
    found = conflicts_of([named, other], [a, b])
    assert [c.kind for c in found] == (["attribution_conflict"] if flagged else [])


def test_credits_described_state_source_against_a_named_state_body_is_one_side():
    # "the government" and the Disaster Office: the office may be the government's own
    a, b = doc("a", "2026-10-16"), doc("b", "2026-10-17")
    figures = [fig(a, 137, "The government says 137 people are missing.", measure="missing",
                   source="government"),
               fig(b, 137, "The National Disaster Ministry counts 137 missing.", measure="missing",
                   source="National Disaster Ministry")]
    assert conflicts_of(figures, [a, b]) == []


@pytest.mark.parametrize("first_qualifier, second_qualifier, flagged", [
    ("exact", "exact", True),       # one count credited to two bodies
    ("up_to", "exact", True),
    ("up_to", "about", False),      # two estimates of a round number coincide too easily
    ("up_to", "at_least", False),   # two bounds that meet at 300: not one count
])
def test_credits_round_number_in_one_quantity(first_qualifier, second_qualifier, flagged):
    a, b = doc("a", "2026-06-11"), doc("b", "2026-06-13")
    figures = [fig(a, 300, "Up to 300 people may still be missing off Osk, according to the Marl Migration Bureau.",
                   measure="missing", qualifier=first_qualifier, source="Marl Migration Bureau"),
               fig(b, 300, "About 300 people are still missing off Osk, the Velder Sea Rescue said.",
                   measure="missing", qualifier=second_qualifier, source="Velder Sea Rescue")]
    found = conflicts_of(figures, [a, b])
    assert [c.kind for c in found] == (["attribution_conflict"] if flagged else [])


def test_credits_round_number_in_two_quantities_is_no_credit():
    # a common number over two places, two counts: it coincides too easily to be one credit
    a, b = doc("a", "2026-06-11"), doc("b", "2026-06-13")
    figures = [fig(a, 300, "About 300 people from Osk are missing on the Velder coast, the Marl Migration Bureau said.",
                   measure="missing", qualifier="about", source="Marl Migration Bureau", location=["Osk"]),
               fig(b, 300, "About 300 people from Tull are missing on the Velder coast, the Sea Rescue Service said.",
                   measure="missing", qualifier="about", source="Sea Rescue Service", location=["Tull"])]
    assert conflicts_of(figures, [a, b]) == []


@pytest.mark.parametrize("text, sentence, flagged", [
    # the speaker of the body the other report credits: one credit
    ("", "The union's spokesman, Ivo Marek, told reporters that 17 workers had not been traced.", False),
    ("", "Ivo Marek, the union's spokeswoman, told reporters that 17 workers had not been traced.", False),
    ("", "Ivo Marek, a spokesman for the Osk Rail Workers' Union, put the number not yet traced at 17.", False),
    ("The Osk Rail Workers' Union has sent volunteers to the site. "
     "Its spokesman, Ivo Marek, put the number not yet traced at 17.",
     "Its spokesman, Ivo Marek, put the number not yet traced at 17.", False),
    # a speaker of another body, or no role at all: two credits
    ("", "The ministry's spokesman, Ivo Marek, told reporters that 17 workers had not been traced.", True),
    ("", "Ivo Marek told reporters that 17 workers had not been traced.", True),
    # "its" with no union named before it
    ("Velder Rail has sent engineers to the site. Its spokesman, Ivo Marek, put the number not yet traced at 17.",
     "Its spokesman, Ivo Marek, put the number not yet traced at 17.", True),
])
def test_credits_a_body_and_its_own_spokesman_are_one_credit(text, sentence, flagged):
    a, b = doc("a", "2026-10-16"), doc("b", "2026-10-17")
    a.text = text or sentence
    first = fig(a, 17, sentence, measure="missing", source="Ivo Marek")
    second = fig(b, 17, "Missing: 17 (Osk Rail Workers' Union)", measure="missing",
                 source="Osk Rail Workers' Union", n=1)
    found = conflicts_of([first, second], [a, b])
    assert [c.kind for c in found] == (["attribution_conflict"] if flagged else [])


@pytest.mark.parametrize("sentence, flagged", [
    # the office is named for the post its head holds: one voice
    ("Coroner Ilse Varn now says 17 people are still unaccounted for.", False),
    # a person the reports never give that post: two credits
    ("Ilse Varn now says 17 people are still unaccounted for.", True),
])
def test_credits_an_office_and_the_holder_of_its_post_are_one_credit(sentence, flagged):
    a, b = doc("a", "2026-10-16"), doc("b", "2026-10-17")
    a.text = sentence
    first = fig(a, 17, sentence, measure="missing", source="Ilse Varn")
    second = fig(b, 17, "Missing: 17 (Osk County Coroner's Office)", measure="missing",
                 source="Osk County Coroner's Office", n=1)
    found = conflicts_of([first, second], [a, b])
    assert [c.kind for c in found] == (["attribution_conflict"] if flagged else [])


@pytest.mark.parametrize("unstated_value, unstated_source, flagged", [
    (20, "Governor Ilse Marrow", True),     # fewer than the workers alone: one of the two is wrong
    (31, "Governor Ilse Marrow", False),    # more: it may count others besides the workers
    (20, None, False),                      # the report's own smaller number: often a detail of the toll
])
def test_total_below_one_groups_count_is_a_contradiction(unstated_value, unstated_source, flagged):
    # a count that names no group is set against another voice's count of one group (workers are
    # civilians); most killed figures leave their group unstated, so the two stand in two quantities
    a = doc("a", "2026-10-16")
    group = fig(a, 26, "At least 26 workers were killed, the Osk Workers' Guild said.", measure="killed",
                group="civilians", qualifier="at_least", source="Osk Workers' Guild")
    said = f", {unstated_source} said" if unstated_source else ""
    unstated = fig(a, unstated_value, f"{unstated_value} people have died{said}.", measure="killed",
                   source=unstated_source, n=2)
    others = [fig(a, v, f"{v} people were killed in Marl.", measure="killed", n=3 + i) for i, v in enumerate((4, 5))]
    found = [c for c in conflicts_of([group, unstated] + others, [a]) if c.kind == "contradiction"
             and group.id in c.figures]
    assert [unstated.id in c.figures for c in found] == ([True] if flagged else [])


@pytest.mark.parametrize("second_source, second_qualifier, second_measure, flagged", [
    # a small count stated exactly by two named sources for the same thing: two credits
    ("Mayor Tomas Brill", "exact", "missing", True),
    ("Health Ministry", "exact", "missing", False),     # the same source
    ("rescuers", "exact", "missing", False),           # a description, not a name
    ("Mayor Tomas Brill", "about", "missing", False),  # an estimate coincides too easily
    ("Mayor Tomas Brill", "exact", "injured", False),  # another measure: another count
])
def test_credits_small_number_needs_one_count_exact_and_two_names(second_source, second_qualifier,
                                                                 second_measure, flagged):
    a, b = doc("a", "2026-10-16"), doc("b", "2026-10-17")
    first = fig(a, 7, "Seven passengers were still missing, the Health Ministry said.", measure="missing",
                source="Health Ministry")
    second = fig(b, 7, f"Seven passengers remain unaccounted for, {second_source} said.", measure=second_measure,
                 source=second_source, qualifier=second_qualifier)
    found = conflicts_of([first, second], [a, b])
    assert [c.kind for c in found] == (["attribution_conflict"] if flagged else [])


def test_credits_number_below_five_is_never_an_attribution_conflict():
    a, b = doc("a", "2026-10-16"), doc("b", "2026-10-17")
    first = fig(a, 4, "Four passengers were still missing, the Health Ministry said.", measure="missing",
                source="Health Ministry")
    second = fig(b, 4, "Four passengers remain unaccounted for, Mayor Tomas Brill said.", measure="missing",
                 source="Mayor Tomas Brill")
    assert not conflicts_of([first, second], [a, b])


@pytest.mark.parametrize("sentence, flagged", [
    ("On Friday my office told reporters that 27 people had died.", False),  # the body's head speaking
    ("Our agency has counted 27 dead so far.", False),
    ("On Friday the governor told reporters that 27 people had died.", True),
])
def test_credits_body_called_my_or_our_is_one_credit(sentence, flagged):
    a, b = doc("a", "2026-10-16"), doc("b", "2026-10-19")
    speaker = fig(a, 27, sentence, measure="killed", source="Mara Velt")
    body = fig(b, 27, "The Osk Regional Office first said 27 were dead.", measure="killed",
               source="Osk Regional Office")
    if "agency" in sentence:
        body = fig(b, 27, "The Osk Relief Agency first said 27 were dead.", measure="killed",
                   source="Osk Relief Agency")
    found = conflicts_of([speaker, body], [a, b])
    assert [c.kind for c in found] == (["attribution_conflict"] if flagged else [])


@pytest.mark.parametrize("revised, flagged", [
    (None, True),     # the rescue service never moved on: its 26 credited to Velder Rail is a credit twice
    (25, False),      # the rescue service gave 25 before the other report: two counts that met on the way
])
def test_credits_count_revised_by_its_source_before_the_other_credit(revised, flagged):
    a, c, b = doc("a", "2026-10-16"), doc("c", "2026-10-17"), doc("b", "2026-10-19")
    first = fig(a, 26, "The rescue service said 26 people were missing.", measure="missing",
                source="Rescue Service")
    second = fig(b, 26, "According to Velder Rail, 26 people are still missing.", measure="missing",
                 source="Velder Rail")
    figures, docs = [first, second], [a, b]
    if revised is not None:
        figures.append(fig(c, revised, f"The rescue service said {revised} people were missing.", measure="missing",
                           source="Rescue Service"))
        docs.append(c)
    found = conflicts_of(figures, docs)
    assert [x.kind for x in found if x.kind == "attribution_conflict"] == (["attribution_conflict"] if flagged else [])


def test_minister_titled_in_report_speaks_for_ministry():
    from crosscheck.reconcile.conflicts import _minister_of
    text = "Health Minister Dora Vell spoke to reporters. Vell said 31 people had died."
    assert _minister_of("Dora Vell", "Ruvanian Health Ministry", text)
    assert _minister_of("Dora Vell", "Ministry of Health", "Dora Vell, the health minister, said 31 had died.")
    assert not _minister_of("Dora Vell", "Ministry of Defence", text)
    assert not _minister_of("Dora Vell", "Ministry of Health", "Dora Vell, a nurse, said 31 had died.")


@pytest.mark.parametrize("second_source, flagged", [
    ("Osk Farmers Union", True),   # two named voices set against each other by "while"
    (None, False),                 # the second number is nobody's: a part, not a rival
])
def test_credits_two_voices_contrasted_in_one_sentence(second_source, flagged):
    d = doc("a", "2026-11-09")
    sentence = "Police put the toll at 17, while the Osk Farmers Union said more than 50 people were killed."
    fifty = fig(d, 50, sentence, measure="killed", source=second_source, qualifier="more_than")
    figures = [fig(d, 17, sentence, measure="killed", source="Police"),
               dataclasses.replace(fifty, char_start=sentence.index("50"), sentence_idx=0)]
    kinds = [c.kind for c in conflicts_of(figures, [d])]
    assert (kinds == ["contradiction"]) is flagged, kinds


@pytest.mark.parametrize("linking_text, flagged", [
    # a third report introduces the speaker as the union's: the union and its speaker are one voice
    ("The Osk Rail Workers' Union said it had sent volunteers. Its spokesman, Col. Ivo Marek, "
     "asked families to stay calm.", False),
    ("The Osk Rail Workers' Union and its spokesman, the veteran organiser Marek, asked families to wait.", False),
    ("Ivo Marek, a spokesman for the Osk Rail Workers' Union, asked families to wait.", False),
    # no report ties the speaker to the union: two credits
    ("Ivo Marek asked families to stay calm.", True),
    # the speaker of another body named last before "its"
    ("The Osk Rail Workers' Union met on Monday. Velder Rail said little. Its spokesman, Ivo Marek, "
     "asked families to wait.", True),
])
def test_credits_a_speaker_tied_to_his_body_by_another_report_is_one_voice(linking_text, flagged):
    a, b, c = doc("a", "2026-10-16"), doc("b", "2026-10-17"), doc("c", "2026-10-17")
    a.text = "Ivo Marek said 17 workers had not been traced."
    b.text = "Missing: 17 (Osk Rail Workers' Union)"
    c.text = linking_text
    first = fig(a, 17, a.text, measure="missing", source="Ivo Marek")
    second = fig(b, 17, b.text, measure="missing", source="Osk Rail Workers' Union", n=1)
    other = fig(c, 3, "Three engineers were hurt, Velder Rail said.", source="Velder Rail", n=2)
    found = conflicts_of([first, second, other], [a, b, c])
    assert [x.kind for x in found] == (["attribution_conflict"] if flagged else [])


@pytest.mark.parametrize("outlets, flagged", [
    # the tribunal's summary and the relatives' union's statement each give 46 in their own voice:
    # both bodies gave the number, so crediting it to either is no misattribution
    (("Orvane Appeals Tribunal", "Union of Relatives of the Disappeared"), False),
    # the same own-voice counts in two newspapers: the bodies credited are not on record
    (("The Kessel Herald", "Morning Ledger"), True),
])
def test_credits_number_each_credited_body_gives_in_its_own_report(outlets, flagged):
    own = [Document(id=f"id-own{i}", path=f"/reports/own{i}.txt", published="2026-03-02", published_from="text",
                    outlet=outlet) for i, outlet in enumerate(outlets)]
    a, b = doc("a", "2026-03-03"), doc("b", "2026-03-04")
    figures = [fig(own[0], 46, "The tribunal was unable to account for 46 persons from Osk, who remain missing.",
                   measure="missing", location=["Osk"]),
               fig(own[1], 46, "Forty-six of our relatives from Osk are still missing.", measure="missing",
                   location=["Osk"]),
               fig(a, 46, "The relatives' union says 46 people from Osk are still missing.", measure="missing",
                   source="Union of Relatives of the Disappeared", location=["Osk"]),
               fig(b, 46, "The tribunal found that 46 people from Osk remain missing.", measure="missing",
                   source="Orvane Appeals Tribunal", location=["Osk"])]
    kinds = [c.kind for c in conflicts_of(figures, own + [a, b])]
    assert ("attribution_conflict" in kinds) is flagged, kinds


@pytest.mark.parametrize("described, flagged", [
    ("a church council", True),      # a religious body stands outside the state
    ("the diocese", True),
    ("local officials", False),      # the same side as the ministry: it may be the ministry itself
])
def test_credits_religious_body_is_on_the_civil_side(described, flagged):
    a, b = doc("a", "2026-10-16"), doc("b", "2026-10-17")
    named = fig(a, 83, "The Ministry of Home Affairs says 83 people were killed.", measure="killed",
                source="Ministry of Home Affairs")
    other = fig(b, 83, f"At least 83 people were killed, {described} said.", measure="killed",
                qualifier="at_least", source=described)
    other.source_text = described
    found = conflicts_of([named, other], [a, b])
    assert [c.kind for c in found] == (["attribution_conflict"] if flagged else [])
