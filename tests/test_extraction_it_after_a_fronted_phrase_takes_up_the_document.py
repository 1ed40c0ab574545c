""" "The email includes a photo of Lee. At the bottom it reads, '...'": the "it" after a
short fronted prepositional phrase is the sentence's subject and takes up the document
the sentence before was about, as an "it" opening the sentence does. Invented sentences.
"""

from quotes.extraction import extract
from quotes.extraction.entities.fronted_it import opens_clause
from quotes.extraction.phrases.mention import Mention
from quotes.extraction.text.layout import Token


def _speaker(text: str) -> str | None:
    return extract(text).quotes[-1].speaker


def test_it_after_a_fronted_place_in_the_email_is_the_email_writer():
    text = (
        "Lee Gives Away a Rifle.\n\n"
        "Senator Dan Lee sent out an email to supporters on Tuesday.\n\n"
        "The email includes a photo of Lee in hunting gear.\n\n"
        "At the bottom it reads, “You can chip in $35 after you enter.”\n"
    )
    assert _speaker(text) == "Dan Lee"


def _tokens(words: str) -> list[Token]:
    tokens, at = [], 0
    for word in words.split():
        tokens.append(Token(word, at, at + len(word)))
        at += len(word) + 1
    return tokens


def _it(tokens: list[Token]) -> Mention:
    index = next(i for i, t in enumerate(tokens) if t.low == "it")
    return Mention(index, index, tokens[index].start, tokens[index].end, "pronoun")


def test_which_openings_leave_it_the_subject():
    for words in ("it reads", "At the bottom it reads", "In the letter , it says"):
        tokens = _tokens(words)
        assert opens_clause(tokens, _it(tokens)), words


def test_a_clause_before_it_is_no_fronted_phrase():
    for words in ("When Lee wrote , it said", "The memo ended and it said"):
        tokens = _tokens(words)
        assert not opens_clause(tokens, _it(tokens)), words
