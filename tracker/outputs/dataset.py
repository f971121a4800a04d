"""The whole dataset for researchers: `events.json` and `events.csv`.

Pure: content in, bytes out, in a stable order with stable field names. The names and
their meanings are declared here once; README.md documents each (a test checks).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from typing import Any

import orjson

from tracker.content.model import (
    Attendance,
    AttendanceMode,
    Content,
    Dispute,
    Event,
    Leader,
    PartialDate,
    Place,
    Source,
    Status,
    country_name,
)
from tracker.outputs.cameo import cameo_code
from tracker.outputs.markdown import markdown_to_text
from tracker.outputs.urls import Urls
from tracker.outputs.write import Parts, Pieces, join_afresh
from tracker.settings import Settings

FORMAT_VERSION = 1
"""Bumped only when a field is renamed or removed; new fields may appear at any time."""

CSV_FIELDS: dict[str, str] = {
    "id": "the event's ID (its file name)",
    "url": "the event's page",
    "title": "the event's title",
    "kind": "visit, summit, ceremony, embassy-visit or other",
    "status": "rumoured, invited, announced, confirmed, held, postponed, cancelled or declined",
    "date": "YYYY, YYYY-MM or YYYY-MM-DD: no finer than what is known",
    "date_precision": "year, month or day",
    "end": "last day, when it ran over several days (else empty)",
    "visitor": "the leader ID of who travelled (may be empty)",
    "host": "the leader ID of who received (may be empty)",
    "visitor_wikidata": "the visitor's Wikidata item (Q-id), where known",
    "host_wikidata": "the host's Wikidata item (Q-id), where known",
    "leaders": "every leader ID involved, separated by `|`",
    "city": "where it took or was to take place (may be empty)",
    "country": "ISO 3166-1 alpha-2 code of that place",
    "place_wikidata": "the place's Wikidata item (Q-id), where known",
    "summary": "our summary, as plain text",
    "first_reported": "date of the first timeline development",
    "last_update": "date of the latest timeline development",
    "source_ids": "the IDs of every source cited, separated by `|`",
    "source_urls": "the articles' addresses, where known, separated by `|`",
    "cameo": "the event's CAMEO code at its current status (see tracker/outputs/cameo.py)",
    "timeline_cameo": "the CAMEO code of each timeline development, oldest first, separated by `|`",
    "transport": "train, plane, car or ship: how the visitor travelled (may be empty)",
    "attendance": "how each leader took part, `leader:mode` or `leader:represented by NAME (ROLE)`, separated by `|`",
    "disputed_fields": "the facts on which sources disagree (date, place, status, attendance), separated by `|`",
}


_SHARED_CSV_FIELDS = (
    "id", "url", "title", "kind", "status", "date", "date_precision", "end", "visitor", "host", "cameo", "transport",
)
"""CSV columns taken as they are from the JSON record."""


def _nullable(value: object) -> str | None:
    return None if value is None else str(value)


def _wikidata(content: Content, leader_id: str | None) -> str:
    """A leader's Wikidata item for a CSV cell: empty when there is no such leader or no item."""
    return (content.leaders[leader_id].wikidata or "") if leader_id else ""


def _place_record(place: Place) -> dict[str, Any]:
    return {
        "city": place.city,
        "country": place.country,
        "country_name": country_name(place.country),
        "wikidata": place.wikidata,
    }


def _attendance_record(attendance: Attendance) -> dict[str, Any]:
    by = attendance.by
    return {
        "leader": attendance.leader,
        "mode": attendance.mode.value,
        "by": {"name": by.name, "role": by.role} if by else None,
    }


def _version_value(value: PartialDate | Place | Status | Attendance) -> Any:
    """A disputed version's value in the form the event's own field takes in the record."""
    if isinstance(value, Place):
        return _place_record(value)
    if isinstance(value, Attendance):
        return _attendance_record(value)
    if isinstance(value, Status):
        return value.value
    return str(value)


def _dispute_record(dispute: Dispute) -> dict[str, Any]:
    return {
        "field": dispute.field.value,
        "versions": [
            {"value": _version_value(version.value), "sources": list(version.sources), "note": version.note}
            for version in dispute.versions
        ],
    }


