"""Source, period and reported date of figures as written in reports of other styles: descriptors
resolved to the organisation or person the document names, headings and table labels that are no
source, counts carried on from the sentence before, "since <weekday>" starts."""
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures
from crosscheck.extract.nlp import load_nlp

PEOPLE = {"killed", "injured", "missing", "displaced", "abducted", "detained"}


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _figures(nlp, text, published=dt.date(2026, 10, 15)):
    doc = nlp(text)
    return [f for f in extract_figures(doc, DocContext("d", "d.txt", published, None)) if f.measure in PEOPLE]


def _figure(nlp, text, number, published=dt.date(2026, 10, 15)):
    found = [f for f in _figures(nlp, text, published) if f.number_text == number]
    assert found, f"no figure {number!r} in {text!r}"
    return found[-1]


@pytest.mark.parametrize("text, number, source", [
    # a description resolves to the organisation named in full, before or after it
    ("Floods swept the south at the weekend, killing at least 38 people, the country's disaster agency said. "
     "Ana Diaz, a spokeswoman for the National Disaster Relief Agency (NDRA), said more would die.",
     "38", "National Disaster Relief Agency"),
    ("The Korin Civil Defence runs ambulances in the city. Civil defence volunteers said 23 people were killed.",
     "23", "Korin Civil Defence"),
    # "the spokesman" is the person introduced with that title
    ("The army spokesman, Brig. Gen. Tomas Vale, spoke to reporters. The spokesman said 12 militants had been killed.",
     "12", "Tomas Vale"),
    # a heading or table label before a colon is no source
    ("Storm Arla LIVE updates: death toll rises to 41\n\nRescuers are searching.", "41", None),
    # a title introduced in apposition ("The governor of X, Name,") names the person later
    ("The governor of Norra province, Priya Kannath, spoke on Monday. Last Thursday the governor had put forward "
     "the figure of 83 dead.", "83", "Priya Kannath"),
    # the parser read "report" as a noun: the opening noun phrase still reports, resolved to the ministry
    ("The Ministry of Health in Doran runs the hospitals. The local health authorities in Doran report 112 people "
     "killed and 389 injured since 12 October.", "112", "Ministry of Health"),
    # a title and a surname are the person named in full before
    ("The army spokesman, Brigadier General Tomas Vale, met reporters. General Vale said 200 militants had been killed.",
     "200", "Tomas Vale"),
    # a person in apposition inside the subject speaks, not the organisation the parser hung the name on
    ("The director of Kell General Hospital, Dr Emil Sarkis, told us that seven people died in the strike.",
     "seven", "Dr Emil Sarkis"),
    # explaining, pointing out
    ("Tomas Vale spoke on Monday. He pointed out that the authorities had arrested 57 suspects.", "57", "Tomas Vale"),
    # the one who issues the figures before a colon is their source
    ("The Norra Disaster Agency (NDA) has just issued its evening figures: 58 people are now confirmed dead.",
     "58", "Norra Disaster Agency"),
    # a capitalised reference noun in a heading refers back like "the monitor"
    ("The Ostrava Rights Watch (ORW) has tracked the war since 2020.\n\nWatch counts 64 civilian dead\n\n"
     "The group said more were missing.", "64", "Ostrava Rights Watch"),
    # whose data
    ("At least 40 civilians were killed in the district, according to data verified by OHCHR.", "40", "OHCHR"),
    # a source in the main clause governs the that-clause
    ("The UN human rights office said on Friday that it had verified at least 17 deaths.", "17",
     "UN human rights office"),
    # admitting, speaking of, acknowledging
    ("The Interior Ministry admits to only three deaths.", "three", "Interior Ministry"),
    ("The Ministry of Interior speaks of three dead.", "three", "Ministry of Interior"),
    # an indefinite plural is its own source, never the last organisation credited
    ("The UN human rights office said 40 people had died. Local groups put the toll at 51.", "51", "Local groups"),
    # "they say": the subject of the sentence before
    ("Border police in Tarsk registered new arrivals all week. At least 1,000 people have fled since Sunday, they say.",
     "1,000", "Border police"),
    # the recogniser stopped inside the name
    ("According to the Ministry of Health in Doran, 112 people died on Thursday alone.", "112",
     "Ministry of Health in Doran"),
    # a sentence continuing the count keeps the source of the sentence before, for all its figures
    ("According to the Ministry of Health in Doran, 112 people died on Thursday alone. "
     "The total number of dead since last Monday has reached 158, and nearly 500 were wounded.", "158",
     "Ministry of Health in Doran"),
    ("According to the Ministry of Health in Doran, 112 people died on Thursday alone. "
     "The total number of dead since last Monday has reached 158, and nearly 500 were wounded.", "500",
     "Ministry of Health in Doran"),
    # a "when" clause after a part aside, misread as what the agency reports, does not hide who speaks
    ("At least 30 people have died after the Orla river burst its banks, the Orla Fire Service (OFS) said on "
     "Monday, six of them on Sunday alone, when a dam gave way above the village of Kest.", "30", "Orla Fire Service"),
    # a "while" clause sets another voice against the first: it does not speak for the main clause
    ("Police in the state put Saturday's toll at 17, while the Orsk Farmers Union said more than 50 people "
     "were killed.", "17", "Police"),
    ("Police in the state put Saturday's toll at 17, while the Orsk Farmers Union said more than 50 people "
     "were killed.", "50", "Orsk Farmers Union"),
    ("At least 11 young men were detained, according to their families, while the official statement speaks "
     "of only four.", "11", "families"),
    # "she" is the person named after a rank the recogniser missed, not the man named before her
    ('Governor Tomas Reld said he was shocked by the raids. The police spokeswoman, DSP Ada Vell, defended the '
     'lower count. "Our figure is based on bodies seen by our officers," she said, adding that six suspects had '
     'been arrested.', "six", "Ada Vell"),
])
def test_figure_scope_sources_source(nlp, text, number, source):
    assert _figure(nlp, text, number).source == source


