"""Figures from sentences in several news styles: measure, subject, group, place, period, source, hedges."""
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures

TUESDAY = dt.date(2025, 3, 11)


def _figures(nlp, text, published=TUESDAY):
    return extract_figures(nlp(text), DocContext("doc-1", "reports/doc-1.txt", published))


def _figure(nlp, text, number, published=TUESDAY, measure=None):
    found = [f for f in _figures(nlp, text, published) if f.number_text == number and (measure is None or f.measure == measure)]
    assert found, f"no figure {number!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize("text, number, measure", [
    # active
    ("Gunmen killed 14 villagers in the raid.", "14", "killed"),
    ("The floods displaced 3,000 families.", "3,000", "displaced"),
    ("Kidnappers seized and abducted 40 students from the school.", "40", "abducted"),
    ("Police arrested 15 protesters outside parliament.", "15", "detained"),
    # passive
    ("At least 12 people were killed in the blast.", "12", "killed"),
    ("Nine people were wounded when the bus overturned.", "Nine", "injured"),
    ("Twenty fishermen are still missing after the storm.", "Twenty", "missing"),
    ("Five aid workers were kidnapped near the border.", "Five", "abducted"),
    ("Over 160 passengers are believed to have died in the sinking.", "160", "killed"),
    ("Some 200 detainees were arrested overnight.", "200", "detained"),
    # participle / nominal / phrase
    ("Rescuers counted 30 bodies in the rubble.", "30", "killed"),
    ("The landslide resulted in the deaths of 64 miners.", "64", "killed"),
    ("The earthquake caused hundreds of civilian deaths.", "hundreds", "killed"),
    ("The ferry sinking brought the death toll to 486.", "486", "killed"),
    ("The total number of workers killed is 612.", "612", "killed"),
    ("Nineteen hikers were reported missing last week.", "Nineteen", "missing"),
    ("Nearly 26,000 residents have fled to neighbouring provinces.", "26,000", "displaced"),
    ("Thirty-seven miners lost their lives in the collapse.", "Thirty-seven", "killed"),
    ("The earthquake left 2,400 people injured.", "2,400", "injured"),
    # local crime report: manner verbs with a result
    ("Two men were shot and killed outside the bar.", "Two", "killed"),
    ("Two men were found shot to death in a van.", "Two", "killed"),
    ("Three teens were shot and wounded at the park.", "Three", "injured"),
    ("Officers fatally shot two suspects.", "two", "killed"),
    ("The two teens who fled the house were arrested.", "two", "detained"),
    # prepositional phrases and partitives
    ("Two police officers were among the dead.", "Two", "killed"),
    ("About 48,000 people have lost their homes.", "48,000", "displaced"),
    ("Twelve people remain in hospital.", "Twelve", "injured"),
    ("Police said 17 were wounded, six of them critically.", "six", "injured"),
    ("The toll includes five who were hurt while escaping.", "five", "injured"),
    ("Five people died in hospital on Sunday.", "Five", "killed"),
    # a partitive count: the number before "of" is the count
    ("She said 23 of her neighbours were also killed in the floods.", "23", "killed"),
    # "including" passes the measure on; a coordinated count keeps its own
    ("The fire killed 10, including 4 children, and injured 25 others.", "4", "killed"),
    ("Casualties included 12 dead and 40 wounded.", "40", "injured"),
    # an aside after a casualty noun
    ("The district suffers kidnappings – often in groups of three or 6 per week – and extortion.", "three or 6", "abducted"),
    ("Reports of kidnappings (at least 30 this year) have grown.", "30", "abducted"),
    # headline style
    ("1 dead, 2 injured in shooting at liquor store.", "2", "injured"),
])
def test_figures_measure_from_verb_and_noun_forms(nlp, text, number, measure):
    assert _figure(nlp, text, number).measure == measure


