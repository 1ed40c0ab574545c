"""Small views of an extraction that the rule tests compare against."""

from quotes.extraction import extract


def quote_triples(text):
    """(quoted words, resolved speaker, speaker mention as written) for each quote in `text`."""
    return [
        (q.text, q.speaker, q.speaker_mention.text if q.speaker_mention else None)
        for q in extract(text).quotes
    ]


def resolved_speakers(text):
    """The resolved speaker of each quote in `text`, in order."""
    return [q.speaker for q in extract(text).quotes]


def mentions_and_speakers(text):
    """(speaker mention as written, resolved speaker) for each quote in `text`, in order."""
    return [(q.speaker_mention.text, q.speaker) for q in extract(text).quotes]
