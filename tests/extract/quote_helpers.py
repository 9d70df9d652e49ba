"""What the quote tests share: extracting the quotes of one invented sentence or report.

The spaCy model comes from the session-wide ``nlp`` fixture in tests/conftest.py.
"""
from crosscheck.extract.context import DocContext
from crosscheck.extract.quotes import extract_quotes


def quotes_of(nlp, text):
    return extract_quotes(nlp(text), DocContext(document_id="d1", path="report.txt"))


def quote_with(quotes, words):
    """The one quote whose text holds ``words`` (fails when there is none or more than one)."""
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]
