"""nlp.parsed_text: a parsed document's text, read once."""
from __future__ import annotations

from crosscheck.extract.nlp import TEXT_KEY, parsed_text


def test_parsed_text_equals_the_docs_text_and_is_kept_on_the_doc(nlp):
    doc = nlp("Floodwater reached the market at dawn.\nTwelve stalls were lost, traders said.")
    assert TEXT_KEY not in doc.user_data
    assert parsed_text(doc) == doc.text
    assert doc.user_data[TEXT_KEY] == doc.text
    doc.user_data[TEXT_KEY] = "kept"  # a second read takes the kept copy, not a new join of the tokens
    assert parsed_text(doc) == "kept"
