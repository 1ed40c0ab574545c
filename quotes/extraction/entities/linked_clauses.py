"""A pronoun subject takes up the named subject of the clause its own is linked to.

English joins two clauses of one sentence with a subordinating conjunction and,
unless it says otherwise, keeps their subject: "Trump was talking about Japan
when he told Wallace ...", "Though Trump would not say who, he did name ...".
The resolver otherwise keeps the pronoun's own sentence out of its candidates,
since a name there is usually a quotation's or an object's ("Blinken 'expressed
concern', he said"); a clause subject is different: the name the clause opens
with, right before its (lower-case) verb, with no quotation in between.
"""

from __future__ import annotations

from ..lexicon import SUBORDINATORS
from ..lexicon.function_words import COORDINATORS, NOT_NAME_STARTS
from ..text.layout import Token

_MAX_NAME = 4  # "Donald J. Trump": a name, not a clause of capitalised words
_MAX_CLAUSE = 60  # tokens back to a linked clause's subject: far past any news sentence,
# and a bound, so that a sentence of thousands of commas and "when he"s stays linear


def linked_subject(tokens: list[Token], pronoun: int) -> tuple[int, int] | None:
    """Token bounds of the named subject the pronoun at `pronoun` takes up, if any.

    Trailing: "<Name> <verb> ... when he ..."; fronted: "Though <Name> <verb> ..., he ...".
    A conjunction before "when" ("..., and when he") starts a new clause, so it is left out.
    """
    before = pronoun - 1
    if before < 1:
        return None
    if tokens[before].low in SUBORDINATORS:
        joined = tokens[before - 1]
        if not joined.text.isalpha() or joined.low in COORDINATORS:
            return None
        return _main_subject(tokens, before)
    if tokens[before].text == ",":
        return _fronted_subject(tokens, before)
    return None


def _main_subject(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """The subject of the main clause ending at `end`: a name opening it or following a comma
    ("During an interview, Trump was talking ..."), the nearest one first.

    Walks back from `end` to the sentence's start or a quotation mark, whichever comes
    first (a subject never has a quotation between it and its clause's end).
    """
    floor = max(0, end - _MAX_CLAUSE)
    for i in range(end - 1, floor - 1, -1):
        if tokens[i].is_quote:
            return None
        if i == 0 or tokens[i - 1].text == ",":
            found = _name_then_verb(tokens, i, end)
            if found is not None:
                return found
    return None


def _fronted_subject(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """The subject of a fronted clause "Though <Name> <verb> ...," closing at `comma`."""
    opener = 1 if tokens[0].low in COORDINATORS else 0
    if not opener + 2 < comma <= _MAX_CLAUSE or tokens[opener].low not in SUBORDINATORS:
        return None
    if any(t.text == "," for t in tokens[opener + 1 : comma]):
        return None  # the comma before the pronoun must close the clause itself
    return _name_then_verb(tokens, opener + 1, comma)


def _name_then_verb(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """A capitalised name run at `start` followed by a lower-case word, no quotation to `end`."""
    if any(t.is_quote for t in tokens[start:end]):
        return None
    last = start
    while last < end and last - start <= _MAX_NAME and tokens[last].is_cap:
        last += 1
    if last == start or last - start > _MAX_NAME or last >= end:
        return None
    if tokens[start].low in NOT_NAME_STARTS or tokens[start].low in SUBORDINATORS:
        return None
    if tokens[last - 1].text.endswith(("’s", "'s")):
        return None  # "Trump's aides said": the possessor is not the subject
    verb = tokens[last]
    if not verb.text.isalpha() or not verb.text.islower():
        return None
    return start, last - 1
