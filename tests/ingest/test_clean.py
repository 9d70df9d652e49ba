import re

import pytest

from crosscheck.ingest.clean import clean_text, is_furniture


@pytest.mark.parametrize(
    "line",
    [
        "SCROLL TO CONTINUE WITH CONTENT",
        "Subscribe to our newsletter",
        "Share on Facebook | Twitter | WhatsApp",
        "Follow us on Telegram",
        "Advertisement",
        "Read more:",
        "Watch Valley TV on YouTube",
        "© 2026 Valley Post. All rights reserved.",
        "Please enable Javascript to watch this video",
        "Like this: Like Loading...",
        "Pinterest",
        "More Video...",
        "12 Pending Comments",
        "Tagged floods, Riverton, rescue",
        "Caption Close Image 1 of 4",
        "Buy Photo",
        "Image via Newswire Photos",
        "Join The Conversation On The KXYZ Facebook Page",
        "Stay Up To Date, Follow KXYZ On Twitter",
        "2 hours ago",
        "Last updated 14 minutes ago",
        "4 min read",
        "Story continues below advertisement",
        "Comments (214)",
        "Tel.: 555 137 1000 | e-mail: press@harbour.example",
        "Jo Roe, Press Officer, jroe@relief.example, +41 79 000 00 01",
        "Share this page:",
        "Listen live | News | Programmes | Announcements | Contact",
        "Home  About us  Our missions  Hotline  Press  DONATE",
        "Forwarded 1,204 times · 👁 18.5K",
        "9.1K views · 311 shares",
    ],
)
def test_clean_furniture_lines_are_dropped(line):
    assert is_furniture(line)
    text = f"Floodwaters rose overnight.\n{line}\nAt least 12 people died."
    assert clean_text(text).text == "Floodwaters rose overnight.\nAt least 12 people died."


@pytest.mark.parametrize(
    "line",
    [
        "Residents were told to share food and water with neighbours, the mayor said.",
        "He said readers could subscribe to alerts, but the sirens never sounded in the valley that night.",
        "Rescue crews will follow the river downstream on Monday.",
        "Residents were urged to follow the county on Facebook for updates.",
        "Tagged as a suspect, he fled the state.",
        "Photos by residents showed the damage.",
        "Comments from the mayor angered residents.",
        "Two hours ago the water reached the bridge, a witness said.",
        "Families can write to missing@relief.example or call the hotline, the agency said.",
        "Home to 40,000 people, the town lost power.",
        "Police | Fire | Ambulance crews all reached the site within an hour, the mayor said.",
        "The appeal was shared 300 times before the page was taken down, the group said.",
        "Forwarded by the ministry to 12 hospitals, the list named 40 patients.",
    ],
)
def test_clean_article_sentences_are_kept(line):
    assert not is_furniture(line)
    assert clean_text(line).text == line


@pytest.mark.parametrize(
    "raw, cleaned",
    [
        ("He said «enough» — twice.", "He said “enough” – twice."),
        ("a\u00a0b\u200b c   d", "a b c d"),
        ("„Quoted‟ and ‚single‛", "“Quoted“ and ‘single‘"),
        ("one\n\n\n\ntwo\n", "one\n\ntwo"),
        ("  indented line  ", "indented line"),
        ("Toll rises to 40 SCROLL TO CONTINUE WITH CONTENT", "Toll rises to 40"),
    ],
)
def test_clean_normalises_quotes_dashes_whitespace(raw, cleaned):
    assert clean_text(raw).text == cleaned


def test_clean_offsets_map_back_to_raw():
    raw = "Subscribe now\n\n  The  river «rose» by 3 metres.\nShare this article\nTwo\u00a0people died."
    c = clean_text(raw)
    for word in ("river", "rose", "3 metres", "people died"):
        i = c.text.index(word)
        j = c.raw_offset(i)
        assert raw[j : j + len(word)] == word


@pytest.mark.parametrize(
    "raw, cleaned",
    [
        ("# Situation report\n\n## Key figures", "Situation report\n\nKey figures"),
        ("- **33 deaths** recorded\n* nearly 6,000 displaced\n1. first", "33 deaths recorded\nnearly 6,000 displaced\nfirst"),
        ("See [the appeal](https://x.example/appeal) and `code`.", "See the appeal and code."),
        ("> quoted line\n---\nafter", "quoted line\nafter"),
        ("![map](m.png) Flooded area", "Flooded area"),
    ],
)
def test_clean_markdown_syntax_removed(raw, cleaned):
    c = clean_text(raw, markdown=True)
    assert c.text == cleaned
    for word in re.findall(r"[\w,]+", cleaned):
        i = c.text.index(word)
        assert raw[c.raw_offset(i) : c.raw_offset(i) + len(word)] == word


def test_clean_markdown_untouched_in_plain_text():
    assert clean_text("- 5 people died **today**").text == "- 5 people died **today**"


def test_clean_dateline_gets_its_own_line():
    raw = "Headline here\n\nRIVERTON, April 2 (Wirepress) – The toll rose to 27, officials said."
    col = raw.split("\n")[2].index("The")
    c = clean_text(raw, line_breaks={2: col})
    assert c.text == "Headline here\n\nRIVERTON, April 2 (Wirepress) –\nThe toll rose to 27, officials said."
    i = c.text.index("The toll")
    assert raw[c.raw_offset(i) : c.raw_offset(i) + 8] == "The toll"


def test_clean_keeps_a_table_header_that_looks_like_a_menu():
    raw = ("Deaths by district\n"
           "District | Deaths | Injured | Missing | In shelters\n"
           "Osk | 15 | 64 | 9 | 14,820\n"
           "Tilbury | 4 | 12 | 0 | 3,100\n\n"
           "Home | News | Sport | Contact\n\n"
           "Rivers rose overnight.")
    text = clean_text(raw).text
    assert "District | Deaths | Injured | Missing | In shelters" in text
    assert "Home | News" not in text


ALIGNED = ("Storm toll by district\n\nDistrict        Deaths    Injured\nOsk             15        64\n"
           "Tilbury Ford\t6\t21\n\nShare   Tweet   Email\nThe mayor spoke.  Then   she left.\n")


def test_clean_keeps_the_column_gaps_of_an_aligned_table():
    c = clean_text(ALIGNED)
    lines = c.text.split("\n")
    assert "District  Deaths  Injured" in lines
    assert "Osk  15  64" in lines
    assert "Tilbury Ford  6  21" in lines  # a tab is a column gap too
    # no table: a menu line without numbers, prose with double spaces
    assert "Share Tweet Email" in lines
    assert "The mayor spoke. Then she left." in lines
    for k, ch in enumerate(c.text):
        if ch.strip():
            assert ALIGNED[c.raw_offset(k)] == ch


@pytest.mark.parametrize("text", [
    "Osk             15        64\n",                    # one line alone is no table
    "Home  About us  Our missions\nNews  Press  Donate\n",  # aligned words without a number
])
def test_clean_collapses_gaps_outside_aligned_tables(text):
    assert "  " not in clean_text(text).text
