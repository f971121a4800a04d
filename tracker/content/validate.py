"""Check parsed documents against the rules of DESIGN.md and build the model from them.

Two layers: the JSON Schemas under `schema/` (the one statement of each entry's fields,
also used by editors' IDEs; `schema.py`) check shape, types and allowed values; the functions here
check what a schema cannot: real calendar dates, references between entries, and the
consistency of an event's timeline. Every problem is collected; nothing stops early.
"""

from __future__ import annotations

import bisect
import functools
import io
import itertools
import os
import pickle
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from tracker import workers
from tracker.content.kept import CheckedFile, CheckedFiles, Reference, Stamp, collector_paused
from tracker.content.layout import ENTRY_KINDS, list_content, missing_folder, shown_folder
from tracker.content.load import Document, read_document
from tracker.content.model import (
    Attendance,
    AttendanceMode,
    Content,
    Dispute,
    DisputedField,
    Event,
    Kind,
    Leader,
    Leg,
    Office,
    Origin,
    PartialDate,
    Place,
    Quote,
    Representative,
    Source,
    SourceClass,
    Status,
    TimelineEntry,
    Transport,
    Version,
)
from tracker.content.problems import ContentError, Location, Problem, dotted
from tracker.content.schema import schema_problems, suggest
from tracker.settings import DEFAULT_MAX_FILE_BYTES


def validate_content(
    content_dir: Path,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    parsed: CheckedFiles | None = None,
    stamps: Mapping[str, Stamp] | None = None,
) -> Content:
    """Read and check everything under `content_dir`; raise ContentError listing every problem.

    With `parsed`, what an earlier build kept of each file, only the files that changed are
    read and checked again; what this build checked goes into it, for the next. `stamps`,
    the files' metadata where the build has read it already (`cache.Metadata.content`).
    """
    # The model is made of objects that all live on; a build, which keeps the records,
    # unfreezes them at its end.
    with collector_paused(freeze=parsed is not None):
        records, known_ids, problems = check_files(content_dir, max_file_bytes, parsed, stamps)
        content, found = build_content(records, known_ids)
    problems.extend(found)
    if problems or content is None:
        raise ContentError(sorted(set(problems)))
    return content


def check_files(
    content_dir: Path,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    kept: CheckedFiles | None = None,
    stamps: Mapping[str, Stamp] | None = None,
) -> tuple[dict[str, list[CheckedFile]], dict[str, set[str]], list[Problem]]:
    """Every entry file under `content_dir` checked on its own (or as `kept` has it), by kind;
    the IDs of every entry file (parsed or not, so that a broken file does not also make every
    reference to it look wrong); and the problems of the folder's layout. Each file's
    metadata is taken from `stamps` where it is there (taken before the file is read)."""
    found: dict[str, list[CheckedFile | None]] = {kind: [] for kind in ENTRY_KINDS}
    known_ids: dict[str, set[str]] = {kind: set() for kind in ENTRY_KINDS}
    if not content_dir.is_dir():
        return {kind: [] for kind in ENTRY_KINDS}, known_ids, [missing_folder(content_dir)]
    listing = list_content(content_dir)
    to_check: list[_ToCheck] = []
    for kind in ENTRY_KINDS:
        # Paths joined as strings: os.path.join for each of 15,000 files cost a tenth of a rebuild.
        folder, key_folder, shown = os.path.join(content_dir, kind, ""), f"{kind}/", os.path.join(shown_folder(content_dir, kind), "")
        for name, entry_id, is_link in listing.entries[kind]:
            known_ids[kind].add(entry_id)
            if is_link:
                continue  # reported by list_content, and never followed
            path, key, shown_path = folder + name, key_folder + name, shown + name
            # Taken before reading: a file changed meanwhile is checked again next time.
            stamp = stamps.get(path) if stamps is not None else None
            stamp = stamp or _stamp(path)
            record = kept.find(key, stamp, shown_path) if kept is not None and stamp else None
            if record is None:
                to_check.append(_ToCheck(kind, entry_id, path, shown_path, key, stamp, len(found[kind])))
            found[kind].append(record)
    for job, record in zip(to_check, _checked(to_check, max_file_bytes), strict=True):
        found[job.kind][job.at] = record
        if kept is not None and job.stamp:
            kept.keep(job.key, job.stamp, record)
    records = {kind: [record for record in found[kind] if record is not None] for kind in ENTRY_KINDS}
    return records, known_ids, list(listing.problems)


