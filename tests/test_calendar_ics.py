"""The calendar, read back with the icalendar library as a calendar app would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from conftest import FIXTURE_CONTENT, rewind_to_confirmed

from tracker.content.validate import validate_content
from tracker.outputs.calendar_ics import escape_text, fold, render_ics
from tracker.outputs.urls import Urls
from tracker.settings import Settings

SETTINGS = Settings(title="Test tracker", base_url="https://example.org/visits/")


def events(content: Path = FIXTURE_CONTENT, settings: Settings = SETTINGS) -> dict[str, icalendar.Event]:
    data = render_ics(validate_content(content), settings, Urls.from_base_url(settings.base_url))
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]).split("@")[0]: e for e in calendar.walk("VEVENT")}


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


def test_the_uid_is_the_event_id_at_the_sites_address() -> None:
    assert sorted(str(e["UID"]) for e in events().values()) == [
        "hostile-markup@example.org/visits", "victory-day-2015@example.org/visits", "vladivostok-2019@example.org/visits"
    ]
    at_root = events(settings=Settings(base_url="/", cname="visits.example.net"))
    assert str(at_root["vladivostok-2019"]["UID"]) == "vladivostok-2019@visits.example.net"
    assert str(events(settings=Settings(base_url="/"))["vladivostok-2019"]["UID"]) == "vladivostok-2019@visit-tracker"


def test_the_dtstamp_is_the_latest_report_even_when_a_coarser_date_comes_last() -> None:
    # vladivostok-2019: announced 22 April 2019, then held "April 2019".
    assert events()["vladivostok-2019"]["DTSTAMP"].dt == dt.datetime(2019, 4, 22, tzinfo=dt.timezone.utc)


def test_a_cancellation_replaces_the_confirmed_visit_in_a_subscribed_calendar(content_dir: Path) -> None:
    """A calendar app keeps the copy with the higher SEQUENCE for the same UID (RFC 5546 2.1.5)."""
    path = content_dir / "events" / "victory-day-2015.yaml"
    text = path.read_text(encoding="utf-8")
    rewind_to_confirmed(content_dir)
    before = events(content_dir)["victory-day-2015"]
    path.write_text(text, encoding="utf-8")
    after = events(content_dir)["victory-day-2015"]
    assert str(before["UID"]) == str(after["UID"])
    assert (int(before["SEQUENCE"]), str(before["STATUS"])) == (0, "CONFIRMED")
    assert (int(after["SEQUENCE"]), str(after["STATUS"])) == (1, "CANCELLED")
    assert after["DTSTAMP"].dt > before["DTSTAMP"].dt


def test_every_line_break_is_escaped_so_no_value_starts_a_property() -> None:
    assert escape_text("a\r\nb\rc\nd") == "a\\nb\\nc\\nd"
    assert escape_text("x;y,z\\") == "x\\;y\\,z\\\\"
