"""Explicit fields for every resource, and a brief form for embedding one in another.

Read serializers only read. Write serializers only validate input; the views
hand the validated data to the service functions, which do the work.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core.validators import RegexValidator
from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.fields import empty

from quotes import selectors
from quotes.api.schema import NOT_BLANK
from quotes.choices import LinkStatus, QuoteKind, Rating, Relation
from quotes.models import Claim, ClaimQuote, ImportJob, Quote, Source, Speaker

MAX_TEXT_LENGTH = 5000
MAX_MERGE = 100
MAX_ID = 2**63 - 1  # a 64-bit primary key
# What a curator can decide about a link.
LINK_DECISIONS = [(LinkStatus.CONFIRMED, "Confirmed"), (LinkStatus.REJECTED, "Rejected")]


# --- brief forms, for embedding --------------------------------------------


class SpeakerBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ["slug", "name"]


class SourceBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "title", "publisher", "origin", "published_on"]


class ClaimBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Claim
        fields = ["slug", "text"]


class QuoteBriefSerializer(serializers.ModelSerializer):
    speaker = SpeakerBriefSerializer(allow_null=True)
    source = SourceBriefSerializer()

    class Meta:
        model = Quote
        fields = ["id", "text", "kind", "said_on", "speaker", "source"]


class RelatedQuoteSerializer(QuoteBriefSerializer):
    relation = serializers.ChoiceField(choices=Relation.choices)

    class Meta(QuoteBriefSerializer.Meta):
        fields = [*QuoteBriefSerializer.Meta.fields, "relation"]


class QuoteClaimSerializer(serializers.ModelSerializer):
    """A claim as a quote makes it: through a link, with the quote's relation to it."""

    slug = serializers.SlugField(source="claim.slug")
    text = serializers.CharField(source="claim.text")

    class Meta:
        model = ClaimQuote
        fields = ["slug", "text", "relation"]


class StrictCharField(serializers.CharField):
    """A CharField for write bodies that takes only a string, and documents what it takes.

    DRF's CharField turns `0`, `1.5` or `true` into "0", "1.5" or "True", and checks
    max_length after trimming whitespace, so a padded string over the limit passes;
    the schema promises a string of at most maxLength characters, so both are a 400
    naming the field. (Form bodies carry only strings, so they are unaffected.)
    Unless blank is allowed, the schema also says that a string of nothing but
    whitespace (which DRF trims to "", then refuses) is no text; the NUL character
    every CharField refuses is declared by quotes.api.schema.refuse_nul_characters.
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        if not self.allow_blank:
            schema = {"type": "string", "minLength": 1, "pattern": NOT_BLANK}
            if self.max_length is not None:
                schema["maxLength"] = self.max_length
            extend_schema_field(schema)(self)

    def run_validation(self, data=empty):
        if data is not empty and data is not None:
            if not isinstance(data, str):
                self.fail("invalid")
            if self.max_length is not None and len(data) > self.max_length:
                self.fail("max_length", max_length=self.max_length)
        return super().run_validation(data)


SLUG_SCHEMA = {"type": "string", "minLength": 1, "maxLength": 220, "pattern": "^[-a-zA-Z0-9_]+$"}


@extend_schema_field(SLUG_SCHEMA)
class SlugLookupField(serializers.SlugRelatedField):
    """A row by its slug, checked (and documented) to be a slug before the lookup.

    So a value that cannot be a slug, such as one with a NUL byte (which PostgreSQL
    refuses outright), is a 400 naming the field, the same on every database.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("slug_field", "slug")
        super().__init__(**kwargs)
        self.slug_validator = serializers.SlugField(max_length=220)

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(self.slug_validator.run_validation(data))


# --- speakers ---------------------------------------------------------------


class SpeakerSerializer(serializers.ModelSerializer):
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="alias")
    quote_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Speaker
        fields = ["slug", "name", "kind", "description", "wikidata_id", "aliases", "quote_count"]


# --- quotes -----------------------------------------------------------------


class QuoteSerializer(serializers.ModelSerializer):
    speaker = SpeakerBriefSerializer(allow_null=True)
    source = SourceBriefSerializer()
    claims = QuoteClaimSerializer(many=True, source="public_links")

    class Meta:
        model = Quote
        fields = [
            "id", "text", "kind", "cue", "start", "end", "said_on", "verified",
            "speaker", "source", "claims",
        ]  # fmt: skip


def _iso(day) -> str | None:
    """A date as DRF's DateField writes it (a raw SQLite row already holds the ISO string)."""
    return day if day is None or isinstance(day, str) else day.isoformat()


def _speaker(row: dict) -> dict | None:
    if row["speaker_id"] is None:
        return None
    return {"slug": row["speaker__slug"], "name": row["speaker__name"]}


def _source(row: dict) -> dict:
    return {
        "id": row["source_id"],
        "title": row["source__title"],
        "publisher": row["source__publisher"],
        "origin": row["source__origin"],
        "published_on": _iso(row["source__published_on"]),
    }


