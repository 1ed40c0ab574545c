"""Scoring extraction against gold annotations in the PolNeAR JSON Lines format.

Three measures, all over direct and partial quotes (gold kinds "direct" and
"mixed"); a gold "mixed" quote is judged on its quoted words only, and the
pieces of a split quote (a predicted group, a gold `spans` list) count as one.
  span        - precision/recall/F1 of quote units matched one-to-one when their
                character overlap |P∩G| / max(|P|,|G|) reaches the threshold;
  speaker     - on matched units, share whose speaker is right: the predicted
                mention overlaps a gold speaker span, or the names agree;
  attribution - precision/recall/F1 counting a unit only if matched AND right.
Gold and predicted units that touch a gold ignore_span are left out.

Fairness notes (second tuning round):
  - which words of a mixed gold quote are "quoted" is decided by this module's
    own small mark pairing (`quoted_regions`), not by the engine's scanner, so
    changing the engine can never move the gold standard;
  - a resolved name matches a gold speaker phrase when it is the same speaker
    as the phrase or as the name that heads it ("Trump spokeswoman Hope
    Hicks, who ..." -> "Hope Hicks"); the old character-substring test let
    "In" match "the Latin American pope".
Articles can be split for tuning by a stable hash of their id (`in_split`):
`dev` is every fifth article (the part to read errors on), `heldout` the rest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

import regex

from quotes.extraction.lexicon.cue_forms import is_cue_word
from quotes.extraction.names import is_same_speaker, strip_title
from quotes.extraction.types import DIRECT, INDIRECT, PARTIAL, Extraction

THRESHOLDS = (0.3, 0.8)
SPEAKER_THRESHOLD = 0.3
Intervals = list[tuple[int, int]]


@dataclass
class Unit:
    """A quote to compare: its character intervals and speaker evidence."""

    pieces: Intervals
    speaker: str | None
    speaker_spans: Intervals
    text: str

    @property
    def size(self) -> int:
        return sum(e - s for s, e in self.pieces)


@dataclass
class Counts:
    predicted: int = 0
    gold: int = 0
    matched: dict[float, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    attributed: dict[float, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    errors: list[str] = field(default_factory=list)
    # False alarms that overlap a gold quote matched to another prediction: one piece of
    # a quotation the gold files as one unit with another (see `split_pieces`).
    split_pieces: int = 0
    # Indirect quotes found, and how many of them lie mostly inside an annotated attribution
    # of any kind (PolNeAR's indirect entries include beliefs, so this is a precision only).
    indirect: int = 0
    indirect_supported: int = 0

    def add(self, other: Counts) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.split_pieces += other.split_pieces
        self.indirect += other.indirect
        self.indirect_supported += other.indirect_supported
        for t in THRESHOLDS:
            self.matched[t] += other.matched[t]
            self.attributed[t] += other.attributed[t]
        self.errors.extend(other.errors)


def _overlap(a: Intervals, b: Intervals) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _touches(pieces: Intervals, ignore: Intervals) -> bool:
    return _overlap(pieces, ignore) > 0


def _quoted_parts(pieces: Intervals, quoted: Intervals) -> Intervals:
    """The parts of a mixed gold quote that lie inside quotation marks."""
    parts = []
    for s1, e1 in pieces:
        for s2, e2 in quoted:
            start, end = max(s1, s2), min(e1, e2)
            if start < end:
                parts.append((start, end))
    return parts


_DOUBLE_MARKS = regex.compile(r"''|[“”\"]|\n")  # '' is a double mark in some archives
_SINGLE_MARKS = regex.compile(r"''|[‘’']|\n")  # '' is read by the double pass
SPLITS = ("dev", "heldout")


def in_split(article: dict, split: str | None) -> bool:
    """`dev` is every fifth article by a stable hash of its id, `heldout` the others."""
    if not split:
        return True
    digest = hashlib.md5(str(article.get("id", "")).encode("utf-8")).digest()
    is_dev = digest[0] % 5 == 0
    return is_dev if split == "dev" else not is_dev


def quoted_regions(text: str) -> Intervals:
    """Stretches between paired quotation marks, paragraph by paragraph.

    Deliberately simple and independent of the engine: “ opens, ” closes, a
    straight mark (" or two straight singles, '') opens after a space or line
    start and closes otherwise; an opening mark left open at a paragraph end
    quotes up to that end. Single
    marks (‘No Idea’, 'No Idea') count outside double ones, where a closing mark
    is never followed by a letter, so "don’t" and "don't" are not closing marks.
    """
    double = _paired(text, _DOUBLE_MARKS, _opens_double)
    single = [r for r in _paired(text, _SINGLE_MARKS, _opens_single) if not _within(r, double)]
    return sorted(double + single)


def _opens_double(text: str, mark: str, at: int) -> bool | None:
    before = text[at - 1] if at else " "
    return mark == "“" or (mark in ('"', "''") and (before.isspace() or before in "([—–-"))


def _opens_single(text: str, mark: str, at: int) -> bool | None:
    if mark == "''":
        return None
    before = text[at - 1] if at else " "
    after = text[at + 1 : at + 2]
    if after.isdigit() or (mark == "‘" and before.isalnum()):
        return None  # "the '60s", "Trump‘s": an apostrophe, whatever its shape
    if mark == "‘":
        return True
    if mark == "'" and (before.isspace() or before in '([“"—–-') and after.strip():
        return True  # "Carly Fiorina: 'Bill ..."
    return None if after.isalnum() else False  # "don’t", "don't": an apostrophe, neither


def _paired(text: str, marks: regex.Pattern, opens_at) -> Intervals:
    regions: Intervals = []
    opened: int | None = None
    for found in marks.finditer(text):
        mark, at = found.group(), found.start()
        if mark == "\n":
            if opened is not None and at > opened:
                regions.append((opened, at))
            opened = None
            continue
        opens = opens_at(text, mark, at)
        if opens is None:
            continue
        if opens:
            opened = at + len(mark)
        elif opened is not None:
            regions.append((opened, at))
            opened = None
    if opened is not None and opened < len(text):
        regions.append((opened, len(text)))
    return regions


def _within(region: tuple[int, int], others: Intervals) -> bool:
    return any(s <= region[0] and region[1] <= e for s, e in others)


def gold_units(article: dict) -> list[Unit]:
    """Direct and mixed gold quotes as units; mixed ones cut down to their quoted words.

    PolNeAR derives `kind` from double marks only, so "Trump: 'We are going to win.'"
    is filed as indirect; an indirect entry with words inside any quotation marks that
    no direct or mixed entry covers counts as a partial quote of those words.
    """
    text = article["text"]
    quoted = quoted_regions(text)
    ignore = [tuple(s) for s in article.get("meta", {}).get("ignore_spans") or []]
    units, indirect = [], []
    for quote in article.get("quotes", []):
        pieces = [tuple(s) for s in quote.get("spans") or [[quote["start"], quote["end"]]]]
        if quote.get("kind") == "mixed":
            pieces = _quoted_parts(pieces, quoted) or pieces
        elif quote.get("kind") == "indirect":
            pieces = _quoted_parts(pieces, quoted)
            if pieces:
                indirect.append((quote, pieces))
            continue
        elif quote.get("kind") != "direct":
            continue
        units.append(_unit(text, quote, pieces))
    covered = [piece for unit in units for piece in unit.pieces]
    for quote, pieces in indirect:
        if not _touches(pieces, covered):
            units.append(_unit(text, quote, pieces))
            covered.extend(pieces)
    return [unit for unit in units if not _touches(unit.pieces, ignore)]


def _unit(text: str, quote: dict, pieces: Intervals) -> Unit:
    speaker = quote.get("speaker")
    spans = [tuple(s) for s in quote.get("speaker_spans") or []]
    if _swapped(speaker, quote.get("cue")):
        speaker, spans = quote["cue"], []  # the span marks the cue word, not the speaker
    return Unit(pieces, speaker, spans, text[pieces[0][0] : pieces[-1][1]])


def _swapped(speaker: str | None, cue: str | None) -> bool:
    """A few PolNeAR entries file the cue as the speaker and the name as the cue
    ('"...," said Bolton.' -> speaker "said", cue "Bolton"; "said in a statement" and
    "Sinovic"): read them the right way round.
    """
    if not speaker or not cue or not speaker.strip()[:1].islower():
        return False
    first = speaker.split()[0].casefold()
    named = cue.strip()[:1].isupper() or cue.strip().casefold() in _PRONOUN_CUES
    return (is_cue_word(first) or first == "according") and named


_PRONOUN_CUES = frozenset({"he", "she", "they"})


def predicted_units(extraction: Extraction, ignore: Intervals) -> list[Unit]:
    """Direct and partial quotes, pieces of one group merged into one unit."""
    groups: dict[int, list] = {}
    for index, quote in enumerate(extraction.quotes):
        if quote.kind in (DIRECT, PARTIAL):
            groups.setdefault(quote.group or -index - 1, []).append(quote)
    units = []
    for quotes in groups.values():
        pieces = [(q.start, q.end) for q in quotes]
        if _touches(pieces, ignore):
            continue
        first = quotes[0]
        mention = first.speaker_mention
        spans = [(mention.start, mention.end)] if mention else []
        units.append(Unit(pieces, first.speaker, spans, " … ".join(q.text for q in quotes)))
    return units


def match(predicted: list[Unit], gold: list[Unit], threshold: float) -> list[tuple[int, int]]:
    """One-to-one pairs whose overlap ratio reaches the threshold, best pairs first."""
    scored = []
    for p_index, p in enumerate(predicted):
        for g_index, g in enumerate(gold):
            shared = _overlap(p.pieces, g.pieces)
            if shared:
                ratio = shared / max(p.size, g.size)
                if ratio >= threshold:
                    scored.append((-ratio, p_index, g_index))
    pairs, used_p, used_g = [], set(), set()
    for _, p_index, g_index in sorted(scored):
        if p_index not in used_p and g_index not in used_g:
            pairs.append((p_index, g_index))
            used_p.add(p_index)
            used_g.add(g_index)
    return pairs


def speaker_right(predicted: Unit, gold: Unit) -> bool:
    """The predicted mention overlaps a gold speaker span, or the names agree."""
    if _overlap(predicted.speaker_spans, gold.speaker_spans) > 0:
        return True
    if not predicted.speaker or not gold.speaker:
        return False
    return any(is_same_speaker(predicted.speaker, name) for name in _head_names(gold.speaker))


_CLAUSE_CUT = regex.compile(r",|\s[—–-]+\s|\s(?:who|which|whose|that)\s")
_POSSESSIVE_END = regex.compile(r"[’']s?\s*$")
_PLACE_CUT = regex.compile(r"\s(?:of|from|at|in|on|with)\s")


def _head_names(phrase: str) -> list[str]:
    """The phrase and the names heading it: "CNN host Jake Tapper, who ..." -> "Jake Tapper".

    An apposition set off by dashes counts like one set off by commas ("Jason Sims -
    a teacher ... -"), and a possessive names its owner ("Quintanilla's" question).
    """
    head = _POSSESSIVE_END.sub("", _CLAUSE_CUT.split(phrase, maxsplit=1)[0])
    names = [phrase, strip_title(head)[0]]
    shorter = _PLACE_CUT.split(head, maxsplit=1)[0]
    if shorter != head:
        names.append(strip_title(shorter)[0])
    return [n for n in names if n]


def score_article(article: dict, extraction: Extraction, errors: bool = False) -> Counts:
    """Counts for one article; with `errors`, one line per miss, false alarm and wrong speaker."""
    ignore = [tuple(s) for s in article.get("meta", {}).get("ignore_spans") or []]
    gold = gold_units(article)
    predicted = predicted_units(extraction, ignore)
    counts = Counts(predicted=len(predicted), gold=len(gold))
    counts.indirect, counts.indirect_supported = _indirect_support(article, extraction)
    for threshold in THRESHOLDS:
        pairs = match(predicted, gold, threshold)
        counts.matched[threshold] = len(pairs)
        right = [(p, g) for p, g in pairs if speaker_right(predicted[p], gold[g])]
        counts.attributed[threshold] = len(right)
        if threshold == SPEAKER_THRESHOLD:
            counts.split_pieces = split_pieces(predicted, gold, pairs)
            if errors:
                counts.errors.extend(_errors(article, predicted, gold, pairs, right))
    return counts


def _indirect_support(article: dict, extraction: Extraction) -> tuple[int, int]:
    """(indirect quotes found, those at least half inside some annotated attribution)."""
    annotated = [
        tuple(piece)
        for quote in article.get("quotes", [])
        for piece in quote.get("spans") or [[quote["start"], quote["end"]]]
    ]
    found = [(q.start, q.end) for q in extraction.quotes if q.kind == INDIRECT]
    supported = sum(1 for piece in found if 2 * _overlap([piece], annotated) >= piece[1] - piece[0])
    return len(found), supported


def split_pieces(predicted: list[Unit], gold: list[Unit], pairs) -> int:
    """Unmatched predictions overlapping a gold quote that another prediction matched.

    PolNeAR sometimes files two quotations of one speaker ('"A," she said,
    recalling ... "B"') as one unit; the engine reports two, one of which then
    counts as a false alarm. This counts those, so the table can say how many
    false alarms are such pieces rather than words nobody said.
    """
    found = {p for p, _ in pairs}
    matched_gold = [gold[g] for _, g in pairs]
    return sum(
        1
        for i, unit in enumerate(predicted)
        if i not in found and any(_overlap(unit.pieces, g.pieces) for g in matched_gold)
    )


def _errors(article, predicted, gold, pairs, right) -> list[str]:
    ident = article.get("id", "?")
    found_p = {p for p, _ in pairs}
    found_g = {g for _, g in pairs}
    lines = [
        f"{ident}\tMISS\t{g.text[:120]!r}\t[{g.speaker}]"
        for i, g in enumerate(gold)
        if i not in found_g
    ]
    lines += [
        f"{ident}\tFALSE\t{p.text[:120]!r}\t[{p.speaker}]"
        for i, p in enumerate(predicted)
        if i not in found_p
    ]
    wrong = set(pairs) - set(right)
    lines += [
        f"{ident}\tSPEAKER\t{predicted[p].text[:80]!r}"
        f"\tgot [{predicted[p].speaker}] want [{gold[g].speaker}]"
        for p, g in sorted(wrong)
    ]
    return lines


def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _published(article: dict) -> date | None:
    value = (article.get("meta") or {}).get("date")
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def evaluate(
    articles: Iterable[dict],
    extractor: Callable[..., Extraction],
    errors: bool = False,
    limit: int | None = None,
    split: str | None = None,
) -> Counts:
    """Total counts over articles of a split (the first `limit` of them if given)."""
    total = Counts()
    index = 0
    for article in articles:
        if not in_split(article, split):
            continue
        if limit is not None and index >= limit:
            break
        index += 1
        extraction = extractor(article["text"], published_on=_published(article))
        total.add(score_article(article, extraction, errors))
    return total


def report_rows(counts: Counts) -> list[tuple[str, float, float, float]]:
    """(measure, P, R, F1) rows; speaker accuracy is given in the F1 column."""
    rows = []
    for t in THRESHOLDS:
        rows.append((f"span@{t}", *_prf(counts.matched[t], counts.predicted, counts.gold)))
    for t in THRESHOLDS:
        rows.append(
            (f"attribution@{t}", *_prf(counts.attributed[t], counts.predicted, counts.gold))
        )
    matched = counts.matched[SPEAKER_THRESHOLD]
    accuracy = counts.attributed[SPEAKER_THRESHOLD] / matched if matched else 0.0
    rows.append((f"speaker accuracy@{SPEAKER_THRESHOLD}", float("nan"), float("nan"), accuracy))
    return rows


def format_table(counts: Counts) -> str:
    """A plain-text table of the measures, with unit counts underneath."""
    lines = [f"{'measure':<24}{'P':>8}{'R':>8}{'F1/acc':>8}"]
    for name, p, r, f in report_rows(counts):
        cells = "".join(f"{v:>8.3f}" if v == v else f"{'':>8}" for v in (p, r, f))
        lines.append(f"{name:<24}{cells}")
    lines.append(f"units: predicted {counts.predicted}, gold {counts.gold}")
    low = THRESHOLDS[0]
    found, right = counts.matched[low], counts.attributed[low]
    exact = 2 * right / (counts.predicted + counts.gold) if counts.predicted + counts.gold else 0.0
    lines.append(
        f"at overlap {low}: {found} found, {right} with the right speaker "
        f"(attribution F1 {exact:.4f})"
    )
    lines.append(
        f"false alarms that are one piece of an annotated quote matched elsewhere: "
        f"{counts.split_pieces}"
    )
    share = counts.indirect_supported / counts.indirect if counts.indirect else 0.0
    lines.append(
        f"indirect quotes: {counts.indirect} found, {share:.3f} of them at least half inside "
        f"an annotated attribution"
    )
    return "\n".join(lines)
