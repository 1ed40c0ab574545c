from django.db import models
from django.db.models import F, Q

from quotes.models.quotes import Quote


class MatchKey(models.Model):
    """An index entry: one sentence or clause of a quote filed under one retrieval key.

    Keys are LSH bands of content words and distinctive key phrases. A new quote
    looks up only the rows that share one of its keys, so matching costs the same
    whatever the size of the database.
    """

    key = models.CharField(max_length=80)
    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="match_keys")
    start = models.PositiveIntegerField(help_text="Unit start, relative to the quote text.")
    end = models.PositiveIntegerField()

    class Meta:
        # A candidate look-up walks one key's postings newest first and stops after
        # KEY_POSTINGS_CAP rows (`services.matching._candidates`). With the unit's
        # span in the index, in the walk's order, the walk reads index pages only:
        # no table row per posting, which at 100,000 quotes lie on as many pages.
        # The same index keeps a unit from being filed twice under one key (units of
        # a quote never share a start), so an import maintains one index, not two.
        constraints = [
            models.UniqueConstraint(
                F("key"), F("quote").desc(), F("start"), F("end"), name="matchkey_walk"
            ),
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="matchkey_unit_not_empty"),
        ]

    def __str__(self):
        return f"{self.key} → {self.quote_id}"


class QuoteMatch(models.Model):
    """A scored pair of units (sentences or clauses of two quotes) that make the same claim.

    Storing the pairs, not just the claims, lets a rebuild and an incremental
    import derive claims by the same function from the same facts. Pairs join
    units, not whole quotes, because one quote can assert several claims. `low`
    is the quote with the smaller id, so each pair is stored once.
    """

    # Indexed by quotematch_unique (low first) and the index on `high`, not twice.
    low = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="+", db_index=False)
    high = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="+", db_index=False)
    score = models.FloatField()
    method = models.CharField(max_length=16)
    decision = models.CharField(max_length=10, help_text="automatic or suggested")
    low_start = models.PositiveIntegerField()
    low_end = models.PositiveIntegerField()
    high_start = models.PositiveIntegerField()
    high_end = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["low", "high", "low_start", "high_start"], name="quotematch_unique"
            ),
            models.CheckConstraint(condition=Q(low__lt=F("high")), name="quotematch_ordered"),
            models.CheckConstraint(
                condition=Q(decision__in=["automatic", "suggested"]),
                name="quotematch_decision_valid",
            ),
        ]
        indexes = [models.Index(fields=["high"])]

    def __str__(self):
        return f"{self.low_id} ~ {self.high_id} ({self.score:.2f})"


class CorpusTerm(models.Model):
    """How many articles use a content word, or quote a key phrase (``p:`` terms).

    The matcher weighs shared words by how rare they are (`quotes.matching.stats`).
    The row with the empty term counts the articles themselves. Kept by the
    import, re-extraction, deletion and rebuild services, one upsert per article.
    """

    term = models.CharField(max_length=120, primary_key=True)
    documents = models.IntegerField(default=0)

    def __str__(self):
        return f"{self.term or '(articles)'}: {self.documents}"
