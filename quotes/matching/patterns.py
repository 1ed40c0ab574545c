"""Curated claim patterns: a curator's regex, fuzzy matching allowed.

Patterns use the `regex` module syntax, so fuzzy matching is available:
``(?:done deal){e<=1}`` also matches "done dea1" or "done deals". They match
case-insensitively against the quote text with typographic apostrophes
folded to ASCII and runs of whitespace collapsed.

Guards, because a pattern is user input that runs on every imported quote:

* syntax errors become a ValueError with the regex module's message;
* a pattern that matches the empty string would match every quote: rejected;
* catastrophic backtracking: the pattern is run against adversarial probes
  (long runs of one character, a long realistic sentence) with a timeout at
  compile time, and every match at run time also has a timeout. Probes cannot
  prove a pattern safe, so the run-time timeout is the real guarantee.
"""

from __future__ import annotations

import unicodedata

import regex

MAX_PATTERN_LENGTH = 500
CHECK_TIMEOUT = 0.25  # seconds per probe when compiling
MATCH_TIMEOUT = 0.1  # seconds per quote when matching
FLAGS = regex.IGNORECASE

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_SENTENCE = "If we sign a deal on an issue, that's a done deal; no one can ask us to back down. "
_PROBES = (
    "a" * 3000 + "!",
    "x" * 3000 + "\n",
    "ab" * 1500 + "!",
    " " * 3000 + "!",
    _SENTENCE * 25,
)


def normalize_for_pattern(text: str) -> str:
    """NFKC, ASCII apostrophes and quotes, single spaces: what patterns see."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    return " ".join(text.split())


def compile_pattern(pattern: str) -> regex.Pattern:
    """Compile and vet a curator's pattern; raise ValueError saying what is wrong."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise ValueError("pattern is empty")
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise ValueError(f"pattern is longer than {MAX_PATTERN_LENGTH} characters")
    try:
        compiled = regex.compile(pattern, FLAGS)
    except regex.error as exc:
        raise ValueError(f"invalid pattern {pattern!r}: {exc}") from exc
    if compiled.search("", timeout=CHECK_TIMEOUT) is not None:
        raise ValueError(f"pattern {pattern!r} matches the empty string, so every quote")
    for probe in _PROBES:
        try:
            compiled.search(probe, timeout=CHECK_TIMEOUT)
        except TimeoutError as exc:
            raise ValueError(
                f"pattern {pattern!r} is too slow (catastrophic backtracking?): "
                "simplify nested repeats such as (a+)+"
            ) from exc
    return compiled


def pattern_matches(compiled: regex.Pattern, text: str) -> bool:
    """Whether a compiled pattern matches `text`; False when matching times out.

    A timeout means the pattern is pathological for this text: treating it as no
    match keeps an import running, and the curator sees the claim gain no quote.
    """
    try:
        return compiled.search(normalize_for_pattern(text), timeout=MATCH_TIMEOUT) is not None
    except TimeoutError:
        return False
