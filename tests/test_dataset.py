"""events.json and events.csv: the whole dataset, sources included, documented in the README."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import pytest

from conftest import FIXTURE_CONTENT, REPO
from tracker.dataset import CSV_FIELDS, inert_cell, render_csv, render_json
from tracker.settings import Settings
from tracker.urls import Urls
from tracker.validate import load_content

SETTINGS = Settings(title="Test tracker", base_url="/visits/")
URLS = Urls.from_base_url(SETTINGS.base_url)
README = (REPO / "README.md").read_text(encoding="utf-8")


def as_json() -> dict[str, Any]:
    return json.loads(render_json(load_content(FIXTURE_CONTENT), SETTINGS, URLS))


def as_rows() -> list[dict[str, str]]:
    text = render_csv(load_content(FIXTURE_CONTENT), SETTINGS, URLS).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_json_holds_every_event_with_its_timeline_and_the_sources_it_cites() -> None:
    data = as_json()
    assert data["format_version"] == 1
    assert [e["id"] for e in data["events"]] == ["victory-day-2015", "hostile-markup", "vladivostok-2019"]
    trip = data["events"][0]
    assert trip["status"] == "cancelled" and trip["date"] == "2015-05-09" and trip["date_precision"] == "day"
    assert trip["url"] == "/visits/events/victory-day-2015/"
    assert trip["place"] == {"city": "Moscow", "country": "RU", "country_name": "Russia"}
    assert trip["timeline"][1] == {
        "date": "2015-04-30",
        "status": "cancelled",
        "note": "Called off ten days before.",
        "quote": {"text": "He will stay at home", "by": "A Spokesman"},
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
    # a disputed version's source is cited too
    assert summit["source_urls"] == "https://example.org/wire/2019-04-22|https://example.org/agency/2019-04-26"
    assert (summit["first_reported"], summit["last_update"]) == ("2019-04-22", "2019-04")
    assert rows[0]["summary"] == "A fixture trip that was called off."  # Markdown as plain text


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
