import datetime as dt

import pytest

from tracker.content.model import DatePrecision, PartialDate, Status


@pytest.mark.parametrize(
    ("text", "precision", "shown"),
    [
        ("2015", DatePrecision.YEAR, "2015"),
        ("2015-05", DatePrecision.MONTH, "May 2015"),
        ("2015-05-09", DatePrecision.DAY, "9 May 2015"),
        ("2024-02-29", DatePrecision.DAY, "29 February 2024"),
    ],
)
def test_a_date_keeps_and_shows_its_precision(text: str, precision: DatePrecision, shown: str) -> None:
    date = PartialDate.parse(text)
    assert date.precision is precision
    assert date.display() == shown
    assert str(date) == text


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        ("2000-07-19", "2000-07-20", "19"),
        ("2001-07-26", "2001-08-18", "26 July"),
        ("2018-12-30", "2019-01-02", "30 December 2018"),
        ("2015-05", "2015-05-09", "May 2015"),
        ("2015-05-09", "2015-05", "9 May 2015"),
    ],
)
def test_the_start_of_a_span_leaves_out_what_its_end_repeats(start: str, end: str, shown: str) -> None:
    assert PartialDate.parse(start).display_until(PartialDate.parse(end)) == shown


@pytest.mark.parametrize(
    ("text", "when"), [("2015", "in 2015"), ("2015-05", "in May 2015"), ("2015-05-09", "on 9 May 2015")]
)
def test_a_date_takes_the_preposition_of_its_precision(text: str, when: str) -> None:
    assert PartialDate.parse(text).display_when() == when


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2015-02-30", "'2015-02-30' is not a real day (February 2015 has 28 days)"),
        ("2023-02-29", "'2023-02-29' is not a real day (February 2023 has 28 days)"),
        ("2015-13", "'2015-13' has no month 13 (months run 01-12)"),
        ("9 May 2015", "'9 May 2015' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2015-5-9", "'2015-5-9' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
    ],
)
def test_an_impossible_date_is_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(ValueError) as error:
        PartialDate.parse(text)
    assert str(error.value) == message


def test_a_coarser_date_sorts_before_finer_dates_in_its_period() -> None:
    dates = [PartialDate.parse(t) for t in ["2015-05-09", "2015-05", "2015", "2014-12-31", "2015-04-30"]]
    assert [str(d) for d in sorted(dates, key=lambda d: d.sort_key)] == [
        "2014-12-31", "2015", "2015-04-30", "2015-05", "2015-05-09",
    ]


def test_a_partial_date_spans_its_whole_period_as_dates_not_datetimes() -> None:
    month = PartialDate.parse("2024-02")
    assert (month.first_day(), month.last_day()) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert month.contains(PartialDate.parse("2024-02-29"))
    assert not month.contains(PartialDate.parse("2024"))
    assert type(month.first_day()) is dt.date


def test_status_maps_onto_schema_org_and_icalendar() -> None:
    assert Status.DECLINED.schema_org == "https://schema.org/EventCancelled"
    assert Status.POSTPONED.schema_org == "https://schema.org/EventPostponed"
    assert Status.HELD.schema_org == "https://schema.org/EventScheduled"
    assert [s.icalendar for s in (Status.RUMOURED, Status.HELD, Status.CANCELLED)] == [
        "TENTATIVE", "CONFIRMED", "CANCELLED",
    ]
    assert {s for s in Status if s.called_off} == {Status.CANCELLED, Status.DECLINED, Status.POSTPONED}


def test_a_leader_is_in_office_only_within_one_of_their_spans() -> None:
    from tracker.content.model import Leader, Office, Origin

    president, prime_minister = "President of Russia", "Prime Minister of Russia"
    putin = Leader(
        id="vladimir-putin", name="Vladimir Putin", country="RU", office=president, summary="",
        origin=Origin("x.yaml", 1),
        offices=(
            Office(president, PartialDate.parse("2000-05"), PartialDate.parse("2008-05")),
            Office(prime_minister, PartialDate.parse("2008-05"), PartialDate.parse("2012-05")),
            Office(president, PartialDate.parse("2012-05"), None),
        ),
    )
    # In office means in the office the site tracks him in: his years as prime minister are not.
    assert [putin.in_office_on(PartialDate.parse(d)) for d in ["2005-05-09", "2011-08", "2008-05", "2025", "1999"]] == [
        True, False, True, True, False,
    ]
    assert [o.title for o in putin.offices_on(PartialDate.parse("2011-08-24"))] == [prime_minister]
    # A month-precision handover overlaps both offices; the page must not pick one silently.
    assert [o.title for o in putin.offices_on(PartialDate.parse("2008-05"))] == [president, prime_minister]
