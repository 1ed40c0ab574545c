from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from simple_history.models import HistoricalRecords

from quotes.choices import SpeakerKind


class Speaker(models.Model):
    """A person or organisation that says things, one row per real-world entity.

    Articles name the same person many ways; those names live in SpeakerAlias so
    that every quote, from any outlet, points at this one canonical row.
    """

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    kind = models.CharField(max_length=16, choices=SpeakerKind, default=SpeakerKind.UNKNOWN)
    description = models.CharField(
        max_length=500, blank=True, help_text="Role, e.g. 'Turkish President'."
    )
    wikidata_id = models.CharField(max_length=20, blank=True, help_text="For example Q39723.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        # Case-insensitive, so "envoy for the Syrian Kurds" sorts among the e's, not after "W".
        ordering = [Lower("name"), "pk"]
        permissions = [("merge_speaker", "Can merge speakers")]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=SpeakerKind.values), name="speaker_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(wikidata_id="") | Q(wikidata_id__regex=r"^Q[0-9]+$"),
                name="speaker_wikidata_id_format",
            ),
        ]

    def __str__(self):
        return self.name


class SpeakerAlias(models.Model):
    """Another name or title a speaker appears under ("Erdogan", "Tayyip Erdogan").

    `normalised` is the lookup key; it is unique so one spelling can never point
    at two speakers.
    """

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=300)
    normalised = models.CharField(max_length=300, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["alias"]
        verbose_name_plural = "speaker aliases"
        constraints = [
            models.CheckConstraint(condition=~Q(normalised=""), name="alias_normalised_not_empty")
        ]

    def __str__(self):
        return self.alias
