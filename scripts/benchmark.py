#!/usr/bin/env python3
"""Time a build and measure its peak memory on a synthetic archive many times our content.

    .venv/bin/python scripts/benchmark.py [--events 2000]

Generates leaders, sources and events into a temporary folder (real YAML files, as an
editor would write them), then runs the same build `python build.py` runs, three times,
and prints the best wall time and the peak resident memory of this process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.build import build_site  # noqa: E402
from tracker.settings import read_settings  # noqa: E402

STATUSES = ["announced", "confirmed", "held", "cancelled", "declined", "postponed"]


def write_archive(root: Path, events: int) -> None:
    for kind in ("events", "leaders", "sources"):
        (root / kind).mkdir(parents=True)
    leaders = [f"leader-{n}" for n in range(40)]
    for n, leader in enumerate(leaders):
        (root / "leaders" / f"{leader}.yaml").write_text(
            f"name: Leader {n}\ncountry: {'KP' if n % 2 else 'RU'}\noffice: Head of state\nsummary: Leader {n}.\n"
        )
    for n in range(events):
        year, month, day = 1990 + n % 35, 1 + n % 12, 1 + n % 28
        source = f"source-{n}"
        (root / "sources" / f"{source}.yaml").write_text(
            f"publisher: Wire {n % 17}\ntitle: Report number {n}\npublished: {year}-{month:02d}-{day:02d}\n"
            f"url: https://example.org/{n}\n"
        )
        visitor, host = leaders[n % 40], leaders[(n + 1) % 40]
        status = STATUSES[n % len(STATUSES)]
        (root / "events" / f"event-{n}.yaml").write_text(
            f"title: Event number {n}\nkind: visit\nstatus: {status}\ndate: {year}-{month:02d}-{day:02d}\n"
            f"visitor: {visitor}\nhost: {host}\nleaders: [{visitor}, {host}]\n"
            f"place: {{city: Moscow, country: RU}}\nsummary: A *synthetic* event, number {n}.\n"
            f"timeline:\n  - date: {year}-{month:02d}\n    status: {status}\n    note: Reported.\n"
            f"    quote: {{text: Something said, by: Somebody}}\n    sources: [{source}]\n"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_archive(root / "content", args.events)
        timings = []
        for _ in range(3):
            started = time.perf_counter()
            files = build_site(root / "content", root / "site", read_settings())
            timings.append(time.perf_counter() - started)
        size = sum(len(data) for data in files.values())
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.events} events, {len(files)} files, {size / 1e6:.1f} MB of output")
    print(f"build: best {min(timings):.2f}s of 3 ({', '.join(f'{t:.2f}' for t in timings)})")
    print(f"peak memory: {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