@pytest.mark.parametrize("text, number", [
    ("The government pledged $45 million in aid.", "45 million"),
    ("The floodwater stopped just 15 kilometers from the capital.", "15"),
    ("The regulator removed four airlines from its safety blacklist.", "four"),
    ("Gunmen attacked four riverside towns.", "four"),
    ("The officer suffered six gunshot wounds.", "six"),
    ("Two gunmen killed a guard at the gate.", "Two"),
    ("The club is missing 14 players through injury.", "14"),
    ("Of the 30 passengers on board, 12 died.", "30"),
    ("Two of the four occupants were arrested.", "four"),
    ("Rescuers pulled 251 survivors from the water and 112 people were still missing.", "251"),
    ("Police said two officers arrived and shot the man.", "two"),
    ("The region has endured more than a dozen years of drought.", "a dozen"),
])
def test_figures_non_people_counts_are_other(nlp, text, number):
    assert _figure(nlp, text, number).measure == "other"


@pytest.mark.parametrize("text", [
    "The 25-year-old victim was shot on March 3, 2021.",
    "The hotline is open 24/7 for families.",
    "It was the third attack since 2019.",
])
def test_figures_dates_ages_ordinals_are_not_figures(nlp, text):
    assert _figures(nlp, text) == []


def test_figures_coordinated_casualty_nouns_give_two_figures(nlp):
    figs = _figures(nlp, "Investigators logged hundreds of abductions and extrajudicial killings during the siege.")
    assert sorted(f.measure for f in figs if f.number_text == "hundreds") == ["abducted", "killed"]


@pytest.mark.parametrize("text, number, subject, group", [
    ("Soldiers killed 380 Ostlandic civilians in the villages.", "380", "Ostlandic civilians", "civilians"),
    ("The deaths of 57 security forces members were confirmed.", "57", "security forces members", "security_forces"),
    ("Fighting killed 96 pro-government fighters.", "96", "pro-government fighters", "armed_group"),
    ("More than 2,260 people, the majority of them civilians, died during the siege of the city.", "2,260", "people", "mixed"),
    ("At least 9 schoolchildren died when the roof collapsed.", "9", "schoolchildren", "civilians"),
    ("Insurgents killed 18 police officers at a checkpoint.", "18", "police officers", "security_forces"),
    ("Attackers shot dead 12 Yazidis in the village.", "12", "Yazidis", "civilians"),
    ("The militia was accused of the slaughter of hundreds of Ostlanders in the east.", "hundreds", "Ostlanders", "civilians"),
    ("Dozens of people were hurt in the stampede.", "Dozens", "people", "unspecified"),
])
def test_figures_subject_and_group(nlp, text, number, subject, group):
    fig = _figure(nlp, text, number)
    assert (fig.subject, fig.group) == (subject, group)


@pytest.mark.parametrize("text, number, locations", [
    ("Over 410 civilians were killed in Kelburn, Marwick, and Tessaly.", "410", ["Kelburn", "Marwick", "Tessaly"]),
    ("Floods displaced 5,000 people in Pakistan's Sindh province.", "5,000", ["Pakistan", "Sindh"]),
    ("Ministers met in Brussels after 40 people were killed.", "40", []),
])
def test_figures_location_from_the_figure_clause(nlp, text, number, locations):
    fig = _figure(nlp, text, number)
    assert all(any(want in got for got in fig.location) for want in locations)
    assert len(fig.location) >= len(locations) if locations else fig.location == []


@pytest.mark.parametrize("text, published, number, start, end", [
    ("At least 318 people have been killed since March 4.", TUESDAY, "318", "2025-03-04", None),
    ("The floods killed 61 people on March 5 alone.", TUESDAY, "61", "2025-03-05", "2025-03-05"),
    ("Over the weekend, floods killed 14 people.", TUESDAY, "14", "2025-03-08", "2025-03-09"),
    ("Over the weekend, floods killed 14 people.", None, "14", None, None),
    ("Riots erupted on Wednesday (March 5). The unrest has killed 84 soldiers.", TUESDAY, "84", "2025-03-05", None),
    ("The storm killed 8 people.", TUESDAY, "8", None, None),
])
def test_figures_period(nlp, text, published, number, start, end):
    fig = _figure(nlp, text, number, published)
    assert (fig.period_start, fig.period_end) == (start, end)


