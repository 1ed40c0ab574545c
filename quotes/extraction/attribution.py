"""Choosing the cue and speaker for each quoted stretch, sentence by sentence.

For a quotation the engine prefers, in order: an attribution right after it
("..., Erdogan said"), a cue before it in the same sentence ("Pence warned
that ... 'or risk ...'"), a cue later in the sentence, a short attribution
sentence right after it, the readings of `uncued.py` for a quotation no cue
governs, and finally the previous speaker (continuation).
Quotations in headlines and captions need a cue in their own line;
subheadings never yield quotes; a short quotation with no cue anywhere near
is a scare quote or a title and is dropped.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice, pairwise
from operator import attrgetter, itemgetter

import regex

from . import uncued
from .budget import UNLIMITED, Budget
from .coref import Resolver, fits, no_history, stands_for_name
from .cues import AS_LEMMAS, CALL, SAY, Cue, cue_positions, is_cue_word, is_verb_cue_word
from .indirect import ends_bare, reported_clause
from .labels import colon_label, signature_name
from .layout import (
    BODY,
    CAPTION,
    HEADLINE,
    SPACE_CHARS,
    Sentence,
    back_over,
    first_solid,
    is_blank,
    last_solid,
    memo,
    token_before,
)
from .lexicon import PRONOUNS, SUBORDINATORS, words
from .marks import Run
from .mentions import Mention, ends_in_full_name, make_mention, phrase_back
from .noun_cues import chanters, noun_cue
from .sentence_cues import Attributed, SentenceCues
from .speakers import Entity
from .subjects import sentence_subject, shift_mention
from .tails import join_attribution_tails
from .types import DIRECT, INDIRECT, PARTIAL, PERSON

# Between a quotation and the attribution right after it: punctuation, or ", as"
# ("the race 'is a dead heat,' as Cruz said on Monday, ...").
_WORD_AFTER = regex.compile(r"\s*(\p{L}+)")
_ADJUNCT_STARTS = frozenset(
    words("on in at during to last this earlier later recently in after before when while")
)
_GAP = regex.compile(r"[\s,;:—–\-]*(?:as\s+)?")
_ASKED = regex.compile(r"\b(?:was|were|is|are|been|being)\s+asked\b", regex.IGNORECASE)
# "CNN's 'State of the Union'", "NBC's 'Today'": a title after a capitalised possessive.
_OWNER_BEFORE = regex.compile(r"\b\p{Lu}[\p{L}.&\-]*[’']s\s*$")
# "a book called 'Women Who Work'", "a film titled 'X'", "a blog, called the 'Feed'".
_NAMED_BEFORE = regex.compile(
    r"\b(?:[Aa]|[Aa]n)\s+[\p{L}\-, ]{1,40}\b(?:called|titled|entitled|named|dubbed)"
    r"\s*,?\s*(?:the\s+)?$"
)
# The kind of work a title names, right before it: "the Syfy movie 'Sharknado 3'".
_WORK_BEFORE = regex.compile(
    r"\b(?:movie|film|show|series|sitcom|drama|documentary|book|memoir|novel|biography|album"
    r"|song|podcast|program|column|newsletter|blog|magazine|sheet|segment|ad|spot|episode"
    r"|essay|comedy|miniseries|musical|opera|poem)\s*,?\s*$"
)
# An author after a title: "'The Art of the Deal,' by Tony Schwartz".
_AUTHOR_AFTER = regex.compile(r"\s*,?\s*by\s+\p{Lu}")
# After a quotation opening its sentence: a lower-case word (maybe after a comma).
_GOES_ON = regex.compile(r"\s*,?\s*(\p{Ll}+)\b")
# A cue word, then a comma or colon, right before the quotation.
_INTRODUCED = regex.compile(r"(\p{L}+)\s*[,:]?\s*$")
_SO_CALLED = regex.compile(r"\bso[\s-]called\s*$", regex.IGNORECASE)
_TITLE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'\-.]*")
_SMALL_TITLE_WORDS = frozenset(
    words("a an the of to in on at for from by with and or but as vs via into over up off")
)
_ATTRIBUTION_SENTENCE_TOKENS = 14
_COLON_QUOTE_WORDS = 4
_COLON_CLAUSE_TOKENS = 3
_CLAUSE_BREAKS = frozenset({",", "-", "—", "–"})  # "Pollsters agree - Carl Bialik: '...'"
_INTRODUCERS = frozenset({":", "—", "–", "-"})
_SIGNATURE_DASHES = frozenset({"—", "–", "-", "~"})
_MIN_TITLE_WORDS, _MAX_TITLE_WORDS = 2, 6
_HISTORY = 8
_PHRASE_WORDS = 3
_NOBODY = frozenset({"you", "we", "us", "i'm"})
_CHANT_BEFORE = regex.compile(
    r"\b(?:chants?|cheers?|shouts|cries|refrain)(?:\s+of)?[\s,:]*\S?$", regex.IGNORECASE
)
# A verdict on someone that the next quotation, standing alone, spells out.
_VERDICTS = frozenset(
    words("praise criticize criticise slam blast hail condemn denounce mock thank applaud laud")
)
_NAMING = frozenset(words("call dub label brand term nickname refer describe"))
_NICKNAME_GAP = 4


@dataclass
class Draft:
    """One quotation (or piece) with its attribution, before it becomes an ExtractedQuote."""

    start: int
    end: int
    kind: str
    source: Attributed | None
    confidence: float
    group_key: object
    chain: int = 0


class Attributor:
    """Walks the sentences in order and attributes every quotation run."""

    def __init__(
        self, text: str, masked: str, resolver: Resolver, budget: Budget = UNLIMITED
    ) -> None:
        self.text = text
        self.budget = budget
        self.masked = masked
        self.resolver = resolver
        resolver.history = self._history
        self.sentences: list[Sentence] = []
        self.cache: dict[int, SentenceCues] = {}
        self.subjects: dict[int, tuple[int, Entity | None, bool]] = {}
        self.voices: dict[int, Attributed] = {}
        self.long_ones: dict[int, bool] = {}
        self.indexes: dict[int, _CueIndex | None] = {}
        self.reported: dict[int, Attributed | None] = {}
        self.first_seen: dict[str, int] = {}
        self.asked: list[tuple[int, int]] | None = None
        self.ordered: dict[int, tuple[Entity, ...]] = {}
        self.fitting: dict[tuple[int, object], int] = {}
        self.alive: dict[tuple[int, object], list] = {}
        self.by_sentence: list[list[Run]] = []
        self.last: Draft | None = None
        self.last_paragraph = -1
        self.hits = cue_positions(masked)

    def cues(self, index: int) -> SentenceCues:
        """The sentence's cues, built on first use (registered before building for history)."""
        if index not in self.cache:
            sentence = self.sentences[index]
            found = self.cache[index] = SentenceCues(sentence)
            low = bisect_left(self.hits, sentence.start)
            high = bisect_left(self.hits, sentence.end, low)
            found.build(self.text, self.masked, self.resolver, self.hits[low:high])
        return self.cache[index]

    def attribute(self, sentences: list[Sentence], runs: list[Run]) -> list[Draft]:
        """Drafts for every run worth reporting, in text order."""
        try:
            return self._attribute(sentences, runs)
        finally:
            # The resolver asks back through a bound method: drop that reference
            # cycle so the article's sentences and tokens are freed at once.
            self.resolver.history = no_history

    def _attribute(self, sentences: list[Sentence], runs: list[Run]) -> list[Draft]:
        sentences = self.sentences = join_attribution_tails(sentences, self.masked, self.hits)
        drafts: list[Draft] = []
        by_sentence = self.by_sentence = _runs_by_sentence(sentences, runs)
        for index, sentence in enumerate(sentences):
            self.budget.check("attribution")
            if not by_sentence[index]:
                if sentence.line_kind == BODY:
                    drafts.extend(_indirect(self.cues(index)))
                continue
            for count, run in enumerate(by_sentence[index], 1):
                if count % 64 == 0:
                    self.budget.check("attribution")
                draft = self._one(run, index, sentences)
                if draft is not None:
                    drafts.append(draft)
                    if draft.source is not None:
                        self.last = draft
                        self.last_paragraph = sentence.paragraph
        return drafts

    def _history(self, sentence: Sentence, before: int, key: tuple[str, str]) -> Entity | None:
        """The newest salient entity before a pronoun that fits it (`key`: its kind, gender).

        In order: speakers of the pronoun's own sentence (newest first), that
        sentence's subject, then the speakers and subject of each of up to eight
        earlier sentences, newest first. An entity that does not fit a pronoun
        never will (see `fits`), so what a search skips once it never reads again:
        a sentence with thousands of attributions is not rescanned per pronoun.
        Earlier sentences are read in the same order as before, on first need,
        since reading one builds its cues.
        """
        current = self.cache.get(sentence.index)
        if current is not None:
            found = self._newest_in_sentence(sentence.index, current.items, before, key)
            if found is not None:
                return found
        if sentence.line_kind == BODY:
            # "Bush went after Trump ..., when he called ...": the subject before the pronoun
            start, entity = self._subject(sentence.index, solid=True)
            if (
                entity is not None
                and 0 <= start < before
                and not _quoted_predicate(sentence, start, before)
                and fits(entity, *key)
            ):
                return entity
        for index in range(sentence.index - 1, max(0, sentence.index - _HISTORY) - 1, -1):
            if self.sentences[index].line_kind != BODY:
                continue
            found = self._first_fitting(index, key)
            if found is not None:
                return found
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
            entries = [(i.mention.start, i.entity) for i in self.cues(index).items]
            entries.append(self._subject(index, solid=True))
            kept: dict[int, Entity] = {}
            for _, entity in sorted((e for e in entries if e[1] is not None), key=_offset)[::-1]:
                kept.setdefault(id(entity), entity)
            ordered = self.ordered[index] = tuple(kept.values())
        position = self.fitting.get((index, key), 0)
        while position < len(ordered) and not fits(ordered[position], *key):
            position += 1
        self.fitting[(index, key)] = position
        return ordered[position] if position < len(ordered) else None

    def _subject(self, index: int, solid: bool = False) -> tuple[int, Entity | None]:
        """Where the sentence's subject starts and who it is.

        With `solid`, a one-word subject counts only when it stands for a longer
        name: "Things ..." or "Nor, he said, ..." opening a sentence names nobody.
        """
        if index not in self.subjects:
            sentence = self.sentences[index]
            subject = sentence_subject(sentence.tokens, len(sentence.tokens))
            entity = None
            if subject is not None and subject.kind != "pronoun":
                entity = self.resolver.resolve(subject, sentence)
            single = subject is not None and entity is not None and subject.first == subject.last
            shaky = single and entity.kind == PERSON and not stands_for_name(entity, subject)
            self.subjects[index] = (subject.start if subject else -1, entity, shaky)
        start, entity, shaky = self.subjects[index]
        return start, None if solid and shaky else entity

    def _one(self, run: Run, index: int, sentences) -> Draft | None:
        sentence = sentences[index]
        if sentence.line_kind not in (BODY, HEADLINE, CAPTION):
            return None
        if self._is_owned_title(run) and not self._headline_label(index):
            return None
        titled = sentence.line_kind == BODY and self._is_title(run, sentence)
        if titled and not self._nicknamed(run, index):
            return None
        source, confidence = self._chant(run, sentence)
        if source is None:
            source, confidence = self._choose(run, self.cues(index))
        if source is None and sentence.line_kind == BODY:
            source, confidence = self._introduced(run, index, sentences)
        if source is None and sentence.line_kind == BODY:
            source, confidence = self._next_sentence(run, index, sentences)
        if source is None and sentence.line_kind in (BODY, CAPTION):
            source, confidence = self._colon_subject(run, sentence)
        if source is None and sentence.line_kind == BODY:
            source, confidence = self._signature(run, index)
        if source is None and sentence.line_kind == BODY:
            source, confidence = self._noun_cue(run, sentence)
        if source is None and sentence.line_kind == BODY:
            source, confidence = self._voice(run, index), uncued.SUBJECT_CONFIDENCE
        if source is None and sentence.line_kind == BODY:
            source = uncued.tail(self.text, run, sentence, self.resolver)
            confidence = uncued.TAIL_CONFIDENCE
        if source is not None and self._addressee(source):
            source = None  # "you tell them, '...'": the words of nobody in the story
        kind = self._kind(run, sentence)
        key: object = ("cue", id(source.cue)) if source is not None else ("run", run.open_at)
        goes_on = kind == DIRECT or self._opens(run, sentence)
        if source is None and sentence.line_kind == BODY and goes_on:
            return self._continuation(run, index, kind)
        if source is None:
            return None  # a quotation nobody is said to have said is not reported speech
        return Draft(run.start, run.end, kind, source, confidence, key, run.chain)

    def _voice(self, run: Run, index: int) -> Attributed | None:
        """The subject's words, one attribution for every quotation of the sentence.

        'she vented that it would be "incredibly ugly," "a huge shock" and "a fight
        from start to finish."' - once one quotation is clause-long, the short ones
        beside it are the same subject's words, in the same group.
        """
        if index in self.voices:
            return self.voices[index]
        if index not in self.long_ones:  # once per sentence, not once per quotation
            siblings = self.by_sentence[index]
            self.long_ones[index] = any(
                _words(self.text, r) >= uncued.VOICE_WORDS for r in siblings
            )
        least = 1 if self.long_ones[index] else uncued.VOICE_WORDS
        found = uncued.subject_voice(
            self.text, self.masked, run, self.sentences[index], self.resolver, least
        )
        if found is not None:
            self.voices[index] = found
        return found

    def _addressee(self, source: Attributed) -> bool:
        """An unresolved "you", "we" or "I'm" is the reader or the writer, not a speaker."""
        mention = self.text[source.mention.start : source.mention.end].casefold()
        return source.entity is None and mention.replace("’", "'") in _NOBODY

    def _opens(self, run: Run, sentence: Sentence) -> bool:
        """'"There have been some deniers ..." of the evidence, he said.': a quotation
        opening its sentence is the speaker's own clause even if the sentence goes on."""
        opening = is_blank(self.masked, sentence.start, run.open_at)
        return opening and _words(self.text, run) >= uncued.VOICE_WORDS

    def _nicknamed(self, run: Run, index: int) -> bool:
        """ "he called Rubio 'Little Marco'": a name someone gives, not a title.

        The naming verb has its speaker before it and its object between it and
        the quotation; "a film called 'Tenemos Familias'" has no speaker there.
        """
        index_ = self._index(index)
        if index_ is None:  # cues out of order (a headline's label): look at each
            candidates: Iterator[Attributed] = iter(self.cues(index).items)
        else:  # only the naming cues before the quotation, nearest first
            naming = index_.naming
            count = bisect_right(naming, run.open_at, key=_CUE_END)
            candidates = (naming[at] for at in range(count - 1, -1, -1))
        for item in candidates:
            if item.cue.lemma not in _NAMING or item.cue.end > run.open_at:
                continue
            if not _few_words(self.masked, item.cue.end, run.open_at, _NICKNAME_GAP):
                if index_ is None:
                    continue
                break  # a cue further back has at least as many words before the quotation
            so_called = _so_called_before(self.masked, item.mention.start, item.cue.end)
            if item.mention.start < item.cue.start and not so_called:
                return True
        return False

    def _opening_title(self, run: Run, sentence: Sentence) -> bool:
        quoted = self.text[run.start : run.end]
        if not _MIN_TITLE_WORDS <= len(quoted.split()) <= _MAX_TITLE_WORDS:
            return False
        if quoted.rstrip().endswith(("!", "?")) or not _title_case(quoted):
            return False
        rest = _GOES_ON.match(self.masked, run.close_end, sentence.end)
        if rest is None:
            return False
        word = rest.group(1).casefold()
        return not is_cue_word(word) and word not in PRONOUNS  # '"...," he declared'

    def _headline_label(self, index: int) -> bool:
        """ "Graham: Trump's 'Incredibly Hateful Rhetoric' ...": the named speaker is quoted.

        Every headline word is capitalised, so a possessive before Title-Case words
        says nothing about a title there.
        """
        if self.sentences[index].line_kind != HEADLINE:
            return False
        return any(item.cue.text == ":" for item in self.cues(index).items)

    def _is_title(self, run: Run, sentence: Sentence) -> bool:
        """A short Title-Case quotation inside a sentence names a show, a book or a group.

        A quotation opening its sentence is a statement, unless the sentence goes
        on in lower case without a cue ("'Opening Belle,' which will be in
        bookstores on Tuesday, is ..."): then the quotation is its subject, a title.
        """
        if is_blank(self.masked, sentence.start, run.open_at):
            return self._opening_title(run, sentence)
        introduced = _INTRODUCED.search(
            self.masked, max(sentence.start, run.open_at - 30), run.open_at
        )
        spoken = introduced is not None and is_verb_cue_word(introduced.group(1).casefold())
        if spoken and not _so_called_before(self.masked, sentence.start, run.open_at):
            return False  # "by interjecting, 'Only Rosie O'Donnell.'", "He said 'The ...'"
        quoted = self.text[run.start : run.end]
        words = quoted.split()
        if not _MIN_TITLE_WORDS <= len(words) <= _MAX_TITLE_WORDS or quoted.rstrip().endswith("!"):
            return False  # "chanting 'Dump Trump!'" is a chant, whatever its capitals
        return _title_case(quoted)

    def _is_owned_title(self, run: Run) -> bool:
        """A Title-Case name after a possessive or "called" ("Fox's 'Hannity'") is a title.

        So is one right after the kind of work it names ("the Syfy movie 'Sharknado 3:
        Oh Hell No!'", "the anti-Trump spot, 'Trumpcare,'") or followed by its author
        ("'The Trumps: Three Generations ...,' by Gwenda Blair"), whatever its length.
        """
        quoted = self.text[run.start : run.end].rstrip(",.;: ")
        work = _WORK_BEFORE.search(self.masked, max(0, run.open_at - 20), run.open_at)
        if (work or _author_after(self.masked, run.close_end)) and _title_case(quoted.rstrip("!?")):
            return True
        window = max(0, run.open_at - 40)
        if not (
            _OWNER_BEFORE.search(self.masked, window, run.open_at)
            or _NAMED_BEFORE.search(self.masked, window, run.open_at)
        ):
            return False
        return _title_case(self.text[run.start : run.end])

    def _choose(self, run: Run, sentence_cues: SentenceCues) -> tuple[Attributed | None, float]:
        """The cue in the quote's own sentence that governs it, with a confidence.

        The cues of a sentence are in text order, so those before the quotation
        are a prefix of them and those that may follow it at once are found by
        binary search: a sentence with thousands of cues and quotations is not
        rescanned per quotation.
        """
        index = self._index(sentence_cues.sentence.index)
        if index is None or index.cues is not sentence_cues:
            return self._choose_scan(run, sentence_cues)
        items = sentence_cues.items
        count = bisect_right(index.ends, run.open_at)  # items[:count] end before the quote
        if count and _fronted_participle_quoting(items[0], run, self.masked):
            return items[0], 0.9  # "Recalling '...,' the statement urged ...": recalled
        for item in index.right_after(run, self.masked):
            if count and item.cue.group == CALL and item.cue.lemma not in _NAMING:
                continue  # 'said he would "protect ...," the crowd applauded': a reaction
            if item.cue.start >= run.close_end and not _opens_next_clause(item, run, count):
                begin = item.cue.start
                if item.mention.start >= run.close_end:
                    begin = min(begin, item.mention.start)
                gap = _GAP.fullmatch(self.masked, run.close_end, begin)
                if gap and (not gap.group().endswith(("as ", "as")) or self._bare_as(item)):
                    return item, 0.95
        if count and uncued.AS_BEFORE.search(self.masked[max(0, run.open_at - 8) : run.open_at]):
            at = bisect_left(index.as_cues, count) - 1
            if at >= 0:
                return items[index.as_cues[at]], 0.8
        if count:
            nearest = self._outside_subordinate(items, count, sentence_cues.sentence, run.open_at)
            return self._nearest_before(run, nearest, sentence_cues.sentence)
        after = bisect_left(index.starts, run.close_end)
        if after == len(items):
            return None, 0.0
        first = items[after]
        opens = is_blank(self.masked, first.sentence.start, run.open_at)
        if not opens and not _closes_sentence(first, run):
            return None, 0.0  # "through this 'night vision' I began ... and read": no claim
        return first, 0.8

    def _choose_scan(
        self, run: Run, sentence_cues: SentenceCues
    ) -> tuple[Attributed | None, float]:
        """`_choose` for cues out of text order (a headline's label cue comes first).

        The same rules, read off the whole list of cues: a headline has a few words.
        """
        items = sentence_cues.items
        before = [i for i in items if i.cue.end <= run.open_at]
        if before and _fronted_participle_quoting(before[0], run, self.masked):
            return before[0], 0.9
        for item in items:
            if before and item.cue.group == CALL and item.cue.lemma not in _NAMING:
                continue
            if item.cue.start >= run.close_end and not _opens_next_clause(item, run, len(before)):
                begin = item.cue.start
                if item.mention.start >= run.close_end:
                    begin = min(begin, item.mention.start)
                gap = _GAP.fullmatch(self.masked, run.close_end, begin)
                if gap and (not gap.group().endswith(("as ", "as")) or self._bare_as(item)):
                    return item, 0.95
        if before and uncued.AS_BEFORE.search(self.masked[max(0, run.open_at - 8) : run.open_at]):
            for item in reversed(before):
                if item.cue.lemma in AS_LEMMAS:
                    return item, 0.8
        if before:
            nearest = self._outside_subordinate(
                before, len(before), sentence_cues.sentence, run.open_at
            )
            return self._nearest_before(run, nearest, sentence_cues.sentence)
        after = [i for i in items if i.cue.start >= run.close_end]
        if not after:
            return None, 0.0
        first = after[0]
        opens = is_blank(self.masked, first.sentence.start, run.open_at)
        if not opens and not _closes_sentence(first, run):
            return None, 0.0
        return first, 0.8

    def _index(self, index: int) -> _CueIndex | None:
        """Binary-search tables of a sentence's cues; None when they are not in text order."""
        if index not in self.indexes:
            self.indexes[index] = _CueIndex.of(self.cues(index))
        return self.indexes[index]

    def _outside_subordinate(
        self, items: list[Attributed], count: int, sentence: Sentence, quote_at: int
    ) -> Attributed:
        """The cue governing a quote after "X said that when Y railed against ..., '...'".

        `items[:count]` are the cues before the quotation. A cue inside a clause
        opened by "when" or "because" and closed by a comma before the quotation
        belongs to that clause; the cue before it governs.
        """
        tokens = sentence.tokens
        last = items[count - 1]
        if count < 2 or last.mention.first == 0:
            return last
        previous = items[count - 2]
        if last.cue.lemma == "according":
            return previous  # "X said that according to its analysis, '...'": X still speaks
        if previous.cue.group == SAY and _after_modal(tokens, last.cue.first):
            return previous  # "She said she would ask him to lead a 'cancer moonshot'": she said it
        if last.cue.group == CALL and _reports_clause(previous, last, tokens):
            return previous  # "she claimed that Comey had characterized as 'truthful' ..."
        opener = tokens[last.mention.first - 1].low
        # closed by a comma after some words of its own, not the comma that introduces the quote
        commas = memo(tokens, "commas", _commas)
        at = bisect_left(commas, last.cue.last + 2)
        closed = at < len(commas) and tokens[commas[at]].start < quote_at
        return previous if opener in SUBORDINATORS and closed else last

    def _bare_as(self, item: Attributed) -> bool:
        """ "..., as Cruz said on Monday," reports; "... as Putin urges more ties" does not.

        After "as" the cue stands without an object of its own ("told"'s
        addressee aside); otherwise "as" means "while".
        """
        if item.cue.lemma == "tell":
            return True
        after = _WORD_AFTER.match(self.masked, item.cue.end)
        return after is None or after.group(1).casefold() in _ADJUNCT_STARTS

    def _introduced(self, run: Run, index: int, sentences):
        """A quote opening its sentence after an attribution with nothing reported.

        The attribution ends in a colon ("He said:") or stops after the cue
        and its adjuncts ("X said in a statement.").
        """
        if index == 0 or not is_blank(self.masked, sentences[index].start, run.open_at):
            return None, 0.0
        previous = sentences[index - 1]
        if previous.line_kind != BODY or sentences[index].paragraph - previous.paragraph > 1:
            return None, 0.0
        items = self.cues(index - 1).items
        end = last_solid(self.masked, previous.start, previous.end)
        colon = end >= 0 and self.masked[end] == ":"
        if not items:
            return (self._colon_paragraph(previous), 0.7) if colon else (None, 0.0)
        if colon:
            return items[-1], 0.85
        last = items[-1]
        if last.mention.first < last.cue.first and ends_bare(previous, last.cue, last.mention):
            return last, 0.75
        return None, 0.0

    def _colon_paragraph(self, previous: Sentence) -> Attributed | None:
        """ "President Clinton released the following statement:" - its subject speaks next."""
        tokens = previous.tokens
        if len(tokens) < 2 or tokens[-1].text != ":":
            return None
        mention = sentence_subject(tokens, len(tokens) - 1)
        if mention is None or _shouted(tokens[mention.first]):
            return None
        entity = self.resolver.resolve(mention, previous)
        one_word = mention.first == mention.last
        if entity is None or (one_word and not self._stands(entity, mention)):
            return None
        colon = tokens[-1]
        cue = Cue("say", "say", len(tokens) - 1, len(tokens) - 1, ":", colon.start, colon.end)
        return Attributed(cue, mention, entity, previous)

    def _next_sentence(self, run: Run, index: int, sentences):
        """A short next sentence that is only an attribution ("Erdogan said on Monday.")."""
        if index + 1 >= len(sentences):
            return None, 0.0
        following = sentences[index + 1]
        if following.paragraph != sentences[index].paragraph:
            return None, 0.0
        tokens = following.tokens
        if len(tokens) > _ATTRIBUTION_SENTENCE_TOKENS or any(t.is_quote for t in tokens):
            return None, 0.0
        for item in self.cues(index + 1).items:
            if min(item.cue.first, item.mention.first) <= 1:
                return item, 0.75
        return None, 0.0

    def _nearest_before(self, run: Run, item: Attributed, sentence: Sentence):
        """The last cue before the quote, unless a new clause ends in a colon between them.

        In "When Trump suggested ..., Rubio fired back: 'If they sue us ...'" the
        quotation is Rubio's: the cue sits in a clause of its own before the colon.
        """
        tokens = sentence.tokens
        colon = token_before(tokens, run.open_at)
        far = colon - max(item.cue.last, item.mention.last) > _COLON_CLAUSE_TOKENS
        if far and _any_between(memo(tokens, "breaks", _clause_breaks), item.cue.last, colon):
            found, confidence = self._colon_subject(run, sentence)
            if found is not None and found.entity is not item.entity:
                return found, confidence
        return item, 0.85

    def _colon_subject(self, run: Run, sentence: Sentence) -> tuple[Attributed | None, float]:
        """ "McConnell delivered a blunt message: 'It's time to quit.'" - the subject speaks.

        A dash introduces the words the same way ("X embraced waterboarding -- 'I think ...'").

        In a "Topic - Name: 'quote'" digest line the name before the colon speaks.
        """
        tokens = sentence.tokens
        colon = token_before(tokens, run.open_at)
        if colon < 1 or tokens[colon].text not in _INTRODUCERS:
            return None, 0.0
        if tokens[colon].text == "-" and tokens[colon - 1].text != "-":
            return None, 0.0  # a hyphen; "--" is a dash typed as two
        if _words(self.text, run) < _COLON_QUOTE_WORDS:
            return None, 0.0  # "a new title: 'song anthropologist'" - a label, not a statement
        mention = labelled = colon_label(tokens, colon)
        if mention is None and sentence.line_kind == BODY:
            mention = _clause_subject_before(tokens, colon) or sentence_subject(tokens, colon)
        entity = None
        if mention is not None and not _shouted(tokens[mention.first]):
            entity = self.resolver.resolve(mention, sentence)
        if entity is None and labelled is None and sentence.line_kind == BODY:
            mention, entity = self._name_at_colon(tokens, colon, sentence)
        if mention is None or entity is None:
            return None, 0.0
        one_word = mention.first == mention.last and labelled is None  # "- HuffPollster:" names
        if entity is None or (one_word and not self._stands(entity, mention)):
            return None, 0.0  # "Thanks to ...:", "Each election cycle ...:"
        first = colon - 1 if tokens[colon].text == "-" else colon
        start, end = tokens[first].start, tokens[colon].end
        cue = Cue("say", "say", first, colon, self.text[start:end], start, end)
        return Attributed(cue, mention, entity, sentence), 0.7

    def _name_at_colon(
        self, tokens, colon: int, sentence: Sentence
    ) -> tuple[Mention | None, Entity | None]:
        """ "... doesn't surprise Republican pollster Daron Shaw: '...'" - the full name
        the colon follows introduces the words, when the subject is nobody."""
        first = phrase_back(tokens, colon - 1, 0)
        if first is None or not ends_in_full_name(tokens, first, colon - 1):
            return None, None
        mention = make_mention(tokens, first, colon - 1)
        entity = self.resolver.resolve(mention, sentence)
        if entity is None or entity.kind != PERSON:
            return None, None
        return mention, entity

    def _chant(self, run: Run, sentence: Sentence) -> tuple[Attributed | None, float]:
        """A chant right before the quotation: the crowd's words, not the speaker's."""
        if not _CHANT_BEFORE.search(self.masked, max(0, run.open_at - 24), run.open_at):
            return None, 0.0  # checked on the text first: most sentences need no tokens here
        found = chanters(sentence.tokens, token_before(sentence.tokens, run.open_at) + 1)
        if found is None:
            return None, 0.0
        entity = self.resolver.resolve(found.mention, sentence)
        if entity is None:
            return None, 0.0
        return Attributed(found.cue, found.mention, entity, sentence), 0.7

    def _stands(self, entity: Entity, mention: Mention) -> bool:
        """A one-word subject names someone when it stands for a longer name, or for a person
        the article already named that way ("when Trump mentioned ..." before "Trump boomed:
        '...'"); "Thanks to ...:" names nobody."""
        if stands_for_name(entity, mention):
            return True
        if entity.kind != PERSON:
            return False
        word = self.text[mention.start : mention.end]
        first = self.first_seen.get(word)
        if first is None:  # where the word first occurs, found once per word
            first = self.first_seen[word] = self.text.find(word)
        return first >= 0 and first + len(word) <= mention.start

    def _noun_cue(self, run: Run, sentence: Sentence) -> tuple[Attributed | None, float]:
        """ "her March comment that, '...'" - the possessor of a speech noun said it."""
        found = noun_cue(sentence.tokens, token_before(sentence.tokens, run.open_at) + 1)
        if found is None:
            return None, 0.0
        if found.pronoun:
            entity = self.resolver.resolve_pronoun(found.pronoun, found.mention, sentence)
        else:
            entity = self.resolver.resolve(found.mention, sentence)
        if entity is None:
            return None, 0.0
        return Attributed(found.cue, found.mention, entity, sentence), 0.6

    def _signature(self, run: Run, index: int) -> tuple[Attributed | None, float]:
        """A quotation closing its paragraph, signed on the next line: "- Michelle Marks, Ohio."."""
        sentence = self.sentences[index]
        if index + 1 >= len(self.sentences) or not is_blank(
            self.masked, run.close_end, sentence.end
        ):
            return None, 0.0
        following = self.sentences[index + 1]
        if following.paragraph != sentence.paragraph + 1:
            return None, 0.0
        tokens = following.tokens
        if len(tokens) < 2 or tokens[0].text not in _SIGNATURE_DASHES:
            return None, 0.0
        mention = signature_name(tokens)
        if mention is None:
            return None, 0.0
        first = tokens[0]
        cue = Cue("say", "say", 0, 0, first.text, first.start, first.end)
        entity = self.resolver.resolve(mention, following)
        return Attributed(cue, mention, entity, following), 0.7

    def _continuation(self, run: Run, index: int, kind: str) -> Draft | None:
        """A cue-less full-sentence quote continues the previous speaker's quote.

        The speaker of a reported clause right before it counts too ("..., saying
        the campaign lied." then "'I am so sick of it.'").
        """
        sentence = self.sentences[index]
        if self._asked_between(sentence.start, run.open_at):
            return None  # 'Trump was asked, "What ...?"': the question is not his
        reported = self._reported_before(index)
        if reported is not None:
            key = ("run", run.open_at)
            return Draft(run.start, run.end, kind, reported, 0.6, key, run.chain)
        last = self.last
        if last is None or sentence.paragraph - self.last_paragraph > 1:
            return None  # nobody to attribute it to: a transcript, a sign, a block quote
        same_paragraph = sentence.paragraph == self.last_paragraph
        joins = same_paragraph or self._goes_on(last)
        key = last.group_key if joins else ("run", run.open_at)
        confidence = 0.75 if same_paragraph else 0.65
        return Draft(run.start, run.end, kind, last.source, confidence, key, run.chain)

    def _asked_between(self, start: int, end: int) -> bool:
        """`_ASKED.search(masked, start, end)`, with the article's matches listed once.

        `end` is an opening quotation mark, so no match is cut off there.
        """
        if self.asked is None:
            self.asked = [m.span() for m in _ASKED.finditer(self.masked)]
        at = bisect_left(self.asked, (start, -1))
        return at < len(self.asked) and self.asked[at][1] <= end

    def _goes_on(self, last: Draft) -> bool:
        """Can a quotation in the next paragraph be more of the `last` one?

        A direct quotation, or a clause-long one its attribution follows ('leaders "who
        understand ...," Clinton said.'), goes on; after a phrase woven into reported
        speech ("has 'no idea' if ...", "a 'sociopath,' he said") a new one starts.
        """
        if last.kind == DIRECT:
            return True
        attributed_after = last.source is not None and last.source.cue.start >= last.end
        return attributed_after and not _few_words(self.text, last.start, last.end, _PHRASE_WORDS)

    def _reported_before(self, index: int) -> Attributed | None:
        """The speaker of the previous sentence when it reports speech without quoting it."""
        if index == 0:
            return None
        previous = self.sentences[index - 1]
        if previous.line_kind != BODY or self.sentences[index].paragraph - previous.paragraph > 1:
            return None
        if self.last is not None and self.last.end > previous.start:
            return None  # the previous sentence holds a quotation: its speaker goes on
        if index not in self.reported:  # the same for every quotation of the sentence
            self.reported[index] = self._reporting(previous, self.cues(index - 1).items)
        return self.reported[index]

    @staticmethod
    def _reporting(previous: Sentence, items: list[Attributed]) -> Attributed | None:
        """The speaker a sentence that reports speech without quoting it hands on."""
        if not items or previous.quote_starts:
            return None
        # "Carter said that critics had been predicting ...": the main clause's speaker
        # goes on, not the critics; a role phrase alone is no one person talking.
        for item in items:
            if item.mention.kind == "role" or item.entity is None:
                continue
            if reported_clause(previous, item.cue, item.mention):
                return item
            if item.cue.lemma in _VERDICTS and item.mention.first <= item.cue.first:
                return item  # "Valastro praised Christie's leadership." then "'We need ...'"
        return None

    def _kind(self, run: Run, sentence: Sentence) -> str:
        """Direct when the quote opens its sentence or follows a colon or an attribution comma."""
        before = last_solid(self.masked, sentence.start, run.open_at)
        after = first_solid(self.masked, run.close_end, sentence.end)
        first = self.text[run.start]
        if after >= 0 and self.masked[after].isalpha() and self.text[run.end - 1] not in ",.!?…":
            return PARTIAL
        if before < 0:
            return DIRECT
        mark = self.masked[before]
        if mark == ":" or (mark == "," and (first.isupper() or first.isdigit())):
            return DIRECT
        return PARTIAL


