"""Attributions found around a quotation when its own sentence has no cue for it:
a colon or dash, the next sentence, a signature line, a chant, a speech noun,
the subject's own voice.
"""

from __future__ import annotations

import regex

from ..cues.labels import colon_label, signature_name
from ..cues.nouns import chanters, noun_cue
from ..cues.speaker import Attributed
from ..entities.coref import stands_for_name
from ..entities.registry import Entity
from ..lexicon import SUBORDINATORS
from ..phrases.cue import Cue
from ..phrases.mention import Mention
from ..phrases.mentions import ends_in_full_name
from ..phrases.noun_phrases import make_mention, phrase_back
from ..phrases.subjects import sentence_subject, shift_mention
from ..text.layout import Sentence, token_before
from ..text.lines import BODY
from ..text.marks import Run
from ..types import PERSON
from . import uncued
from .helpers import is_blank, last_solid, word_count
from .indirect import ends_bare


class NearbyMixin:
    """The attribution rules that look around a quotation; part of `Attributor`.

    The methods read the attributor's state (text, sentences, caches) through `self`.
    """

    def voice(self, run: Run, index: int) -> Attributed | None:
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
                word_count(self.text, r) >= uncued.VOICE_WORDS for r in siblings
            )
        least = 1 if self.long_ones[index] else uncued.VOICE_WORDS
        found = uncued.subject_voice(
            self.text, self.masked, run, self.sentences[index], self.history.resolve, least
        )
        if found is not None:
            self.voices[index] = found
        return found

    def introduced(self, run: Run, index: int, sentences):
        """A quote opening its sentence after an attribution with nothing reported.

        The attribution ends in a colon ("He said:") or stops after the cue
        and its adjuncts ("X said in a statement.").
        """
        if index == 0 or not is_blank(self.masked, sentences[index].start, run.open_at):
            return None, 0.0
        previous = sentences[index - 1]
        if previous.line_kind != BODY or sentences[index].paragraph - previous.paragraph > 1:
            return None, 0.0
        items = self.history.cues(index - 1).items
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
        entity = self.history.resolve(mention, previous)
        one_word = mention.first == mention.last
        if entity is None or (one_word and not self._stands(entity, mention)):
            return None
        colon = tokens[-1]
        cue = Cue("say", "say", len(tokens) - 1, len(tokens) - 1, ":", colon.start, colon.end)
        return Attributed(cue, mention, entity, previous)

    def next_sentence(self, run: Run, index: int, sentences):
        """A short next sentence that is only an attribution ("Erdogan said on Monday.")."""
        if index + 1 >= len(sentences):
            return None
        following = sentences[index + 1]
        if following.paragraph != sentences[index].paragraph:
            return None
        tokens = following.tokens
        if len(tokens) > _ATTRIBUTION_SENTENCE_TOKENS or any(t.is_quote for t in tokens):
            return None
        for item in self.history.cues(index + 1).items:
            if min(item.cue.first, item.mention.first) <= 1:
                return item
        return None

    def colon_subject(self, run: Run, sentence: Sentence) -> Attributed | None:
        """ "McConnell delivered a blunt message: 'It's time to quit.'" - the subject speaks.

        A dash introduces the words the same way ("X embraced waterboarding -- 'I think ...'").

        In a "Topic - Name: 'quote'" digest line the name before the colon speaks.
        """
        tokens = sentence.tokens
        colon = token_before(tokens, run.open_at)
        if colon < 1 or tokens[colon].text not in _INTRODUCERS:
            return None
        if tokens[colon].text == "-" and tokens[colon - 1].text != "-":
            return None  # a hyphen; "--" is a dash typed as two
        if word_count(self.text, run) < _COLON_QUOTE_WORDS:
            return None  # "a new title: 'song anthropologist'" - a label, not a statement
        mention = labelled = colon_label(tokens, colon)
        if mention is None and sentence.line_kind == BODY:
            mention = _clause_subject_before(tokens, colon) or sentence_subject(tokens, colon)
        entity = None
        if mention is not None and not _shouted(tokens[mention.first]):
            entity = self.history.resolve(mention, sentence)
        if entity is None and labelled is None and sentence.line_kind == BODY:
            mention, entity = self._name_at_colon(tokens, colon, sentence)
        if mention is None or entity is None:
            return None
        one_word = mention.first == mention.last and labelled is None  # "- HuffPollster:" names
        if entity is None or (one_word and not self._stands(entity, mention)):
            return None  # "Thanks to ...:", "Each election cycle ...:"
        first = colon - 1 if tokens[colon].text == "-" else colon
        start, end = tokens[first].start, tokens[colon].end
        cue = Cue("say", "say", first, colon, self.text[start:end], start, end)
        return Attributed(cue, mention, entity, sentence)

    def _name_at_colon(
        self, tokens, colon: int, sentence: Sentence
    ) -> tuple[Mention | None, Entity | None]:
        """ "... doesn't surprise Republican pollster Daron Shaw: '...'" - the full name
        the colon follows introduces the words, when the subject is nobody."""
        first = phrase_back(tokens, colon - 1, 0)
        if first is None or not ends_in_full_name(tokens, first, colon - 1):
            return None, None
        mention = make_mention(tokens, first, colon - 1)
        entity = self.history.resolve(mention, sentence)
        if entity is None or entity.kind != PERSON:
            return None, None
        return mention, entity

    def chant(self, run: Run, sentence: Sentence) -> Attributed | None:
        """A chant right before the quotation: the crowd's words, not the speaker's.

        Every quotation asks this, so the window is searched only where it may hold
        a chant word (`may_hold_chant_word`).
        """
        if not may_hold_chant_word(self.masked[max(0, run.open_at - 24) : run.open_at]):
            return None
        if not _CHANT_BEFORE.search(self.masked, max(0, run.open_at - 24), run.open_at):
            return None  # checked on the text first: most sentences need no tokens here
        found = chanters(sentence.tokens, token_before(sentence.tokens, run.open_at) + 1)
        if found is None:
            return None
        entity = self.history.resolve(found.mention, sentence)
        if entity is None:
            return None
        return Attributed(found.cue, found.mention, entity, sentence)

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

    def noun_cue(self, run: Run, sentence: Sentence) -> Attributed | None:
        """ "her March comment that, '...'" - the possessor of a speech noun said it."""
        found = noun_cue(sentence.tokens, token_before(sentence.tokens, run.open_at) + 1)
        if found is None:
            return None
        if found.pronoun:
            entity = self.history.resolve_pronoun(found.pronoun, found.mention, sentence)
        else:
            entity = self.history.resolve(found.mention, sentence)
        if entity is None:
            return None
        return Attributed(found.cue, found.mention, entity, sentence)

    def signature(self, run: Run, index: int) -> Attributed | None:
        """A quotation closing its paragraph, signed on the next line: "- Michelle Marks, Ohio."."""
        sentence = self.sentences[index]
        if index + 1 >= len(self.sentences) or not is_blank(
            self.masked, run.close_end, sentence.end
        ):
            return None
        following = self.sentences[index + 1]
        if following.paragraph != sentence.paragraph + 1:
            return None
        tokens = following.tokens
        if len(tokens) < 2 or tokens[0].text not in _SIGNATURE_DASHES:
            return None
        mention = signature_name(tokens)
        if mention is None:
            return None
        first = tokens[0]
        cue = Cue("say", "say", 0, 0, first.text, first.start, first.end)
        entity = self.history.resolve(mention, following)
        return Attributed(cue, mention, entity, following)


_ATTRIBUTION_SENTENCE_TOKENS = 14


_COLON_QUOTE_WORDS = 4


_INTRODUCERS = frozenset({":", "—", "–", "-"})


_SIGNATURE_DASHES = frozenset({"—", "–", "-", "~"})


_CHANT_BEFORE = regex.compile(
    r"\b(?:chants?|cheers?|shouts|cries|refrain)(?:\s+of)?[\s,:]*\S?$", regex.IGNORECASE
)


def may_hold_chant_word(window: str) -> bool:
    """Could `_CHANT_BEFORE` match in the window? Case folded, it must hold a piece of
    one of the pattern's words (pieces without an "i": the pattern, ignoring case,
    takes "İ" for one, which folds to two characters). A test holds the two together."""
    w = window.casefold()
    return "chant" in w or "cheer" in w or "shouts" in w or "cr" in w or "refr" in w


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


def _shouted(token) -> bool:
    """An all-capitals word opens a headline label ("HILLARY CLINTON IS ..."); "A" does not."""
    return len(token.text) > 1 and token.text.isupper()
