"""`ingest --feed`: a feed's new items that name a tracked leader are fetched and drafted,
the rest left alone with a count; a second run knows what it drafted by the pages' addresses."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from conftest import PAGES, PageServer, snapshot

from tracker.cli import main
from tracker.content.validate import validate_content
from tracker.ingest.feed import address_key, read_feed
from tracker.settings import read_settings


def test_a_feeds_items_naming_a_leader_are_drafted_and_a_second_run_skips_them(
    content: Path, page_server: PageServer, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = f"{page_server.base}/feed.rss"
    assert main(["ingest", "--content", str(content), "--feed", feed]) == 0
    out = capsys.readouterr().out
    assert f"# feed {feed}: 3 item(s); 2 to draft, 0 already ingested (a source has the address), 1 naming none of our leaders" in out
    loaded = validate_content(content)
    by_url = {source.url: source for source in loaded.sources.values() if source.url}
    putin = by_url[f"{page_server.base}/2024/06/19/putin-state-visit.html"]
    kim = by_url[f"{page_server.base}/news/kim-vladivostok-talks.html?utm_source=rss&utm_medium=feed"]
    assert str(putin.published) == "2024-06-19"
    # The Vladivostok page gives no date: the feed's, as the feed wrote it (24 April, +09:00).
    assert str(kim.published) == "2019-04-24"
    assert "publication date 2019-04-24 from the feed: the page gives none" in out
    assert kim.id in loaded.events["kim-putin-vladivostok-2019"].sources
    assert f"{page_server.base}/weather/rain.html" not in by_url

    drafted = snapshot(content)
    assert main(["ingest", "--content", str(content), "--feed", feed]) == 0
    assert f"# feed {feed}: 3 item(s); 0 to draft, 2 already ingested (a source has the address), 1 naming none" in capsys.readouterr().out
    assert snapshot(content) == drafted


def test_markdown_describes_the_drafts_for_a_pull_request(
    content: Path, page_server: PageServer, capsys: pytest.CaptureFixture[str]
) -> None:
    (page_server.folder / "feed.rss").write_text(
        (page_server.folder / "feed.rss").read_text(encoding="utf-8").replace("/news/kim-vladivostok", "/news/gone"),
        encoding="utf-8",
    )
    feed = f"{page_server.base}/feed.rss"
    assert main(["ingest", "--content", str(content), "--format", "markdown", "--feed", feed]) == 1
    body = capsys.readouterr().out
    assert "Nothing is published until this pull request is merged." in body
    assert "### 1. `Putin arrives in Pyongyang on state visit`" in body
    assert f"- created `{content}/sources/daily-example-2024-06-19-putin-arrives-in-pyongyang-on-state.yaml`" in body
    assert any(line.startswith(("- created `", "- updated `")) and "/events/" in line for line in body.splitlines())
    assert "- check: `publisher 'Daily Example' is the page's site name`" in body
    assert "### Not ingested" in body
    assert f"- `{page_server.base}/news/gone-talks.html?utm_source=rss&utm_medium=feed: the server answered 404 Not Found" in body
    assert "### Feeds read" in body


def test_a_saved_atom_feed_is_read_with_each_items_day_as_the_feed_wrote_it() -> None:
    items = read_feed(str(PAGES / "feed.atom"), sys.stdin)
    # 23:50 at -07:00 is the 20th in UTC; the item is dated as its publisher dated it.
    assert [(item.title, item.link, str(item.published)) for item in items] == [
        ("Putin and Kim sign partnership pact", "https://example.org/2024/06/19/pact", "2024-06-19"),
    ]


def test_a_page_that_is_no_feed_is_named(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = PAGES / "news" / "kim-vladivostok-talks.html"
    assert main(["ingest", "--content", str(content), "--feed", str(page)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"error: {page}: not an RSS or Atom feed (")


def test_a_feed_from_standard_input(
    content: Path, page_server: PageServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((page_server.folder / "feed.rss").read_bytes())))
    before = snapshot(content)
    assert main(["ingest", "--dry-run", "--content", str(content), "--feed", "-"]) == 0
    out = capsys.readouterr().out
    assert "# feed -: 3 item(s); 2 to draft" in out
    assert f"# would create {content}/sources/daily-example-2024-06-19-putin-arrives-in-pyongyang-on-state.yaml" in out
    assert snapshot(content) == before


def test_an_item_without_an_address_is_no_item() -> None:
    items = read_feed(str(PAGES / "feed.atom"), sys.stdin)
    assert "A notice without a page" not in [item.title for item in items]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("https://Example.org/a/b/", "https://example.org/a/b"),
        ("https://example.org/a?utm_source=rss&id=3#top", "https://example.org/a?id=3"),
    ],
)
def test_addresses_differing_only_in_tracking_are_one(one: str, other: str) -> None:
    assert address_key(one) == address_key(other)
    assert address_key("https://example.org/a?id=3") != address_key("https://example.org/a?id=4")


def test_watch_without_feeds_set_does_nothing_and_says_why(
    content: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A project that lists no feeds (ours lists some; the watch never goes online in a test).
    project = tmp_path / "pyproject.toml"
    project.write_text('[tool.tracker]\ntitle = "Visits"\n', encoding="utf-8")
    monkeypatch.setattr("tracker.cli.read_settings", lambda: read_settings(project))
    before = snapshot(content)
    assert main(["ingest", "--content", str(content), "--watch"]) == 0
    assert capsys.readouterr().err == "nothing to watch: no feeds under [tool.tracker] in pyproject.toml (add feeds = [...])\n"
    assert snapshot(content) == before
