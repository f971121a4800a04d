"""The corrections log: built inside a git checkout it lists each entry's commits; outside, nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import FIXTURE_CONTENT, SiteBuilder, read_html, text_of

from tracker.content.provenance import Change, Provenance, content_path, content_version, parse_log, read_changes
from tracker.outputs.cache import BuildCache
from tracker.outputs.changes import ChangedEntry, changes_page
from tracker.pipeline import build_site
from tracker.settings import Settings

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def git(repo: Path, *args: str, date: str = "2021-01-01T12:00:00Z") -> None:
    environ = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Editor", "GIT_AUTHOR_EMAIL": "editor@example.org",
        "GIT_COMMITTER_NAME": "Editor", "GIT_COMMITTER_EMAIL": "editor@example.org",
        "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
        "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
    }
    subprocess.run(["git", *args], cwd=repo, env=environ, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A checkout whose content has three commits: added, one entry corrected, one renamed."""
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURE_CONTENT, repo / "content")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Add the fixture entries", date="2021-03-04T10:00:00Z")
    trip = repo / "content" / "events" / "victory-day-2015.yaml"
    trip.write_text(trip.read_text(encoding="utf-8").replace("A fixture trip", "A fixture <trip>"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Victory Day 2015: say <what> the trip was & why", date="2021-05-06T23:30:00+09:00")
    git(repo, "mv", "content/events/hostile-markup.yaml", "content/events/hostile-entry.yaml")
    (repo / "content" / "gazetteer.yaml").write_text("places: []\n", encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Rename the hostile entry", date="2021-07-08T10:00:00Z")
    return repo


def log_of(page: Path) -> list[str]:
    return [text_of(li) for li in read_html(page).cssselect("section.corrections li")]


def test_each_event_page_lists_the_commits_that_changed_its_file_renames_followed(repo: Path, build: SiteBuilder) -> None:
    site = build(repo / "content")
    assert log_of(site / "events" / "victory-day-2015" / "index.html")[0].startswith(
        "6 May 2021: Victory Day 2015: say <what> the trip was & why "
    )  # the commit's own date, as git gives it, and its message as text
    assert [line.split(":")[0] for line in log_of(site / "events" / "victory-day-2015" / "index.html")] == [
        "6 May 2021", "4 March 2021"
    ]
    assert [line.split(":")[0] for line in log_of(site / "events" / "hostile-entry" / "index.html")] == [
        "8 July 2021", "4 March 2021"
    ]  # its history from before the rename comes along
    assert [line.split(":")[0] for line in log_of(site / "events" / "vladivostok-2019" / "index.html")] == ["4 March 2021"]


def test_the_changes_page_lists_the_latest_changes_to_entries_newest_first(repo: Path, build: SiteBuilder) -> None:
    page = read_html(build(repo / "content", base_url="/sub/") / "changes" / "index.html")
    rows = page.cssselect("ol.changes > li")
    assert [text_of(row).split(":")[0] for row in rows] == ["8 July 2021", "6 May 2021", "4 March 2021"]
    assert [(a.text_content(), a.get("href")) for a in rows[0].cssselect("a")] == [
        ('<script>alert("title")</script> & friends', "/sub/events/hostile-entry/")
    ]  # the entry's page, not the rules file (gazetteer.yaml) changed beside it
    first = {a.get("href") for a in rows[2].cssselect("a")}
    assert "/sub/events/hostile-entry/" in first and "/sub/sources/gazette-2015-05-01-trip-off/" in first


def test_a_file_that_no_longer_exists_is_named_not_linked() -> None:
    change = Change("abc", dt.date(2021, 1, 2), "Drop a duplicate", ("events/gone.yaml", "events/kept.yaml"))
    page = changes_page(Provenance(changes=(change,)), {"events/kept.yaml": ChangedEntry("Kept", "/events/kept/")})
    assert page.rows[0].entries == (ChangedEntry("gone.yaml", None), ChangedEntry("Kept", "/events/kept/"))
    assert (page.rows[0].date_text, page.rows[0].date_iso, page.total) == ("2 January 2021", "2021-01-02", 1)


def test_outside_git_the_pages_say_nothing_of_history_and_the_build_succeeds(content_dir: Path, build: SiteBuilder) -> None:
    site = build(content_dir)  # a temporary folder, in no checkout
    event = read_html(site / "events" / "victory-day-2015" / "index.html")
    assert event.cssselect("section.corrections") == []
    assert event.cssselect("section.cite")  # the citation needs no git
    changes = read_html(site / "changes" / "index.html")
    assert changes.cssselect("ol.changes") == []
    assert "built without its history" in text_of(changes.cssselect("main")[0])


def test_without_git_or_in_a_shallow_clone_there_is_no_history(repo: Path, tmp_path: Path) -> None:
    assert read_changes(repo / "content", git=str(tmp_path / "no-such-git")) == ()
    assert len(read_changes(repo / "content")) == 3
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(shallow))
    assert read_changes(shallow / "content") == ()  # its one commit would claim to have added every file


def test_the_same_checkout_builds_the_same_bytes(repo: Path, build: SiteBuilder, tmp_path: Path) -> None:
    first = build(repo / "content", out=tmp_path / "one")
    second = build(repo / "content", out=tmp_path / "two")
    for path in sorted(first.rglob("*")):
        if path.is_file():
            assert path.read_bytes() == (second / path.relative_to(first)).read_bytes(), path


def test_the_content_version_is_the_start_of_the_sha256_of_the_files_bytes() -> None:
    assert content_version(b"") == "e3b0c44298fc"  # SHA-256 of nothing: e3b0c44298fc1c14...
    assert content_version(b"title: x\n") != content_version(b"title: y\n")


@pytest.mark.parametrize(
    "origin",
    ["/home/me/site/content/events/x.yaml", "content/events/x.yaml", "events/x.yaml", "content//events/x.yaml"],
)
def test_an_entrys_history_is_kept_under_its_folder_and_name(origin: str) -> None:
    assert content_path(origin) == "events/x.yaml"


def test_the_log_reader_follows_a_rename_and_keeps_each_commits_files() -> None:
    log = (
        "\x1eccc\x1f2021-07-08\x1fRename\x00\nR100\x00events/a.yaml\x00events/b.yaml\x00"
        "\x1ebbb\x1f2021-05-06\x1fFix a; add c\x00\nM\x00events/a.yaml\x00A\x00events/c d.yaml\x00"
        "\x1eaaa\x1f2021-03-04\x1fFirst\x00\nA\x00events/a.yaml\x00"
    )
    assert [(c.commit, str(c.date), c.message, c.files) for c in parse_log(log)] == [
        ("ccc", "2021-07-08", "Rename", ("events/b.yaml",)),
        ("bbb", "2021-05-06", "Fix a; add c", ("events/b.yaml", "events/c d.yaml")),
        ("aaa", "2021-03-04", "First", ("events/b.yaml",)),
    ]


def test_a_commit_alone_updates_an_entrys_citation_file_on_a_rebuild(repo: Path) -> None:
    """A commit changes an entry's history, not its bytes nor its version: a rebuild that
    keeps unchanged files still gives the citation the new commit's date."""
    content, site = repo / "content", repo / "site"
    entry = content / "events" / "vladivostok-2019.yaml"
    entry.write_text(entry.read_text(encoding="utf-8").replace("title: ", "title: Edited ", 1), encoding="utf-8")
    build_site(content, site, Settings(), cache=BuildCache.beside(site))  # edited, not yet committed
    git(repo, "commit", "-q", "-am", "Vladivostok 2019: a better title", date="2022-02-02T10:00:00Z")
    build_site(content, site, Settings(), cache=BuildCache.beside(site))
    cited = json.loads((site / "events" / "vladivostok-2019" / "cite.json").read_text(encoding="utf-8"))
    assert (cited[0]["title"], cited[0]["issued"]) == ("Edited Summit in Vladivostok", {"date-parts": [[2022, 2, 2]]})
