"""A check that reuses what earlier builds kept of each file finds exactly what a clean
check finds, reads again only the files that changed, and never trusts a record it cannot read."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FIXTURE_CONTENT

from tracker.content.model import Content
from tracker.content.problems import ContentError
from tracker.content.validate import validate_content
from tracker.outputs.cache import BuildCache

SALT = "test"
EVENT = "events/vladivostok-2019.yaml"
SOURCE = "sources/gazette-2015-05-01-trip-off.yaml"
LEADER = "leaders/vladimir-putin.yaml"

Outcome = Content | list[str]
"""The model, or every problem as an editor reads it."""


def clean_check(content_dir: Path) -> Outcome:
    try:
        return validate_content(content_dir)
    except ContentError as error:
        return [str(problem) for problem in error.problems]


def kept_check(content_dir: Path, cache: BuildCache) -> Outcome:
    """As a build does it: what the last check kept, read from the cache and saved again."""
    kept = cache.load_parsed(content_dir, SALT)
    try:
        return validate_content(content_dir, parsed=kept)
    except ContentError as error:
        return [str(problem) for problem in error.problems]
    finally:
        cache.save_parsed(content_dir, SALT, kept)


def edit(content: Path, name: str, old: str, new: str) -> None:
    path = content / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def rename(content: Path, name: str, new_stem: str) -> None:
    """Rename an entry and every reference to it, as an editor would."""
    path = content / name
    old_stem = path.stem
    path.rename(path.with_name(f"{new_stem}.yaml"))
    for entry in sorted(content.rglob("*.yaml")):
        text = entry.read_text(encoding="utf-8")
        if old_stem in text:
            entry.write_text(text.replace(old_stem, new_stem), encoding="utf-8")


def copy(content: Path, name: str, new_name: str) -> None:
    shutil.copy(content / name, content / new_name)


# Each step changes the content as an editor might, broken files among them; every edit
# changes the file's size, so that it is seen within the file system's time resolution.
STEPS: list[tuple[str, Callable[[Path], None]]] = [
    ("edit an event", lambda c: edit(c, EVENT, "title: ", "title: Edited ")),
    ("break an event's YAML", lambda c: edit(c, EVENT, "kind: summit", "kind: [summit")),
    ("mend it", lambda c: edit(c, EVENT, "kind: [summit", "kind: summit")),
    ("give a source an unreal date", lambda c: edit(c, SOURCE, "published: 2015-05-01", "published: 2015-02-30")),
    ("break the source's YAML: events citing it still find it", lambda c: edit(c, SOURCE, "title: ", "title: [")),
    ("mend the source", lambda c: edit(c, SOURCE, "title: [", "title: ")),
    ("mend its date", lambda c: edit(c, SOURCE, "published: 2015-02-30", "published: 2015-05-01")),
    ("cite a source that does not exist", lambda c: edit(c, EVENT, "sources: [wire-2019-04-22-trip-announced]", "sources: [wire-2019-04-22]")),
    ("add that source", lambda c: copy(c, "sources/wire-2019-04-22-trip-announced.yaml", "sources/wire-2019-04-22.yaml")),
    ("delete it again", lambda c: (c / "sources/wire-2019-04-22.yaml").unlink()),
    ("cite the source that exists", lambda c: edit(c, EVENT, "sources: [wire-2019-04-22]", "sources: [wire-2019-04-22-trip-announced]")),
    ("add an event", lambda c: copy(c, EVENT, "events/vladivostok-2019-copy.yaml")),
    ("add a second file of the same ID", lambda c: copy(c, EVENT, "events/vladivostok-2019-copy.yml")),
    ("delete the second file", lambda c: (c / "events/vladivostok-2019-copy.yml").unlink()),
    ("leave a placeholder", lambda c: edit(c, "events/vladivostok-2019-copy.yaml", "summary: ", "summary: TODO ")),
    ("delete the event", lambda c: (c / "events/vladivostok-2019-copy.yaml").unlink()),
    ("rename an event", lambda c: rename(c, EVENT, "summit-at-vladivostok")),
    ("rename a leader", lambda c: rename(c, LEADER, "putin")),
    ("delete a leader still named", lambda c: (c / "leaders/putin.yaml").rename(c / "putin.yaml")),
    ("bring the leader back", lambda c: (c / "putin.yaml").rename(c / "leaders/putin.yaml")),
    ("rename a source", lambda c: rename(c, SOURCE, "gazette-trip-off")),
    ("empty a leader's file", lambda c: (c / "leaders/kim-jong-un.yaml").write_text("", encoding="utf-8")),
    ("restore it", lambda c: shutil.copy(FIXTURE_CONTENT / "leaders/kim-jong-un.yaml", c / "leaders/kim-jong-un.yaml")),
]


def test_every_incremental_check_equals_a_clean_one(tmp_path: Path, files_parsed: list[str]) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    cache = BuildCache(tmp_path / ".build-cache")
    assert kept_check(content, cache) == clean_check(content)
    outcomes = []
    for name, step in STEPS:
        step(content)
        files_parsed.clear()
        incremental = kept_check(content, cache)
        read_again = list(files_parsed)
        assert incremental == clean_check(content), name
        assert len(read_again) <= 3, f"{name}: read again {read_again}"  # only the files that changed
        outcomes.append(isinstance(incremental, Content))
    assert not all(outcomes) and any(outcomes)  # broken and mended in turn


def test_a_broken_file_is_read_again_until_mended(tmp_path: Path) -> None:
    """What a failed check keeps is what the file said: the next check says it again."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    cache = BuildCache(tmp_path / ".build-cache")
    edit(content, EVENT, "host: vladimir-putin", "host: vladimir-putn")
    first = kept_check(content, cache)
    assert first == kept_check(content, cache) == clean_check(content)
    assert isinstance(first, list) and any("host: no leader has the ID 'vladimir-putn'" in line for line in first)


def test_a_record_kept_under_other_code_is_not_used(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    cache = BuildCache(tmp_path / ".build-cache")
    kept = cache.load_parsed(content, SALT)
    validate_content(content, parsed=kept)
    cache.save_parsed(content, SALT, kept)
    assert len(cache.load_parsed(content, SALT).earlier) == 8
    assert cache.load_parsed(content, "other code").earlier == {}


def test_a_file_moved_elsewhere_is_named_by_its_new_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages name files relative to where the build runs: a record made elsewhere is not used."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    edit(content, EVENT, "kind: summit", "kind: sumit")
    cache = BuildCache(tmp_path / ".build-cache")
    kept_check(content, cache)
    monkeypatch.chdir(tmp_path)
    problems = kept_check(content, cache)
    assert problems == clean_check(content)
    assert isinstance(problems, list) and problems[0].startswith(f"content{os.sep}events{os.sep}vladivostok-2019.yaml:3: kind:")


def test_a_broken_source_is_reported_once_not_by_every_event_citing_it(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    cache = BuildCache(tmp_path / ".build-cache")
    kept_check(content, cache)
    edit(content, SOURCE, "title: ", "title: [")
    problems = kept_check(content, cache)
    assert problems == clean_check(content)
    assert isinstance(problems, list) and len(problems) == 1
    assert f"{SOURCE}:4: YAML syntax error" in problems[0]
