"""The calendar, read back with the icalendar library as a calendar app would."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from conftest import FIXTURE_CONTENT
from tracker.calendar_ics import escape_text, fold, render_ics
from tracker.settings import Settings
from tracker.urls import Urls
from tracker.validate import load_content

SETTINGS = Settings(title="Test tracker", base_url="https://example.org/visits/")


def events() -> dict[str, icalendar.Event]:
    data = render_ics(load_content(FIXTURE_CONTENT), SETTINGS, Urls.from_base_url(SETTINGS.base_url))
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]).removesuffix("@visit-tracker"): e for e in calendar.walk("VEVENT")}


def test_one_calendar_event_per_event_with_our_status() -> None:
    found = events()
    assert sorted(found) == ["hostile-markup", "victory-day-2015", "vladivostok-2019"]
    assert {uid: str(e["STATUS"]) for uid, e in found.items()} == {
        "hostile-markup": "TENTATIVE",
        "victory-day-2015": "CANCELLED",
        "vladivostok-2019": "CONFIRMED",
    }


def test_a_day_precise_event_is_one_all_day_event() -> None:
    trip = events()["victory-day-2015"]
    assert trip["DTSTART"].dt == dt.date(2015, 5, 9)
    assert trip["DTEND"].dt == dt.date(2015, 5, 10)
    assert str(trip["SUMMARY"]) == "Planned trip to the Victory Day parade"
    assert str(trip["LOCATION"]) == "Moscow, Russia"
    assert str(trip["URL"]) == "https://example.org/visits/events/victory-day-2015/"
    assert trip["DTSTAMP"].dt == dt.datetime(2015, 4, 30, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("uid", "summary", "start", "end"),
    [
        ("vladivostok-2019", "Summit in Vladivostok (April 2019, day not known)", dt.date(2019, 4, 1), dt.date(2019, 5, 1)),
        ("hostile-markup", '<script>alert("title")</script> & friends (2019, day not known)', dt.date(2019, 1, 1), dt.date(2020, 1, 1)),
    ],
)
def test_a_coarser_date_says_so_and_spans_its_period_rather_than_pretend_a_day(
    uid: str, summary: str, start: dt.date, end: dt.date
) -> None:
    event = events()[uid]
    assert str(event["SUMMARY"]) == summary
    assert (event["DTSTART"].dt, event["DTEND"].dt) == (start, end)


def test_long_lines_fold_at_75_octets_without_splitting_a_character() -> None:
    line = "DESCRIPTION:" + "김정은 " * 40
    folded = fold(line).split("\r\n ")
    assert all(len(part.encode("utf-8")) <= 75 for part in folded)
    assert "".join(folded) == line


def test_every_line_break_is_escaped_so_no_value_starts_a_property() -> None:
    assert escape_text("a\r\nb\rc\nd") == "a\\nb\\nc\\nd"
    assert escape_text("x;y,z\\") == "x\\;y\\,z\\\\"
