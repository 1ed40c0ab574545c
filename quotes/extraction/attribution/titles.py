"""Quoted words that name a show, a book or a nickname rather than report speech."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from operator import attrgetter

import regex

from ..cues.speaker import Attributed
from ..lexicon import PRONOUNS
from ..lexicon.cue_forms import is_cue_word, is_verb_cue_word
from ..lexicon.cue_words import NAMING_VERBS
from ..lexicon.text_words import SMALL_WORDS
from ..text.layout import Sentence
from ..text.lines import HEADLINE
from ..text.marks import Run
from .helpers import few_words, is_blank

# An author after a title: "'The Art of the Deal,' by Tony Schwartz".
_AUTHOR_AFTER = regex.compile(r"\s*,?\s*by\s+\p{Lu}")


class TitleMixin:
    """Telling titles and nicknames from speech; part of `Attributor`.

    The methods read the attributor's state (text, sentences, caches) through `self`.
    """

    def _nicknamed(self, run: Run, index: int) -> bool:
        """ "he called Rubio 'Little Marco'": a name someone gives, not a title.

        The naming verb has its speaker before it and its object between it and
        the quotation; "a film called 'Tenemos Familias'" has no speaker there.
        """
        index_ = self._index(index)
        if index_ is None:  # cues out of order (a headline's label): look at each
            candidates: Iterator[Attributed] = iter(self.history.cues(index).items)
        else:  # only the naming cues before the quotation, nearest first
            naming = index_.naming
            count = bisect_right(naming, run.open_at, key=_CUE_END)
            candidates = (naming[at] for at in range(count - 1, -1, -1))
        for item in candidates:
            if item.cue.lemma not in NAMING_VERBS or item.cue.end > run.open_at:
                continue
            if not few_words(self.masked, item.cue.end, run.open_at, _NICKNAME_GAP):
                if index_ is None:
                    continue
                break  # a cue further back has at least as many words before the quotation
            so_called = _so_called_before(self.masked, item.mention.start, item.cue.end)
            if item.mention.start < item.cue.start and not so_called:
                return True
        return False

    def _opening_title(self, run: Run, sentence: Sentence) -> bool:
        quoted = self.text[run.start : run.end]
        if not _MIN_TITLE_WORDS <= _words_up_to_most(quoted) <= _MAX_TITLE_WORDS:
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
        return any(item.cue.text == ":" for item in self.history.cues(index).items)

    def _is_title(self, run: Run, sentence: Sentence) -> bool:
        """A short Title-Case quotation inside a sentence names a show, a book or a group.

        A quotation opening its sentence is a statement, unless the sentence goes
        on in lower case without a cue ("'Opening Belle,' which will be in
        bookstores on Tuesday, is ..."): then the quotation is its subject, a title.

        Most quotations are longer than a title: their length is read first, as it
        answers False whatever the words before the quotation say.
        """
        if is_blank(self.masked, sentence.start, run.open_at):
            return self._opening_title(run, sentence)
        quoted = self.text[run.start : run.end]
        count = _words_up_to_most(quoted)
        if not _MIN_TITLE_WORDS <= count <= _MAX_TITLE_WORDS or quoted.rstrip().endswith("!"):
            return False  # "chanting 'Dump Trump!'" is a chant, whatever its capitals
        introduced = _INTRODUCED.search(
            self.masked, max(sentence.start, run.open_at - 30), run.open_at
        )
        spoken = introduced is not None and is_verb_cue_word(introduced.group(1).casefold())
        if spoken and not _so_called_before(self.masked, sentence.start, run.open_at):
            return False  # "by interjecting, 'Only Rosie O'Donnell.'", "He said 'The ...'"
        return _title_case(quoted)

    def _is_owned_title(self, run: Run) -> bool:
        """A Title-Case name after a possessive or "called" ("Fox's 'Hannity'") is a title.

        So is one right after the kind of work it names ("the Syfy movie 'Sharknado 3:
        Oh Hell No!'", "the anti-Trump spot, 'Trumpcare,'") or followed by its author
        ("'The Trumps: Three Generations ...,' by Gwenda Blair"), whatever its length.

        Every quotation asks this, and most follow "said," or a sentence's end: the
        window before it is read once as text (`_window_ends`), and a pattern is
        searched only where the window ends as a match of it must.
        """
        masked, at = self.masked, run.open_at
        work_end, owner_end, named_end = _window_ends(masked[max(0, at - 40) : at])
        work = work_end and _WORK_BEFORE.search(masked, max(0, at - 20), at)
        if work or _author_after(masked, run.close_end):
            quoted = self.text[run.start : run.end].rstrip(",.;: ")
            if _title_case(quoted.rstrip("!?")):
                return True
        if not (
            (owner_end and _OWNER_BEFORE.search(masked, max(0, at - 40), at))
            or (named_end and _NAMED_BEFORE.search(masked, max(0, at - 40), at))
        ):
            return False
        return _title_case(self.text[run.start : run.end])


def _window_ends(window: str) -> tuple[bool, bool, bool]:
    """Could `_WORK_BEFORE`, `_OWNER_BEFORE`, `_NAMED_BEFORE` match at the window's end?

    Each ends in spaces (all of which `str.rstrip` strips), maybe a comma (work,
    named) and "the" (named): what stands before them must be a work word, "’s"
    or "'s", or the "-ed" of every naming verb. A False here is a pattern that
    cannot match there; a True still asks the pattern.
    """
    tail = window.rstrip()
    bare = tail[:-1].rstrip() if tail.endswith(",") else tail
    named = tail[:-3].rstrip() if tail.endswith("the") else tail
    named = named[:-1].rstrip() if named.endswith(",") else named
    return bare.endswith(_WORK_WORDS), tail.endswith(("’s", "'s")), named.endswith("ed")


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
# The work words of `_WORK_BEFORE`, read off the pattern (the letters of its escapes
# aside) so that the two cannot drift apart.
_WORK_WORDS = tuple(w for w in regex.findall(r"[a-z]+", _WORK_BEFORE.pattern) if len(w) > 1)


# After a quotation opening its sentence: a lower-case word (maybe after a comma).
_GOES_ON = regex.compile(r"\s*,?\s*(\p{Ll}+)\b")


# A cue word, then a comma or colon, right before the quotation. Searched backwards
# (REVERSE) from the quotation: forwards, every letter of the 30-character window
# starts a word run that fails at `$` (about 10 µs a search, under 2 µs reversed).
# The word found is the same: the run of letters that ends where the tail begins.
# The other window patterns here stay forwards: reversed, they measured slower.
_INTRODUCED = regex.compile(r"(\p{L}+)\s*[,:]?\s*$", regex.REVERSE)


_SO_CALLED = regex.compile(r"\bso[\s-]called\s*$", regex.IGNORECASE)


_TITLE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'\-.]*")


_MIN_TITLE_WORDS, _MAX_TITLE_WORDS = 2, 6


def _words_up_to_most(quoted: str) -> int:
    """`len(quoted.split())` up to `_MAX_TITLE_WORDS`, and one more for any longer
    quotation: a long one is not split word by word only to be counted."""
    return len(quoted.split(maxsplit=_MAX_TITLE_WORDS))


_NICKNAME_GAP = 4


def _title_case(quoted: str) -> bool:
    """Every word capitalised but the small ones, and no exclamation or question."""
    quoted = quoted.rstrip(",.;: ")
    if not quoted or quoted[-1] in "!?…":
        return False
    found = _TITLE_WORD.findall(quoted)
    return bool(found) and all(
        w[0].isupper() or w[0].isdigit() or w.casefold() in SMALL_WORDS for w in found
    )


_CUE_END = attrgetter("cue.end")


_NON_WS = regex.compile(r"\S")


_NON_WS_BACK = regex.compile(r"\S", regex.REVERSE)


_UPPER = regex.compile(r"\p{Lu}")


_SO_CALLED_LENGTH = len("so called")


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


_LOOK_AHEAD = 8


def _skip_spaces(text: str, at: int) -> int:
    found = _NON_WS.search(text, at)
    return found.start() if found else len(text)


def _author_after(masked: str, at: int) -> bool:
    """`_AUTHOR_AFTER.match(masked, at)`: ", by Tony Schwartz" after a title.

    Spelt out because the pattern's literal "by" makes the regex engine scan
    the rest of the article for it before trying to match at `at`. Every
    quotation asks it, and most are followed by "said" or a new paragraph: when
    the first character `strip()` keeps within a few is neither "," nor "b" (the
    spaces `\\s` skips are all ones `strip()` drops), no search is needed.
    """
    ahead = masked[at : at + _LOOK_AHEAD].lstrip()
    if ahead and ahead[0] not in ",b":
        return False
    at = _skip_spaces(masked, at)
    if masked.startswith(",", at):
        at = _skip_spaces(masked, at + 1)
    if not masked.startswith("by", at):
        return False
    after = _skip_spaces(masked, at + 2)
    return after > at + 2 and _UPPER.match(masked, after, after + 1) is not None
