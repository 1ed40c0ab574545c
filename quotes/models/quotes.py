from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Length
from simple_history.models import HistoricalRecords

from quotes.choices import QuoteKind
from quotes.models.sources import Source
from quotes.models.speakers import Speaker


class Quote(models.Model):
    """One span of reported speech in a Source: `text == source.body[start:end]`.

    Offsets make every quote checkable against its article. The database checks
    the length (and, on PostgreSQL, a trigger checks the text itself); `clean()`
    checks it in code. `curated` marks rows a person has touched, which
    re-extraction keeps as they are.
    """

    # No index of their own: quote_span_unique starts with the source and the
    # (speaker, said_on) index with the speaker, and every index is one more
    # write per quote an import stores.
    source = models.ForeignKey(
        Source, on_delete=models.CASCADE, related_name="quotes", db_index=False
    )
    speaker = models.ForeignKey(
        Speaker,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="quotes",
        db_index=False,
    )
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    kind = models.CharField(max_length=10, choices=QuoteKind)
    cue = models.CharField(max_length=200, blank=True)
    speaker_mention = models.CharField(max_length=300, blank=True)
    mention_start = models.PositiveIntegerField(null=True, blank=True)
    mention_end = models.PositiveIntegerField(null=True, blank=True)
    group = models.PositiveIntegerField(
        default=0, help_text="Pieces of one quote split by its attribution share a group."
    )
    said_on = models.DateField(null=True, blank=True, db_index=True)
    confidence = models.FloatField(default=0.5)
    attribution_rule = models.CharField(
        max_length=40,
        blank=True,
        editable=False,
        help_text="The extraction rule that chose the speaker: why the engine filed it so.",
    )
    verified = models.BooleanField(default=False)
    is_quote = models.BooleanField(
        default=True, help_text="Off when a curator marks it as not a quote: hidden, but kept."
    )
    curated = models.BooleanField(default=False, editable=False)
    # NULL means "not computed yet" (rows older than the column), unlike an empty context.
    match_context = models.TextField(  # noqa: DJ001
        null=True,
        blank=True,
        editable=False,
        help_text="Content words around the quote, for the matcher (computed on import).",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["match_context"])

    class Meta:
        ordering = ["said_on", "source_id", "start"]
        permissions = [("verify_quote", "Can verify quotes")]
        constraints = [
            models.UniqueConstraint(fields=["source", "start", "end"], name="quote_span_unique"),
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="quote_span_not_empty"),
            models.CheckConstraint(
                condition=Q(end=F("start") + Length("text")), name="quote_text_matches_span"
            ),
            models.CheckConstraint(condition=Q(kind__in=QuoteKind.values), name="quote_kind_valid"),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="quote_confidence_range",
            ),
            models.CheckConstraint(
                condition=(Q(mention_start__isnull=True) & Q(mention_end__isnull=True))
                | Q(mention_end__gt=F("mention_start")),
                name="quote_mention_span_valid",
            ),
        ]
        indexes = [
            # The API lists public quotes only: "quotes by speaker" counts and
            # pages through this index alone, without visiting hidden rows.
            models.Index(
                fields=["speaker", "said_on", "source", "start"],
                condition=Q(is_quote=True),
                name="quote_public_by_speaker",
            ),
            models.Index(fields=["speaker", "said_on"]),
        ]

    def __str__(self):
        return self.text[:80]

    def clean(self):
        """Refuse a span that does not give back the text from the source body."""
        body = self.source.body
        if self.end > len(body) or body[self.start : self.end] != self.text:
            raise ValidationError(
                {"text": "The text must equal the source body between start and end."}
            )
        if self.mention_start is not None and (
            body[self.mention_start : self.mention_end] != self.speaker_mention
        ):
            raise ValidationError({"speaker_mention": "The mention must match its offsets."})
