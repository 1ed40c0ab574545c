from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from quotes.choices import LinkStatus, MatchMethod, Rating, Relation
from quotes.models.quotes import Quote


class Claim(models.Model):
    """A proposition that one or more quotes assert, and its fact-check rating.

    `text` is readable: the earliest full-sentence quote, or what a curator wrote
    (`text_is_curated`). `pattern` is a curator's `regex` pattern; every quote
    that matches it is linked with method "pattern".
    """

    text = models.TextField()
    slug = models.SlugField(max_length=120, unique=True)
    text_is_curated = models.BooleanField(default=False)
    pattern = models.CharField(max_length=500, blank=True)
    rating = models.CharField(max_length=16, choices=Rating, default=Rating.UNRATED)
    rating_explanation = models.TextField(blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    named_by = models.ForeignKey(
        Quote,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        help_text="The quote whose sentence is the machine text, so a new quote is weighed "
        "against it alone.",
    )
    quotes = models.ManyToManyField(
        Quote, through="ClaimQuote", through_fields=("claim", "quote"), related_name="claims"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["id"]
        permissions = [("merge_claim", "Can merge claims")]
        constraints = [
            models.CheckConstraint(
                condition=Q(rating__in=Rating.values), name="claim_rating_valid"
            ),
            models.CheckConstraint(condition=~Q(text=""), name="claim_text_not_empty"),
        ]
        indexes = [
            # Every import asks for the few claims a curator gave a pattern
            # (claim_patterns._patterns); this index holds only those, so the
            # question does not read every claim as the catalogue grows.
            models.Index(fields=["id"], condition=~Q(pattern=""), name="claim_with_pattern"),
        ]

    def __str__(self):
        return self.text[:80]

    @property
    def is_curated(self) -> bool:
        """A curator gave it something (text, pattern or rating) that no rebuild may drop."""
        return self.text_is_curated or bool(self.pattern) or self.rating != Rating.UNRATED


class ClaimQuote(models.Model):
    """The link between a quote and a claim it asserts: how it was made and how sure we are.

    `relation` says how the quote stands to the claim's first appearance; `status`
    separates machine links (automatic, suggested) from a curator's decisions
    (confirmed, rejected), which rebuilds never overwrite.
    """

    # Indexed by claimquote_unique (claim first) and (quote, status), not alone.
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="links", db_index=False)
    quote = models.ForeignKey(
        Quote, on_delete=models.CASCADE, related_name="claim_links", db_index=False
    )
    matched_quote = models.ForeignKey(
        Quote,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The stored quote this one was matched against.",
    )
    method = models.CharField(max_length=16, choices=MatchMethod)
    score = models.FloatField(default=1.0)
    relation = models.CharField(max_length=16, choices=Relation, default=Relation.ORIGINAL)
    status = models.CharField(max_length=10, choices=LinkStatus, default=LinkStatus.AUTOMATIC)
    unit_start = models.PositiveIntegerField(
        default=0, help_text="Where in the quote the matched sentence or clause starts."
    )
    unit_end = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["claim_id", "quote_id"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "quote"], name="claimquote_unique"),
            models.CheckConstraint(
                condition=Q(method__in=MatchMethod.values), name="claimquote_method_valid"
            ),
            models.CheckConstraint(
                condition=Q(relation__in=Relation.values), name="claimquote_relation_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=LinkStatus.values), name="claimquote_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(score__gte=0) & Q(score__lte=1), name="claimquote_score_range"
            ),
        ]
        indexes = [
            models.Index(fields=["claim", "status"]),
            models.Index(fields=["quote", "status"]),
            models.Index(fields=["claim", "relation"]),
        ]

    def __str__(self):
        return f"{self.quote_id} → {self.claim_id} ({self.relation})"


class SuggestedLink(ClaimQuote):
    """The links as curators review them: the admin's queue of the matcher's suggestions.

    A proxy, so the queue has a name that says what it is without a table of its own.
    It has no permissions of its own either: the admin asks ClaimQuote's, as the API does.
    """

    class Meta:
        proxy = True
        verbose_name = "suggested link"
        default_permissions = ()
