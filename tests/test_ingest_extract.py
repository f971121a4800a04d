"""Stages 3-4: leaders through aliases, places through the gazetteer, status and who went where."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import REPO
from tracker.ingest import analyse
from tracker.ingest.extract import find_leaders
from tracker.ingest.rules import Rules
from tracker.model import PartialDate

TODAY = dt.date(2026, 1, 1)


@pytest.mark.parametrize(
    ("text", "when", "leaders"),
    [
        ("Kim Jong-un left Pyongyang.", "2015", ["kim-jong-un"]),
        ("Kim Jong-Un left Pyongyang.", "2015", ["kim-jong-un"]),
        ("Kim Jong Un left Pyongyang.", "2015", ["kim-jong-un"]),
        ("The North Korean leader left Pyongyang.", "2015", ["kim-jong-un"]),
        ("The North Korean leader left Pyongyang.", "2005", ["kim-jong-il"]),
        ("The late North Korean leader Kim Jong-Il visited Russia.", "2015", ["kim-jong-il"]),
        ("The Russian president met him.", "2010", ["dmitry-medvedev"]),
        ("The Russian president met him.", "2015", ["vladimir-putin"]),
        ("Kim met Putin.", "2019", ["kim-jong-un", "vladimir-putin"]),
        ("His daughter Kim Ju-ae and writer Hyung-jin Kim came.", "2019", []),
        ("North Korea's Kim to visit Moscow.", "2015", ["kim-jong-un"]),
    ],
)
def test_leaders_through_aliases_and_titles(rules: Rules, text: str, when: str, leaders: list[str]) -> None:
    found = [leader for _, leader in find_leaders(text, PartialDate.parse(when), rules, set())]
    assert found == leaders


def draft(rules: Rules, text: str):
    return analyse(text.encode(), "a.txt", rules, TODAY)


def test_a_spokesman_and_a_past_meeting_are_no_participants(rules: Rules) -> None:
    analysis = draft(rules, "\n".join([
        "Kremlin confirms Kim to visit Moscow",
        "January 28, 2015",
        "North Korean leader Kim Jong Un will visit Moscow in May, President Vladimir Putin's spokesman Dmitry Peskov said.",
        "The late Kim Jong Il visited Russia in August 2011 for a meeting with Dmitry Medvedev.",
    ]))
    (event,) = analysis.events
    assert (event.visitor, event.host, event.leaders) == ("kim-jong-un", "vladimir-putin", ("kim-jong-un", "vladimir-putin"))
    assert (event.place.city, event.place.country, str(event.date)) == ("Moscow", "RU", "2015-05")
    assert any("looks back" in warning for warning in analysis.warnings)


def test_a_phone_call_is_no_visit(rules: Rules) -> None:
    analysis = draft(rules, "\n".join([
        "Putin phones Kim",
        "Aug 12, 2025",
        "Russian President Vladimir Putin held a telephone conversation with Kim Jong Un on Tuesday about his meeting with Trump.",
    ]))
    assert analysis.events == ()
    assert analysis.warnings[-1] == "the article reports no visit or meeting: a source entry only, no event"


def test_a_meeting_in_a_third_country_has_no_host(rules: Rules) -> None:
    analysis = draft(rules, "\n".join([
        "Kim and Putin meet in Beijing",
        "3 September 2025",
        "Kim Jong Un and Vladimir Putin held talks in Beijing on Wednesday, both having come for a parade.",
    ]))
    (event,) = analysis.events
    assert (event.visitor, event.host, event.place.country, str(event.date)) == (None, None, "CN", "2025-09-03")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Kim Jong Un has cancelled his planned visit to Moscow.", "cancelled"),
        ("Kim Jong Un will not attend the parade in Moscow.", "declined"),
        ("A summit between Putin and Kim Jong Un in Vladivostok has been postponed.", "postponed"),
        ("Kim Jong Un will visit Moscow in May, the Kremlin has confirmed.", "confirmed"),
        ("Kim Jong Un will visit Moscow in May.", "announced"),
        ("Putin has invited Kim Jong Un to visit Russia.", "invited"),
        ("Kim Jong Un met Putin in Vladivostok on Thursday.", "held"),
    ],
)
def test_status_from_cue_words(rules: Rules, sentence: str, status: str) -> None:
    padding = "Officials in Seoul said they were watching the preparations closely."
    (event,) = draft(rules, f"Kim and Putin\nApril 25, 2019\n{sentence}\n{padding}").events
    assert event.status.value == status


def test_an_article_naming_no_known_leader_is_refused(rules: Rules) -> None:
    from tracker.ingest import InputError

    with pytest.raises(InputError, match="names none of the leaders in content/leaders/"):
        draft(rules, (REPO / "tests" / "fixtures" / "ingest-hostile" / "unknown-leader.txt").read_text())


def test_a_dateline_without_a_year_takes_the_latest_year_not_ahead_of_today(rules: Rules) -> None:
    text = (
        "Kim to visit Russia\n"
        "Moscow, Aug. 19 (Yonhap) -- North Korean leader Kim Jong Un will visit Russia later this month,"
        " the Kremlin said, without giving the place."
    )
    analysis = analyse(text.encode(), "a.txt", rules, dt.date(2026, 3, 1))
    assert str(analysis.published.date) == "2025-08-19"
    assert any(w.startswith("publication date 2025-08-19 inferred: day and month from the dateline") for w in analysis.warnings)
    (event,) = analysis.events
    assert str(event.date) == "2025-08"


def test_an_editors_date_and_address_override_the_page(rules: Rules) -> None:
    text = (
        "Kim to visit Russia\n"
        "Published 3 May 2015\n"
        "North Korean leader Kim Jong Un will visit Moscow next week, the Kremlin said."
    )
    analysis = analyse(
        text.encode(), "a.txt", rules, TODAY, url="https://example.org/kim-to-visit", published=PartialDate.parse("2015-04-30")
    )
    assert str(analysis.published.date) == "2015-04-30"
    assert analysis.published.how == ""
    assert analysis.source.url == "https://example.org/kim-to-visit"
    (event,) = analysis.events
    assert str(event.date) == "2015-05"
