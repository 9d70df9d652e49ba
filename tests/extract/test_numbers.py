"""Number parsing and finding: values, words, vague numbers, qualifiers, ranges, non-counts."""
import pytest

from crosscheck.extract.numbers import find_number_mentions, parse_number, parse_quantity


@pytest.mark.parametrize("text, value", [
    ("2,260", 2260),
    ("36", 36),
    ("1.5 million", 1_500_000),
    ("twenty-three", 23),
    ("two hundred", 200),
    ("a dozen", 12),
    ("two dozen", 24),
    ("ten", 10),
    ("45k", 45_000),
    ("3,000,000", 3_000_000),
    ("1,72,890", 172_890),       # lakhs and crores, as written in South Asia
    ("12,34,56,789", 123_456_789),
    ("10,00,000", 1_000_000),
    ("1,7,890", None),           # neither grouping
    ("killed", None),
])
def test_numbers_parse_number_values(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text, value, low, high, qualifier", [
    ("at least 36", 36, 36, None, "at_least"),
    ("more than 2,260", 2260, 2260, None, "more_than"),
    ("over 300", 300, 300, None, "more_than"),
    ("nearly 26,000", 26000, None, 26000, "nearly"),
    ("almost 90", 90, None, 90, "nearly"),
    ("about 1,450", 1450, None, None, "about"),
    ("approximately 1,450", 1450, None, None, "about"),
    ("around 60", 60, None, None, "about"),
    ("some 2,000", 2000, None, None, "about"),
    ("up to 5", 5, None, 5, "up_to"),
    ("as many as 80", 80, None, 80, "up_to"),
    ("36 or more", 36, 36, None, "at_least"),
    ("17", 17, 17, 17, "exact"),
    ("hundreds", None, 200, 999, "vague"),
    ("dozens", None, 24, 99, "vague"),
    ("thousands", None, 2000, 9999, "vague"),
    ("tens of thousands", None, 20000, 99999, "vague"),
    ("three or 6", None, 3, 6, "range"),
    ("between 10 and 20", None, 10, 20, "range"),
    ("12-15", None, 12, 15, "range"),
])
def test_numbers_parse_quantity_qualifiers_and_bounds(text, value, low, high, qualifier):
    q = parse_quantity(text)
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize("sentence, expected", [
    # wire copy
    ("At least 12 people were killed and dozens wounded, police said.", ["12", "dozens"]),
    # local paper: ages, years and dates are not counts
    ("A 34-year-old man was shot twice on Main Street on March 3, 2021.", []),
    ("The shop, open 24/7 since 1998, was hit at 10:30 pm.", []),
    ("Police charged Jonathan Reed, 18, and Ana Lopez, 19; both were held.", []),
    ("Traffic on Route 66 was slow as Doom 3 sold out.", []),
    # NGO bulletin: a vague count and a range
    ("Tens of thousands of people fled, with up to 5,000 sheltering in schools.", ["Tens of thousands", "5,000"]),
    ("Villagers were abducted in groups of three or 6 per week.", ["three or 6"]),
    # government statement: ordinals and percentages are not counts
    ("For the second time, 40 percent of the district lost power.", []),
    ("The ministry said 1.2 million residents remain displaced.", ["1.2 million"]),
    # official statements write a number twice, in words and in figures: one number
    ("The attack left twenty-three (23) people dead.", ["twenty-three (23)"]),
    ("One hundred twelve (112) injured persons were brought to hospitals.", ["One hundred twelve (112)"]),
    ("Two hundred and fifty people fled the valley.", ["Two hundred and fifty"]),
])
def test_numbers_find_number_mentions(nlp, sentence, expected):
    doc = nlp(sentence)
    assert [m.text for m in find_number_mentions(doc)] == expected


@pytest.mark.parametrize("sentence, number, qualifier_text, qualifier", [
    ("Rescuers say more than 200 people are missing.", "200", "more than", "more_than"),
    ("Nearly 26,000 residents fled the town.", "26,000", "Nearly", "nearly"),
    ("An estimated 400 homes were destroyed.", "400", "An estimated", "about"),
    ("Police arrested 15 suspects.", "15", None, "exact"),
    # a ceiling said as a denial of more is up_to, never more_than
    ("The agency insists that no more than 2,500 people have left their homes.", "2,500", "no more than", "up_to"),
    ("Not more than 40 families were moved, the mayor said.", "40", "Not more than", "up_to"),
    ("At most 12 workers were hurt.", "12", "At most", "up_to"),
    # "up to" after a verb that moves a count is where the count went, not a ceiling
    ("The inspector said the number of people held had gone up to nine.", "nine", None, "exact"),
    ("The toll was revised up to 60 on Friday.", "60", None, "exact"),
    ("Rebels killed up to 50 villagers.", "50", "up to", "up_to"),
    ("Troops moved up to 300 people to safety.", "300", "up to", "up_to"),
    # a sum said with "add up to" is the count itself
    ("Taken together, the regional counts add up to 640.", "640", None, "exact"),
])
def test_numbers_find_qualifier_next_to_number(nlp, sentence, number, qualifier_text, qualifier):
    mention = next(m for m in find_number_mentions(nlp(sentence)) if m.text == number)
    assert mention.qualifier_text == qualifier_text
    assert mention.quantity.qualifier == qualifier


