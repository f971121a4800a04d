"""Dates in a sentence, resolved against the publication date, precision kept honest."""

from __future__ import annotations

import pytest

from tracker.content.model import PartialDate
from tracker.ingest.rules import Rules
from tracker.ingest.when import find_dates


@pytest.mark.parametrize(
    ("sentence", "published", "future", "kind", "date"),
    [
        ("The Kremlin confirmed the visit on Wednesday.", "2015-01-28", False, "weekday", "2015-01-28"),
        ("The two leaders held talks on Tuesday.", "2019-04-26", False, "weekday", "2019-04-23"),
        ("They will hold talks on Thursday.", "2019-04-24", True, "weekday", "2019-04-25"),
        ("Kim will travel to Russia in May.", "2015-01-28", True, "month", "2015-05"),
        ("Kim will travel to Russia in January.", "2015-11-20", True, "month", "2016-01"),
        ("Kim visited Russia last month.", "2015-05-01", False, "relative", "2015-04"),
        ("Kim will visit Russia in the coming days.", "2023-09-11", True, "relative", "2023-09"),
        # The same near time told other ways: the page's month.
        ("The chancellor will tour Poland over the coming days.", "2025-05-12", True, "relative", "2025-05"),
        ("The two presidents are to meet in the next few days.", "2021-03-04", True, "relative", "2021-03"),
        ("A summit in Hanoi is expected in the weeks ahead.", "2019-01-15", True, "relative", "2019-01"),
        ("Talks should follow within the next weeks.", "2019-01-15", True, "relative", "2019-01"),
        ("Kim will visit Russia later this month.", "2011-08-19", True, "relative", "2011-08"),
        ("He will miss the parade on 9 May.", "2015-05-01", True, "day", "2015-05-09"),
        ("Russia marks the day every year on May 9.", "2015-01-28", False, "day", "2015-05-09"),
        ("Putin will visit on 18-19 June.", "2024-06-17", True, "range", "2024-06-18"),
        ("Kim travelled to Russia last September.", "2024-06-17", False, "month", "2023-09"),
        ("It is his first trip since 2019.", "2023-09-11", False, "year", "2019"),
        ("Putin will visit on 18 and 19 June.", "2024-06-17", True, "range", "2024-06-18"),
        ("Putin will visit from 18 to 19 June.", "2024-06-17", True, "range", "2024-06-18"),
        ("They will meet on the 25th.", "2019-04-18", True, "day", "2019-04-25"),
        ("They will meet on the 5th.", "2019-04-18", True, "day", "2019-05-05"),
        ("They met on the 16th.", "2019-04-18", False, "day", "2019-04-16"),
        ("They met yesterday.", "2019-04-18", False, "relative", "2019-04-17"),
        ("His train arrived in Russia earlier in the day.", "2023-09-12", False, "relative", "2023-09-12"),
        ("Kim will visit Russia on the 25th of April.", "2019-04-18", True, "day", "2019-04-25"),
        ("Kim will visit Russia on 25.04.2019.", "2019-04-18", True, "full", "2019-04-25"),
        ("Kim will visit Russia on April 25th, 2019.", "2019-04-18", True, "full", "2019-04-25"),
        # The present of a timetable after the weekday puts it ahead too.
        ("On Sunday the official programme opens with a wreath-laying.", "2018-09-01", False, "weekday", "2018-09-02"),
        ("On Sunday the two leaders opened their talks.", "2018-09-01", False, "weekday", "2018-08-26"),
        # Leaving for a place in the present is a timetable too, as departing is; left, the day gone by.
        ("The chancellor leaves for Beijing on Saturday.", "2024-06-20", False, "weekday", "2024-06-22"),
        ("The chancellor left for Beijing on Saturday.", "2024-06-20", False, "weekday", "2024-06-15"),
        # A season is known to its year: the next spring after December is the next year's,
        # the next autumn after March this year's, last summer in December this year's.
        ("Xi will visit Moscow next spring.", "2022-12-30", True, "year", "2023"),
        ("Xi will visit Moscow next autumn.", "2023-03-10", True, "year", "2023"),
        ("Xi visited Moscow last summer.", "2022-12-30", False, "year", "2022"),
        ("Xi visited Moscow last winter.", "2023-03-10", False, "year", "2022"),
        ("Xi will visit Moscow in the spring.", "2023-01-10", True, "year", "2023"),
        # A trip put off to a month is put off to one still ahead, told in the past or not.
        ("Macron's trip to Beijing was put off to January.", "2023-11-20", False, "month", "2024-01"),
        ("The visit, delayed once already, was postponed to May.", "2024-08-03", False, "month", "2025-05"),
        # A year after "of" is a span's or a trip's year, not another thing's ("the flood of 2021").
        ("Xi will visit Moscow by the end of 2024.", "2023-03-10", True, "year", "2024"),
        ("He recalled the visit of 2019.", "2023-03-10", False, "year", "2019"),
        ("He has leaned on Moscow since the flood of 2021.", "2023-03-10", False, "year", "None"),
    ],
)
def test_relative_dates(rules: Rules, sentence: str, published: str, future: bool, kind: str, date: str) -> None:
    mentions = find_dates(sentence, PartialDate.parse(published), rules, future)
    assert [(m.kind, str(m.date)) for m in mentions] == [(kind, date)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He asked the Chancellor to come to Delhi as soon as possible.",
        "She would travel to Lima as soon as the storms were over.",
    ],
)
def test_as_soon_as_is_a_condition_not_a_time(rules: Rules, sentence: str) -> None:
    """"as soon as possible", "as soon as the storms were over": no day is settled, where
    "soon" alone is the page's month."""
    assert find_dates(sentence, PartialDate.parse("2021-05-04"), rules, True) == []
    soon = find_dates("She would travel to Lima soon.", PartialDate.parse("2021-05-04"), rules, True)
    assert [(m.kind, str(m.date)) for m in soon] == [("relative", "2021-05")]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("celebrations marking the 70th anniversary of the end of the Second World War", "2015-05-09"),
        ("ceremonies to mark the 70th anniversary of the Soviet Union's victory over Nazi Germany", "2015-05-09"),
        ("Kim opted not to attend Russia's 80th Victory Day anniversary of World War II.", "2025-05-09"),
        ("the parade, which celebrated the 75th anniversary of the regime's founding", "2023-09-09"),
    ],
)
def test_anniversaries_count_from_the_occasion(rules: Rules, sentence: str, date: str) -> None:
    mentions = [m for m in find_dates(sentence, None, rules, False) if m.kind == "anniversary"]
    assert [str(m.date) for m in mentions] == [date]


