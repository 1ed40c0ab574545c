"""A history baseline, so every curator change shows its value before as well as after.

Rows written in bulk (the importer's `bulk_create`, `loaddata`) have no history
record, and simple_history computes "before → after" from the previous record.
Before a curator's first change to such a row, we record its current state as a
"+" entry, dated when the row last changed and attributed to no user: that is
what the importer left. Rows that already have history are left alone.
"""

import copy

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
