"""Turning a speaker mention into an entity: names, role phrases and pronouns.

Pronouns resolve to the most recent salient entity: a speaker of an earlier
attribution or the subject of an earlier sentence. That history is what the
attribution stage has read so far; it is handed to `Resolver.resolve` as an
argument (`History`), so coreference is a stage of its own that asks it, and
no other stage plugs itself into the resolver. Mentions inside the
pronoun's own sentence are not candidates (in "Blinken 'expressed concern',
he said" the "he" is not Blinken), except that a relative clause ("Biden's
remarks, in which he called ...") points at the possessor before it.

Role phrases follow news style: a definite description no title resolves
("the justice", "the Republican candidate") revisits the newest named person
of an earlier sentence; a document that speaks ("the statement said") speaks
for its issuer (`History.issuer`, found by `attribution/issuers.py`); "the
company" or "the BLM group" for the body the article named (`History.body`,
found by `attribution/bodies.py`); "his campaign" is the "<Surname> campaign"
of the man "his" stands for.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Protocol

from ..lexicon import OWNER_PRONOUNS, PRONOUNS, SPEAKING_THINGS
from ..lexicon.function_words import NOT_NAME_STARTS
from ..lexicon.people import DELEGATE_ROLES, ORGANISATION_ROLES
from ..names import looks_like_organisation, name_tokens, strip_title
from ..phrases.mention import Mention
from ..phrases.noun_phrases import pronoun_of
from ..text.cache import memo
from ..text.layout import Sentence
from ..types import ORGANISATION, PERSON
from .fronted_it import opens_clause
from .linked_clauses import linked_subject
from .named_issuers import named_issuer, names_document
from .named_pairs import NamedPairs
from .other_office import StoryOffices
from .owned_documents import owner_pronoun
from .party_roles import place_and_party
from .registry import Entity, Registry, is_group
from .roles import gender_of, names_a_person, roles_of
from .set_off_roles import named_instead
from .titles_with_of import office_with_of

ANY_GENDER = "any"  # a role phrase that states no gender ("the justice") fits either
_RELATIVE = frozenset({"which", "whom", "where", "when"})
_CONJUNCTIONS = frozenset({"and", "but", "so"})
_TOPIC_WORDS = 4  # "As for Donald J. Trump,": a name, not a clause


class History(Protocol):
    """What the article has said before a mention: the resolver's only view of it.

    The attribution stage implements it over the sentences it has read
    (`attribution/history.py`); answering may read earlier sentences' cues,
    which resolves their mentions in turn.
    """

    def newest(self, sentence: Sentence, before: int, key: tuple[str, str]) -> Entity | None:
        """The newest salient entity before offset `before` that fits (kind, gender)."""
        ...

    def issuer(self, sentence: Sentence, before: int) -> Entity | None:
        """The named issuer of the newest document brought up before `before`."""
        ...

    def body(self, sentence: Sentence, before: int, phrase: str) -> Entity | None:
        """The named body a phrase at `before` stands for ("the company", "the BLM group")."""
        ...

    def reach(self, sentence: Sentence) -> int:
        """Where the earliest sentence `newest` may read for this sentence starts."""
        ...

    def document_before(self, sentence: Sentence) -> Entity | None:
        """The issuer of a document that is the subject of the sentence before."""
        ...


def fits(entity: Entity, kind: str, gender: str) -> bool:
    """Can a pronoun of this kind and gender stand for the entity?

    Once false it stays false for the rest of the article: an entity's kind
    never changes and its gender is only ever set once, from unknown. (A person
    refused by `known_person` could in principle gain a gender or title later in
    the article; the registry reads every name before attribution, so by then it
    rarely does, and the history may drop it for good.)
    """
    if kind == PERSON:
        if entity.kind != PERSON or not known_person(entity):
            return False
        return gender == ANY_GENDER or entity.gender in ("", gender)
    if kind == ORGANISATION:
        return entity.kind == ORGANISATION
    return is_group(entity) or entity.kind == ORGANISATION


def known_person(entity: Entity) -> bool:
    """May "he" or "she" stand for this person entity?

    Every capitalised run is registered as a possible speaker, whatever it names.
    With no evidence of a person (a gender from a given name or gendered title, a
    role its titles give, or a role phrase for a name) a run that news style never
    uses for one is refused: a place, outlet, body or building ("Vermont", "Fox
    News", "Trump Tower"), a possessive ("Axelrod's floor"), or one opened by a
    function word ("More", "Much of").
    """
    name = entity.name
    if entity.common or _compound_adjective(name):
        return False  # "Ohio-born", "Texas-based": a word describing someone, not a name
    if entity.gender or not name[:1].isupper():
        return True
    if any(roles_of(name_tokens(d)) for d in entity.descriptions):
        return True
    first = name.split(maxsplit=1)[0].casefold()
    possessive = "’s" in name or "'s" in name
    return not (possessive or first in NOT_NAME_STARTS or looks_like_organisation(name))


class Resolver:
    """Resolves mentions in reading order, remembering who is salient."""

    def __init__(self, text: str, registry: Registry) -> None:
        self.text = text
        self.registry = registry
        self.asking: set[int] = set()  # role phrases whose history is being read
        self.pending: set[int] = set()  # offsets of the role phrases being resolved
        self.lower_words: dict[str, bool] = {}  # is the word written in lower case?
        self.story = StoryOffices(text, registry)  # whom the story is about (story_subject.py)
        self.pairs = NamedPairs(text, registry)  # "the two": two people named together

    def resolve(self, mention: Mention, sentence: Sentence, history: History) -> Entity | None:
        """The entity a mention denotes, or None for unresolvable pronouns.

        `history` answers who came before the mention (pronouns, "the senator",
        "the statement"); names and role phrases resolve through the registry.
        """
        instead = named_instead(sentence.tokens, mention)  # "who"; "Lee, the chair, said"
        if instead is not None:
            return self.resolve(instead, sentence, history)
        phrase = self.text[mention.start : mention.end]
        if not name_tokens(phrase):
            return None  # "The" alone: an article with no noun names nobody
        if mention.kind == "pronoun":
            return self._pronoun(pronoun_of(phrase.casefold()), mention, sentence, history)
        if mention.kind == "name" and not place_and_party(phrase):  # "the Ohio Democrat": a role
            entity = self.registry.resolve_name(phrase, mention.start)
            if _after_the(phrase, entity) or (
                mention.first == 0 and self._common_noun(phrase, entity)
            ):
                entity.common = True
            return entity
        self.pending.add(mention.start)
        try:
            return self._role(phrase, mention, sentence, history)
        finally:
            self.pending.discard(mention.start)

    def _common_noun(self, phrase: str, entity: Entity) -> bool:
        """Is a new one-word "name" opening a sentence a word written in lower case ("Cost")?"""
        fresh = entity.kind == PERSON and not entity.gender and not entity.descriptions
        if not fresh or len(entity.seen) != 1 or not phrase.isalpha() or phrase != entity.name:
            return False
        low = phrase.casefold()
        if names_a_person(low):
            return False  # "Prosecutors": people, whom "they" may take up
        written = self.lower_words.get(low)
        if written is None:
            written = self.lower_words[low] = _written_as_word(self.text, low)
        return written

    def _role(
        self, phrase: str, mention: Mention, sentence: Sentence, history: History
    ) -> Entity | None:
        """A role phrase: a body someone owns, a document's issuer, or a person it revisits."""
        owned = (
            self._owned_body(phrase, mention, sentence, history)
            or self.pairs.named(phrase, mention.start, history.reach(sentence))
            or named_issuer(self.registry, phrase, mention.start)
        )
        if owned is not None:
            return owned
        if names_document(phrase):
            issuer = self._ask(history.issuer, sentence, mention.start)
            if issuer is not None:
                return issuer  # "Fox News issued a statement ... the statement said"
        current = self._instead_of_stale_title(phrase, mention, sentence, history)
        if current is not None:
            return current
        entity = self.registry.resolve_role(phrase, mention.start)
        if entity.kind == ORGANISATION and phrase.split()[0].casefold() == "the":
            body = self._ask(history.body, sentence, mention.start, phrase)
            if body is not None:
                return body  # "the company", "the BLM group": the body the article named
        if _unnamed_person(entity) and revisits(phrase):
            # not someone of its own sentence: in "Reyes heard the president" they are two
            key = (PERSON, entity.gender or ANY_GENDER)
            named = self.story.fit(phrase, self._ask(history.newest, sentence, sentence.start, key))
            if named is not None and _well_named(named):
                return named  # "Cruz ...: '...,' the senator says": Cruz again
        return entity

    def _instead_of_stale_title(
        self, phrase: str, mention: Mention, sentence: Sentence, history: History
    ) -> Entity | None:
        """ "Cruz defends his record: '...,' the senator says": the person the story is on.

        A definite role phrase whose titled holder was last named before the history
        reaches back is the salient person of the recent sentences instead, when the
        article gave that person no title of a role (so nothing says otherwise).
        """
        if not revisits(phrase):
            return None
        titled = self.registry.person_by_role(phrase, mention.start)
        if titled is None or titled.seen_before(mention.start) >= history.reach(sentence):
            return None
        key = (PERSON, gender_of("", phrase) or ANY_GENDER)
        named = self._ask(history.newest, sentence, mention.start, key)
        if named is None or named is titled or not _well_named(named):
            return None
        return None if self.registry.has_roles(named) else named

    def _owned_body(
        self, phrase: str, mention: Mention, sentence: Sentence, history: History
    ) -> Entity | None:
        """ "his campaign" is the campaign of the man "his" stands for: "Sanders campaign";
        "one of her ads" speaks for the woman "her" stands for (`owned_documents.py`)."""
        words, document = phrase.split(), owner_pronoun(phrase)
        body = len(words) == 2 and words[1].casefold() in ORGANISATION_ROLES
        pronoun = document or (OWNER_PRONOUNS.get(words[0].casefold()) if body else None)
        if pronoun is None:
            return None
        owner = self._ask(history.newest, sentence, mention.start, PRONOUNS[pronoun])
        if owner is None or not _well_named(owner):
            return None
        if document:
            return owner
        surname = owner.name.split()[-1]
        return self.registry.organisation(f"{surname} {words[1].casefold()}", mention.start)

    def _ask(
        self, question: Callable[..., Entity | None], sentence: Sentence, at: int, *key
    ) -> Entity | None:
        """The history's answer for the phrase at `at`; None when asked again meanwhile
        (the history may read this sentence's subject, which may be this very phrase)."""
        if at in self.asking:
            return None
        self.asking.add(at)
        try:
            return question(sentence, at, *key)
        finally:
            self.asking.discard(at)

    def busy_with(self, mention: Mention) -> bool:
        """Is this phrase being resolved (its history being read) right now?"""
        return mention.start in self.pending

    def resolve_pronoun(
        self, pronoun: str, mention: Mention, sentence: Sentence, history: History
    ) -> Entity | None:
        """The entity a pronoun given apart from its mention denotes ("her" in "her remark")."""
        return self._pronoun(pronoun, mention, sentence, history)

    def _pronoun(
        self, pronoun: str, mention: Mention, sentence: Sentence, history: History
    ) -> Entity | None:
        kind, gender = PRONOUNS.get(pronoun, ("", ""))
        if pronoun in {"i", "we", "you"}:
            return None
        linked = self._linked_subject(mention, sentence) if kind == PERSON else None
        if linked is not None and fits(linked, kind, gender) and _well_named(linked):
            return linked  # "Trump was talking ... when he told": the clause's subject
        possessor = self._relative_possessor(mention, sentence)
        if possessor is not None and kind == PERSON:
            return possessor
        topic = self._fronted_topic(mention, sentence)
        if topic is not None and fits(topic, kind, gender):
            return topic
        if pronoun == "it" and opens_clause(sentence.tokens, mention):
            # "The lawsuit contends ... It goes on to fault ...": the document, its issuer's
            issuer = history.document_before(sentence)
            if issuer is not None:
                return issuer
        found = history.newest(sentence, mention.start, (kind, gender))
        return found or (self.story.of(gender) if kind == PERSON and gender else None)

    def _fronted_topic(self, mention: Mention, sentence: Sentence) -> Entity | None:
        """In "As for Trump, he said ...", the pronoun right after the topic is the topic.

        English fronts a topic with "as for" and takes it up at once with a pronoun."""
        tokens, comma = sentence.tokens, mention.first - 1
        if comma < 3 or tokens[comma].text != ",":
            return None
        opening = 1 if tokens[0].low in _CONJUNCTIONS else 0
        if tokens[opening].low != "as" or tokens[opening + 1].low not in ("for", "to"):
            return None
        words = tokens[opening + 2 : comma]
        if not words or len(words) > _TOPIC_WORDS or not all(t.is_cap for t in words):
            return None
        return self.registry.resolve_name(self.text[words[0].start : words[-1].end], words[0].start)

    def _linked_subject(self, mention: Mention, sentence: Sentence) -> Entity | None:
        """The named subject of the clause the pronoun's clause is joined to (linked_clauses)."""
        bounds = linked_subject(sentence.tokens, mention.first)
        if bounds is None:
            return None
        first, last = sentence.tokens[bounds[0]], sentence.tokens[bounds[1]]
        return self.registry.resolve_name(self.text[first.start : last.end], first.start)

    def _relative_possessor(self, mention: Mention, sentence: Sentence) -> Entity | None:
        """In "X's remarks, in which he called", the pronoun is X."""
        tokens = sentence.tokens
        if mention.first == 0 or tokens[mention.first - 1].low not in _RELATIVE:
            return None
        owners = memo(tokens, "owners", _capitalised_possessives)
        index = bisect_right(owners, mention.first - 2) - 1  # the nearest one before
        if index < 0:
            return None
        token = tokens[owners[index]]
        return self.registry.resolve_name(token.text[:-2], token.start)


def _after_the(phrase: str, entity: Entity) -> bool:
    """ "The Teamsters", "the Pentagon": a one-word name after "the" is a body, group or
    place, never a person "he" or "she" stands for (English gives a name no article)."""
    if entity.kind != PERSON or entity.gender or entity.descriptions:
        return False
    return phrase.split()[0].casefold() == "the" and len(name_tokens(entity.name)) == 1


def _written_as_word(text: str, word: str) -> bool:
    """Does the text hold `word` as a whole word, in the case given?"""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not text[at - 1 : at].isalpha() and not text[end : end + 1].isalpha():
            return True
        at = text.find(word, at + 1)
    return False


def revisits(phrase: str) -> bool:
    """Is the phrase a definite description of one person, as news style uses for
    someone already named ("the senator", "the Republican presidential candidate")?

    Not an indefinite ("a senator"), a possessive ("his aide", "the senator's aide"), a
    plural, a role of someone named ("spokesman for X"), nor a role that speaks for another or
    stays unnamed ("the spokesman", "the official").
    """
    words = phrase.split()
    of = "of" in words and not office_with_of(words)  # not "the secretary of state"
    if len(words) < 2 or words[0].casefold() != "the" or of or "for" in words:
        return False
    if any(word.endswith(("’s", "'s")) for word in words):
        return False  # "the candidate's wife": a role of someone else
    head = words[-1].casefold()
    thing = head in SPEAKING_THINGS or head in DELEGATE_ROLES or head.endswith("men")
    word = head.replace("-", "").isalnum() and not head.startswith("-")  # "front-runner"
    return word and not thing and names_a_person(head)


def _unnamed_person(entity: Entity | None) -> bool:
    """A person known only by a role phrase ("actress", "base chief")."""
    return entity is not None and entity.kind == PERSON and not strip_title(entity.name)[0]


def _well_named(entity: Entity) -> bool:
    """A person named in full, or by a given name ("Bob"): not a stray capitalised word."""
    if entity.kind != PERSON or _unnamed_person(entity) or _compound_adjective(entity.name):
        return False
    return len(name_tokens(entity.name)) >= 2 or bool(entity.gender)


def _compound_adjective(name: str) -> bool:
    """Is the name one word ending in a lower-case part after a hyphen ("Ohio-born")?

    A place or name joined to "born", "based" or "style" describes someone; a name
    with such a part has more words ("Kim Jong-un", "Moon Jae-in").
    """
    if " " in name.strip() or "-" not in name:
        return False
    last = name.rsplit("-", 1)[1]
    return last.isalpha() and last.islower()


def stands_for_name(entity: Entity, mention: Mention) -> bool:
    """A one-word subject counts when it is a pronoun or stands for a longer name."""
    return mention.kind == "pronoun" or (
        entity.kind == PERSON and len(entity.name) > mention.end - mention.start
    )


def _capitalised_possessives(tokens) -> list[int]:
    """Indexes of the tokens like "Biden's" in a sentence, in order."""
    return [i for i, t in enumerate(tokens) if t.is_cap and t.text.endswith(("’s", "'s"))]
