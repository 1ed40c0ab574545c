"""The curation admin: one module per screen, all writes through `quotes.services`.

Every ModelAdmin of curated data is a SimpleHistoryAdmin (import jobs, written only by
workers, are read-only instead), so each change shows who made it, when,
and each field's value before and after. Nothing is deleted from here: a wrong
quote is marked "not a quote", a duplicate speaker or claim is merged, and a
wrong link is rejected, so that every decision stays on record and later
imports and rebuilds can respect it. `site` puts the editors' screens first on the index.
"""

from quotes.admin import claims, jobs, quotes, site, sources, speakers

__all__ = ["claims", "jobs", "quotes", "site", "sources", "speakers"]
