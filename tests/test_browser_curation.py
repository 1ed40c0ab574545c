"""One curation flow in a real browser: log in, merge two speakers, see the result in the API.

Headless Chromium is Debian's (`scripts/install-browser.sh` installs it), driven
by Playwright. Where it cannot be installed the test skips and says why; but a
CI run (REQUIRE_POSTGRES=1) must run the flow, so there a missing browser fails.
"""

import json
import os
import secrets
import shutil
from contextlib import contextmanager

import pytest
from django.core.management import call_command
from django.db.models import Count, Q
from django.urls import reverse

from quotes.models import Speaker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 20_000


def _missing_browser() -> str | None:
    """Why the flow cannot run here, or None when it can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing (pip install -r requirements-dev.txt)"
    if not shutil.which(CHROMIUM):
        return f"no Chromium at {CHROMIUM} (run scripts/install-browser.sh as root)"
    return None


def _require_browser():
    """Skip, saying why, where Chromium cannot run; fail instead under REQUIRE_POSTGRES=1 (CI)."""
    reason = _missing_browser()
    if reason and os.environ.get("REQUIRE_POSTGRES") == "1":
        pytest.fail(f"CI must run the browser flow, but {reason}")
    if reason:
        pytest.skip(reason)


@contextmanager
def _chromium_page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page()
            page.set_default_timeout(TIMEOUT_MS)
            yield page
        finally:
            browser.close()


@pytest.fixture
def curation(transactional_db, django_user_model):
    """The seed import, an editor with a one-off password, and the two speakers to merge."""
    call_command("loaddata", "seeds", verbosity=0)
    password = secrets.token_urlsafe()
    django_user_model.objects.create_superuser("charlie", password=password)
    public = Count("quotes", filter=Q(quotes__is_quote=True))
    keep, fold = Speaker.objects.annotate(n=public).order_by("-n", "name")[:2]
    return {
        "password": password,
        "keep": keep,
        "fold": fold,
        "quotes": keep.n + fold.n,
        "aliases": set(keep.aliases.values_list("alias", flat=True))
        | set(fold.aliases.values_list("alias", flat=True))
        | {fold.name},
    }


def _api_json(page, url):
    response = page.goto(f"{url}?format=json")
    return response.status, (json.loads(page.inner_text("body")) if response.ok else None)


def test_an_editor_merges_two_speakers_and_the_api_shows_one(curation, live_server):
    """Log in, select two speakers, merge them on the confirmation page, then read the API."""
    _require_browser()
    with _chromium_page() as page:
        _merge_in_the_admin(page, live_server.url, curation)
        status, merged = _api_json(page, f"{live_server.url}/api/speakers/{curation['keep'].slug}/")
        assert status == 200
        assert merged["quote_count"] == curation["quotes"]
        assert curation["aliases"] <= set(merged["aliases"])
        status, _ = _api_json(page, f"{live_server.url}/api/speakers/{curation['fold'].slug}/")
        assert status == 404
    assert not Speaker.objects.filter(pk=curation["fold"].pk).exists()


def _merge_in_the_admin(page, base_url, curation):
    keep, fold = curation["keep"], curation["fold"]
    page.goto(base_url + reverse("admin:index"))
    page.fill("#id_username", "charlie")
    page.fill("#id_password", curation["password"])
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")

    page.goto(base_url + reverse("admin:quotes_speaker_changelist"))
    page.check(f"input[name=_selected_action][value='{keep.pk}']")
    page.check(f"input[name=_selected_action][value='{fold.pk}']")
    page.select_option("select[name=action]", "merge_selected")
    page.click("button[name=index]")

    page.wait_for_selector("#action-confirmation-form")
    assert page.is_checked(f"input[name=target][value='{keep.pk}']")  # most quotes preselected
    page.click("#action-confirmation-form input[type=submit]")
    message = page.inner_text("ul.messagelist")
    assert f"Merged 1 speaker(s) into {keep.name}." in message