def attendance_cell(attendance: Attendance) -> str:
    """One leader's part for the CSV: `kim-jong-un:in-person`, `kim-jong-un:represented by NAME (ROLE)`.

    A `|` in a name or role becomes `/`, so the cell still splits at `|` (the JSON keeps it).
    """
    cell = f"{attendance.leader}:{attendance.mode.value}"
    if attendance.mode is AttendanceMode.REPRESENTED and attendance.by:
        name, role = (text.replace("|", "/") for text in (attendance.by.name, attendance.by.role))
        cell += f" by {name} ({role})"
    return cell


def event_record(event: Event, urls: Urls, content: Content) -> dict[str, Any]:
    return {
        "id": event.id,
        "url": urls.absolute(urls.event(event.id)),
        "title": event.title,
        "kind": event.kind.value,
        "status": event.status.value,
        "cameo": cameo_code(event, event.status, content),
        "date": str(event.date),
        "date_precision": event.date.precision.name.lower(),
        "end": _nullable(event.end),
        "visitor": event.visitor,
        "host": event.host,
        "leaders": list(event.leaders),
        "place": _place_record(event.place),
        "attendance": [_attendance_record(attendance) for attendance in event.attendance],
        "transport": event.transport.value if event.transport else None,
        "legs": [
            {"date": str(leg.date), "place": _place_record(leg.place), "note": leg.note} for leg in event.legs
        ],
        "disputed": [_dispute_record(dispute) for dispute in event.disputed],
        "summary": event.summary,
        "timeline": [
            {
                "date": str(entry.date),
                "status": entry.status.value,
                "cameo": cameo_code(event, entry.status, content),
                "note": entry.note,
                "quote": {"text": entry.quote.text, "by": entry.quote.by} if entry.quote else None,
                "claimed_by": entry.claimed_by,
                "sources": list(entry.sources),
            }
            for entry in event.timeline
        ],
        "sources": list(event.sources),
        "related": list(event.related),
    }


def leader_record(leader: Leader, urls: Urls) -> dict[str, Any]:
    return {
        "id": leader.id,
        "url": urls.absolute(urls.leader(leader.id)),
        "name": leader.name,
        "native_name": leader.native_name,
        "country": leader.country,
        "wikidata": leader.wikidata,
        "office": leader.office,
        "offices": [
            {"title": held.title, "from": _nullable(held.start), "to": _nullable(held.end)} for held in leader.offices
        ],
        "in_office": [{"from": _nullable(term.start), "to": _nullable(term.end)} for term in leader.in_office],
        "summary": leader.summary,
    }


def source_record(source: Source, urls: Urls) -> dict[str, Any]:
    return {
        "id": source.id,
        "url": urls.absolute(urls.source(source.id)),
        "publisher": source.publisher,
        "title": source.title,
        "published": str(source.published),
        "time": source.time,
        "author": source.author,
        "article_url": source.url,
        "language": source.language,
        "class": source.source_class.value if source.source_class else None,
        "archived_url": source.archived_url,
        "retrieved": _nullable(source.retrieved),
    }


def render_json(content: Content, settings: Settings, urls: Urls) -> bytes:
    return join_afresh(json_parts(content, settings, urls))


