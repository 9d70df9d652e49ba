"""Parts of a count said by nationality or kind, and counts set off as "N in number": a list after a
dash or colon breaks down the count just before it; people found "among the victims" or "among
the killed" take up the toll; "the raiders, seven (7) in number, were arrested". Invented sentences
(a race bulletin, a wire story, a police statement)."""
import pytest

from crosscheck.extract import figures
from figure_helpers import measure_of


@pytest.mark.parametrize("text, number, measure", [
    # a list after a dash or a colon, no verb of its own: parts of the count before it (agency update)
    ("Medics treated nine hurt riders at the finish, the race office said – six cyclists and three spectators.",
     "six", "injured"),
    ("Medics treated nine hurt riders at the finish, the race office said – six cyclists and three spectators.",
     "three", "injured"),
    ("Police arrested 40 protesters on Friday – 30 students and 10 workers.", "30", "detained"),
    # a list larger than the count, or one a later verb speaks of, is not a part of it
    ("Police arrested 12 protesters on Friday – 30 students joined later.", "30", "other"),
    ("Eleven people were killed in the blast – two neighbours said they heard screams.", "two", "other"),
    ("The storm killed 12 people, officials said: 20 soldiers were deployed.", "20", "other"),
    # found among the toll (wire story)
    ("Police said 31 people died. Coroners listed four Tellian pilgrims among the victims on Monday.",
     "four", "killed"),
    ("Among the killed are seven foreigners, the ministry said.", "seven", "killed"),
    ("Among the injured are seven foreigners, the ministry said.", "seven", "injured"),
    # "N in number" set off by commas: the people before it, the verb after it (communiqué)
    ("The smugglers caught near the depot, seven (7) in number, were arrested on Friday.", "seven (7)", "detained"),
    ("The bandits who raided the farm, four (4) in number, were shot dead by rangers.", "four (4)", "killed"),
    ("The visitors, twelve in number, were welcomed by the mayor.", "twelve", "other"),
    ("The bridges, three in number, were destroyed.", "three", "other"),
])
def test_breakdowns_and_asides(nlp, monkeypatch, text, number, measure):
    monkeypatch.setattr(figures, "BREAKDOWN_LISTS", True)  # off in the product, see its comment
    assert measure_of(nlp, text, number) == measure
