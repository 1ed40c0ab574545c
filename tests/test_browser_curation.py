"""Curation in a real browser: merge two speakers and see the result in the API; and the
quote list at a laptop's width, with a screenshot in var/screenshots/ to look at.

Headless Chromium is Debian's (`scripts/install-browser.sh` installs it), driven
by Playwright. Where it cannot be installed the test skips and says why; but a
CI run (REQUIRE_POSTGRES=1) must run the flow, so there a missing browser fails.
"""

import json
import os
import secrets
import shutil
from contextlib import contextmanager
from pathlib import Path

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
SCREENSHOTS = Path(__file__).resolve().parent.parent / "var" / "screenshots"


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
def _chromium_page(width=1280, height=720):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.set_default_timeout(TIMEOUT_MS)
            yield page
        finally:
            browser.close()


@pytest.fixture
def password(transactional_db, django_user_model):
    """The seed import, and Charlie the editor with a one-off password."""
    call_command("loaddata", "seeds", verbosity=0)
    password = secrets.token_urlsafe()
    django_user_model.objects.create_superuser("charlie", password=password)
    return password


@pytest.fixture
def curation(password):
    """The two speakers to merge, and what the merged one should hold."""
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
        # The folded speaker's slug answers 301 to the one kept, which the browser follows.
        status, moved = _api_json(page, f"{live_server.url}/api/speakers/{curation['fold'].slug}/")
        assert status == 200 and moved["slug"] == curation["keep"].slug
    assert not Speaker.objects.filter(pk=curation["fold"].pk).exists()


def _log_in(page, base_url, password):
    page.goto(base_url + reverse("admin:index"))
    page.fill("#id_username", "charlie")
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")


def _merge_in_the_admin(page, base_url, curation):
    keep, fold = curation["keep"], curation["fold"]
    _log_in(page, base_url, curation["password"])
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


# The quote list's columns, as the editor reads them: text, speaker, outlet and date,
# verified, claims.
QUOTE_COLUMNS = ["short_text", "speaker", "outlet_and_date", "verified", "claim_count"]
# The window's width, the table's box and each column heading's box (null when absent).
COLUMN_BOXES = """names => {
    const box = el => {
        if (!el) return null;
        const {x, right, width} = el.getBoundingClientRect();
        return {x, right, width};
    };
    return [
        window.innerWidth,
        box(document.querySelector("#result_list")),
        names.map(name => box(document.querySelector(`#result_list th.column-${name}`))),
    ];
}"""


def test_the_quote_list_shows_every_column_within_a_1366_px_screen(password, live_server):
    """At 1366 px, with the sidebar and filters open, no column is off-screen and the text
    has room; the screenshot is saved for a person to look at."""
    _require_browser()
    with _chromium_page(width=1366, height=768) as page:
        _log_in(page, live_server.url, password)
        page.goto(live_server.url + reverse("admin:quotes_quote_changelist"))
        page.wait_for_selector("#result_list")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / "quote-list-1366.png")
        viewport, table, boxes = page.evaluate(COLUMN_BOXES, QUOTE_COLUMNS)
    missing = [name for name, box in zip(QUOTE_COLUMNS, boxes, strict=True) if box is None]
    assert not missing, f"columns not shown: {missing}"
    edges = {name: box["right"] for name, box in zip(QUOTE_COLUMNS, boxes, strict=True)}
    assert max(edges.values()) <= viewport, f"right edges past {viewport} px: {edges}"
    assert table["right"] <= viewport
    assert boxes[0]["width"] >= 300, f"the quote text is squeezed to {boxes[0]['width']} px"


def test_an_editor_filters_the_quote_list_by_typing_a_speaker_s_name(password, live_server):
    """The speaker filter is a search box: type part of a name, pick it, the list narrows."""
    _require_browser()
    speaker = Speaker.objects.filter(quotes__isnull=False).order_by("name").first()
    with _chromium_page(width=1366, height=768) as page:
        _log_in(page, live_server.url, password)
        page.goto(live_server.url + reverse("admin:quotes_quote_changelist") + "?verified__exact=0")
        page.click("#filter-speaker + .select2 .select2-selection")
        page.fill(".select2-search__field", speaker.name[:5])
        page.get_by_role("option", name=speaker.name, exact=True).click()
        page.wait_for_url(f"**speaker__id__exact={speaker.pk}**")
        assert "verified__exact=0" in page.url
        speakers = page.locator("#result_list td.field-speaker").all_inner_texts()
    assert speakers and {" ".join(s.split()) for s in speakers} == {speaker.name}
