"""The phrases stage reads forward in two layers on one noun-phrase module.

Issue #21 found the speaker finder before a cue and the sentence-subject
finder handing a run back and forth. Now both stand on `noun_phrases` (a
phrase's tokens and extent, `Mention`) and neither imports the other: the
subject finder took `MAX_NP` from `backwards` and its dateline dashes from
`appositions` before those moved down into `noun_phrases` (which later took
the appositions whole).
"""

from tests.test_extraction_import_cycles import ENGINE, PACKAGE, import_graph

PHRASES = f"{PACKAGE}.phrases"
NOUN_PHRASES = f"{PHRASES}.noun_phrases"
BEFORE_A_CUE = {f"{PHRASES}.{name}" for name in ("mentions", "backwards")}
SENTENCE_SUBJECT = {f"{PHRASES}.{name}" for name in ("subjects", "subject_scan", "openings")}


def _reached(graph: dict[str, set[str]], start: str) -> set[str]:
    """Every module that `start` imports, directly or through others."""
    seen: set[str] = set()
    waiting = [start]
    while waiting:
        for other in graph.get(waiting.pop(), ()):
            if other not in seen:
                seen.add(other)
                waiting.append(other)
    return seen


def test_the_speaker_before_a_cue_and_the_sentence_subject_meet_only_in_noun_phrases():
    graph = import_graph(ENGINE, PACKAGE)
    for layer, other in ((BEFORE_A_CUE, SENTENCE_SUBJECT), (SENTENCE_SUBJECT, BEFORE_A_CUE)):
        for module in layer:
            reached = _reached(graph, module)
            assert NOUN_PHRASES in reached, module
            assert not reached & other, module
