"""In a real browser: Debian's Chromium driven by Playwright, the site served over HTTP under a sub-path.

Skips when Chromium is absent, except with REQUIRE_BROWSER=1 (as in CI), where that fails.
Screenshots go to test-artifacts/ (git-ignored).
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from conftest import FIXTURE_CONTENT, REPO, missing

from tracker.cli import FINISHING
from tracker.editors.serve import Preview
from tracker.outputs.search import build_search_index
from tracker.pipeline import build_site
from tracker.settings import Settings, read_settings

playwright_api = pytest.importorskip("playwright.sync_api")
from axe_playwright_python.sync_playwright import Axe  # noqa: E402

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = REPO / "test-artifacts"
FIXTURE_BASE = "/fixture/visits/"
"""The fixture site: known events, hostile inputs included."""
REAL_BASE = "/tracker/"
"""The real content, for the screenshots."""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Both sites built with their search index, served by http.server on an OS-chosen port."""
    root = tmp_path_factory.mktemp("served")
    build_site(FIXTURE_CONTENT, root / FIXTURE_BASE.strip("/"), Settings(title="Test tracker", base_url=FIXTURE_BASE),
               finishing=[build_search_index])
    build_site(REPO / "content", root / REAL_BASE.strip("/"), read_settings().with_overrides(base_url=REAL_BASE),
               finishing=[build_search_index])
    handler = functools.partial(_QuietHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        missing("REQUIRE_BROWSER", f"no browser at {CHROMIUM} (apt-get install chromium)")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    # A request the browser itself cancels as the page moves on (the icon still loading when a
    # link is clicked) is no fault of the site; a missing file shows as its 404 response.
    tab.on("requestfailed", lambda request: errors.append(f"failed: {request.url} ({request.failure})") if request.failure != "net::ERR_ABORTED" else None)
    tab.on("response", lambda response: errors.append(f"{response.status}: {response.url}") if response.status >= 400 else None)
    yield tab
    context.close()
    assert errors == [], "JavaScript errors or failed requests on the page"


def test_from_the_index_to_an_event_and_on_to_a_leader(page: Page, server: str) -> None:
    page.goto(server + FIXTURE_BASE)
    assert page.title() == "Test tracker"
    page.locator(".all-events").get_by_role("link", name="Summit in Vladivostok").click()
    assert page.url == server + FIXTURE_BASE + "events/vladivostok-2019/"
    assert page.locator("h1").inner_text() == "Summit in Vladivostok"
    page.locator(".facts").get_by_role("link", name="Kim Jong Un").first.click()
    assert page.url == server + FIXTURE_BASE + "leaders/kim-jong-un/"
    assert page.locator("h1").inner_text().startswith("Kim Jong Un")


def test_a_timeline_mark_is_a_link_to_its_event(page: Page, server: str) -> None:
    page.goto(server + FIXTURE_BASE)
    page.get_by_role("link", name="Planned trip to the Victory Day parade: cancelled, 9 May 2015").click()
    assert page.url == server + FIXTURE_BASE + "events/victory-day-2015/"


def test_browse_by_year_and_status_are_real_pages(page: Page, server: str) -> None:
    page.goto(server + FIXTURE_BASE)
    page.locator("nav.browse").get_by_role("link", name="Cancelled (1)").click()
    assert page.locator("h1").inner_text() == "Cancelled"
    assert page.locator(".event-title").all_inner_texts() == ["Planned trip to the Victory Day parade"]


def test_search_from_the_header_box_under_a_sub_path(page: Page, server: str) -> None:
    page.goto(server + FIXTURE_BASE + "leaders/")
    page.get_by_role("searchbox", name="Search the tracker").fill("Vladivostok")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=Vladivostok")
    results = page.locator(".search-results li h2 a")
    results.first.wait_for()
    titles = results.all_inner_texts()
    assert "Summit in Vladivostok" in titles
    assert page.locator(".search-results li h2").filter(has_text="Summit in Vladivostok").inner_text() == (
        "Event: Summit in Vladivostok"
    )
    assert page.locator(".search-status").inner_text().endswith("for “Vladivostok”.")
    assert page.locator(".search-results mark").first.inner_text().lower().startswith("vladivostok")
    results.filter(has_text="Summit in Vladivostok").click()
    assert page.url == server + FIXTURE_BASE + "events/vladivostok-2019/"


def test_search_works_in_the_preview_server_of_make_serve(browser: Browser, tmp_path: Path) -> None:
    """`make serve` runs `build.py serve`: the same finishing steps, served under the base path."""
    preview = Preview(
        FIXTURE_CONTENT, tmp_path / "site", Settings(title="Test tracker", base_url="/preview/"),
        port=0, report=lambda line: None, finishing=FINISHING,
    )
    url = preview.start()
    try:
        tab = browser.new_page()
        tab.goto(url + "search/?q=parade")
        tab.locator(".search-results li").first.wait_for()
        event = tab.locator(".search-results li h2 a").filter(has_text="Planned trip to the Victory Day parade")
        assert event.get_attribute("href") == "/preview/events/victory-day-2015/"
        event.click()
        assert tab.locator("h1").inner_text() == "Planned trip to the Victory Day parade"
        tab.close()
    finally:
        preview.stop()


def test_search_says_when_nothing_matches(page: Page, server: str) -> None:
    page.goto(server + FIXTURE_BASE + "search/")
    page.locator("#search-q").fill("zzyzx")
    page.locator(".search-status").filter(has_text="Nothing found").wait_for()


def test_filtering_the_index_as_you_type(page: Page, server: str) -> None:
    page.goto(server + FIXTURE_BASE)
    visible = page.locator(".all-events li.event:visible")
    assert visible.count() == 3
    page.get_by_label("Filter events").fill("vladivostok")
    assert page.locator(".all-events li.event:visible .event-title").all_inner_texts() == ["Summit in Vladivostok"]
    assert page.locator(".filter-count").inner_text() == "Showing 1 of 3 events."
    assert page.locator("section.year:visible h2").all_inner_texts() == ["2019"]
    page.get_by_label("Filter events").fill("")
    page.get_by_label("Status").select_option("cancelled")
    assert page.locator(".all-events li.event:visible .event-title").all_inner_texts() == [
        "Planned trip to the Victory Day parade"
    ]


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_no_page_scrolls_sideways(browser: Browser, server: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800})
    tab = context.new_page()
    for path in (
        "", "events/kim-jong-un-victory-day-2015/", "leaders/kim-jong-un/", "search/?q=Kim", "404.html",
        "pairs/kim-jong-un--vladimir-putin/", "events/kim-putin-summit-2023/", "changes/",
    ):
        tab.goto(server + REAL_BASE + path)
        assert tab.evaluate("document.documentElement.scrollWidth") <= width, path
    context.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_screenshots(browser: Browser, server: str, width: int) -> None:
    """The real content's index and an event page, saved for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    tab.goto(server + REAL_BASE)
    tab.screenshot(path=ARTIFACTS / f"index-{width}.png", full_page=True)
    tab.goto(server + REAL_BASE + "events/kim-jong-un-victory-day-2015/")
    tab.screenshot(path=ARTIFACTS / f"event-{width}.png", full_page=True)
    context.close()
    assert (ARTIFACTS / f"index-{width}.png").stat().st_size > 10_000


AXE_PAGES = {
    "index": "",
    "event": "events/victory-day-2015/",
    "leader": "leaders/kim-jong-un/",
    "search": "search/?q=Vladivostok",
    "404": "404.html",
    "hostile event": "events/hostile-markup/",
    "year": "years/2019/",
    "event with attendance, itinerary and disputes": "events/vladivostok-2019/",
    "pair": "pairs/kim-jong-un--vladimir-putin/",
    "pairs": "pairs/",
    "leader with offices": "leaders/vladimir-putin/",
    "changes": "changes/",
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(AXE_PAGES))
def test_axe_finds_no_accessibility_violations(browser: Browser, server: str, name: str, scheme: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    tab = context.new_page()
    tab.goto(server + FIXTURE_BASE + AXE_PAGES[name])
    if name == "search":
        tab.locator(".search-results li").first.wait_for()
    results = Axe().run(tab)
    context.close()
    assert results.violations_count == 0, results.generate_report()