def quote_rows(rows: list[dict], claims: dict[int, list[dict]]) -> list[dict]:
    """QuoteSerializer's output for a page of `selectors.quote_rows` dicts, built directly.

    The same fields, values and nesting (tests/test_api_quotes.py compares the two on
    every seeded quote); without DRF's per-field calls, which cost more than the page's
    queries (a page of 50 in 2 ms instead of 15 ms). QuoteSerializer still documents the
    shape and writes the CSV export.
    """
    return [
        {
            "id": row["id"],
            "text": row["text"],
            "kind": row["kind"],
            "cue": row["cue"],
            "start": row["start"],
            "end": row["end"],
            "said_on": _iso(row["said_on"]),
            "verified": row["verified"],
            "speaker": _speaker(row),
            "source": _source(row),
            "claims": claims.get(row["id"], []),
        }
        for row in rows
    ]


class QuoteDetailSerializer(QuoteSerializer):
    """A quote in its context: the words around it and where else it was said."""

    sentence = serializers.CharField(source="context.sentence")
    paragraph = serializers.CharField(source="context.paragraph")
    also_reported_as = RelatedQuoteSerializer(many=True, source="context.also_reported_as")
    related = RelatedQuoteSerializer(many=True, source="context.related")

    class Meta(QuoteSerializer.Meta):
        fields = [
            *QuoteSerializer.Meta.fields,
            "sentence",
            "paragraph",
            "also_reported_as",
            "related",
        ]


class QuoteUpdateSerializer(serializers.Serializer):
    """A curator's correction: any of speaker, kind, span (start and end), verified."""

    speaker = SlugLookupField(queryset=Speaker.objects.all(), required=False)
    kind = serializers.ChoiceField(choices=QuoteKind.choices, required=False)
    start = serializers.IntegerField(min_value=0, max_value=10**9, required=False)
    end = serializers.IntegerField(min_value=1, max_value=10**9, required=False)
    verified = serializers.BooleanField(required=False)


# --- claims -----------------------------------------------------------------


class ClaimSerializer(serializers.ModelSerializer):
    quote_count = serializers.IntegerField(read_only=True)
    speaker_count = serializers.IntegerField(read_only=True)
    source_count = serializers.IntegerField(read_only=True)
    first_said_on = serializers.DateField(read_only=True, allow_null=True)
    last_said_on = serializers.DateField(read_only=True, allow_null=True)

    class Meta:
        model = Claim
        fields = [
            "slug", "text", "rating", "rating_explanation", "reviewed_at",
            "quote_count", "speaker_count", "source_count", "first_said_on", "last_said_on",
        ]  # fmt: skip


class TimelineQuoteSerializer(serializers.ModelSerializer):
    """One quote of a claim's timeline and how it was linked; staff also see suggestions."""

    id = serializers.IntegerField(source="quote.id")
    text = serializers.CharField(source="quote.text")
    kind = serializers.ChoiceField(source="quote.kind", choices=QuoteKind.choices)
    said_on = serializers.DateField(source="quote.said_on", allow_null=True)
    speaker = SpeakerBriefSerializer(source="quote.speaker", allow_null=True)
    source = SourceBriefSerializer(source="quote.source")

    class Meta:
        model = ClaimQuote
        fields = ["id", "text", "kind", "said_on", "speaker", "source", "status", "method", "score"]


def timeline_row(link: dict) -> dict:
    """TimelineQuoteSerializer's output for one `selectors.claim_timeline` row (a dict)."""
    return {
        "id": link["quote_id"],
        "text": link["text"],
        "kind": link["kind"],
        "said_on": _iso(link["said_on"]),
        "speaker": _speaker(link),
        "source": _source(link),
        "status": link["status"],
        "method": link["method"],
        "score": link["score"],
    }


class TimelineGroupSerializer(serializers.Serializer):
    """A relation's group; its quotes are built by timeline_row (the fields below document them)."""

    relation = serializers.ChoiceField(choices=Relation.choices)
    label = serializers.CharField()
    count = serializers.IntegerField(help_text="All the group's quotes; `quotes` lists the first.")
    quotes = TimelineQuoteSerializer(many=True, source="links")

    def to_representation(self, group):
        return {
            "relation": group.relation,
            "label": str(group.label),
            "count": group.count,
            "quotes": [timeline_row(link) for link in group.links],
        }


class ClaimDetailSerializer(ClaimSerializer):
    timeline = TimelineGroupSerializer(many=True)
    quotes_url = serializers.SerializerMethodField(
        help_text="Every quote of the claim, paginated: the timeline shows the first "
        f"{selectors.TIMELINE_CAP} of each relation."
    )

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "pattern", "quotes_url", "timeline"]

    def get_quotes_url(self, claim) -> str:
        return f"{reverse('quote-list')}?{urlencode({'claim': claim.slug})}"


