"""The Pagefind search index: built by the write's finishing step, under any sub-path, deterministic."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import FIXTURE_CONTENT, read_html

from tracker.cli import main
from tracker.outputs.search import build_search_index
from tracker.pipeline import build_site
from tracker.settings import Settings


def build_with_search(out: Path, base_url: str = "/visits/") -> Path:
    build_site(FIXTURE_CONTENT, out, Settings(title="Test tracker", base_url=base_url), finishing=[build_search_index])
    return out


def test_the_index_covers_events_leaders_and_sources_only(tmp_path: Path) -> None:
    site = build_with_search(tmp_path / "site")
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    # 3 events + 2 leaders + 3 sources carry data-pagefind-body; lists, browse pages, search and 404 do not
    assert sum(language["page_count"] for language in entry["languages"].values()) == 8
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert sorted(p.name for p in (site / "pagefind").glob("pagefind*.js")) == ["pagefind-worker.js", "pagefind.js"]


def test_the_search_page_finds_the_bundle_and_results_through_the_url_builder(tmp_path: Path) -> None:
    page = read_html(build_with_search(tmp_path / "site", "/some/sub/path/") / "search" / "index.html")
    [root] = page.cssselect("#search")
    assert root.get("data-bundle") == "/some/sub/path/pagefind/"
    assert root.get("data-base") == "/some/sub/path/"
    assert page.cssselect("script")[-1].get("src") == "/some/sub/path/assets/search.js"


def test_every_page_has_a_search_box_that_works_without_javascript(tmp_path: Path) -> None:
    page = read_html(build_with_search(tmp_path / "site") / "events" / "vladivostok-2019" / "index.html")
    [form] = page.cssselect("header form[role=search]")
    assert form.get("action") == "/visits/search/"
    assert form.cssselect("input")[0].get("name") == "q"


def test_the_same_content_builds_the_same_index(tmp_path: Path) -> None:
    first = build_with_search(tmp_path / "one")
    second = build_with_search(tmp_path / "two")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert [f for f in files if (first / f).read_bytes() != (second / f).read_bytes()] == []


def test_python_build_py_writes_the_index(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["--content", str(FIXTURE_CONTENT), "--out", str(out)]) == 0
    assert (out / "pagefind" / "pagefind-entry.json").is_file()


def test_the_search_page_is_noindex_and_not_in_the_sitemap(tmp_path: Path) -> None:
    site = build_with_search(tmp_path / "site")
    page = read_html(site / "search" / "index.html")
    assert page.cssselect('meta[name="robots"]')[0].get("content") == "noindex"
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "/visits/years/2019/" in sitemap and "/visits/search/" not in sitemap
