#!/usr/bin/env python3
"""Time our build against Hugo's on the same synthetic content: `make bench`.

    python bench/run.py [--sizes 1000,10000,100000] [--runs 3] [--work DIR]

For each size it generates the content (bench/generate.py), then measures, each as a
separate process: our full build without search (no site, no cache), Hugo's full builds of
the same data (when `hugo` is on the PATH; alternating with ours, so all meet the same
machine load), a rebuild with no change, a rebuild after editing one event, and Pagefind
over the built site on its own. Hugo builds two sites: "the same files" (the kinds of files
our build writes, from the same data: the comparison the target is about) and "pages only"
(the pages alone, as the comparison began, kept for continuity with earlier tables). It
prints a Markdown table: files written, wall time (median), time per file, peak RSS, and
our full build's time over each Hugo build's; then the kinds of files that our site and
Hugo's same-files site hold in different numbers.
"""

from __future__ import annotations

import argparse
import os
import re
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from generate import generate  # noqa: E402


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu_seconds: float
    """User and system time of the process and its children: what a busy machine's load does not inflate."""
    peak_mib: float
    written: int
    """Files created or replaced by this run (unchanged files keep their inode and mtime)."""


@dataclass(frozen=True)
class Row:
    size: int
    what: str
    runs: list[Run]

    @property
    def seconds(self) -> float:
        return statistics.median(run.seconds for run in self.runs)

    @property
    def cpu_seconds(self) -> float:
        return statistics.median(run.cpu_seconds for run in self.runs)

    @property
    def peak_mib(self) -> float:
        return max(run.peak_mib for run in self.runs)

    @property
    def written(self) -> int:
        return max(run.written for run in self.runs)


def file_states(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` -> (inode, mtime): what a rewrite changes."""
    states = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            info = os.stat(os.path.join(root, name))
            states[os.path.join(root, name)[len(str(folder)):]] = (info.st_ino, info.st_mtime_ns)
    return states


AS_A_USER_RUNS_IT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
"""The environment of every timed run: Python keeps its compiled modules, as it does on an
editor's machine, even where the caller's shell turns that off (otherwise each run compiles
the build's modules again, some 0.1 s a rebuild)."""


def measure(command: list[str], cwd: Path, out: Path) -> Run:
    """Run `command` once; wall time, the process's peak RSS and the files it (re)wrote in `out`."""
    before = file_states(out) if out.exists() else {}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=AS_A_USER_RUNS_IT)
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    stdout, stderr = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr.decode()}{stdout.decode()}")
    after = file_states(out)
    written = sum(1 for path, state in after.items() if before.get(path) != state)
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, written)


def edit_one_event(content: Path, round_number: int) -> None:
    """Change one word of one event's summary, differently each round, as an editor would."""
    path = sorted((content / "events").iterdir())[len(list((content / "events").iterdir())) // 2]
    lines = path.read_text(encoding="utf-8").split("\n")
    summary = lines.index("summary: |-") + 1
    lines[summary] = lines[summary].rstrip(" .0123456789") + f" {round_number}."
    path.write_text("\n".join(lines), encoding="utf-8")


OURS = "full build, no search"
HUGO_SITES = {"Hugo, the same files": "hugo-same", "Hugo, pages only": "hugo"}
"""Each Hugo row and the folder of its site (bench/hugo_site.py); the first is the fair one."""


def file_kinds(folder: Path) -> Counter[str]:
    """How many files of each kind `folder` holds: each path with its IDs, years and
    statuses replaced by a placeholder (events/EVENT/index.html, pairs/PAIR/feed.xml)."""
    kinds: Counter[str] = Counter()
    for path in folder.rglob("*"):
        if path.is_file():
            kinds[re.sub(_ID, lambda match: _PLACEHOLDERS[match.lastgroup or ""], path.relative_to(folder).as_posix())] += 1
    return kinds


_ID = re.compile(
    r"(?P<pair>leader-\d+--leader-\d+)|(?P<event>event-\d+)|(?P<leader>leader-\d+)|(?P<source>source-\d+)"
    r"|(?<=years/)(?P<year>\d{4})|(?<=status/)(?P<status>[a-z]+)(?=/)"
)
_PLACEHOLDERS = {name: name.upper() for name in ("pair", "event", "leader", "source", "year", "status")}


def kinds_that_differ(ours: Path, theirs: Path) -> list[str]:
    """The kinds of files the two sites hold in different numbers, as `kind: N ours, M Hugo's`."""
    a, b = file_kinds(ours), file_kinds(theirs)
    return [f"{kind}: {a[kind]:,} ours, {b[kind]:,} Hugo's" for kind in sorted(a.keys() | b.keys()) if a[kind] != b[kind]]


def bench_size(size: int, work: Path, runs: int, hugo: str | None) -> tuple[list[Row], list[str]]:
    """The rows of one size, and the kinds of files our site and Hugo's same-files site differ in."""
    folder = work / str(size)
    if not all((folder / name).is_dir() for name in ("content", *HUGO_SITES.values())):
        shutil.rmtree(folder, ignore_errors=True)
        generate(size, folder)
    content, site = folder / "content", folder / "site"
    leftovers = (site, folder / ".build-cache", folder / ".site-old")  # the site, its cache, the spare
    ours = [sys.executable, str(REPO / "build.py"), "build", "--content", str(content), "--out", str(site), "--no-search"]
    full: list[Run] = []
    hugo_full: dict[str, list[Run]] = {what: [] for what in HUGO_SITES}
    for _ in range(runs):  # alternate, so all see the same machine load
        for leftover in leftovers:
            shutil.rmtree(leftover, ignore_errors=True)
        full.append(measure(ours, folder, site))
        for what, source in HUGO_SITES.items():
            if hugo:
                out = folder / f"{source}-out"
                shutil.rmtree(out, ignore_errors=True)
                theirs = [hugo, "--quiet", "--source", str(folder / source), "--destination", str(out)]
                hugo_full[what].append(measure(theirs, folder, out))
    differ = kinds_that_differ(site, folder / "hugo-same-out") if hugo else []
    unchanged = [measure(ours, folder, site) for _ in range(runs)]
    edited = []
    for round_number in range(runs):
        edit_one_event(content, round_number)
        edited.append(measure(ours, folder, site))
    search = measure([sys.executable, "-m", "pagefind", "--site", str(site), "--quiet"], folder, site)
    rows = [
        Row(size, OURS, full),
        *(Row(size, what, measured) for what, measured in hugo_full.items() if measured),
        Row(size, "rebuild, no change", unchanged),
        Row(size, "rebuild, one event edited", edited),
        Row(size, "Pagefind alone", [search]),
    ]
    return rows, differ


FULL_BUILDS = (OURS, *HUGO_SITES, "Pagefind alone")


def machine() -> str:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
        platform.processor() or "unknown CPU",
    )
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}; load average before: {load}"


