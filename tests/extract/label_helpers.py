"""Shared by the label test files: a document context, labels of a text, one label by its words."""
from crosscheck.extract.context import DocContext
from crosscheck.extract.entities import extract_mentions
from crosscheck.extract.labels import extract_labels

CTX = DocContext("doc-1", "report.txt", None, "Valley Post")


def labels_of(nlp, text):
    doc = nlp(text)
    mentions, _ = extract_mentions(doc, CTX)
    return extract_labels(doc, CTX, mentions)


def find(labels, text):
    hits = [lb for lb in labels if lb.label == text]
    assert hits, f"no label {text!r} in {[(lb.label, lb.entity) for lb in labels]}"
    return hits[0]