class _ToCheck(NamedTuple):
    """A file to read and check, and where its record goes."""

    kind: str
    id: str
    path: str
    shown: str
    """The path as messages show it."""
    key: str
    """Its path inside `content/`, by which its record is kept."""
    stamp: Stamp | None
    at: int
    """Its place among the records of its kind."""


CHECK_IN_PARALLEL_FROM = 2000
"""A check with at least this many files to read (a big site's first build) shares them
among the machine's cores; fewer are not worth starting processes and pickling their
records back for."""

_TO_CHECK: tuple[list[_ToCheck], int] | None = None
"""What the worker processes check: set before they fork, so they inherit it unpickled."""


def _checked(files: list[_ToCheck], max_file_bytes: int) -> list[CheckedFile]:
    """Each file read and checked on its own, in the list's order; on every core for many
    files: this process checks the first share while the workers check slices of the rest,
    whose records come back pickled. (Three processes on two cores, this one only waiting
    for the records, cost a second of CPU more than one process: pickling the records both
    ways, and each worker warming its own caches.)"""
    global _TO_CHECK
    cores = workers.cores()
    if cores < 2 or len(files) < CHECK_IN_PARALLEL_FROM or not workers.may_fork():
        return [_check(job, max_file_bytes) for job in files]
    _TO_CHECK = (files, max_file_bytes)
    ours = _first_share(files, cores)  # checked here while the workers check the rest
    try:
        with workers.forked_pool(cores - 1) as pool:
            theirs = [(ours + start, ours + end) for start, end in workers.slices(len(files) - ours, cores - 1, 250)]
            parts = pool.imap(_check_slice, theirs)
            records = [_check(job, max_file_bytes) for job in files[:ours]]
            records.extend(record for part in parts for record in _WordsUnpickler(io.BytesIO(part)).load())
            return records
    finally:
        _TO_CHECK = None


def _first_share(files: list[_ToCheck], cores: int) -> int:
    """How many of `files`, from the first, make one core's share of their bytes (a file's
    check takes time about in proportion to its size: events are the biggest)."""
    sizes = list(itertools.accumulate(job.stamp[0] if job.stamp else 0 for job in files))
    return bisect.bisect_left(sizes, sizes[-1] // cores) if sizes else 0


def _check_slice(bounds: tuple[int, int]) -> bytes:
    assert _TO_CHECK is not None
    files, max_file_bytes = _TO_CHECK
    stream = io.BytesIO()
    _WordsPickler(stream, protocol=pickle.HIGHEST_PROTOCOL).dump([_check(job, max_file_bytes) for job in files[bounds[0] : bounds[1]]])
    return stream.getvalue()


class _WordsPickler(pickle.Pickler):
    """Pickles a worker's records with each short text (an ID, a status, a place) marked, to
    be interned again on arrival: the reader interns plain words, so that an ID stands once
    for all its uses, and pickle alone would bring back a copy of it for every slice of
    files, in the model and in the records the build cache keeps (a rebuild reads them)."""

    def persistent_id(self, obj: Any) -> str | None:
        return obj if type(obj) is str and len(obj) <= _WORD else None


_WORD = 64
"""The longest text interned again when records come back from the workers."""


class _WordsUnpickler(pickle.Unpickler):
    def persistent_load(self, pid: Any) -> str:
        return sys.intern(pid)


def _check(job: _ToCheck, max_file_bytes: int) -> CheckedFile:
    return check_file(job.kind, job.id, *read_document(job.path, max_file_bytes, job.shown), job.shown)


def _stamp(path: str) -> Stamp | None:
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ino, info.st_ctime_ns)


