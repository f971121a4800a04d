"""Text from strangers in a real browser at 320 px: Korean, Russian, Arabic and Hebrew (with a
right-to-left override), emoji and 500-letter words never push a page sideways, and are shown
whole. Screenshots go to test-artifacts/ (git-ignored). Skips like tests/test_browser.py."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from conftest import FIXTURE_CONTENT
from test_browser import ARTIFACTS, _QuietHandler, browser  # noqa: F401 - the browser fixture is shared

from tracker.pipeline import build_site
from tracker.settings import Settings

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 11  # 495 letters, no break
LONG_URL = "https://example.org/" + "a" * 480
TITLE = f"김정은 Саммит 🇰🇵🤝🇷🇺 {LONG_WORD[:200]}"
EVENT = f"""\
title: "{TITLE}"
kind: summit
status: held
date: 2019-04-25
visitor: kim-jong-un
host: vladimir-putin
leaders: [kim-jong-un, vladimir-putin]
place: {{city: "{LONG_WORD}", country: RU}}
summary: "قمة في فلاديفوستوك بين الزعيمين {LONG_WORD} 👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦"
timeline:
  - date: 2019-04-25
    status: held
    note: "פסגה \u202egnp.exe\u202c and then {LONG_WORD}"
    quote: {{text: "{LONG_WORD}", by: "Владимир Владимирович Путин"}}
    sources: [long-address-2019-04-25]
"""
SOURCE = f"""\
publisher: "{LONG_WORD[:120]}"
title: "{LONG_WORD}"
published: 2019-04-25
author: "ミハイル・ヴラディーミロヴィチ・ミシュスチン"
url: "{LONG_URL}"
"""
PAGES = ["", "events/hostile-text-2019/", "leaders/kim-jong-un/", "sources/", "sources/long-address-2019-04-25/", "years/2019/"]
BASE = "/hostile/"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("hostile-text")
    content = root / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    (content / "events" / "hostile-text-2019.yaml").write_text(EVENT, encoding="utf-8")
    (content / "sources" / "long-address-2019-04-25.yaml").write_text(SOURCE, encoding="utf-8")
    build_site(content, root / "served" / BASE.strip("/"), Settings(title="Test tracker", base_url=BASE))
    handler = functools.partial(_QuietHandler, directory=str(root / "served"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}{BASE}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_no_page_scrolls_sideways_at_320_px_and_everything_is_shown_whole(browser: Browser, server: str) -> None:  # noqa: F811
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 320, "height": 700})
    tab = context.new_page()
    for path in PAGES:
        tab.goto(server + path)
        assert tab.evaluate("document.documentElement.scrollWidth") <= 320, path
        # Nothing is cut off instead: no element runs past the right edge.
        overflowing = tab.evaluate(
            "[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > 321)"
            ".map(e => e.tagName + '.' + e.className)"
        )
        assert overflowing == [], (path, overflowing)
    tab.goto(server + "events/hostile-text-2019/")
    assert tab.locator("h1").inner_text() == TITLE
    assert LONG_WORD in tab.locator("main").inner_text()
    tab.screenshot(path=ARTIFACTS / "hostile-text-320.png", full_page=True)
    context.close()
    assert (ARTIFACTS / "hostile-text-320.png").stat().st_size > 10_000


def test_right_to_left_text_reads_right_to_left_and_an_override_stays_inside_its_field(
    browser: Browser, server: str  # noqa: F811
) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 700})
    tab = context.new_page()
    tab.goto(server + "events/hostile-text-2019/")
    summary = tab.locator("main p", has_text="قمة").first
    assert summary.evaluate("e => getComputedStyle(e).unicodeBidi") == "plaintext"
    # The Arabic summary starts at the right edge, as Arabic text does.
    box = summary.bounding_box()
    first_line = summary.evaluate(
        "e => { const r = document.createRange(); r.setStart(e.firstChild, 0); r.setEnd(e.firstChild, 3);"
        " return r.getBoundingClientRect().right }"
    )
    assert box is not None and first_line > box["x"] + box["width"] - 20
    context.close()
