"""Grade the ingester: per-field accuracy on each set of articles with gold labels.

    python tests/grade_ingest.py [--verbose] [--show-holdout] [--only SET ...]  (each --only adds a set)

Sets: the seeds (../shared/seeds), `tuned` (tests/fixtures/articles), the untuned sets
`holdout`, `fresh` and `blind2` (written before the rule changes they were graded after),
and the real-like pages (tests/fixtures/real-like): `real-tune` and `real-blind`, split by
the fixed rule in that folder's README, and the later sets from `real-blind3` on (`LATER_BLIND`),
each chosen by its own fixed rule there and graded once, after the rules were frozen.

--verbose lists each wrong field of the sets the rules were tuned on; the misses of the
untuned sets are listed only with --show-holdout, so that nobody tunes to them by accident.
Besides fields right, each set reports the events drafted from pages that report no visit
(calls, letters, envoys) and the events beyond those the page reports (a past trip
mentioned in passing); both should be zero.

Each article is ingested alone (dry run, JSON) into an empty copy of content/ that keeps
the leaders and the rule files, with `today` pinned, and compared with NAME.expected.yaml.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
SEEDS = Path(__file__).parents[1].parent / "shared" / "seeds"
ARTICLES = REPO / "tests" / "fixtures" / "articles"
REAL_LIKE = REPO / "tests" / "fixtures" / "real-like"
SEED_EXPECTED = REPO / "tests" / "fixtures" / "seeds"
TODAY = dt.date(2026, 6, 1)
"""The grader's "today": fixed, so that no result depends on the day it runs."""
SOURCE_FIELDS = ("publisher", "published", "author")
EVENT_FIELDS = ("leaders", "status", "date", "place", "visitor", "host", "kind")
LATER_BLIND = tuple(f"real-blind{number}" for number in range(3, 126))
"""The later blind sets, each chosen by its own fixed rule and graded once after the rules were frozen."""
SETS = ("seeds", "tuned", "holdout", "fresh", "blind2", "real-tune", "real-blind", *LATER_BLIND)
UNTUNED = ("holdout", "fresh", "blind2", "real-blind", *LATER_BLIND)
"""Sets whose misses are listed only with --show-holdout."""
FOLDERS = {
    "tuned": ARTICLES,
    "holdout": ARTICLES / "holdout",
    "fresh": ARTICLES / "fresh",
    "blind2": ARTICLES / "blind2",
    "real-tune": REAL_LIKE / "tune",
    "real-blind": REAL_LIKE / "blind",
    **{which: REAL_LIKE / which.removeprefix("real-") for which in LATER_BLIND},
}
RULE_FILES = ("gazetteer.yaml", "ingest-cues.yaml", "publishers.yaml")


@dataclass(frozen=True)
class Case:
    """One article with its gold labels."""

    article: Path
    expected: Path
    real_like: bool = False

    @property
    def id(self) -> str:
        return self.article.name

    def gold(self) -> dict[str, Any]:
        loaded: dict[str, Any] = yaml.load(self.expected.read_text(encoding="utf-8"), Loader=_Loader)
        return loaded


