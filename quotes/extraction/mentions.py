"""Finding the speaker phrase before a cue: "Erdogan told", "he added", "X, the spokesman, said".

Works on the tokens of one masked sentence. A speaker phrase is a pronoun,
a run of capitalised words (with "of"/"for" links and role nouns inside,
e.g. "Secretary of State Mike Pompeo", "State Department spokesperson Ned
Price"), or a role phrase ("the Turkish president", "officials"). An
apposition ("Ibrahim Kalin, spokesman of ..., told") yields the name before
the comma. The phrase helpers here are shared by the speaker after a cue
(`inversion`), the subject of a cue-less sentence (`subjects`) and layout
labels (`labels`).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from .cues import Cue
from .layout import Token, memo
from .lexicon import (
    PRONOUNS,
    QUALIFIERS,
    ROLE_NOUNS,
    SKIPPABLE,
    SPEAKING_THINGS,
    is_person_noun,
    words,
)

DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this"})
LINKS = frozenset({"of", "for"})
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
PREPOSITIONS = frozenset(
    words(
        """
    of in at on to from with by for about over against between into than like after
    before during under through toward towards despite since among amid
    """
    )
)
OPENERS = frozenset(
    words(
        """
    however but and now then still meanwhile also earlier later in on at after before back
    when while if as yet so last this that there it’s it's early
    outside inside nearby elsewhere overseas downtown here
    """
    )
)
# Capitalised words that open a sentence or name a time or medium, never a speaker.
NOT_SPEAKERS = frozenset(
    words(
        """
    however instead despite continuing meanwhile still also but and so yet then now later both
    earlier speaking asked here there did does do why how what in on at after before during
    when while if as though although
    because since until unless while twitter facebook instagram youtube email
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    indeed perhaps maybe hours days weeks months years minutes moments
    """
    )
)
_WEEKDAYS = frozenset(words("monday tuesday wednesday thursday friday saturday sunday"))
# Words that cannot sit inside a common noun phrase such as "the campaign organizer".
NOT_IN_NP = frozenset(
    words(
        """
    who whom whose which that and or but not also is was were are be been has have had
    will would could should can may might do does did this these those there here it
    """
    )
)
MAX_NP = 5
INDEFINITE_ONES = frozenset({"one", "another"})
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
MAX_PHRASE = 12
_MAX_NESTED = 16  # phrases qualified by phrases ("the aide for the aide for ..."), at most
_MAX_APPOSITION = 24


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


def wordlike(token: Token) -> bool:
    return not token.is_quote and (token.text[:1].isalnum())


def is_head(token: Token) -> bool:
    """Can this token end a speaker phrase? ("Trump Wednesday" ends at Trump.)"""
    return (
        wordlike(token) and token.low not in _WEEKDAYS and (token.is_cap or token.low in ROLE_NOUNS)
    )


def inside_phrase(token: Token) -> bool:
    """Can this token sit inside a speaker phrase before its head?"""
    return (
        wordlike(token)
        and token.low not in _WEEKDAYS
        and (token.is_cap or token.low in ROLE_NOUNS or token.low in _ADJECTIVES)
    )


def _common_back(
    tokens: list[Token], last: int, floor: int, object_ok: bool = False, depth: int = 0
) -> int | None:
    """First index of a determiner-led common noun phrase ending at `last` ("the organizer").

    With `object_ok` the phrase may follow a preposition: "a lecture from the
    president, who said" still names who said it. `depth` counts the roles
    stepped back over ("a spokesman for the aide for ..."), at most `_MAX_NESTED`.
    """
    index = last
    while index >= floor and last - index <= MAX_NP:
        token = tokens[index]
        owned = index < last and _is_possessive_name(token) and tokens[last].low in _OWNED_HEADS
        if token.low in DETERMINERS or token.low in INDEFINITE_ONES or owned:
            after_preposition = index > floor and tokens[index - 1].low in PREPOSITIONS
            if index < last and (object_ok or not after_preposition):
                return index
            if index < last and tokens[index - 1].low in LINKS and depth < _MAX_NESTED:
                # "a spokesman for the buyer"
                return _role_before_link(tokens, index - 1, floor, depth + 1)
            return None  # "in his opening comments": a noun phrase after a preposition
        if (
            token.is_quote
            or not token.text[:1].isalnum()
            or token.low in NOT_IN_NP
            or token.low in PRONOUNS
            or token.low in PREPOSITIONS
            or token.low in SKIPPABLE
            or (index < last and _past_verb_after_noun(tokens, index, floor))
        ):
            return None
        index -= 1
    return None


_MAX_DASHED = 25


def _dashed_apposition(tokens: list[Token], closing: int, floor: int) -> Mention | None:
    """ "A former candidate -- John McCain, who lost in 2008 -- said": McCain said it.

    The name opening the part set off by dashes is who speaks; without a name
    there, the phrase before the first dash.
    """
    dash = tokens[closing].text
    opening = next(
        (
            i
            for i in range(closing - 2, max(floor, closing - _MAX_DASHED) - 1, -1)
            if tokens[i].text == dash
        ),
        None,
    )
    if opening is None or opening <= floor:
        return None
    last = opening + 1
    while last + 1 < closing and inside_phrase(tokens[last + 1]):
        last += 1
    if tokens[opening + 1].is_cap and is_head(tokens[last]) and last > opening + 1:
        return make_mention(tokens, opening + 1, last)
    first = phrase_back(tokens, opening - 1, floor)
    if first is None:
        first = _common_back(tokens, opening - 1, floor)
    return make_mention(tokens, first, opening - 1) if first is not None else None


def _role_before_link(tokens: list[Token], link: int, floor: int, depth: int) -> int | None:
    """Where "a spokesman" starts in "a spokesman for the buyer", if a person heads it."""
    head = link - 1
    if head < floor or not is_person_noun(tokens[head].low):
        return None
    return _common_back(tokens, head, floor, depth=depth)


def _past_verb_after_noun(tokens: list[Token], index: int, floor: int) -> bool:
    """ "the Clinton operation disparaged women complained": a clause, not a noun phrase.

    Right after an article a past form is an adjective ("the retired teacher"), and
    at the end it is a participle ("an ad released Thursday said").
    """
    token = tokens[index]
    return (
        index > floor
        and len(token.text) > 4
        and token.text.islower()
        and token.low.endswith("ed")
        and tokens[index - 1].low not in DETERMINERS
        and tokens[index - 1].low not in INDEFINITE_ONES
    )


_OWNED_HEADS = ROLE_NOUNS | frozenset(words("office team camp staff"))


def _is_possessive_name(token: Token) -> bool:
    """ "Ryan’s" in "Ryan’s office said": a name owning the speaker phrase."""
    return token.is_cap and token.low.endswith(("’s", "'s")) and not pronoun_of(token.low)


def _of_someone(words: list[Token]) -> bool:
    """ "spokesman of Turkish President Tayyip Erdogan" names another; "campaign manager
    Robby Mook" and "chief of staff Reince Priebus" name the speaker after a lower-case role."""
    return any(w.low in ("of", "for") and after.is_cap for w, after in pairwise(words))


