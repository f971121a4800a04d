"""The page-weight script: HTML + the CSS and JS each page loads, Pagefind's bundle left out."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import FIXTURE_CONTENT, REPO

from tracker.outputs.search import build_search_index
from tracker.pipeline import build_site
from tracker.settings import Settings

_SPEC = importlib.util.spec_from_file_location("page_weight", REPO / "scripts" / "page_weight.py")
assert _SPEC and _SPEC.loader
page_weight = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(page_weight)


def test_each_page_counts_its_html_css_and_js_but_not_the_search_bundle(tmp_path: Path) -> None:
    site = tmp_path / "site"
    build_site(FIXTURE_CONTENT, site, Settings(base_url="/sub/"), finishing=[build_search_index])
    weights = {page: (total, counted) for total, page, counted in page_weight.page_weights(site, "/sub/")}
    total, counted = weights["search/index.html"]
    assert counted == ["search/index.html", "assets/style.css", "assets/search.js"]
    assert total == sum((site / f).stat().st_size for f in counted)
    assert weights["index.html"][1] == ["index.html", "assets/style.css", "assets/filter.js"]
    assert not any(page.startswith("pagefind/") for page in weights)


def test_it_prints_the_heaviest_page_and_holds_the_budget(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site"
    build_site(FIXTURE_CONTENT, site, Settings(base_url="/"))
    assert page_weight.main([str(site)]) == 0
    assert "within the 50 KB budget" in capsys.readouterr().out.splitlines()[-1]
    assert page_weight.main([str(site), "--limit", "1"]) == 1
