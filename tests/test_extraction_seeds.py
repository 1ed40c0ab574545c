"""Every quotation in the five seed articles, with its speaker resolved to a full name.

The seeds are real wire copy about Turkey's S-400 purchase. For each file the
test pins, in reading order, the opening words of every direct and partial
quote and who said it, plus the key indirect quotes.
"""

from pathlib import Path

import pytest

from quotes.extraction import extract
from quotes.extraction.types import DIRECT, INDIRECT, PARTIAL

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

ERDOGAN = "Recep Tayyip Erdogan"
PUTIN = "Vladimir Putin"
PENCE = "Mike Pence"
CAVUSOGLU = "Mevlut Cavusoglu"
KALIN = "Ibrahim Kalin"

QUOTED = {
    "000_963c09935acbe5ae.txt": [
        ("Done", ERDOGAN),
        ("Everything is done", ERDOGAN),
        ("those who ask or suggest", ERDOGAN),
        ("If we sign a deal", ERDOGAN),
        ("joint development and joint production", PUTIN),
        ("promising projects", PUTIN),
        ("or risk the security", PENCE),
        ("steps we’ve taken", ERDOGAN),
        ("solvable", PUTIN),
        ("There are terrorist groups", ERDOGAN),
        ("Our Defense Ministry", ERDOGAN),
    ],
    "001_c833cd6cb0a36849.txt": [
        ("No one can demand", ERDOGAN),
        ("This is our sovereign right", ERDOGAN),
        ("strengthen cooperation", PUTIN),
        ("These regard first of all", PUTIN),
        ("There are other promising projects", PUTIN),
        ("We may reach agreements", PUTIN),
        ("Turkey must choose", PENCE),
        ("remain a critical partner", PENCE),
        ("risk the security", PENCE),
        ("We have so far not been able", PUTIN),
        ("But I am sure", PUTIN),
        ("potentially devastating consequences", "Mike Pompeo"),
    ],
    "002_f80989c2feba7a24.txt": [
        ("done deal", "Turkey"),
        ("roadmap", CAVUSOGLU),
        ("a done deal", CAVUSOGLU),
        ("On the S-400s", CAVUSOGLU),
        ("We may discuss these", CAVUSOGLU),
        ("We need to work on a roadmap", CAVUSOGLU),
        ("urged", "US State Department"),
        ("killer", "Joe Biden"),
        ("unacceptable", "Erdogan"),
        ("expressed concern", "Ned Price"),
        ("It’s no secret", "Antony Blinken"),
        ("It’s also no secret", "Antony Blinken"),
    ],
    "003_d1be743f8b59899e.txt": [
        ("Turkey, as a sovereign country", KALIN),
        ("We have and we continue", "Ned Price"),
        ("does not solve the problem", KALIN),
        ("The S-400s are here", KALIN),
        ("We think that if they see", KALIN),
        ("We can’t agree with Russia", KALIN),
        ("But despite all these separations", KALIN),
    ],
    "004_fbadc6d007dcf858.txt": [
        ("serious expectations", ERDOGAN),
        ("steps we take together", ERDOGAN),
        ("The peace there", ERDOGAN),
        ("At the UNGA", ERDOGAN),
        ("We gave them", ERDOGAN),
        ("nobody will be able", ERDOGAN),
    ],
}

REPORTED = {
    "000_963c09935acbe5ae.txt": [("Ankara says", "the Kurdish forces are affiliated", "Ankara")],
    "001_c833cd6cb0a36849.txt": [
        ("Erdogan said on April 8", "Turkey is not withdrawing", ERDOGAN),
        ("State Department said last week", "Ankara could face", "U.S. State Department"),
        ("Putin said Moscow", "Moscow and Ankara were unable", PUTIN),
    ],
    "002_f80989c2feba7a24.txt": [("Ned Price said", "the US also raised", "Ned Price")],
    "003_d1be743f8b59899e.txt": [
        ("The president last month", "Turkey and Russia would", "Tayyip Erdogan")
    ],
    "004_fbadc6d007dcf858.txt": [
        ("The Kremlin said", "the Wednesday meeting", "Kremlin"),
        ("They said", "the Turkish president was planning", "Turkish officials"),
        ("Erdogan told Putin he", "he wanted to discuss", ERDOGAN),
    ],
}


def _extract(name):
    return extract((SEEDS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(QUOTED))
def test_it_finds_every_quotation_of_a_seed_with_the_right_speaker(name):
    """Direct and partial quotes come out in order, each with its resolved speaker."""
    quotes = [q for q in _extract(name).quotes if q.kind in (DIRECT, PARTIAL)]
    found = [(q.text, q.speaker) for q in quotes]
    assert len(found) == len(QUOTED[name]), found
    for (text, speaker), (opening, expected) in zip(found, QUOTED[name], strict=True):
        assert text.startswith(opening), (text, opening)
        assert speaker == expected, (text, speaker, expected)


@pytest.mark.parametrize("name", sorted(REPORTED))
def test_it_finds_the_key_indirect_quotes_of_a_seed(name):
    """Reported speech after a speech cue is an indirect quote of the resolved speaker."""
    indirect = [q for q in _extract(name).quotes if q.kind == INDIRECT]
    for _, opening, speaker in REPORTED[name]:
        match = [q for q in indirect if q.text.startswith(opening)]
        assert match, (opening, [q.text[:40] for q in indirect])
        assert match[0].speaker == speaker


@pytest.mark.parametrize("name", sorted(QUOTED))
def test_seed_offsets_always_give_back_the_quoted_text(name):
    """text[start:end] equals the quote text, and the speaker mention too."""
    text = (SEEDS / name).read_text(encoding="utf-8")
    for quote in extract(text).quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker_mention:
            mention = quote.speaker_mention
            assert text[mention.start : mention.end] == mention.text


def test_the_subheading_quote_in_a_seed_is_not_reported():
    """The bare subheading ‘Valued ally’ is a section title, so it yields no quote."""
    quotes = _extract("002_f80989c2feba7a24.txt").quotes
    assert not [q for q in quotes if q.text == "Valued ally"]


def test_seed_boilerplate_is_reported_and_never_quoted():
    """App prompts and copyright trailers are listed as boilerplate."""
    result = _extract("003_d1be743f8b59899e.txt")
    texts = [span.text for span in result.boilerplate]
    assert "Add BloombergQuint App to Home screen." in texts
    assert "BQ Install" in texts
    assert "©2021 Bloomberg L.P." in texts
    assert all(q.start < result.boilerplate[0].start for q in result.quotes)


def test_seed_speakers_are_listed_once_with_their_kind():
    """The article's speakers carry their fullest name and kind."""
    speakers = {s.name: s.kind for s in _extract("001_c833cd6cb0a36849.txt").speakers}
    assert speakers[ERDOGAN] == "person"
    assert speakers[PUTIN] == "person"
    assert speakers["U.S. State Department"] == "organisation"
