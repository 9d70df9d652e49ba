"""Shared by the attribution test files: the attribution of one number of a text, sentence by
sentence, as the figure extractor walks it (a named source is remembered for "the monitor")."""
from crosscheck.extract.attribution import SourceNames, find_attribution
from crosscheck.extract.numbers import find_number_mentions


def source_of(nlp, text, number):
    doc = nlp(text)
    names = SourceNames(doc)
    found = None
    for sent in doc.sents:
        for mention in find_number_mentions(sent):
            attribution = find_attribution(sent, mention.head, names)
            if attribution.source and not attribution.is_person:
                names.last_source = attribution.source
            if mention.text == number:
                found = attribution
    return found
