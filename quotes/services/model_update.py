"""Save only what changed: the one update loop of every service (HackSoftware's `model_update`)."""


def model_update(
    *, instance, data: dict, fields=None, quiet: bool = False, clean_exclude=None
) -> list[str]:
    """Set the `fields` of `data` that differ on `instance` and save just those.

    `fields` defaults to every key of `data`. `quiet` saves without a history
    row (machine writes, see `history`); `clean_exclude`, when given, runs
    `full_clean` with it before saving. Returns the names of the fields that
    changed, so callers can react to a particular one.
    """
    names = list(data) if fields is None else [f for f in fields if f in data]
    dirty = [name for name in names if getattr(instance, name) != data[name]]
    for name in dirty:
        setattr(instance, name, data[name])
    if not dirty:
        return []
    if clean_exclude is not None:
        instance.full_clean(exclude=clean_exclude)
    if quiet:
        instance.skip_history_when_saving = True
    try:
        instance.save(update_fields=[*dirty, "updated_at"])
    finally:
        if quiet:
            del instance.skip_history_when_saving
    return dirty