def make_mention(tokens: list[Token], first: int, last: int) -> Mention:
    low = tokens[first].low
    if first == last and pronoun_of(low):
        kind = "pronoun"
    else:
        words = [t for t in tokens[first : last + 1] if t.low not in DETERMINERS]
        role_led = (
            words and not words[0].is_cap and words[0].low in ROLE_NOUNS and _of_someone(words)
        )
        kind = "name" if tokens[last].is_cap and not role_led else "role"
    return Mention(first, last, tokens[first].start, tokens[last].end, kind)


def phrase_back(tokens: list[Token], last: int, floor: int) -> int | None:
    """First token index of the speaker phrase ending at `last`, or None."""
    if last < floor or not is_head(tokens[last]):
        return None
    first = last
    while first - 1 >= floor and last - first < MAX_PHRASE:
        prev = tokens[first - 1]
        if (inside_phrase(prev) and not (first - 1 == floor and prev.low in OPENERS)) or (
            prev.low in LINKS and first - 2 >= floor and inside_phrase(tokens[first - 2])
        ):
            first -= 1
        elif prev.low in DETERMINERS:
            if first - 2 >= floor and tokens[first - 2].low in LINKS:
                first -= 2
                continue
            first -= 1
            break
        else:
            break
    while first < last and (
        tokens[first].low in OPENERS
        or tokens[first].low in NOT_SPEAKERS
        or tokens[first].low in PREPOSITIONS
    ):
        first += 1
    return first


