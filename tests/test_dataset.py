"""events.json and events.csv: the whole dataset, sources included, documented in the README."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURE_CONTENT, REPO

from tracker.content.validate import validate_content
from tracker.outputs.dataset import CSV_FIELDS, inert_cell, render_csv, render_json
from tracker.outputs.urls import Urls
from tracker.settings import Settings

SETTINGS = Settings(title="Test tracker", base_url="/visits/")
URLS = Urls.from_base_url(SETTINGS.base_url)
README = (REPO / "README.md").read_text(encoding="utf-8")


def as_json() -> dict[str, Any]:
    return json.loads(render_json(validate_content(FIXTURE_CONTENT), SETTINGS, URLS))


def as_rows() -> list[dict[str, str]]:
    text = render_csv(validate_content(FIXTURE_CONTENT), SETTINGS, URLS).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_json_holds_every_event_with_its_timeline_and_the_sources_it_cites() -> None:
    data = as_json()
    assert data["format_version"] == 1
    assert [e["id"] for e in data["events"]] == ["victory-day-2015", "hostile-markup", "vladivostok-2019"]
    trip = data["events"][0]
    assert trip["status"] == "cancelled" and trip["date"] == "2015-05-09" and trip["date_precision"] == "day"
    assert trip["url"] == "/visits/events/victory-day-2015/"
    assert trip["place"] == {"city": "Moscow", "country": "RU", "country_name": "Russia", "wikidata": None}
    assert data["events"][2]["place"]["wikidata"] == "Q959"
    assert {leader["id"]: leader["wikidata"] for leader in data["leaders"]} == {"kim-jong-un": None, "vladimir-putin": "Q7747"}
    assert trip["timeline"][1] == {
        "date": "2015-04-30",
        "status": "cancelled",
        "cameo": "125",
        "note": "Called off ten days before.",
        "quote": {"text": "He will stay at home", "by": "A Spokesman"},
        "claimed_by": None,
        "sources": ["gazette-2015-05-01-trip-off"],
    }
    sources = {s["id"]: s for s in data["sources"]}
    assert sources["wire-2019-04-22-trip-announced"]["article_url"] == "https://example.org/wire/2019-04-22"
    assert sources["gazette-2015-05-01-trip-off"]["publisher"] == "Fixture Gazette"
    assert {s for e in data["events"] for s in e["sources"]} <= set(sources)
    assert [leader["id"] for leader in data["leaders"]] == ["kim-jong-un", "vladimir-putin"]


def test_csv_has_one_row_per_event_under_the_declared_header() -> None:
    rows = as_rows()
    assert list(rows[0]) == list(CSV_FIELDS)
    summit = rows[2]
    assert summit["id"] == "vladivostok-2019"
    assert (summit["date"], summit["date_precision"]) == ("2019-04", "month")
    assert summit["leaders"] == "kim-jong-un|vladimir-putin"
    assert (summit["place_wikidata"], summit["visitor_wikidata"], summit["host_wikidata"]) == ("Q959", "", "Q7747")
    # a disputed version's source is cited too
    assert summit["source_urls"] == "https://example.org/wire/2019-04-22|https://example.org/agency/2019-04-26"
    assert (summit["first_reported"], summit["last_update"]) == ("2019-04-22", "2019-04")
    assert rows[0]["summary"] == "A fixture trip that was called off."  # Markdown as plain text
    assert (summit["cameo"], summit["timeline_cameo"]) == ("042", "036|042")
    assert (rows[0]["cameo"], rows[0]["timeline_cameo"]) == ("125", "036|125")


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_every_json_and_csv_field_is_documented_in_the_readme() -> None:
    section = README.split("## Data downloads", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"`([a-z_]+)`", section))
    missing = sorted((_keys(as_json()) | set(CSV_FIELDS)) - documented)
    assert missing == []


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_a_cell_that_starts_like_a_formula_is_shown_as_text(cell: str) -> None:
    assert inert_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Summit", "2019-04", "", " =1", "a=1", 42])
def test_other_cells_are_left_as_they_are(cell: object) -> None:
    assert inert_cell(cell) == cell


def test_json_carries_attendance_journeys_and_disputes_as_the_pages_show_them() -> None:
    events = {event["id"]: event for event in as_json()["events"]}
    parade, summit = events["victory-day-2015"], events["vladivostok-2019"]
    assert parade["attendance"] == [
        {
            "leader": "kim-jong-un",
            "mode": "represented",
            "by": {"name": "A Fixture Envoy", "role": "Head of the fixture parliament"},
        },
        {"leader": "vladimir-putin", "mode": "in-person", "by": None},
    ]
    assert (parade["transport"], parade["legs"], parade["disputed"]) == (None, [], [])
    assert summit["transport"] == "train"
    assert [(leg["date"], leg["place"]["city"], leg["note"]) for leg in summit["legs"]] == [
        ("2019-04-24", "Khasan", "The train crosses the border."),
        ("2019-04-24", "Vladivostok", "Arrival by train."),
        ("2019-04-25", "Vladivostok", "The talks."),
    ]
    assert summit["legs"][1]["place"] == {"city": "Vladivostok", "country": "RU", "country_name": "Russia", "wikidata": "Q959"}
    assert summit["disputed"] == [
        {
            "field": "date",
            "versions": [
                {"value": "2019-04-25", "sources": ["wire-2019-04-22-trip-announced"], "note": "The wire gives the 25th."},
                {"value": "2019-04-26", "sources": ["agency-2019-04-26-summit-held"], "note": None},
            ],
        }
    ]
    assert [step["claimed_by"] for step in summit["timeline"]] == [None, "Fixture Wire's unnamed officials"]


def test_json_sources_say_what_kind_of_voice_with_their_archived_copy_and_leaders_their_offices() -> None:
    data = as_json()
    sources = {source["id"]: source for source in data["sources"]}
    agency = sources["agency-2019-04-26-summit-held"]
    assert (agency["class"], agency["retrieved"]) == ("agency", "2019-05-02")
    assert agency["archived_url"] == "https://web.archive.org/web/2019/https://example.org/agency/2019-04-26"
    assert sources["gazette-2015-05-01-trip-off"]["class"] == "official"
    wire = sources["wire-2019-04-22-trip-announced"]
    assert (wire["class"], wire["archived_url"], wire["retrieved"]) == (None, None, None)
    putin = next(leader for leader in data["leaders"] if leader["id"] == "vladimir-putin")
    assert putin["offices"] == [
        {"title": "President of Russia", "from": "2000-05", "to": "2008-05"},
        {"title": "Prime Minister of Russia", "from": "2008-05", "to": "2012-05"},
        {"title": "President of Russia", "from": "2012-05", "to": None},
    ]
    # the spans as president alone, derived, as before
    assert putin["in_office"] == [{"from": "2000-05", "to": "2008-05"}, {"from": "2012-05", "to": None}]


DISPUTES = """
disputed:
  - field: place
    versions:
      - {value: {city: Moscow, country: RU}, sources: [gazette-2015-05-01-trip-off]}
      - {value: {city: Vladivostok, country: RU, wikidata: Q959}, sources: [agency-2019-04-26-summit-held]}
  - field: status
    versions:
      - {value: cancelled, sources: [gazette-2015-05-01-trip-off]}
      - {value: postponed, sources: [agency-2019-04-26-summit-held], note: The agency says later.}
  - field: attendance
    versions:
      - {value: {leader: kim-jong-un, mode: absent}, sources: [gazette-2015-05-01-trip-off]}
      - value: {leader: kim-jong-un, mode: represented, by: {name: "=cmd|calc", role: An envoy (acting)}}
        sources: [agency-2019-04-26-summit-held]
  - field: attendance
    versions:
      - {value: {leader: vladimir-putin, mode: in-person}, sources: [gazette-2015-05-01-trip-off]}
      - {value: {leader: vladimir-putin, mode: video}, sources: [agency-2019-04-26-summit-held]}
