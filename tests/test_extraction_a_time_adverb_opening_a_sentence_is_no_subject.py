""" "Sometimes protesters shouted at Lee": a time adverb opening a sentence is stepped over
to find its subject, as "Meanwhile" and "However" are.

A capitalised adverb of time or frequency ("Sometimes", "Initially", "Soon",
"Eventually") opens many news sentences; read as the subject it became a person named
"Initially" whom a later pronoun or role phrase could take up, and the sentence's real
subject was lost. Invented sentences.
"""

import pytest

from quotes.extraction.budget import UNLIMITED
from quotes.extraction.phrases.subjects import sentence_subject
from quotes.extraction.text import read_text


def _subject(text: str) -> str:
    sentence = read_text(text, UNLIMITED).sentences[0]
    mention = sentence_subject(sentence.tokens, len(sentence.tokens))
    return text[mention.start : mention.end] if mention else ""


@pytest.mark.parametrize(
    "adverb", ["Sometimes", "Initially", "Soon", "Eventually", "Recently", "Finally"]
)
def test_the_subject_after_a_time_adverb(adverb):
    assert _subject(f"{adverb} protesters shouted at the mayor.\n") == "protesters"


def test_a_name_after_a_time_adverb_is_the_subject():
    assert _subject("Initially Dana Whitfield kept quiet about the plan.\n") == "Dana Whitfield"