def _role_of(tokens: list[Token], last: int, floor: int) -> int | None:
    """ "the secretary of state said": a role noun with a one-word complement after "of"."""
    role = last - 2
    if role < floor or tokens[last - 1].low != "of" or not tokens[last].text.isalpha():
        return None
    if tokens[role].low not in ROLE_NOUNS:
        return None
    return phrase_back(tokens, role, floor) or _common_back(tokens, role, floor)


def _is_adverb(token: Token) -> bool:
    """ "jokingly", "angrily": a lower-case -ly word (not "only" or "early", which are listed)."""
    text = token.text
    return len(text) > 4 and text.endswith("ly") and text.isalpha() and text.islower()


_MODAL_NAMES = frozenset({"Will", "May"})


def _name_in_running_text(tokens: list[Token], index: int) -> bool:
    """A capital after a comma or a lower-case word is a name's, not a headline's."""
    if index == 0 or not tokens[index].is_cap:
        return False
    before = tokens[index - 1].text
    return before == "," or (before.isalpha() and before.islower())


def _skip_back(tokens: list[Token], index: int, floor: int) -> int:
    """Step back over adverbs, auxiliaries and time words between speaker and cue.

    Each step depends only on where it stands, so where a walk from each index
    ends is kept: cues one after another ("said to said to ...", "reply reply
    ...") would otherwise each walk back over all the others.
    """
    known = memo(tokens, ("skip back", floor), _new_dict)
    path = []
    while index >= floor:
        if index in known:
            index = known[index]
            break
        path.append(index)
        low = tokens[index].low
        if index > 0 and tokens[index].text in _MODAL_NAMES:
            break  # '"...," Will wrote.': George Will, not the modal
        if _name_in_running_text(tokens, index) and low not in _WEEKDAYS:
            break  # "Informed of the district's lean, Early described it": a name
        if (
            (low in SKIPPABLE and low not in PRONOUNS)
            or (low == "on" and index + 1 < len(tokens) and tokens[index + 1].low in SKIPPABLE)
            or _is_adverb(tokens[index])
            or (low == "first" and not tokens[index].is_cap)  # "The Tennessean first reported"
        ):
            index -= 1
        elif (start := _time_phrase_start(tokens, index, floor)) is not None:
            index = start - 1  # "who has in the past described": step over "in the past"
        elif (start := _raising_start(tokens, index, floor)) is not None:
            index = start - 1  # "Obama is reported to have called": Obama called
        else:
            break
    for at in path:
        known[at] = index
    return index


def _new_dict(tokens: list[Token]) -> dict[int, int]:
    return {}


_RAISING = frozenset(words("said reported believed alleged thought known understood rumored"))


def _raising_start(tokens: list[Token], index: int, floor: int) -> int | None:
    """ "is reported to have", "was said to": the report is about the subject's words."""
    at = index - 1 if tokens[index].low == "have" else index
    if at - 1 <= floor or tokens[at].low != "to" or tokens[at - 1].low not in _RAISING:
        return None
    return at - 1


_TIME_NOUNS = frozenset(words("past years months weeks days week month year decade decades time"))
_AGO_UNITS = _TIME_NOUNS | frozenset(words("hours minutes"))
_AGO_WORDS = frozenset(
    words(
        """a an one two three four five six seven eight nine ten few several couple of less more
        than about nearly almost just only some hours minutes"""
    )
)


def _ago_start(tokens: list[Token], ago: int, floor: int) -> int | None:
    """ "less than two weeks ago": the amount and unit before "ago"."""
    if ago - 1 < floor or tokens[ago - 1].low not in _AGO_UNITS:
        return None
    start = ago - 1
    while start - 1 >= floor and (
        tokens[start - 1].low in _AGO_WORDS or tokens[start - 1].text.isdigit()
    ):
        start -= 1
    return start


_TIME_PREPOSITIONS = frozenset(words("in for over during at"))
_TIME_FILLERS = frozenset(words("the recent this that a one some several few many two three"))


def _time_phrase_start(tokens: list[Token], index: int, floor: int) -> int | None:
    """Where "in the past", "over the years" or "less than two weeks ago" starts, when it
    ends at `index`."""
    if tokens[index].low == "ago":
        return _ago_start(tokens, index, floor)
    if tokens[index].low not in _TIME_NOUNS:
        return None
    for start in range(index - 1, max(floor, index - 4) - 1, -1):
        low = tokens[start].low
        if low in _TIME_PREPOSITIONS:
            return start
        if low not in _TIME_FILLERS:
            return None
    return None


