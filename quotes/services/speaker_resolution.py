"""An article's speakers matched to the stored ones: one Speaker per real person or
organisation across every article, whichever spelling each article uses.

An import resolves each article's speakers in a constant number of queries
(`resolve_speakers`); a curator's corrections to the result live in `speakers`.
"""

from typing import NamedTuple

from django.db import connection
from django.db.models import CharField, Q, Value
from django.db.models.functions import Reverse

from quotes.choices import SpeakerKind
from quotes.extraction.entities.name_runs import is_fuller_name
from quotes.extraction.names import (
    is_same_speaker,
    looks_like_organisation,
    name_tokens,
    normalise_alias,
    strip_title,
)
from quotes.extraction.types import ArticleSpeaker
from quotes.models import Speaker, SpeakerAlias
from quotes.services.json_rows import insert_rows
from quotes.services.model_update import model_update
from quotes.services.speakers import slug_window, unique_slugs

_COLUMNS = [field.attname for field in Speaker._meta.concrete_fields]  # what a read selects
_ID, _SLUG = _COLUMNS.index("id"), _COLUMNS.index("slug")


class _Spelling(NamedTuple):
    """A stored alias, as resolution reads it: its normalised spelling and its speaker."""

    normalised: str
    speaker: Speaker


def _aliases(people):
    """The read of every alias an exact look-up or a surname look-up of `people` could find."""
    keys = {normalise_alias(n) for p in people for n in (p.name, *p.aliases)} - {""}
    surnames = {tokens[-1] for p in people if (tokens := name_tokens(p.name))}
    if not keys and not surnames:
        return None
    wanted = Q(normalised__in=keys | surnames)
    for surname in sorted(surnames):  # ends with " smith": reversed, starts with "htims "
        wanted |= Q(backwards__startswith=f"{surname[::-1]} ")
    aliases = SpeakerAlias.objects.alias(backwards=Reverse("normalised"))  # an index (0020)
    columns = [f"speaker__{column}" for column in _COLUMNS]
    return aliases.filter(wanted).values_list(*columns, "normalised")


def _slugs(labels):
    """The read of the speakers holding a slug that new speakers named `labels` could take."""
    window = slug_window(labels)
    if not window:
        return None
    speakers = Speaker.objects.filter(slug__in=window).annotate(none=Value(None, CharField()))
    return speakers.values_list(*_COLUMNS, "none")


def _orm_read(people, labels):
    """`_aliases` and `_slugs` as one UNION ALL."""
    reads = [_aliases(people), _slugs(labels)]
    reads = [read.order_by() for read in reads if read is not None]
    return reads[0].union(*reads[1:], all=True) if reads else []


def _raw_read(people, labels) -> list[tuple]:
    """`_orm_read` on PostgreSQL, written out: the same two reads and the same indexes
    (the alias key, `speakeralias_reversed`, the slug key), without the 2-3 ms of Python
    that building and compiling the queryset cost on every import (issue #20)."""
    keys = sorted({normalise_alias(n) for p in people for n in (p.name, *p.aliases)} - {""})
    surnames = sorted({tokens[-1] for p in people if (tokens := name_tokens(p.name))})
    window, params, parts = slug_window(labels), [], []
    q = connection.ops.quote_name
    speaker = ", ".join(f"s.{q(Speaker._meta.get_field(c).column)}" for c in _COLUMNS)
    if keys or surnames:
        like = f"reverse(a.{q('normalised')})::text LIKE %s"
        wanted = [f"a.{q('normalised')} = ANY(%s)", *[like] * len(surnames)]
        params += [keys + surnames]
        params += [connection.ops.prep_for_like_query(f"{s[::-1]} ") + "%" for s in surnames]
        parts.append(
            f"SELECT {speaker}, a.{q('normalised')} FROM {q(SpeakerAlias._meta.db_table)} a "
            f"JOIN {q(Speaker._meta.db_table)} s ON s.{q('id')} = a.{q('speaker_id')} "
            f"WHERE {' OR '.join(wanted)}"
        )
    if window:
        params.append(window)
        parts.append(
            f"SELECT {speaker}, NULL FROM {q(Speaker._meta.db_table)} s "
            f"WHERE s.{q('slug')} = ANY(%s)"
        )
    if not parts:
        return []
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(f"({part})" for part in parts), params)
        return cursor.fetchall()