@pytest.mark.parametrize("text, number, start, reported_on", [
    # "since last Monday" on a count verb is the start of the period, not the date of the count
    ("The total number of dead since last Monday has reached 158.", "158", "2026-10-12", "2026-10-15"),
    ("The rebel-run health ministry says 47 people have been killed since Monday.", "47", "2026-10-12", "2026-10-15"),
    # the day of the statement is the reported date
    ("The UN human rights office said on Friday that it had verified at least 17 deaths.", "17", None, "2026-10-09"),
    # a "since" clause whose verb carries the day the count began
    ("At least 58 people are now confirmed dead across Norra province since the storm hit on Saturday night, "
     "the agency said.", "58", "2026-10-10", "2026-10-15"),
    # "since the <event>": the day the document gave that event earlier
    ("The Selva dam breached on Tuesday night, flooding three villages. Around sixty people have been arrested "
     "for looting since the dam breach, police said.", "sixty", "2026-10-13", "2026-10-15"),
    # an earlier figure: the day it was put forward is its reported date
    ("The toll is disputed. Last Thursday the governor of the region, Ana Ruiz, had put forward the figure of 83 dead.",
     "83", None, "2026-10-08"),
    # a bulletin's scope-setting opening covers the figures after it
    ("PRESS RELEASE\n\nIn the period from 13 to 20 September 2026, groups of rioters attacked police stations.\n\n"
     "In these events three persons lost their lives. A total of 112 police officers were injured.",
     "112", "2026-09-13", "2026-10-15"),
    # ... but a figure's own period at the start of its sentence governs nothing after it
    ("Between 3 and 9 May 40 people died in the district. Police said 3 suspects were arrested.", "3", None,
     "2026-10-15"),
])
def test_figure_scope_sources_period(nlp, text, number, start, reported_on):
    fig = _figure(nlp, text, number)
    assert (fig.period_start, fig.reported_on) == (start, reported_on)


