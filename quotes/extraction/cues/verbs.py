"""Finding the reporting cues of a sentence: the verbs and phrases that introduce speech.

The forms of each verb are in `lexicon/cue_forms.py`; this module tells a cue
from another use of its word ("his remarks", "would continue"), and groups
cues as SAY, TELL or CALL by how they take their speaker and content.
Beliefs and intentions (think, want, hope, believe) are deliberately absent.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from operator import attrgetter

import regex

from ..lexicon import ADJECTIVE_ENDINGS, ROLE_NOUNS, words
from ..lexicon.cue_forms import CUE_FORMS, NOUN_ABLE, SAY
from ..lexicon.cue_words import (
    MULTI_WORD_CUE_STARTS,
    NOT_AFTER_MODAL,
    READY_WORDS,
    SPEECH_NOUN_MODIFIERS,
    TAKES_SPEECH_NOUN,
)
from ..lexicon.function_words import ARTICLES, BE_FORMS, MODALS, NOUN_CUE_DETERMINERS, POSSESSIVES
from ..phrases.cue import Cue
from ..text.layout import CLOSING_MARKS, OPENING_MARKS, Token

_WORDS = regex.compile(r"[a-z]+")
_CUE_WORDS = frozenset(w for form in CUE_FORMS for w in form.split()) | {"according", "went"}
_TELL_OBJECTS = frozenset({"reporters", "journalists"})
_CUE_RE = regex.compile(
    r"according to|points? out|pointed out|pointing out|went on to say|puts? it|putting it"
    r"|(?:shot|shoots?|shooting|fired|fires?|firing) back"
)


# Capitalised cue words that open a sentence: "According to X", "Said X, '...'".
OPENING_CUES = frozenset({"according", "said", "says"})
# ... and a participle cue opening a sentence: "Citing 'obligations in Tennessee,' the aide".
_OPENING_PARTICIPLES = frozenset(f for f in CUE_FORMS if f.endswith("ing") and " " not in f)
_OPENING_CUE_START = regex.compile(
    r"(?:According to|Said|Says|"
    + "|".join(sorted((f.capitalize() for f in _OPENING_PARTICIPLES), key=len, reverse=True))
    + r")\b"
)


_OPENING_CUE_PREFIXES = frozenset(
    {"Acc", "Sai", "Say"} | {f.capitalize()[:3] for f in _OPENING_PARTICIPLES}
)


def opens_with_cue(masked: str, start: int) -> bool:
    """Does the sentence at `start` open with a capitalised cue the hit scan misses?

    Most sentences open with other words: a look-up of the first three letters
    spares the match.
    """
    if masked[start : start + 3] not in _OPENING_CUE_PREFIXES:
        return False
    return _OPENING_CUE_START.match(masked, start) is not None


_TOKEN_START = attrgetter("start")


def may_have_cue(masked: str, start: int, end: int) -> bool:
    """Cheap test before tokenising: does the stretch contain any cue word?"""
    return not _CUE_WORDS.isdisjoint(_WORDS.findall(masked[start:end].casefold()))


def find_cues(
    tokens: list[Token],
    any_case: bool = False,
    starts: list[int] | None = None,
    after_quotation: bool = False,
) -> list[Cue]:
    """Every cue among the tokens; `any_case` admits "Says" in title-case headlines.

    With `starts` (from `hits.cue_positions`) only the tokens beginning there are examined.
    `after_quotation` says the tokens follow a closing quotation ('"...?" Reyes wondered.').
    """
    if starts is None or any_case:
        indexes: Iterable[int] = range(len(tokens))
    else:
        indexes = []
        for at in starts:  # a search on the tokens themselves: no list of offsets is built
            index = bisect_left(tokens, at, key=_TOKEN_START)
            if index < len(tokens) and tokens[index].start == at:
                indexes.append(index)
    cues: list[Cue] = []
    if not any_case and tokens and tokens[0].is_cap and _opening_cue(tokens[0].low):
        indexes = [0, *indexes]  # "According to X, ..." or "Said X, '...'" opens the sentence
    for index in indexes:
        token = tokens[index]
        if token.is_quote or (token.is_cap and not any_case and index):
            continue
        if token.is_cap and any_case and index and _singular_name_before(tokens, index):
            continue  # "Washington Post Assembles ...": a paper's name, not "Washington posts"
        cue = _multiword(tokens, index) or _single(tokens, index, after_quotation)
        if cue is not None:
            cues.append(cue)
    return cues


def _opening_cue(low: str) -> bool:
    return low in OPENING_CUES or low in _OPENING_PARTICIPLES


def _singular_name_before(tokens: list[Token], index: int) -> bool:
    """A headline's base-form verb ("Post") after one capitalised name is part of that name.

    Headline verbs agree with their subject: "Trump Says", but "Democrats Slam"
    and "Bolton and Gorka Slam"; so a base form counts only after a plural.
    """
    entry = CUE_FORMS.get(tokens[index].low)
    if entry is None or tokens[index].low != entry[0]:
        return False
    run = index - 1
    while run >= 0 and tokens[run].is_cap:
        if tokens[run].low in {"and", "&"}:
            return False
        run -= 1
    previous = tokens[index - 1]
    return previous.is_cap and not previous.low.endswith("s")


def _multiword(tokens: list[Token], index: int) -> Cue | None:
    if index + 1 >= len(tokens) or tokens[index].low not in MULTI_WORD_CUE_STARTS:
        return None
    pair = f"{tokens[index].low} {tokens[index + 1].low}"
    if not _CUE_RE.fullmatch(pair):
        if index + 3 < len(tokens) and tokens[index].low == "went":
            four = " ".join(t.low for t in tokens[index : index + 4])
            if four == "went on to say":
                return _make(tokens, index, index + 3, "say", SAY)
        if pair in _GO_ON and _ends_clause(tokens, index + 2):
            return _make(tokens, index, index + 1, "go on", SAY)  # '"...," she went on.'
        return None
    lemma = _PHRASE_LEMMAS.get(pair.split()[-1], "point out")
    if pair == "according to":
        lemma = "according"
    return _make(tokens, index, index + 1, lemma, SAY)


_PHRASE_LEMMAS = {"it": "put it", "back": "shoot back"}
_GO_ON = frozenset({"go on", "goes on", "went on", "going on"})


def _ends_clause(tokens: list[Token], index: int) -> bool:
    """Nothing but punctuation (or the end) after a phrasal cue: "she went on." """
    return index >= len(tokens) or not tokens[index].text[:1].isalnum()


def _single(tokens: list[Token], index: int, after_quotation: bool = False) -> Cue | None:
    entry = CUE_FORMS.get(tokens[index].low)
    if entry is None:
        return None
    if index > 0 and tokens[index - 1].low in BE_FORMS and _past_participle(tokens[index].low):
        return None  # "members were told": they listened
    first = index
    if index > 0 and tokens[index - 1].low == "to":
        narrated = _narration_start(tokens, index - 1)
        if narrated is None and entry[0] != "say" and not quotes_next(tokens, index + 1):
            return None  # "wants to call": an intention; "went on to call" narrates
        first = index if narrated is None else narrated
    if index > 0 and tokens[index - 1].low in MODALS and entry[0] in NOT_AFTER_MODAL:
        return None
    attached = after_quotation and index <= _MAX_SUBJECT_BEFORE
    if entry[0] in _ATTACHED_ONLY and not (attached or _just_after_quotation(tokens, index)):
        return None  # "charged a $100,000 fee", "voters who wonder why ..."
    if index > 0 and _negates(tokens[index - 1].low):
        return None  # "didn't disclose", "never said": nothing was said
    if index > 0 and _may_be_noun(tokens[index].low) and _is_noun_use(tokens, index):
        return None
    last = index
    if entry[0] == "tell" and index + 1 < len(tokens) and tokens[index + 1].low in _TELL_OBJECTS:
        last = index + 1
    return _make(tokens, first, last, *entry)


# Verbs that report speech only right after the quotation they close:
# '"...," Kelly charged.', '"...?" he wondered.'
_ATTACHED_ONLY = frozenset(words("charge wonder"))
_MAX_SUBJECT_BEFORE = 4


def _just_after_quotation(tokens: list[Token], index: int) -> bool:
    """A closing quotation mark, then at most a short subject, then the cue."""
    for back in range(index - 1, max(-1, index - 2 - _MAX_SUBJECT_BEFORE), -1):
        token = tokens[back]
        if token.is_quote or token.text in CLOSING_MARKS:
            return True
        if not token.text[:1].isalnum():
            return False
    return False


def _past_participle(low: str) -> bool:
    return low.endswith("ed") or low in _IRREGULAR_PARTICIPLES


_IRREGULAR_PARTICIPLES = frozenset(words("said told written read"))
_NARRATING = frozenset(words("proceeded continued used"))


def _narration_start(tokens: list[Token], to: int) -> int | None:
    """Where "went on to" or "proceeded to" starts before the cue, so its subject is found."""
    if to >= 2 and tokens[to - 1].low == "on" and tokens[to - 2].low in {"went", "goes", "go"}:
        return to - 2
    if to >= 1 and tokens[to - 1].low in _NARRATING:
        return to - 1
    if to >= 2 and tokens[to - 1].low.endswith("ed") and tokens[to - 2].low in BE_FORMS:
        return to - 1  # "Mr. Trump was prompted to say": the subject before "was" says it
    if to >= 2 and tokens[to - 1].low in READY_WORDS and tokens[to - 2].low in BE_FORMS:
        return to - 1  # "Trump was quick to add that ...": he added it
    return None


def quotes_next(tokens: list[Token], index: int) -> bool:
    """A quotation follows the cue at once: "interrupted me to announce, '...'"."""
    if index < len(tokens) and tokens[index].text in {",", ":", "that"}:
        index += 1
    return index < len(tokens) and tokens[index].text in OPENING_MARKS


def _negates(low: str) -> bool:
    return low in {"not", "never"} or low.endswith(("n’t", "n't"))


def _may_be_noun(form: str) -> bool:
    """Only the base and -s forms double as nouns ("remarks", "claim"); "said" never does."""
    return form in NOUN_ABLE


def _is_noun_use(tokens: list[Token], index: int) -> bool:
    """ "his remarks", "the state", "claims of", "Trump's comments": a noun, not a verb.

    A possessor's remarks are usually what someone else is talking about
    ("Frazier said Rubio's claim ... is 'simply not true'"), so they are no cue.
    """
    previous = tokens[index - 1].low
    if previous in NOUN_CUE_DETERMINERS or previous.endswith(("’s", "'s", "s’", "s'")):
        return True
    if previous in TAKES_SPEECH_NOUN:
        return True  # "will raise questions": the object of a verb
    if (
        index > 1
        and tokens[index - 2].low in ARTICLES
        and tokens[index - 1].text.replace("-", "").isalpha()
        and CUE_FORMS[tokens[index].low][0] == tokens[index].low
    ):
        # "a short answer": article, modifier, base form; "the ad says" is a verb,
        # and so is '"...," the statement read.' closing an attribution.
        return not _closes_attribution(tokens, index)
    if index > 1 and (_modifies(previous) or tokens[index - 1].is_cap):
        before = tokens[index - 2].low
        # "his recent remarks", "Trump's Putin Comments"
        return before in NOUN_CUE_DETERMINERS or before.endswith(("’s", "'s"))
    if index > 1 and tokens[index - 2].low in POSSESSIVES and previous.endswith(("ing", "ed")):
        return True  # "his scathing remarks", "her heated comments"
    following = tokens[index + 1].low if index + 1 < len(tokens) else ""
    return following == "of" and tokens[index].low.endswith("s")


def _closes_attribution(tokens: list[Token], index: int) -> bool:
    """A quotation, a two-word subject, this word, then the end of the clause."""
    after = tokens[index + 1].text if index + 1 < len(tokens) else "."
    before = tokens[index - 3] if index > 2 else None
    return (
        after in {".", ",", ";"}
        and before is not None
        and (before.is_quote or before.text in {"”", "’", '"', "'", "»", ","})
    )


def _modifies(low: str) -> bool:
    """An adjective before a noun: listed ("recent") or shaped like one ("caustic chant")."""
    return (
        low in SPEECH_NOUN_MODIFIERS
        or low.startswith(("anti-", "pro-", "non-"))  # "his anti-Muslim remarks"
        or (low.isalpha() and low.endswith(ADJECTIVE_ENDINGS) and low not in ROLE_NOUNS)
    )


def _make(tokens: list[Token], first: int, last: int, lemma: str, group: str) -> Cue:
    start, end = tokens[first].start, tokens[last].end
    text = " ".join(t.text for t in tokens[first : last + 1])
    return Cue(lemma, group, first, last, text, start, end)
