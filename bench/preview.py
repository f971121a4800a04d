#!/usr/bin/env python3
"""Time the preview after one save, as an editor meets it.

    python bench/preview.py [--events 10000] [--saves 7] [--work DIR] [--code DIR]

It generates the content (bench/generate.py) unless `--work` already holds it, starts the
preview (`serve.Preview`, in this process, polling every half second; its first build builds
whatever is not built yet) and, for each save, replaces one event's file with its summary
changed, all at once as an editor saves, then waits for the preview's report. It prints,
median first: the time from the save to the report (the edited site live), the build alone,
the CPU the process spent from the save to the report, and the builds each save set off (one,
unless a save is built twice); then the CPU the idle preview takes between saves, and its
peak RSS. `--code` runs another checkout's `tracker` (main's: `git archive main | tar -x -C
DIR`), so two versions can be timed in turn on the same machine and content.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000, help="events to generate (default: 10000)")
    parser.add_argument("--saves", type=int, default=7, help="saves to time (default: 7)")
    parser.add_argument("--idle", type=float, default=10, help="seconds of idling to time (default: 10)")
    parser.add_argument("--work", type=Path, required=True, help="the content and the site go here")
    parser.add_argument("--code", type=Path, default=REPO, help="the checkout whose tracker/ to run (default: this one)")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    sys.path.insert(1, str(REPO / "bench"))
    from generate import generate

    from tracker.editors import serve
    from tracker.settings import Settings

    if not (args.work / "content").is_dir():
        generate(args.events, args.work)
    builds: list[tuple[float, float]] = []  # each build's wall and CPU time
    from tracker.pipeline import build_site  # what the preview calls, timed in its place

    def timed_build(*given: object, **named: object) -> object:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return build_site(*given, **named)  # type: ignore[arg-type]
        finally:
            builds.append((time.perf_counter() - wall, time.process_time() - cpu))

    setattr(serve, "build_site", timed_build)  # the preview looks it up as its own name
    reports: list[str] = []
    reported = threading.Event()

    def report(message: str) -> None:
        reports.append(message)
        reported.set()

    preview = serve.Preview(args.work / "content", args.work / "site", Settings(), port=0, report=report)
    preview.start()
    stop = threading.Event()
    watcher = threading.Thread(target=preview.watch, args=(stop,), daemon=True)
    watcher.start()
    event = sorted((args.work / "content" / "events").iterdir())[args.events // 2]
    served, built, spent, per_save = [], [], [], []
    try:
        for save in range(args.saves):
            time.sleep(0.5 + 0.17 * save)  # each save at another point of the poll's half second
            reports.clear()
            builds.clear()
            reported.clear()
            lines = event.read_text(encoding="utf-8").split("\n")
            summary = lines.index("summary: |-") + 1  # as bench/generate.py writes it
            lines[summary] = lines[summary].rstrip(" .0123456789") + f" {time.time_ns() % 100_000}."
            temporary = args.work / ".saving"  # beside the content, not in it: the poll must not see it
            temporary.write_text("\n".join(lines), encoding="utf-8")
            saved, cpu = time.perf_counter(), time.process_time()
            temporary.replace(event)
            reported.wait()
            served.append(time.perf_counter() - saved)
            spent.append(time.process_time() - cpu)
            if not reports[-1].startswith("built "):
                raise SystemExit(f"the preview did not build: {reports}")
            time.sleep(2)  # a second build of the same save would start within this
            built.append(builds[0][0])
            per_save.append(len(builds))
        cpu, wall = time.process_time(), time.perf_counter()
        time.sleep(args.idle)
        idle = (time.process_time() - cpu) / (time.perf_counter() - wall)
    finally:
        stop.set()
        watcher.join()
        preview.stop()
    print(f"{args.code.resolve()}: {args.events} events, {args.saves} saves")
    for what, values in (("save to the site served", served), ("the build alone", built), ("CPU from save to served", spent)):
        print(f"{what}: median {statistics.median(values):.2f} s ({', '.join(f'{value:.2f}' for value in values)})")
    print(f"builds a save: {', '.join(map(str, per_save))}; idle: {idle:.0%} of a core")
    print(f"peak RSS of the preview: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
