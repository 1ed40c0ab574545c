"""Scoring two units and deciding whether they make the same claim.

A link must be evidence that two people said the same thing, not shared
vocabulary. So the decision weighs the words by how informative they are in
the corpus (`stats`), and looks at where each unit was said (`evidence`).

Score
-----
For units with at least three distinct content words (stemmed, see `text`)::

    score = 0.4 * J + 0.3 * C + 0.3 * B

* J, weighted Jaccard of the word sets, C, weighted containment of the smaller
  in the larger: each word weighs its IDF, and a name half of that. Outlets
  trim quotes, and a trimmed quote is contained in the fuller one; sharing
  "Trump" and "campaign" counts for little, sharing "S-400" for much.
* B, containment of adjacent content-word pairs (bigrams): word *order*
  evidence, so the same words in another arrangement score less.

All three are 1 for identical texts and the score is symmetric. Without
statistics every word weighs the same.

Decision
--------
Thresholds: HIGH = 0.60 for an automatic link, LOW = 0.40 for a suggestion
(seed pairs of one statement score 0.67 to 0.90; different statements in the
seeds at most 0.45). On top of the score, in order:

0. One utterance reported twice links whatever it asserts: the same speaker's
   words marked by both journalists, near verbatim, in the same story
   (`_quoted_again`); or, whoever each extraction credits them to, the same
   marked words with at least three informative ones, said within
   SAME_EVENT_DAYS of each other (`_reported_alike`): an office or a title in
   one article and a name in the other is still one person's line. In a
   sentence that asserts something, a shared name few articles print counts
   as the third informative word.
1. Evidence beyond names and stock words: the two units must share at least
   MIN_SHARED content words that are neither names nor generic ("say", "people",
   "believe"...). "is Hillary Clinton." shares only names with anything.
2. Check-worthiness (`assertion`): one side must assert something. Questions,
   bare replies and slogans without a predicate never found a claim; the same
   speaker's near-verbatim line may still be linked as the same utterance.
3. Who said it. The same speaker above HIGH is linked. Two different (or
   unknown) speakers are linked only on evidence of an echo: a long
   near-verbatim sentence (the same line reported; score >= VERBATIM with
   MIN_VERBATIM_SHARED informative words), or the same matter (`same_matter`)
   plus either article naming the other's speaker, or a marked rare phrase.
   Below HIGH (down to LOW) all three together are needed: the same story, a
   named first speaker and a rare marked phrase taken up. Otherwise two people
   using similar words get at most a suggestion.
4. Short units (fewer than three informative words, like “a done deal” or
   "radical Islamic terrorism") link only through a key phrase: their words,
   in order and adjacent, inside the other unit; at least one side marked by
   its journalist as someone's words; holding a word that is not a name or
   generic; both units about the same matter; and the phrase distinctive:
   rare in the corpus (`stats.CorpusStats.is_rare_phrase`), or, when many
   articles quote it, their stories clearly the same (context similarity
   >= STRONG_CONTEXT). The same speaker is then linked; another speaker only
   when one side asserts something and either both are marked or an article
   names the other's speaker. Otherwise the pair is a suggestion: a curator
   can judge "top secret" in its story, the engine cannot.
   Rule 4a, one line reported twice (`_one_occasion_phrase`): a phrase
   marked by both journalists, in two articles, within SAME_EVENT_DAYS, found
   verbatim in the other unit and rare, links when the speakers agree. The
   same speaker needs no shared story, and names count as the phrase's
   context, not its evidence (a run of three words with one informative word,
   "a hater of Donald Trump", links when the stories are the same matter);
   the negation cap of rule 5 does not apply, as the piece is the speaker's
   own words. Different speaker rows link only when nothing says two people
   spoke (`compatible_speakers`: one surname, or a role phrase such as "the
   billionaire businessman" whose article names the other speaker), the
   phrase holds two informative words and the stories are the same matter.
   Rule 4b (`_one_occasion_run`): the same speaker's two marked sentences,
   same week, sharing a rare run of three informative words, trimmed
   differently by two outlets, link whatever their overall score.
   Rule 4c, one source under two rows (`_one_source_phrase`): a phrase both
   journalists mark, in two articles within RECALLED_DAYS, found verbatim
   in the other unit, with two informative words of which one is
   distinctive (IDF >= DISTINCTIVE_IDF; within SAME_EVENT_DAYS, a negation
   inside the phrase, which both units then print, counts as one: "not
   ready"; a month on, "no chance" is anyone's phrase for anything), in the
   same story, links when both units have one source (`_one_source`): one
   speaker row, one name under two rows ("State" filed twice), one article
   printing the other's speaker beside its quote (`named_beside`:
   "extremely careless" credited to the FBI, to its director, or to a
   professor quoted next to the director's name is the director's line; an
   organisation's role phrase, "FBI investigation", is known by the body
   that modifies it), or, within SAME_EVENT_DAYS, a role phrase whose
   article names the other speaker (as in rule 4a). A name most articles
   print ties nobody. The phrase may be common in the corpus ("top
   secret"): the tie, the news cycle and the story are the evidence, not
   its rarity. One speaker row whose name few articles print needs no more
   of the story than that name (`_known_by_few`).
   Rule 4d, one source paraphrased the same day (`_paraphrased_same_day`):
   a suggestion between one source's units (a row few stories name, or the
   other's name printed beside the quote) reported within SAME_DAY, in the
   same story, one of them marked, is one statement quoted by one outlet
   and paraphrased by the other.
5. A negation present in one unit and not the other caps the decision at a
   suggestion: the words match but the claim may be reversed.
6. A suggestion between two speakers whom nothing connects (not compatible,
   and neither article names the other's speaker beside its quote by a name
   few articles print, `named_beside`) is dropped: two people using similar
   words are not worth a curator's time. An election story names every
   candidate somewhere, so a name elsewhere in the article connects nobody
   (on PolNeAR, requiring the name beside the quote dropped 22 wrong suggestions
   and 5 right ones).

Same matter: the text around the two quotes (a few paragraphs and the
headline, minus the quotes' own words) has an IDF-weighted Jaccard similarity
of at least CONTEXT_MIN. "no weapon" near "police, officer" and near "IAEA,
inspectors" share nothing. The thresholds were read off judged PolNeAR pairs
(bench/judgments/matching.jsonl): at CONTEXT_MIN, 64 of 90 true pairs tell the
same story and 8 of 250 false ones do; sentences long and verbatim enough link
without it (rule 3).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .assertion import GENERIC, is_claim
from .evidence import Occurrence, occurrence
from .stats import CorpusStats
from .text import NEGATION, content_words, content_words_of, words
from .units import split_units

HIGH = 0.60
LOW = 0.40
VERBATIM = 0.85
MIN_CONTENT_WORDS = 3
MIN_SHARED = 2
MIN_VERBATIM_SHARED = 5
CONTEXT_MIN = 0.05
STRONG_CONTEXT = 0.07
SAME_EVENT_DAYS = 7  # two reports of one event: a weekly's print date included
SAME_DAY = 1  # a statement and the next morning's paper
DISTINCTIVE_IDF = 1.5  # a word printed by fewer than about a fifth of the articles
RECALLED_DAYS = 62  # a finding's phrase is still recalled as its source's two months on
NAME_WEIGHT = 0.5
WEIGHTS = (0.4, 0.3, 0.3)  # Jaccard, containment, bigram containment
NO_STATS = CorpusStats()

AUTOMATIC = "automatic"
SUGGESTED = "suggested"

EXACT = "exact"
NEAR_DUPLICATE = "near_duplicate"
KEY_PHRASE = "key_phrase"
PATTERN = "pattern"
PARAPHRASE = "paraphrase"
CURATOR = "curator"
MATCH_METHODS = (EXACT, NEAR_DUPLICATE, KEY_PHRASE, PATTERN, PARAPHRASE, CURATOR)


@dataclass(frozen=True)
class Features:
    """What scoring needs from one unit text, computed once per text."""

    sequence: tuple[str, ...]
    vocabulary: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    surface: tuple[str, ...]

    @property
    def is_fragment(self) -> bool:
        """Too few distinct content words for overlap statistics."""
        return len(self.vocabulary) < MIN_CONTENT_WORDS

    @property
    def negated(self) -> bool:
        """Whether the unit contains a negation."""
        return NEGATION in self.vocabulary


@lru_cache(maxsize=65536)
def features(text: str) -> Features:
    """Content-word sequence, set and bigrams of `text` (cached: units are rescored often)."""
    surface = words(text)
    seq = tuple(content_words_of(surface))
    return Features(seq, frozenset(seq), frozenset(pairwise(seq)), tuple(surface))


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    """Whether `inner` occurs as a contiguous run of `outer`."""
    n = len(inner)
    return n > 0 and any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


def _weighted_overlap(
    a: frozenset, b: frozenset, names: frozenset, stats: CorpusStats
) -> tuple[float, float]:
    """(Jaccard, containment) of two word sets, each word weighing its IDF, a name NAME_WEIGHT
    of that."""
    if not a or not b:
        return 0.0, 0.0
    if a == b:
        return 1.0, 1.0
    union = a | b
    weights = stats.idfs(union)  # once per word: each sum below reads them again
    for name in names & union:
        weights[name] *= NAME_WEIGHT
    weight = weights.__getitem__
    common = sum(map(weight, a & b))
    smaller = min(sum(map(weight, a)), sum(map(weight, b)))
    return common / sum(map(weight, union)), common / smaller


def _fragment_in(short: Features, long: Features) -> bool:
    """`short` is a fragment of two+ words found verbatim (contiguous) in `long`."""
    return (
        short.is_fragment
        and len(short.vocabulary) >= 2
        and _contains(long.sequence, short.sequence)
    )


def _phrase_in(short: Features, long: Features) -> bool:
    """`short` has two+ words and occurs verbatim (contiguous content words) in `long`."""
    return len(short.vocabulary) >= 2 and _contains(long.sequence, short.sequence)


def _inner_phrase(a: Occurrence, b: Occurrence) -> Features | None:
    """The unit whose words occur verbatim in the other's, as a phrase of two+ words, or None."""
    fa, fb = features(a.text), features(b.text)
    return fa if _phrase_in(fa, fb) else fb if _phrase_in(fb, fa) else None


