import json

import pytest

from crosscheck.ingest.metadata import build_metadata, find_text_cues, normalize_date


@pytest.mark.parametrize(
    "text, field, value",
    [
        ("date 2026-04-05\n\nFlood waters rose.", "published", "2026-04-05"),
        ("Published: 5 April 2026\nFlood waters rose.", "published", "5 April 2026"),
        ("RIVERTON, April 3, 2026 (Wirepress) – At least 12 people died.", "published", "April 3, 2026"),
        ("RIVERTON, April 3 (Wirepress) – At least 12 people died.", "outlet", "Wirepress"),
        ("Riverton, VNA – Rescue crews searched the valley.", "outlet", "VNA"),
        ("Crews searched the valley.\nSource: https://www.example-news.org/2026/04/flood-toll", "url", "https://www.example-news.org/2026/04/flood-toll"),
        ("Crews searched the valley.\nSource: https://www.example-news.org/2026/04/flood-toll", "outlet", "example-news.org"),
        ("Crews searched the valley.\n\nValley News Agency (VNA)", "outlet", "Valley News Agency (VNA)"),
        ("Crews searched the valley.\nWatch Riverside TV on YouTube", "outlet", "Riverside TV"),
        ("HILL TOWN, March 2, 2026 – The mayor spoke.", "published", "March 2, 2026"),
        ("Updated 10:32 AM EDT, Tue March 3, 2026\nThe mayor spoke.", "published", "March 3, 2026"),
        ("Published on Tuesday, 3rd March 2026\nThe mayor spoke.", "published", "3rd March 2026"),
        ("By Jane Roe and Sam Okafor\nThe mayor spoke.", "author", "Jane Roe and Sam Okafor"),
        ("By Jane Roe | March 3, 2026\nThe mayor spoke.", "published", "March 3, 2026"),
        ("By Jane Roe | March 3, 2026\nThe mayor spoke.", "author", "Jane Roe"),
        ("OFFICE OF THE MAYOR\nHILL TOWN, March 2, 2026 –\n\nThe mayor spoke.", "outlet", "Office of the Mayor"),
        ("date 2026-03-02\nTranslated from Spanish. First published by El Diario del Sur.\n\nThe mayor spoke.", "outlet", "El Diario del Sur"),
        ("date 2026-03-02\nHarbour Aid Network (HAN) – Bulletin no. 4\n\nThe mayor spoke.", "outlet", "Harbour Aid Network (HAN)"),
        ("Dam Breach Floods Three Villages\n\nCrews searched the valley overnight.", "title", "Dam Breach Floods Three Villages"),
        ("Death toll in valley floods rises to 27\n\nCrews searched the valley overnight.", "title", "Death toll in valley floods rises to 27"),
        ("Crews searched the valley.\nSource: https://news.example/world/2026/04/02/flood-toll", "published", "2026-04-02"),
    ],
)
def test_metadata_text_cues(text, field, value):
    found, _ = find_text_cues(text)
    assert found.get(field) == value


@pytest.mark.parametrize(
    "text",
    [
        "Crews searched the valley. The mayor said the news agency would report later.",
        "At least 12 people died when the river burst its banks on Tuesday.",
        "UPDATE: At least 12 people died.",
        "By nightfall, 12 people had died, the mayor said on March 3, 2026.",
        "By Tuesday, 12 people had died, the mayor said.",
        "By March 2026 the river had risen, the mayor said.",
        "The minister, speaking in Hill Town – where the river rose – said 12 people had died.",
    ],
)
def test_metadata_no_false_cues(text):
    found, _ = find_text_cues(text)
    assert not found.get("outlet") and not found.get("published") and not found.get("url")


def test_metadata_cascade_order_and_published_from(tmp_path):
    f = tmp_path / "report.txt"
    text = "date 2026-04-05\nCrews searched the valley.\nSource: https://www.valley.example/a"
    f.write_text(text)
    m = build_metadata(text, f, {}, {})
    assert m.values["published"] == "2026-04-05" and m.published_from == "text"
    (tmp_path / "report.meta.json").write_text(json.dumps({"published": "2026-04-04", "outlet": "Valley Post"}))
    m = build_metadata(text, f, {}, {})
    assert m.values["published"] == "2026-04-04" and m.published_from == "metadata"
    assert m.values["outlet"] == "Valley Post" and m.values["url"] == "https://www.valley.example/a"
    m = build_metadata(text, f, {}, {"published": "2026-04-06"})
    assert m.values["published"] == "2026-04-06" and m.published_from == "user"


def test_metadata_sidecar_with_full_name(tmp_path):
    f = tmp_path / "report.txt"
    f.write_text("Crews searched the valley.")
    (tmp_path / "report.txt.meta.json").write_text(json.dumps({"date_publish": "2026-04-02 10:00:00", "source_domain": "valley.example"}))
    m = build_metadata(f.read_text(), f, {}, {})
    assert m.values == {"published": "2026-04-02", "outlet": "valley.example"}


@pytest.mark.parametrize("value, iso", [("2026-04-05", "2026-04-05"), ("April 5, 2026", "2026-04-05"), ("5 April 2026", "2026-04-05"), ("2026-02-30", None), ("soon", None)])
def test_metadata_normalize_date(value, iso):
    assert normalize_date(value) == iso
