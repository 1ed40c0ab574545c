"""A title that holds "of" is still one title: "the former secretary of state".

News style revisits a person with a definite role phrase, and a role phrase with
"of" is mostly someone else's role ("the mother of the victim", "the head of the
union"), so such phrases are not taken as revisiting anyone. Cabinet and staff
titles are the exception: in "the former secretary of state", "the attorney general"
or "the chief of staff" every word after "of" is itself a title word, and the
phrase names one office, as "the senator" does.
"""

from __future__ import annotations

from ..lexicon import TITLE_WORDS


def office_with_of(words: list[str]) -> bool:
    """Are the words (of a phrase) "... <title> of <title words>", one office ("state")?"""
    lowered = [word.casefold() for word in words]
    if lowered.count("of") != 1:
        return False
    at = lowered.index("of")
    after = lowered[at + 1 :]
    return (
        at > 0
        and lowered[at - 1] in TITLE_WORDS
        and bool(after)
        and all(word in TITLE_WORDS for word in after)
    )
