"""The benchmark's own tools: the synthetic content is valid, and the runner works end to end."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.etree
import pytest
from conftest import REPO, missing, read_html

from tracker.content.validate import validate_content

sys.path.insert(0, str(REPO / "bench"))

from generate import generate  # noqa: E402
from run import edit_one_event, file_kinds  # noqa: E402


def run_python(*args: str) -> str:
    """What `python ARGS`, run from the repository's root, prints; its errors fail the test."""
    result = subprocess.run([sys.executable, *args], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_synthetic_content_is_valid_and_the_same_every_time(tmp_path: Path) -> None:
    generate(40, tmp_path / "a")
    generate(40, tmp_path / "b")
    content = validate_content(tmp_path / "a" / "content")
    assert (len(content.events), len(content.leaders), len(content.sources)) == (40, 60, 20)
    assert all(2 <= len(event.leaders) <= 4 and 1 <= len(event.timeline) <= 4 for event in content.events.values())
    cited = {source for event in content.events.values() for source in event.sources}
    assert cited == set(content.sources)  # every source has events on its page, in Hugo's site too
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*") if p.is_file())
    assert files_a == files_b
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files_a)
    assert len(list((tmp_path / "a" / "hugo" / "content" / "events").glob("*.md"))) == 40
    assert len(list((tmp_path / "a" / "hugo-same" / "content" / "events").glob("event-*.md"))) == 40


def test_the_runner_prints_the_table_at_fifty_events(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "run.py"), "--sizes", "50", "--runs", "1", "--work", str(tmp_path)],
        capture_output=True, text=True, check=True, timeout=600,
    )
    rows = {line.split("|")[2].strip(): line for line in result.stdout.splitlines() if line.startswith("| 50 |")}
    assert {"full build, no search", "rebuild, no change", "rebuild, one event edited", "Pagefind alone"} <= set(rows)
    files = int(rows["full build, no search"].split("|")[3].replace(",", ""))
    assert files > 50 + 60 + 25  # every event, leader and source page, and the rest
    assert rows["rebuild, no change"].split("|")[3].strip() == "0"
    assert 0 < int(rows["rebuild, one event edited"].split("|")[3]) < files
    if shutil.which("hugo"):
        for what in ("Hugo, the same files", "Hugo, pages only"):
            assert rows[what].rstrip(" |").endswith("×"), rows[what]
        same = int(rows["Hugo, the same files"].split("|")[3].replace(",", ""))
        pages_only = int(rows["Hugo, pages only"].split("|")[3].replace(",", ""))
        assert same == files - 1 and pages_only < files / 2  # ours alone writes its build marker
        differences = result.stdout.split("our site against Hugo's same-files site:\n")[1].splitlines()
        assert differences == ["- .tracker-build: 1 ours, 0 Hugo's"]
    else:
        assert "hugo is not installed" in result.stdout


@pytest.mark.skipif(shutil.which("cc") is None, reason="bench/floor.py compiles a C program: no C compiler here")
def test_the_floor_benchmark_times_python_and_the_lstats_of_a_built_site(tmp_path: Path) -> None:
    generate(20, tmp_path)
    content, site = tmp_path / "content", tmp_path / "site"
    run_python("build.py", "build", "--content", str(content), "--out", str(site), "--no-search")
    printed = run_python("bench/floor.py", str(content), str(site), "--runs", "1")
    rows = {line.split(" | ")[0].removeprefix("| "): line for line in printed.splitlines() if line.startswith("| ")}
    site_files = sum(1 for path in site.rglob("*") if path.is_file())
    content_files = sum(1 for path in content.rglob("*") if path.is_file())
    assert {"`python -c pass`", "`python -S -c pass`", f"`find` CONTENT ({content_files:,} files)",
            f"`find` SITE ({site_files:,} files)", f"C `lstat` of SITE's files ({site_files:,} paths)"} <= set(rows)
    assert all(line.endswith(" ms |") for what, line in rows.items() if what != "what" and not what.startswith("---"))


def test_the_edit_floor_benchmark_times_each_step_a_rebuild_takes(tmp_path: Path) -> None:
    generate(20, tmp_path)
    content, site = tmp_path / "content", tmp_path / "site"
    for round_number in (0, 1):  # the rebuild after an edit leaves a spare, with its record
        if round_number:
            edit_one_event(content, round_number)
        run_python("build.py", "build", "--content", str(content), "--out", str(site), "--no-search")
    printed = run_python("bench/edit_floor.py", str(content), str(site), "--runs", "1")
    rows = [line.split(" | ") for line in printed.splitlines() if line.startswith("| ") and "---" not in line]
    site_files = sum(1 for path in site.rglob("*") if path.is_file())
    assert [row[0].removeprefix("| ") for row in rows[1:3]] == ["Python's start", "Python's start and the imports of a rebuild"]
    assert f"| a `stat` of each live file ({site_files:,})" in [row[0] for row in rows]
    assert rows[-1][0] == "| **together**" and all(row[1].endswith(" ms") for row in rows[1:-1])


