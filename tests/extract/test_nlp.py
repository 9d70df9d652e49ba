"""The spaCy pipeline as crosscheck loads it: line breaks and abbreviated ranks."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, sentences", [
    ("Sgt. Maria Lopez said the road was closed.", 1),
    ("Det. Sam Roe, Insp. Ivo Dale and Lt. Col. Ann Roe arrived. Then they left.", 2),
    ("CAPT. JOE DAY SAID NOTHING.", 1),
    # a line break still ends a headline
    ("Floods kill 12\nThe river rose overnight.", 2),
])
def test_nlp_ranks_do_not_end_sentences(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences


@pytest.mark.parametrize("text, token", [
    ("Sgt. Maria Lopez said", "Sgt."),
    ("said Pvt. Al Cole", "Pvt."),
])
def test_nlp_rank_is_one_token(nlp, text, token):
    assert token in [t.text for t in nlp(text)]
