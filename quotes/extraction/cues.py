"""The reporting-cue lexicon: which verbs and phrases introduce reported speech.

Cues are grouped by how they take their speaker and content:
  SAY   - "X said", "said X", "X said (that) ..." (subject may follow the verb)
  TELL  - "X told Y (that) ...", takes an addressee, never inverted
  CALL  - "X called Y a 'Z'", "X described Y as 'Z'": only introduces quoted words
Beliefs and intentions (think, want, hope, believe) are deliberately absent.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from .layout import Token
from .lexicon import ROLE_NOUNS, words

SAY, TELL, CALL = "say", "tell", "call"

_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"),
    "read": ("reads", "read", "reading"),
    "go on": ("goes on", "went on", "going on"),
    "testify": ("testifies", "testified", "testifying"),
    "reply": ("replies", "replied", "replying"),
    "deny": ("denies", "denied", "denying"),
    "quip": ("quips", "quipped", "quipping"),
    "dub": ("dubs", "dubbed", "dubbing"),
    "label": ("labels", "labeled", "labelled", "labeling", "labelling"),
}

_SAY_VERBS = words(
    """
    say add continue explain note write tweet recall remark reply respond answer observe
    comment declare state insist stress emphasise emphasize reiterate argue claim
    conclude acknowledge admit concede complain joke quip boast predict announce confirm
    caution suggest maintain contend counter retort exclaim shout yell testify post vow
    pledge agree proclaim lament chant read deny report allege assert affirm mention
    recount bark scoff snap muse gush grumble scream fume chide scold plead demand rail
    taunt brag question react surmise press reveal demur concur gripe whisper riff
    estimate indicate elaborate wonder charge grouse imply interject voice
    opine confide disclose speculate theorize theorise tease sneer rebut confess snipe express
    """
)
_TELL_VERBS = words(
    """
    tell urge warn assure inform remind ask advise promise
    """
)
_CALL_VERBS = words(
    """
    call describe dub label brand term characterize characterise criticise criticize
    denounce dismiss slam blast hail praise condemn accuse mock decry deride tout bemoan
    ridicule cite refer blame thank applaud laud commend welcome invoke echo
    """
)

# Cues that introduce a reported clause ("said that ...") and so an indirect quote.
CLAUSE_LEMMAS = frozenset(
    words(
        """
    say add tell warn insist stress note explain claim argue declare state announce
    confirm acknowledge admit report reiterate predict promise vow pledge write tweet
    complain concede contend maintain emphasise emphasize assure inform remind reply
    respond testify allege assert affirm according suggest reveal indicate confess disclose
    observe recall remark caution boast joke grouse imply
    """
    )
)
# Cues that take "as 'X'" ("criticised the remarks as 'unacceptable'").
AS_LEMMAS = frozenset(
    words(
        """
    describe characterize characterise criticise criticize denounce dismiss brand hail
    praise condemn label slam blast
    """
    )
)


_DOUBLES = regex.compile(r"[a-z]*[^aeiou][aeiou][^aeiouwxy]")


def _forms(lemma: str) -> tuple[str, ...]:
    """Inflected forms of a regular or listed irregular verb."""
    if lemma in _IRREGULAR:
        return (lemma, *_IRREGULAR[lemma])
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")
    forms = (lemma, third, stem + "ed", stem + "ing")
    if _DOUBLES.fullmatch(lemma):
        forms += (lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing")  # admitted, slammed
    return forms


# Forms that are nearly always nouns in news text ("the charged term").
_NOUN_FORMS = frozenset({"term", "terms", "state", "states"})
# Verbs that mean something else after a modal ("would continue", "will add a stop").
_NOT_AFTER_MODAL = frozenset(words("continue add read post report answer note state"))
_MODALS = frozenset(words("will would could should can may might must"))


def _build_table() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for group, verbs in ((CALL, _CALL_VERBS), (TELL, _TELL_VERBS), (SAY, _SAY_VERBS)):
        for verb in verbs:
            for form in _forms(verb):
                if form not in _NOUN_FORMS:
                    table[form] = (verb, group)
    return table


_TABLE = _build_table()
_NOUN_ABLE = frozenset(form for lemma, _ in _TABLE.values() for form in _forms(lemma)[:2])
_WORDS = regex.compile(r"[a-z]+")
_CUE_WORDS = frozenset(w for form in _TABLE for w in form.split()) | {"according", "went"}
_PASSIVE = frozenset({"was", "were", "been", "being", "be", "is", "are"})
_TELL_OBJECTS = frozenset({"reporters", "journalists"})
_CUE_RE = regex.compile(
    r"according to|points? out|pointed out|pointing out|went on to say|puts? it|putting it"
    r"|(?:shot|shoots?|shooting|fired|fires?|firing) back"
)


@dataclass
class Cue:
    """A reporting cue in a sentence: its lemma, group and token index range."""

    lemma: str
    group: str
    first: int
    last: int
    text: str
    start: int
    end: int

    @property
    def is_participle(self) -> bool:
        """ "saying", "telling reporters", "pointing out": the verb is the first word."""
        verb = self.text.split(" ", 1)[0]
        return verb.endswith("ing") and verb.casefold() != "according"


_MULTI_FIRST = frozenset(
    words(
        """
    according point points pointed pointing went goes going put puts putting
    shot shoot shoots shooting fired fire fires firing
    """
    )
)
_HIT_WORDS = sorted({form for form in _TABLE if " " not in form} | _MULTI_FIRST, key=len)


def _trie_pattern(items: Iterable[str]) -> str:
    """A regular expression matching exactly these words, shaped as a prefix tree."""
    tree: dict = {}
    for item in items:
        node = tree
        for char in item:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


# Lower-case cue words as whole tokens: one pass over the masked article finds
# every place a cue can start, so sentences without one are never tokenised.
# The stdlib engine runs this prefix-tree pattern several times faster than
# `regex`; "not preceded or followed by a letter or digit" is (?<![^\W_]).
_HITS = re.compile(r"(?<![^\W_])(?:" + _trie_pattern(_HIT_WORDS) + r")(?![^\W_])")


# Capitalised cue words that open a sentence: "According to X", "Said X, '...'".
OPENING_CUES = frozenset({"according", "said", "says"})
# ... and a participle cue opening a sentence: "Citing 'obligations in Tennessee,' the aide".
_OPENING_PARTICIPLES = frozenset(f for f in _TABLE if f.endswith("ing") and " " not in f)
_OPENING_CUE_START = regex.compile(
    r"(?:According to|Said|Says|"
    + "|".join(sorted((f.capitalize() for f in _OPENING_PARTICIPLES), key=len, reverse=True))
    + r")\b"
)


def opens_with_cue(masked: str, start: int) -> bool:
    """Does the sentence at `start` open with a capitalised cue the hit scan misses?"""
    return _OPENING_CUE_START.match(masked, start) is not None


def is_cue_word(low: str) -> bool:
    """Is this lower-case word a form of a reporting verb ("said", "warns")?"""
    return low in _TABLE


def is_verb_cue_word(low: str) -> bool:
    """A cue word that cannot be a noun: "said", "saying", but not "reads" or "remarks"."""
    return low in _TABLE and low not in _NOUN_ABLE


def cue_positions(masked: str) -> list[int]:
    """Offsets of every lower-case cue word in the (masked) text, in order."""
    return [found.start() for found in _HITS.finditer(masked)]


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

    With `starts` (from `cue_positions`) only the tokens beginning there are examined.
    `after_quotation` says the tokens follow a closing quotation ('"...?" Reyes wondered.').
    """
    if starts is None or any_case:
        indexes: Iterable[int] = range(len(tokens))
    else:
        offsets = [t.start for t in tokens]
        indexes = []
        for at in starts:
            index = bisect_left(offsets, at)
            if index < len(tokens) and offsets[index] == at:
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
    entry = _TABLE.get(tokens[index].low)
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
    if index + 1 >= len(tokens) or tokens[index].low not in _MULTI_FIRST:
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
    entry = _TABLE.get(tokens[index].low)
    if entry is None:
        return None
    if index > 0 and tokens[index - 1].low in _PASSIVE and _past_participle(tokens[index].low):
        return None  # "members were told": they listened
    first = index
    if index > 0 and tokens[index - 1].low == "to":
        narrated = _narration_start(tokens, index - 1)
        if narrated is None and entry[0] != "say" and not quotes_next(tokens, index + 1):
            return None  # "wants to call": an intention; "went on to call" narrates
        first = index if narrated is None else narrated
    if index > 0 and tokens[index - 1].low in _MODALS and entry[0] in _NOT_AFTER_MODAL:
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