def names_nobody(name: str) -> bool:
    """Is `name` a role phrase with no proper name in it ("senior official", "Florida senator")?

    Such a phrase is what the engine keeps when an article never names the
    speaker; in another article the same words mean someone else, so it is no
    key to a person. Organisations ("Trump campaign", "State Department") are
    names, however they are written.
    """
    return bool(name.strip()) and not strip_title(name)[0] and not looks_like_organisation(name)


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
    named = ArticleSpeaker(name=name, kind=kind, description=description, aliases=tuple(aliases))
    [resolved] = resolve_speakers(speakers=[named], source=source)
    return resolved


def resolve_speakers(*, speakers, source=None, new_source=False) -> list[tuple[Speaker, bool]]:
    """Resolve an article's speakers in order, each as `resolve_speaker` would, in a few queries.

    One speaker at a time cost about ten statements per new name, a quarter of an
    import. Here the store is read once for all of them (aliases of every spelling
    and surname with the slugs new ones could take, in one statement; the source's
    own role speakers), each is resolved in memory against that read plus what the
    earlier ones added, and the new speakers and aliases are written with one insert
    each: the same speakers, slugs and aliases, in the same order, as one call after
    another. Bulk rows get no history, like every machine
    write (`history.record_baseline` covers a curator's first change). Callers hold
    the catalogue lock (`import_source`, `reextract_source`): the free slugs and the
    owned spellings are read, then written, with no other writer in between.
    `new_source` says the source was created in this transaction and holds no
    quote yet, so it has no role speaker to reuse: that read is skipped.
    """
    batch = _Resolution(speakers, source, new_source)
    resolved = [batch.resolve(speaker) for speaker in speakers]
    batch.save()
    return resolved