def is_short(occ: Occurrence) -> bool:
    """Fewer than three informative words: a phrase, judged as a fragment is (rule 4)."""
    return len(informative(features(occ.text).vocabulary, occ.names)) < MIN_CONTENT_WORDS


def score(a, b, stats: CorpusStats = NO_STATS) -> float:
    """Wording similarity of two units in [0, 1]; symmetric; 1.0 for identical texts."""
    a, b = occurrence(a), occurrence(b)
    fa, fb = features(a.text), features(b.text)
    if not fa.vocabulary or not fb.vocabulary:
        return 1.0 if fa.surface == fb.surface else 0.0
    if fa.sequence == fb.sequence or _fragment_in(fa, fb) or _fragment_in(fb, fa):
        return 1.0
    names = a.names | b.names
    jaccard, containment = _weighted_overlap(fa.vocabulary, fb.vocabulary, names, stats)
    bigrams = (fa.bigrams, fb.bigrams)
    common = len(bigrams[0] & bigrams[1])
    bigram_containment = common / min(map(len, bigrams)) if all(bigrams) else 0.0
    w_j, w_c, w_b = WEIGHTS
    return round(w_j * jaccard + w_c * containment + w_b * bigram_containment, 6)


def informative(words_: frozenset[str], names: frozenset[str]) -> frozenset[str]:
    """Content words that can show a shared claim: not names, not generic, not the negation."""
    return words_ - GENERIC - names - {NEGATION}


