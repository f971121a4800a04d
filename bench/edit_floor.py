#!/usr/bin/env python3
"""What a rebuild after one edit cannot go below while the build works as it does: each
step every such rebuild takes, whatever the edit, timed alone.

    python bench/edit_floor.py CONTENT SITE [--runs 7]

SITE must have been built from CONTENT by `build.py build --no-search` (its records in
`.build-cache/` beside it, and a spare, `.SITE-old/`, from an earlier rebuild). Each row is
the median of `--runs` (CPU, user + system; wall beside it):

- Python's start and the imports of a rebuild that makes an event page (a process each);
- the metadata of everything the build reads (`cache.Metadata.read`: the content's
  `lstat`s);
- reading back what each content file became once checked (`BuildCache.load_parsed`:
  every record unpickled, since the model is made of every entry);
- the records of the last build: the site's files, which outputs read which entry, and
  the spare's folders;
- a `stat` of each live file against its record (`Saved.live`), and of each of the
  spare's folders (`SpareRecord.holds`);
- the four files that carry every event (`feed.xml`, `events.json`, `events.ics`,
  `events.csv`), each read, one piece put in (the rest copied), digested (SHA-256) and
  written as a new file over an older copy of itself, as the build replaces the spare's.

Nothing here builds: the rows add up to what the build's design costs before any of its
own work (listing the outputs reached, the pages' layout, rendering).
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

from tracker.outputs.cache import BuildCache, Metadata, code_salt  # noqa: E402
from tracker.outputs.write import _create, _temporary, file_digest, spare_folder  # noqa: E402
from tracker.settings import read_settings  # noqa: E402

EDIT_IMPORTS = (
    "import tracker.cli, tracker.content.kept, tracker.content.provenance, tracker.content.schema, "
    "tracker.content.validate, tracker.outputs.compiled, tracker.outputs.reach, tracker.outputs.pages, "
    "tracker.outputs.render, tracker.outputs.feeds, tracker.outputs.calendar_ics, tracker.outputs.dataset, "
    "tracker.outputs.subscriptions, pickle, orjson"
)
"""What a rebuild after one edit imports (`build_site` and the outputs it makes)."""
WHOLE_SITE_FILES = ("feed.xml", "events.json", "events.ics", "events.csv")

Run = tuple[float, float]
"""Wall and CPU seconds."""


def in_a_process(command: list[str]) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True, cwd=REPO)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def in_process(call: Callable[[], object]) -> Run:
    started, cpu = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - started, time.process_time() - cpu


def spliced_and_written(live: Path, older: Path) -> str:
    """`live` read, a piece in its middle replaced, digested, and written as a new file over
    `older` (a copy of it), by the build's own functions, as a rebuild makes a whole-site
    file; its digest."""
    data = memoryview(live.read_bytes())
    middle = len(data) // 2
    new = b"".join([data[:middle], b"x" * 2000, data[middle + 2000 :]])
    digest = file_digest(new)
    temporary = _temporary(str(older))
    _create(temporary, new)
    os.replace(temporary, older)
    return digest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("content", type=Path)
    parser.add_argument("site", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    content, site = args.content.resolve(), args.site.resolve()
    cache = BuildCache.beside(site)
    metadata = Metadata.read(content)
    salt = code_salt(read_settings(), (), metadata.code_files)
    saved = cache.load(site)
    spare = cache.load_folders(site).spare
    if saved is None or spare is None or not saved.live(site):
        sys.exit("build SITE from CONTENT with --no-search, then edit an event and build again (for the spare's record)")
    if not cache.load_parsed(content, salt).earlier:
        sys.exit("no kept records for CONTENT under this code: build it again")
    steps: list[tuple[str, Callable[[], Run]]] = [
        ("Python's start", lambda: in_a_process([sys.executable, "-c", "pass"])),
        ("Python's start and the imports of a rebuild", lambda: in_a_process([sys.executable, "-c", EDIT_IMPORTS])),
        (f"the metadata of what the build reads ({len(metadata.paths):,} files)", lambda: in_process(lambda: Metadata.read(content))),
        ("the kept records of the content, unpickled", lambda: in_process(lambda: cache.load_parsed(content, salt))),
        ("the last build's records (the site's files, what outputs read, the spare's folders)",
         lambda: in_process(lambda: (cache.load(site), cache.load_reach(site), cache.load_folders(site)))),
        (f"a `stat` of each live file ({len(saved.paths):,})", lambda: in_process(lambda: saved.live(site))),
        (f"a `stat` of each of the spare's folders ({len(spare.folders):,})", lambda: in_process(lambda: spare.holds(spare_folder(site)))),
    ]
    print(f"load average before: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    print("| what | CPU (median) | wall (median) |\n| --- | ---: | ---: |")
    total = 0.0
    for what, step in steps:
        runs = [step() for _ in range(args.runs)]
        cpu = statistics.median(run[1] for run in runs)
        total += cpu if what != "Python's start" else 0.0  # the next row includes it
        print(f"| {what} | {cpu * 1000:.0f} ms | {statistics.median(run[0] for run in runs) * 1000:.0f} ms |")
    with tempfile.TemporaryDirectory(dir=site.parent) as scratch:  # on the site's disk
        for name in WHOLE_SITE_FILES:
            older = Path(scratch, name)
            older.write_bytes((site / name).read_bytes())
        runs = [in_process(lambda: [spliced_and_written(site / name, Path(scratch, name)) for name in WHOLE_SITE_FILES])
                for _ in range(args.runs)]
        size = sum((site / name).stat().st_size for name in WHOLE_SITE_FILES)
        cpu = statistics.median(run[1] for run in runs)
        total += cpu
        print(f"| the four whole-site files read, spliced, digested, written ({size / 1e6:.0f} MB) | {cpu * 1000:.0f} ms |"
              f" {statistics.median(run[0] for run in runs) * 1000:.0f} ms |")
    print(f"| **together** | **{total * 1000:.0f} ms** | |")
    print(f"load average after: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")


if __name__ == "__main__":
    main()