def empty_content(target: Path, content: Path = REPO / "content", extra_leaders: Path | None = None) -> Path:
    """A copy of `content` with its leaders and rule files, and no events or sources."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(content / "leaders", target / "leaders")
    if extra_leaders is not None:
        for leader in extra_leaders.glob("*.yaml"):
            shutil.copy(leader, target / "leaders" / leader.name)
    for name in RULE_FILES:
        if (content / name).exists():
            shutil.copy(content / name, target / name)
    (target / "events").mkdir()
    (target / "sources").mkdir()
    return target


def cases(which: str) -> list[Case]:
    """The articles of one set, with their gold labels."""
    if which == "seeds":
        if not SEEDS.is_dir():
            return []
        return [Case(path, SEED_EXPECTED / f"{path.name[:3]}.expected.yaml") for path in sorted(SEEDS.glob("*.txt"))]
    folder = FOLDERS[which]
    if not folder.is_dir():
        return []
    return [
        Case(path, path.with_name(path.stem + ".expected.yaml"), real_like=which.startswith("real-"))
        for path in sorted(folder.iterdir())
        if path.suffix in (".txt", ".html")
    ]


def ingest_alone(article: Path, url: str | None = None, published: str | None = None, real_like: bool = False) -> dict[str, Any]:
    """The JSON record the ingester prints for `article` alone in an empty content folder."""
    from tracker.content.model import PartialDate
    from tracker.ingest import ingest

    with tempfile.TemporaryDirectory() as scratch:
        content = empty_content(Path(scratch) / "content", extra_leaders=REAL_LIKE / "leaders" if real_like else None)
        out = io.StringIO()
        results = ingest(
            [str(article)], content, dry_run=True, output="json", stdout=out, today=TODAY,
            url=url, published=PartialDate.parse(published) if published else None,
        )
        lines = out.getvalue().splitlines()
        record: dict[str, Any] = json.loads(lines[0]) if lines else {}
        if results[0].error and not record.get("source"):
            return {"error": results[0].error, "source": {}, "events": [], "warnings": []}
        return record


def record_for(case: Case) -> dict[str, Any]:
    """Ingest one case as an editor would: a pasted text comes with its address (--url), a
    saved page carries its own; a date the editor settled comes as --published."""
    gold = case.gold()
    url = gold.get("url") if case.article.suffix == ".txt" else None
    published = gold.get("published")
    return ingest_alone(case.article, url, str(published) if published else None, case.real_like)


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


def spurious(record: dict[str, Any], expected: dict[str, Any]) -> tuple[int, int]:
    """(events from a page that reports no visit, events beyond those the page reports)."""
    made, wanted = len(record["events"]), len(expected["events"])
    if wanted == 0:
        return made, 0
    return 0, max(0, made - wanted)


@dataclass
class Tally:
    fields: dict[str, list[int]]
    """field -> [right, total]."""
    non_visits: int = 0
    mentions: int = 0
    articles: int = 0


def grade(which: str, verbose: bool = False) -> Tally:
    """Fields right, and events that should not be, over one set."""
    tally = Tally({})
    for case in cases(which):
        expected = case.gold()
        record = record_for(case)
        tally.articles += 1
        non_visit, mention = spurious(record, expected)
        tally.non_visits += non_visit
        tally.mentions += mention
        for name, right, detail in compare(record, expected):
            cell = tally.fields.setdefault(name, [0, 0])
            cell[0] += right
            cell[1] += 1
            if verbose and not right:
                print(f"  miss {which}/{case.id}: {name} = {detail}")
    return tally


class _Loader(yaml.SafeLoader):
    """Dates stay strings, as in content/."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in value if tag != "tag:yaml.org,2002:timestamp"]
    for key, value in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv or "-v" in argv
    sets = [argv[at + 1] for at, flag in enumerate(argv[:-1]) if flag == "--only"] or list(SETS)
    if not SEEDS.is_dir():
        print(f"(seeds not found at {SEEDS}; graded without them)")
    fields = [f"source.{n}" for n in SOURCE_FIELDS] + ["events (count)"] + [f"event.{n}" for n in EVENT_FIELDS]
    blind = verbose and "--show-holdout" in argv
    tables = {which: grade(which, blind if which in UNTUNED else verbose) for which in sets}
    print(f"today pinned to {TODAY}")
    print(f"{'field':<16}" + "".join(f"{which:>13}" for which in sets))
    for name in fields:
        cells = []
        for which in sets:
            right, total = tables[which].fields.get(name, [0, 0])
            cells.append(f"{right:>3}/{total:<3}{100 * right / total:>4.0f}%" if total else f"{'-':>13}")
        print(f"{name:<16}" + "".join(f"{cell:>13}" for cell in cells))
    for which in sets:
        tally = tables[which]
        right = sum(r for r, _ in tally.fields.values())
        total = sum(t for _, t in tally.fields.values())
        if total:
            print(
                f"{which}: {right}/{total} fields right ({100 * right / total:.0f}%), {tally.articles} articles;"
                f" events from non-visits: {tally.non_visits}; events from mentions: {tally.mentions}"
            )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main(sys.argv[1:]))
