"""A role phrase set off by commas after a name is that name, not someone new.

In "Martha Quill, the county party chairwoman, said she ..." and "Brenner, a
former newspaperman, defended his role", the phrase between the commas is an
apposition: English sets a description of the name before it off with a comma on
each side, and the sentence goes on about the name. When such a phrase is read
as a sentence's subject (the one nearest the verb), it must stand for the name;
taken as a role of its own it is an unnamed person that a later "she" or "he"
picks up, and the quotes are filed under "county party chairwoman".

A relative "who" after a name and its apposition is the same reading, one word
on (`relative_after_apposition.py`).
"""

from __future__ import annotations

from ..phrases.mention import Mention
from ..text.layout import Token
from .relative_after_apposition import appositive_name


def named_instead(tokens: list[Token], mention: Mention) -> Mention | None:
    """The mention to resolve in place of `mention`, or None to resolve it as it is.

    A "who" is what it stands for (a name over its apposition); a role phrase set off
    by commas right after a name is the name.
    """
    if mention.refers is not None:
        return appositive_name(tokens, mention.refers) or mention.refers
    if mention.kind != "role" or not _closed(tokens, mention.last + 1):
        return None
    return appositive_name(tokens, mention)


def _closed(tokens: list[Token], after: int) -> bool:
    """Does a comma close the apposition right after its last word?"""
    return after < len(tokens) and tokens[after].text == ","
