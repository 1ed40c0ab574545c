"""The data model: sources, speakers, quotes and the claims they make."""

from quotes.models.claims import Claim, ClaimQuote
from quotes.models.jobs import ImportJob
from quotes.models.matching import CorpusTerm, MatchKey, QuoteMatch
from quotes.models.quotes import Quote
from quotes.models.redirects import SlugRedirect
from quotes.models.sources import Source
from quotes.models.speakers import Speaker, SpeakerAlias

__all__ = [
    "Claim",
    "ClaimQuote",
    "CorpusTerm",
    "ImportJob",
    "MatchKey",
    "Quote",
    "QuoteMatch",
    "SlugRedirect",
    "Source",
    "Speaker",
    "SpeakerAlias",
]
