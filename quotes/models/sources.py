from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords


class Source(models.Model):
    """One article or document; every quote offset points into its `body`.

    The body is stored once per distinct text (`content_hash`), so importing the
    same article twice, from two crawls or two files, never duplicates it.
    """

    title = models.CharField(max_length=500)
    publisher = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    origin = models.CharField(
        max_length=1000, blank=True, help_text="Where the import came from: a file name or URL."
    )
    published_on = models.DateField(null=True, blank=True)
    body = models.TextField()
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    language = models.CharField(max_length=16, default="en")
    # NULL means "not computed yet" (rows older than the column), unlike an empty list.
    match_names = models.TextField(  # noqa: DJ001
        null=True,
        blank=True,
        editable=False,
        help_text="The names the article prints, for the matcher (computed on import).",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["body", "match_names"])

    class Meta:
        ordering = ["-published_on", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=~Q(url=""), name="source_url_unique_when_set"
            ),
            models.CheckConstraint(condition=~Q(body=""), name="source_body_not_empty"),
        ]
        indexes = [models.Index(fields=["publisher", "published_on"])]

    def __str__(self):
        return self.title
