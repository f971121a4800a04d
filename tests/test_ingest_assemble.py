"""Stage 4, assemble: how a page that reports several events drafts each apart, and how one
that reports one keeps to it. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.content.model import PartialDate
from tracker.ingest import Analysis, analyse
from tracker.ingest.rules import Rules

TODAY = dt.date(2026, 1, 1)


@pytest.fixture(scope="module")
def world_rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    """The rules with the other leaders the real-like pages name (Trump, Moon, Erdogan...)."""
    from grade_ingest import REAL_LIKE, empty_content

    from tracker.content.validate import validate_content
    from tracker.ingest.rules import load_rules

    content = empty_content(tmp_path_factory.mktemp("world") / "content", extra_leaders=REAL_LIKE / "leaders")
    return load_rules(content, validate_content(content).leaders)


def draft(rules: Rules, lines: list[str], published: str | None = None) -> Analysis:
    """What the ingester drafts from the page `lines` make, published on `published`."""
    return analyse("\n".join(lines).encode(), "a.txt", rules, TODAY, published=PartialDate.parse(published) if published else None)


def stops(analysis: Analysis) -> list[tuple[str, str, str | None]]:
    """(country, status, host) of each event drafted, in order."""
    return [(event.place.country, event.status.value, event.host) for event in analysis.events]


def test_the_countries_a_planned_tour_lists_are_a_visit_each(world_rules: Rules) -> None:
    """The list tells no status of its own: each stop is planned as the trip is."""
    analysis = draft(world_rules, [
        "Trump heads for Asia",
        "Donald Trump will make a state visit to South Korea next month, the first by an American president in years.",
        "His trip of ten days, taking in Japan, South Korea, China and Vietnam, has one speech on its programme.",
    ], "2017-10-20")
    assert stops(analysis)[0][:2] == ("KR", "announced")
    assert stops(analysis)[1:] == [("JP", "announced", None), ("CN", "announced", None), ("VN", "announced", None)]
    assert all(event.leaders == ("donald-trump",) and event.date is None for event in analysis.events[1:])


def test_the_stops_of_a_rumoured_tour_are_rumoured(world_rules: Rules) -> None:
    analysis = draft(world_rules, [
        "Trump may tour Asia",
        "Donald Trump is expected to visit Japan next month, according to sources.",
        "His trip, sources say, would take in Japan, Vietnam and the Philippines.",
    ], "2017-10-20")
    assert stops(analysis) == [("JP", "rumoured", None), ("VN", "rumoured", None), ("PH", "rumoured", None)]


def test_a_list_of_countries_beside_a_visit_held_makes_no_stops(world_rules: Rules) -> None:
    """A tour under way may have made the other stops already: the page must say which."""
    analysis = draft(world_rules, [
        "Trump arrives in Seoul",
        "Donald Trump arrived in Seoul on Tuesday for talks with Moon Jae-in.",
        "His trip of ten days, taking in Japan, South Korea, China and Vietnam, has one speech on its programme.",
    ], "2017-11-07")
    assert [country for country, _, _ in stops(analysis)] == ["KR"]


def test_a_list_of_countries_without_the_trips_country_makes_no_stops(world_rules: Rules) -> None:
    analysis = draft(world_rules, [
        "Trump to visit South Korea",
        "Donald Trump will make a state visit to South Korea next month.",
        "Trump's trip to Japan, China and Vietnam in the spring had been his first to the region.",
    ], "2017-10-20")
    assert [country for country, _, _ in stops(analysis)] == ["KR"]


def test_leaders_of_listed_countries_who_meet_somewhere_are_no_tour(world_rules: Rules) -> None:
    analysis = draft(world_rules, [
        "Trump to visit South Korea",
        "Donald Trump will make a state visit to South Korea next month.",
        "The leaders of Japan, China and Vietnam attended a forum in Seoul last year.",
    ], "2017-10-20")
    assert [country for country, _, _ in stops(analysis)] == ["KR"]