"""


def test_each_disputed_version_keeps_the_form_of_its_field(content_dir: Path) -> None:
    parade_file = content_dir / "events" / "victory-day-2015.yaml"
    parade_file.write_text(parade_file.read_text(encoding="utf-8") + DISPUTES, encoding="utf-8")
    data = json.loads(render_json(validate_content(content_dir), SETTINGS, URLS))
    parade = data["events"][0]
    values = {(d["field"], i): [v["value"] for v in d["versions"]] for i, d in enumerate(parade["disputed"])}
    assert values == {
        ("place", 0): [
            {"city": "Moscow", "country": "RU", "country_name": "Russia", "wikidata": None},
            {"city": "Vladivostok", "country": "RU", "country_name": "Russia", "wikidata": "Q959"},
        ],
        ("status", 1): ["cancelled", "postponed"],
        ("attendance", 2): [
            {"leader": "kim-jong-un", "mode": "absent", "by": None},
            {"leader": "kim-jong-un", "mode": "represented", "by": {"name": "=cmd|calc", "role": "An envoy (acting)"}},
        ],
        ("attendance", 3): [
            {"leader": "vladimir-putin", "mode": "in-person", "by": None},
            {"leader": "vladimir-putin", "mode": "video", "by": None},
        ],
    }
    assert parade["disputed"][1]["versions"][1]["note"] == "The agency says later."
    # a version's sources count as the event's
    assert "agency-2019-04-26-summit-held" in parade["sources"]


ATTENDANCE_CELL = re.compile(r"^(?P<leader>[a-z0-9-]+):(?P<mode>[a-z-]+)(?: by (?P<name>.*?) \((?P<role>.*)\))?$")
"""How README tells a researcher to read an `attendance` cell back."""


def _attendance(cell: str) -> list[dict[str, str | None]]:
    parsed = [ATTENDANCE_CELL.match(part) for part in cell.split("|")] if cell else []
    assert all(parsed), cell
    return [match.groupdict() for match in parsed if match]


def test_csv_says_how_each_leader_took_part_how_they_travelled_and_what_is_disputed() -> None:
    parade, hostile, summit = as_rows()
    assert _attendance(parade["attendance"]) == [
        {"leader": "kim-jong-un", "mode": "represented", "name": "A Fixture Envoy", "role": "Head of the fixture parliament"},
        {"leader": "vladimir-putin", "mode": "in-person", "name": None, "role": None},
    ]
    assert (parade["transport"], parade["disputed_fields"]) == ("", "")
    assert (summit["transport"], summit["disputed_fields"]) == ("train", "date")
    assert _attendance(summit["attendance"]) == [
        {"leader": leader, "mode": "in-person", "name": None, "role": None} for leader in ("kim-jong-un", "vladimir-putin")
    ]
    # markup is data here, not HTML: the cell keeps it as written
    assert _attendance(hostile["attendance"])[0]["role"] == "<script>alert(4)</script>"


def test_csv_names_each_disputed_field_once_and_keeps_a_stand_in_readable(content_dir: Path) -> None:
    parade_file = content_dir / "events" / "victory-day-2015.yaml"
    text = parade_file.read_text(encoding="utf-8").replace("name: A Fixture Envoy", 'name: "=HYPERLINK(1)|x"')
    parade_file.write_text(text + DISPUTES, encoding="utf-8")
    csv_text = render_csv(validate_content(content_dir), SETTINGS, URLS).decode("utf-8")
    parade = next(csv.DictReader(io.StringIO(csv_text, newline="")))
    assert parade["disputed_fields"] == "place|status|attendance"
    # the cell starts with the leader's ID, never with the name, so no formula can lead it;
    # a | in the name would split the cell, so it is written as /
    assert parade["attendance"].startswith("kim-jong-un:")
    assert _attendance(parade["attendance"])[0]["name"] == "=HYPERLINK(1)/x"


def test_json_keeps_its_layout_two_spaces_a_level_and_text_as_written() -> None:
    """Researchers diff one release of the file against the next: the layout is the standard one."""
    document = render_json(validate_content(FIXTURE_CONTENT), SETTINGS, URLS).decode("utf-8")
    assert document == json.dumps(json.loads(document), ensure_ascii=False, indent=2) + "\n"
    assert '"title": "<script>alert(\\"title\\")</script> & friends"' in document


def test_json_keeps_its_layout_with_no_events_and_no_sources(tmp_path: Path) -> None:
    """The lists are joined from one piece an entry; an empty one is written as the standard layout writes it."""
    for folder in ("events", "sources"):
        (tmp_path / folder).mkdir()
    shutil.copytree(FIXTURE_CONTENT / "leaders", tmp_path / "leaders")
    document = render_json(validate_content(tmp_path), SETTINGS, URLS).decode("utf-8")
    assert document == json.dumps(json.loads(document), ensure_ascii=False, indent=2) + "\n"
    assert json.loads(document)["events"] == [] and len(json.loads(document)["leaders"]) == 2
