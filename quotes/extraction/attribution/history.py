"""What the attribution stage has read of the article so far: the history.

Coreference is a stage of its own (`entities/coref.py`): to resolve a pronoun,
"the senator" or "the statement" it asks the history it is handed, and this
is that history. It owns the article's sentences and, built once on first
need, each sentence's cues with their speakers and its subject; the
attributor reads the same through it. Answers are read off the sentences
already seen, newest first. Reading an earlier sentence builds its cues,
which resolves their mentions with this same history, so the sentences are
read in the order they are first needed, as the attributor meets them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter

from ..cues.sentence import SentenceCues
from ..cues.speaker import Attributed
from ..entities.coref import Resolver, fits, names_document, stands_for_name
from ..entities.pronoun_chains import ChainDepth
from ..entities.registry import Entity
from ..lexicon.function_words import EMBEDDING_WORDS, REPORTING_WH_WORDS
from ..names import name_tokens
from ..phrases.mention import Mention
from ..phrases.subjects import opening_possessor, sentence_subject
from ..text.cache import memo
from ..text.layout import Sentence
from ..text.lines import BODY
from ..types import PERSON
from .bodies import named_body
from .introduced import introduced, people_index
from .issuers import issuer


class AttributionHistory:
    """The sentences read so far, their cues and subjects: `entities.coref.History`."""

    def __init__(
        self, text: str, masked: str, resolver: Resolver, hits: list[int], sentences: list[Sentence]
    ) -> None:
        self.text = text
        self.masked = masked
        self.resolver = resolver
        self.hits = hits  # offsets of the article's cue words (`cues.hits.cue_positions`)
        self.sentences = sentences
        self.cache: dict[int, SentenceCues] = {}
        self.subjects: dict[int, tuple[int, Entity | None, bool]] = {}
        self.ordered: dict[int, tuple[Entity, ...]] = {}
        self.fitting: dict[tuple[int, object], int] = {}
        self.alive: dict[tuple[int, object], list] = {}
        self.people: list | None = None  # where each person is named (`introduced.py`)
        self.bare: dict[tuple[int, int], tuple[int, str]] = {}  # speakers named by surname
        self.chain = ChainDepth()  # pronoun subjects resolved inside one another

    def resolve(self, mention: Mention, sentence: Sentence) -> Entity | None:
        """The entity a mention of the sentence stands for, given what came before."""
        return self.resolver.resolve(mention, sentence, self)

    def resolve_pronoun(self, pronoun: str, mention: Mention, sentence: Sentence) -> Entity | None:
        """The entity a pronoun given apart from its mention stands for ("her" in "her remark")."""
        return self.resolver.resolve_pronoun(pronoun, mention, sentence, self)

    def cues(self, index: int) -> SentenceCues:
        """The sentence's cues, built on first use (registered before building, so a
        pronoun of the sentence reads the cues found before it)."""
        if index not in self.cache:
            sentence = self.sentences[index]
            found = self.cache[index] = SentenceCues(sentence)
            low = bisect_left(self.hits, sentence.start)
            high = bisect_left(self.hits, sentence.end, low)
            found.build(self.text, self.masked, self.resolve, self.hits[low:high])
        return self.cache[index]

    def subject(self, index: int, solid: bool = False) -> tuple[int, Entity | None]:
        """Where the sentence's subject starts and who it is.

        With `solid`, a one-word subject counts only when it stands for a longer
        name: "Things ..." or "Nor, he said, ..." opening a sentence names nobody.
        """
        if index not in self.subjects:
            sentence = self.sentences[index]
            subject = sentence_subject(sentence.tokens, len(sentence.tokens))
            if subject is not None and self.resolver.busy_with(subject):
                # "..., the senator said" asks who "the senator" is, and the history
                # reads this subject: the very phrase, whose answer is not known yet.
                # A half-made answer kept here would be what later pronouns find.
                return subject.start, None
            entity = None
            if subject is not None and subject.kind != "pronoun":
                entity = self.resolve(subject, sentence)
            elif subject is not None and self.chain.follows(self.text, subject):
                self.subjects[index] = (subject.start, None, False)  # asked again meanwhile
                with self.chain:  # "He was quick to ...": whom that "he" stands for
                    entity = self.resolve(subject, sentence)
            single = subject is not None and entity is not None and subject.first == subject.last
            shaky = single and entity.kind == PERSON and not stands_for_name(entity, subject)
            shaky = shaky and not _who_follows(sentence.tokens, subject.last)
            self.subjects[index] = (subject.start if subject else -1, entity, shaky)
        start, entity, shaky = self.subjects[index]
        return start, None if solid and shaky else entity

    def issuer(self, sentence: Sentence, before: int) -> Entity | None:
        """Who issued the document a phrase names ("the statement said"): `issuers.py`."""
        return issuer(self, sentence, before)

    def body(self, sentence: Sentence, before: int, phrase: str) -> Entity | None:
        """The named body "the company" or "the BLM group" stands for: `bodies.py`."""
        return named_body(self, sentence, before, phrase)

    def document_before(self, sentence: Sentence) -> Entity | None:
        """The named issuer of the document the sentence before is about ("The lawsuit
        contends ...": whoever filed it), for an "it" opening this sentence."""
        index = sentence.index - 1
        if index < 0 or self.sentences[index].line_kind != BODY:
            return None
        tokens = self.sentences[index].tokens
        mention = sentence_subject(tokens, len(tokens))
        if mention is None or not names_document(self.text[mention.start : mention.end]):
            return None
        entity = self.subject(index)[1]
        return entity if entity is not None and entity.name[:1].isupper() else None

    def reach(self, sentence: Sentence) -> int:
        """Where the earliest sentence `newest` may read for this sentence starts."""
        return self.sentences[max(0, sentence.index - _HISTORY)].start

    def newest(self, sentence: Sentence, before: int, key: tuple[str, str]) -> Entity | None:
        """The newest salient entity before a pronoun that fits it (`key`: its kind, gender).

        In order: speakers of the pronoun's own sentence (newest first), that
        sentence's subject (not one of a "that" clause), then the speakers and
        subject of each of up to eight earlier sentences, newest first, in order
        of salience (`_salience`); after a paragraph's speakers and subjects, the
        people it introduces by apposition. An entity that does not fit a pronoun
        never will (see `fits`), so what a search skips once it never reads again:
        a sentence with thousands of attributions is not rescanned per pronoun.
        Earlier sentences are read in the same order as before, on first need,
        since reading one builds its cues.
        """
        current = self.cache.get(sentence.index)
        if current is not None and before > sentence.start:  # else nothing of it comes before
            found = self._newest_in_sentence(sentence.index, current.items, before, key)
            if found is not None:
                return found
        if sentence.line_kind == BODY:
            # "Bush went after Trump ..., when he called ...": the subject before the pronoun
            start, entity = self.subject(sentence.index, solid=True)
            if (
                entity is not None
                and 0 <= start < before
                and not _quoted_predicate(sentence, start, before)
                and not _opens_subordinate(sentence.tokens, start)
                and fits(entity, *key)
            ):
                return entity
        return self._earlier(sentence, key)

    def _earlier(self, sentence: Sentence, key: tuple[str, str]) -> Entity | None:
        """The newest fitting speaker or subject of an earlier sentence, paragraph by
        paragraph; else someone the paragraph introduces ("courtesy of Wes Nakagiri,
        a delegate from Michigan") before the paragraph before it is searched."""
        waiting: list[int] = []  # sentences of the paragraph whose introduced people wait
        paragraph = sentence.paragraph
        for index in range(sentence.index - 1, max(0, sentence.index - _HISTORY) - 1, -1):
            earlier = self.sentences[index]
            if earlier.line_kind != BODY:
                continue
            if earlier.paragraph != paragraph:
                found = self._introduced_fitting(waiting, key)
                if found is not None:
                    return found
                waiting, paragraph = [], earlier.paragraph
            found = self._first_fitting(index, key)
            if found is not None:
                return found
            waiting.append(index)
        return self._introduced_fitting(waiting, key)

    def _introduced_fitting(self, indexes: list[int], key: tuple[str, str]) -> Entity | None:
        """The first person these sentences (newest first) introduce that fits."""
        if indexes and self.people is None:
            self.people = people_index(self.resolver.registry)
        for index in indexes:
            for entity in introduced(self.people, self.sentences[index], self.masked):
                if fits(entity, *key):
                    return entity
        return None

    def _newest_in_sentence(
        self, index: int, items: list[Attributed], before: int, key: tuple[str, str]
    ) -> Entity | None:
        """The newest speaker of the sentence whose mention starts before `before` and fits.

        The sentence's items may still be growing (its cues are being resolved):
        the ones added since the last question are taken in first.
        """
        alive = self.alive.get((index, key))
        if alive is None:
            alive = self.alive[(index, key)] = [0, []]
        stack = alive[1]
        for position in range(alive[0], len(items)):
            entity = items[position].entity
            if entity is not None and fits(entity, *key):
                stack.append(position)
        alive[0] = len(items)
        at = len(stack) - 1
        while at >= 0:
            item = items[stack[at]]
            if not fits(item.entity, *key):
                del stack[at]  # for good: it will not fit any later pronoun of this kind
            elif item.mention.start < before:
                return item.entity
            at -= 1
        return None

    def _first_fitting(self, index: int, key: tuple[str, str]) -> Entity | None:
        """The first entity of an earlier sentence, newest mention first, that fits."""
        ordered = self.ordered.get(index)
        if ordered is None:
            ordered = self.ordered[index] = self._salience(index)
        position = self.fitting.get((index, key), 0)
        found = None
        while position < len(ordered):
            if fits(ordered[position], *key):
                found = ordered[position]
                break
            found = self._namesake(index, ordered[position], key)
            if found is not None:
                break
            position += 1
        self.fitting[(index, key)] = position
        return found

    def _namesake(self, index: int, entity: Entity, key: tuple[str, str]) -> Entity | None:
        """The namesake of the other gender a bare surname may have meant.

        "Clinton said ... She followed that" : a surname that resolved to Bill
        Clinton, taken up by "she", was Hillary Clinton, named in the article too.
        """
        kind, gender = key
        surname = self.bare.get((index, id(entity)))
        if surname is None or kind != PERSON or not entity.gender or entity.gender == gender:
            return None
        at, word = surname
        best, best_at = None, -1
        for other in self.resolver.registry.by_token.get(word, ()):
            if other is entity or other.gender != gender or not fits(other, *key):
                continue
            seen = other.seen_before(at + 1) if other.seen else -1
            if seen > best_at:
                best, best_at = other, seen
        return best

    def _salience(self, index: int) -> tuple[Entity, ...]:
        """An earlier sentence's speakers and subject, most salient first.

        The newest mention first, except that a speaker inside a subordinate clause
        after the subject ("Clinton caused a stir when an Iowa voter asked ...",
        "Carson turned on the Post, pointing out that Costa had reported ...")
        comes after the main clause's speakers and subject.
        """
        sentence = self.sentences[index]
        subject = self.subject(index, solid=True)
        subject = self._possessor(index, subject[0]) or subject
        items = self.cues(index).items
        entries = [(i.mention.start, i.entity, i.cue.start) for i in items]
        entries.append((*subject, subject[0]))
        main, subordinate = self._asked(sentence, items), []
        for at, entity, cue in sorted((e for e in entries if e[1] is not None), key=_offset)[::-1]:
            inner = subject[1] is not None and _subordinate(sentence.tokens, subject[0], at, cue)
            (subordinate if inner else main).append(entity)
        kept: dict[int, Entity] = {}
        for entity in main + subordinate:
            kept.setdefault(id(entity), entity)
        for at, entity, _ in entries:
            if entity is not None and entity.kind == PERSON:
                word = _bare_surname(sentence.tokens, at)
                if word:
                    self.bare.setdefault((index, id(entity)), (at, word))
        return tuple(kept.values())

    def _possessor(self, index: int, subject: int) -> tuple[int, Entity | None] | None:
        """Where the person owning the sentence's opening phrase is named, and who
        ("Roper's article attacked Marsh": Roper), when the subject found lies past that
        phrase (Marsh, its object) and a person named in full or by gender owns it."""
        sentence = self.sentences[index]
        tokens, mention = sentence.tokens, opening_possessor(sentence.tokens)
        if mention is None or tokens[mention.last + 1].start >= subject >= 0:
            return None  # "Trump's campaign backtracked": the campaign itself is the subject
        if any(t.text == "," and (t.start < subject or subject < 0) for t in tokens):
            return None  # "Regarding Hale's speech, Nora Price said": a fronted phrase
        entity = self.resolve(mention, sentence)
        if entity is None or entity.kind != PERSON:
            return None
        named = len(name_tokens(entity.name)) >= 2 or bool(entity.gender)
        return (mention.start, entity) if named else None  # not "December's agreement"

    def _asked(self, sentence: Sentence, items: list[Attributed]) -> list[Entity]:
        """The people a sentence's "asked" cues name as asked ("Earhardt asked Rubio which
        states he could win"): the answer that follows is theirs, so they come first."""
        asked, tokens = [], sentence.tokens
        for item in items:
            if item.cue.lemma != "ask" or item.cue.last + 1 >= len(tokens):
                continue
            first = last = item.cue.last + 1
            while last < len(tokens) and tokens[last].is_cap:
                last += 1
            if first < last and not tokens[last - 1].text.endswith(("’s", "'s")):
                asked.extend(self._known_person(tokens[first].start, tokens[last - 1].end))
        return asked

    def _known_person(self, start: int, end: int) -> list[Entity]:
        """The person a name at text[start:end] stands for, if the article knows one by it
        (no new entity is made for a word like "Monday")."""
        registry, words = self.resolver.registry, name_tokens(self.text[start:end])
        if not words or not any(e.kind == PERSON for e in registry.by_token.get(words[-1], ())):
            return []
        entity = registry.resolve_name(self.text[start:end], start)
        return [entity] if entity.kind == PERSON else []


_HISTORY = 8
_CLAUSE_OPENERS = EMBEDDING_WORDS | REPORTING_WH_WORDS


def _bare_surname(tokens, at: int) -> str:
    """The one capitalised word naming someone at `at` ("Clinton said"), normalised, or ""."""
    index = bisect_left(tokens, at, key=_START)
    if index >= len(tokens) or tokens[index].start != at or not tokens[index].is_cap:
        return ""
    if index + 1 < len(tokens) and tokens[index + 1].is_cap:
        return ""
    words = name_tokens(tokens[index].text)
    return words[-1] if len(words) == 1 else ""


def _who_follows(tokens, last: int) -> bool:
    """ "Rihanna, who was honored ...": English takes up only a person with ", who", so a
    one-word subject it follows is someone's name, not a word like "Things"."""
    return last + 2 < len(tokens) and tokens[last + 1].text == "," and tokens[last + 2].low == "who"


def _opens_subordinate(tokens, start: int) -> bool:
    """Is the subject at `start` that of a subordinate clause ("-- that Bloomberg is seen as")?"""
    index = bisect_left(tokens, start, key=_START)
    return index > 0 and tokens[index - 1].low in EMBEDDING_WORDS


def _subordinate(tokens, subject: int, at: int, cue: int) -> bool:
    """Is the speaker at `at` after the subject at `subject`, with a subordinating word
    between the subject and its cue at `cue` ("when a voter asked", "Christie, who say")?"""
    if at <= subject:
        return False
    low = bisect_right(tokens, subject, key=_START)
    if any(token.low in _CLAUSE_OPENERS for token in tokens[: low - 1]):
        return False  # "Asked whether ... Trump, the nominee, ...": no main-clause subject
    high = bisect_left(tokens, max(at, cue), low, key=_START)
    return any(token.low in EMBEDDING_WORDS for token in tokens[low:high])


def _quoted_predicate(sentence: Sentence, start: int, end: int) -> bool:
    """Is a quotation the predicate of the subject at `start`, before the pronoun at `end`?

    In 'Blinken "expressed concern ...," he said' the quotation follows the subject
    at once: "he" is the one reporting what Blinken did. In 'Ann Lee backs it
    "because it works," as she put it' the subject has a verb of its own first.
    """
    tokens = sentence.tokens
    index = bisect_right(tokens, start, key=_START)
    for token in tokens[index : index + _NEAR]:
        if token.start >= end:
            return False
        if token.is_quote:
            return True
        if token.text.islower():
            return False
    # a long run of capitalised words or punctuation: jump to the next deciding token
    deciding = memo(tokens, "quote_or_lower", _quotes_or_lower)
    at = bisect_left(deciding, index + _NEAR)
    if at == len(deciding) or tokens[deciding[at]].start >= end:
        return False
    return tokens[deciding[at]].is_quote


def _quotes_or_lower(tokens) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.is_quote or t.text.islower()]


_START = itemgetter(1)


_NEAR = 16  # tokens looked at one by one before an index of the sentence is built


def _offset(entry: tuple[int, object]) -> int:
    return entry[0]
