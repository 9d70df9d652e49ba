import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.records import Conflict, DateRef, Document, Extraction, Figure, Quantity, Quote, Sentence
from crosscheck.store.db import MIGRATIONS, open_store


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = open_store(tmp_path / "t.db")
    else:
        dsn = request.getfixturevalue("postgres_dsn")
        s = open_store(dsn)
        for t in s.tables():
            s.execute(f"DROP TABLE IF EXISTS {t} CASCADE")
        s.conn.commit()
        s.migrate()
    yield s
    s.close()


def make_extraction(doc_id="d1", value=12.0):
    doc = Document(id=doc_id, path=f"{doc_id}.txt", text="Twelve people died. Two were hurt.", published="2026-04-03", published_from="text", words=6)
    return Extraction(
        document=doc,
        sentences=[Sentence(doc_id, 0, 0, 19, "Twelve people died."), Sentence(doc_id, 1, 20, 34, "Two were hurt.")],
        figures=[Figure(id=f"{doc_id}-f1", document_id=doc_id, document=doc.path, sentence="Twelve people died.", value=value, low=value, high=value, measure="killed", location=["Orla", "Bex"], hedges=["unverified"])],
        quotes=[Quote(id=f"{doc_id}-q1", document_id=doc_id, document=doc.path, text="we are searching", is_label=True)],
        date_refs=[DateRef(id=f"{doc_id}-d1", document_id=doc_id, document=doc.path, date_text="on Tuesday", date_start="2026-03-31", resolution="relative")],
    )


def test_db_roundtrip_records(store):
    ex = make_extraction()
    store.write_extraction(ex)
    assert store.load(Document)[0] == ex.document
    assert store.load(Figure) == ex.figures
    assert store.load(Quote)[0].is_label is True
    assert store.load(DateRef) == ex.date_refs
    assert [s.text for s in store.load(Sentence, order="idx")] == ["Twelve people died.", "Two were hurt."]


def test_db_rewriting_a_document_replaces_its_records(store):
    store.write_extraction(make_extraction(value=12))
    ex = make_extraction(value=14)
    ex.figures[0].id = "d1-f2"
    store.write_extraction(ex)
    assert [f.value for f in store.load(Figure)] == [14]
    assert store.count("documents") == 1


def test_db_failed_batch_leaves_nothing_half_written(store):
    store.write_extraction(make_extraction("d0"))
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.write_extraction(make_extraction("d1"))
            store.write_extraction(make_extraction("d2"))
            raise RuntimeError("disk full")
    assert [d.id for d in store.load(Document)] == ["d0"]
    assert store.count("figures") == 1


def test_db_replace_cross_document(store):
    q = Quantity(id="q1", label="people killed", measure="killed", figures=["f"], series=[{"date": "2026-04-03", "value": 12}], low=12, best=12, high=12)
    store.replace_cross_document({Quantity: [q], Conflict: [Conflict("c1", "contradiction", ["a", "b"], "They differ.")]})
    store.replace_cross_document({Quantity: [q]})
    assert store.load(Quantity) == [q]
    assert store.count("conflicts") == 1


def test_db_migrations_are_versioned_and_idempotent(store):
    assert store.schema_version() == MIGRATIONS[-1][0]
    assert store.migrate() == MIGRATIONS[-1][0]
    assert {"documents", "figures", "quotes", "mentions", "sentences", "schema_migrations"} <= set(store.tables())


def test_db_sqlite_uses_wal(tmp_path):
    s = open_store(tmp_path / "w.db")
    assert s.query("PRAGMA journal_mode")[0]["journal_mode"] == "wal"


text_st = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sentence=text_st, subject=st.one_of(st.none(), text_st), value=st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False, width=32)), location=st.lists(text_st, max_size=3))
def test_db_hypothesis_figure_roundtrip(tmp_path_factory, sentence, subject, value, location):
    s = open_store(":memory:")
    f = Figure(id="f", document_id="d", document="d.txt", sentence=sentence, subject=subject, value=value, location=location)
    s.insert([f])
    assert s.load(Figure) == [f]


def test_db_upgrades_an_older_database(tmp_path):
    import sqlite3

    from crosscheck.store.db import SCHEMA_DIR, _split_sql

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for stmt in _split_sql((SCHEMA_DIR / MIGRATIONS[0][1]).read_text()):
        conn.execute(stmt)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT)")
    conn.execute("INSERT INTO schema_migrations VALUES (1, 'then')")
    conn.execute("INSERT INTO quantities (id, label, measure) VALUES ('q', 'people killed', 'killed')")
    conn.commit()
    conn.close()
    s = open_store(path)
    assert s.schema_version() == MIGRATIONS[-1][0] > 1
    (q,) = s.load(Quantity)
    assert q.label == "people killed" and q.period_end is None


@pytest.mark.parametrize("value", [1_234_567_891.0, 0.1, 2.5e9])
def test_db_numbers_keep_full_precision(store, value):
    f = Figure(id="big", document_id="d", document="d.txt", sentence="s", value=value, low=value, high=value)
    store.insert([f])
    (got,) = store.load(Figure)
    assert got.value == value and got.low == value
