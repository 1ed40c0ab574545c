"""Machine writes leave no history rows; editorial changes do.

Matching rewrites links, relations and claim texts on every import, and a
rebuild can recompute them all, so recording each of those writes would fill
the history tables with rows nobody reviews and double the cost of an import.
Before a curator's first change to such a row, the admin records its current
state (`quotes.admin.history.record_baseline`), so "before → after" still
reads right.
"""

from quotes.choices import CURATED_STATUSES


def save_quietly(obj, **kwargs) -> None:
    """Save `obj` without a history row."""
    obj.skip_history_when_saving = True
    try:
        obj.save(**kwargs)
    finally:
        del obj.skip_history_when_saving


def update_quietly(obj, fields: dict) -> bool:
    """Set the `fields` that differ and save just those, without a history row; returns
    whether anything changed."""
    dirty = [name for name, value in fields.items() if getattr(obj, name) != value]
    for name in dirty:
        setattr(obj, name, fields[name])
    if dirty:
        save_quietly(obj, update_fields=[*dirty, "updated_at"])
    return bool(dirty)


def save_link(link, **kwargs) -> None:
    """Save a claim link: quietly while it is the machine's, with history once a curator decided."""
    if link.status in CURATED_STATUSES:
        link.save(**kwargs)
    else:
        save_quietly(link, **kwargs)


def delete_quietly(queryset) -> int:
    """Delete machine rows without a history row each (one SQL DELETE, no signals).

    Only for rows no other table refers to and no signal must see: the claim
    links the matcher made.
    """
    return queryset._raw_delete(queryset.db)