class ClaimWriteSerializer(serializers.Serializer):
    """Create (text required) or edit (PATCH: any field) a claim."""

    text = StrictCharField(max_length=MAX_TEXT_LENGTH)
    pattern = StrictCharField(max_length=500, required=False, allow_blank=True)
    rating = serializers.ChoiceField(choices=Rating.choices, required=False)
    rating_explanation = StrictCharField(
        max_length=MAX_TEXT_LENGTH, required=False, allow_blank=True
    )


class ClaimLinkSerializer(serializers.Serializer):
    """Link a quote to the claim (a curator's link is confirmed)."""

    # A whole number in range: DRF alone would take 1.5 for quote 1.
    quote = serializers.PrimaryKeyRelatedField(
        queryset=selectors.public_quotes(),
        pk_field=serializers.IntegerField(min_value=1, max_value=MAX_ID),
    )


class LinkStatusSerializer(serializers.Serializer):
    """Confirm or reject a link, typically a suggestion."""

    status = serializers.ChoiceField(choices=LINK_DECISIONS)

    # Never partial, though sent with PATCH: the decision is the whole request, so
    # `status` is required, and drf-spectacular (which marks a PATCH body partial,
    # making every field optional) documents it as the view validates it.
    @property
    def partial(self) -> bool:
        return False

    @partial.setter
    def partial(self, value) -> None:
        pass


class ClaimLinkResultSerializer(serializers.ModelSerializer):
    claim = serializers.SlugField(source="claim.slug")
    quote = serializers.IntegerField(source="quote_id")

    class Meta:
        model = ClaimQuote
        fields = ["claim", "quote", "status", "method", "relation", "score"]


class _MergeSerializer(serializers.Serializer):
    """Slugs of the rows to fold into this one, resolved in one query."""

    model = None
    others = serializers.ListField(
        child=serializers.SlugField(max_length=220),
        allow_empty=False,
        min_length=1,  # as allow_empty=False, but in the schema too (minItems)
        max_length=MAX_MERGE,
    )

    def validate_others(self, value):
        found = {row.slug: row for row in self.model.objects.filter(slug__in=value)}
        missing = sorted(set(value) - set(found))
        if missing:
            raise serializers.ValidationError(f"Unknown slugs: {', '.join(missing)}.")
        return [found[slug] for slug in dict.fromkeys(value)]


class ClaimMergeSerializer(_MergeSerializer):
    """Slugs of the claims to fold into this one."""

    model = Claim


class SpeakerMergeSerializer(_MergeSerializer):
    """Slugs of the speakers to fold into this one."""

    model = Speaker


# --- sources ----------------------------------------------------------------


class SourceSerializer(serializers.ModelSerializer):
    quote_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Source
        fields = [
            "id", "title", "publisher", "url", "origin", "published_on", "language", "quote_count",
        ]  # fmt: skip


class SourceQuoteSerializer(serializers.ModelSerializer):
    """A quote as its source shows it: offsets into the body."""

    speaker = SpeakerBriefSerializer(allow_null=True)

    class Meta:
        model = Quote
        fields = ["id", "text", "kind", "cue", "start", "end", "said_on", "speaker"]


class SourceDetailSerializer(SourceSerializer):
    quotes = SourceQuoteSerializer(many=True, source="visible_quotes")

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "body", "quotes"]


# --- tokens -----------------------------------------------------------------


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField()


# --- import jobs ------------------------------------------------------------

# An article's URL (or none: ""), as the schema documents it and the server checks it, untrimmed.
ARTICLE_URL_PATTERN = "^https?://[^\\u0000-\\u0020\\u007f]+$"


class SourceSubmitSerializer(serializers.Serializer):
    """An article to import: its text, and what the text may not say about itself.

    The text is kept exactly as sent (no trimming), so the same article from a
    file and from the API is one source; title, outlet and date fill what the
    engine cannot read from the text.
    """

    text = StrictCharField(max_length=settings.IMPORT_MAX_BYTES, trim_whitespace=False)
    title = StrictCharField(max_length=500, required=False, allow_blank=True)
    url = StrictCharField(
        max_length=2000,
        required=False,
        allow_blank=True,
        trim_whitespace=False,
        validators=[RegexValidator(ARTICLE_URL_PATTERN, "Enter an http or https URL.")],
    )
    publisher = StrictCharField(max_length=200, required=False, allow_blank=True)
    published_on = serializers.DateField(required=False)
    language = StrictCharField(max_length=16, required=False)

    def validate_text(self, value: str) -> str:
        if not value.strip():
            raise serializers.ValidationError("This field may not be blank.")
        return value


class ImportJobSerializer(serializers.ModelSerializer):
    """A job and what became of it: `source` links the stored article once it is done."""

    url = serializers.HyperlinkedIdentityField(view_name="job-detail")
    source = serializers.HyperlinkedRelatedField(
        view_name="source-detail", read_only=True, allow_null=True
    )

    class Meta:
        model = ImportJob
        fields = [
            "id", "url", "state", "origin", "title", "source", "new_source", "quotes", "speakers",
            "error", "attempts", "created_at", "started_at", "finished_at",
        ]  # fmt: skip
        read_only_fields = fields