def check_file(kind: str, entry_id: str, document: Document | None, problems: list[Problem], path: str) -> CheckedFile:
    """One file checked on its own: what read_document gave, then its schema, its dates, its
    countries and its timeline; the IDs it names are checked across files (`build_content`)."""
    if document is None:
        return CheckedFile(kind, entry_id, path, False, tuple(problems), None)
    problems = problems + placeholder_problems(document)
    found = schema_problems(document, kind)
    if found:
        return CheckedFile(kind, entry_id, path, True, tuple(problems + found), None)
    entry: Leader | Source | Event | None
    references: tuple[Reference, ...] = ()
    if kind == "leaders":
        problems += _country_problems(document, ("country",))
        entry = _leader(document, problems)
    elif kind == "sources":
        entry = _source(document, problems)
    else:
        for location in _place_locations(document.data):
            problems += _country_problems(document, location + ("country",))
        entry = _event(document, problems)
        references = _references(document)
        problems += _own_reference_problems(document)
        if entry is not None:  # an event with an unreal date has said so already
            problems += _timeline_problems(document, entry)
            problems += _attendance_problems(document, entry)
            problems += _journey_problems(document, entry)
    return CheckedFile(kind, entry_id, path, True, tuple(problems), entry, references)


def build_content(
    records: dict[str, list[CheckedFile]], known_ids: dict[str, set[str]]
) -> tuple[Content | None, list[Problem]]:
    """The checks across files (an ID used twice, a reference to no entry) over the files'
    records, by kind, and, when nothing is wrong, the model."""
    problems: list[Problem] = []
    for kind in ENTRY_KINDS:
        problems.extend(_id_problems(records[kind]))
        for record in records[kind]:
            problems.extend(record.problems)
            for reference in record.references:
                if reference[3] not in known_ids[reference[2]]:
                    problems.append(_unknown_reference(record.path, reference, known_ids[reference[2]]))
    if problems:
        return None, problems
    entries = {kind: sorted((record.id, record.entry) for record in records[kind]) for kind in ENTRY_KINDS}
    return Content(leaders=dict(entries["leaders"]), sources=dict(entries["sources"]), events=dict(entries["events"])), []  # type: ignore[arg-type]


def _place_locations(data: dict[str, Any]) -> list[Location]:
    """Where an event names a place: its own, each leg's, and each disputed place version."""
    locations: list[Location] = [("place",)]
    locations += [("legs", index, "place") for index in range(len(data.get("legs", ())))]
    for d, dispute in enumerate(data.get("disputed", ())):
        if dispute["field"] == "place":
            locations += [("disputed", d, "versions", v, "value") for v in range(len(dispute["versions"]))]
    return locations


def _value_at(data: Any, location: Location) -> Any:
    for part in location:
        data = data.get(part) if isinstance(data, dict) else data[part]
    return data


PLACEHOLDER = re.compile(r"\bTODO\b")
"""What `new` writes where only a person can write (summaries, notes): never to be published."""


def placeholder_problems(document: Document) -> list[Problem]:
    """Every text value still holding a TODO left by `new`."""
    text = document.text
    if text is not None and "TODO" not in text and "\\" not in text:
        return []  # every character of a value is in the text, or comes from an escape
    problems: list[Problem] = []

    def walk(value: Any, location: Location) -> None:
        if isinstance(value, str) and PLACEHOLDER.search(value):
            problems.append(
                Problem(
                    document.path, document.line(location), dotted(location),
                    "still holds the TODO placeholder that `new` wrote (replace it with your own words)",
                )
            )
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, location + (key,))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, location + (index,))

    walk(document.data, ())
    return problems


def _country_problems(document: Document, location: Location) -> list[Problem]:
    code = _value_at(document.data, location)
    import pycountry  # only a build that checks a file again needs it

    if pycountry.countries.get(alpha_2=code) is not None:
        return []
    return [
        Problem(
            document.path,
            document.line(location),
            dotted(location),
            f"{code!r} is not an ISO 3166-1 country code (look it up, e.g. RU for Russia, KP for North Korea)",
        )
    ]


def _id_problems(records: list[CheckedFile]) -> list[Problem]:
    """The same ID twice among files that parsed (`x.yaml` beside `x.yml`); the form of each ID
    is the loader's to check."""
    parsed = [record for record in records if record.parsed]
    if len({record.id for record in parsed}) == len(parsed):
        return []  # the usual case, found at once
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for record in parsed:
        if record.id in seen:
            problems.append(
                Problem(record.path, 1, "", f"the ID {record.id!r} is already used by {seen[record.id]} (rename one)")
            )
        seen.setdefault(record.id, record.path)
    return problems


