"""The benchmark's archive as a Hugo site, in two versions (bench/README.md says why both).

- `pages-only`: the layouts the comparison started with: the index, one page per event,
  leader and source, the lists of leaders and sources, and the pages by year and by status.
  Kept as it was, so that its row continues the earlier tables.
- `same-files`: the same kinds of files as our build from the same data, made as a Hugo
  user would make them: a `pairs` taxonomy (each event tagged with its pairs of leaders)
  for the pair pages, output formats for the Atom feeds, the calendars, `events.json`,
  `events.csv` and each event's CSL-JSON citation, a feed and a calendar on every leader's
  and pair's page, the about, search, changes and 404 pages, and pages that carry what ours
  carry (the timeline drawings, JSON-LD, "Cite this entry").

Each version's configuration and layouts are files under `bench/hugo/<version>/`; this
module copies them and writes the content and data files.
"""

from __future__ import annotations

import itertools
import json
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.content.model import Status
from tracker.outputs.pages import country_name

if TYPE_CHECKING:
    from generate import Event, Leader, Source

LAYOUTS = Path(__file__).resolve().parent / "hugo"
STATIC = Path(__file__).resolve().parents[1] / "templates" / "static"
PAGES_ONLY, SAME_FILES = "pages-only", "same-files"

ABOUT = """\
## What an event is

An event is one trip or meeting, whatever became of it: a summit that took place, a visit
announced and then called off, an invitation never taken up. The reports about it form its
timeline, oldest first, and every step cites the reports it rests on.

An event's status is where its story stands now. Trips that were called off are marked with
✕ wherever they are listed.

## Dates

A date is shown as precisely as the sources allow and no more: "April 2019" means the
reports give the month but not the day.

## Pairs of leaders

For every two leaders who share an event, [a page](/pairs/) gathers their whole record:
every event both ways, how many were held, cancelled or declined, and who travelled to whom.

## Corrections and reuse

Every entry is a small text file, and corrections are welcome by pull request. Follow
updates with the [Atom feed](/feed.xml), add the [calendar](/events.ics) to your calendar
app, or take the whole dataset as [JSON](/events.json) or [CSV](/events.csv). Each leader's
page and each pair's page has a feed and a calendar of its own events, and each event page
offers a citation (BibTeX and CSL-JSON) naming the version of the entry it cites.
"""


def pair_id(first: str, second: str) -> str:
    """A pair's term, as our pair pages' addresses spell it: the two IDs in order."""
    return "--".join(sorted((first, second)))


def write_hugo(root: Path, version: str, leaders: list[Leader], sources: list[Source], events: list[Event]) -> None:
    """The Hugo site of `version` (PAGES_ONLY or SAME_FILES) in `root`, which must not exist."""
    same = version == SAME_FILES
    shutil.copytree(LAYOUTS / version, root)
    shutil.copytree(STATIC, root / "static" / "assets")
    for folder in ("content/events", "content/leaders", "content/sources", "data"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    # Lookups by ID go through data files, as a Hugo site would do it: a map index, no page search.
    leader_data = {leader.id: {"name": leader.name, **({"office": leader.office} if same else {})} for leader in leaders}
    source_data = {s.id: {"title": s.title, "publisher": s.publisher, "published": s.published, "article": s.url} for s in sources}
    _json(root / "data/leaders.json", leader_data)
    _json(root / "data/sources.json", source_data)
    # Leaders' and pairs' term pages have a feed and a calendar; the others a page alone.
    follow: dict[str, object] = {"outputs": ["html", "atom", "calendar"]} if same else {}
    for leader in leaders:
        front = {"title": leader.name, "office": leader.office, "country": leader.country, **follow}
        _front_matter(root / "content/leaders" / leader.id / "_index.md", front, leader.summary)
    for source in sources:
        front = {"title": source.title, "publisher": source.publisher, "published": source.published, "article": source.url}
        _front_matter(root / "content/sources" / source.id / "_index.md", front, "")
    for event in events:
        _front_matter(root / "content/events" / f"{event.id}.md", _event_front(event, same), event.summary)
    if same:
        _write_same_files_extras(root, leaders, events, follow)


def _event_front(event: Event, same: bool) -> dict[str, object]:
    cited = list(dict.fromkeys(s for step in event.timeline for s in step.sources))
    front: dict[str, object] = {
        "title": event.title,
        "date": event.date,
        "datetext": event.date,
        "state": event.status,
        "kind": event.kind,
        "visitor": event.visitor,
        "host": event.host,
        "leaders": list(event.leaders),
        "sources": cited,
        "years": [event.date[:4]],
        "status": [event.status],
        "city": event.city,
        "country": event.country,
        "related": list(event.related),
        "timeline": [
            {
                "date": step.date,
                "status": step.status,
                "note": step.note,
                "sources": list(step.sources),
                **({"quote": {"text": step.quote[0], "by": step.quote[1]}} if step.quote else {}),
            }
            for step in event.timeline
        ],
    }
    if same:
        front["pairs"] = sorted(pair_id(a, b) for a, b in itertools.combinations(event.leaders, 2))
    return front


def _write_same_files_extras(root: Path, leaders: list[Leader], events: list[Event], follow: dict[str, object]) -> None:
    """The pair pages' titles, the lookups our build makes in code, the site's own pages."""
    names = {leader.id: leader.name for leader in leaders}
    met = sorted({pair_id(a, b) for event in events for a, b in itertools.combinations(event.leaders, 2)})
    for pair in met:
        first, second = pair.split("--")
        front = {"title": f"{names[first]} and {names[second]}", "first": first, "second": second, **follow}
        _front_matter(root / "content/pairs" / pair / "_index.md", front, "")
    _front_matter(root / "content/leaders/_index.md", {"title": "Leaders"}, "")
    _front_matter(root / "content/sources/_index.md", {"title": "Sources"}, "")
    _front_matter(root / "content/pairs/_index.md", {"title": "Pairs of leaders"}, "")
    # Our site has no list of all years, of all statuses, or of the events apart from the index.
    unlisted = {"_build": {"render": "never"}}
    for folder in ("events", "years", "status"):
        _front_matter(root / "content" / folder / "_index.md", {"title": folder.capitalize(), **unlisted}, "")
    page_alone = {"outputs": ["html"]}  # no citation file: these are not events
    _front_matter(root / "content/about.md", {"title": "About this tracker", "layout": "about", **page_alone}, ABOUT)
    _front_matter(root / "content/search.md", {"title": "Search", "layout": "search", **page_alone}, "")
    changes = "This copy of the site was built without its history, so it lists no changes."
    _front_matter(root / "content/changes.md", {"title": "Changes", **page_alone}, changes)
    countries = sorted({leader.country for leader in leaders} | {event.country for event in events})
    _json(root / "data/countries.json", {code: country_name(code) for code in countries})
    _json(root / "data/statuses.json", [{"id": status.value, "meaning": status.meaning} for status in Status])
    (root / "static" / ".nojekyll").write_bytes(b"")


def _json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _front_matter(path: Path, front: Mapping[str, object], body: str) -> None:
    """JSON front matter: Hugo reads it as fast as any, and it needs no YAML writer here."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(front, ensure_ascii=False, indent=1) + "\n\n" + body + "\n", encoding="utf-8")
