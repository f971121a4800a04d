"""Lead and lag: each phrase from its dates, honest about what the dates can tell."""

from __future__ import annotations

import pytest

from tracker.content.model import Event, Kind, Origin, PartialDate, Place, Status, TimelineEntry
from tracker.outputs.lead_lag import ahead, called_off, gap_between, interval, invited_then_held, lead_lag

D = PartialDate.parse


@pytest.mark.parametrize(
    ("earlier", "later", "expected"),
    [
        ("2015-04-30", "2015-05-09", "9 days"),
        ("2015-05-08", "2015-05-09", "1 day"),
        ("2015-05-09", "2015-05-09", "0 days"),
        ("2015-01-28", "2015-05-09", "101 days"),
        # a month on either side: no day count, an approximation
        ("2015-01", "2015-05-09", "about 4 months"),
        ("2019-03", "2019-04", "about 4 weeks"),
        ("2019-03-30", "2019-04", "about 2 weeks"),
        ("2019-02", "2019-04-30", "about 11 weeks"),
        ("2018-09", "2019-04", "about 7 months"),
        ("2018-04", "2019-04", "about 12 months"),
        ("2019-04", "2024-06-19", "about 5 years"),
        # a year on either side: years
        ("2018", "2019-04", "about a year"),
        ("2015", "2018-06-12", "about 3 years"),
        # the same month or year, or the wrong way round: unknown
        ("2019-04-22", "2019-04", None),
        ("2019", "2019-04-25", None),
        ("2015-05-10", "2015-05-09", None),
    ],
)
def test_the_gap_is_as_fine_as_the_coarser_date(earlier: str, later: str, expected: str | None) -> None:
    gap = gap_between(D(earlier), D(later))
    assert (gap.text if gap else None) == expected


def test_only_two_days_give_an_exact_count() -> None:
    exact, approximate = gap_between(D("2015-01-28"), D("2015-05-09")), gap_between(D("2015-01"), D("2015-05-09"))
    assert exact is not None and approximate is not None
    assert (exact.days, approximate.days) == (101, None)


@pytest.mark.parametrize(
    ("earlier", "later", "expected"),
    [
        ("2019-04-25", "2019-05-20", "25 days"),
        ("2019-04-25", "2023-09-13", "about 4 years"),
        ("2019-04-25", "2020-02-01", "about 10 months"),
        ("2018-06-12", "2019-04-25", "about 10 months"),
        ("2019-04", "2024-06-19", "about 5 years"),
        ("2019-04", "2019-04-25", None),
    ],
)
def test_an_interval_between_meetings_is_in_the_unit_a_reader_thinks_in(earlier: str, later: str, expected: str | None) -> None:
    assert interval(D(earlier), D(later)) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (ahead("confirmed", D("2015-01-28"), D("2015-05-09")), "confirmed 101 days ahead"),
        (ahead("announced", D("2019-04-24"), D("2019-04-25")), "announced the day before"),
        (ahead("announced", D("2019-04-25"), D("2019-04-25")), "announced on the day"),
        (ahead("confirmed", D("2015-01"), D("2015-05-09")), "confirmed about 4 months ahead"),
        (ahead("announced", D("2019-04-22"), D("2019-04")), None),
        (called_off("cancelled", D("2015-04-30"), D("2015-05-09")), "cancelled 9 days before"),
        (called_off("postponed", D("2015-05-08"), D("2015-05-09")), "postponed the day before"),
        (called_off("declined", D("2025-05-09"), D("2025-05-09")), "declined on the day"),
        (called_off("declined", D("2025-05-10"), D("2025-05-09")), "declined the day after it was due"),
        (called_off("cancelled", D("2015-06"), D("2015-05-09")), "cancelled about 5 weeks after it was due"),
        (called_off("cancelled", D("2015-05"), D("2015-05-09")), None),
        (invited_then_held(D("2018-09"), D("2019-04")), "invited in September 2018, held in April 2019 (about 7 months later)"),
        (invited_then_held(D("2018"), D("2019-04-25")), "invited in 2018, held on 25 April 2019 (about a year later)"),
        (invited_then_held(D("2019-04"), D("2019-04-25")), None),
    ],
)
def test_phrases(phrase: str | None, expected: str | None) -> None:
    assert phrase == expected


def event(date: str, status: Status, steps: list[tuple[str, Status]]) -> Event:
    origin = Origin("x.yaml", 1)
    return Event(
        id="x", title="X", kind=Kind.VISIT, status=status, date=D(date), place=Place("RU"), summary="",
        timeline=tuple(TimelineEntry(D(day), step, "", ("s",), origin) for day, step in steps), origin=origin,
    )


@pytest.mark.parametrize(
    ("date", "status", "steps", "notes", "short"),
    [
        (
            "2015-05-09", Status.CANCELLED,
            [("2015-01-28", Status.CONFIRMED), ("2015-04-30", Status.CANCELLED)],
            ["confirmed 101 days ahead", "cancelled 9 days before"], "cancelled 9 days before",
        ),
        (
            "2019-04", Status.HELD,
            [("2018-09", Status.INVITED), ("2019-04-18", Status.ANNOUNCED), ("2019-04", Status.HELD)],
            ["invited in September 2018, held in April 2019 (about 7 months later)"], "invited about 7 months ahead",
        ),
        (
            "2019-04-25", Status.HELD,
            [("2019-04-18", Status.ANNOUNCED), ("2019-04-24", Status.CONFIRMED), ("2019-04-25", Status.HELD)],
            ["announced 7 days ahead", "confirmed the day before"], "confirmed the day before",
        ),
        # postponed then cancelled: the cancellation is what ended it
        (
            "2020-06-01", Status.CANCELLED,
            [("2020-03-01", Status.POSTPONED), ("2020-05-20", Status.CANCELLED)],
            ["cancelled 12 days before"], "cancelled 12 days before",
        ),
        # nothing measurable: a rumour; and a decline, dated by the day the leader stayed away
        ("2019", Status.RUMOURED, [("2019", Status.RUMOURED)], [], None),
        ("2025-05-09", Status.DECLINED, [("2025-03", Status.INVITED), ("2025-05-09", Status.DECLINED)],
         ["invited about 8 weeks ahead"], "invited about 8 weeks ahead"),
    ],
)
def test_an_events_lead_and_lag_come_from_its_timeline(
    date: str, status: Status, steps: list[tuple[str, Status]], notes: list[str], short: str | None
) -> None:
    result = lead_lag(event(date, status, steps))
    assert (list(result.notes), result.short) == (notes, short)
