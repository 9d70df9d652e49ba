"""reconcile_store over a real SQLite store: names are read the way their own report uses them.

Invented records: two reports of one trial, each with its own "Peterson".
"""
from __future__ import annotations

from crosscheck.records import AliasLink, Document, Entity, Figure, Mention, Quote
from crosscheck.reconcile import aliases
from crosscheck.reconcile.aliases import build_alias_index, merge_entities
from crosscheck.reconcile.run import find_local_aliases, reconcile_store
from crosscheck.store.db import open_store


def mention(doc: str, text: str, n: int = 0) -> Mention:
    return Mention(id=f"{doc}-{text}-{n}", document_id=doc, document=f"{doc}.txt", text=text, kind="PERSON",
                   char_start=n, char_end=n + len(text))


def link(doc: str, alias: str, target: str) -> AliasLink:
    return AliasLink(id=f"{doc}-{alias}", document_id=doc, document=f"{doc}.txt", alias=alias, target=target,
                     evidence="name_variant", sentence=f"{target} ... {alias} said.", kind="PERSON")


def two_reports():
    mentions = [mention("d1", "Scott Peterson"), mention("d1", "Peterson", 40),
                mention("d2", "Laci Peterson"), mention("d2", "Peterson", 40)]
    links = [link("d1", "Peterson", "Scott Peterson"), link("d2", "Peterson", "Laci Peterson")]
    return mentions, links


def test_run_local_aliases_match_the_per_document_index():
    entities = merge_entities(*two_reports(), [])
    local = find_local_aliases(aliases, entities)
    assert set(local) == {"d1.txt", "d2.txt"}
    for doc, names in local.items():
        per_doc = build_alias_index(entities, doc)
        assert names and all(per_doc[key] == name for key, name in names.items())


def test_run_canonical_speaker_and_source_per_report(tmp_path):
    store = open_store(tmp_path / "t.db")
    docs = [Document(id=d, path=f"{d}.txt", text="...", published="2026-02-0" + d[-1]) for d in ("d1", "d2")]
    mentions, links = two_reports()
    quotes = [Quote(id=f"q{d}", document_id=d, document=f"{d}.txt", text="I did not do it, and I never would.",
                    speaker="Peterson", char_start=10) for d in ("d1", "d2")]
    figures = [Figure(id=f"f{d}", document_id=d, document=f"{d}.txt", sentence="Peterson said 12 were hurt.",
                      value=12, qualifier="exact", measure="injured", group="unspecified", source="Peterson")
               for d in ("d1", "d2")]
    with store.transaction():
        store.insert(docs + mentions + links + quotes + figures)
    reconcile_store(store)
    speakers = {q.document: q.speaker for q in store.load(Quote)}
    sources = {f.document: f.source for f in store.load(Figure)}
    assert speakers == {"d1.txt": "Scott Peterson", "d2.txt": "Laci Peterson"}
    assert sources == speakers
    store.close()


def test_run_a_named_source_is_not_made_a_bare_common_noun(tmp_path):
    """One report writes "Harbour police", another only "police": the named source stays named."""
    store = open_store(tmp_path / "t.db")
    docs = [Document(id=d, path=f"{d}.txt", text="...", published="2026-02-0" + d[-1]) for d in ("d1", "d2")]
    mentions = [Mention(id="m1", document_id="d1", document="d1.txt", text="police", kind="ORG", char_start=0, char_end=6),
                Mention(id="m2", document_id="d2", document="d2.txt", text="Harbour police", kind="ORG", char_start=0, char_end=14)]
    links = [AliasLink(id="l1", document_id="d2", document="d2.txt", alias="police", target="Harbour police",
                       evidence="name_variant", sentence="Harbour police ... police said.", kind="ORG")]
    figures = [Figure(id="f2", document_id="d2", document="d2.txt", sentence="About 1,000 people have crossed, Harbour police said.",
                      value=1000, qualifier="about", measure="displaced", group="unspecified", source="Harbour police")]
    with store.transaction():
        store.insert(docs + mentions + links + figures)
    merged = tmp_path / "aliases.yml"  # one entity under the common noun, as a loose merge can make it
    merged.write_text("merge:\n  - [police, Harbour police]\ncanonical:\n  Harbour police: police\n")
    reconcile_store(store, merged)
    assert [e.name for e in store.load(Entity)] == ["police"]
    (f,) = store.load(Figure)
    assert f.source == "Harbour police"
    store.close()