def json_parts(
    content: Content,
    settings: Settings,
    urls: Urls,
    keys: Mapping[str, str] | None = None,
    source_keys: Mapping[str, str] | None = None,
) -> Parts:
    """The JSON document, indented as orjson indents it whole, as fixed text and one piece
    an event and a source: `keys` (event ID -> a digest of the event and all it names) and
    `source_keys` (source ID -> its digest) let a rebuild take them from the last events.json."""
    home = {
        "format_version": FORMAT_VERSION,
        "title": settings.title,
        "description": settings.description,
        "home": urls.absolute(urls.home()),
    }
    parts: Parts = [orjson.dumps(home, option=orjson.OPT_INDENT_2).removesuffix(b"\n}")]
    events = content.events_in_order()
    sources = sorted(content.sources.values(), key=lambda s: (s.published.sort_key, s.id))
    leaders = [_json_element(leader_record(leader, urls)) for leader in content.leaders.values()]
    lists: list[tuple[str, int, bytes | Pieces]] = [
        ("events", len(events), Pieces(
            [f"json/{keys[event.id] if keys else event.id}" for event in events], "events.json",
            lambda position: _event_json(events[position], urls, content), _BETWEEN_ELEMENTS,
        )),
        ("leaders", len(leaders), _BETWEEN_ELEMENTS.join(leaders)),
        ("sources", len(sources), Pieces(
            [f"json-source/{source_keys[source.id] if source_keys else source.id}" for source in sources], "events.json",
            lambda position: _source_json(sources[position], urls), _BETWEEN_ELEMENTS,
        )),
    ]
    for name, count, elements in lists:
        parts.append(f',\n  "{name}": '.encode("utf-8"))
        parts += (b"[\n    ", elements, b"\n  ]") if count else (b"[]",)
    parts.append(b"\n}\n")
    return parts


_BETWEEN_ELEMENTS = b",\n    "
"""What separates two elements of one of the document's lists."""


def _json_element(record: dict[str, Any]) -> bytes:
    """A record as an element of one of the document's lists, indented as there."""
    return orjson.dumps(record, option=orjson.OPT_INDENT_2).replace(b"\n", b"\n    ")


def _event_json(event: Event, urls: Urls, content: Content) -> bytes:
    return _json_element(event_record(event, urls, content))


def _source_json(source: Source, urls: Urls) -> bytes:
    return _json_element(source_record(source, urls))


FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is run as a formula by spreadsheets (OWASP's CSV injection list)."""


def inert_cell(value: object) -> object:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading `'` (OWASP's rule)."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def render_csv(content: Content, settings: Settings, urls: Urls) -> bytes:
    """One row per event, oldest first; RFC 4180 quoting, CRLF line ends, UTF-8."""
    return join_afresh(csv_parts(content, settings, urls))


def csv_parts(content: Content, settings: Settings, urls: Urls, keys: Mapping[str, str] | None = None) -> Parts:
    """The CSV as its header and one piece a row; `keys` (event ID -> a digest of the event
    and all it names) lets a rebuild take the rows from the last events.csv."""
    events = content.events_in_order()
    rows = Pieces(
        [f"csv/{keys[event.id] if keys else event.id}" for event in events], "events.csv",
        lambda position: _csv_row(events[position], content, urls),
    )
    return [_csv_text(lambda writer: writer.writeheader()), rows]


def _csv_text(write: Callable[[csv.DictWriter[str]], object]) -> bytes:
    buffer = io.StringIO(newline="")
    write(csv.DictWriter(buffer, fieldnames=list(CSV_FIELDS), lineterminator="\r\n"))
    return buffer.getvalue().encode("utf-8")


def _csv_row(event: Event, content: Content, urls: Urls) -> bytes:
    record = event_record(event, urls, content)
    # The CSV is the JSON record flattened: lists joined with |, nothing as "".
    scalars = {name: "" if record[name] is None else record[name] for name in _SHARED_CSV_FIELDS}
    articles = (content.sources[s].url for s in event.sources)
    row = {
        **scalars,
        "leaders": "|".join(event.leaders),
        "city": event.place.city or "",
        "country": event.place.country,
        "place_wikidata": event.place.wikidata or "",
        "visitor_wikidata": _wikidata(content, event.visitor),
        "host_wikidata": _wikidata(content, event.host),
        "summary": markdown_to_text(event.summary),
        "first_reported": str(event.timeline[0].date),
        "last_update": str(event.timeline[-1].date),
        "source_ids": "|".join(event.sources),
        "source_urls": "|".join(url for url in articles if url),
        "timeline_cameo": "|".join(step["cameo"] for step in record["timeline"]),
        "attendance": "|".join(attendance_cell(attendance) for attendance in event.attendance),
        # attendance may be disputed once per leader; the column names each field once
        "disputed_fields": "|".join(dict.fromkeys(dispute.field.value for dispute in event.disputed)),
    }
    return _csv_text(lambda writer: writer.writerow({name: inert_cell(value) for name, value in row.items()}))
