#!/usr/bin/env python3
"""What a rebuild with no change cannot go below: Python's start and the kernel's `lstat`s.

    python bench/floor.py CONTENT SITE [--runs 10] [--cold]

Times, each the median of `--runs` processes (wall, and CPU as user + system from
`getrusage` of the children): `python -c pass` and `python -S -c pass` with this
interpreter (and, for comparison, the command line's imports);
`find -printf '%s %T@ %i\\n'` over CONTENT and over SITE (it lists each folder and `lstat`s each file, as the
build's walk of the content does); and a C program that `lstat`s each file of a list by
its full path (as the build checks the site's files against its record), over the files
the build reads (CONTENT and our code, templates and schemas, `cache.Metadata.read`) and
over SITE's files. Then the same `lstat`s from Python in one process (`os.lstat` in a
loop), for the interpreter's share of each. With `--cold` (root only), the kernel's caches
of folders and inodes are dropped before each run of the `find`s and the C program
(`/proc/sys/vm/drop_caches`), which slows every process on the machine for a moment.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tracker.outputs.cache import Metadata  # noqa: E402

LSTAT_EACH = r"""
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
int main(void) {  /* lstat each path read from stdin, one a line; print how many failed */
    static char path[8192];
    long sum = 0, failed = 0;
    struct stat info;
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        if (lstat(path, &info) != 0) failed++;
        else sum += info.st_size + info.st_mtim.tv_nsec + (long)info.st_ino;
    }
    printf("%ld %ld\n", failed, sum);
    return 0;
}
"""


def timed(command: list[str], stdin: bytes | None, cold: bool) -> tuple[float, float]:
    """Wall and CPU seconds of one run of `command`."""
    if cold:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, input=stdin, stdout=subprocess.DEVNULL, check=True, cwd=REPO)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def in_process(call: Callable[[], object]) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - started, time.process_time() - cpu


def line(what: str, runs: list[tuple[float, float]]) -> str:
    wall = statistics.median(run[0] for run in runs)
    cpu = statistics.median(run[1] for run in runs)
    return f"| {what} | {wall * 1000:.1f} ms | {cpu * 1000:.1f} ms |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("content", type=Path)
    parser.add_argument("site", type=Path)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--cold", action="store_true", help="drop the kernel's caches before each walk (root only)")
    args = parser.parse_args()
    metadata = Metadata.read(args.content)
    read = metadata.paths
    live = [os.path.join(root, name) for root, _, names in os.walk(args.site) for name in names]
    with tempfile.TemporaryDirectory() as scratch:
        source, program = Path(scratch, "lstat_each.c"), Path(scratch, "lstat_each")
        source.write_text(LSTAT_EACH)
        subprocess.run(["cc", "-O2", "-o", str(program), str(source)], check=True)
        commands: list[tuple[str, list[str], bytes | None, bool]] = [
            ("`python -c pass`", [sys.executable, "-c", "pass"], None, False),
            ("`python -S -c pass`", [sys.executable, "-S", "-c", "pass"], None, False),
            ("`python -c 'import tracker.cli'` (not a floor: what the decision imports)",
             [sys.executable, "-c", "import tracker.cli"], None, False),
            (f"`find` CONTENT ({metadata.content_count:,} files)",
             ["find", str(args.content), "-printf", "%s %T@ %i\n"], None, True),
            (f"`find` SITE ({len(live):,} files)", ["find", str(args.site), "-printf", "%s %T@ %i\n"], None, True),
            (f"C `lstat` of what the build reads ({len(read):,} paths)", [str(program)], "\n".join(read).encode(), True),
            (f"C `lstat` of SITE's files ({len(live):,} paths)", [str(program)], "\n".join(live).encode(), True),
        ]
        print(f"load average before: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
        print("| what | wall (median) | CPU (median) |\n| --- | ---: | ---: |")
        for what, command, stdin, walks in commands:
            print(line(what, [timed(command, stdin, False) for _ in range(args.runs)]))
            if walks and args.cold:
                print(line(what + ", cold", [timed(command, stdin, True) for _ in range(args.runs)]))
    for what, paths in (("Python `os.lstat` loop, what the build reads", read), ("Python `os.lstat` loop, SITE's files", live)):
        print(line(what, [in_process(lambda: [os.lstat(path) for path in paths]) for _ in range(args.runs)]))
    print(f"load average after: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")


if __name__ == "__main__":
    main()
