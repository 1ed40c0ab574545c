"""Finding the speaker phrase next to a cue: "Erdogan told", "said Putin", "he added".

Works on the tokens of one masked sentence. A speaker phrase is a pronoun,
a run of capitalised words (with "of"/"for" links and role nouns inside,
e.g. "Secretary of State Mike Pompeo", "State Department spokesperson Ned
Price"), or a role phrase ("the Turkish president", "officials"). An
apposition ("Ibrahim Kalin, spokesman of ..., told") yields the name before
the comma.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cues import SAY, Cue
from .layout import Token
from .lexicon import PRONOUNS, ROLE_NOUNS, SKIPPABLE, words

_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
_LINKS = frozenset({"of", "for"})
_ADJECTIVES = frozenset(
    words(
        """
    senior former top deputy chief foreign local federal state-run state top-ranking
    lead white house prominent retired acting outgoing incoming longtime interim assistant
    associate presidential vice-presidential congressional gubernatorial political
    democratic republican conservative liberal progressive libertarian national
    """
    )
)
_PREPOSITIONS = frozenset(
    words(
        """
    of in at on to from with by for about over against between into than like after
    before during under through toward towards despite since among amid
    """
    )
)
_OPENERS = frozenset(
    words(
        """
    however but and now then still meanwhile also earlier later in on at after before
    when while if as yet so last this that there it’s it's
    """
    )
)
# Openers that are a whole adverbial on their own: the subject comes right after.
_ADVERB_OPENERS = frozenset(words("however but and now then still meanwhile also later yet so"))
# Capitalised words that open a sentence or name a time or medium, never a speaker.
_NOT_SPEAKERS = frozenset(
    words(
        """
    however instead despite continuing meanwhile still also but and so yet then now later both
    earlier speaking asked here there did does do why how what in on at after before during
    when while if as though although
    because since until unless while twitter facebook instagram youtube email
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    indeed hours days weeks months years minutes moments
    """
    )
)
_WEEKDAYS = frozenset(words("monday tuesday wednesday thursday friday saturday sunday"))
# Words that cannot sit inside a common noun phrase such as "the campaign organizer".
_NOT_IN_NP = frozenset(
    words(
        """
    who whom whose which that and or but not also is was were are be been has have had
    will would could should can may might do does did this these those there here it
    """
    )
)
_MAX_NP = 5
_DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
_MAX_PHRASE = 12
_MAX_APPOSITION = 16


@dataclass(frozen=True)
class Mention:
    """A speaker phrase: token range and offsets within the text."""

    first: int
    last: int
    start: int
    end: int
    kind: str  # "pronoun", "name", "role" or "relative"
    refers: Mention | None = None  # what a relative pronoun ("who") stands for


_CONTRACTIONS = frozenset({"s", "d", "ll", "ve", "re", "m"})


def pronoun_of(low: str) -> str:
    """The pronoun a casefolded token is, also when contracted ("he’s" -> "he"), else ""."""
    if low in PRONOUNS:
        return low
    base, mark, rest = low.replace("'", "’").partition("’")
    return base if mark and base in PRONOUNS and rest in _CONTRACTIONS else ""


def _wordlike(token: Token) -> bool:
    return not token.is_quote and (token.text[:1].isalnum())


def _is_head(token: Token) -> bool:
    """Can this token end a speaker phrase? ("Trump Wednesday" ends at Trump.)"""
    return (
        _wordlike(token)
        and token.low not in _WEEKDAYS
        and (token.is_cap or token.low in ROLE_NOUNS)
    )


def _inside(token: Token) -> bool:
    """Can this token sit inside a speaker phrase before its head?"""
    return (
        _wordlike(token)
        and token.low not in _WEEKDAYS
        and (token.is_cap or token.low in ROLE_NOUNS or token.low in _ADJECTIVES)
    )


def _common_back(tokens: list[Token], last: int, floor: int, object_ok: bool = False) -> int | None:
    """First index of a determiner-led common noun phrase ending at `last` ("the organizer").

    With `object_ok` the phrase may follow a preposition: "a lecture from the
    president, who said" still names who said it.
    """
    index = last
    while index >= floor and last - index <= _MAX_NP:
        token = tokens[index]
        owned = index < last and _is_possessive_name(token) and tokens[last].low in _OWNED_HEADS
        if token.low in _DETERMINERS or token.low in _INDEFINITE_ONES or owned:
            after_preposition = index > floor and tokens[index - 1].low in _PREPOSITIONS
            if index < last and (object_ok or not after_preposition):
                return index
            return None  # "in his opening comments": a noun phrase after a preposition
        if (
            token.is_quote
            or not token.text[:1].isalnum()
            or token.low in _NOT_IN_NP
            or token.low in PRONOUNS
            or token.low in _PREPOSITIONS
            or token.low in SKIPPABLE
        ):
            return None
        index -= 1
    return None


_OWNED_HEADS = ROLE_NOUNS | frozenset(words("office team camp staff"))


def _is_possessive_name(token: Token) -> bool:
    """ "Ryan’s" in "Ryan’s office said": a name owning the speaker phrase."""
    return token.is_cap and token.low.endswith(("’s", "'s")) and not pronoun_of(token.low)


def _make(tokens: list[Token], first: int, last: int) -> Mention:
    low = tokens[first].low
    if first == last and pronoun_of(low):
        kind = "pronoun"
    else:
        words = [t for t in tokens[first : last + 1] if t.low not in _DETERMINERS]
        role_led = words and not words[0].is_cap and words[0].low in ROLE_NOUNS
        kind = "name" if tokens[last].is_cap and not role_led else "role"
    return Mention(first, last, tokens[first].start, tokens[last].end, kind)


def _phrase_back(tokens: list[Token], last: int, floor: int) -> int | None:
    """First token index of the speaker phrase ending at `last`, or None."""
    if last < floor or not _is_head(tokens[last]):
        return None
    first = last
    while first - 1 >= floor and last - first < _MAX_PHRASE:
        prev = tokens[first - 1]
        if (_inside(prev) and not (first - 1 == floor and prev.low in _OPENERS)) or (
            prev.low in _LINKS and first - 2 >= floor and _inside(tokens[first - 2])
        ):
            first -= 1
        elif prev.low in _DETERMINERS:
            if first - 2 >= floor and tokens[first - 2].low in _LINKS:
                first -= 2
                continue
            first -= 1
            break
        else:
            break
    while first < last and (
        tokens[first].low in _OPENERS
        or tokens[first].low in _NOT_SPEAKERS
        or tokens[first].low in _PREPOSITIONS
    ):
        first += 1
    return first


def _is_adverb(token: Token) -> bool:
    """ "jokingly", "angrily": a lower-case -ly word (not "only" or "early", which are listed)."""
    text = token.text
    return len(text) > 4 and text.endswith("ly") and text.isalpha() and text.islower()


def _skip_back(tokens: list[Token], index: int, floor: int) -> int:
    """Step back over adverbs, auxiliaries and time words between speaker and cue."""
    while index >= floor:
        low = tokens[index].low
        if (
            (low in SKIPPABLE and low not in PRONOUNS)
            or (low == "on" and index + 1 < len(tokens) and tokens[index + 1].low in SKIPPABLE)
            or _is_adverb(tokens[index])
        ):
            index -= 1
        else:
            break
    return index


def subject_before(tokens: list[Token], cue: Cue, floor: int = 0) -> Mention | None:
    """The speaker phrase just before a cue: pronoun, name, role phrase or apposition."""
    index = _skip_back(tokens, cue.first - 1, floor)
    if index < floor:
        return None
    token = tokens[index]
    if pronoun_of(token.low):
        return _make(tokens, index, index)
    if token.text == ",":
        return _apposition_before(tokens, index, floor)
    if token.low in _RELATIVES and index - 1 > floor and tokens[index - 1].text == ",":
        return _antecedent(tokens, index - 1, floor)
    if token.text == ")" and index > floor:
        # "Lisa Madigan (D) asserted": the name before the parenthesis
        opening = _paren_start(tokens, index, floor)
        if opening is None or opening <= floor:
            return None
        first = _phrase_back(tokens, opening - 1, floor)
        if first is None or not tokens[opening - 1].is_cap:
            return None
        return _make(tokens, first, opening - 1)
    first = _phrase_back(tokens, index, floor)
    if first is None:
        first = _common_back(tokens, index, floor)
        if first is None:
            return _across_relative(tokens, index, floor)
        return _make(tokens, first, index)
    if first == index and tokens[first].low in _NOT_SPEAKERS:
        return None
    if first > floor and tokens[first - 1].low in _PREPOSITIONS and cue.is_participle:
        return None  # "posted a message on Twitter reading ...": the object, not the speaker
    lead = tokens[first]
    if (
        first - 1 > floor
        and tokens[first - 1].text == ","
        and not lead.is_cap
        and lead.low != "the"
    ):
        named = _name_before_comma(tokens, first - 1, floor)
        if named is not None:
            return named
    return _make(tokens, first, index)


_RELATIVES = frozenset({"who", "which"})
_MAX_RELATIVE = 12


def _across_relative(tokens: list[Token], last: int, floor: int) -> Mention | None:
    """ "a White House official who spoke anonymously said": the phrase before "who"."""
    for index in range(last, max(floor, last - _MAX_RELATIVE) - 1, -1):
        token = tokens[index]
        if token.is_quote or token.text in {",", ";", ":", "(", ")"}:
            return None
        if token.low == "who" and index - 1 >= floor:
            head = index - 1
            first = _phrase_back(tokens, head, floor)
            if first is None:
                first = _common_back(tokens, head, floor)
            return _make(tokens, first, head) if first is not None else None
    return None


def _antecedent(tokens: list[Token], comma: int, floor: int) -> Mention | None:
    """ "endorsed by Mike Lee, who declared ...": "who", standing for the name before it."""
    before = comma - 1
    if tokens[before].is_quote:
        return None
    named = _name_before_comma(tokens, comma, floor)
    if named is None:
        first = _common_back(tokens, before, floor, object_ok=True)
        named = _make(tokens, first, before) if first is not None else None
    if named is None:
        return None
    who = tokens[comma + 1]
    return Mention(comma + 1, comma + 1, who.start, who.end, "relative", named)


def _name_before_comma(tokens: list[Token], comma: int, floor: int) -> Mention | None:
    """The capitalised name that an apposition after `comma` describes."""
    last = comma - 1
    if last > floor and tokens[last].text == ")":
        opening = _paren_start(tokens, last, floor)
        if opening is None:
            return None
        last = opening - 1
    first = _phrase_back(tokens, last, floor)
    if first is None or not tokens[last].is_cap or tokens[last].low in SKIPPABLE:
        return None
    if first == last and tokens[first].low in _NOT_SPEAKERS:
        return None
    return _make(tokens, first, last)


def _paren_start(tokens: list[Token], close: int, floor: int) -> int | None:
    """Index of the "(" matching the ")" at `close` ("Kasich (R-OH)"), within a few tokens."""
    for index in range(close - 1, max(floor, close - 8) - 1, -1):
        if tokens[index].text == "(":
            return index
    return None


def _apposition_before(tokens: list[Token], comma: int, floor: int) -> Mention | None:
    """ "X, the Turkish president, said" / "X, which has ..., urged": the X.

    A parenthesis ("Kasich (R-OH), said") stands for the name before it; commas
    inside the apposition ("a salesman from Sumter, South Carolina,") are stepped over.
    """
    direct = _name_before_comma(tokens, comma, floor)
    if direct is not None and tokens[comma - 1].text == ")":
        return direct
    for index in range(comma - 1, max(floor, comma - _MAX_APPOSITION) - 1, -1):
        if tokens[index].text != ",":
            continue
        inner = tokens[index + 1]
        if inner.is_cap and inner.low not in _DETERMINERS:
            if _names_a_role(tokens, index, direct, floor):
                return direct
            continue
        return _name_before_comma(tokens, index, floor)
    return None


def _names_a_role(tokens: list[Token], comma: int, name: Mention | None, floor: int) -> bool:
    """ "The foreign minister, Mevlut Cavusoglu, said": the name set off after a role phrase."""
    return (
        name is not None
        and name.first == comma + 1
        and comma - 1 >= floor
        and tokens[comma - 1].low in ROLE_NOUNS
    )


def subject_after(tokens: list[Token], cue: Cue) -> Mention | None:
    """The speaker after an inverted say-cue: '..., said Putin' / 'said the spokesman'.

    "'...,' warned Clinton." inverts a tell-cue too when it follows the quotation
    at once and the name ends the sentence: nobody is warned there.
    """
    if cue.is_participle or (cue.group != SAY and not _inverted_tell(tokens, cue)):
        return None
    index = cue.last + 1
    if index >= len(tokens):
        return None
    if tokens[index].low in PRONOUNS and tokens[index].low != "it":
        return _make(tokens, index, index)
    first = index
    if _quantified(tokens, index):  # "said one of two witnesses who ..."
        rest = _common_after(tokens, index + 1)
        return _make(tokens, first, rest.last) if rest is not None else None
    if tokens[index].low in _INDEFINITE_ONES:  # "said one former campaign staffer."
        return _common_after(tokens, index)
    determiner = tokens[index].low in _DETERMINERS
    if determiner:
        index += 1
    last = None
    descriptors = 0
    while index < len(tokens) and index - first < _MAX_PHRASE:
        token = tokens[index]
        if _inside(token):
            last = index if _is_head(token) else last
        elif (
            not determiner
            and last is None
            and descriptors < _MAX_DESCRIPTORS
            and _descriptor(token)
        ):
            descriptors += 1  # "said conservative activist Bob Klaus"
        elif not (token.low in _LINKS and last is not None):
            break
        index += 1
    if descriptors and (last is None or not tokens[last].is_cap):
        return None
    if last is None and determiner:
        return _common_after(tokens, first)
    if last is None or (last == first and tokens[first].low in _NOT_SPEAKERS):
        return None
    mention = _make(tokens, first, last)
    return mention if not descriptors or ends_inversion(tokens, mention) else None


_MAX_DESCRIPTORS = 3


def _descriptor(token: Token) -> bool:
    """A lower-case word that can describe a person before the name ("longtime strategist")."""
    low = token.low
    return (
        token.text.isalpha()
        and token.text.islower()
        and low not in _NOT_IN_NP
        and low not in _PREPOSITIONS
        and low not in PRONOUNS
        and low not in SKIPPABLE
        and low not in _DETERMINERS
    )


_AFTER_INVERSION = frozenset(words("who whose which and in on at during from to after before by"))


_INVERTIBLE_TELLS = frozenset(words("warn urge ask promise assure"))


def _inverted_tell(tokens: list[Token], cue: Cue) -> bool:
    """ "'...,' warned Clinton." - a tell-cue right after a quotation, a name, then the end."""
    if cue.lemma not in _INVERTIBLE_TELLS or cue.first < 2:
        return False
    if not (tokens[cue.first - 1].text in _CLOSING_MARKS or tokens[cue.first - 1].is_quote):
        return False
    end = cue.last + 1
    while end < len(tokens) and (
        _inside(tokens[end]) or (tokens[end].low in _LINKS and end > cue.last + 1)
    ):
        end += 1  # "asked Sen. Maria Cantwell of Washington, who ..."
    return end > cue.last + 1 and (end == len(tokens) or tokens[end].text in {".", ",", ";"})


_CLOSING_MARKS = frozenset({"”", "’", '"', "'", "»"})


def ends_inversion(tokens: list[Token], mention: Mention) -> bool:
    """After "said Putin" comes punctuation, a quotation, "who" or an adjunct, not a verb.

    "said Obamacare so far has been a success" is a reported clause whose
    subject only looks like an inverted speaker.
    """
    after = mention.last + 1
    if after >= len(tokens):
        return True
    token = tokens[after]
    if token.text in _OPENING_MARKS:
        return False  # "said Fiorina “was personally involved”": a clause quoting her
    return not _wordlike(token) or token.is_cap or token.low in _AFTER_INVERSION


_OPENING_MARKS = frozenset({"“", '"', "„", "«", "‘"})
_INDEFINITE_ONES = frozenset({"one", "another"})
_QUANTIFIERS = frozenset(words("one some many several two three four both another most"))


def _quantified(tokens: list[Token], index: int) -> bool:
    return (
        tokens[index].low in _QUANTIFIERS
        and index + 2 < len(tokens)
        and tokens[index + 1].low == "of"
    )


def _common_after(tokens: list[Token], first: int) -> Mention | None:
    """ "said the organizer." - a short common noun phrase closed by punctuation or a link.

    `first` is the determiner (or the "of" of "one of the organizers").
    """
    index = first + 1
    while index < len(tokens) and index - first <= _MAX_NP:
        token = tokens[index]
        if not token.text[:1].isalnum() or token.low in _PREPOSITIONS or token.low == "who":
            break
        if token.is_quote or token.low in _NOT_IN_NP or token.low in PRONOUNS:
            return None
        index += 1
    if index == first + 1 or index - first > _MAX_NP:
        return None
    return _make(tokens, first, index - 1)


def is_inverted_position(tokens: list[Token], cue: Cue) -> bool:
    """A cue right after a comma or a quotation can take its subject after it."""
    prev = cue.first - 1
    if prev < 0 or tokens[prev].is_quote:
        return True
    return tokens[prev].text in {",", ":", "—", "–", "”", "’", '"', "'", "»", "“"}


def _fronted_participle(tokens: list[Token]) -> bool:
    """ "Continuing to explain his view, Carson ...": the clause before the comma has no subject."""
    first = tokens[0].low
    return (
        len(first) > 5
        and first.endswith("ing")
        and len(tokens) > 1
        and tokens[1].text[:1].islower()
    )


def _after_fronted_clause(tokens: list[Token], before: int) -> int:
    """Where the main clause starts after "Speaking in Salem, New Hampshire, Trump ...".

    The first comma is taken unless what follows it is itself closed by a comma
    (a place or an apposition inside the fronted clause).
    """
    commas = [i for i in range(min(before, len(tokens))) if tokens[i].text == ","]
    for comma in commas:
        end = comma + 1
        while end < before and _inside(tokens[end]):
            end += 1
        if end == before or tokens[end].text != ",":
            return comma + 1
    return commas[0] + 1 if commas else 0


def sentence_subject(tokens: list[Token], before: int) -> Mention | None:
    """The first speaker-like phrase of the sentence that is not inside a prepositional phrase.

    A fronted adverbial ("In an interview on Saturday, the president ...") is skipped.
    """
    index = _after_dateline(tokens, before)
    if index:
        tokens, before = tokens[index:], before - index  # offsets are shifted back at the end
    mention = _subject_of(tokens, before)
    if mention is None or not index:
        return mention
    return _make_shifted(mention, index)


def _after_dateline(tokens: list[Token], before: int) -> int:
    """Where the sentence starts after "WASHINGTON (AP) —" or "Washington (AFP) –"."""
    if not tokens or not tokens[0].is_cap:
        return 0
    shouting = tokens[0].text.isupper() and len(tokens[0].text) > 1
    for position in range(1, min(before, 8)):
        token = tokens[position]
        if token.text in _DATELINE_DASHES:
            agency = tokens[position - 1].text == ")"
            return position + 1 if shouting or agency else 0
        if not shouting and not (token.is_cap or token.text in {"(", ")"}):
            return 0
    return 0


def _make_shifted(mention: Mention, by: int) -> Mention:
    refers = mention.refers
    return Mention(
        mention.first + by,
        mention.last + by,
        mention.start,
        mention.end,
        mention.kind,
        _make_shifted(refers, by) if refers is not None else None,
    )


def _subject_of(tokens: list[Token], before: int) -> Mention | None:
    index = 0
    if tokens and tokens[0].low in _ADVERB_OPENERS:
        # "Then he cut into Bush, calling him ...": one word, then the subject
        index = 2 if len(tokens) > 1 and tokens[1].text == "," else 1
    elif tokens and (
        tokens[0].low in _PREPOSITIONS
        or tokens[0].low in _OPENERS
        or tokens[0].low in _NOT_SPEAKERS
        or _fronted_participle(tokens)
    ):
        index = _after_fronted_clause(tokens, before)
    while index < before:
        token = tokens[index]
        prev = tokens[index - 1].low if index else ""
        if pronoun_of(token.low) not in {"", "it"}:
            return _make(tokens, index, index)
        if (
            _inside(token)
            and prev not in _PREPOSITIONS
            and token.low not in _OPENERS
            and token.low not in SKIPPABLE
            and token.low not in _NOT_SPEAKERS
        ):
            last = index
            while last + 1 < before and (
                _inside(tokens[last + 1]) or (tokens[last + 1].low in _LINKS and last + 2 < before)
            ):
                last += 1
            while last > index and not _is_head(tokens[last]):
                last -= 1
            if _is_head(tokens[last]) and not tokens[last].text.endswith(("’s", "'s")):
                first = index - 1 if prev in _DETERMINERS else index
                return _make(tokens, first, last)
            index = last + 1
            continue
        index += 1
    return None


_LABELS = frozenset(
    words(
        """
    update updated breaking watch exclusive video report poll opinion analysis editorial
    live photos photo review quiz explainer factbox timeline transcript read listen
    fact check correction note editor q a interview audio
    """
    )
)
_MAX_COLON_NAME = 4


def signature_name(tokens: list[Token]) -> Mention | None:
    """The name after a signature dash, up to a comma or the end ("- President Obama, ...")."""
    last = 0
    while last + 1 < len(tokens) and _inside(tokens[last + 1]) and last < _MAX_COLON_NAME:
        last += 1
    if last == 0 or not _is_head(tokens[last]) or not tokens[last].is_cap:
        return None
    after = tokens[last + 1].text if last + 1 < len(tokens) else "."
    if after not in {",", ".", ";"}:
        return None  # "- The bill passed ...": a sentence, not a signature
    return _make(tokens, 1, last)


def colon_label(tokens: list[Token], colon: int) -> Mention | None:
    """ "Pollsters agree - Carl Bialik: ..." - a name set off by a dash right before a colon."""
    first = _phrase_back(tokens, colon - 1, 0)
    if first is None or not tokens[colon - 1].is_cap or colon - first > _MAX_COLON_NAME:
        return None
    if first == 0 or tokens[first - 1].text not in _DATELINE_DASHES:
        return None  # "Lopez: Well, ..." opening a line is a transcript, not a label
    return _make(tokens, first, colon - 1)


def colon_speaker(tokens: list[Token]) -> tuple[int, Mention] | None:
    """ "Kasich: 'We Are Going ...'" - a headline naming its speaker before a colon.

    The quoted words may stand anywhere after the colon: "Carson: Clinton 'Not
    Fit To Serve'" paraphrases Carson and quotes him.

    Returns the colon's index and the name; labels ("BREAKING:", "Watch:") are not speakers.
    """
    limit = min(len(tokens), _MAX_COLON_NAME + 1)
    colon = next((i for i in range(1, limit) if tokens[i].text == ":"), None)
    if colon is None or colon + 1 >= len(tokens):
        return None
    if not any(t.is_quote for t in tokens[colon + 1 :]):
        return None
    name = tokens[:colon]
    if not all(t.is_cap and _wordlike(t) for t in name):
        return None
    if any(t.low in _LABELS or t.low in _NOT_SPEAKERS or t.low in PRONOUNS for t in name):
        return None
    if all(t.text.isupper() for t in name):
        return None  # an all-capitals kicker ("WATCH:") rather than a name
    return colon, _make(tokens, 0, colon - 1)
