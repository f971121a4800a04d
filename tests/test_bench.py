"""The benchmark's own tools: the synthetic content is valid, and the runner works end to end."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO

from tracker.content.validate import validate_content

sys.path.insert(0, str(REPO / "bench"))

from generate import generate  # noqa: E402


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
        assert "Hugo full build" in rows and rows["full build, no search"].rstrip(" |").endswith("×")
    else:
        assert "hugo is not installed" in result.stdout


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
