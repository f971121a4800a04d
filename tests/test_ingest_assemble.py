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


def test_a_sentence_that_goes_on_from_one_stop_to_another_tells_two(world_rules: Rules) -> None:
    """Each stop with its own clause's leader, status and day: the talks in Paris on Monday
    are confirmed, and the stop in Rome after them is a further stop of that trip (confirmed
    as it is, in its month: no host, no day of its own)."""
    analysis = draft(world_rules, [
        "Erdogan in Europe",
        "Recep Tayyip Erdogan is due to meet Emmanuel Macron in Paris on Monday, after which he plans to fly to Rome.",
    ], "2018-01-03")
    assert [(e.place.city, e.status.value, e.host, e.date) for e in analysis.events] == [
        ("Paris", "confirmed", "emmanuel-macron", PartialDate.parse("2018-01-08")),
        ("Rome", "confirmed", None, PartialDate.parse("2018-01")),
    ]


def test_the_stop_put_off_is_the_one_gone_on_to_not_the_one_the_visitor_is_at(world_rules: Rules) -> None:
    analysis = draft(world_rules, [
        "Visit put off",
        "Recep Tayyip Erdogan, now in France, had meant to go on from there to Italy, but the visit has been put off.",
    ], "2018-01-03")
    assert [(e.place.country, e.status.value) for e in analysis.events if e.status.value == "postponed"] == [("IT", "postponed")]


def test_a_stop_the_trip_goes_on_to_is_news_beside_it(world_rules: Rules) -> None:
    """Told in a sentence of its own, with no time: planned as the trip is."""
    analysis = draft(world_rules, [
        "Trump to make state visit to Britain",
        "Donald Trump will make a state visit to Britain in June, when he will see the Queen.",
        "After Britain, Trump will travel on to Poland to speak to American troops there.",
    ], "2019-04-23")
    assert [(e.place.country, e.status.value, e.visitor) for e in analysis.events] == [
        ("GB", "announced", "donald-trump"), ("PL", "announced", "donald-trump"),
    ]


def test_a_stop_the_traveller_had_meant_to_go_on_to_is_no_news_of_its_own(world_rules: Rules) -> None:
    analysis = draft(world_rules, [
        "Trump to make state visit to Britain",
        "Donald Trump will make a state visit to Britain in June, when he will see the Queen.",
        "Trump had meant to travel on to Poland afterwards.",
    ], "2019-04-23")
    assert [e.place.country for e in analysis.events] == ["GB"]


def test_two_cities_of_one_country_told_one_after_the_other_are_one_visit(world_rules: Rules) -> None:
    analysis = draft(world_rules, [
        "Macron in China",
        "Emmanuel Macron will meet Xi Jinping in Beijing on Thursday, after which he will fly to Guangzhou.",
    ], "2023-04-04")
    assert [(e.place.country, e.place.city) for e in analysis.events] == [("CN", "Beijing")]


def test_the_one_going_on_is_the_leader_named_in_the_clause_before_the_words(world_rules: Rules) -> None:
    analysis = draft(world_rules, [
        "Lula in Europe",
        "After his talks with Giorgia Meloni in Rome on Tuesday, Lula will fly on to Paris.",
    ], "2023-04-24")
    assert [(e.place.country, e.visitor, e.kind) for e in analysis.events] == [
        ("IT", "luiz-inacio-lula-da-silva", "visit"), ("FR", "luiz-inacio-lula-da-silva", "visit"),
    ]
    assert analysis.events[0].host == "giorgia-meloni"


def test_a_spanish_page_going_on_from_one_stop_to_the_next_tells_two(world_rules: Rules) -> None:
    """"antes de seguir viaje a" (before travelling on to), read through the glossary."""
    analysis = draft(world_rules, [
        "Lula en Argentina",
        "El presidente Lula se reunió con Javier Milei en Buenos Aires el sábado, antes de seguir viaje a Chile.",
    ], "2024-11-18")
    assert [(e.place.country, e.status.value, e.host, e.kind) for e in analysis.events] == [
        ("AR", "held", "javier-milei", "visit"), ("CL", "announced", None, "visit"),
    ]


@pytest.mark.parametrize("opening", ["Beijing — ", "Beijing - ", "Beijing.- "])
def test_a_meeting_no_sentence_places_is_placed_by_a_dateline_with_no_agency(world_rules: Rules, opening: str) -> None:
    """The paper's own correspondent's dateline, a city closed by a dash, is where a meeting
    told with no place of its own was held; the editor is asked to check it."""
    analysis = draft(world_rules, [
        opening + "President Xi Jinping met on Friday with Jair Bolsonaro, who is visiting the country.",
        "The two leaders spoke of trade and of farming.",
    ], "2019-10-26")
    assert [(e.place.country, e.place.city, e.status.value, e.visitor, e.host) for e in analysis.events] == [
        ("CN", "Beijing", "held", "jair-bolsonaro", "xi-jinping")
    ]
    assert "dateline" in analysis.events[0].doubts["place"]


def test_a_dateline_with_no_agency_gives_no_city_to_a_visit_the_text_places_in_a_country(world_rules: Rules) -> None:
    """A visit ahead that the text places in a country keeps the country alone: the city the
    correspondent wrote from is not where the visit will be, though the text names it too."""
    analysis = draft(world_rules, [
        "Brasília — President Jair Bolsonaro said on Monday he had spoken with Mohammed bin Salman,"
        " who was invited to visit Brazil in May.",
        "Bolsonaro spoke at a ceremony in Brasília.",
    ], "2022-02-07")
    assert [(e.place.country, e.place.city) for e in analysis.events] == [("BR", None)]