_parsed_date = functools.lru_cache(maxsize=1 << 14)(PartialDate.parse)
"""Dates repeat across entries; a date is a frozen value, so one object serves them all."""


def _date(document: Document, location: Location, problems: list[Problem]) -> PartialDate | None:
    """The date at `location`; None when it is absent, or not a real date (then a problem says so)."""
    value = _value_at(document.data, location)
    if value is None:
        return None
    try:
        return _parsed_date(str(value))
    except ValueError as error:
        problems.append(Problem(document.path, document.line(location), dotted(location), f"{error} (fix the date)"))
        return None


def _origin(document: Document, location: Location = ()) -> Origin:
    return Origin(document.path, document.line(location))


def _problem(document: Document, location: Location, message: str) -> Problem:
    return Problem(document.path, document.line(location), dotted(location), message)


def _leader(document: Document, problems: list[Problem]) -> Leader:
    data = document.data
    offices: list[Office] = []
    for index, item in enumerate(data.get("offices", ())):
        held = Office(
            item["title"],
            _date(document, ("offices", index, "from"), problems),
            _date(document, ("offices", index, "to"), problems),
        )
        if held.start and held.end and held.end.ends_before(held.start):
            problems.append(_problem(document, ("offices", index, "to"), "is before its from date (swap them)"))
        if offices and held.start and offices[-1].start and held.start.ends_before(offices[-1].start):
            problems.append(
                _problem(
                    document,
                    ("offices", index, "from"),
                    f"{held.start} is before the office above it, from {offices[-1].start} (list offices oldest first)",
                )
            )
        offices.append(held)
    titles = list(dict.fromkeys(held.title for held in offices))
    if offices and data["office"] not in titles:
        problems.append(
            _problem(
                document,
                ("office",),
                f"{data['office']!r} is not the title of any of offices (use one of: {'; '.join(titles)}, "
                "or add its spans to offices)",
            )
        )
    return Leader(
        id=document.id,
        name=data["name"],
        native_name=data.get("native_name"),
        aliases=tuple(data.get("aliases", ())),
        country=data["country"],
        office=data["office"],
        offices=tuple(offices),
        wikidata=data.get("wikidata"),
        summary=data["summary"],
        origin=_origin(document),
    )


def _source(document: Document, problems: list[Problem]) -> Source | None:
    """The source, or None when its date is not real (a problem says so)."""
    data = document.data
    published = _date(document, ("published",), problems)
    if published is None:
        return None
    retrieved = _date(document, ("retrieved",), problems)
    if retrieved is not None and retrieved.ends_before(published):
        problems.append(
            _problem(document, ("retrieved",), f"{retrieved} is before the published date {published} (fix one of them)")
        )
    return Source(
        id=document.id,
        publisher=data["publisher"],
        title=data["title"],
        published=published,
        time=data.get("time"),
        author=data.get("author"),
        url=data.get("url"),
        language=data.get("language"),
        source_class=SourceClass(data["class"]) if "class" in data else None,
        archived_url=data.get("archived_url"),
        retrieved=retrieved,
        origin=_origin(document),
    )


def _event(document: Document, problems: list[Problem]) -> Event | None:
    """The event, or None when one of its dates is not real (a problem says so)."""
    data = document.data
    timeline = []
    dates_ok = True
    for index, item in enumerate(data["timeline"]):
        entry_date = _date(document, ("timeline", index, "date"), problems)
        if entry_date is None:
            dates_ok = False
            continue
        quote = Quote(item["quote"]["text"], item["quote"]["by"]) if "quote" in item else None
        timeline.append(
            TimelineEntry(
                date=entry_date,
                status=Status(item["status"]),
                note=item["note"],
                quote=quote,
                claimed_by=item.get("claimed_by"),
                sources=tuple(item["sources"]),
                origin=_origin(document, ("timeline", index)),
            )
        )
    start = _date(document, ("date",), problems)
    end = _date(document, ("end",), problems)
    if start is None or (end is None and data.get("end") is not None) or not dates_ok:
        return None
    if end is not None and end.ends_before(start):
        problems.append(Problem(document.path, document.line(("end",)), "end", f"{end} is before the date {start} (fix one of them)"))
    legs = tuple(
        Leg(
            date=_date(document, ("legs", index, "date"), problems) or start,
            place=_place(item["place"]),
            note=item.get("note"),
            origin=_origin(document, ("legs", index)),
        )
        for index, item in enumerate(data.get("legs", ()))
    )
    return Event(
        id=document.id,
        title=data["title"],
        kind=Kind(data["kind"]),
        status=Status(data["status"]),
        date=start,
        end=end,
        visitor=data.get("visitor"),
        host=data.get("host"),
        leaders=tuple(data.get("leaders", ())),
        place=_place(data["place"]),
        summary=data["summary"],
        timeline=tuple(timeline),
        related=tuple(data.get("related", ())),
        attendance=tuple(_attendance(item) for item in data.get("attendance", ())),
        legs=legs,
        transport=Transport(data["transport"]) if "transport" in data else None,
        disputed=tuple(_dispute(document, index, problems) for index in range(len(data.get("disputed", ())))),
        origin=_origin(document),
    )


