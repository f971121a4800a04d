"""How fast, and in how little memory, the build refuses the resource attacks of the hostile corpus.

    python scripts/hostile_limits.py

For each generated case of tests/fixtures/hostile/refused.yaml (a billion laughs, a 50 MB
file, 10,000-deep nesting, a 100,000-item list...), a fresh Python process checks the
fixture content with that file in it, as `python build.py check` does, and reports the
wall time of the check, the process's peak resident memory (and how much of it the check
added to what the imports already held) and the peak of Python's own allocations during the
check (tracemalloc, in a second run). A measurement, not a test: the figures depend on the machine.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from hostile_corpus import apply_case, make_outside, read_cases  # noqa: E402

FIXTURE_CONTENT = REPO / "tests" / "fixtures" / "content"

CHILD = """
import json, resource, sys, time, tracemalloc
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from tracker.content.problems import ContentError
from tracker.content.validate import validate_content

def peak_kib():
    # VmHWM starts afresh with the process; getrusage's maxrss would carry over the parent's peak.
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

def check():
    try:
        validate_content(Path(sys.argv[1]))
    except ContentError as error:
        return str(error.problems[0])
    return "built"

before = peak_kib()
started = time.perf_counter()
message = check()
seconds = time.perf_counter() - started
after = peak_kib()
tracemalloc.start()
check()
traced = tracemalloc.get_traced_memory()[1]
print(json.dumps({"seconds": seconds, "rss_kib": after - before, "peak_kib": after, "traced_bytes": traced, "message": message}))
"""

def main() -> int:
    cases = [case for case in read_cases("refused") if "make" in case]
    rows = []
    for case in cases:
        with tempfile.TemporaryDirectory() as folder:
            work = Path(folder)
            shutil.copytree(FIXTURE_CONTENT, work / "content")
            make_outside(work)
            apply_case(case, work / "content", work)
            size = sum(p.stat().st_size for p in (work / "content").rglob("*") if p.is_file())
            result = subprocess.run(
                [sys.executable, "-c", CHILD, str(work / "content"), str(REPO)],
                capture_output=True, text=True, check=True, timeout=600,
            )
            figures = json.loads(result.stdout)
            rows.append((case["case"], size, figures))
    print(f"{'case':<48} {'content':>10} {'time':>8} {'peak RSS':>9} {'+ in check':>10} {'Python peak':>12}  first message")
    for name, size, figures in rows:
        print(
            f"{name[:48]:<48} {size / 1e6:>8.2f}MB {figures['seconds'] * 1000:>6.0f}ms {figures['peak_kib'] / 1024:>7.1f}MB "
            f"{figures['rss_kib'] / 1024:>8.1f}MB "
            f"{figures['traced_bytes'] / 1e6:>10.2f}MB  {figures['message'].split(': ', 1)[1][:60]}"
        )
    worst = max(rows, key=lambda row: row[2]["seconds"])
    print(f"\nslowest: {worst[0]}: {worst[2]['seconds'] * 1000:.0f} ms, "
          f"peak RSS {worst[2]['peak_kib'] / 1024:.1f} MB (+{worst[2]['rss_kib'] / 1024:.1f} MB during the check)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
