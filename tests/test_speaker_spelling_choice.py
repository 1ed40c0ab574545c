"""When an article's spellings of its speaker belong to two stored speakers, the exact name wins."""

import pytest

from quotes.services.speaker_resolution import resolve_speaker
from quotes.services.speakers import create_speaker

pytestmark = pytest.mark.django_db


def test_the_speaker_who_owns_the_exact_name_wins_over_one_who_owns_another_spelling():
    """Aliases come back in alphabetical order; "Alex Morgan" sorts before "Morgan Lee", so
    taking the first one found would file Morgan Lee's quote under Alex Morgan."""
    alex = create_speaker(name="Alex Morgan", kind="person")
    morgan = create_speaker(name="Morgan Lee", kind="person")
    speaker, created = resolve_speaker(name="Morgan Lee", kind="person", aliases=["Alex Morgan"])
    assert (speaker, created) == (morgan, False)
    speaker, created = resolve_speaker(name="Alex Morgan", kind="person", aliases=["Morgan Lee"])
    assert (speaker, created) == (alex, False)


def test_a_spelling_owned_by_someone_else_stays_theirs():
    """Resolving one speaker never moves another speaker's alias to it."""
    alex = create_speaker(name="Alex Morgan", kind="person")
    morgan = create_speaker(name="Morgan Lee", kind="person")
    resolve_speaker(name="Morgan Lee", kind="person", aliases=["Alex Morgan"])
    assert list(alex.aliases.values_list("alias", flat=True)) == ["Alex Morgan"]
    assert list(morgan.aliases.values_list("alias", flat=True)) == ["Morgan Lee"]
