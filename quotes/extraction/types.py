"""Value types the extraction engine returns.

They are plain frozen dataclasses so the engine stays free of Django: the
service layer turns them into model rows, and `extract_quotes` turns them
into JSON Lines. Every offset is a code-point index into the text that was
passed in, so `text[start:end]` always gives back the quoted words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

DIRECT = "direct"
PARTIAL = "partial"
INDIRECT = "indirect"

PERSON = "person"
ORGANISATION = "organisation"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Span:
    """A stretch of the input text, kept with its offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class ExtractedQuote:
    """One span of reported speech and who said it.

    `speaker` is the name the speaker has in this article after in-article
    resolution (pronouns, surnames and titles resolved to the fullest name
    the article gives); `speaker_mention` is the phrase as written next to
    the cue. Pieces of one quote split by its attribution share `group`.
    `rule` names the attribution rule that chose the speaker (see
    `attribution/rules.py`), so a curator can see why.
    """

    text: str
    start: int
    end: int
    kind: str
    cue: str = ""
    cue_span: Span | None = None
    speaker: str | None = None
    speaker_kind: str = UNKNOWN
    speaker_mention: Span | None = None
    confidence: float = 0.5
    said_on: date | None = None
    group: int = 0
    rule: str = ""


@dataclass(frozen=True)
class ArticleSpeaker:
    """A speaker as one article names it: its fullest name, kind, role and every mention."""

    name: str
    kind: str = UNKNOWN
    description: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceMetadata:
    """What the text itself says about where and when it was published."""

    title: str = ""
    publisher: str = ""
    published_on: date | None = None
    year: int | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything the engine finds in one text."""

    quotes: tuple[ExtractedQuote, ...] = ()
    speakers: tuple[ArticleSpeaker, ...] = ()
    metadata: SourceMetadata = field(default_factory=SourceMetadata)
    boilerplate: tuple[Span, ...] = ()
