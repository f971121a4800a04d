#!/usr/bin/env python3
"""Time the corrections log on a long history: the one `git log` and what the build does with it.

    .venv/bin/python scripts/benchmark_history.py [--events 2000] [--commits 500]

Writes the benchmark's synthetic content (bench/generate.py) into a new git repository, commits it,
then makes `--commits` more commits of ten entries each, with fixed dates. Prints the best
of three times for reading the history (`read_provenance`) and for a whole build inside
the repository and of the same content outside it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from generate import make_archive, write_content  # noqa: E402

from tracker.content.provenance import read_provenance  # noqa: E402
from tracker.content.validate import validate_content  # noqa: E402
from tracker.pipeline import build_site  # noqa: E402
from tracker.settings import read_settings  # noqa: E402


def git(repo: Path, *args: str, day: int = 0) -> None:
    date = f"@{1577836800 + day * 3600} +0000"  # 1 January 2020, then an hour a commit
    environ = {
        **os.environ, "GIT_AUTHOR_NAME": "Bench", "GIT_AUTHOR_EMAIL": "bench@example.org",
        "GIT_COMMITTER_NAME": "Bench", "GIT_COMMITTER_EMAIL": "bench@example.org",
        "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_CONFIG_GLOBAL": os.devnull,
    }
    subprocess.run(["git", *args], cwd=repo, env=environ, check=True, capture_output=True)


def best_of_three(run: Callable[[], object]) -> float:
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        run()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--commits", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        repo = Path(folder) / "repo"
        write_content(repo / "content", *make_archive(args.events))
        git(repo, "init", "-q")
        git(repo, "add", ".")
        git(repo, "commit", "-q", "-m", "The archive")
        for n in range(args.commits):
            for k in range(10):
                entry = repo / "content" / "events" / f"event-{(n * 10 + k) % args.events:06d}.yaml"
                entry.write_text(entry.read_text() + f"# correction {n}\n")
            git(repo, "commit", "-q", "-am", f"Correction number {n}", day=n + 1)
        content_dir = repo / "content"
        content = validate_content(content_dir)
        history = best_of_three(lambda: read_provenance(content_dir, content))
        changes = len(read_provenance(content_dir, content).changes)
        runs = iter(range(6))  # a fresh output folder each time: a second build into one would be a no-op
        inside = best_of_three(lambda: build_site(content_dir, Path(folder) / f"site-{next(runs)}", read_settings()))
        outside_dir = Path(folder) / "outside" / "content"
        shutil.copytree(content_dir, outside_dir)
        outside = best_of_three(lambda: build_site(outside_dir, Path(folder) / f"site-{next(runs)}", read_settings()))
    print(f"{args.events} events, {changes} commits")
    print(f"read_provenance (one git log, every event file hashed): best {history:.2f}s of 3")
    print(f"build inside the repository: best {inside:.2f}s of 3; outside git: best {outside:.2f}s of 3")


if __name__ == "__main__":
    main()
