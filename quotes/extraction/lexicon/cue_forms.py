"""Every inflected form of the reporting verbs, with its lemma and group.

Built once from the verb lists of `cue_words`: "said", "says", "saying" are
forms of "say" (group SAY). Kept in the lexicon because the name and phrase
finders ask whether a word is a cue before the cue stage finds any.
Groups, by how a cue takes its speaker and content:
  SAY   - "X said", "said X", "X said (that) ..." (subject may follow the verb)
  TELL  - "X told Y (that) ...", takes an addressee, never inverted
  CALL  - "X called Y a 'Z'", "X described Y as 'Z'": only introduces quoted words
"""

from __future__ import annotations

import regex

from .cue_words import (
    CALL_VERBS,
    LABELLING_AS_VERBS,
    LABELLING_OF_VERBS,
    LABELLING_VERBS,
    SAY_VERBS,
    TELL_VERBS,
)

SAY, TELL, CALL = "say", "tell", "call"


_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"),
    "read": ("reads", "read", "reading"),
    "go on": ("goes on", "went on", "going on"),
    "testify": ("testifies", "testified", "testifying"),
    "reply": ("replies", "replied", "replying"),
    "deny": ("denies", "denied", "denying"),
    "quip": ("quips", "quipped", "quipping"),
    "dub": ("dubs", "dubbed", "dubbing"),
    "label": ("labels", "labeled", "labelled", "labeling", "labelling"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "cast": ("casts", "cast", "casting"),
}


_DOUBLES = regex.compile(r"[a-z]*[^aeiou][aeiou][^aeiouwxy]")


def _forms(lemma: str) -> tuple[str, ...]:
    """Inflected forms of a regular or listed irregular verb."""
    if lemma in _IRREGULAR:
        return (lemma, *_IRREGULAR[lemma])
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")
    forms = (lemma, third, stem + "ed", stem + "ing")
    if _DOUBLES.fullmatch(lemma):
        forms += (lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing")  # admitted, slammed
    return forms


# Forms that are nearly always nouns in news text ("the charged term").
_NOUN_FORMS = frozenset({"term", "terms", "state", "states"})


def _build_table() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for group, verbs in ((CALL, CALL_VERBS), (TELL, TELL_VERBS), (SAY, SAY_VERBS)):
        for verb in verbs:
            for form in _forms(verb):
                if form not in _NOUN_FORMS:
                    table[form] = (verb, group)
    return table


CUE_FORMS = _build_table()


NOUN_ABLE = frozenset(form for lemma, _ in CUE_FORMS.values() for form in _forms(lemma)[:2])


def is_cue_word(low: str) -> bool:
    """Is this lower-case word a form of a reporting verb ("said", "warns")?"""
    return low in CUE_FORMS


def is_verb_cue_word(low: str) -> bool:
    """A cue word that cannot be a noun: "said", "saying", but not "reads" or "remarks"."""
    return low in CUE_FORMS and low not in NOUN_ABLE


# Every form of the labelling verbs with its lemma: "deemed" -> "deem" (attribution/labelling.py).
LABELLING_FORMS = {
    form: lemma
    for lemma in LABELLING_VERBS | LABELLING_AS_VERBS | LABELLING_OF_VERBS
    for form in _forms(lemma)
    if form not in _NOUN_FORMS
}