def _place(data: dict[str, str]) -> Place:
    return _shared_place(data["country"], data.get("city"), data.get("wikidata"))


@functools.lru_cache(maxsize=4096)
def _shared_place(country: str, city: str | None, wikidata: str | None) -> Place:
    """One object for each place, however many events name it: a place is a frozen value, and
    the build cache keeps, and a rebuild unpickles, each once."""
    return Place(country=country, city=city, wikidata=wikidata)


def _attendance(data: dict[str, Any]) -> Attendance:
    by = data.get("by")
    return Attendance(
        leader=data["leader"],
        mode=AttendanceMode(data["mode"]),
        by=Representative(by["name"], by["role"]) if by else None,
    )


def _dispute(document: Document, index: int, problems: list[Problem]) -> Dispute:
    data = document.data["disputed"][index]
    field = DisputedField(data["field"])
    versions = []
    for v, item in enumerate(data["versions"]):
        location: Location = ("disputed", index, "versions", v, "value")
        value: PartialDate | Place | Status | Attendance
        if field is DisputedField.DATE:
            value = _date(document, location, problems) or PartialDate(0)
        elif field is DisputedField.PLACE:
            value = _place(item["value"])
        elif field is DisputedField.STATUS:
            value = Status(item["value"])
        else:
            value = _attendance(item["value"])
        versions.append(
            Version(
                value=value,
                sources=tuple(item["sources"]),
                note=item.get("note"),
                origin=_origin(document, ("disputed", index, "versions", v)),
            )
        )
    return Dispute(field=field, versions=tuple(versions), origin=_origin(document, ("disputed", index)))


def _references(document: Document) -> tuple[Reference, ...]:
    """Every ID an event names, each to be found in the folder for its kind."""
    data = document.data
    named: list[tuple[Location, str, str]] = []  # where, the folder, the ID
    for role in ("visitor", "host"):
        if data.get(role):
            named.append(((role,), "leaders", data[role]))
    named += [(("leaders", i), "leaders", leader) for i, leader in enumerate(data.get("leaders", ()))]
    named += [(("related", i), "events", related) for i, related in enumerate(data.get("related", ()))]
    for t, item in enumerate(data["timeline"]):
        named += [(("timeline", t, "sources", s), "sources", source) for s, source in enumerate(item["sources"])]
    for d, dispute in enumerate(data.get("disputed", ())):
        for v, version in enumerate(dispute["versions"]):
            named += [
                (("disputed", d, "versions", v, "sources", s), "sources", source) for s, source in enumerate(version["sources"])
            ]
    lines = document.lines  # every value has its line, so no need to look up a parent's
    return tuple((lines[location], _field_name(location), kind, value) for location, kind, value in named)


@functools.lru_cache(maxsize=4096)
def _field_name(location: Location) -> str:
    """A reference's field, dotted: the same few repeat in every event, so each is made (and
    kept in the build cache) once."""
    return sys.intern(dotted(location))


def _unknown_reference(path: str, reference: Reference, known: set[str]) -> Problem:
    line, field, kind, value = reference
    return Problem(
        path,
        line,
        field,
        f"no {kind[:-1]} has the ID {value!r} (add content/{kind}/{value}.yaml or fix the ID{suggest(value, known)})",
    )