def context_similarity(a: Occurrence, b: Occurrence, stats: CorpusStats) -> float:
    """IDF-weighted Jaccard of the words around two units: how much they are one story."""
    shared = sum(stats.idf(w) for w in a.context & b.context)
    union = stats.total(a.context) + stats.total(b.context) - shared
    return shared / union if union > 0 else 0.0


@lru_cache(maxsize=65536)
def wording_closeness(a_text: str, b_text: str) -> tuple[float, int]:
    """The best unit-to-unit score of two quotes and the informative words of that pair.

    Relations are set from it for every link a claim holds, and a claim
    reported by many outlets holds the same wording many times over: cached
    on the texts, joining two large claims costs one comparison per wording.
    """
    best, shared = 0.0, 0
    for a in split_units(a_text):
        for b in split_units(b_text):
            value = score(a.text, b.text)
            if value > best:
                best, shared = value, len(shared_informative(a.text, b.text))
    return best, shared


def shared_informative(a, b) -> frozenset[str]:
    """Informative words two units (Occurrences or texts) share."""
    a, b = occurrence(a), occurrence(b)
    shared = features(a.text).vocabulary & features(b.text).vocabulary
    return informative(shared, a.names | b.names)


def same_matter(a: Occurrence, b: Occurrence, stats: CorpusStats) -> bool:
    """Whether the text around the two units tells the same story."""
    return context_similarity(a, b, stats) >= CONTEXT_MIN