def table(rows: list[Row]) -> str:
    lines = [
        "| events | what | files written | wall time (median) | per file written | CPU time | peak RSS | our full build ÷ this (wall) |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        ours = next(r for r in rows if r.size == row.size and r.what == OURS)
        ratio = f"{ours.seconds / row.seconds:.2f}×" if row.what in HUGO_SITES else ""
        # Per file of the site for a full build; a rebuild's time is not spread over what it wrote.
        per_file = f"{row.seconds / row.written * 1e6:.0f} µs" if row.what in FULL_BUILDS else "–"
        lines.append(
            f"| {row.size:,} | {row.what} | {row.written:,} | {row.seconds:.2f} s | {per_file} | {row.cpu_seconds:.2f} s"
            f" | {row.peak_mib:.0f} MiB | {ratio} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated event counts (default: 1000,10000,100000)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each measurement; the median is shown (default: 3)")
    parser.add_argument("--work", type=Path, help="keep the generated content here (default: a temporary folder)")
    args = parser.parse_args()
    sizes = [int(size.replace("_", "")) for size in args.sizes.split(",")]
    hugo = shutil.which("hugo")
    print(machine(), flush=True)
    if hugo:
        print(subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip(), flush=True)
    else:
        print("hugo is not installed (apt-get install hugo): no comparison", flush=True)
    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as scratch:
        work = args.work or Path(scratch)
        rows: list[Row] = []
        differences = {}
        for size in sizes:
            size_rows, differences[size] = bench_size(size, work, args.runs, hugo)
            rows += size_rows
            print(table(size_rows), flush=True)
    print()
    print(table(rows))
    for size, differ in differences.items() if hugo else ():
        print(f"\nFiles of a kind in different numbers at {size:,} events, our site against Hugo's same-files site:")
        print("\n".join(f"- {line}" for line in differ) or "- none")


if __name__ == "__main__":
    main()
