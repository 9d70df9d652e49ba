import json

import pytest

from crosscheck.ingest import read_documents
from crosscheck.ingest.readers import InputError, read_file

HTML = """<html><head><title>Dam breach floods valley | Valley Post</title>
<meta property="og:site_name" content="Valley Post">
<meta name="date" content="2026-04-03">
<meta name="author" content="Ana Reyes">
<link rel="canonical" href="https://valleypost.example/news/dam-breach">
</head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Dam breach floods valley</h1>
<p>At least 12 people were killed when the Orla dam gave way on Tuesday, the regional civil protection agency said.</p>
<p>Rescue teams searched for dozens of missing residents overnight in the villages below the dam.</p>
<p>Subscribe to our newsletter</p>
</article><footer>Share on Facebook | Twitter</footer></body></html>"""


def prepared(path, **user):
    errors = []
    docs = list(read_documents([path], user, errors))
    return docs, errors


def test_readers_html_text_and_metadata(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML)
    docs, errors = prepared(f)
    assert errors == []
    d = docs[0].document
    assert "At least 12 people were killed" in d.text
    assert "Subscribe" not in d.text and "Home" not in d.text
    assert d.outlet == "Valley Post" and d.published == "2026-04-03" and d.published_from == "metadata"
    assert d.author == "Ana Reyes" and d.url == "https://valleypost.example/news/dam-breach"
    assert d.source_format == "html"


def test_readers_jsonl_fields_and_newsplease_keys(tmp_path):
    f = tmp_path / "batch.jsonl"
    rows = [
        {"text": "Nine people died in the fire.", "title": "Fire", "published": "2026-05-01", "outlet": "City Herald", "url": "https://cityherald.example/fire"},
        {"maintext": "Thirty workers were injured.", "date_publish": "2026-05-02 08:00:00", "source_domain": "metro.example", "title": "Injuries"},
        {"html": "<html><body><article><p>Four firefighters were hurt when the roof collapsed on Friday evening, the fire service said.</p></article></body></html>", "url": "https://x.example/roof"},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows))
    docs, errors = prepared(f)
    assert errors == []
    got = [(d.document.path, d.document.outlet, d.document.published) for d in docs]
    assert got == [
        ("https://cityherald.example/fire", "City Herald", "2026-05-01"),
        (f"{f}:2", "metro.example", "2026-05-02"),
        ("https://x.example/roof", "x.example", None),
    ]
    assert "Four firefighters" in docs[2].document.text


def test_readers_json_array(tmp_path):
    f = tmp_path / "arr.json"
    f.write_text(json.dumps([{"text": "One."}, {"text": "Two people died."}]))
    docs, errors = prepared(f)
    assert [d.document.text for d in docs] == ["One.", "Two people died."] and errors == []


def test_readers_bad_json_lines_reported_rest_kept(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"text": "Five people died."}\n{not json\n{"title": "no text"}\n[1, 2]\n{"text": "Six were injured."}\n')
    docs, errors = prepared(f)
    assert [d.document.text for d in docs] == ["Five people died.", "Six were injured."]
    assert len(errors) == 3
    assert all(str(f) in e for e in errors)
    assert "malformed JSON" in errors[0] and ":2" in errors[0]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("nothing.html", b"<html><body></body></html>", "no article text"),
        ("notes.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
def test_readers_bad_files_get_one_line_naming_them(tmp_path, name, content, message):
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(InputError) as exc:
        list(read_file(f, []))
    assert str(f) in str(exc.value) and message in str(exc.value) and "\n" not in str(exc.value)


def test_readers_latin1_text_decodes(tmp_path):
    f = tmp_path / "old.txt"
    f.write_bytes("Caf\xe9 owners said 3 people were hurt.".encode("cp1252"))
    docs, errors = prepared(f)
    assert docs[0].document.text == "Café owners said 3 people were hurt." and not errors


def test_readers_directory_recursive_and_sidecar_skipped(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Two people died.")
    (tmp_path / "a" / "b" / "two.md").write_text("# Heading\n\nThree people died.")
    (tmp_path / "a" / "b" / "two.meta.json").write_text('{"outlet": "Hill Times"}')
    (tmp_path / "a" / "ignore.csv").write_text("x,y")
    (tmp_path / "a" / "README.md").write_text("# About this folder\n\nTwelve files.")
    (tmp_path / "a" / "LICENSE.txt").write_text("Permission is granted.")
    docs, errors = prepared(tmp_path)
    assert sorted(d.document.path.split("/")[-1] for d in docs) == ["one.txt", "two.md"]
    two = [d.document for d in docs if d.document.path.endswith("two.md")][0]
    assert two.outlet == "Hill Times"


def test_readers_user_flags_win(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("date 2026-04-05\nFour people died.")
    docs, _ = prepared(f, outlet="Desk", published="2026-04-07")
    d = docs[0].document
    assert (d.outlet, d.published, d.published_from) == ("Desk", "2026-04-07", "user")
    assert d.text == "Four people died."


def test_readers_content_hash_id_is_stable(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Same text.\n")
    b.write_text("  Same   text.")
    (da,), _ = prepared(a)
    (db,), _ = prepared(b)
    assert da.document.id == db.document.id


@pytest.mark.parametrize("text, lang", [
    ("At least 12 people were killed when the dam failed on Tuesday, the agency said.", "en"),
    ("Au moins douze personnes ont été tuées mardi lorsque le barrage a cédé, selon l'agence.", None),
    ("Mindestens zwölf Menschen wurden am Dienstag getötet, als der Damm brach.", None),
])
def test_readers_language_detected(tmp_path, text, lang):
    f = tmp_path / "a.txt"
    f.write_text(text)
    (d,), _ = prepared(f)
    assert d.document.language == lang


@pytest.mark.parametrize("row, outlet, published", [
    ({"text": "Nine people died in the fire.", "site_name": "City Herald", "publish_date": "2026-05-01T08:00:00Z"}, "City Herald", "2026-05-01"),
    ({"content": "Nine people died in the fire.", "source_name": "Metro Wire", "pubDate": "Fri, 01 May 2026 08:00:00 GMT"}, "Metro Wire", "2026-05-01"),
    ({"body": "Nine people died in the fire.", "publication": "The Valley Post", "created_at": "2026-05-01 08:00"}, "The Valley Post", "2026-05-01"),
])
def test_readers_json_keys_of_other_scrapers(tmp_path, row, outlet, published):
    f = tmp_path / "one.json"
    f.write_text(json.dumps(row))
    docs, errors = prepared(f)
    assert errors == []
    assert (docs[0].document.outlet, docs[0].document.published, docs[0].document.published_from) == (outlet, published, "metadata")