def names_the_other(a: Occurrence, b: Occurrence) -> bool:
    """Either article names the other unit's speaker."""
    return bool(a.article_names & b.speaker_names or b.article_names & a.speaker_names)


def same_speaker(a: Occurrence, b: Occurrence) -> bool:
    return a.speaker is not None and a.speaker == b.speaker


def _rare_marked_phrase(a: Occurrence, b: Occurrence, stats: CorpusStats) -> bool:
    """A marked unit shares a run of content words with the other that few articles quote."""
    if not (a.marked or b.marked):
        return False
    fa, fb = features(a.text), features(b.text)
    shared = fa.bigrams & fb.bigrams
    return any(
        stats.is_rare_phrase(pair)
        for pair in shared
        if informative(frozenset(pair), a.names | b.names)
    )


def same_event(a: Occurrence, b: Occurrence, days: int = SAME_EVENT_DAYS) -> bool:
    """Both dates known and within `days` of each other."""
    if a.said_on is None or b.said_on is None:
        return False
    return abs((a.said_on - b.said_on).days) <= days


def one_article(a: Occurrence, b: Occurrence) -> bool:
    """Both units print the same names: one article, where words twice are the journalist's."""
    return bool(a.article_names) and a.article_names == b.article_names


def two_reports(a: Occurrence, b: Occurrence) -> bool:
    """Both journalists marked the words, in two articles, within SAME_EVENT_DAYS.

    An article is known by the names it prints: two units with the same set
    come from one article, where the same words twice are the journalist's
    own repetition, not one line reported by two outlets.
    """
    return a.marked and b.marked and not one_article(a, b) and same_event(a, b)


def compatible_speakers(a: Occurrence, b: Occurrence) -> bool:
    """Nothing says two people spoke: one speaker, one surname, or a role phrase the other names.

    Extraction credits one person under several rows: "Billionaire Donald
    Trump" and "Donald Trump" share the surname; "the billionaire
    businessman" names nobody, and is compatible with a speaker whom its
    article names ("Trump" in a story about him).
    """
    if same_speaker(a, b) or a.speaker_names & b.speaker_names:
        return True
    if a.speaker_names and b.speaker_names:
        return False
    return names_the_other(a, b)


def _one_occasion_phrase(a: Occurrence, b: Occurrence, stats: CorpusStats) -> bool:
    """Rule 4a: a rare phrase marked by both journalists the same week, one speaker's words."""
    if not two_reports(a, b):
        return False
    short = _inner_phrase(a, b)
    if short is None:
        return False
    rare = stats.is_rare_phrase(short.sequence)
    found = informative(short.vocabulary, a.names | b.names)
    matter = context_similarity(a, b, stats)
    if same_speaker(a, b) and rare:
        if len(found) >= MIN_SHARED:
            return True
        return bool(found) and len(short.vocabulary) >= MIN_CONTENT_WORDS and matter >= CONTEXT_MIN
    return len(found) >= MIN_SHARED and rare and matter >= CONTEXT_MIN and compatible_speakers(a, b)


def _speaker_stems(occ: Occurrence) -> frozenset[str]:
    """The speaker's surname, or the body its role phrase speaks for ("FBI" of "FBI
    investigation"), as the context stores words (stemmed: "Comey" -> "comei")."""
    names = occ.speaker_names | occ.speaker_body
    return frozenset(w for name in names for w in content_words(name))


