"""A curator's speaker operations: merge, split an alias off, create, correct.

Also the slug and alias helpers they share with other writers (`create_with_slug`,
`unique_slugs`).
Matching an article's speakers to the stored ones is `speaker_resolution`.
"""

from collections import Counter

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.text import slugify

from quotes.choices import SpeakerKind
from quotes.extraction.names import normalise_alias
from quotes.models import Quote, SlugRedirect, Speaker, SpeakerAlias
from quotes.services.history import record_baseline
from quotes.services.locks import catalogue_write
from quotes.services.model_update import model_update
from quotes.services.redirects import record_redirects


def unique_slug(model, text: str, *, field: str = "slug", max_length: int = 100) -> str:
    """Slugify `text`, adding -2, -3 ... until no row of `model` has it."""
    base = _base(text, max_length)
    slug, n = base, 1
    while model.objects.filter(**{field: slug}).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def unique_slugs(model, labels: list[str], *, max_length: int = 100, taken=None) -> list[str]:
    """The slugs `unique_slug` would give rows created one after another from `labels`.

    Each takes the lowest free suffix, counting the slugs given earlier in the list.
    One read checks a window of suffixes for every base (`slug_window`); a base whose
    window is full ("senior-official" after many articles) reads all its suffixes
    once more. A caller that read the window of these labels, or of more, along
    with something else gives what it found as `taken`, and spares the read.
    """
    bases = [_base(text, max_length) for text in labels]
    wanted = Counter(bases)
    window = {b: [_suffixed(b, n) for n in range(1, count + 9)] for b, count in wanted.items()}
    if taken is None:
        slugs = [s for slugs in window.values() for s in slugs]
        taken = model.objects.filter(slug__in=slugs).values_list("slug", flat=True).order_by()
    taken = set(taken)
    full = [b for b, slugs in window.items() if len(set(slugs) - taken) < wanted[b]]
    if full:
        prefixes = Q()
        for base in full:
            prefixes |= Q(slug__startswith=f"{base}-")
        taken |= set(model.objects.filter(prefixes).values_list("slug", flat=True).order_by())
    slugs = []
    for base in bases:
        n = 1
        while _suffixed(base, n) in taken:
            n += 1
        taken.add(_suffixed(base, n))
        slugs.append(_suffixed(base, n))
    return slugs


def slug_window(labels, *, max_length: int = 100) -> list[str]:
    """The slugs `unique_slugs` reads for `labels`: each base and its next suffixes."""
    wanted = Counter(_base(text, max_length) for text in labels)
    return [_suffixed(b, n) for b, count in wanted.items() for n in range(1, count + 9)]


def _base(text: str, max_length: int) -> str:
    return slugify(text)[:max_length].strip("-") or "item"


def _suffixed(base: str, n: int) -> str:
    return base if n == 1 else f"{base}-{n}"


def create_with_slug(model, label: str, /, *, max_length: int = 100, **fields):
    """Create a row with a slug from `label`, retrying when a concurrent writer took the slug.

    `unique_slug` checks then inserts, so two writers can pick the same slug;
    the loser's insert fails inside its own savepoint and tries the next one.
    """
    for attempt in range(5):
        slug = unique_slug(model, label, max_length=max_length)
        try:
            with transaction.atomic():
                return model.objects.create(slug=slug, **fields)
        except IntegrityError:
            if attempt == 4 or not model.objects.filter(slug=slug).exists():
                raise
    raise AssertionError("unreachable")


def add_aliases(*, speaker: Speaker, aliases) -> int:
    """Record new spellings for `speaker`; a spelling already owned by anyone is left alone."""
    keys = [key for key in (normalise_alias(a) for a in aliases) if key]
    owned = SpeakerAlias.objects.filter(normalised__in=keys).values_list("normalised", flat=True)
    return _add_unowned(speaker, aliases, set(owned))


def _add_unowned(speaker: Speaker, aliases, owned: set[str]) -> int:
    """Create the aliases whose spelling is not in `owned` (read once, not once per alias)."""
    added = 0
    for alias in aliases:
        key = normalise_alias(alias)
        if key and key not in owned:
            SpeakerAlias.objects.create(speaker=speaker, alias=alias[:300], normalised=key[:300])
            owned.add(key)
            added += 1
    return added


@catalogue_write
def merge_speakers(*, target: Speaker, others) -> Speaker:
    """Fold `others` into `target`: their quotes and aliases move, then they are deleted."""
    others = [s for s in others if s.pk != target.pk]
    ids = [s.pk for s in others]
    record_baseline(Quote.objects.filter(speaker_id__in=ids))
    record_baseline(SpeakerAlias.objects.filter(speaker_id__in=ids))
    for quote in Quote.objects.filter(speaker_id__in=ids):
        quote.speaker = target
        quote.save(update_fields=["speaker", "updated_at"])
    for alias in SpeakerAlias.objects.filter(speaker_id__in=ids):
        alias.speaker = target
        alias.save(update_fields=["speaker"])
    names = [s.name for s in others]
    record_redirects(kind=SlugRedirect.Kind.SPEAKER, removed=others, target=target)
    for speaker in others:
        speaker.delete()
    add_aliases(speaker=target, aliases=names)
    return target


@catalogue_write
def split_alias(*, alias: SpeakerAlias, name: str | None = None) -> Speaker:
    """Give an alias its own new Speaker, moving the quotes whose mention used it."""
    old = alias.speaker
    moving = [
        q
        for q in Quote.objects.filter(speaker=old).exclude(speaker_mention="")
        if normalise_alias(q.speaker_mention) == alias.normalised
    ]
    record_baseline([alias])
    record_baseline(moving)
    label = name or alias.alias
    speaker = create_with_slug(Speaker, label, name=label[:200], kind=old.kind)
    alias.speaker = speaker
    alias.save(update_fields=["speaker"])
    for quote in moving:
        quote.speaker = speaker
        quote.curated = True
        quote.save(update_fields=["speaker", "curated", "updated_at"])
    return speaker


@catalogue_write
def create_speaker(
    *, name: str, kind: str = SpeakerKind.UNKNOWN, description: str = "", wikidata_id: str = ""
) -> Speaker:
    """A curator's new speaker: a unique slug, and its own name as its first alias."""
    speaker = create_with_slug(
        Speaker,
        name,
        name=name[:200],
        kind=kind,
        description=description[:500],
        wikidata_id=wikidata_id,
    )
    add_aliases(speaker=speaker, aliases=[name])
    return speaker


@catalogue_write
def update_speaker(*, speaker: Speaker, **fields) -> Speaker:
    """Correct a speaker's name, kind, description or Wikidata id; a new name becomes an alias.

    The slug stays, so URLs that clients stored keep working.
    """
    allowed = {"name", "kind", "description", "wikidata_id"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"cannot update {', '.join(sorted(unknown))}")
    record_baseline([speaker])
    changed = model_update(instance=speaker, data=fields, clean_exclude=["slug"])
    if "name" in changed:
        add_aliases(speaker=speaker, aliases=[speaker.name])
    return speaker
