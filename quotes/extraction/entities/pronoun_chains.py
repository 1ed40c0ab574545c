"""A pronoun subject stands for whom it took up, so the next "he" may take it up again.

"Trump has said ... More recently, he has spoken out ..., and he was quick to
make his pitch. '...,' he said." English keeps one person in view through a run of
sentences with "he" or "she" as subject; the newest name in between (someone he
invited, someone quoted) does not break the run. So an earlier sentence whose
subject is "he" or "she" offers the person that pronoun stood for, as a named
subject would. The run is followed only a few sentences deep
(`CHAIN_DEPTH`), so resolving a pronoun never recurses along a whole article.
"""

from __future__ import annotations

from ..lexicon import PRONOUNS
from ..phrases.mention import Mention
from ..types import PERSON

CHAIN_DEPTH = 4  # pronoun subjects resolved inside one another at most


def continues_a_chain(phrase: str) -> bool:
    """Is the subject a third-person pronoun for one person ("he", "she")?"""
    kind, gender = PRONOUNS.get(phrase.casefold(), ("", ""))
    return kind == PERSON and bool(gender)  # not "I" or "you": the writer and the reader


class ChainDepth:
    """How many pronoun subjects are being resolved inside one another right now."""

    def __init__(self) -> None:
        self.depth = 0

    def follows(self, text: str, subject: Mention) -> bool:
        """Is the subject mention "he" or "she", with room left to resolve it here?"""
        return self.depth < CHAIN_DEPTH and continues_a_chain(text[subject.start : subject.end])

    def __enter__(self) -> ChainDepth:
        self.depth += 1
        return self

    def __exit__(self, *exc: object) -> None:
        self.depth -= 1