def named_beside(a: Occurrence, b: Occurrence, stats: CorpusStats) -> bool:
    """One unit's speaker is named in the words around the other, by a name few articles print.

    Extraction credits a partial quote to the nearest speaker it finds: the
    law professor quoted next to "FBI Director James Comey called it ...", or
    the FBI where another outlet names its director. When the article prints
    the other row's name beside the quote, the two rows are one source (a
    person, or the organisation it speaks for). A name that most stories
    print (the candidates, "State", a party) ties nothing.
    """
    named = (_speaker_stems(a) & b.context) | (_speaker_stems(b) & a.context)
    return any(stats.idf(word) >= DISTINCTIVE_IDF for word in named)


def _one_source_phrase(a: Occurrence, b: Occurrence, stats: CorpusStats) -> bool:
    """Rule 4c: two outlets mark one phrase within a month, credited to one source.

    Later articles recall a finding by its phrase ("extremely careless",
    weeks after the statement); the judged PolNeAR pairs of such recalls
    within a month are the same utterance, and none judged different.
    """
    if not (a.marked and b.marked and same_event(a, b, RECALLED_DAYS)) or one_article(a, b):
        return False
    short = _inner_phrase(a, b)
    found = informative(short.vocabulary, a.names | b.names) if short else frozenset()
    if found and NEGATION in short.vocabulary and same_event(a, b):
        found |= {NEGATION}  # "not ready" the same week: the denial is half the claim
    if len(found) < MIN_SHARED or all(stats.idf(w) < DISTINCTIVE_IDF for w in found):
        return False  # "going to win": common words, whoever says them
    if not _one_source(a, b, stats):
        return False
    return same_matter(a, b, stats) or _known_by_few(a, b, stats)


def _one_source(a: Occurrence, b: Occurrence, stats: CorpusStats) -> bool:
    """Rule 4c's tie: one row, one name under two rows ("State" twice), or one article
    printing the other's speaker beside its quote; a role phrase whose article names the
    other speaker ("the Democratic front-runner") only within the week, as in rule 4a."""
    if same_speaker(a, b) or a.speaker_names & b.speaker_names or named_beside(a, b, stats):
        return True
    return same_event(a, b) and compatible_speakers(a, b)


def _known_by_few(a: Occurrence, b: Occurrence, stats: CorpusStats) -> bool:
    """One speaker row whose name few articles print: the name is the story.

    A fact-checker reading "the director's phrase" in two articles a week
    apart needs no more of the story than the director's name, when few
    stories print it; a candidate's name is in every story and tells none.
    """
    stems = _speaker_stems(a)
    return same_speaker(a, b) and any(stats.idf(w) >= DISTINCTIVE_IDF for w in stems)


def _paraphrased_same_day(a: Occurrence, b: Occurrence, value: float, stats) -> bool:
    """Rule 4d: one source, the same day, the same story, one side marked.

    One outlet quotes the line, another paraphrases it ("We do not ..." /
    "the network doesn't ..."): the wording scores below HIGH, but one source
    reported on one day about one matter in words this close made one
    statement. One source is a speaker row few stories name, or a row whose
    name (few stories print it) the other article prints beside its quote (a
    foundation's statement credited to the father who issued it). A
    candidate, named everywhere and speaking all day, does not get this.
    """
    if value < LOW or not (a.marked or b.marked) or not same_event(a, b, SAME_DAY):
        return False
    if sum(stats.idf(w) for w in shared_informative(a, b)) < MIN_SHARED * DISTINCTIVE_IDF:
        return False  # "going to win": words most articles print say nothing of one statement
    one_source = _known_by_few(a, b, stats) or named_beside(a, b, stats)
    return one_source and same_matter(a, b, stats)


def _asks(text: str) -> bool:
    return text.strip().rstrip("\"'”’»)").rstrip().endswith("?")