def test_numbers_mention_offsets_point_at_the_number(nlp):
    doc = nlp("Officials said 1,286 people had died.")
    (mention,) = find_number_mentions(doc)
    assert doc.text[mention.char_start:mention.char_end] == "1,286"


@pytest.mark.parametrize("sentence, number, value", [
    ("The attack left twenty-three (23) people dead.", "twenty-three (23)", 23),
    ("One hundred twelve (112) injured persons were brought to hospitals.", "One hundred twelve (112)", 112),
    ("Two hundred and fifty people fled the valley.", "Two hundred and fifty", 250),
])
def test_numbers_written_twice_value(nlp, sentence, number, value):
    mention = next(m for m in find_number_mentions(nlp(sentence)) if m.text == number)
    assert mention.quantity.value == value


@pytest.mark.parametrize("sentence, number, value, qualifier", [
    # "half a ..." is one number, not "a hundred" (translated report, wire, local paper)
    ("Local authorities said about half a hundred people were still missing on Sunday.",
     "half a hundred", 50, "about"),
    ("Nearly half a million people have fled their homes since the floods.", "half a million", 500_000, "nearly"),
    ("Half a dozen firefighters were treated for smoke inhalation.", "Half a dozen", 6, "exact"),
    # the value of a toll after "was" is a count even when the recogniser reads it as a day (police)
    ("The first toll given by police on Saturday was 31.", "31", 31, "exact"),
    ("The official tally on Monday was 19.", "19", 19, "exact"),
    # "anywhere from ... to ..." is one uncertain span (a rise "from 380 to 412" is two numbers)
    ("That would leave anywhere from 215 to 565 people unaccounted for.", "215 to 565", None, "range"),
])
def test_numbers_half_and_toll_values(nlp, sentence, number, value, qualifier):
    mention = next(m for m in find_number_mentions(nlp(sentence)) if m.text == number)
    assert (mention.quantity.value, mention.quantity.qualifier) == (value, qualifier)


@pytest.mark.parametrize("sentence, expected", [
    # figures first, the same number in words in brackets: one number (state press notes)
    ("Search for 6 (six) workers reported missing continues.", ["6 (six)"]),
    ("34 (thirty four) persons sustained injuries.", ["34 (thirty four)"]),
    ("Officials counted 12 (twelve) bodies and 3 (four) boats.", ["12 (twelve)", "3", "four"]),
    # tens and units written apart
    ("Thirty four people were hurt.", ["Thirty four"]),
    # a number to dial is no count
    ("Residents should report suspicious movements through the toll-free line 112.", []),
    ("Families can call the hotline 1555 for news.", []),
])
def test_numbers_written_twice_and_phone_numbers(nlp, sentence, expected):
    assert [m.text for m in find_number_mentions(nlp(sentence))] == expected


def test_numbers_from_to_is_two_numbers(nlp):
    doc = nlp("The toll rose from 380 to 412 overnight.")
    assert [m.text for m in find_number_mentions(doc)] == ["380", "412"]


@pytest.mark.parametrize("sentence", [
    # a day after "was" with no count noun before it stays a date
    "Her birthday was 31.",
    "The deadline was 15 March.",
])
def test_numbers_days_after_be_are_not_counts(nlp, sentence):
    assert find_number_mentions(nlp(sentence)) == []


@pytest.mark.parametrize("sentence, expected", [
    # an age in brackets after a name is no count (police note, local paper)
    ("Police arrested the owner, Tom Reyes (47), on Monday.", []),
    ("Maria Okafor (29) and two neighbours were injured.", ["two"]),
    # a number in brackets after a count noun stays ("the dead (12)" is not an age)
    ("Search for 6 (six) workers continues.", ["6 (six)"]),
    # a count written twice or a toll labelled by its count keeps its number
    ("The army said nine (9) soldiers were killed.", ["nine (9)"]),
    ("The victims (14) were buried on Friday.", ["14"]),
    ("The toll (23) was revised on Monday.", ["23"]),
])
def test_numbers_bracketed_ages(nlp, sentence, expected):
    assert [m.text for m in find_number_mentions(nlp(sentence))] == expected