def subject_before(tokens: list[Token], cue: Cue, floor: int = 0, depth: int = 0) -> Mention | None:
    """The speaker phrase just before a cue: pronoun, name, role phrase or apposition.

    A phrase qualified by a participle or a passive ("A letter from the Legion
    obtained by The Associated Press warns") is looked for before that verb in
    turn; `depth` counts those steps back, and past `_MAX_NESTED` of them (only
    a text built to nest without end has as many) nobody is found.
    """
    if depth > _MAX_NESTED:
        return None
    if cue.is_participle:
        absolute = _with_absolute(tokens, cue.first, floor)
        if absolute is not None:
            return absolute
    index = _skip_back(tokens, cue.first - 1, floor)
    if index < floor:
        return None
    token = tokens[index]
    if pronoun_of(token.low):
        return make_mention(tokens, index, index)
    sourced = _qualified_source(tokens, index, floor)
    if sourced is not None:
        return sourced
    if token.text == ",":
        aside = _pronoun_before_aside(tokens, index, floor)
        return aside if aside is not None else _apposition_before(tokens, index, floor)
    if token.text in DATELINE_DASHES and index > floor:
        return _dashed_apposition(tokens, index, floor)
    if token.low in _RELATIVES and index - 1 > floor and _sets_off(tokens[index - 1], token):
        return _antecedent(tokens, index - 1, floor)  # ", who said" or "- who said"
    if token.text == ")" and index > floor:
        # "Lisa Madigan (D) asserted": the name before the parenthesis
        opening = _paren_start(tokens, index, floor)
        if opening is None or opening <= floor:
            return None
        first = phrase_back(tokens, opening - 1, floor)
        if first is None or not tokens[opening - 1].is_cap:
            return None
        return make_mention(tokens, first, opening - 1)
    first = phrase_back(tokens, index, floor)
    if first is None:
        first = _role_of(tokens, index, floor)
    if first is None:
        first = _common_back(tokens, index, floor)
        if first is None:
            placed = _common_back(tokens, index, floor, object_ok=True)
            owner = _postmodified(tokens, placed, floor) if placed is not None else None
            if owner is not None and not cue.is_participle:
                return make_mention(tokens, owner, index)  # "a message on the website reads"
            return _across_relative(tokens, index, floor)
        return make_mention(tokens, first, index)
    if first == index and tokens[first].low in NOT_SPEAKERS and not _company(tokens, first, floor):
        return None
    if first - 1 > floor and (
        (tokens[first - 1].low in PREPOSITIONS and _participle_at(tokens, first - 2))
        or (tokens[first - 1].low == "by" and _passive_at(tokens, first - 2))
    ):
        # "Another source speaking to Fox News said": the source said it; so does
        # "A letter from the Legion obtained by The Associated Press warns ..."
        found = subject_before(tokens, verb_at(tokens, first - 2), floor, depth + 1)
        if found is not None:
            return found
    owner = _postmodified(tokens, first, floor)
    if owner is not None and not cue.is_participle:
        return make_mention(tokens, owner, index)  # "a welcome message on the website reads"
    if first - 1 > floor and tokens[first - 1].low == "to" and not cue.is_participle:
        # "Sanders' email to his supporters notes ...": the email speaks, not its readers
        return subject_before(tokens, verb_at(tokens, first - 1), floor, depth + 1)
    if first > floor and tokens[first - 1].low in PREPOSITIONS and cue.is_participle:
        return None  # "posted a message on Twitter reading ...": the object, not the speaker
    lead = tokens[first]
    if (
        first - 1 > floor
        and tokens[first - 1].text == ","
        and not lead.is_cap
        and lead.low != "the"
        and not ends_in_full_name(tokens, first, index)
    ):
        named = _name_before_comma(tokens, first - 1, floor)
        if named is not None:
            return named
    return make_mention(tokens, first, index)


def _pronoun_before_aside(tokens: list[Token], comma: int, floor: int) -> Mention | None:
    """ "and he, once again, pledged": a pronoun before an adverbial set off by commas."""
    opening = _skip_back(tokens, comma - 1, floor)
    if opening == comma - 1 or opening - 1 < floor or tokens[opening].text != ",":
        return None
    if not pronoun_of(tokens[opening - 1].low):
        return None
    return make_mention(tokens, opening - 1, opening - 1)


def verb_at(tokens: list[Token], index: int) -> Cue:
    """The token at `index` taken as a cue, to find the subject before it."""
    token = tokens[index]
    return Cue("say", "say", index, index, token.text, token.start, token.end)