def _longest_run(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """The longest run of content words found, contiguous and in order, in both sequences."""
    best = (0, 0)
    previous = [0] * (len(b) + 1)
    for i, word in enumerate(a, start=1):
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, start=1):
            if word == other:
                current[j] = previous[j - 1] + 1
                best = max(best, (current[j], i))
        previous = current
    length, end = best
    return a[end - length : end]


def _one_occasion_run(a: Occurrence, b: Occurrence, stats: CorpusStats) -> bool:
    """Rule 4b: one speaker's sentences sharing a rare run of three informative words, same week.

    Outlets trim a line differently ("not just a few wealthy campaign
    contributors" / "not a handful of wealthy campaign contributors"): the
    overall score is low, but the run they share is the speaker's words.
    """
    if not (same_speaker(a, b) and two_reports(a, b)):
        return False
    if _asks(a.text) or _asks(b.text):  # a question shares words with its answer, not a line
        return False
    run = _longest_run(features(a.text).sequence, features(b.text).sequence)
    found = informative(frozenset(run), a.names | b.names)
    return len(found) >= MIN_CONTENT_WORDS and stats.is_rare_phrase(run)


def _fragment_decision(a: Occurrence, b: Occurrence, stats: CorpusStats) -> str | None:
    """Rule 4 of the module docstring: a fragment links by a marked, distinctive key phrase."""
    short = _inner_phrase(a, b)
    if short is None or not (a.marked or b.marked):
        return None
    if len(informative(short.vocabulary, a.names | b.names)) < MIN_SHARED:
        return None
    matter = context_similarity(a, b, stats)
    rare = stats.is_rare_phrase(short.sequence)
    if matter < CONTEXT_MIN or not (rare or matter >= STRONG_CONTEXT):
        return None
    if same_speaker(a, b):
        return AUTOMATIC
    claim = is_claim(a.text, a.names) or is_claim(b.text, b.names)
    echoed = a.marked and b.marked and names_the_other(a, b) and matter >= STRONG_CONTEXT
    if claim and rare and echoed:
        return AUTOMATIC
    return SUGGESTED if matter >= STRONG_CONTEXT else None


def _echo_evidence(a: Occurrence, b: Occurrence, value: float, stats: CorpusStats) -> bool:
    """Rule 3: what lets two different or unknown speakers share a claim automatically."""
    shared = informative(
        features(a.text).vocabulary & features(b.text).vocabulary, a.names | b.names
    )
    if value >= VERBATIM and len(shared) >= MIN_VERBATIM_SHARED:
        return True
    if not same_matter(a, b, stats):
        return False
    return names_the_other(a, b) or _rare_marked_phrase(a, b, stats)


def _sentence_decision(
    a: Occurrence, b: Occurrence, value: float, stats: CorpusStats
) -> str | None:
    """Rules 1-3 for two units with enough words for overlap statistics."""
    fa, fb = features(a.text), features(b.text)
    if len(informative(fa.vocabulary & fb.vocabulary, a.names | b.names)) < MIN_SHARED:
        return None
    claim = is_claim(a.text, a.names) or is_claim(b.text, b.names)
    same = same_speaker(a, b)
    if value >= HIGH:
        if same and (claim or value >= VERBATIM) and (a.marked or b.marked or value >= VERBATIM):
            return AUTOMATIC
        if claim and _echo_evidence(a, b, value, stats):
            return AUTOMATIC
        return SUGGESTED if claim and same_matter(a, b, stats) else None
    if value >= LOW and claim and same_matter(a, b, stats):
        return SUGGESTED
    return None


def _quoted_again(a: Occurrence, b: Occurrence, value: float, stats: CorpusStats) -> bool:
    """Rule 0: the same speaker's words, marked by both journalists, near verbatim, same story.

    That is one utterance reported twice, however little it asserts ("I love
    Oreos", "We have incompetent people"), provided one informative word is shared.
    """
    if not (same_speaker(a, b) and a.marked and b.marked and value >= VERBATIM):
        return False
    va, vb = features(a.text).vocabulary, features(b.text).vocabulary
    if len(va & vb) < VERBATIM * len(va | vb):  # a phrase inside a longer line is rule 4's
        return False
    return bool(informative(va & vb, a.names | b.names)) and same_matter(a, b, stats)


