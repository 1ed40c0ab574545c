from django.db import models

from quotes.models.sources import Source


class ImportJob(models.Model):
    """One article waiting for, or done by, the importer: a row per `enqueue_import`.

    The row, not the broker's message, is the record of the work: the message
    only names the row, so a message delivered twice (after a worker died) finds
    the row already done, and a job's state, error and source can be read by the
    API and the command without a result backend. The article's fields are kept
    until the job is done; the source then holds the text, so the body is cleared.
    """

    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    state = models.CharField(max_length=16, choices=State.choices, default=State.QUEUED)
    batch = models.UUIDField(
        null=True, blank=True, editable=False, help_text="The command run that enqueued the job."
    )
    body = models.TextField(blank=True)
    origin = models.CharField(max_length=1000, blank=True)
    title = models.CharField(max_length=500, blank=True)
    url = models.CharField(max_length=2000, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=16, default="en")
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    new_source = models.BooleanField(
        null=True, help_text="Done: whether this job stored the article, or found it stored."
    )
    quotes = models.PositiveIntegerField(default=0, help_text="Quotes the job stored.")
    speakers = models.PositiveIntegerField(default=0, help_text="Speakers the job created.")
    error = models.CharField(max_length=1000, blank=True)
    attempts = models.PositiveIntegerField(
        default=0, help_text="Runs started: more than one after a worker died or a retry."
    )
    worker = models.CharField(
        max_length=200, blank=True, help_text="The worker that started the latest run."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["batch", "state"], name="importjob_batch_state")]

    def __str__(self):
        return f"{self.origin or self.title or 'article'} ({self.state})"

    def document(self) -> dict:
        """The keyword arguments `import_source` takes for this job's article."""
        return {
            "body": self.body,
            "origin": self.origin,
            "title": self.title,
            "url": self.url,
            "publisher": self.publisher,
            "published_on": self.published_on,
            "language": self.language,
        }
