"""CSV for list endpoints (`?format=csv`) and JSON-LD for ClaimReview."""

import csv
import io

from rest_framework.renderers import BaseRenderer, JSONRenderer

# Spreadsheets run a cell that starts with one of these as a formula.
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_PREFIXES):
        return "'" + value
    return value


def _flatten(row: dict, prefix: str = "") -> dict:
    flat = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        elif isinstance(value, list):
            flat[name] = _cell(
                "; ".join(
                    str(item.get("slug") or item.get("text") or item)
                    if isinstance(item, dict)
                    else str(item)
                    for item in value
                )
            )
        else:
            flat[name] = _cell(value)
    return flat


class CSVRenderer(BaseRenderer):
    """Render a page (or a plain list) of results as CSV with a header row.

    Nested objects become dotted columns (`speaker.slug`); lists are joined with
    "; ". Cells that a spreadsheet would run as a formula are prefixed with '.
    """

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if isinstance(data, dict) and "results" in data:
            data = data["results"]
        if isinstance(data, dict):
            data = [data]
        rows = [_flatten(row) for row in data or []]
        columns = list(dict.fromkeys(key for row in rows for key in row))
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue().encode(self.charset)


class _Echo:
    """A file whose write hands the line back, so csv.writer can feed a stream."""

    def write(self, value: str) -> str:
        return value


def stream_csv(rows):
    """The lines of a CSV export of `rows` (dicts), header first, one row at a time.

    The columns are the first row's, flattened as CSVRenderer does; rows are never
    all in memory, so an export of every matching row stays small.
    """
    writer = None
    for row in rows:
        flat = _flatten(row)
        if writer is None:
            writer = csv.DictWriter(_Echo(), fieldnames=list(flat), extrasaction="ignore")
            yield writer.writeheader()
        yield writer.writerow(flat)


class JSONLDRenderer(JSONRenderer):
    """JSON with the linked-data media type, for schema.org documents."""

    media_type = "application/ld+json"
    format = "jsonld"