# Closing and opening quotation marks as tokens of a masked sentence.
CLOSING_MARKS = frozenset({"”", "’", '"', "'", "»"})
OPENING_MARKS = frozenset({"“", '"', "„", "«", "‘", "'"})


def _past_participle(low: str) -> bool:
    return low.endswith("ed") or low in _IRREGULAR_PARTICIPLES


_IRREGULAR_PARTICIPLES = frozenset(words("said told written read"))
_NARRATING = frozenset(words("proceeded continued used"))
_READY = frozenset(words("quick careful eager keen first last"))


def _narration_start(tokens: list[Token], to: int) -> int | None:
    """Where "went on to" or "proceeded to" starts before the cue, so its subject is found."""
    if to >= 2 and tokens[to - 1].low == "on" and tokens[to - 2].low in {"went", "goes", "go"}:
        return to - 2
    if to >= 1 and tokens[to - 1].low in _NARRATING:
        return to - 1
    if to >= 2 and tokens[to - 1].low.endswith("ed") and tokens[to - 2].low in _PASSIVE:
        return to - 1  # "Mr. Trump was prompted to say": the subject before "was" says it
    if to >= 2 and tokens[to - 1].low in _READY and tokens[to - 2].low in _PASSIVE:
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
    return form in _NOUN_ABLE