def test_said_on_a_weekday_dates_the_report_not_the_event(rules: Rules) -> None:
    (mention,) = find_dates("Kim will visit Russia, the Kremlin said on Monday.", PartialDate.parse("2023-09-13"), rules, True)
    assert mention.reporting and str(mention.date) == "2023-09-11"


@pytest.mark.parametrize(
    ("sentence", "reporting"),
    [
        ("The Kremlin said in a statement on Monday that Kim would come.", True),
        # A statement signed is the news, not a report of it.
        ("Putin and Kim signed a joint statement in Pyongyang on Monday.", False),
    ],
)
def test_a_statement_on_a_weekday(rules: Rules, sentence: str, reporting: bool) -> None:
    (mention,) = find_dates(sentence, PartialDate.parse("2024-06-19"), rules, False)
    assert mention.reporting is reporting


def test_without_a_publication_date_relative_dates_stay_unresolved(rules: Rules) -> None:
    (mention,) = find_dates("The Kremlin on Wednesday confirmed it.", None, rules, False)
    assert mention.date is None


def test_a_weekday_opening_a_sentence_looks_ahead_with_the_verb_after_it(rules: Rules) -> None:
    # Tuesday's page: "On Wednesday he will hold talks" is the next day, not six days before.
    (mention,) = find_dates("On Wednesday he will hold talks with Xi Jinping.", PartialDate.parse("2024-05-14"), rules, True)
    assert str(mention.date) == "2024-05-15"


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin on Tuesday arrived in Beijing for a state visit.",  # American wire copy's order
        "Putin is on Tuesday in Beijing arrived.",  # a clause closing on its verb, as glossed German
    ],
)
def test_a_day_before_the_verb_of_arrival_is_the_arrivals_day(rules: Rules, sentence: str) -> None:
    (mention,) = find_dates(sentence, PartialDate.parse("2024-05-15"), rules, False)
    assert (str(mention.date), mention.arrival) == ("2024-05-14", True)


