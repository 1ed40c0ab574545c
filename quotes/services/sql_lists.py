"""Lists sent to PostgreSQL as one string each, split by the server (`SPLIT`).

Django binds parameters on the client, and psycopg then quotes every element
of a list parameter on its own: an article's few hundred retrieval keys, as
arrays, cost more to quote than the statement costs to run. Joined into one
string at a character no element holds, they cost a tenth of that.
"""

from collections.abc import Iterable

# Terms and retrieval keys are made of letters, digits, spaces and short prefixes
# ("p:"), never of a control character, so the unit separator can join them.
SEPARATOR = "\x1f"
# A text[] of the joined elements. The leading separator keeps a lone "" (the corpus
# DOCUMENTS row) an element: PostgreSQL splits an empty string into no elements at all.
SPLIT = "(string_to_array(%s, chr(31)))[2:]"


def joined(values: Iterable) -> str:
    """`values` (strings, or numbers written out) as one parameter for SPLIT; refuses a
    string that holds the separator rather than split it in two."""
    values = [str(value) for value in values]
    text = SEPARATOR + SEPARATOR.join(values)
    if text.count(SEPARATOR) != len(values):
        raise ValueError("a list element holds the list separator")
    return text
