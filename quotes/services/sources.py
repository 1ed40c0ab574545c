"""Importing articles: one transaction per source, idempotent by content hash.

An import has two halves. `prepare_article` reads the text alone (extraction, the
names and contexts the matcher keeps): it needs no database, so it runs outside any
transaction and lock, and two workers do it at the same time. The writes then take
turns under the catalogue lock (quotes.services.locks), in one transaction.
"""

import hashlib
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db import IntegrityError, OperationalError

from quotes.choices import CURATED_STATUSES, SpeakerKind
from quotes.extraction import extract
from quotes.extraction.types import ArticleSpeaker, ExtractedQuote, Extraction
from quotes.matching.contexts import contexts_around
from quotes.matching.evidence import article_names, encode_terms
from quotes.matching.stats import terms_of
from quotes.models import Quote, Source, Speaker
from quotes.services import corpus
from quotes.services.history import record_baseline
from quotes.services.json_rows import insert_rows
from quotes.services.locks import catalogue_write, is_transient
from quotes.services.matching import forget_quotes, match_quotes, rematch, unit_keys
from quotes.services.model_update import model_update
from quotes.services.speaker_resolution import resolve_speakers

_RETRIES = 3


@dataclass(frozen=True)
class PreparedArticle:
    """What an import computes from the text alone, before it takes the catalogue lock.

    Everything here depends on the body and the given date only, never on what is
    stored, so computing it early (or twice, when a job is delivered twice) changes
    no result; what depends on the store (speakers, claims) is left to the writes.
    """

    extraction: Extraction
    match_names: str
    contexts: tuple[str, ...]  # each quote's encoded match context, in extraction order
    terms: frozenset[str]  # what the article adds to the corpus statistics (`terms_of`)
    units: tuple  # each quote's units with their retrieval keys (`unit_keys`), in extraction order


def prepare_article(*, body: str, published_on: date | None = None) -> PreparedArticle:
    """Extract an article and encode what the matcher keeps of it; no database access."""
    extraction = extract(
        body, published_on=published_on, seconds=settings.EXTRACTION_SECONDS or None
    )
    return PreparedArticle(
        extraction=extraction,
        match_names=encode_terms(article_names(body)),
        contexts=_contexts(body, extraction.quotes),
        terms=frozenset(terms_of(body, [found.text for found in extraction.quotes])),
        units=tuple(unit_keys(found.text) for found in extraction.quotes),
    )


def _contexts(body: str, quotes) -> tuple[str, ...]:
    spans = [(found.start, found.end, found.text) for found in quotes]
    return tuple(encode_terms(context) for context in contexts_around(body, spans))


@dataclass(frozen=True)
class ImportOutcome:
    """What one call to `import_source` did, for the command's summary line."""

    source: Source
    created: bool
    quotes: int = 0
    speakers: int = 0


