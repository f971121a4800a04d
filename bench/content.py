"""Time reading and checking the content, alone: a clean check, and a rebuild's check after one
edited event, with what the build cache keeps of each file (CPU time of this one process).

    python bench/generate.py 10000 /tmp/bench10k
    python bench/content.py /tmp/bench10k/content --runs 5 [--profile]

Each figure is the median of the runs. A build's check is what `pipeline.build_site` does:
load what the last build kept (nothing, for a clean build), read and check the content, save
what changed. The edited event is restored at the end, and the cache is kept in a temporary
folder, removed at the end.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracker.content.validate import validate_content  # noqa: E402
from tracker.outputs.cache import BuildCache  # noqa: E402

SALT = "bench"


def cpu_seconds(work: Callable[[], object]) -> float:
    """The CPU time of `work`, not counting the freeing of what it returns (a build goes on to
    use the model); what it froze out of the collector's reach is unfrozen, as a build does."""
    start = time.process_time()
    result = work()
    seconds = time.process_time() - start
    del result
    gc.unfreeze()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content", type=Path, help="a content folder, e.g. from bench/generate.py")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print the profile's top lines of each, once")
    args = parser.parse_args()
    content: Path = args.content
    folder = Path(tempfile.mkdtemp(prefix="content-bench-"))
    cache = BuildCache(folder)
    event = sorted((content / "events").iterdir())[len(list((content / "events").iterdir())) // 2]
    original = event.read_bytes()

    def clean() -> object:
        return validate_content(content)

    def clean_build() -> object:
        shutil.rmtree(folder, ignore_errors=True)
        return rebuild()

    def rebuild() -> object:
        kept = cache.load_parsed(content, SALT)
        checked = validate_content(content, parsed=kept)
        cache.save_parsed(content, SALT, kept)
        return checked, kept

    edits = iter(range(10**6))

    def edit_one_event() -> None:
        text = original.decode("utf-8")
        event.write_text(text.replace("summary: ", f"summary: Edited {next(edits)}. ", 1), encoding="utf-8")

    try:
        rebuild()  # fills the cache
        timings: dict[str, list[float]] = {
            "clean check": [],
            "clean build's check (no cache; all records saved)": [],
            "rebuild, one event edited": [],
            "rebuild, no change": [],
        }
        for _ in range(args.runs):
            timings["clean check"].append(cpu_seconds(clean))
            timings["clean build's check (no cache; all records saved)"].append(cpu_seconds(clean_build))
            edit_one_event()
            timings["rebuild, one event edited"].append(cpu_seconds(rebuild))
            timings["rebuild, no change"].append(cpu_seconds(rebuild))
        for what, seconds in timings.items():
            print(f"{what}: {statistics.median(seconds):.3f} s CPU (median of {args.runs}; {min(seconds):.3f} to {max(seconds):.3f})")
        if args.profile:
            for what, work in (("clean check", clean), ("rebuild, one event edited", rebuild)):
                edit_one_event()
                profile = cProfile.Profile()
                profile.runcall(work)
                print(f"\n{what}, under the profiler:")
                pstats.Stats(profile).sort_stats("tottime").print_stats(12)
    finally:
        event.write_bytes(original)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