def _postmodified(tokens: list[Token], first: int, floor: int) -> int | None:
    """Where "a message" starts in "a message on the website": a text or a person that a
    prepositional phrase places, whose head is the speaker."""
    head = first - 2
    if head <= floor or tokens[first - 1].low not in _PLACING:
        return None
    low = tokens[head].low
    if not (tokens[head].text.islower() and (low in SPEAKING_THINGS or is_person_noun(low))):
        return None
    return _common_back(tokens, head, floor)


_PLACING = frozenset(words("on in from at"))


def _qualified_source(tokens: list[Token], last: int, floor: int) -> Mention | None:
    """ "A source familiar with the investigation said": who the source is, kept whole.

    Unnamed sources come with what qualifies them ("close to the campaign",
    "briefed on the talks", "with knowledge of the plan"); the noun before the
    qualifier speaks, and the phrase up to the cue says which source it is.
    """
    for index in range(last - 1, max(floor, last - _MAX_QUALIFIED) - 1, -1):
        token = tokens[index]
        if not wordlike(token) or token.low in NOT_IN_NP:
            return None
        pair = f"{token.low} {tokens[index + 1].low}"
        if pair in QUALIFIERS and index > floor and is_person_noun(tokens[index - 1].low):
            head = index - 1
            first = head - 1 if head > floor and tokens[head - 1].low in _SOURCE_LEADS else head
            return make_mention(tokens, first, last)
    return None


_MAX_QUALIFIED = 9
_SOURCE_LEADS = frozenset(words("a an the one two three several some many other another"))


def _company(tokens: list[Token], index: int, floor: int) -> bool:
    """ "Twitter said in a statement": a medium is a company when it is the subject itself.

    "On Twitter, Trump said" keeps the medium out: there a preposition governs it.
    """
    return tokens[index].low in _MEDIA and (
        index == floor or tokens[index - 1].low not in PREPOSITIONS
    )


_MEDIA = frozenset(words("twitter facebook instagram youtube"))


def _with_absolute(tokens: list[Token], cue_at: int, floor: int) -> Mention | None:
    """ "..., with many marchers chanting '...'": the phrase after "with" does the participle.

    An absolute clause names its own subject, so neither the sentence's subject
    nor "with"'s position as a preposition decides who speaks.
    """
    last = _skip_back(tokens, cue_at - 1, floor)  # "with Cruz repeatedly calling"
    index = last
    while index > floor and last - index < _MAX_ABSOLUTE and _in_absolute(tokens[index]):
        index -= 1
    if index >= last or tokens[index].low != "with" or tokens[last].low in DETERMINERS:
        return None
    if tokens[index + 1].low in LINKS or tokens[index + 1].low == "and":
        return None
    return make_mention(tokens, index + 1, last)


_MAX_ABSOLUTE = MAX_NP + 3  # "with one of her ads", "with 47 percent of Cuban Americans"


def _in_absolute(token: Token) -> bool:
    """A word of the phrase between "with" and its participle: no verb, no other preposition."""
    low = token.low
    return (
        wordlike(token)
        and (low not in PREPOSITIONS or low in LINKS)
        and (low not in NOT_IN_NP or low == "and")
    )


def ends_in_full_name(tokens: list[Token], first: int, last: int) -> bool:
    """ "..., former president Bill Clinton said": a titled name is the subject itself.

    "Kalin, spokesman of President Tayyip Erdogan, told" names Erdogan after a
    link: that phrase describes Kalin.
    """
    if any(token.low in LINKS for token in tokens[first:last]):
        return False
    return last > 0 and tokens[last].is_cap and tokens[last - 1].is_cap


def _passive_at(tokens: list[Token], index: int) -> bool:
    text = tokens[index].text
    return text.islower() and (
        (len(text) > 4 and text.endswith("ed")) or text in _IRREGULAR_PARTICIPLES
    )


_IRREGULAR_PARTICIPLES = frozenset(words("written seen given taken made shown drawn sent"))


def _participle_at(tokens: list[Token], index: int) -> bool:
    low = tokens[index].text
    return len(low) > 4 and low.islower() and low.endswith("ing")


_RELATIVES = frozenset({"who", "which"})


def _sets_off(mark: Token, relative: Token) -> bool:
    """A comma sets off any relative clause; a dash only a person's ("- who said")."""
    return mark.text == "," or (mark.text in DATELINE_DASHES and relative.low == "who")