def _fronted_participle_quoting(item: Attributed, run: Run, masked: str) -> bool:
    """A participle opening the sentence with the quotation as its object: "Citing '...'"."""
    return (
        item.cue.first == 0
        and item.cue.is_participle
        and is_blank(masked, item.cue.end, run.open_at)
    )


def _reports_clause(outer: Attributed, inner: Attributed, tokens) -> bool:
    """Does the inner cue sit in a "that" clause the outer speech cue reports?"""
    if outer.cue.group != SAY or outer.entity is inner.entity:
        return False
    if inner.mention.first - outer.cue.last - 1 > 2:
        return False  # more than two words between: no slice of the sentence is needed
    between = tokens[outer.cue.last + 1 : inner.mention.first]
    return len(between) <= 2 and any(t.low == "that" for t in between)


def _clause_subject_before(tokens, colon: int) -> Mention | None:
    """ "The crowd reprised the chant as Reyes leaned in and boomed: '...'" - the subject of
    the clause the colon ends, when a subordinating word opens that clause."""
    for index in range(colon - 1, 0, -1):
        if tokens[index].is_quote or tokens[index].text == ",":
            return None  # "Ever since she endorsed X, Warren ...: '...'": the main clause's
        if tokens[index].low in SUBORDINATORS or tokens[index].low == "as":
            found = sentence_subject(tokens[index + 1 : colon], colon - index - 1)
            if found is None or found.first != 0 or found.kind not in ("name", "pronoun"):
                return None
            return shift_mention(found, index + 1)
    return None


