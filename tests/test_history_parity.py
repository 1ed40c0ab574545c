"""One history rule for every write path: an edit reads the same from the admin or the API.

Rows the importer wrote have no history of their own; the editing services
record their state before the first curator change, whoever calls them.
"""

from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from quotes.models import Quote


def history_of(quote: Quote) -> list[tuple]:
    """The quote's history as a reader sees it: each record's type, reason and changes."""
    records = list(quote.history.order_by("history_id"))
    out = []
    for record in records:
        previous = record.prev_record
        changes = (
            sorted((c.field, c.old, c.new) for c in record.diff_against(previous).changes)
            if previous
            else []
        )
        user = record.history_user.username if record.history_user else None
        out.append((record.history_type, record.history_change_reason, user, changes))
    return out


def test_verifying_a_quote_in_the_admin_or_the_api_leaves_the_same_history(seeded, charlie):
    """Two imported quotes, one verified in the admin and one through the API: same records."""
    first, second = Quote.objects.filter(verified=False, is_quote=True).order_by("pk")[:2]
    assert history_of(first) == history_of(second) == []
    admin = Client()
    admin.force_login(charlie)
    data = {"action": "verify", ACTION_CHECKBOX_NAME: [first.pk]}
    admin.post(reverse("admin:quotes_quote_changelist"), data, follow=True)
    api = APIClient()
    api.force_authenticate(charlie)
    assert api.patch(f"/api/quotes/{second.pk}/", {"verified": True}).status_code == 200
    by_admin, by_api = history_of(first), history_of(second)
    assert by_admin == by_api
    assert [r[0] for r in by_api] == ["+", "~"]  # the baseline, then the curator's change
    assert ("verified", False, True) in by_api[1][3] and by_api[1][2] == "charlie"