@pytest.mark.parametrize(
    ("sentence", "since"),
    [
        # A weekday in a "since" clause is where a span starts, a leader's title between
        # commas no end of the clause.
        ("He is the first to come since the summit with Kim, North Korea's leader, at Panmunjom on Friday.", True),
        ("He is the first to come since the summit at Panmunjom on Friday.", True),
        ("The talks were held in Seoul on Wednesday.", False),
        ("It is odd, since Moon lands in Washington on Monday.", False),
    ],
)
def test_a_weekday_in_a_since_clause_is_a_starting_point(rules: Rules, sentence: str, since: bool) -> None:
    (mention,) = find_dates(sentence, PartialDate.parse("2018-05-02"), rules, False)
    assert (mention.kind, mention.since) == ("weekday", since)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The state visit was to take place in the second half of 2017.", "2017"),
        ("The summit will be held in the first half of May.", "2017-05"),
    ],
)
def test_a_half_of_a_named_year_is_that_year(rules: Rules, sentence: str, date: str) -> None:
    (mention,) = find_dates(sentence, PartialDate.parse("2017-06-11"), rules, True)
    assert str(mention.date) == date


@pytest.mark.parametrize(
    "sentence",
    [
        "The chancellor (left) is greeted by the prime minister (right) at the palace on Thursday.",
        "The king (second from left) and the president (centre) walked to the palace on Thursday.",
    ],
)
def test_a_photos_left_or_right_is_no_leaving(rules: Rules, sentence: str) -> None:
    """A caption's "(left)" says where someone stands: the day is not a departure's."""
    (mention,) = find_dates(sentence, PartialDate.parse("2024-03-08"), rules, False)
    assert (str(mention.date), mention.departure) == ("2024-03-07", False)


def test_leaving_on_a_weekday_is_still_a_departure(rules: Rules) -> None:
    (mention,) = find_dates("The chancellor left the capital on Thursday.", PartialDate.parse("2024-03-08"), rules, False)
    assert mention.departure


@pytest.mark.parametrize(
    "sentence",
    [
        "The emir was received in Doha, according to a Monday report of the state news agency.",
        "The visit was confirmed in a Monday statement by the palace.",
    ],
)
def test_a_weekday_before_a_report_dates_the_report(rules: Rules, sentence: str) -> None:
    (mention,) = find_dates(sentence, PartialDate.parse("2024-03-12"), rules, False)
    assert mention.reporting


def test_a_weekday_on_a_page_dated_to_its_month_is_that_month(rules: Rules) -> None:
    """No day to count from: "on Sunday" is a day of the page's month, known to the month."""
    (mention,) = find_dates("The president will attend the ceremony on Sunday.", PartialDate.parse("2022-12"), rules, True)
    assert str(mention.date) == "2022-12"


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        # A page dated to its month alone: the numbered day of that month, a Friday.
        ("The two presidents met this Friday (12) in Lima.", "2021-03", "2021-03-12"),
        # A page of the first days of a month: the Sunday (28) is the month before's.
        ("The leaders held talks on Sunday (28), officials said.", "2021-03-02", "2021-02-28"),
        # A day's page: the day written out, though the page is a week on.
        ("They will sign the accord on Wednesday (17).", "2021-03-10", "2021-03-17"),
    ],
)
def test_a_weekday_with_its_day_of_the_month_in_brackets_is_that_day(
    rules: Rules, sentence: str, published: str, date: str
) -> None:
    (mention,) = find_dates(sentence, PartialDate.parse(published), rules, "will" in sentence)
    assert (mention.kind, str(mention.date)) == ("day", date)


def test_a_weekday_whose_bracketed_number_falls_on_another_day_is_a_weekday_still(rules: Rules) -> None:
    # "(14)" is no Friday near March 2021: a count or a note, not the day, so the weekday alone.
    (mention,) = find_dates("The two presidents met this Friday (14) in Lima.", PartialDate.parse("2021-03"), rules, False)
    assert mention.kind == "weekday" and str(mention.date) == "2021-03"


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        # The Brazilian style: day, month's short name and year joined by dots, in brackets
        # after the weekday; it needs no page date to be read.
        ("The two presidents met this Tuesday (28.Nov.2023) in Lima.", None, "2023-11-28"),
        ("The leaders will sign the accord on Friday (7.jun.2024), officials said.", "2024-06-03", "2024-06-07"),
    ],
)
def test_a_dotted_day_month_and_year_is_that_day(rules: Rules, sentence: str, published: str | None, date: str) -> None:
    mentions = find_dates(sentence, PartialDate.parse(published) if published else None, rules, "will" in sentence)
    assert [(m.kind, str(m.date)) for m in mentions if m.kind == "full"] == [("full", date)]