def _after_modal(tokens, index: int) -> bool:
    """ "would ask", "could well say": a cue after a modal is speech not yet made."""
    index = back_over(tokens, "-ly words", _ly_word, index - 1) - 1
    return index >= 0 and tokens[index].low in _MODALS


def _ly_word(token) -> bool:
    return token.low.endswith("ly") and token.text.isalpha()


_MODALS = frozenset(words("would could should might must may will can"))


def _opens_next_clause(item: Attributed, run: Run, before: int) -> bool:
    """ "X called the idea a 'ridiculous proposition,' adding that ...": the participle
    after a partial quotation opens the next clause; the cue before governs the quote.

    `before` is how many cues come before the quotation.
    """
    return bool(before) and item.cue.is_participle and item.mention.start < run.open_at


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


_TAIL_OPENERS = frozenset({",", "—", "–", "--"})


def _closes_sentence(item: Attributed, run: Run) -> bool:
    """ "..., Wilcox said." - an attribution set off by a comma or a dash after the quotation."""
    if item.mention.start < run.close_end:
        return False
    tokens = item.sentence.tokens
    first = min(item.cue.first, item.mention.first)
    return first > 0 and (tokens[first - 1].text in _TAIL_OPENERS or tokens[first - 1].is_quote)


def _shouted(token) -> bool:
    """An all-capitals word opens a headline label ("HILLARY CLINTON IS ..."); "A" does not."""
    return len(token.text) > 1 and token.text.isupper()


