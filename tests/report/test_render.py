"""The report lays out what the store holds: every section, every number with its sentence."""
import pytest

from crosscheck.records import Conflict, Document, Entity, Event, Extraction, Figure, Label, Quantity, Quote, Sentence
from crosscheck.report.render import describe_value, render_report
from crosscheck.store.db import open_store


def fig(fid, doc, value, sentence, start, qualifier="exact", source=None, **kw):
    return Figure(id=fid, document_id=doc, document=f"{doc}.txt", sentence=sentence, char_start=start,
                  char_end=start + len(str(value)), number_text=str(value), value=value, low=value, high=value,
                  qualifier=qualifier, measure="killed", source=source, sentence_idx=0, **kw)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "r.db")
    s1 = "The toll rose to 40, the agency said."
    s2 = "Officials said 55 people died."
    docs = [
        (Document(id="a", path="a.txt", text=s1, outlet="Hill Post", published="2026-05-01", published_from="text"), s1,
         [fig("fa", "a", 40, s1, s1.index("40"), source="Hill Agency")],
         [Quote(id="qa", document_id="a", document="a.txt", text="We are still digging", speaker="Rosa Imre", cue="said", cluster="c1")],
         [Label(id="la", document_id="a", document="a.txt", outlet="Hill Post", entity="Hill Council", label="so-called council", markers=["so_called"])]),
        (Document(id="b", path="b.txt", text=s2, outlet="Valley Times", published="2026-05-01", published_from="metadata"), s2,
         [fig("fb", "b", 55, s2, s2.index("55"), source="officials")],
         [Quote(id="qb", document_id="b", document="b.txt", text="we are still digging here", speaker="Rosa Imre", cue="told", cluster="c1")],
         []),
    ]
    for d, sent, figs, quotes, labels in docs:
        s.write_extraction(Extraction(d, [Sentence(d.id, 0, 0, len(sent), sent)], figs, quotes, labels=labels))
    s.replace_cross_document({
        Quantity: [Quantity(id="q", label="people killed, Hill, per Hill Agency", measure="killed", figures=["fa", "fb"],
                            series=[{"date": "2026-05-01", "value": 40, "figure": "fa"}, {"date": "2026-05-01", "value": 55, "figure": "fb"}],
                            low=40, best=40, high=55)],
        Conflict: [Conflict(id="c", kind="contradiction", figures=["fa", "fb"], explanation="40 and 55 count the same dead on the same day.")],
        Entity: [Entity(id="e", name="Hill Agency", kind="ORG", aliases=["Hill Agency", "HA"], documents=["a.txt"], mentions=2,
                        evidence=[{"alias": "HA", "why": "acronym"}])],
        Event: [Event(id="ev", date="2026-04-29", date_text="on Wednesday", description="The dam failed", documents=["a.txt"])],
    })
    return s


def test_render_html_has_every_section_with_its_evidence(store):
    html = render_report(store, "html")
    assert "The toll rose to <mark>40</mark>, the agency said." in html
    assert "low <b>40</b> · best <b>40</b> · high <b>55</b>" in html
    assert "40 and 55 count the same dead on the same day." in html and "Officials said <mark>55</mark> people died." in html
    assert "contradiction" in html
    assert "We are still digging" in html and "we are still digging here" in html
    assert "so-called council" in html and "so_called" in html
    assert "Hill Agency (1/0)" in html and "Rosa Imre (0/1)" in html
    assert "HA: acronym" in html
    assert "2026-04-29" in html and "on Wednesday" in html
    assert "Hill Post" in html and "Valley Times" in html


def test_render_markdown_tables(store):
    md = render_report(store, "md")
    assert "## What the figures say" in md and "low **40** · best **40** · high **55**" in md
    assert "- **contradiction**: 40 and 55 count the same dead on the same day." in md
    assert "| 2026-04-29 | on Wednesday | The dam failed | a.txt |" in md


def test_render_escapes_html_in_sentences(tmp_path):
    s = open_store(tmp_path / "x.db")
    sent = "<script>alert(1)</script> 12 died."
    d = Document(id="x", path="x.txt", text=sent)
    s.write_extraction(Extraction(d, [Sentence("x", 0, 0, len(sent), sent)], [fig("fx", "x", 12, sent, sent.index("12"))]))
    html = render_report(s, "html")
    assert "<script>alert" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize("q, low, high, value, text, expected", [
    ("at_least", 42, None, 42, "42", "at least 42"),
    ("vague", 200, 999, None, "hundreds", "hundreds (200–999)"),
    ("range", 5, 10, None, "five or 10", "5–10"),
    ("exact", 1540, 1540, 1540, "1,540", "1,540"),
])
def test_render_describe_value(q, low, high, value, text, expected):
    f = Figure(id="f", document_id="d", document="d.txt", sentence="", qualifier=q, low=low, high=high, value=value, number_text=text)
    assert describe_value(f) == expected


def test_render_entity_suggestions_shown_not_merged(tmp_path):
    s = open_store(tmp_path / "s.db")
    s.replace_cross_document({Entity: [
        Entity(id="e1", name="Ellen Marsh", kind="PERSON", aliases=["Ellen Marsh"], mentions=3,
               suggestions=[{"alias": "the governor", "entity": "Paul Osei", "why": "same title in another report"}]),
        Entity(id="e2", name="Paul Osei", kind="PERSON", aliases=["Paul Osei"], mentions=1),
    ]})
    html = render_report(s, "html")
    assert "suggested: the governor ~ Paul Osei (same title in another report)" in html