def _is_noun_use(tokens: list[Token], index: int) -> bool:
    """ "his remarks", "the state", "claims of", "Trump's comments": a noun, not a verb.

    A possessor's remarks are usually what someone else is talking about
    ("Frazier said Rubio's claim ... is 'simply not true'"), so they are no cue.
    """
    previous = tokens[index - 1].low
    if previous in _NOUN_DETERMINERS or previous.endswith(("’s", "'s", "s’", "s'")):
        return True
    if previous in _TAKES_SPEECH_NOUN:
        return True  # "will raise questions": the object of a verb
    if (
        index > 1
        and tokens[index - 2].low in _ARTICLES
        and tokens[index - 1].text.replace("-", "").isalpha()
        and _TABLE[tokens[index].low][0] == tokens[index].low
    ):
        # "a short answer": article, modifier, base form; "the ad says" is a verb,
        # and so is '"...," the statement read.' closing an attribution.
        return not _closes_attribution(tokens, index)
    if index > 1 and (_modifies(previous) or tokens[index - 1].is_cap):
        before = tokens[index - 2].low
        # "his recent remarks", "Trump's Putin Comments"
        return before in _NOUN_DETERMINERS or before.endswith(("’s", "'s"))
    if index > 1 and tokens[index - 2].low in _POSSESSIVES and previous.endswith(("ing", "ed")):
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
        low in _NOUN_MODIFIERS
        or low.startswith(("anti-", "pro-", "non-"))  # "his anti-Muslim remarks"
        or (low.isalpha() and low.endswith(_ADJECTIVE_ENDINGS) and low not in ROLE_NOUNS)
    )


_ADJECTIVE_ENDINGS = ("ic", "ous", "ful", "ive", "less", "able", "ible")
_NOUN_MODIFIERS = frozenset(
    words(
        """
    recent latest earlier previous past public own new initial first final last opening
    closing controversial repeated official written prepared
    """
    )
)
_ARTICLES = frozenset({"a", "an", "the"})
# Verbs whose object may be a noun that could pass for a cue verb ("raise questions");
# "make jokes" and "made remarks" stay cues: making remarks is saying something.
_TAKES_SPEECH_NOUN = frozenset(
    words(
        """
    raise raises raised raising pose poses posed posing field fields fielded fielding
    dodge dodges dodged dodging face faces faced facing
    """
    )
)
_POSSESSIVES = frozenset(words("his her their its our my your"))
_NOUN_DETERMINERS = frozenset(
    words("the a an his her their its our my your this these those every")
)


def _make(tokens: list[Token], first: int, last: int, lemma: str, group: str) -> Cue:
    start, end = tokens[first].start, tokens[last].end
    text = " ".join(t.text for t in tokens[first : last + 1])
    return Cue(lemma, group, first, last, text, start, end)