def _title_case(quoted: str) -> bool:
    """Every word capitalised but the small ones, and no exclamation or question."""
    quoted = quoted.rstrip(",.;: ")
    if not quoted or quoted[-1] in "!?…":
        return False
    found = _TITLE_WORD.findall(quoted)
    return bool(found) and all(
        w[0].isupper() or w[0].isdigit() or w.casefold() in _SMALL_TITLE_WORDS for w in found
    )


def _offset(entry: tuple[int, object]) -> int:
    return entry[0]


def _indirect(sentence_cues: SentenceCues) -> list[Draft]:
    """Reported clauses of the speech cues in a sentence without quotation marks."""
    drafts: list[Draft] = []
    for item in sentence_cues.items:
        span = reported_clause(sentence_cues.sentence, item.cue, item.mention)
        if span is None or any(d.start < span[1] and span[0] < d.end for d in drafts):
            continue
        drafts.append(Draft(span[0], span[1], INDIRECT, item, 0.7, ("cue", id(item.cue))))
    return drafts


def _words(text: str, run: Run) -> int:
    return len(text[run.start : run.end].split())


def _runs_by_sentence(sentences: list[Sentence], runs: list[Run]) -> list[list[Run]]:
    """Assign each run to the sentence holding its opening mark."""
    buckets: list[list[Run]] = [[] for _ in sentences]
    position = 0
    for run in sorted(runs, key=lambda r: r.open_at):
        while position < len(sentences) and sentences[position].end <= run.open_at:
            position += 1
        if position < len(sentences) and sentences[position].start <= run.open_at:
            buckets[position].append(run)
    return buckets


