"""Content words: the vocabulary every other part of the matcher compares.

Two reports of one statement rarely agree on function words, inflection,
spelling or punctuation ("steps we’ve taken" / "steps we take", "weaponry" /
"weapons", "defence" / "defense"), so similarity is measured on *content
words*: casefolded, stopwords removed, lightly stemmed.

Choices worth knowing:

* Negation is kept, as the single token ``not`` (no, not, never, n’t,
  nobody...). "We will buy it" and "we will not buy it" are different claims;
  `scoring` uses the token to refuse automatic links across a negation.
* Codes with digits stay whole: S-400, F-35, S-400s all become ``s400``/``f35``.
  Other hyphenated words split into their parts (high-tech -> high, tech) so
  "air-defense" meets "air defense".
* Dotted abbreviations (U.S., U.N.) are kept as tokens so "U.S." is not read
  as the pronoun "us".
* The stemmer is a deliberately small suffix stripper, not Porter: it only has
  to map a word and its inflections to *the same* key, not to a real root.
  It runs once per distinct word (cached), so it costs nothing per quote.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

NEGATION = "not"

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-"})
TOKEN = regex.compile(r"(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*")


def _word_set(text: str) -> frozenset[str]:
    """A word list written as prose-like whitespace-separated text (easier to review)."""
    return frozenset(text.split())


_NEGATIONS = _word_set("no not never nor none nobody nothing neither cannot without n't")
_ABBREVIATIONS = {"u.s": "usa", "u.s.a": "usa", "u.n": "un", "u.k": "uk", "e.u": "eu"}

STOPWORDS = _word_set(
    """
    a about above after again against all also am an and any are aren as at be because
    been before being below between both but by can could did do does doing down
    during each either else even ever every few for from further had has have having he
    her here hers herself him himself his how however i if in into is it its itself just
    least less let like lot many may me might more most much must my myself now of off
    often on once one only onto or other others otherwise our ours ourselves out over own
    per quite rather really same shall she should since so some still such than that the
    their theirs them themselves then there these they this those though through thus to
    too under until up upon us very via was we well were what whatever when where whether
    which while who whom whose why will with within would yet you your yours yourself
    yourselves s t d ll m re ve already always another anyone anything around away
    certain else enough etc everyone here indeed instead maybe mostly
    """
)

# Irregular forms that the suffix stripper cannot reach. Kept small on purpose.
_IRREGULAR = {
    "took": "take", "taken": "take", "gave": "give", "given": "give", "made": "make",
    "went": "go", "gone": "go", "bought": "buy", "thought": "think", "told": "tell",
    "sold": "sell", "said": "say", "says": "say", "saw": "see", "seen": "see",
    "brought": "bring", "kept": "keep", "met": "meet", "held": "hold", "came": "come",
    "became": "become", "spoke": "speak", "spoken": "speak", "wrote": "write",
    "written": "write", "chose": "choose", "chosen": "choose", "began": "begin",
    "begun": "begin", "led": "lead", "paid": "pay", "sent": "send", "built": "build",
    "stood": "stand", "fought": "fight", "sought": "seek", "felt": "feel", "found": "find",
    "got": "get", "gotten": "get", "knew": "know", "known": "know", "grew": "grow",
    "grown": "grow", "threw": "throw", "thrown": "throw", "broke": "break",
    "broken": "break", "fell": "fall", "fallen": "fall", "meant": "mean", "heard": "hear",
    "won": "win", "lost": "lose", "left": "leave", "defence": "defense",
    "programme": "program", "programmes": "program", "children": "child", "men": "man",
    "women": "woman",
}  # fmt: skip

# (suffix, replacement), longest first; the first one that leaves >= 3 letters wins.
_SUFFIXES = (
    ("izations", "iz"), ("isations", "iz"), ("ization", "iz"), ("isation", "iz"),
    ("ations", "ate"), ("ation", "ate"), ("tions", "t"), ("tion", "t"), ("sions", "s"),
    ("sion", "s"), ("nesses", ""), ("ness", ""), ("ments", ""), ("ment", ""),
    ("ances", ""), ("ance", ""), ("ences", ""), ("ence", ""), ("ants", ""), ("ant", ""),
    ("ents", ""), ("ent", ""), ("ings", ""), ("ing", ""), ("ies", "i"), ("ied", "i"),
    ("edly", ""), ("eed", "ee"),
    ("ed", ""), ("ers", ""), ("er", ""), ("nry", "n"), ("ees", "ee"), ("es", ""), ("s", ""),
)  # fmt: skip
_KEEP_S = ("ss", "us", "is")


def normalize(text: str) -> str:
    """Fold the typographic variants reporters introduce (curly quotes, NFKC forms, case)."""
    return unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Map a word and its inflections to one key (weapons/weaponry -> weapon, took -> tak).

    Tokens with digits are codes (s400, f35): only a plural s after a digit is removed.
    """
    if any(ch.isdigit() for ch in word):
        return word[:-1] if len(word) > 2 and word[-1] == "s" and word[-2].isdigit() else word
    word = _IRREGULAR.get(word, word)
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(_KEEP_S):
                continue
            word = word[: -len(suffix)] + replacement
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeioulsz":
        word = word[:-1]
    if len(word) > 3 and word[-1] == "y":
        word = word[:-1] + "i"
    if len(word) > 3 and word[-1] == "e" and word[-2] != "e":
        word = word[:-1]
    if word.endswith("iz"):  # British -ise and American -ize spell one word
        word = word[:-1] + "s"
    return word


def _expand(token: str) -> list[str]:
    """Split one raw token into words: contractions, hyphens, codes, abbreviations."""
    if token.endswith("."):
        token = token.rstrip(".")
        return [_ABBREVIATIONS.get(token, token.replace(".", ""))]
    if token.endswith("n't"):
        base = {"ca": "can", "wo": "will", "sha": "shall"}.get(token[:-3], token[:-3])
        return [base, NEGATION]
    if "'" in token:
        token = token.split("'", 1)[0]
    if "-" in token:
        if any(ch.isdigit() for ch in token):
            return [token.replace("-", "")]
        return [part for part in token.split("-") if part]
    return [token]


def words(text: str) -> list[str]:
    """All words of `text`, normalized but not filtered or stemmed."""
    return [w for token in TOKEN.findall(normalize(text)) for w in _expand(token)]


def content_words(text: str) -> list[str]:
    """Stemmed content words in text order (stopwords dropped, negations -> ``not``).

    Equal to ``content_words_of(words(text))``, token by token: a raw token's
    content words depend on the token alone, and news repeats its tokens, so
    each distinct token is expanded, filtered and stemmed once (`token_content`).
    An import reads the words around every quote, some 20 MB for 840 articles.
    """
    return [w for token in TOKEN.findall(normalize(text)) for w in token_content(token)]


@lru_cache(maxsize=131072)
def token_content(token: str) -> tuple[str, ...]:
    return tuple(content_words_of(_expand(token)))


def content_words_of(word_list: list[str]) -> list[str]:
    """`content_words` for an already tokenized text (saves a second tokenization)."""
    out = []
    for word in word_list:
        if word in _NEGATIONS:
            out.append(NEGATION)
        elif word not in STOPWORDS and (len(word) > 1 or word.isdigit()):
            out.append(stem(word))
    return out
