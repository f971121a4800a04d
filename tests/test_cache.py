"""Rebuilds: an incremental build gives exactly the files a clean build gives, writes only
what changed, and never trusts its cache or touches the live site before the swap."""

from __future__ import annotations

import dataclasses
import gc
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import pytest
from conftest import FIXTURE_CONTENT, REPO, run_build_py

from tracker import workers
from tracker.content import provenance
from tracker.content.model import Event, Leader, Source
from tracker.outputs import cache, calendar_ics, dataset, feeds, render, write
from tracker.outputs.cache import BuildCache
from tracker.outputs.write import Written
from tracker.pipeline import build_site
from tracker.settings import Settings

SETTINGS = Settings(title="Test tracker", base_url="/sub/")


def tree(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def inodes(folder: Path) -> dict[str, int]:
    return {str(path.relative_to(folder)): path.stat().st_ino for path in folder.rglob("*") if path.is_file()}


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Private copies of the fixture content and of the templates, free to change."""
    shutil.copytree(FIXTURE_CONTENT, tmp_path / "content")
    templates = tmp_path / "templates"
    shutil.copytree(render.TEMPLATE_DIR, templates)
    monkeypatch.setattr(render, "TEMPLATE_DIR", templates)
    monkeypatch.setattr(render, "STATIC_DIR", templates / "static")
    monkeypatch.setattr(cache, "TEMPLATE_DIR", templates)  # what a rebuild checks for changes
    return tmp_path


def incremental(root: Path, settings: Settings = SETTINGS, kept: BuildCache | None = None) -> Written:
    """A build with the cache beside the site: `kept`, one that remembers what it read and
    wrote, as the preview keeps one for all its builds; else a new one, as each `build.py` run."""
    site = root / "site"
    return build_site(root / "content", site, settings, cache=kept or BuildCache.beside(site))


def clean(root: Path, settings: Settings = SETTINGS) -> dict[str, bytes]:
    shutil.rmtree(root / "clean", ignore_errors=True)
    build_site(root / "content", root / "clean" / "site", settings)
    return tree(root / "clean" / "site")


def rename(path: Path, new_stem: str) -> None:
    """Rename an entry and every reference to it, as an editor would."""
    old_stem = path.stem
    path.rename(path.with_name(f"{new_stem}.yaml"))
    for entry in path.parents[1].rglob("*.yaml"):
        text = entry.read_text(encoding="utf-8")
        if old_stem in text:
            entry.write_text(text.replace(old_stem, new_stem), encoding="utf-8")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


STEPS: list[tuple[str, Callable[[Path], None]]] = [
    ("edit an event's title", lambda r: edit(r / "content/events/vladivostok-2019.yaml", "title: ", "title: Edited ")),
    ("edit an event's summary", lambda r: edit(r / "content/events/vladivostok-2019.yaml", "summary: ", "summary: Edited. ")),
    ("edit an event's place", lambda r: edit(r / "content/events/vladivostok-2019.yaml", "city: Vladivostok", "city: Khasan")),
    ("add an event", lambda r: shutil.copy(r / "content/events/vladivostok-2019.yaml", r / "content/events/vladivostok-2019-copy.yaml")),
    ("delete an event", lambda r: (r / "content/events/vladivostok-2019-copy.yaml").unlink()),
    ("rename an event", lambda r: rename(r / "content/events/vladivostok-2019.yaml", "summit-at-vladivostok")),
    ("edit a leader's name", lambda r: edit(r / "content/leaders/vladimir-putin.yaml", "name: Vladimir Putin", "name: V. V. Putin")),
    # what the pages that list events show of them, and which events each lists
    ("edit an event's kind", lambda r: edit(r / "content/events/summit-at-vladivostok.yaml", "kind: summit", "kind: visit")),
    ("edit how a leader took part", lambda r: edit(r / "content/events/summit-at-vladivostok.yaml", "{leader: kim-jong-un, mode: in-person}", "{leader: kim-jong-un, mode: video}")),
    ("move an event to another year", lambda r: edit(r / "content/events/summit-at-vladivostok.yaml", "date: 2019-04", "date: 2020-04")),
    ("edit a leader's summary", lambda r: edit(r / "content/leaders/kim-jong-un.yaml", "summary: ", "summary: Edited. ")),
    # what an event's pieces of the feeds, calendars and data files show of other entries
    ("edit a leader's country", lambda r: edit(r / "content/leaders/vladimir-putin.yaml", "country: RU", "country: BY")),
    ("edit a leader's Wikidata item", lambda r: edit(r / "content/leaders/vladimir-putin.yaml", "Q7747", "Q7748")),
    ("move a development to another day", lambda r: edit(r / "content/events/summit-at-vladivostok.yaml", "2019-04-22\n", "2019-04-21\n")),
    ("add an article's address", lambda r: edit(r / "content/sources/gazette-2015-05-01-trip-off.yaml", "author: A. Reporter", "author: A. Reporter\nurl: https://example.org/trip-off")),
    ("add a leader", lambda r: shutil.copy(r / "content/leaders/vladimir-putin.yaml", r / "content/leaders/another-putin.yaml")),
    ("delete a leader", lambda r: (r / "content/leaders/another-putin.yaml").unlink()),
    ("rename a leader", lambda r: rename(r / "content/leaders/vladimir-putin.yaml", "putin")),
    ("edit a source", lambda r: edit(r / "content/sources/gazette-2015-05-01-trip-off.yaml", "title: ", "title: Edited ")),
    ("add a source", lambda r: shutil.copy(r / "content/sources/gazette-2015-05-01-trip-off.yaml", r / "content/sources/copy-source.yaml")),
    ("delete a source", lambda r: (r / "content/sources/copy-source.yaml").unlink()),
    ("rename a source", lambda r: rename(r / "content/sources/gazette-2015-05-01-trip-off.yaml", "gazette-trip-off")),
    # what a rebuild that lists only the outputs an edit reaches (reach.Reach) could miss
    ("edit a source cited by one event", lambda r: edit(r / "content/sources/agency-2019-04-26-summit-held.yaml", "title: ", "title: Edited ")),
    ("edit a leader's office", lambda r: [edit(r / "content/leaders/kim-jong-un.yaml", "Supreme Leader", "Chairman") for _ in "ab"]),
    ("edit a development's note", lambda r: edit(r / "content/events/victory-day-2015.yaml", "note: Confirmed early", "note: Confirmed late")),
    ("edit a related event's summary", lambda r: edit(r / "content/events/summit-at-vladivostok.yaml", "summary: ", "summary: Again. ")),
    ("edit a comment in an event's file", lambda r: edit(r / "content/events/victory-day-2015.yaml", "title: ", "# edited\ntitle: ")),
    ("edit an event's title again", lambda r: edit(r / "content/events/victory-day-2015.yaml", "title: ", "title: Edited ")),
    ("edit the row template", lambda r: edit(r / "templates/_event_row.html", 'class="kind"', 'class="kind" data-edited')),
    ("edit the base template", lambda r: edit(r / "templates/base.html", "Skip to content", "Skip to the content")),
    ("edit the stylesheet", lambda r: (r / "templates/static/style.css").write_text("body { color: black }\n")),
    ("edit an event's summary after a template", lambda r: edit(r / "content/events/victory-day-2015.yaml", "summary: ", "summary: Edited. ")),
]


@pytest.mark.parametrize("remembering", [False, True], ids=["each build reads the cache", "one cache remembers"])
def test_every_incremental_build_equals_a_clean_build(workspace: Path, remembering: bool) -> None:
    kept = BuildCache.beside(workspace / "site", remembering=True) if remembering else None
    incremental(workspace, kept=kept)
    for what, change in STEPS:
        change(workspace)
        written = incremental(workspace, kept=kept)
        expected = clean(workspace)
        assert tree(workspace / "site") == expected, f"after: {what}"
        assert 0 < written.written < len(expected), f"after: {what}: {written}"


def test_a_changed_setting_rebuilds_what_shows_it(workspace: Path) -> None:
    incremental(workspace)
    renamed = Settings(title="Renamed tracker", base_url="/sub/")
    incremental(workspace, renamed)
    assert tree(workspace / "site") == clean(workspace, renamed)
    assert "Renamed tracker" in (workspace / "site/index.html").read_text(encoding="utf-8")


def test_a_rebuild_writes_only_the_files_whose_bytes_change(workspace: Path) -> None:
    first = incremental(workspace)
    before = inodes(workspace / "site")
    assert incremental(workspace) == Written(first.files, 0)
    assert inodes(workspace / "site") == before  # not even swapped

    source = workspace / "content/sources/gazette-2015-05-01-trip-off.yaml"
    edit(source, "publisher: ", "publisher: The ")
    written = incremental(workspace)
    after = inodes(workspace / "site")
    changed = sorted(path for path in after if after[path] != before.get(path))
    assert written.written == len(changed)
    # The source's own page, and the pages and data files that cite it; nothing else.
    assert "sources/gazette-2015-05-01-trip-off/index.html" in changed
    assert "events/victory-day-2015/index.html" in changed
    assert "leaders/kim-jong-un/index.html" not in changed and "assets/style.css" not in changed


def test_an_edited_summary_renders_again_the_event_page_and_none_of_the_lists(workspace: Path) -> None:
    incremental(workspace)
    before = inodes(workspace / "site")
    edit(workspace / "content/events/vladivostok-2019.yaml", "summary: ", "summary: Edited. ")
    incremental(workspace)
    after = inodes(workspace / "site")
    changed = {path for path in after if after[path] != before.get(path)}
    assert "events/vladivostok-2019/index.html" in changed and "events.json" in changed
    lists = ["index.html", "years/2019/index.html", "status/held/index.html", "leaders/kim-jong-un/index.html",
             "pairs/kim-jong-un--vladimir-putin/index.html", "sources/agency-2019-04-26-summit-held/index.html"]
    assert not changed & set(lists)  # no list shows a summary
    assert tree(workspace / "site") == clean(workspace)

    edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", "title: Edited ")  # every list shows the title
    incremental(workspace)
    again = inodes(workspace / "site")
    assert {path for path in lists if again[path] != after[path]} == set(lists)
    assert tree(workspace / "site") == clean(workspace)


def test_an_edit_lists_only_the_outputs_that_read_what_changed(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keyed: list[str] = []
    output_key = write.output_key
    monkeypatch.setattr(write, "output_key", lambda output, salt: keyed.append(output.path) or output_key(output, salt))
    incremental(workspace)
    assert "events/victory-day-2015/index.html" in keyed and "leaders/kim-jong-un/feed.xml" in keyed
    keyed.clear()
    edit(workspace / "content/events/vladivostok-2019.yaml", "summary: ", "summary: Edited. ")
    incremental(workspace)
    assert "events/vladivostok-2019/index.html" in keyed and "events/vladivostok-2019/cite.json" in keyed
    assert "leaders/kim-jong-un/feed.xml" in keyed  # it carries the event in full
    assert "feed.xml" in keyed and "events.json" in keyed  # so do the whole site's
    # the other event's page, and the pages that list the event (as lists show it), are not even listed
    lists = {"index.html", "years/2019/index.html", "leaders/kim-jong-un/index.html", "sources/agency-2019-04-26-summit-held/index.html"}
    assert not {"events/victory-day-2015/index.html", *lists} & set(keyed)
    assert tree(workspace / "site") == clean(workspace)

    keyed.clear()
    edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", "title: Edited ")  # the lists show the title
    incremental(workspace)
    assert lists <= set(keyed) and "events/victory-day-2015/index.html" in keyed  # it lists the event as related
    assert "events/hostile-markup/index.html" not in keyed
    assert tree(workspace / "site") == clean(workspace)


def test_a_record_of_what_outputs_read_is_used_only_by_the_build_after_the_one_that_made_it(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    incremental(workspace)
    [record] = (workspace / ".build-cache").glob("reach-*.json")
    older = record.read_bytes()
    edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", "title: Edited ")
    incremental(workspace)
    record.write_bytes(older)  # a record of the build before: the lists it names are not those to make now
    edit(workspace / "content/events/victory-day-2015.yaml", "summary: ", "summary: Edited. ")
    incremental(workspace)
    assert tree(workspace / "site") == clean(workspace)

    header, _, body = record.read_bytes().partition(b"\n")
    reached = body.index(b'"readers":{') + 30
    record.write_bytes(header + b"\n" + body[:reached] + bytes([body[reached] ^ 1]) + body[reached + 1 :])  # still JSON
    edit(workspace / "content/events/victory-day-2015.yaml", "summary: ", "summary: Again. ")
    incremental(workspace)
    assert "warning: ignoring the build cache" in capsys.readouterr().err
    assert tree(workspace / "site") == clean(workspace)


def test_a_rebuild_runs_the_templates_an_earlier_build_compiled_unless_their_files_are_damaged(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    compiled: list[str] = []
    compile_template = jinja2.Environment.compile

    def counted(env: jinja2.Environment, source: str, name: str | None = None, *arguments: Any, **keywords: Any) -> Any:
        compiled.append(str(name))
        return compile_template(env, source, name, *arguments, **keywords)

    monkeypatch.setattr(jinja2.Environment, "compile", counted)
    incremental(workspace)
    assert "event.html" in compiled
    compiled.clear()
    edit(workspace / "content/events/vladivostok-2019.yaml", "summary: ", "summary: Edited. ")
    incremental(workspace)
    assert compiled == []  # the event's page rendered again, from the code kept
    for code in (workspace / ".build-cache").glob("templates-*/*.code"):
        data = code.read_bytes()
        code.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))  # one bit not as written
    edit(workspace / "content/events/vladivostok-2019.yaml", "summary: ", "summary: Again. ")
    incremental(workspace)
    assert "warning: ignoring the build cache" in capsys.readouterr().err and "event.html" in compiled
    assert tree(workspace / "site") == clean(workspace)


@pytest.mark.parametrize(
    "path, edited",
    [
        ("about/index.html", False),  # a rebuild with nothing changed in the content
        ("events/victory-day-2015/index.html", True),  # a page the edit does not reach: not even listed, still checked
    ],
)
def test_a_hand_edited_file_in_the_site_is_replaced_not_trusted(workspace: Path, path: str, edited: bool) -> None:
    incremental(workspace)
    page = workspace / "site" / path
    expected = page.read_bytes()
    page.write_bytes(b"defaced")
    if edited:
        edit(workspace / "content/events/vladivostok-2019.yaml", "summary: ", "summary: Edited. ")
    incremental(workspace)
    assert page.read_bytes() == expected
    assert tree(workspace / "site") == clean(workspace)


def test_the_site_record_reads_back_as_written_and_refuses_damage() -> None:
    manifest = {
        "index.html": cache.Record("k1", "d1", 120, 1_700_000_000_123_456_789, 2**63 + 5),
        "events/x/index.html": cache.Record("k2", "d2", 0, -1, 7),
        "caf\u00e9/index.html": cache.Record("k3", "d3", 3, 4, 5),
    }
    saved = cache.Saved.of("inputs-digest", manifest)
    data = saved.encoded()
    again = cache.Saved.decoded(data)
    assert again is not None and again.inputs == "inputs-digest"
    assert again.outputs == manifest and again.paths == list(manifest) and again.digests == ["d1", "d2", "d3"]
    assert cache.Saved.decoded(cache.Saved.of("none", {}).encoded()) == cache.Saved.of("none", {})
    assert cache.Saved.decoded(b'{"format": 3, "inputs": "x", "outputs": {}}') is None  # an older build's: passed over
    for damaged in (data[:-1], data[:-8] + bytes(8), data.replace(b"events/x", b"events/y")):
        with pytest.raises(ValueError, match="not those written"):
            cache.Saved.decoded(damaged)
    with pytest.raises(ValueError, match="first line"):
        cache.Saved.decoded(f"format={cache.SITE_FORMAT} inputs=x files=3".encode() + b"\n")


def test_the_folders_record_reads_back_as_written(tmp_path: Path) -> None:
    kept = BuildCache(tmp_path / ".build-cache")
    live = {"": [11, 1_700_000_000_000_000_001], "events": [12, 5], "events/x": [2**64 - 1, -3]}
    spare = cache.SpareRecord({"index.html": 21, "events/x/index.html": 22}, {"": [31, 7]})
    for folders in (cache.SiteFolders(live, spare), cache.SiteFolders(None, spare), cache.SiteFolders(live, None)):
        kept.save_folders(tmp_path / "site", folders)
        assert kept.load_folders(tmp_path / "site") == folders
    [record] = (tmp_path / ".build-cache").glob("folders-*.json")
    record.write_text('{"format": 3, "live": null, "spare": null}', encoding="utf-8")  # an older build's: passed over
    assert kept.load_folders(tmp_path / "site") == cache.SiteFolders(None, None)


def test_a_site_record_of_an_older_form_costs_a_full_build_without_a_warning(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    incremental(workspace)
    [record] = (workspace / ".build-cache").glob("site-*.record")
    record.write_text('{"format": 3, "inputs": "x", "outputs": {"index.html": ["k", "d", 1, 2, 3]}}', encoding="utf-8")
    written = incremental(workspace)
    assert "warning" not in capsys.readouterr().err
    assert written.written == written.files  # built from scratch
    assert tree(workspace / "site") == clean(workspace)


def test_a_corrupt_cache_is_ignored_with_a_warning(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    incremental(workspace)
    [record] = (workspace / ".build-cache").glob("site-*.record")
    data = record.read_bytes()
    record.write_bytes(data[:-100] + bytes(100))  # its numbers zeroed, as by a disk's damage
    edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", "title: Edited ")
    written = incremental(workspace)
    assert "warning: ignoring the build cache" in capsys.readouterr().err
    assert written.written == written.files  # built from scratch
    assert tree(workspace / "site") == clean(workspace)


def test_a_deleted_cache_costs_only_a_full_build(workspace: Path) -> None:
    incremental(workspace)
    shutil.rmtree(workspace / ".build-cache")
    edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", "title: Edited ")
    incremental(workspace)
    assert tree(workspace / "site") == clean(workspace)


@pytest.mark.parametrize(
    "kept", ["site-*.record", "reach-*.json", "folders-*.json", "parsed-*/*.pickle", "site-*-pieces/*.pieces"]
)
def test_a_remembering_cache_reads_again_a_file_damaged_behind_its_back(
    workspace: Path, kept: str, capsys: pytest.CaptureFixture[str]
) -> None:
    remembering = BuildCache.beside(workspace / "site", remembering=True)
    incremental(workspace, kept=remembering)
    edit(workspace / "content/events/vladivostok-2019.yaml", "summary: ", "summary: Edited. ")
    incremental(workspace, kept=remembering)  # every kind of record now written by this cache
    damaged = sorted((workspace / ".build-cache").glob(kept))
    assert damaged
    for path in damaged:
        path.write_bytes(path.read_bytes()[:-9])  # cut short, as by a full disk
    capsys.readouterr()
    edit(workspace / "content/events/vladivostok-2019.yaml", "summary: ", "summary: Again. ")
    incremental(workspace, kept=remembering)
    warnings = capsys.readouterr().err
    assert any(f"warning: ignoring the build cache {path}" in warnings for path in damaged), warnings
    assert tree(workspace / "site") == clean(workspace)
    edit(workspace / "content/events/vladivostok-2019.yaml", "summary: ", "summary: Once more. ")
    incremental(workspace, kept=remembering)  # the records were written again
    assert "warning" not in capsys.readouterr().err
    assert tree(workspace / "site") == clean(workspace)


def test_a_remembering_cache_deleted_behind_its_back_costs_a_full_build(workspace: Path) -> None:
    remembering = BuildCache.beside(workspace / "site", remembering=True)
    incremental(workspace, kept=remembering)
    shutil.rmtree(workspace / ".build-cache")
    edit(workspace / "content/events/vladivostok-2019.yaml", "summary: ", "summary: Edited. ")
    written = incremental(workspace, kept=remembering)
    assert written.written == written.files  # nothing trusted from memory: built from scratch
    assert tree(workspace / "site") == clean(workspace)


def test_a_remembering_cache_takes_back_what_it_wrote_only_while_the_file_is_that_one(workspace: Path) -> None:
    site = workspace / "site"
    remembering = BuildCache.beside(site, remembering=True)
    incremental(workspace, kept=remembering)
    [record] = (workspace / ".build-cache").glob("site-*.record")
    saved = remembering.load(site)
    assert saved is not None and remembering.load(site) is saved  # not read again
    assert BuildCache.beside(site).load(site) is not saved  # a cache that does not remember reads the file
    before = record.stat()
    record.write_bytes(record.read_bytes())  # the same bytes, written by someone else...
    os.utime(record, ns=(before.st_atime_ns, before.st_mtime_ns))  # ...with its modification time set back
    again = remembering.load(site)
    assert again is not None and again is not saved and again.outputs == saved.outputs
    assert remembering.load(site) is again


def test_a_build_that_fails_mid_render_leaves_the_live_site_and_no_staging(workspace: Path) -> None:
    incremental(workspace)
    edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", "title: Edited ")
    incremental(workspace)  # the site before it is kept as the spare, for the next build to update
    before = tree(workspace / "site")
    edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", "title: Again ")
    edit(workspace / "templates/source.html", "{% block main %}", "{% block main %}{{ no_such_value }}")
    with pytest.raises(jinja2.UndefinedError):
        incremental(workspace)
    assert tree(workspace / "site") == before  # the spare's files were replaced, not written through
    assert sorted(os.listdir(workspace)) == [".build-cache", ".site-old", "content", "site", "templates"]
    edit(workspace / "templates/source.html", "{{ no_such_value }}", "")
    incremental(workspace)  # the half-updated spare is checked, not trusted
    assert tree(workspace / "site") == clean(workspace)


def test_the_spare_is_brought_up_to_date_from_its_record_while_its_folders_are_as_recorded(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    incremental(workspace)
    edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", "title: Edited ")
    incremental(workspace)  # the first site is now the spare, and recorded as such

    def no_reading(staging: write._Staging) -> list[tuple[str, int]]:
        raise AssertionError("the spare's folders were read, though its record holds")

    monkeypatch.setattr(write._Staging, "_sweep", no_reading)
    steps = [step for what, step in STEPS if what in ("edit an event's title", "add an event", "delete an event", "rename an event")]
    for step in steps:  # each leaves the site before it as the spare, recorded
        step(workspace)
        incremental(workspace)
        assert tree(workspace / "site") == clean(workspace)
    with_domain = dataclasses.replace(SETTINGS, cname="tracker.example.org")  # a file at the top comes, then goes
    for title, settings in (("One ", with_domain), ("Two ", with_domain), ("Three ", SETTINGS)):
        edit(workspace / "content/events/summit-at-vladivostok.yaml", "title: ", f"title: {title}")
        incremental(workspace, settings)
        assert tree(workspace / "site") == clean(workspace, settings)


def test_the_record_of_the_sites_folders_read_again_only_where_the_build_changed_them_is_true(workspace: Path) -> None:
    site = workspace / "site"
    for title in ("One ", "Two ", "Three ", "Four "):  # from the third on, the spare is brought up to date from its record
        edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", f"title: {title}")
        incremental(workspace)
        recorded = BuildCache.beside(site).load_folders(site)
        files = [str(path.relative_to(site)) for path in site.rglob("*") if path.is_file()]
        assert recorded.live == cache.folder_stamps(site, files), f"after: {title}"
    assert tree(site) == clean(workspace)


def test_a_corrupt_record_of_the_sites_folders_is_ignored_with_a_warning(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for title in ("One ", "Two "):
        edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", f"title: {title}")
        incremental(workspace)
    [record] = (workspace / ".build-cache").glob("folders-*.json")
    data = record.read_bytes()
    record.write_bytes(data.replace(b'"spare":{"files":{', b'"spare":{"files":{"stray.html":"x",'))
    (workspace / ".site-old/stray.html").write_text("added by hand", encoding="utf-8")
    edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", "title: Three ")
    incremental(workspace)
    assert "warning: ignoring the build cache" in capsys.readouterr().err
    assert tree(workspace / "site") == clean(workspace)


def test_nothing_the_spare_holds_goes_live_unless_it_is_the_live_file(workspace: Path) -> None:
    incremental(workspace)
    edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", "title: Edited ")
    incremental(workspace)
    spare = workspace / ".site-old"  # the site before the live one, which the next build brings up to date
    assert (spare / write.MARKER).is_file()
    (spare / "stray.html").write_text("added by hand", encoding="utf-8")
    (spare / "events/stray").mkdir()
    (spare / "events/stray/index.html").write_text("added by hand", encoding="utf-8")
    about = spare / "about/index.html"
    about.unlink()  # the live file's other link, replaced by another file at the same path
    about.write_text("replaced by hand", encoding="utf-8")
    shutil.rmtree(spare / "search")
    (spare / "search").write_text("a file where the site has a folder", encoding="utf-8")
    edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", "title: Again ")
    incremental(workspace)
    assert tree(workspace / "site") == clean(workspace)


def test_an_edited_event_renders_again_only_the_feeds_and_calendars_that_carry_it(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered: list[str] = []

    def counted(render_one: Callable[..., list[Any]], suffix: str) -> Callable[..., list[Any]]:
        def wrapper(*arguments: Any) -> list[Any]:
            rendered.append(arguments[3].page + suffix)  # the subscription
            return render_one(*arguments)

        return wrapper

    monkeypatch.setattr(feeds, "atom_parts", counted(feeds.atom_parts, "feed.xml"))
    monkeypatch.setattr(calendar_ics, "ics_parts", counted(calendar_ics.ics_parts, "events.ics"))
    incremental(workspace)
    assert "leaders/vladimir-putin/feed.xml" in rendered and "pairs/kim-jong-un--vladimir-putin/events.ics" in rendered

    rendered.clear()
    edit(workspace / "content/events/hostile-markup.yaml", "title: ", "title: Edited ")  # Kim Jong Un's alone
    incremental(workspace)
    assert sorted(rendered) == ["events.ics", "feed.xml", "leaders/kim-jong-un/events.ics", "leaders/kim-jong-un/feed.xml"]
    assert tree(workspace / "site") == clean(workspace)

    rendered.clear()
    edit(workspace / "content/sources/gazette-2015-05-01-trip-off.yaml", "title: ", "title: Edited ")  # cited by both
    incremental(workspace)
    assert "pairs/kim-jong-un--vladimir-putin/feed.xml" in rendered and "leaders/vladimir-putin/feed.xml" in rendered
    assert tree(workspace / "site") == clean(workspace)


def test_an_edited_event_renders_again_only_its_own_pieces_of_the_files_made_of_pieces(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[tuple[str, str]] = []

    def counted(module: Any, name: str) -> None:
        make = getattr(module, name)

        def wrapper(event: Any, *arguments: Any) -> bytes:
            made.append((name, event.id))
            return make(event, *arguments)  # type: ignore[no-any-return]

        monkeypatch.setattr(module, name, wrapper)

    for module, name in ((feeds, "_entry_bytes"), (calendar_ics, "_vevent_bytes"), (dataset, "_event_json"), (dataset, "_csv_row")):
        counted(module, name)
    incremental(workspace)
    assert ("_csv_row", "vladivostok-2019") in made and ("_entry_bytes", "victory-day-2015") in made
    made.clear()
    edit(workspace / "content/events/vladivostok-2019.yaml", "summary: ", "summary: Edited. ")
    incremental(workspace)
    # the edited event's pieces only, each made once for every feed and calendar carrying it
    timeline = len(json.loads((workspace / "site/events.json").read_bytes())["events"][0]["timeline"])
    developments = [entry for entry in made if entry[0] == "_entry_bytes"]
    assert {event for _, event in made} == {"vladivostok-2019"}
    assert sorted({name for name, _ in made}) == ["_csv_row", "_entry_bytes", "_event_json", "_vevent_bytes"]
    assert len(made) == len(developments) + 3 and 0 < len(developments) <= max(timeline, 4)
    assert tree(workspace / "site") == clean(workspace)


def test_pieces_are_taken_only_from_the_very_file_the_last_build_wrote(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    incremental(workspace)
    feed = workspace / "site/feed.xml"
    data = feed.read_bytes()
    oldest = data.rindex(b"<entry>")  # an entry of an event left alone, edited by hand to the same size
    feed.write_bytes(data[:oldest] + b"<entrx>" + data[oldest + len(b"<entry>") :])
    edit(workspace / "content/events/vladivostok-2019.yaml", "summary: ", "summary: Edited. ")
    incremental(workspace)
    assert tree(workspace / "site") == clean(workspace)

    for record in (workspace / ".build-cache").glob("site-*-pieces/*.pieces"):
        record.write_text('{"format": 2, "keys": ["a"], "bounds": [0', encoding="utf-8")  # a record cut short
    edit(workspace / "content/events/vladivostok-2019.yaml", "summary: ", "summary: Again. ")
    incremental(workspace)
    assert "warning: ignoring the build cache" in capsys.readouterr().err
    assert tree(workspace / "site") == clean(workspace)


WHOLE_SITE_FILES = ("feed.xml", "events.ics", "events.json", "events.csv")


def _add_event_in_the_middle(root: Path) -> None:
    """A copy of the 2015 trip, two years later: between the 2015 and the 2019 events."""
    text = (root / "content/events/victory-day-2015.yaml").read_text(encoding="utf-8")
    (root / "content/events/trip-2017.yaml").write_text(text.replace("date: 2015-05-09", "date: 2017-05-09"), encoding="utf-8")


def _edit_by_hand(root: Path) -> None:
    """A row of an event left alone, edited to the same size in the live events.csv."""
    csv = root / "site/events.csv"
    data = csv.read_bytes()
    csv.write_bytes(data.replace(b"Kremlin", b"Kremlon", 1) if b"Kremlin" in data else data.replace(b"fixture", b"fixturf", 1))


def _damage_an_index(root: Path) -> None:
    """One digit of a record of where the pieces lie changed: it still parses."""
    for record in (root / ".build-cache").glob("site-*-pieces/*.pieces"):
        data = record.read_bytes()
        at = data.index(b'"bounds":[') + len(b'"bounds":[0,')
        record.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :])


SPLICED_STEPS: list[tuple[str, Callable[[Path], None], str]] = [
    ("edit two events at once", lambda r: [edit(r / f"content/events/{stem}.yaml", "summary: ", "summary: Edited. ") for stem in ("vladivostok-2019", "victory-day-2015")], "spliced"),
    ("add an event in the middle", _add_event_in_the_middle, "joined"),
    ("edit the event added", lambda r: edit(r / "content/events/trip-2017.yaml", "note: Called off", "note: Put off"), "spliced"),
    ("move an event by its date, before another", lambda r: edit(r / "content/events/vladivostok-2019.yaml", "date: 2019-04\n", "date: 2016-04\n"), "spliced"),
    ("delete an event", lambda r: (r / "content/events/trip-2017.yaml").unlink(), "joined"),
    ("edit a live file by hand, then an event", lambda r: [_edit_by_hand(r), edit(r / "content/events/hostile-markup.yaml", "title: ", "title: Edited ")], "spliced but events.csv"),
    ("damage the records of where the pieces lie, then edit an event", lambda r: [_damage_an_index(r), edit(r / "content/events/hostile-markup.yaml", "title: ", "title: Again ")], "joined"),
    ("edit one event", lambda r: edit(r / "content/events/victory-day-2015.yaml", "summary: ", "summary: Again. "), "spliced"),
]


def test_a_whole_site_file_is_the_last_one_spliced_while_it_has_the_same_events_in_the_same_places(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An edit that keeps every event in the feeds, calendars and data files (and their
    frame) splices the changed pieces into the last files; an event added or removed, a
    file edited by hand or a damaged record of where the pieces lie: each file joined afresh.
    Either way, the files are those a clean build makes."""
    ways: dict[str, str] = {}
    making: list[str] = []
    join = write._Pieces.join

    def joining(pieces: Any, output: write.Output) -> Any:
        making.append(output.path)
        return join(pieces, output)

    def way(name: str, function: Any) -> Any:
        def counted(*arguments: Any) -> Any:
            ways[making[-1]] = name
            return function(*arguments)

        return counted

    monkeypatch.setattr(write._Pieces, "join", joining)
    monkeypatch.setattr(write._LastFile, "spliced", way("spliced", write._LastFile.spliced))
    monkeypatch.setattr(write, "join_pieces", way("joined", write.join_pieces))
    incremental(workspace)
    for what, change, expected in SPLICED_STEPS:
        ways.clear()
        change(workspace)
        incremental(workspace)
        spliced = {path for path in WHOLE_SITE_FILES if ways.get(path) == "spliced"}
        assert tree(workspace / "site") == clean(workspace), f"after: {what}"
        if expected == "spliced":
            assert spliced == set(WHOLE_SITE_FILES), f"after: {what}: {ways}"
        elif expected == "joined":
            assert not spliced, f"after: {what}: {ways}"
        else:
            assert spliced == set(WHOLE_SITE_FILES) - {"events.csv"}, f"after: {what}: {ways}"
        if "damage" in what:
            assert "warning: ignoring the build cache" in capsys.readouterr().err


def test_a_rebuild_parses_again_only_the_content_files_that_changed(workspace: Path, files_parsed: list[str]) -> None:
    incremental(workspace)
    assert "vladivostok-2019.yaml" in files_parsed and "kim-jong-un.yaml" in files_parsed
    files_parsed.clear()
    edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", "title: Edited ")
    incremental(workspace)
    assert files_parsed == ["vladivostok-2019.yaml"]
    assert tree(workspace / "site") == clean(workspace)


def test_an_edit_that_keeps_the_size_and_sets_the_time_back_is_caught(workspace: Path, files_parsed: list[str]) -> None:
    """As an editor or a copy that keeps the modification time, to the nanosecond: the file's
    status-change time, which nobody can set, still changes."""
    incremental(workspace)
    path = workspace / "content/events/vladivostok-2019.yaml"
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    first = text.index("title: ") + len("title: ")  # the title's first letter, made another
    path.write_text(text[:first] + ("Q" if text[first] != "Q" else "Z") + text[first + 1 :], encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)
    files_parsed.clear()
    assert incremental(workspace).written > 0
    assert files_parsed == ["vladivostok-2019.yaml"]
    assert tree(workspace / "site") == clean(workspace)


def test_a_rebuild_digests_and_versions_again_only_the_entries_whose_files_changed(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    digested: list[object] = []

    def counted(value: object) -> str:
        digested.append(value)
        return original(value)

    def read(path: str) -> bytes:
        versioned.append(os.path.basename(path))
        return read_bytes(path)

    original, read_bytes, versioned = cache.value_digest, provenance._read_bytes, []
    monkeypatch.setattr(cache, "value_digest", counted)
    monkeypatch.setattr(provenance, "_read_bytes", read)
    incremental(workspace)
    events = [value for value in digested if isinstance(value, Event)]
    assert sorted(event.id for event in events) == ["hostile-markup", "victory-day-2015", "vladivostok-2019"]
    assert sorted(versioned) == ["hostile-markup.yaml", "victory-day-2015.yaml", "vladivostok-2019.yaml"]
    digested.clear()
    versioned.clear()
    edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", "title: Edited ")
    incremental(workspace)
    assert [value.id for value in digested if isinstance(value, (Event, Leader, Source))] == ["vladivostok-2019"]
    assert versioned == ["vladivostok-2019.yaml"]  # each event's version is kept with its file's record too
    assert tree(workspace / "site") == clean(workspace)


def test_a_corrupt_record_of_parsed_files_is_ignored_with_a_warning(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    incremental(workspace)
    [folder] = (workspace / ".build-cache").glob("parsed-*")
    shards = sorted(folder.iterdir())
    shards[0].write_bytes(shards[0].read_bytes()[:-9])  # cut short, as by a full disk
    header, _, payload = shards[1].read_bytes().partition(b"\n")
    middle = len(payload) // 2
    flipped = payload[:middle] + bytes([payload[middle] ^ 1]) + payload[middle + 1 :]  # one bit not as written
    shards[1].write_bytes(header + b"\n" + flipped)
    edit(workspace / "content/events/vladivostok-2019.yaml", "title: ", "title: Edited ")
    incremental(workspace)
    warnings = capsys.readouterr().err
    assert f"warning: ignoring the build cache {shards[0]}" in warnings
    assert f"warning: ignoring the build cache {shards[1]}" in warnings
    assert tree(workspace / "site") == clean(workspace)
    incremental(workspace)  # the shards were written again
    assert "warning" not in capsys.readouterr().err


def test_a_full_build_on_both_cores_equals_one_on_one(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(write, "PARALLEL_FROM", 1)  # the fixture is small: make it share the work anyway
    monkeypatch.setattr(workers, "cores", lambda: 2)
    pools: list[str] = []
    get_context = multiprocessing.get_context
    monkeypatch.setattr(multiprocessing, "get_context", lambda method: pools.append(method) or get_context(method))
    written = incremental(workspace)
    assert pools == ["fork"]  # the files were made in worker processes
    assert written.written == written.files
    expected = clean(workspace)
    assert tree(workspace / "site") == expected
    [record] = (workspace / ".build-cache").glob("site-*.record")
    saved = BuildCache.beside(workspace / "site").load(workspace / "site")
    assert saved is not None
    shared = saved.paths
    monkeypatch.setattr(write, "PARALLEL_FROM", 10**9)
    shutil.rmtree(workspace / ".build-cache")
    shutil.rmtree(workspace / "site")
    incremental(workspace)
    again = BuildCache.beside(workspace / "site").load(workspace / "site")
    assert again is not None and again.paths == shared  # the same order
    assert tree(workspace / "site") == expected

    monkeypatch.setattr(write, "PARALLEL_FROM", 1)  # a rebuild shares what it renders again too
    before = inodes(workspace / "site")
    edit(workspace / "content/leaders/vladimir-putin.yaml", "name: Vladimir Putin", "name: V. V. Putin")
    written = incremental(workspace)
    after = inodes(workspace / "site")
    assert written.written == sum(after[path] != before.get(path) for path in after if path != write.MARKER) > 0
    assert tree(workspace / "site") == clean(workspace)


def test_a_parallel_build_makes_the_whole_site_files_and_the_feeds_itself(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each whole-site file takes tens of megabytes at ten thousand events: made in a worker,
    on top of its copy of the pages and the files it made before, it set the build's peak
    memory. The leaders' and pairs' feeds and calendars are joined from the site's pieces."""
    monkeypatch.setattr(write, "PARALLEL_FROM", 1)
    monkeypatch.setattr(workers, "cores", lambda: 2)
    log = tmp_path / "made-by"
    make = write._make

    def logged(staging: Any, pieces: Any, job: Any) -> Any:
        with open(log, "a", encoding="utf-8") as stream:  # appended from the workers too
            stream.write(f"{os.getpid()} {job[0].path}\n")
        return make(staging, pieces, job)

    monkeypatch.setattr(write, "_make", logged)
    written = incremental(workspace)
    made_by = dict(reversed(line.split(" ", 1)) for line in log.read_text(encoding="utf-8").splitlines())
    whole_site = {"index.html", "feed.xml", "events.ics", "events.json", "events.csv"}
    subscribed = {path for path in made_by if path.startswith(("leaders/", "pairs/")) and path.endswith(("/feed.xml", "/events.ics"))}
    assert len(subscribed) == 2 * (len(list((workspace / "content/leaders").iterdir())) + len(list((workspace / "site/pairs").glob("*/"))))
    assert {path for path, pid in made_by.items() if pid == str(os.getpid())} == whole_site | subscribed
    assert len(made_by) == written.files + 1  # every file, and the MARKER (made by a worker)
    assert tree(workspace / "site") == clean(workspace)


def test_a_parallel_build_makes_each_feed_entry_and_calendar_event_once(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An entry is in the site's feed and in each of its leaders' and pairs' feeds: made once,
    before the workers fork, every worker has it."""
    monkeypatch.setattr(write, "PARALLEL_FROM", 1)
    monkeypatch.setattr(workers, "cores", lambda: 2)
    log = tmp_path / "made"

    def logged(make: Callable[..., bytes], kind: str) -> Callable[..., bytes]:
        def made(*args: Any) -> bytes:
            data = make(*args)
            with open(log, "a", encoding="utf-8") as stream:  # appended from the workers too
                stream.write(f"{kind} {data.decode('utf-8').splitlines()[1]}\n")  # the entry's ID, the event's UID
            return data

        return made

    monkeypatch.setattr(feeds, "_entry_bytes", logged(feeds._entry_bytes, "entry"))
    monkeypatch.setattr(calendar_ics, "_vevent_bytes", logged(calendar_ics._vevent_bytes, "event"))
    incremental(workspace)
    made = log.read_text(encoding="utf-8").splitlines()
    site = workspace / "site"
    assert sorted(made) == sorted(
        [f"entry {line}" for line in (site / "feed.xml").read_text(encoding="utf-8").splitlines() if line.startswith("    <id>")]
        + [f"event {line}" for line in (site / "events.ics").read_text(encoding="utf-8").splitlines() if line.startswith("UID:")]
    )
    assert len(set(made)) == len(made) > 0
    assert tree(site) == clean(workspace)


def test_a_rebuild_with_nothing_changed_loads_neither_the_model_templates_yaml_nor_markdown(project: Path) -> None:
    """It decides from the files' metadata alone, before importing what a build renders with."""
    assert run_build_py(project, "build", "--no-search").returncode == 0
    command = [sys.executable, "-X", "importtime", "build.py", "build", "--no-search"]
    again = subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=120, check=False)
    assert again.returncode == 0, again.stderr
    assert "(0 written, the rest unchanged)" in again.stdout
    imported = {line.split("|")[-1].strip() for line in again.stderr.splitlines() if line.startswith("import time:")}
    assert "tracker.cli" in imported
    assert not imported & {"jinja2", "yaml", "markdown_it", "lxml", "jsonschema", "tracker.content.validate", "tracker.content.model"}

    edit(project / "content/events/vladivostok-2019.yaml", "title: ", "title: Edited ")  # and a change is seen
    rebuilt = run_build_py(project, "build", "--no-search")
    assert rebuilt.returncode == 0 and "(0 written" not in rebuilt.stdout
    assert "Edited " in (project / "site/events/vladivostok-2019/index.html").read_text(encoding="utf-8")


def test_a_rebuild_with_too_few_files_to_share_does_not_load_multiprocessing(project: Path) -> None:
    """Only a build that forks workers imports what forks them."""
    assert run_build_py(project, "build", "--no-search").returncode == 0
    edit(project / "content/events/vladivostok-2019.yaml", "title: ", "title: Edited ")
    command = [sys.executable, "-X", "importtime", "build.py", "build", "--no-search"]
    rebuilt = subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=120, check=False)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "(0 written" not in rebuilt.stdout
    assert "Edited " in (project / "site/events/vladivostok-2019/index.html").read_text(encoding="utf-8")
    imported = {line.split("|")[-1].strip() for line in rebuilt.stderr.splitlines() if line.startswith("import time:")}
    assert {"tracker.workers", "jinja2"} <= imported
    assert not imported & {"multiprocessing", "multiprocessing.pool"}


def test_a_rebuild_after_one_edit_makes_few_young_collections(tmp_path: Path) -> None:
    """Once a rebuild knows the few outputs an edit reaches, nearly all it makes lives to its
    end: the collector waits for many more objects than after a full build's every 700. After
    the build the collector is as it was, for a preview that builds again and again."""
    sys.path.insert(0, str(REPO / "bench"))
    from generate import generate
    from run import edit_one_event

    generate(300, tmp_path)
    content, site, build_cache = tmp_path / "content", tmp_path / "site", BuildCache(tmp_path / ".build-cache")
    build_site(content, site, Settings(), cache=build_cache)
    edit_one_event(content, 1)
    build_site(content, site, Settings(), cache=build_cache)  # the spare, brought up to date from here on
    edit_one_event(content, 2)
    before = gc.get_threshold()
    collections: list[int] = []
    gc.callbacks.append(collected := lambda phase, info: collections.append(info["generation"]) if phase == "stop" else None)
    try:
        written = build_site(content, site, Settings(), cache=build_cache)
    finally:
        gc.callbacks.remove(collected)
    assert 0 < written.written < 20
    assert len(collections) <= 2  # 18 when every 700 objects made set one off
    assert gc.get_threshold() == before


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_commit_checked_out_is_read_from_the_repository_as_git_reads_it(tmp_path: Path) -> None:
    """A rebuild notices a new commit (the pages show each entry's history) without running git."""
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURE_CONTENT, repo / "content")
    assert cache.git_head(repo / "content") == ""  # not in a repository
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "-c", "user.name=Editor", "-c", "user.email=e@example.org", "commit", "-q", "-m", "First")
    assert cache.git_head(repo / "content") == git(repo, "rev-parse", "HEAD")  # a loose ref
    git(repo, "pack-refs", "--all")
    assert not (repo / ".git/refs/heads/main").exists()
    assert cache.git_head(repo / "content") == git(repo, "rev-parse", "HEAD")  # a packed one
    git(repo, "worktree", "add", "-q", "-b", "other", str(tmp_path / "other"))
    git(tmp_path / "other", "-c", "user.name=Editor", "-c", "user.email=e@example.org", "commit", "-q", "--allow-empty", "-m", "Second")
    second = git(tmp_path / "other", "rev-parse", "HEAD")
    assert cache.git_head(tmp_path / "other/content") == second != cache.git_head(repo / "content")  # a worktree
    git(repo, "checkout", "-q", "--detach", second)
    assert cache.git_head(repo / "content") == second  # detached


def test_a_build_beside_other_threads_does_not_fork(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The preview serves pages from a thread while it rebuilds: forking then could copy a held lock."""
    monkeypatch.setattr(write, "PARALLEL_FROM", 1)
    monkeypatch.setattr(workers, "cores", lambda: 2)
    pools: list[str] = []
    get_context = multiprocessing.get_context
    monkeypatch.setattr(multiprocessing, "get_context", lambda method: pools.append(method) or get_context(method))
    stop = threading.Event()
    server = threading.Thread(target=stop.wait)
    server.start()
    try:
        written = incremental(workspace)
    finally:
        stop.set()
        server.join()
    assert pools == [] and written.written == written.files
    assert tree(workspace / "site") == clean(workspace)
