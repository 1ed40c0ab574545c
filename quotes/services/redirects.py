"""Old slugs keep answering: each merge records where the rows it removes went."""

from quotes.models import SlugRedirect


def record_redirects(*, kind: str, removed, target) -> None:
    """Point the slugs of `removed` (and every slug that already led to them) at `target`.

    Called by the merges before they delete `removed`, inside their transaction.
    A slug that names a live row is never redirected, so `target`'s own is cleared.
    """
    ids = [row.pk for row in removed if row.pk != target.pk]
    SlugRedirect.objects.filter(kind=kind, target_id__in=ids).update(target_id=target.pk)
    for row in removed:
        if row.pk != target.pk:
            SlugRedirect.objects.update_or_create(
                kind=kind, old_slug=row.slug, defaults={"target_id": target.pk}
            )
    SlugRedirect.objects.filter(kind=kind, old_slug=target.slug).delete()