def _own_reference_problems(document: Document) -> list[Problem]:
    """An event related to itself; a visitor or host not among its leaders."""
    data = document.data
    problems = []
    for index, related in enumerate(data.get("related", ())):
        if related == document.id:
            problems.append(
                Problem(document.path, document.line(("related", index)), f"related[{index}]", "an event cannot be related to itself (remove it)")
            )
    for role in ("visitor", "host"):
        who = data.get(role)
        if who and who not in data.get("leaders", ()):
            problems.append(
                Problem(document.path, document.line((role,)), role, f"{who} is not in leaders (add {who} to the leaders list)")
            )
    return problems


def _attendance_problems(document: Document, event: Event) -> list[Problem]:
    """Attendance names the event's own leaders, each once; only a represented leader has a `by`."""
    problems = []
    entries: list[tuple[Location, Attendance]] = [(("attendance", i), a) for i, a in enumerate(event.attendance)]
    for d, dispute in enumerate(event.disputed):
        for v, version in enumerate(dispute.versions):
            if isinstance(version.value, Attendance):
                entries.append((("disputed", d, "versions", v, "value"), version.value))
    first: dict[str, int] = {}
    for location, attendance in entries:
        if attendance.leader not in event.leaders:
            problems.append(
                _problem(
                    document,
                    location + ("leader",),
                    f"{attendance.leader} is not one of the event's leaders (add {attendance.leader} to leaders, or fix the ID"
                    f"{suggest(attendance.leader, event.leaders)})",
                )
            )
        if attendance.mode is AttendanceMode.REPRESENTED and attendance.by is None:
            problems.append(
                _problem(document, location + ("by",), "is missing (a represented leader needs by: {name: ..., role: ...})")
            )
        if attendance.mode is not AttendanceMode.REPRESENTED and attendance.by is not None:
            problems.append(
                _problem(
                    document,
                    location + ("by",),
                    f"is only for mode: represented, not {attendance.mode.value} (remove by, or set mode: represented)",
                )
            )
        if location[0] == "attendance":
            if attendance.leader in first:
                problems.append(
                    _problem(
                        document,
                        location + ("leader",),
                        f"{attendance.leader} is already listed in attendance[{first[attendance.leader]}] "
                        "(keep one; put a disputed account under disputed)",
                    )
                )
            first.setdefault(attendance.leader, int(location[1]))
    return problems


def _journey_problems(document: Document, event: Event) -> list[Problem]:
    """Legs run oldest first; a fact is disputed in one place only."""
    problems = []
    for index, (earlier, later) in enumerate(zip(event.legs, event.legs[1:]), start=1):
        if later.date.ends_before(earlier.date):
            problems.append(
                _problem(
                    document,
                    ("legs", index, "date"),
                    f"{later.date} is before the leg above it, dated {earlier.date} (put the legs oldest first)",
                )
            )
    seen: dict[DisputedField, int] = {}
    for index, dispute in enumerate(event.disputed):
        if dispute.field in seen and dispute.field is not DisputedField.ATTENDANCE:
            problems.append(
                _problem(
                    document,
                    ("disputed", index, "field"),
                    f"{dispute.field.value} is already disputed in disputed[{seen[dispute.field]}] "
                    "(add this version to that one's versions)",
                )
            )
        seen.setdefault(dispute.field, index)
    return problems


def _timeline_problems(document: Document, event: Event) -> list[Problem]:
    problems = []
    path = document.path
    for earlier, later in zip(event.timeline, event.timeline[1:]):
        # Only a definite reversal is an error: "April 2019" may follow "22 April 2019".
        if later.date.ends_before(earlier.date):
            problems.append(
                Problem(
                    path,
                    later.origin.line,
                    "timeline",
                    f"the entry dated {later.date} comes after one dated {earlier.date} (put the timeline oldest first)",
                )
            )
    last = event.timeline[-1]
    if event.status is not last.status:
        problems.append(
            Problem(
                path,
                document.line(("status",)),
                "status",
                f"is {event.status.value!r} but the last timeline entry says {last.status.value!r} "
                f"(make them equal, or add a timeline entry for the change)",
            )
        )
    return problems