def _reported_alike(a: Occurrence, b: Occurrence, value: float, stats: CorpusStats) -> bool:
    """Rule 0b: two journalists marked the same words as someone's, within a few days.

    That is one utterance reported by two outlets, whoever each article's
    extraction credits it to (a title, an office or a misread pronoun in one of
    them): wording near verbatim on both sides, at least three informative
    words shared, so "top secret" and "extremely careless" stay rule 4's. In
    a sentence that asserts something, a name few articles print ("Bibi")
    counts as the third: it marks one story as a rare word does; a slogan
    ("radical Islamic terrorism") is everyone's, whatever names it holds.
    """
    if not (a.marked and b.marked and value >= VERBATIM):
        return False
    if not same_event(a, b):
        return False
    va, vb = features(a.text).vocabulary, features(b.text).vocabulary
    if len(va & vb) < VERBATIM * len(va | vb):
        return False
    found = informative(va & vb, a.names | b.names)
    if len(found) >= MIN_CONTENT_WORDS:
        return True
    if len(found) < MIN_SHARED or not (is_claim(a.text, a.names) or is_claim(b.text, b.names)):
        return False
    names = va & vb & (a.names | b.names)
    return any(stats.idf(w) >= DISTINCTIVE_IDF for w in names)


def decide(score_value: float, unit_a, unit_b, stats: CorpusStats = NO_STATS) -> str | None:
    """ "automatic", "suggested" or None for a scored pair (see the module docstring)."""
    a, b = occurrence(unit_a), occurrence(unit_b)
    fa, fb = features(a.text), features(b.text)
    if not fa.vocabulary or not fb.vocabulary:
        return None
    short = is_short(a) or is_short(b)
    if _quoted_again(a, b, score_value, stats) or _reported_alike(a, b, score_value, stats):
        decision = AUTOMATIC
    elif short and _one_occasion_phrase(a, b, stats):
        return AUTOMATIC  # one utterance quoted in pieces: a negation is in both or outside
    elif short:
        decision = _fragment_decision(a, b, stats)
    else:
        decision = _sentence_decision(a, b, score_value, stats)
        if decision != AUTOMATIC and _one_occasion_run(a, b, stats):
            decision = AUTOMATIC
    if decision != AUTOMATIC and _one_source_phrase(a, b, stats):
        decision = AUTOMATIC
    if decision == SUGGESTED and _paraphrased_same_day(a, b, score_value, stats):
        decision = AUTOMATIC
    if decision == AUTOMATIC and fa.negated != fb.negated:
        decision = SUGGESTED
    if decision == SUGGESTED and not (compatible_speakers(a, b) or named_beside(a, b, stats)):
        return None  # two people who never refer to each other: shared words, not a claim
    return decision


def key_phrase_match(a, b) -> bool:
    """True when a fragment's content words occur, in order and adjacent, in the other unit."""
    fa, fb = features(occurrence(a).text), features(occurrence(b).text)
    return _fragment_in(fa, fb) or _fragment_in(fb, fa)


def method(score_value: float, unit_a, unit_b) -> str:
    """Which MATCH_METHODS entry explains a link between two units the engine decided."""
    fa, fb = features(occurrence(unit_a).text), features(occurrence(unit_b).text)
    if fa.surface == fb.surface:
        return EXACT
    if fa.is_fragment or fb.is_fragment:
        return KEY_PHRASE
    return NEAR_DUPLICATE if score_value >= HIGH else PARAPHRASE


@dataclass(frozen=True)
class Link:
    """The engine's verdict on a pair of units."""

    score: float
    decision: str
    method: str


def compare(unit_a, unit_b, stats: CorpusStats = NO_STATS) -> Link | None:
    """Score and decide one pair: the single function incremental and rebuild paths call.

    Units are Occurrences (or bare texts, which know nothing of who said them
    where). Pure and symmetric in its arguments, so the set of links does not
    depend on the order in which units are processed.
    """
    a, b = occurrence(unit_a), occurrence(unit_b)
    value = score(a, b, stats)
    decision = decide(value, a, b, stats)
    if decision is None:
        return None
    return Link(value, decision, method(value, a, b))