def content_hash(body: str) -> str:
    """The identity of a text: the same words from any file or URL are one source."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def import_source(
    *,
    body: str,
    origin: str = "",
    title: str = "",
    url: str = "",
    publisher: str = "",
    published_on: date | None = None,
    language: str = "en",
    prepared: PreparedArticle | None = None,
) -> ImportOutcome:
    """Store an article and its quotes, or return the stored one if the text is known.

    The article is prepared (`prepare_article`) before the transaction opens, unless
    the caller did it already (a job prepares outside its own transaction), and once:
    a retry reuses it. Two importers racing on the same text both end with one row:
    the loser's unique-key error is caught and reported as "unchanged". A deadlock or
    a serialization failure rolls the whole article back, so it is tried again, a few
    times at most.
    """
    digest = content_hash(body)
    for attempt in range(_RETRIES):
        existing = Source.objects.filter(content_hash=digest).first()
        if existing:
            return ImportOutcome(source=existing, created=False)
        prepared = prepared or prepare_article(body=body, published_on=published_on)
        try:
            return _create_source(
                prepared=prepared,
                body=body,
                digest=digest,
                origin=origin,
                title=title,
                url=url,
                publisher=publisher,
                published_on=published_on,
                language=language,
            )
        except IntegrityError:
            if attempt == _RETRIES - 1:
                raise
        except OperationalError as error:
            if attempt == _RETRIES - 1 or not is_transient(error):
                raise
    raise AssertionError("unreachable")


@catalogue_write  # the preparation ran in parallel; the writes below take turns
def _create_source(
    *, prepared, body, digest, origin, title, url, publisher, published_on, language
):
    # The engine read the article's own title, outlet and date; they fill what the
    # caller did not give. A given date dates the quotes too.
    meta = prepared.extraction.metadata
    source = Source.objects.create(
        title=(title or meta.title or origin or "Untitled")[:500],
        publisher=(publisher or meta.publisher)[:200],
        url=url,
        origin=origin[:1000],
        published_on=published_on or meta.published_on,
        body=body,
        content_hash=digest,
        language=language,
        match_names=prepared.match_names,
    )
    quotes, new_speakers = _store_quotes(source, prepared)
    match_quotes(quotes=quotes, units=prepared.units)
    corpus.count_terms(terms=prepared.terms)  # the stored quotes are the extraction's
    return ImportOutcome(source=source, created=True, quotes=len(quotes), speakers=new_speakers)


def _speakers_of(
    extraction: Extraction, source: Source, *, new_source: bool = False
) -> tuple[dict[str, Speaker], int]:
    """Resolve each speaker the article names, then each other name its quotes give.

    All in one `resolve_speakers` call, in the order one call per name took: the
    article's speakers, then its quotes' speakers it did not list. The source goes
    along so that a role the article never names ("a senior official") stays this
    article's speaker rather than everyone's; an import's `new_source` has no quote
    yet, so it has no such speaker to look up. The count is of the article's own
    speakers that were new.
    """
    names = list(extraction.speakers)
    seen = {speaker.name for speaker in names}
    for found in extraction.quotes:
        if found.speaker and found.speaker not in seen:
            seen.add(found.speaker)
            kind = found.speaker_kind or SpeakerKind.UNKNOWN
            names.append(ArticleSpeaker(name=found.speaker, kind=kind))
    resolved = resolve_speakers(speakers=names, source=source, new_source=new_source)
    speakers = {named.name: speaker for named, (speaker, _) in zip(names, resolved, strict=True)}
    return speakers, sum(new for _, new in resolved[: len(extraction.speakers)])


def _speaker_for(found: ExtractedQuote, speakers: dict[str, Speaker]) -> Speaker | None:
    return speakers[found.speaker] if found.speaker else None


def quote_fields(
    found: ExtractedQuote, source: Source, speaker: Speaker | None, context: str
) -> dict:
    """The model fields for one extracted quote; shared by import and re-extraction.

    `context` is the quote's encoded match context, which callers compute for the
    whole article at once (`_contexts`: one tokenisation, not one per quote).
    """
    mention = found.speaker_mention
    return {
        "speaker": speaker,
        "text": found.text,
        "kind": found.kind,
        "cue": found.cue[:200],
        "speaker_mention": mention.text[:300] if mention else "",
        "mention_start": mention.start if mention else None,
        "mention_end": mention.end if mention else None,
        "group": found.group,
        "said_on": found.said_on or source.published_on,
        "confidence": min(max(found.confidence, 0.0), 1.0),
        "attribution_rule": found.rule[:40],
        "match_context": context,
    }


def _store_quotes(source: Source, prepared: PreparedArticle) -> tuple[list[Quote], int]:
    speakers, created = _speakers_of(prepared.extraction, source, new_source=True)
    rows = []
    for found, context in zip(prepared.extraction.quotes, prepared.contexts, strict=True):
        speaker = _speaker_for(found, speakers)
        fields = quote_fields(found, source, speaker, context)
        quote = Quote(source=source, start=found.start, end=found.end, **fields)
        quote.clean()
        rows.append(quote)
    return insert_rows(Quote, rows), created


def reextract_source(*, source: Source) -> int:
    """Run the engine again on a stored source, keeping every curator decision.

    A quote a curator touched (verified, corrected, marked not-a-quote, or with a
    confirmed or rejected claim link) stays as it is; other quotes are updated in
    place when the span is unchanged, added when new, and removed when the engine
    no longer finds them. Claims are re-derived around every change. Returns the
    number of quotes that changed.

    The engine reads only the body, which never changes, and the date, so it runs
    before the transaction and the catalogue lock, as an import's `prepare_article`
    does: other writers wait only for the writes. A date corrected meanwhile is
    caught under the lock, and the article extracted again with it.
    """
    extraction = _extract_stored(source)
    return _apply_extraction(source=source, extraction=extraction)


def _extract_stored(source: Source) -> Extraction:
    seconds = settings.EXTRACTION_SECONDS or None
    return extract(source.body, published_on=source.published_on, seconds=seconds)


@catalogue_write
def _apply_extraction(*, source: Source, extraction: Extraction) -> int:
    stored_date = Source.objects.filter(pk=source.pk).values_list("published_on", flat=True).get()
    if stored_date != source.published_on:
        source.published_on = stored_date
        extraction = _extract_stored(source)
    speakers, _ = _speakers_of(extraction, source)
    existing = {(q.start, q.end): q for q in source.quotes.all()}
    before = [q.text for q in existing.values()]
    kept = set(
        source.quotes.filter(claim_links__status__in=CURATED_STATUSES).values_list("pk", flat=True)
    )
    frozen = {span for span, q in existing.items() if q.curated or q.verified or q.pk in kept}
    changed, created = [], []
    contexts = _contexts(source.body, extraction.quotes)
    for found, context in zip(extraction.quotes, contexts, strict=True):
        span = (found.start, found.end)
        fields = quote_fields(found, source, _speaker_for(found, speakers), context)
        if span not in existing:
            created.append(Quote(source=source, start=found.start, end=found.end, **fields))
        elif span not in frozen and _update(existing[span], fields):
            changed.append(existing[span])
    found_spans = {(f.start, f.end) for f in extraction.quotes}
    gone = [q for span, q in existing.items() if span not in found_spans and span not in frozen]
    neighbours = forget_quotes({q.pk for q in changed + gone})
    for quote in gone:
        quote.delete()
    created = Quote.objects.bulk_create(created)
    after = source.quotes.values_list("text", flat=True)
    corpus.recount_quotes(body=source.body, before=before, after=list(after))
    rematch(changed=changed + created, neighbours=neighbours)
    return len(changed) + len(created) + len(gone)


def reextract_all() -> tuple[int, int]:
    """Re-extract every stored source, one transaction each; returns (sources, quotes changed)."""
    sources = changed = 0
    for source in Source.objects.order_by("id").iterator(chunk_size=200):
        changed += reextract_source(source=source)
        sources += 1
    return sources, changed


@catalogue_write
def delete_source(*, source: Source) -> None:
    """Delete a source and its quotes; claims and speakers other sources use stay.

    A claim left with no quote at all, and nothing a curator gave it, goes too.
    """
    texts = list(source.quotes.values_list("text", flat=True))
    neighbours = forget_quotes(set(source.quotes.values_list("pk", flat=True)))
    corpus.count_article(body=source.body, quotes=texts, sign=-1)
    source.delete()
    rematch(changed=[], neighbours=neighbours)


def _update(quote: Quote, fields: dict) -> bool:
    return bool(model_update(instance=quote, data=fields))


@catalogue_write
def update_source(*, source: Source, **fields) -> Source:
    """Correct an article's title, publisher, URL or date.

    Quotes dated by the article (said_on equal to the old date) move with it;
    quotes the text dates itself keep their own date. The body never changes:
    every offset points into it.
    """
    allowed = {"title", "publisher", "url", "published_on", "language"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"cannot update {', '.join(sorted(unknown))}")
    old_date = source.published_on
    record_baseline([source])
    changed = model_update(instance=source, data=fields, clean_exclude=["content_hash", "body"])
    if "published_on" in changed:
        for quote in source.quotes.filter(said_on=old_date):
            quote.said_on = source.published_on
            quote.save(update_fields=["said_on", "updated_at"])
    return source
