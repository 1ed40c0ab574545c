"""An "it" opening the sentence after one about a document ("The lawsuit contends ...
It goes on to fault ...") is that document, which speaks for whoever issued it.

"It" used to look only for a body or group, found none, and named nobody.
Invented sentences (issue #21).
"""

from tests.extraction_helpers import mentions_and_speakers

_FILED = (
    "Ann Voss, the mother of a man killed in the attack, has filed a lawsuit against the county. "
)


def test_it_after_the_lawsuit_is_the_lawsuit_of_whoever_filed_it():
    text = (
        _FILED + 'The lawsuit contends that "the deaths were caused by reckless actions" of '
        "the sheriff. It goes on to fault the jail's staff, saying the guards were "
        '"asleep at their posts."\n'
    )
    assert mentions_and_speakers(text)[-1] == ("It", "Ann Voss")


def test_it_after_a_sentence_about_something_else_is_not_the_document():
    text = _FILED + 'The county denies any fault. It says the guards were "doing their jobs."\n'
    assert mentions_and_speakers(text)[-1][1] != "Ann Voss"