_MAX_RELATIVE = 12


def _across_relative(tokens: list[Token], last: int, floor: int) -> Mention | None:
    """ "a White House official who spoke anonymously said": the phrase before "who"."""
    for index in range(last, max(floor, last - _MAX_RELATIVE) - 1, -1):
        token = tokens[index]
        if token.is_quote or token.text in {",", ";", ":", "(", ")"}:
            return None
        if token.low == "who" and index - 1 >= floor:
            head = index - 1
            first = phrase_back(tokens, head, floor)
            if first is None:
                first = _common_back(tokens, head, floor, object_ok=index == last)
            if first is None:
                return None
            named = make_mention(tokens, first, head)
            if index < last:
                return named
            # "a tweet from Rikkie Wells who tweeted, ...": "who" is the cue's own subject
            return Mention(index, index, token.start, token.end, "relative", named)
    return None


def _antecedent(tokens: list[Token], comma: int, floor: int) -> Mention | None:
    """ "endorsed by Mike Lee, who declared ...": "who", standing for the name before it."""
    before = comma - 1
    if tokens[before].is_quote:
        return None
    named = _name_before_comma(tokens, comma, floor)
    if named is None:
        first = _common_back(tokens, before, floor, object_ok=True)
        named = make_mention(tokens, first, before) if first is not None else None
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
    first = phrase_back(tokens, last, floor)
    if first is None or not tokens[last].is_cap or tokens[last].low in SKIPPABLE:
        return None
    if first == last and tokens[first].low in NOT_SPEAKERS:
        return None
    return make_mention(tokens, first, last)


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
    party = _party_of_place(tokens, comma, floor)
    if party is not None:
        comma = party  # "Lee Zeldin, Republican of New York, said": step over the party
        if not tokens[comma - 1].is_cap:
            return None
        return _name_before_comma(tokens, comma, floor)
    direct = _name_before_comma(tokens, comma, floor)
    if direct is not None and tokens[comma - 1].text == ")":
        return direct
    relative = _relative_comma(tokens, comma, floor)
    if relative is not None:  # "Marco Rubio, whose hometown, Miami, is ..., argues"
        return _name_before_comma(tokens, relative, floor)
    for index in range(comma - 1, max(floor, comma - _MAX_APPOSITION) - 1, -1):
        if tokens[index].text != ",":
            continue
        inner = tokens[index + 1]
        if inner.is_cap and inner.low not in DETERMINERS:
            if _names_a_role(tokens, index, direct, floor):
                return direct
            continue
        named = _name_before_comma(tokens, index, floor)
        if named is not None or not _inside_list(tokens, index):
            return named
    return None


def _inside_list(tokens: list[Token], comma: int) -> bool:
    """ "assistant secretary for population, refugees, and migration,": a comma of a
    lower-case list inside the apposition, so the name stands before an earlier comma."""
    return comma > 0 and tokens[comma - 1].text.islower() and tokens[comma - 1].text.isalpha()


def _relative_comma(tokens: list[Token], comma: int, floor: int) -> int | None:
    """The comma opening ", who ...," or ", whose ...," that closes at `comma`, if any."""
    for index in range(comma - 2, max(floor, comma - _MAX_RELATIVE_CLAUSE) - 1, -1):
        if tokens[index].text == "," and tokens[index + 1].low in {"who", "whose"}:
            return index
    return None


_MAX_RELATIVE_CLAUSE = 40


_PARTIES = frozenset(words("republican democrat independent"))


def _party_of_place(tokens: list[Token], comma: int, floor: int) -> int | None:
    """The comma before ", Republican of New York," ending at `comma`, if that is what it holds."""
    for index in range(comma - 1, max(floor, comma - 6) - 1, -1):
        if tokens[index].text == ",":
            inner = tokens[index + 1 : comma]
            if len(inner) >= 3 and inner[0].low in _PARTIES and inner[1].low == "of":
                return index if all(t.is_cap for t in inner[2:]) else None
            return None
    return None


def _names_a_role(tokens: list[Token], comma: int, name: Mention | None, floor: int) -> bool:
    """ "The foreign minister, Mevlut Cavusoglu, said": the name set off after a role phrase."""
    return (
        name is not None
        and name.first == comma + 1
        and comma - 1 >= floor
        and tokens[comma - 1].low in ROLE_NOUNS
    )