@pytest.mark.parametrize("sentence, expected", [
    # ages in brackets after a noun for one person, or several after a noun for people (regional
    # dailies; switched on: numbers.AGES_AFTER_NOUNS)
    ("A night watchman (63) and his deputy (41) were questioned by police.", []),
    ("The bus conductor (35) was among 12 passengers hurt.", ["12"]),
    ("An elderly couple (78 and 74) died in the blaze, firefighters said.", []),
    ("Her two sons (9 and 12) were rescued from the roof.", ["two"]),
    # a bracket after a plural count or holding a large number stays a count
    ("The workers (27) walked out.", ["27"]),
    ("The evacuees (1,200) were moved to the stadium.", ["1,200"]),
    ("Police arrested the owner, Tom Reyes (47), on Monday.", []),
])
def test_numbers_switched_off_ages_after_nouns(nlp, monkeypatch, sentence, expected):
    from crosscheck.extract import numbers
    monkeypatch.setattr(numbers, "AGES_AFTER_NOUNS", True)
    assert [m.text for m in find_number_mentions(nlp(sentence))] == expected


@pytest.mark.parametrize("sentence, expected", [
    # provisions of a law are no counts (switched on: numbers.LAW_SECTIONS)
    ("They were booked under Sections 304(2) (culpable homicide) and 125 of the code.", []),
    ("The two owners were charged under Section 302 and 34 of the penal code.", ["two"]),
    ("Articles 7, 9 and 12 were invoked against 40 protesters.", ["40"]),
    # a list that no provision noun opens keeps its numbers
    ("Two men were arrested and 125 people were evacuated.", ["Two", "125"]),
])
def test_numbers_law_sections(nlp, monkeypatch, sentence, expected):
    from crosscheck.extract import numbers
    monkeypatch.setattr(numbers, "LAW_SECTIONS", True)
    assert [m.text for m in find_number_mentions(nlp(sentence))] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a judgment's or report's paragraph references, abbreviated: never counts, whatever LAW_SECTIONS says
    ("The tribunal held that 88 villagers were killed (para. 14).", ["88"]),
    ("It found that 31 people are still missing (paras. 20-22) and that 6.5 per cent were children (para. 3.1).", ["31", "6.5"]),
    ("Nine of the 40 detainees were minors (footnote 7).", ["Nine", "40"]),
])
def test_numbers_paragraph_references(nlp, sentence, expected):
    assert [m.text for m in find_number_mentions(nlp(sentence))] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a number after a weekday is a count when a plural noun follows, a date otherwise
    ("Since Saturday 29 people have been killed in the city.", ["29"]),
    ("On Monday 14 workers were hurt.", ["14"]),
    ("On Friday four more bodies were brought to the surface.", ["four"]),
    ("On Sunday 3 other miners were rescued.", ["3"]),
    ("Floods on Friday 12 March killed 40 people.", ["40"]),
    ("The ceasefire held until Sunday 3 days later.", []),
])
def test_numbers_count_after_a_weekday(nlp, sentence, expected):
    assert [m.text for m in find_number_mentions(nlp(sentence))] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a stage or day of the story in a headline is no count (live pages, regional dailies)
    ("Ferry disaster, day three: toll corrected to 19", ["19"]),
    ("Floods, day 4 - rescuers reach 200 stranded villagers", ["200"]),
    # a count after a noun is kept when something is counted or no punctuation sets it off
    ("Every day 200 people arrive in the camp.", ["200"]),
    ("Death toll: 12, officials say", ["12"]),
])
def test_numbers_stage_labels(nlp, sentence, expected):
    assert [m.text for m in find_number_mentions(nlp(sentence))] == expected


@pytest.mark.parametrize("sentence, text, value", [
    # a one-letter unit set apart by a space is metres (an explainer's wave heights), not a million
    ("The wave reached a height of 7.5 m at the harbour wall.", "7.5", 7.5),
    # written on to the number, or after a currency sign, it is a million
    ("About 2m people fled the coast.", "2m", 2_000_000),
    ("The bank gave $9.5 m in aid.", "9.5 m", 9_500_000),
])
def test_numbers_one_letter_unit_or_million(nlp, sentence, text, value):
    (mention,) = [m for m in find_number_mentions(nlp(sentence)) if m.text.startswith(text[:3])]
    assert (mention.text, mention.quantity.value) == (text, value)


def test_numbers_lakh_grouping_is_one_count_in_a_sentence_and_a_table(nlp):
    from crosscheck.extract.tables import _NUMBER

    doc = nlp("Road crashes killed 1,72,890 people across the country last year.")
    values = [m.quantity.value for m in find_number_mentions(doc[:])]
    assert 172_890 in values and 1 not in values and 72 not in values
    assert _NUMBER.search("| 2025 | 4,62,825 |", 9).group(0) == "4,62,825"