@pytest.mark.parametrize("text, number", [
    # a coordinated reporting verb with its own complement reports something else
    ("Nearly 2,900 people remain in relief camps, and officials said it might take weeks before they go home.", "2,900"),
    # "according to" in another statement the parser kept in the same sentence
    ("At least 62 civilians were killed in the south, according to OHCHR. 112 people were injured in the north", "112"),
    # a table label is no source
    ("Situation summary\nDeaths (confirmed): 112\nInjured: 40\n", "40"),
])
def test_figure_scope_sources_no_source(nlp, text, number):
    assert _figure(nlp, text, number).source is None


@pytest.mark.parametrize("text, number, source, start", [
    # a heading takes the source and period of the figure stated in full under it
    ("Monitor counts 64 civilian dead\n\nThe Ostrava Rights Watch (ORW) says it has documented the deaths of "
     "64 civilians since Monday.", "64", "Ostrava Rights Watch", "2026-10-12"),
])
def test_figure_scope_sources_heading(nlp, text, number, source, start):
    fig = _figures(nlp, text)[0]
    assert (fig.number_text, fig.source, fig.period_start) == (number, source, start)


@pytest.mark.parametrize("text, number, location", [
    # "across the city" with no place in its paragraph: the place the document introduced as the city
    ("Since 12 October, Dorna city has been shelled every day.\n\nOn 15 October, the eastern Kesh neighbourhood was "
     "among the worst affected areas. At least 45 people remain missing across the city, rescuers said.", "45", ["Dorna"]),
    # ... never a neighbourhood named just before
    ("Shelling hit the Kesh neighbourhood overnight. At least 45 people remain missing across the city, rescuers said.",
     "45", []),
    # a table row whose label is a place the document names as one
    ("Floods hit villages in Ambalpur and Port Kovar.\n\nMissing by district\nAmbalpur: 46 missing\nPort Kovar: 31 missing\n",
     "46", ["Ambalpur"]),
])
def test_figure_scope_sources_location(nlp, text, number, location):
    assert _figure(nlp, text, number).location == location


def test_figure_scope_sources_older_figure_superseded(nlp):
    fig = _figure(nlp, "The toll is disputed. Last Thursday the governor of the region, Ana Ruiz, had put forward "
                       "the figure of 83 dead.", "83")
    assert "superseded" in fig.hedges and fig.reported_on == "2026-10-08"


@pytest.mark.parametrize("number, start", [("41", "2026-03-07"), ("46", "2026-03-07"), ("5", None)])
def test_figure_scope_sources_section_heading_period(nlp, number, start):
    """A section heading "(cumulative, from 7 March 2026)" covers its rows and a following
    "(cumulative)" section, not a new section."""
    text = ("SITUATION REPORT\n\n2. HUMAN IMPACT (cumulative, from 7 March 2026)\n\nMissing: 41 people\n\n"
            "3. DISTRICT-WISE MISSING (cumulative)\n\nAmbalpur: 46 missing\n\n4. RELIEF\n\nMissing: 5 fishermen\n")
    assert _figure(nlp, text, number, published=dt.date(2026, 3, 14)).period_start == start


@pytest.mark.parametrize("number, start, end", [
    ("Nine", "2031-04-08", "2031-04-09"), ("31", None, "2031-04-09"), ("12", None, "2031-04-09"), ("4", None, None)])
def test_figure_scope_sources_section_heading_as_at(nlp, number, start, end):
    """A section heading that says when its counts stood ("(cumulative as at 09/04/2031 12:00 hrs)")
    ends the period of the counts under it; a count said over the bulletin's reporting period keeps
    that span, and a new section ends the heading's reach."""
    text = ("FLOOD BULLETIN No. 4\nReporting period: 08/04/2031 12:00 hrs to 09/04/2031 12:00 hrs\n\n"
            "2. EFFECTS (cumulative as at 09/04/2031 12:00 hrs)\n\n"
            "Nine new deaths were recorded during the reporting period, bringing the total number of deaths to 31. "
            "Of the 12 people reported missing, most are farm workers.\n\n"
            "3. RESPONSE\n\nBoats rescued 4 injured people from rooftops.\n")
    fig = _figure(nlp, text, number, published=dt.date(2031, 4, 9))
    assert (fig.period_start, fig.period_end) == (start, end)
