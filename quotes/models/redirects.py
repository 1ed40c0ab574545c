from django.db import models


class SlugRedirect(models.Model):
    """A slug that no longer names a row, and the row that took its place.

    Clients bookmark `/api/speakers/ankara/` and `/api/claims/<slug>/`; when a
    merge folds that speaker or claim into another, the old address answers 301
    to the survivor instead of 404. The merge services keep the table, moving
    earlier redirects along when a survivor is itself merged away.
    """

    class Kind(models.TextChoices):
        SPEAKER = "speaker", "speaker"
        CLAIM = "claim", "claim"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    old_slug = models.SlugField(max_length=100)
    target_id = models.PositiveBigIntegerField(help_text="The surviving row's id.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "old_slug"], name="one_redirect_per_slug")
        ]

    def __str__(self):
        return f"{self.kind} {self.old_slug} -> {self.target_id}"
