"""Grade the ingester: per-field accuracy on the seeds, the tuned fixtures and the holdout.

    python tests/grade_ingest.py [--verbose] [--show-holdout]

--verbose lists each wrong field of the seeds and tuned fixtures; the misses of the holdout,
fresh and blind2 sets are listed only with --show-holdout, so that nobody tunes the rules to
them by accident. The fresh set was written after one round of rule changes, blind2 (ten
articles) before the next.

Each article is ingested alone (dry run, JSON) into an empty copy of content/ that keeps
the leaders, the gazetteer and the cue words, and compared with NAME.expected.yaml.
The seeds are read from ../shared/seeds beside the repository, when it is there.
"""

from __future__ import annotations

import io
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
SEEDS = Path(__file__).parents[1].parent / "shared" / "seeds"
ARTICLES = REPO / "tests" / "fixtures" / "articles"
SEED_EXPECTED = REPO / "tests" / "fixtures" / "seeds"
SOURCE_FIELDS = ("publisher", "published", "author")
EVENT_FIELDS = ("leaders", "status", "date", "place", "visitor", "host", "kind")
SETS = ("seeds", "tuned", "holdout", "fresh", "blind2")
"""fresh, blind2: articles written before the rule changes they were graded after, graded once, blind."""
UNTUNED = ("holdout", "fresh", "blind2")
"""Sets whose misses are listed only with --show-holdout."""


def empty_content(target: Path, content: Path = REPO / "content") -> Path:
    """A copy of `content` with its leaders and rule files, and no events or sources."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(content / "leaders", target / "leaders")
    for name in ("gazetteer.yaml", "ingest-cues.yaml"):
        shutil.copy(content / name, target / name)
    (target / "events").mkdir()
    (target / "sources").mkdir()
    return target


def cases(which: str) -> list[tuple[Path, Path]]:
    """(article, expected) pairs of one set."""
    if which == "seeds":
        if not SEEDS.is_dir():
            return []
        return [(path, SEED_EXPECTED / f"{path.name[:3]}.expected.yaml") for path in sorted(SEEDS.glob("*.txt"))]
    folder = ARTICLES / which if which in UNTUNED else ARTICLES
    if not folder.is_dir():
        return []
    return [
        (path, path.with_name(path.stem + ".expected.yaml"))
        for path in sorted(folder.iterdir())
        if path.suffix in (".txt", ".html")
    ]


def ingest_alone(article: Path) -> dict[str, Any]:
    """The JSON record the ingester prints for `article` alone in an empty content folder."""
    from tracker.ingest import ingest

    with tempfile.TemporaryDirectory() as scratch:
        content = empty_content(Path(scratch) / "content")
        out = io.StringIO()
        results = ingest([str(article)], content, dry_run=True, output="json", stdout=out)
        if results[0].error:
            return {"error": results[0].error, "source": {}, "events": [], "warnings": []}
        return json.loads(out.getvalue().splitlines()[0])


def _norm(value: Any) -> Any:
    if isinstance(value, list):
        return sorted(str(item) for item in value)
    if isinstance(value, dict):
        return {key: (None if item is None else str(item)) for key, item in sorted(value.items())}
    return None if value is None else str(value)


def compare(record: dict[str, Any], expected: dict[str, Any]) -> list[tuple[str, bool, str]]:
    """(field, right, detail) for every graded field of one article."""
    rows = []
    for name in SOURCE_FIELDS:
        got, want = _norm(record["source"].get(name)), _norm(expected["source"].get(name))
        rows.append((f"source.{name}", got == want, f"{got!r} (want {want!r})"))
    got_events = list(record["events"])
    rows.append(("events (count)", len(got_events) == len(expected["events"]), f"{len(got_events)} (want {len(expected['events'])})"))
    for want_event in expected["events"]:
        # Pair with the produced event in the same country, else the next one in order.
        match = next((e for e in got_events if e["place"]["country"] == want_event["place"]["country"]), None)
        match = match or (got_events[0] if got_events else None)
        if match is not None:
            got_events.remove(match)
        for name in EVENT_FIELDS:
            want = want_event[name]
            if name == "place":
                want = {"city": want.get("city"), "country": want["country"]}
            got = match.get(name) if match else "(no event)"
            rows.append((f"event.{name}", _norm(got) == _norm(want), f"{_norm(got)!r} (want {_norm(want)!r})"))
    return rows


def grade(which: str, verbose: bool = False) -> dict[str, list[int]]:
    """field -> [right, total] over one set."""
    totals: dict[str, list[int]] = {}
    for article, expected_path in cases(which):
        expected = yaml.load(expected_path.read_text(encoding="utf-8"), Loader=_Loader)
        record = ingest_alone(article)
        for name, right, detail in compare(record, expected):
            tally = totals.setdefault(name, [0, 0])
            tally[0] += right
            tally[1] += 1
            if verbose and not right:
                print(f"  miss {which}/{article.name}: {name} = {detail}")
    return totals


class _Loader(yaml.SafeLoader):
    """Dates stay strings, as in content/."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in value if tag != "tag:yaml.org,2002:timestamp"]
    for key, value in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv or "-v" in argv
    if not SEEDS.is_dir():
        print(f"(seeds not found at {SEEDS}; graded without them)")
    fields = [f"source.{n}" for n in SOURCE_FIELDS] + ["events (count)"] + [f"event.{n}" for n in EVENT_FIELDS]
    blind = verbose and "--show-holdout" in argv
    show = {which: blind if which in UNTUNED else verbose for which in SETS}
    tables = {which: grade(which, show[which]) for which in SETS}
    print(f"{'field':<18}" + "".join(f"{which:>14}" for which in SETS))
    for name in fields:
        cells = []
        for which in SETS:
            right, total = tables[which].get(name, [0, 0])
            cells.append(f"{right:>3}/{total:<3} {100 * right / total:>4.0f}%" if total else f"{'-':>14}")
        print(f"{name:<18}" + "".join(f"{cell:>14}" for cell in cells))
    for which in SETS:
        right = sum(r for r, _ in tables[which].values())
        total = sum(t for _, t in tables[which].values())
        if total:
            print(f"{which}: {right}/{total} fields right ({100 * right / total:.0f}%), {len(cases(which))} articles")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main(sys.argv[1:]))