def _commas(tokens) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.text == ","]


def _clause_breaks(tokens) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.text in _CLAUSE_BREAKS]


_CUE_END = attrgetter("cue.end")
# Characters `str.split` and `strip` take for spaces (see layout), and their complement.
_NOT_SPACE = f"[^{regex.escape(SPACE_CHARS)}]"
_WORD_RUN = regex.compile(_NOT_SPACE + "+")
_NON_WS = regex.compile(r"\S")
_NON_WS_BACK = regex.compile(r"\S", regex.REVERSE)
_UPPER = regex.compile(r"\p{Lu}")
_SO_CALLED_LENGTH = len("so called")


def _few_words(text: str, start: int, end: int, most: int) -> bool:
    """`len(text[start:end].split()) <= most`, reading no further than word `most + 1`."""
    words = _WORD_RUN.finditer(text, start, end)
    return next(islice(words, most, None), None) is None


def _so_called_before(masked: str, start: int, end: int) -> bool:
    """Does masked[start:end] end in "so called" (`_SO_CALLED`), trailing spaces aside?

    Such a match can only end where the last non-space character does, so only
    that place is tried: searching the whole stretch for every quotation of a
    long sentence would be quadratic.
    """
    last = _NON_WS_BACK.search(masked, start, end) if start < end else None
    if last is None:
        return False
    at = last.end() - _SO_CALLED_LENGTH
    return at >= start and _SO_CALLED.match(masked, at, end) is not None