class _Resolution:
    """One article's speakers: the store as read once, and the rows the article adds."""

    def __init__(self, speakers, source, new_source=False):
        self.source = source
        self.stored: dict[int, Speaker] = {}  # one instance per stored speaker
        self.by_key: dict[str, _Spelling | SpeakerAlias] = {}  # stored or new, by spelling
        self.new_speakers: list[tuple[Speaker, str]] = []  # with the label of its slug
        self.new_aliases: list[SpeakerAlias] = []
        self.taken_slugs: set[str] = set()  # among those the article's new speakers could take
        self._read_store([s for s in speakers if not self._is_role(s)], [s.name for s in speakers])
        roles = [s for s in speakers if self._is_role(s)]
        self.roles = {} if new_source else self._read_roles(roles)

    def _is_role(self, speaker) -> bool:
        return self.source is not None and names_nobody(speaker.name)

    def _read_store(self, people, labels) -> None:
        """In one read: every alias an exact or a surname look-up of `people` could find,
        and the slugs taken among those speakers named `labels` could take when new.

        The order of the rows does not matter: a spelling is one alias (unique), and
        a speaker read twice is one instance."""
        read = _raw_read if connection.vendor == "postgresql" else _orm_read
        for *columns, spelling in read(people, labels):
            if spelling is None:  # a row of the slugs' read
                self.taken_slugs.add(columns[_SLUG])
                continue
            speaker = self.stored.get(columns[_ID]) or Speaker.from_db(
                connection.alias, _COLUMNS, columns
            )
            self.stored[speaker.pk] = speaker
            self.by_key[spelling] = _Spelling(spelling, speaker)

    def _read_roles(self, roles) -> dict[str, Speaker]:
        """The speakers the source's stored quotes already give each role phrase (lowest pk)."""
        if not roles or self.source.pk is None:
            return {}
        names = {r.name[:200] for r in roles}
        found: dict[str, Speaker] = {}
        for speaker in Speaker.objects.filter(quotes__source=self.source, name__in=names).order_by(
            "pk"
        ):
            found.setdefault(speaker.name, speaker)
        return found

    def resolve(self, speaker) -> tuple[Speaker, bool]:
        if self._is_role(speaker):
            used = self.roles.get(speaker.name[:200])
            return (used, False) if used is not None else (self._create(speaker), True)
        names = [speaker.name, *speaker.aliases]
        known = self._known(names)
        found = known[0].speaker if known else self._compatible(speaker)
        created = found is None
        if created:
            found = self._create(speaker)
        else:
            _improve(found, name=speaker.name, kind=speaker.kind, description=speaker.description)
        self._add_unowned(found, names, {alias.normalised for alias in known})
        return found, created

    def _known(self, names) -> list[SpeakerAlias]:
        """The aliases of any of `names`, the spellings already owned, in the order of `names`.

        The name printed beside the quote comes first, so the speaker who owns it wins
        over one who owns another of the article's spellings ("Morgan Lee" with "Alex
        Morgan"); after it, the article's own order decides, never the store's.
        """
        keys = dict.fromkeys(normalise_alias(n) for n in names)
        return [self.by_key[key] for key in keys if key in self.by_key]

    def _compatible(self, speaker) -> Speaker | None:
        """A speaker whose name is the same entity under another form (see `is_same_speaker`).

        Candidates share the last name token; `is_same_speaker` then refuses
        conflicting given names, so Ivanka Trump never lands on Donald Trump.
        """
        tokens = name_tokens(speaker.name)
        if not tokens:
            return None
        surname, suffix = tokens[-1], f" {tokens[-1]}"
        candidates = {
            id(alias.speaker): alias.speaker
            for alias in self.by_key.values()
            if alias.normalised == surname or alias.normalised.endswith(suffix)
        }
        matches = [
            s
            for s in candidates.values()
            if s.kind in (speaker.kind, SpeakerKind.UNKNOWN)
            and is_same_speaker(speaker.name, s.name)
        ]
        return matches[0] if len(matches) == 1 else None

    def _create(self, speaker) -> Speaker:
        """A new speaker, inserted by `save`; its slug comes from the name as given."""
        fields = {"kind": speaker.kind, "description": speaker.description[:500]}
        new = Speaker(name=speaker.name[:200], **fields)
        self.new_speakers.append((new, speaker.name))
        return new

    def _add_unowned(self, speaker: Speaker, names, owned: set[str]) -> None:
        """New aliases for the spellings nobody owns; later speakers of the article see them."""
        for name in names:
            key = normalise_alias(name)
            if key and key not in owned:
                alias = SpeakerAlias(speaker=speaker, alias=name[:300], normalised=key[:300])
                self.new_aliases.append(alias)
                self.by_key[alias.normalised] = alias
                owned.add(key)

    def save(self) -> None:
        """Insert the new speakers, then their aliases, in the order they were made."""
        if self.new_speakers:
            labels = [label for _, label in self.new_speakers]
            speakers = [speaker for speaker, _ in self.new_speakers]
            slugs = unique_slugs(Speaker, labels, taken=self.taken_slugs)
            for speaker, slug in zip(speakers, slugs, strict=True):
                speaker.slug = slug
            insert_rows(Speaker, speakers)
        if self.new_aliases:
            insert_rows(SpeakerAlias, self.new_aliases)


def _improve(speaker: Speaker, *, name: str, kind: str, description: str) -> None:
    """Give a found speaker a fuller name, a known kind or a description it lacks.

    A speaker this article created is not stored yet: its fields just change.
    """
    better = {}
    if _fuller_name(name, speaker.name):
        better["name"] = name[:200]
    if speaker.kind == SpeakerKind.UNKNOWN and kind != SpeakerKind.UNKNOWN:
        better["kind"] = kind
    if not speaker.description and description:
        better["description"] = description[:500]
    if speaker.pk is None:
        for field, value in better.items():
            setattr(speaker, field, value)
    else:
        model_update(instance=speaker, data=better)


def _fuller_name(name: str, current: str) -> bool:
    """Is `name` a longer form of the same name, with no description in it?

    "Billionaire Donald Trump", "Vermonter Bernie Sanders" or "supporters of
    Hillary Clinton" is longer than the name but no name of theirs to display:
    a description, or a word before a given name (see `is_fuller_name`).
    """
    plain = looks_like_organisation(name) or strip_title(name) == (name, "")
    return plain and is_fuller_name(name, current) and is_same_speaker(name, current)
