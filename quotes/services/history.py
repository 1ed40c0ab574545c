"""Machine writes leave no history rows; editorial changes do.

Matching rewrites links, relations and claim texts on every import, and a
rebuild can recompute them all, so recording each of those writes would fill
the history tables with rows nobody reviews and double the cost of an import.
Before a curator's first change to such a row, the editing service records its
current state (`record_baseline`), so "before → after" still reads right, and
reads the same whether the edit came from the admin or from the API.
"""

import copy

from quotes.choices import CURATED_STATUSES
from quotes.services.model_update import model_update


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
    return bool(model_update(instance=obj, data=fields, quiet=True))


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


# Rows written in bulk (the importer's `bulk_create`, `loaddata`) have no history
# record, and simple_history computes "before → after" from the previous record.
# Before a curator's first change to such a row, its current state is recorded as
# a "+" entry, dated when the row last changed and attributed to no user: that is
# what the importer left. Rows that already have history are left alone.
BASELINE_REASON = "State before the first curator change (the row was written without history)."


def record_baseline(objects) -> int:
    """Record the current state of those `objects` that have no history yet; returns how many."""
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return 0
    model = type(objects[0])
    pk_name = model._meta.pk.attname
    known = set(
        model.history.filter(**{f"{pk_name}__in": [obj.pk for obj in objects]})
        .values_list(pk_name, flat=True)
        .distinct()
    )
    snapshots = []
    for obj in objects:
        if obj.pk in known:
            continue
        snapshot = copy.copy(obj)
        snapshot._history_user = None  # the importer's state, not the curator's
        when = getattr(obj, "updated_at", None) or getattr(obj, "created_at", None)
        if when is not None:
            snapshot._history_date = when
        snapshots.append(snapshot)
    if snapshots:
        model.history.bulk_history_create(snapshots, default_change_reason=BASELINE_REASON)
    return len(snapshots)