def _skip_spaces(text: str, at: int) -> int:
    found = _NON_WS.search(text, at)
    return found.start() if found else len(text)


def _author_after(masked: str, at: int) -> bool:
    """`_AUTHOR_AFTER.match(masked, at)`: ", by Tony Schwartz" after a title.

    Spelt out because the pattern's literal "by" makes the regex engine scan
    the rest of the article for it before trying to match at `at`.
    """
    at = _skip_spaces(masked, at)
    if masked.startswith(",", at):
        at = _skip_spaces(masked, at + 1)
    if not masked.startswith("by", at):
        return False
    after = _skip_spaces(masked, at + 2)
    return after > at + 2 and _UPPER.match(masked, after, after + 1) is not None


@dataclass
class _CueIndex:
    """A sentence's cues (in text order) laid out for binary search by offset."""

    cues: SentenceCues
    ends: list[int]  # cue ends, in order
    starts: list[int]  # cue starts, in order
    mention_starts: list[int]  # mention starts, sorted ...
    mention_items: list[int]  # ... and the position of each one's cue
    as_cues: list[int]  # positions of the cues that take "as 'X'"
    naming: list[Attributed]  # the cues that may name someone, in order

    @classmethod
    def of(cls, cues: SentenceCues) -> _CueIndex | None:
        items = cues.items
        ends = [i.cue.end for i in items]
        starts = [i.cue.start for i in items]
        if any(a > b for a, b in pairwise(ends)) or any(a > b for a, b in pairwise(starts)):
            return None
        mentions = sorted((item.mention.start, at) for at, item in enumerate(items))
        return cls(
            cues,
            ends,
            starts,
            [start for start, _ in mentions],
            [at for _, at in mentions],
            [at for at, item in enumerate(items) if item.cue.lemma in AS_LEMMAS],
            [item for item in items if item.cue.lemma in _NAMING],
        )

    def right_after(self, run: Run, masked: str) -> list[Attributed]:
        """The cues that may follow the quotation with only a `_GAP` between, in order.

        The gap is punctuation and spaces, maybe with "as": an attribution whose
        cue or speaker starts further on cannot be one.
        """
        limit = _GAP.match(masked, run.close_end).end()
        low = bisect_left(self.starts, run.close_end)
        positions = set(range(low, bisect_right(self.starts, limit, low)))
        first = bisect_left(self.mention_starts, run.close_end)
        last = bisect_right(self.mention_starts, limit, first)
        for at in self.mention_items[first:last]:
            if self.starts[at] >= run.close_end:
                positions.add(at)
        items = self.cues.items
        return [items[at] for at in sorted(positions)]


def _any_between(indexes: list[int], low: int, high: int) -> bool:
    """Is one of the sorted `indexes` in range(low, high)?"""
    at = bisect_left(indexes, low)
    return at < len(indexes) and indexes[at] < high
