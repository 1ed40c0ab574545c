"""Choosing the cue and speaker for each quoted stretch, sentence by sentence.

For a quotation the engine tries the rules of `rules.py` in order: a chant,
the subject of a verb of calling or judging that takes a marked phrase
("Comey called it 'extremely careless'", `labelling.py`), the cue of its own
sentence (an attribution right after it, "..., Erdogan said", then a cue
before it, "Pence warned that ... 'or risk ...'", then one later in the
sentence), an attribution sentence before or after it, a colon,
a signature, a speech noun, the readings of `uncued.py` for a quotation no
cue governs; failing all, the previous speaker (continuation).
Quotations in headlines and captions need a cue in their own line;
subheadings never yield quotes; a short quotation with no cue anywhere near
is a scare quote or a title and is dropped.
"""

from __future__ import annotations

from ..budget import UNLIMITED, Budget
from ..cues.speaker import Attributed
from ..entities.coref import Resolver
from ..text.layout import Sentence
from ..text.lines import BODY, CAPTION, HEADLINE
from ..text.marks import Run
from ..types import DIRECT, PARTIAL
from . import uncued
from .continuation import ContinuationMixin
from .drafts import Draft
from .helpers import CueIndex, first_solid, last_solid, word_count
from .history import AttributionHistory
from .indirect import reported_drafts
from .nearby import NearbyMixin
from .rules import Context, first_attribution
from .sentence_cue import SentenceCueMixin
from .titles import TitleMixin


class Attributor(TitleMixin, SentenceCueMixin, NearbyMixin, ContinuationMixin):
    """Walks the sentences in order and attributes every quotation run.

    What it has read so far (each sentence's cues and subject) is its `history`,
    which it hands to coreference with every mention it resolves.
    """

    history: AttributionHistory  # starts, empty, when `attribute` does

    def __init__(
        self,
        text: str,
        masked: str,
        sentences: list[Sentence],
        hits: list[int],
        resolver: Resolver,
        budget: Budget = UNLIMITED,
    ) -> None:
        self.text = text
        self.budget = budget
        self.masked = masked
        self.sentences = sentences
        self.hits = hits
        self.resolver = resolver
        self.voices: dict[int, Attributed] = {}
        self.long_ones: dict[int, bool] = {}
        self.indexes: dict[int, CueIndex | None] = {}
        self.reported: dict[int, Attributed | None] = {}
        self.first_seen: dict[str, int] = {}
        self.asked: list[tuple[int, int]] | None = None
        self.labelled: dict[tuple[int, int], Attributed] = {}  # labelling.py's cues
        self.by_sentence: list[list[Run]] = []
        self.last: Draft | None = None
        self.last_paragraph = -1

    def attribute(self, runs: list[Run]) -> list[Draft]:
        """Drafts for every run worth reporting, in text order.

        The history starts here, empty, and grows as the sentences are read.
        """
        sentences = self.sentences
        drafts: list[Draft] = []
        by_sentence = self.by_sentence = _runs_by_sentence(sentences, runs)
        self.history = AttributionHistory(
            self.text, self.masked, self.resolver, self.hits, sentences
        )
        for index, sentence in enumerate(sentences):
            self.budget.check("attribution")
            if not by_sentence[index]:
                if sentence.line_kind == BODY:
                    sentence_cues = self.history.cues(index)
                    drafts.extend(reported_drafts(sentence_cues))
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

    def _one(self, run: Run, index: int, sentences) -> Draft | None:
        """The run's draft: the first rule of `RULES` that attributes it, or a continuation."""
        sentence = sentences[index]
        if not self._may_be_speech(run, index, sentence):
            return None
        kind, goes_on = self._form(run, sentence)
        found = first_attribution(Context(self, run, index, sentence))
        rule, source, confidence = found if found is not None else ("", None, 0.0)
        key: object = ("cue", id(source.cue)) if source is not None else ("run", run.open_at)
        if source is None and sentence.line_kind == BODY and goes_on:
            return self._continuation(run, index, kind)
        if source is None:
            return None  # a quotation nobody is said to have said is not reported speech
        return Draft(run.start, run.end, kind, source, confidence, key, run.chain, rule)

    def _may_be_speech(self, run: Run, index: int, sentence: Sentence) -> bool:
        """Subheadings and boilerplate quote nobody; a title or a name is no speech."""
        if sentence.line_kind not in (BODY, HEADLINE, CAPTION):
            return False
        if self._is_owned_title(run) and not self._headline_label(index):
            return False
        titled = sentence.line_kind == BODY and self._is_title(run, sentence)
        return not titled or self._nicknamed(run, index)

    def _form(self, run: Run, sentence: Sentence) -> tuple[str, bool]:
        """The run's kind, and whether it may go on into the next paragraph: a direct
        quotation, or one opening its sentence that is long enough to be the speaker's
        own clause even if the sentence goes on ('"There have been some deniers ..." of
        the evidence, he said.'). Read off the run alone, before any rule is tried."""
        kind, opening = self._kind(run, sentence)
        goes_on = kind == DIRECT or (opening and word_count(self.text, run) >= uncued.VOICE_WORDS)
        return kind, goes_on

    def _kind(self, run: Run, sentence: Sentence) -> tuple[str, bool]:
        """Direct when the quote opens its sentence or follows a colon or an attribution comma;
        and whether it opens its sentence (nothing but spaces before it there)."""
        before = last_solid(self.masked, sentence.start, run.open_at)
        after = first_solid(self.masked, run.close_end, sentence.end)
        first = self.text[run.start]
        if after >= 0 and self.masked[after].isalpha() and self.text[run.end - 1] not in ",.!?…":
            return PARTIAL, before < 0
        if before < 0:
            return DIRECT, True
        mark = self.masked[before]
        if mark == ":" or (mark == "," and (first.isupper() or first.isdigit())):
            return DIRECT, False
        return PARTIAL, False


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