@pytest.mark.parametrize("text, number, source", [
    # wire copy with an acronym
    ("The Riverine Network for Human Rights (RNHR) said at least 36 people were killed.", "36",
     "Riverine Network for Human Rights"),
    ("At least 36 people were killed, according to RNHR. The Riverine Network for Human Rights (RNHR) "
     "publishes monthly tallies.", "36", "Riverine Network for Human Rights"),
    # local paper: passive → no source
    ("Two people were reported injured on Elm Street.", "Two", None),
    # NGO bulletin: "the monitor" resolved to the organisation named before
    ("The Border Rights Observatory said 50 people were killed on Monday. On Tuesday, the monitor "
     "said 23 children were missing.", "23", "Border Rights Observatory"),
    # government statement
    ("The Interior Ministry announced that 85 suspects had been detained.", "85", "Interior Ministry"),
    # a restatement in the next sentence carries its source back
    ("Floods killed at least 27 villagers last week. The Valley Relief League reported that 27 villagers "
     "lost their lives.", "27", "Valley Relief League"),
])
def test_figures_source(nlp, text, number, source):
    assert _figure(nlp, text, number).source == source


@pytest.mark.parametrize("text, number, hedges", [
    ("The agency documented over 520 passengers drowned. The official count has not been verified and could "
     "be much higher.", "520", ["unverified", "could_rise"]),
    ("The gunman reportedly went room to room, killing 58 students.", "58", ["unverified"]),
    ("Police arrested 15 suspects.", "15", []),
])
def test_figures_hedges(nlp, text, number, hedges):
    assert _figure(nlp, text, number).hedges == hedges


def test_figures_record_fields(nlp):
    text = "Officials said 1,286 people had died. The toll was updated on Monday."
    doc = nlp(text)
    (fig,) = [f for f in extract_figures(doc, DocContext("doc-1", "reports/doc-1.txt", TUESDAY))]
    assert doc.text[fig.char_start:fig.char_end] == "1,286"
    assert fig.sentence == list(doc.sents)[fig.sentence_idx].text
    assert (fig.document, fig.document_id, fig.reported_on) == ("reports/doc-1.txt", "doc-1", "2025-03-11")
    assert (fig.value, fig.low, fig.high, fig.qualifier) == (1286, 1286, 1286, "exact")
    again = extract_figures(nlp(text), DocContext("doc-1", "reports/doc-1.txt", TUESDAY))
    assert again[0].id == fig.id


@pytest.mark.parametrize("text, number, reported_on, period_start", [
    # the date of the statement is when it was made, not the period counted
    ("The death toll rose to 2,134, the Ministry of Interior announced on Sunday.", "2,134", "2025-03-09", None),
    ("Officials said on Monday that 40 people had died since March 4.", "40", "2025-03-10", "2025-03-04"),
    # no date on the statement: the document's date
    ("At least 12 people were killed on Sunday, police said.", "12", "2025-03-11", "2025-03-09"),
])
def test_figures_reported_on_and_statement_dates(nlp, text, number, reported_on, period_start):
    fig = _figure(nlp, text, number)
    assert (fig.reported_on, fig.period_start) == (reported_on, period_start)


@pytest.mark.parametrize("text, expected", [
    ("A 37-year-old man was shot and killed outside the restaurant.", [("killed", 1.0)]),
    ("A woman was hospitalized after the crash.", [("injured", 1.0)]),
    ("A gunman killed a guard at the gate.", [("killed", 1.0)]),  # the guard, not the gunman
    ("A man walked into the store.", []),
    ("Three people were killed and a child was injured.", [("killed", 3.0), ("injured", 1.0)]),
])
def test_figures_single_victims_when_asked(nlp, text, expected):
    figs = extract_figures(nlp(text), DocContext("doc-1", "reports/doc-1.txt", TUESDAY), count_single_victims=True)
    assert [(f.measure, f.value) for f in figs if f.measure != "other"] == expected
    plain = extract_figures(nlp(text), DocContext("doc-1", "reports/doc-1.txt", TUESDAY))
    assert all(f.number_text.lower() not in ("a", "an") for f in plain)


def test_figures_verbless_toll_line_ends(nlp):
    """A toll line with no verb ("Total number of casualties in the blast: 34 dead.") once sent the
    search for its clause round the sentence root for ever: it must end, with the toll read."""
    import signal

    from crosscheck.extract.figures import _clause_of, _states_toll

    def stuck(signum, frame):
        raise TimeoutError("the clause search did not end")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(20)
    try:
        doc = nlp("Total number of casualties in the blast: 34 dead.")
        root = next(t for t in doc if t.dep_ == "ROOT")
        assert _clause_of(root).i == root.i
        assert _states_toll(doc[:], root)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