def test_the_preview_benchmark_times_each_save_at_fifty_events(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "preview.py"), "--events", "50", "--saves", "2", "--idle", "0.5", "--work", str(tmp_path)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{REPO}: 50 events, 2 saves"
    assert [line.split(":")[0] for line in lines[1:4]] == ["save to the site served", "the build alone", "CPU from save to served"]
    assert lines[4].startswith("builds a save: 1, 1; idle: ")  # one build a save, never two
    assert lines[5].startswith("peak RSS of the preview: ") and lines[5].endswith(" MiB")


def test_the_history_benchmark_runs_on_a_small_history() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "benchmark_history.py"), "--events", "20", "--commits", "3"],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "20 events, 4 commits"
    assert "read_provenance" in result.stdout and "outside git" in result.stdout


def test_hugo_builds_the_same_kinds_of_files_as_ours_from_the_same_data(tmp_path: Path) -> None:
    if shutil.which("hugo") is None:
        missing("REQUIRE_HUGO", "hugo is not installed (apt-get install hugo)")
    generate(50, tmp_path)
    ours = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "build", "--content", str(tmp_path / "content"), "--out", str(tmp_path / "site"), "--no-search"],
        capture_output=True, text=True, timeout=300,
    )
    assert ours.returncode == 0, ours.stderr
    for source in ("hugo-same", "hugo"):
        hugo = subprocess.run(
            ["hugo", "--source", str(tmp_path / source), "--destination", str(tmp_path / f"{source}-out")],
            capture_output=True, text=True, timeout=300,
        )
        assert hugo.returncode == 0 and not re.search(r"\b(WARN|ERROR)\b", hugo.stdout + hugo.stderr), hugo.stdout + hugo.stderr
    site, same = tmp_path / "site", tmp_path / "hugo-same-out"
    ours_kinds, same_kinds = file_kinds(site), file_kinds(same)
    assert {kind for kind in ours_kinds.keys() | same_kinds.keys() if ours_kinds[kind] != same_kinds[kind]} == {".tracker-build"}
    assert same_kinds["pairs/PAIR/feed.xml"] == same_kinds["pairs/PAIR/events.ics"] == same_kinds["pairs/PAIR/index.html"] > 50
    # The pages-only site makes pages alone, as the comparison began.
    pages_only = file_kinds(tmp_path / "hugo-out")
    assert pages_only["events/EVENT/index.html"] == 50 and "feed.xml" not in pages_only and "pairs/PAIR/index.html" not in pages_only

    # Hugo's files carry what ours carry: a feed entry a development, a calendar event an event.
    first = json.loads((tmp_path / "hugo-same/content/events/event-000000.md").read_text().split("\n\n")[0])
    leader, pair = first["visitor"], "--".join(sorted((first["visitor"], first["host"])))
    atom = "{http://www.w3.org/2005/Atom}"
    for feed in ("feed.xml", f"leaders/{leader}/feed.xml", f"pairs/{pair}/feed.xml"):
        titles = sorted(entry.findtext(f"{atom}title") for entry in lxml.etree.parse(str(site / feed)).getroot().iter(f"{atom}entry"))
        assert titles and titles == sorted(entry.findtext(f"{atom}title") for entry in lxml.etree.parse(str(same / feed)).getroot().iter(f"{atom}entry"))
    for calendar in ("events.ics", f"leaders/{leader}/events.ics", f"pairs/{pair}/events.ics"):
        uids = [sorted(re.findall(r"^UID:(.*)\r$", (folder / calendar).read_bytes().decode(), re.M)) for folder in (site, same)]
        assert uids[0] and uids[0] == uids[1]
    pages = [read_html(folder / "pairs" / pair / "index.html") for folder in (site, same)]
    assert pages[0].xpath("string(//h1)") == pages[1].xpath("string(//h1)")
    listed = [sorted(page.xpath("//li[contains(@class, 'event')]//h3/a/@href")) for page in pages]
    assert "/events/event-000000/" in listed[0] and listed[0] == listed[1]
    assert "Cite this entry" in read_html(same / "events/event-000007/index.html").text_content()
