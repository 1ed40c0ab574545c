"""Keeping one Speaker per real person or organisation across every article."""

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.text import slugify

from quotes.choices import SpeakerKind
from quotes.extraction.entities.name_runs import is_fuller_name
from quotes.extraction.names import (
    is_same_speaker,
    looks_like_organisation,
    name_tokens,
    normalise_alias,
    strip_title,
)
from quotes.models import Quote, SlugRedirect, Speaker, SpeakerAlias
from quotes.services.history import record_baseline
from quotes.services.locks import catalogue_write
from quotes.services.model_update import model_update
from quotes.services.redirects import record_redirects


def unique_slug(model, text: str, *, field: str = "slug", max_length: int = 100) -> str:
    """Slugify `text`, adding -2, -3 ... until no row of `model` has it."""
    base = slugify(text)[:max_length].strip("-") or "item"
    slug, n = base, 1
    while model.objects.filter(**{field: slug}).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


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


def _aliases_named(names: list[str]) -> list[SpeakerAlias]:
    """The stored aliases of any of `names`: together, the spellings already owned."""
    keys = [key for key in (normalise_alias(n) for n in names) if key]
    return list(SpeakerAlias.objects.filter(normalised__in=keys).select_related("speaker"))


def _find_compatible(name: str, kind: str) -> Speaker | None:
    """Find a stored speaker whose name is the same entity under another form.

    Candidates share the last name token; `is_same_speaker` then refuses
    conflicting given names, so Ivanka Trump never lands on Donald Trump.
    """
    tokens = name_tokens(name)
    if not tokens:
        return None
    surname = tokens[-1]
    candidates = Speaker.objects.filter(
        Q(aliases__normalised=surname) | Q(aliases__normalised__endswith=f" {surname}")
    ).distinct()
    matches = [
        s
        for s in candidates
        if s.kind in (kind, SpeakerKind.UNKNOWN) and is_same_speaker(name, s.name)
    ]
    return matches[0] if len(matches) == 1 else None


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


def names_nobody(name: str) -> bool:
    """Is `name` a role phrase with no proper name in it ("senior official", "Florida senator")?

    Such a phrase is what the engine keeps when an article never names the
    speaker; in another article the same words mean someone else, so it is no
    key to a person. Organisations ("Trump campaign", "State Department") are
    names, however they are written.
    """
    return bool(name.strip()) and not strip_title(name)[0] and not looks_like_organisation(name)


def _resolve_role(*, name: str, kind: str, description: str, source) -> tuple[Speaker, bool]:
    """The speaker of a role within one source: the one its quotes already use, or a new one.

    No alias is recorded, so no other article can ever resolve to it; re-extracting
    the source finds it again through the source's own quotes.
    """
    used = Speaker.objects.filter(quotes__source=source, name=name[:200]).order_by("pk").first()
    if used is not None:
        return used, False
    fields = {"name": name[:200], "kind": kind, "description": description[:500]}
    return create_with_slug(Speaker, name, **fields), True


def resolve_speaker(
    *,
    name: str,
    kind: str = SpeakerKind.UNKNOWN,
    description: str = "",
    aliases=(),
    source=None,
) -> tuple[Speaker, bool]:
    """Return the canonical Speaker for an article's speaker, creating it if new.

    Exact spellings win; then a compatible longer or shorter form of the name
    ("Tayyip Erdogan" for "Recep Tayyip Erdogan"). When the new form is fuller,
    it becomes the display name. Given the `source`, a role phrase the article
    never ties to a name stays that article's own speaker (issue #21): "a senior
    official" in ten articles is ten people, not one.
    """
    if source is not None and names_nobody(name):
        return _resolve_role(name=name, kind=kind, description=description, source=source)
    names = [name, *aliases]
    known = _aliases_named(names)
    speaker = _owner(known, name) if known else _find_compatible(name, kind)
    created = speaker is None
    if created:
        speaker = create_with_slug(
            Speaker, name, name=name[:200], kind=kind, description=description[:500]
        )
    else:
        _improve(speaker, name=name, kind=kind, description=description)
    _add_unowned(speaker, names, {alias.normalised for alias in known})
    return speaker, created


def _owner(known: list[SpeakerAlias], name: str) -> Speaker:
    """The speaker of the exact name when someone owns it, else of another spelling.

    An article may bring spellings that two stored speakers own ("Morgan Lee" with
    "Alex Morgan"); the name it prints beside the quote decides, not alias order.
    """
    exact = normalise_alias(name)
    return next((a.speaker for a in known if a.normalised == exact), known[0].speaker)


def _improve(speaker: Speaker, *, name: str, kind: str, description: str) -> None:
    better = {}
    if _fuller_name(name, speaker.name):
        better["name"] = name[:200]
    if speaker.kind == SpeakerKind.UNKNOWN and kind != SpeakerKind.UNKNOWN:
        better["kind"] = kind
    if not speaker.description and description:
        better["description"] = description[:500]
    model_update(instance=speaker, data=better)


def _fuller_name(name: str, current: str) -> bool:
    """Is `name` a longer form of the same name, with no description in it?

    "Billionaire Donald Trump", "Vermonter Bernie Sanders" or "supporters of
    Hillary Clinton" is longer than the name but no name of theirs to display:
    a description, or a word before a given name (see `is_fuller_name`).
    """
    plain = looks_like_organisation(name) or strip_title(name) == (name, "")
    return plain and is_fuller_name(name, current) and is_same_speaker(name, current)


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
