"""Every choice list in one place, so the API, the admin and the importer agree."""

from django.db import models


class SpeakerKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANISATION = "organisation", "Organisation"
    UNKNOWN = "unknown", "Unknown"


class QuoteKind(models.TextChoices):
    DIRECT = "direct", "Direct"
    PARTIAL = "partial", "Partial"
    INDIRECT = "indirect", "Indirect"


class Rating(models.TextChoices):
    """Verdicts, ordered from best to worst so each maps onto a ClaimReview ratingValue."""

    UNRATED = "unrated", "Unrated"
    TRUE = "true", "True"
    MOSTLY_TRUE = "mostly_true", "Mostly true"
    HALF_TRUE = "half_true", "Half true"
    MOSTLY_FALSE = "mostly_false", "Mostly false"
    FALSE = "false", "False"
    MISLEADING = "misleading", "Misleading"
    UNVERIFIABLE = "unverifiable", "Unverifiable"


class MatchMethod(models.TextChoices):
    EXACT = "exact", "Exact"
    NEAR_DUPLICATE = "near_duplicate", "Near duplicate"
    KEY_PHRASE = "key_phrase", "Key phrase"
    PATTERN = "pattern", "Pattern"
    PARAPHRASE = "paraphrase", "Paraphrase"
    CURATOR = "curator", "Curator"


class Relation(models.TextChoices):
    """How a quote relates to the claim's first appearance."""

    ORIGINAL = "original", "First appearance"
    SAME_UTTERANCE = "same_utterance", "Same utterance, another outlet"
    REPETITION = "repetition", "Repeated by the same speaker"
    ECHO = "echo", "Echoed by another speaker"


class LinkStatus(models.TextChoices):
    AUTOMATIC = "automatic", "Automatic"
    SUGGESTED = "suggested", "Suggested"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"


# Links a curator has decided on; rebuilds and re-imports never touch them.
CURATED_STATUSES = (LinkStatus.CONFIRMED, LinkStatus.REJECTED)
# Links the matcher owns: it may rewrite or drop them on any import or rebuild.
MACHINE_STATUSES = (LinkStatus.AUTOMATIC, LinkStatus.SUGGESTED)
# Links the public sees and counts.
PUBLIC_STATUSES = (LinkStatus.AUTOMATIC, LinkStatus.CONFIRMED)
