"""Stage 4, assemble: how a page that reports several events drafts each apart, and how one
that reports one keeps to it. The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.content.model import PartialDate
from tracker.ingest import Analysis, analyse
from tracker.ingest.rules import Rules

TODAY = dt.date(2026, 1, 1)


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


def test_the_next_stops_a_sentence_names_are_further_stops_of_the_trip(world_rules: Rules) -> None:
    """"Next stops are A on Saturday evening and B on Sunday": each a stop of the trip under
    way, on its own day; the first, the page's own day, is still ahead (a plan, not held)."""
    analysis = draft(world_rules, [
        "Erdogan lands in Paris",
        "On Saturday Recep Tayyip Erdogan landed in Paris, where Emmanuel Macron received him.",
        "Erdogan's next stops are Italy on Saturday evening and Spain on Sunday.",
    ], "2018-01-06")
    assert [(e.place.country, e.status.value, e.host, str(e.date)) for e in analysis.events] == [
        ("FR", "held", "emmanuel-macron", "2018-01-06"), ("IT", "confirmed", None, "2018-01-06"), ("ES", "confirmed", None, "2018-01-07"),
    ]


def test_a_country_told_as_next_on_a_tour_is_a_further_stop(world_rules: Rules) -> None:
    """"Spain is the next stop on his itinerary": the place opens the sentence, before the words
    of a stop still to come; a stop of the trip under way, confirmed as it is, in its month."""
    analysis = draft(world_rules, [
        "Macron welcomes Erdogan",
        "On Saturday Emmanuel Macron welcomed Recep Tayyip Erdogan in Paris for talks on trade.",
        "Spain is the next stop on the Turkish president's itinerary.",
    ], "2018-01-06")
    assert [(e.place.country, e.status.value, e.host, e.leaders, str(e.date)) for e in analysis.events] == [
        ("FR", "held", "emmanuel-macron", ("emmanuel-macron", "recep-tayyip-erdogan"), "2018-01-06"),
        ("ES", "confirmed", None, ("recep-tayyip-erdogan",), "2018-01"),
    ]


def test_the_countries_that_come_next_on_a_tour_are_a_stop_each(world_rules: Rules) -> None:
    """"Italy and Spain come next on Erdogan's tour": the list before the words, a stop each."""
    analysis = draft(world_rules, [
        "Macron welcomes Erdogan",
        "On Saturday Emmanuel Macron welcomed Recep Tayyip Erdogan in Paris for talks on trade.",
        "Italy and Spain come next on Erdogan's tour, with trade again the main subject.",
    ], "2018-01-06")
    assert [(e.place.country, e.status.value, e.host) for e in analysis.events] == [
        ("FR", "held", "emmanuel-macron"), ("IT", "confirmed", None), ("ES", "confirmed", None),
    ]


def test_a_country_next_on_an_agenda_is_no_stop(world_rules: Rules) -> None:
    """"Next on the agenda" is a subject of the talks, not a place gone to; nor is a country
    that "comes next" with no tour or schedule named."""
    analysis = draft(world_rules, [
        "Macron welcomes Erdogan",
        "On Saturday Emmanuel Macron welcomed Recep Tayyip Erdogan in Paris for talks on trade.",
        "Syria is next on the agenda of the two presidents' talks.",
        "Erdogan said Libya comes next in his thinking on the region.",
    ], "2018-01-06")
    assert [e.place.country for e in analysis.events] == ["FR"]


def test_a_past_tour_told_as_next_in_its_day_stays_a_mention(world_rules: Rules) -> None:
    """A tour of years ago whose next stop the page recalls ("In 2015 Spain was next on his
    tour"): "was" tells no stop still to come, so it drafts nothing of its own."""
    analysis = draft(world_rules, [
        "Macron welcomes Erdogan",
        "On Saturday Emmanuel Macron welcomed Recep Tayyip Erdogan in Paris for talks on trade.",
        "On his last tour, in 2015, Spain was next on Erdogan's tour after France.",
    ], "2018-01-06")
    assert [e.place.country for e in analysis.events] == ["FR"]


def test_a_groups_summit_the_traveller_goes_on_to_is_confirmed_and_its_countrys(world_rules: Rules) -> None:
    """"Who goes on to Japan for the G20 summit, held in Osaka on Friday and Saturday": the
    trip's next leg, a summit going ahead as the trip is (confirmed), dated by its first day,
    hosted by whoever led Japan then, with the traveller at it and no visitor. A leader the
    sentence names for something else ("praised Trump's line on trade") is not at it."""
    analysis = draft(world_rules, [
        "Macron receives Erdogan",
        "On Tuesday Emmanuel Macron received Recep Tayyip Erdogan in Paris for talks on trade.",
        "Erdogan, who goes on to Japan for the G20 summit, held in Osaka on Friday and Saturday,"
        " praised Donald Trump's line on trade.",
    ], "2019-06-25")
    assert [(e.kind, e.place.city, e.status.value, str(e.date), e.visitor, e.host, e.leaders) for e in analysis.events] == [
        ("visit", "Paris", "held", "2019-06-25", "recep-tayyip-erdogan", "emmanuel-macron", ("emmanuel-macron", "recep-tayyip-erdogan")),
        ("summit", "Osaka", "confirmed", "2019-06-28", None, "shinzo-abe", ("recep-tayyip-erdogan", "shinzo-abe")),
    ]


def test_a_groups_summit_named_ahead_of_a_visit_is_no_event(world_rules: Rules) -> None:
    """"Ahead of the G20 summit in Osaka" is the visit's background: no one is told going on
    to it, so the page has its one event."""
    analysis = draft(world_rules, [
        "Macron receives Erdogan",
        "On Tuesday Emmanuel Macron received Recep Tayyip Erdogan in Paris for talks on trade,"
        " ahead of the G20 summit in Osaka.",
    ], "2019-06-25")
    assert [e.place.country for e in analysis.events] == ["FR"]


def test_a_groups_summit_a_traveller_is_on_his_way_to_is_no_event(world_rules: Rules) -> None:
    """"On his way to the G20 summit in Osaka" tells why he is passing through, not a leg the
    page reports: the summit stays the visit's background, as it is drafted today."""
    analysis = draft(world_rules, [
        "Macron receives Erdogan",
        "Erdogan, who is on his way to the G20 summit in Osaka, met Emmanuel Macron in Paris on Tuesday.",
    ], "2019-06-25")
    assert [e.place.country for e in analysis.events] == ["FR"]


def test_a_groups_summit_the_traveller_had_meant_to_go_on_to_is_no_event(world_rules: Rules) -> None:
    """A going on that fell through ("had meant to go on to Japan for the G20 summit") is no
    leg of the trip."""
    analysis = draft(world_rules, [
        "Macron receives Erdogan",
        "On Tuesday Emmanuel Macron received Recep Tayyip Erdogan in Paris for talks on trade.",
        "Erdogan had meant to go on to Japan for the G20 summit in Osaka, but flies home instead.",
    ], "2019-06-25")
    assert [e.place.country for e in analysis.events] == ["FR"]


def test_a_stop_told_as_one_after_another_is_not_a_next_stop(world_rules: Rules) -> None:
    """"Stop" with no "next" is no word of a trip: a list of places the talks stopped at is
    no stop of the traveller's."""
    analysis = draft(world_rules, [
        "Erdogan lands in Paris",
        "On Saturday Recep Tayyip Erdogan landed in Paris, where Emmanuel Macron received him.",
        "The talks put a stop to the quarrel over Italy and Spain.",
    ], "2018-01-06")
    assert [e.place.country for e in analysis.events] == ["FR"]


def test_the_countries_a_tour_is_counted_in_are_a_visit_each(world_rules: Rules) -> None:
    """"Takes him to four countries: A, B, C and D", in a sentence whose plan is the trip's own
    (announced, as the trip is): each country a stop of the tour, planned as it is."""
    analysis = draft(world_rules, [
        "Trump to visit South Korea",
        "Donald Trump will make a state visit to South Korea next month.",
        "One speech is planned for the tour, which takes him to four countries: Japan, South Korea, China and Vietnam.",
    ], "2017-10-20")
    assert stops(analysis)[0][:2] == ("KR", "announced")
    assert stops(analysis)[1:] == [("JP", "announced", None), ("CN", "announced", None), ("VN", "announced", None)]


def test_the_countries_a_past_tour_was_counted_in_are_no_stops(world_rules: Rules) -> None:
    analysis = draft(world_rules, [
        "Trump to visit South Korea",
        "Donald Trump will make a state visit to South Korea next month.",
        "In 2015 his predecessor's tour took him to three countries: Japan, China and Vietnam.",
    ], "2017-10-20")
    assert [country for country, _, _ in stops(analysis)] == ["KR"]


def test_a_leader_asked_by_name_to_come_is_invited_beside_the_talks(world_rules: Rules) -> None:
    """"X asked Y to come to Z in October": an invitation, news beside the talks it was made at."""
    analysis = draft(world_rules, [
        "Erdogan meets Macron in Paris",
        "Recep Tayyip Erdogan held talks with Emmanuel Macron in Paris on Wednesday, the French presidency said.",
        "The two leaders discussed trade and the war in Syria over lunch at the Elysee Palace.",
        "Erdogan asked Macron to come to Ankara in October.",
    ], "2018-01-04")
    assert [(e.place.city, e.status.value, e.visitor, e.host) for e in analysis.events] == [
        ("Paris", "held", "recep-tayyip-erdogan", "emmanuel-macron"), ("Ankara", "invited", "emmanuel-macron", "recep-tayyip-erdogan"),
    ]


def test_a_leader_asked_to_come_to_terms_is_not_invited(world_rules: Rules) -> None:
    analysis = draft(world_rules, [
        "Erdogan meets Macron in Paris",
        "Recep Tayyip Erdogan held talks with Emmanuel Macron in Paris on Wednesday, the French presidency said.",
        "The two leaders discussed trade and the war in Syria over lunch at the Elysee Palace.",
        "Erdogan asked Macron to come to terms with Ankara over the matter.",
    ], "2018-01-04")
    assert [e.place.city for e in analysis.events] == ["Paris"]


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
        ("AR", "held", "javier-milei", "visit"), ("CL", "confirmed", None, "visit"),
    ]


def events_of(analysis: Analysis) -> list[tuple[str, str | None, str, str | None, str | None, str | None]]:
    """(country, city, status, date, visitor, host) of each event drafted, in order."""
    return [
        (e.place.country, e.place.city, e.status.value, str(e.date) if e.date else None, e.visitor, e.host)
        for e in analysis.events
    ]


def test_a_headline_of_talks_that_did_not_happen_places_nothing(world_rules: Rules) -> None:
    """The country of the leader met stands in for a meeting's place only where the headline
    tells of a meeting that happened; "did not hold talks" tells of none."""
    lines = [
        "Short of time, Modi did not hold talks with the President of Brazil",
        "Narendra Modi had to drop a planned meeting with Lula on the margins of the forum, which ran late.",
        "Before leaving India, Modi told reporters he still hoped to arrange talks with Lula.",
    ]
    assert draft(world_rules, lines, "2024-07-10").events == ()
    held = ["Modi holds talks with the President of Brazil", "Narendra Modi met Lula on the margins of the forum, which ran late."]
    assert events_of(draft(world_rules, held, "2024-07-10"))[0][0] == "BR"


def test_a_place_left_before_the_subject_is_named_is_where_he_set_out(world_rules: Rules) -> None:
    """"Before leaving Japan, Kishida said": Japan is his home, not where he is going."""
    analysis = draft(world_rules, [
        "Kishida prepares his trip",
        "Before leaving Japan, Fumio Kishida said he would meet Joe Biden in Washington on Friday.",
    ], "2023-01-10")
    assert [event.place.country for event in analysis.events] == ["US"]


def test_a_rumoured_trip_is_dated_by_the_day_its_own_words_give(world_rules: Rules) -> None:
    """"is ready to come to New Delhi on May 2", on sources' say-so: a rumour for that day; a
    day the page mentions for something else dates no rumour."""
    analysis = draft(world_rules, [
        "Erdogan to visit India on May 2",
        "Recep Tayyip Erdogan is ready to come to New Delhi on May 2, sources have told this paper.",
        "He is expected to see Narendra Modi during the stay.",
    ], "2017-04-10")
    assert events_of(analysis) == [("IN", "New Delhi", "rumoured", "2017-05-02", "recep-tayyip-erdogan", "narendra-modi")]
    aside = draft(world_rules, [
        "Erdogan may visit India",
        "Recep Tayyip Erdogan is expected to visit India soon, sources have told this paper.",
        "A trade fair opens in Mumbai on May 2.",
    ], "2017-04-10")
    assert [str(event.date) for event in aside.events] == ["2017-04"]  # "soon": the page's month, not the fair's day


def test_a_summit_named_for_its_city_with_a_word_between_is_placed_there(world_rules: Rules) -> None:
    """"the Goa Informal Summit", as "the Goa summit": the city is where it meets."""
    analysis = draft(world_rules, [
        "Xi to visit India",
        "Xi Jinping is to be in India on March 3 for an informal summit with Narendra Modi.",
        "The coming Goa Informal Summit lets the two leaders carry on their talks.",
    ], "2019-02-20")
    assert events_of(analysis)[0][:2] == ("IN", "Goa")


def test_the_city_of_a_briefing_is_where_the_spokesman_spoke(world_rules: Rules) -> None:
    """"Speaking at his daily news briefing in Tokyo, the spokesman said": the trip's city is
    not Tokyo."""
    analysis = draft(world_rules, [
        "Crown prince puts off Japan trip",
        "Crown Prince Mohammed bin Salman has put off a trip to Japan, a Japanese spokesman said.",
        "Speaking at his daily news briefing in Tokyo, the spokesman said a new date would be set for the visit.",
        "The crown prince was to meet Fumio Kishida during the trip.",
    ], "2024-05-20")
    assert events_of(analysis)[0][:3] == ("JP", None, "postponed")


def test_the_given_name_muhammad_is_read_in_each_of_its_spellings(world_rules: Rules) -> None:
    for spelling in ("Mohammad", "Muhammad", "Mohamed", "Mohammed"):
        assert [hit.value for hit in world_rules.names.find(f"talks with {spelling} bin Salman")] == ["mohammed-bin-salman"]


def test_an_italian_page_of_a_bilateral_held_reads_it(world_rules: Rules) -> None:
    """Italian "hanno tenuto il loro bilaterale": the two held their bilateral meeting."""
    analysis = draft(world_rules, [
        "Meloni a Tokyo",
        "A Tokyo, il 5 febbraio 2023, la premier Giorgia Meloni e Fumio Kishida hanno tenuto il loro bilaterale.",
        "Secondo il programma seguirà un pranzo di lavoro con le delegazioni.",
    ], "2023-02-06")
    assert events_of(analysis)[0][:3] == ("JP", "Tokyo", "held")


def test_what_a_leaders_country_hosts_and_a_city_naming_games_place_no_meeting(world_rules: Rules) -> None:
    """"Scholz, whose country hosts the next Games in Berlin in 2036, and ...": Berlin and 2036
    are the Games'; "to the Berlin Games" names them. The meeting is where its own sentence
    puts it, a ward the gazetteer lacks before its city ("in Chiyoda-ku, Tokyo")."""
    analysis = draft(world_rules, [
        "Kishida and Scholz share lessons of the Games",
        "Fumio Kishida met Olaf Scholz, whose country hosts the next Games, in Berlin in 2036, and they agreed to hand on to the Berlin Games what they had learned.",
        "After their meeting at the guesthouse in Chiyoda-ku, Tokyo, Kishida and Olaf Scholz had lunch together.",
    ], "2023-03-18")
    assert events_of(analysis) == [("JP", "Tokyo", "held", None, "olaf-scholz", "fumio-kishida")]


def test_a_malay_page_reads_the_crown_prince_and_the_country_after_an_office(world_rules: Rules) -> None:
    """Malay "Putera Mahkota Arab Saudi bakal lawat Korea Selatan": the crown prince of Saudi
    Arabia will visit South Korea; "Presiden Korea Selatan", the office before its country."""
    analysis = draft(world_rules, [
        "Putera Mahkota Arab Saudi bakal lawat Korea Selatan",
        "Lawatan dua hari oleh Putera Mahkota Arab Saudi ke Korea Selatan bakal bermula minggu depan.",
        "Satu jamuan yang dianjurkan oleh Moon juga ada dalam jadual.",
    ], "2019-06-20")
    (event,) = analysis.events
    assert (event.place.country, event.visitor, event.host) == ("KR", "mohammed-bin-salman", "moon-jae-in")
    assert [hit.value.country for hit in world_rules.titles.find("Presiden Korea Selatan itu berharap")] == []  # unglossed
    assert [hit.value.country for hit in world_rules.titles.find("President South Korea itu berharap")] == ["KR"]


def test_a_french_page_of_a_president_who_landed_reads_the_trip(world_rules: Rules) -> None:
    """French "le chef de l'État français s'est posé en Inde": the French president landed in India."""
    analysis = draft(world_rules, [
        "Le président en Inde",
        "Le chef de l'État français s'est posé en Inde avec deux objectifs en tête.",
        "François Hollande y rencontre les patrons indiens.",
    ], "2016-01-24")
    assert [(event.place.country, event.status.value, event.visitor) for event in analysis.events] == [("IN", "held", "francois-hollande")]


def test_a_summit_held_elsewhere_or_talked_about_makes_no_visit_a_summit(world_rules: Rules) -> None:
    """"the Peace Summit, due to be held in Switzerland" is placed there; "talked about how the
    Peace Summit is being prepared" names the summit they spoke of, not their meeting."""
    analysis = draft(world_rules, [
        "Zelensky arrives in Saudi Arabia",
        "Volodymyr Zelensky has flown to Saudi Arabia on a visit announced by no one beforehand.",
        "In Jeddah he met Crown Prince Mohammed bin Salman.",
        "The two talked about how the Peace Summit is being prepared.",
        "For weeks Zelensky has travelled to win support for the Peace Summit, due to be held in Switzerland this weekend.",
    ], "2024-06-12")
    assert [(event.kind, event.place.country) for event in analysis.events][:1] == [("visit", "SA")]


def test_a_given_name_in_another_languages_form_is_the_leaders_own(world_rules: Rules) -> None:
    """"Alyaksandr Lukashenka" (Belarusian) and "Vladimir Zelenski" (Russian) are the leaders,
    not namesakes; "Jill Biden" is still someone else."""
    analysis = draft(world_rules, [
        "Lukashenka and Zelenski: a first meeting",
        "For the first time, Alyaksandr Lukashenka and Vladimir Zelenski have met face to face, in Kyiv.",
    ], "2019-10-04")
    assert [(event.place.country, set(event.leaders)) for event in analysis.events] == [
        ("UA", {"alexander-lukashenko", "volodymyr-zelensky"})
    ]
    assert draft(world_rules, [
        "A surprise visit to Kyiv",
        "On Sunday the first lady Jill Biden met Olena Zelenska in Kyiv on Sunday, on a trip no one had announced beforehand.",
    ], "2022-05-09").events == ()


def test_an_arabic_muhammad_spelled_out_is_still_read(world_rules: Rules) -> None:
    """"محمد bin Salman": the Arabic given name, spelled out, is the crown prince's, though his
    name is read in Latin letters in each spelling of Muhammad."""
    assert "Mohammed bin Salman" in world_rules.glossary.gloss("استقبل الامير محمد bin Salman", "ar")


def test_where_a_disaster_struck_is_not_where_the_leaders_met(world_rules: Rules) -> None:
    """A meeting placed nowhere, whose sentences name a country only as the one an earthquake
    struck, is drafted nowhere: the toll and the disaster mark a place that no one went to."""
    english = draft(world_rules, [
        "Modi and Erdogan talk trade",
        "Narendra Modi also met the Turkish president, Recep Tayyip Erdogan, to discuss defence and trade.",
        "At the meeting, Modi expressed sympathy for the victims of the February earthquake, which left thousands dead in Turkey and in Syria.",
    ], "2023-08-24")
    assert english.events == ()
    portuguese = draft(world_rules, [
        "Lula fala de comércio com Erdogan",
        "Lula também se reuniu com o presidente turco, Recep Tayyip Erdogan, para falar de defesa e comércio.",
        "Na reunião, Lula lembrou as vítimas do terremoto de fevereiro, que deixou milhares de mortos na Turquia e na Síria.",
    ], "2023-08-24")
    assert portuguese.events == ()


def test_the_way_home_is_no_stop_of_the_trip(world_rules: Rules) -> None:
    """"leaves for Brazil on Saturday and returns to Buenos Aires on Sunday": the one trip, to
    Brazil; the visitor's own capital, gone home to, makes no visit of the leader he does not see."""
    english = draft(world_rules, [
        "Milei to fly to Brazil at the weekend",
        '"We will not see each other," a spokesman said of Lula, adding that Milei leaves for Brazil on Saturday and returns to Buenos Aires on Sunday.',
    ], "2024-07-01")
    assert [event.place.country for event in english.events] == ["BR"]
    spanish = draft(world_rules, [
        "Milei viajará a Brasil el fin de semana",
        '"Con Lula no nos vamos a ver, por si la prensa llega a titular algo así", dijo el vocero, según quien Milei parte hacia Brasil el sábado y vuelve a Buenos Aires el domingo.',
    ], "2024-07-01")
    assert [event.place.country for event in spanish.events] == ["BR"]


def test_a_leader_named_for_his_opponents_is_no_host(world_rules: Rules) -> None:
    """"a gathering in Brazil alongside opponents of Lula": Lula is no party to it, nor its host."""
    english = draft(world_rules, [
        "Milei heads to Brazil gathering",
        "Javier Milei will attend a conservative gathering in Brazil alongside opponents of Lula next week.",
    ], "2024-07-01")
    assert [(event.place.country, event.host) for event in english.events] == [("BR", None)]
    assert "luiz-inacio-lula-da-silva" not in english.events[0].leaders
    portuguese = draft(world_rules, [
        "Milei visitará o Brasil",
        "Milei visitará o Brasil na próxima semana para um ato conservador ao lado de adversários de Lula.",
    ], "2024-07-01")
    assert [(event.place.country, event.host, event.leaders) for event in portuguese.events] == [("BR", None, ("javier-milei",))]


def test_a_visit_ruled_out_is_no_event(world_rules: Rules) -> None:
    for lines in (
        ["Beijing rules out Xi trip", "China has ruled out a visit by Xi Jinping to Moscow this year, officials said on Tuesday."],
        ["No Putin visit to Beijing, Kremlin says", "The Kremlin dismissed as false a report that Putin would meet Xi in Beijing."],
        ["Brasil descarta visita de Milei", "O governo descartou uma visita de Milei ao Brasil neste ano."],
    ):
        assert draft(world_rules, lines, "2025-09-09").events == ()
    # Not ruling a visit out leaves it possible: a rumour.
    possible = draft(world_rules, ["Kremlin does not rule out Xi visit", "Xi Jinping may visit Moscow next year, the Kremlin said."], "2025-09-09")
    assert [(event.place.country, event.status.value) for event in possible.events] == [("RU", "rumoured")]


def test_a_summit_named_only_as_the_setting_of_something_else_is_no_event(world_rules: Rules) -> None:
    """"At the APEC summit in South Korea, Albanese was one of seven leaders asked to a dinner",
    on a page about something else: nothing says when, or that anyone went. The same opening
    with a word of meeting is news of the summit."""
    backdrop = draft(world_rules, [
        "Albanese now has Trump's number",
        "Anthony Albanese said on Sunday that he and Donald Trump could now simply ring each other, which ends months of mockery from the opposition benches.",
        "At the APEC summit in South Korea, Mr Albanese was also one of only seven world leaders asked to a dinner",
    ], "2025-11-01")
    assert backdrop.events == ()
    met = draft(world_rules, [
        "Albanese meets Xi",
        "At the APEC summit in South Korea, Anthony Albanese met Xi Jinping on Friday.",
    ], "2025-11-01")
    assert [event.place.country for event in met.events] == ["KR"]


@pytest.mark.parametrize("setting", ["At a ceremony in Istanbul", "At the opening ceremony in Istanbul", "During the celebrations in Istanbul"])
def test_an_occasion_named_as_the_setting_of_a_sentence_is_attended_by_those_it_names(world_rules: Rules, setting: str) -> None:
    """"At a ceremony in Istanbul, Erdogan and Putin opened ...": an occasion is no backdrop
    of something else told, as a summit can be; the leaders the sentence names were at it."""
    analysis = draft(world_rules, [
        "Two presidents open a bridge",
        setting + ", Recep Tayyip Erdogan and Vladimir Putin have opened a new bridge over the strait.",
        "The bridge took four years to build.",
    ], "2019-05-20")
    assert [(e.place.city, e.status.value, e.visitor, e.host) for e in analysis.events] == [
        ("Istanbul", "held", "vladimir-putin", "recep-tayyip-erdogan")
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



def test_stops_gone_on_to_each_on_its_own_day_are_a_visit_each(world_rules: Rules) -> None:
    """"To A, and on Sunday to B": each stop still ahead, on the day its own words give it,
    which fixes it (confirmed); the stop before keeps its own day, not the next one's."""
    analysis = draft(world_rules, [
        "Scholz lands in Riyadh",
        "Olaf Scholz landed in Riyadh on Saturday and held talks with Mohammed bin Salman.",
        "On Saturday evening Scholz travels on to Qatar, and on Sunday to the United Arab Emirates.",
    ], "2022-09-24")
    assert stops(analysis)[0] == ("SA", "held", "mohammed-bin-salman")
    assert [(e.place.country, e.status.value, str(e.date)) for e in analysis.events[1:]] == [
        ("QA", "confirmed", "2022-09-24"), ("AE", "confirmed", "2022-09-25"),
    ]
    assert all(event.leaders == ("olaf-scholz",) for event in analysis.events[1:])


def test_stops_listed_with_no_time_between_them_are_no_stops_in_turn(world_rules: Rules) -> None:
    """"To Qatar and Oman" is a list, read as before; a time between the places is what
    makes them stops in turn. A city after its country's stop is the same stop."""
    analysis = draft(world_rules, [
        "Scholz lands in Riyadh",
        "Olaf Scholz landed in Riyadh on Saturday and held talks with Mohammed bin Salman.",
        "He then travels on to Doha, Qatar, on Sunday.",
    ], "2022-09-24")
    assert [(e.place.country, e.status.value, str(e.date)) for e in analysis.events[1:]] == [("QA", "confirmed", "2022-09-25")]


def test_a_stop_gone_on_to_with_no_day_of_its_own_is_confirmed_in_the_trips_month(world_rules: Rules) -> None:
    """The traveller has set off on the trip the stop is part of: confirmed (the convention on
    announced and confirmed), dated by the trip's month as a leg with no time of its own is."""
    analysis = draft(world_rules, [
        "Scholz lands in Riyadh",
        "Olaf Scholz landed in Riyadh on Saturday and held talks with Mohammed bin Salman.",
        "From Riyadh the chancellor travels on to Qatar.",
    ], "2022-09-24")
    assert stops(analysis)[1:] == [("QA", "confirmed", None)]
    assert analysis.events[1].date == PartialDate.parse("2022-09")


def test_a_stop_gone_on_to_from_a_meeting_abroad_is_a_further_stop(world_rules: Rules) -> None:
    """Two leaders meet in a third country (a summit, no visitor), and one of them goes on to
    another: his trip's next stop, confirmed as a stop of a trip under way, in its month."""
    analysis = draft(world_rules, [
        "Erdogan and Putin meet in Astana",
        "On Saturday Recep Tayyip Erdogan met Vladimir Putin in Astana for talks on gas.",
        "Erdogan goes on to Turkmenistan on his way home.",
    ], "2018-01-06")
    assert [(e.place.country, e.status.value, e.visitor, str(e.date)) for e in analysis.events] == [
        ("KZ", "held", None, "2018-01-06"), ("TM", "confirmed", "recep-tayyip-erdogan", "2018-01"),
    ]


def test_a_meeting_at_the_travellers_home_is_no_trip_gone_on_from(world_rules: Rules) -> None:
    """A summit held in the traveller's own country is no trip of his: where he goes next is
    a trip of its own, left to the other rules (here a mention, for it has no status)."""
    analysis = draft(world_rules, [
        "Erdogan hosts Putin",
        "On Saturday Recep Tayyip Erdogan met Vladimir Putin in Istanbul for a summit on gas.",
        "Erdogan goes on to Azerbaijan next month.",
    ], "2018-01-06")
    assert ("AZ", "confirmed") not in [(e.place.country, e.status.value) for e in analysis.events]


def test_an_office_opening_a_sentence_that_goes_on_is_the_traveller_named_before(world_rules: Rules) -> None:
    """"The president ... leaves for Budapest to meet Orbán": the president is the traveller
    the page named before, not Orbán, whom the sentence names after the words of going on."""
    analysis = draft(world_rules, [
        "Bolsonaro lands in Moscow",
        "Jair Bolsonaro arrived in Moscow on Tuesday to meet Vladimir Putin.",
        "On Wednesday Bolsonaro goes to the Kremlin for talks and a lunch with Putin.",
        "The president stays in Moscow until Thursday, when he leaves for Budapest for a meeting with Viktor Orbán.",
    ], "2022-02-15")
    assert [(e.place.city, e.visitor, e.host) for e in analysis.events] == [
        ("Moscow", "jair-bolsonaro", "vladimir-putin"), ("Budapest", "jair-bolsonaro", "viktor-orban"),
    ]
    assert analysis.events[1].status.value == "confirmed"  # a later stop of a trip under way


def test_stops_in_turn_of_a_trip_gone_by_are_no_news(world_rules: Rules) -> None:
    """Each stop takes its own time, so a stop dated before the page looks back as any trip does."""
    analysis = draft(world_rules, [
        "Scholz lands in Riyadh",
        "Olaf Scholz landed in Riyadh on Saturday and held talks with Mohammed bin Salman.",
        "Last year Scholz went to Qatar in May, and in June to the United Arab Emirates.",
    ], "2022-09-24")
    assert [country for country, _, _ in stops(analysis)] == ["SA"]



def test_two_trips_a_sentence_gives_two_statuses_are_an_event_each(world_rules: Rules) -> None:
    """"Not only postponed his visit to A but also cancelled his trip to B": the visit put off,
    and the trip called off beside it, each with the status of its own clause."""
    analysis = draft(world_rules, [
        "Crown prince's visit to Indonesia put back",
        "The visit of Saudi crown prince Mohammed bin Salman to Indonesia, set for 18-19 February, has been put back.",
        "Mohammed bin Salman not only postponed his visit to Indonesia but also cancelled his trip to Malaysia, the ministry said.",
    ], "2019-02-16")
    assert stops(analysis) == [("ID", "postponed", None), ("MY", "cancelled", None)]
    assert analysis.events[1].leaders == ("mohammed-bin-salman",) and analysis.events[1].date is None



def test_the_next_stops_day_comes_after_the_stop_before_it(world_rules: Rules) -> None:
    """"Japan on Monday and South Korea on Wednesday", told on a Tuesday: the Wednesday after
    that Monday, not the day after the page, nor the month alone. Each stop, its day fixed,
    is confirmed (the gold convention on announced and confirmed)."""
    analysis = draft(world_rules, [
        "Albanese to tour Asia",
        "Anthony Albanese will visit Japan on Monday and South Korea on Wednesday.",
    ], "2023-05-09")
    assert [(e.place.country, e.status.value, str(e.date)) for e in analysis.events] == [
        ("JP", "confirmed", "2023-05-15"), ("KR", "confirmed", "2023-05-17"),
    ]


def test_a_plan_for_a_weekday_on_a_page_dated_to_its_month_is_dated_to_that_month(world_rules: Rules) -> None:
    """"on Sunday" on a page dated December: the plan is for December, and still a plan."""
    analysis = draft(world_rules, [
        "Scholz to attend Lula's inauguration",
        "Olaf Scholz will attend the inauguration of Luiz Inácio Lula da Silva in Brasília on Sunday.",
    ], "2022-12")
    (event,) = analysis.events
    assert (str(event.date), event.status.value) == ("2022-12", "announced")


@pytest.mark.parametrize(
    ("lines", "status"),
    [
        # The meeting told as going on, the talks it holds told as ahead: a visit under way.
        (["Scholz in Brasília", "Olaf Scholz is meeting Lula in Brasília.",
          "The two leaders are to talk over trade and the climate when they sit together."], "held"),
        (["Orbán in Beijing", "Viktor Orbán is in China on a visit and will see Xi Jinping to talk over trade."], "held"),
        # The word of the future first: a plan, whatever follows it.
        (["Orbán to Beijing", "Viktor Orbán will travel to China, where he is in talks to meet Xi Jinping."], "announced"),
    ],
    ids=["is-meeting", "is-in-then-will", "will-first"],
)
def test_a_visit_told_as_going_on_is_held_beside_the_plans_it_holds(world_rules: Rules, lines: list[str], status: str) -> None:
    (event,) = draft(world_rules, lines).events
    assert event.status.value == status


@pytest.mark.parametrize("lines", [
    ["Abe open to summit with Kim", "Shinzo Abe told the assembly on Tuesday that he was ready to meet Kim Jong Un, as North Korea has sought talks with its neighbours."],
    ["Moon willing to meet Kim in North Korea", "Moon Jae-in said he was willing to meet Kim Jong Un if the talks could bring results."],
    ["Kishida open to talks with Kim in North Korea", "Fumio Kishida repeated that he would like to meet Kim Jong Un without conditions."],
])
def test_a_leader_ready_or_willing_to_meet_another_drafts_nothing(world_rules: Rules, lines: list[str]) -> None:
    """A readiness or a wish to meet, which nobody has set or announced, is no event."""
    analysis = draft(world_rules, lines, "2018-09-26")
    assert analysis.events == ()


@pytest.mark.parametrize("sentence", [
    "Mrs May also welcomed “changes in Saudi Arabia, among them the right of women to drive.",
    "Mrs May also welcomed recent reforms in Saudi Arabia, among them the right of women to drive.",
    "Xi Jinping welcomed the new reforms in Vietnam, his spokesman said on Monday.",
])
def test_a_welcome_given_to_reforms_or_to_quoted_words_is_no_sentence_about_a_trip(world_rules: Rules, sentence: str) -> None:
    """Praise for what a country did is no welcome given to a guest there: the sentence, which
    names one leader and the country praised, must not read as that leader's arrival there."""
    from tracker.ingest.extract import read_frames, split_sentences

    frames, _ = read_frames(split_sentences((sentence,), None, world_rules), PartialDate.parse("2018-03-07"), world_rules)
    assert frames == []


def test_a_guest_welcomed_is_still_a_sentence_about_a_trip(world_rules: Rules) -> None:
    from tracker.ingest.extract import read_frames, split_sentences

    sentence = "Theresa May welcomed Mohammed bin Salman to Downing Street in London on Wednesday."
    frames, _ = read_frames(split_sentences((sentence,), None, world_rules), PartialDate.parse("2018-03-07"), world_rules)
    assert [frame.place.country if frame.place else None for frame in frames] == ["GB"]


def test_a_name_s_initial_ends_no_sentence(world_rules: Rules) -> None:
    """"Donald J. Trump" and French "M. Macron" are one sentence each with the words after them."""
    from tracker.ingest.extract import split_sentences

    lines = ("Donald J. Trump met Kim Jong Un on Tuesday. Then he left for Hanoi.", "Mme May a été reçue par M. Macron pour un entretien.")
    assert [sentence.text for sentence in split_sentences(lines, None, world_rules)] == [
        "Donald J. Trump met Kim Jong Un on Tuesday.", "Then he left for Hanoi.", "Mme May a été reçue par M. Macron pour un entretien.",
    ]


def test_a_leader_who_is_in_another_leaders_country_is_on_a_visit_there(world_rules: Rules) -> None:
    analysis = draft(world_rules, [
        "Modi and Albanese greet the crowd",
        "Narendra Modi and Anthony Albanese spoke to a crowd of thousands in a stadium on the harbour.",
        "Modi is in Australia for the third time, and the two prime ministers praised the ties of their nations.",
    ], "2023-05-23")
    assert [(event.place.country, event.visitor, event.host) for event in analysis.events] == [("AU", "narendra-modi", "anthony-albanese")]

def test_an_arrival_with_no_day_is_dated_to_the_pages_day(world_rules: Rules) -> None:
    """"Arrived", with no day: the arrival is the page's news, as "has arrived" is."""
    analysis = draft(world_rules, [
        "Putin in Beijing",
        "Vladimir Putin arrived in Beijing for talks with Xi Jinping, with trade and energy on the agenda.",
    ], "2019-04-25")
    assert [(event.status.value, str(event.date)) for event in analysis.events] == [("held", "2019-04-25")]


def test_a_visit_held_with_no_time_but_talks_is_undated(world_rules: Rules) -> None:
    """No arrival told and no day given: a visit is dated by the day it begins, which the
    page does not give, so it is not guessed to the page's month."""
    analysis = draft(world_rules, [
        "Putin and Xi talk trade",
        "Vladimir Putin held talks with Xi Jinping in Beijing, with trade and energy on the agenda.",
    ], "2019-04-25")
    assert [(event.status.value, event.date) for event in analysis.events] == [("held", None)]


@pytest.mark.parametrize("sentence", [
    "In Beijing, Xi Jinping has welcomed Vladimir Putin, with trade and energy on the agenda.",
    "Vladimir Putin and Xi Jinping have held talks in Beijing on trade and energy.",
    "Vladimir Putin has sat down for talks with Xi Jinping in Beijing.",
])
def test_a_meeting_told_in_the_present_perfect_is_dated_to_the_pages_day(world_rules: Rules, sentence: str) -> None:
    """"has welcomed", "have held talks": the page's news, just held, as "has arrived" is;
    not undated as a meeting told in the past with no day is."""
    analysis = draft(world_rules, ["Putin and Xi in Beijing", sentence], "2019-04-25")
    assert [(event.status.value, str(event.date)) for event in analysis.events] == [("held", "2019-04-25")]


@pytest.mark.parametrize("sentence", [
    "Vladimir Putin and Xi Jinping have held talks in Beijing so far.",
    "Xi Jinping has welcomed Vladimir Putin in Beijing twice, with trade on the agenda.",
    "Xi Jinping has welcomed Vladimir Putin in Beijing more often than any other leader.",
])
def test_a_present_perfect_that_counts_meetings_dates_none(world_rules: Rules, sentence: str) -> None:
    """"has welcomed him twice": a record of meetings, no news of one that day."""
    analysis = draft(world_rules, ["Putin and Xi in Beijing", sentence], "2019-04-25")
    assert [(event.status.value, event.date) for event in analysis.events] == [("held", None)]


def test_an_embedded_posts_day_dates_the_landing_it_tells(world_rules: Rules) -> None:
    """A pasted post runs on one line to its handle and day; the landing it tells is that day,
    not the page's, which may be a day later across the date line."""
    analysis = draft(world_rules, [
        "Putin lands in Beijing",
        "Vladimir Putin is in Beijing, where he will hold talks with Xi Jinping.",
        "Vladimir Putin has landed in Beijing for a state visit at the invitation of Xi Jinping. "
        "Talks are set for tomorrow. pic.twitter.com/abc123 Kremlin desk (@kremlindesk) April 24, 2019",
    ], "2019-04-25")
    assert [(event.status.value, str(event.date)) for event in analysis.events] == [("held", "2019-04-24")]


def test_a_post_on_another_line_dates_nothing(world_rules: Rules) -> None:
    analysis = draft(world_rules, [
        "Putin lands in Beijing",
        "Vladimir Putin has landed in Beijing for a state visit at the invitation of Xi Jinping.",
        "Looking forward to the talks. Kremlin desk (@kremlindesk) April 20, 2019",
    ], "2019-04-25")
    assert [str(event.date) for event in analysis.events] == ["2019-04-25"]


def test_a_year_after_the_page_dates_no_visit_held(world_rules: Rules) -> None:
    """"named to take over in 2012", on a page of 2010: the visit is not of 2012 (nor of the
    page's month: the page gives no day it began)."""
    analysis = draft(world_rules, [
        "Kim and Hu in Changchun",
        "Kim Jong Il met Hu Jintao in Changchun, and Xi Jinping, named to take over as leader in 2012, was there too.",
    ], "2010-09-02")
    assert [event.date for event in analysis.events] == [None]


def test_an_arrival_retold_from_an_earlier_report_keeps_the_pages_month(world_rules: Rules) -> None:
    """A print page retelling "a Friday report": the arrival may be older than the page."""
    analysis = draft(world_rules, [
        "Putin and Xi in Beijing",
        "Vladimir Putin was welcomed in Beijing by Xi Jinping, according to a Friday report of the state agency.",
    ], "2019-04-27")
    assert [str(event.date) for event in analysis.events] == ["2019-04"]


@pytest.mark.parametrize(("sentence", "date"), [
    ("Xi Jinping welcomed Vladimir Putin in Beijing on the second day of his visit to China.", "None"),
    ("Vladimir Putin was welcomed by a guard of honour at the airport in Beijing, before talks with Xi Jinping.", "2019-04-25"),
])
def test_a_welcome_is_an_arrival_only_at_an_airport(world_rules: Rules, sentence: str, date: str) -> None:
    """A reception may be any day of the visit; a welcome at the airport is its first."""
    analysis = draft(world_rules, ["Putin and Xi in Beijing", sentence], "2019-04-25")
    assert [str(event.date) for event in analysis.events] == [date]


def test_a_summit_kept_beside_a_meeting_called_off_in_one_country_is_news_of_its_own(world_rules: Rules) -> None:
    """"Calls off the talks in Beijing ... will still attend the summit in China": the
    meeting called off and the occasion kept are two events, though one country holds both."""
    analysis = draft(world_rules, [
        "Biden calls off Beijing talks with Xi",
        "Joe Biden has called off the talks he was to hold with Xi Jinping in Beijing next month, the White House said.",
        "Biden confirmed that he will still attend the G20 summit in China.",
    ], "2023-06-07")
    assert [(e.place.country, e.kind, e.status.value) for e in analysis.events] == [
        ("CN", "summit", "cancelled"), ("CN", "summit", "confirmed"),
    ]
    assert analysis.events[1].place.city is None and analysis.events[1].visitor is None  # a group's summit: no visitor


def test_a_summit_confirmed_beside_a_meeting_confirmed_is_one_event(world_rules: Rules) -> None:
    """Nothing is called off: the meeting and the summit it is held at are one trip."""
    analysis = draft(world_rules, [
        "Biden to meet Xi in Beijing",
        "Joe Biden will hold talks with Xi Jinping in Beijing next month, the White House said.",
        "Biden confirmed that he will attend the G20 summit in China.",
    ], "2023-06-07")
    assert [e.place.country for e in analysis.events] == ["CN"]


def test_a_summit_called_off_beside_a_meeting_called_off_is_one_event(world_rules: Rules) -> None:
    """Both called off: the summit is the occasion the meeting was to be held at."""
    analysis = draft(world_rules, [
        "Biden calls off Beijing talks with Xi",
        "Joe Biden has called off the talks he was to hold with Xi Jinping in Beijing next month, the White House said.",
        "Biden will not attend the G20 summit in China either.",
    ], "2023-06-07")
    assert [e.place.country for e in analysis.events] == ["CN"]


def test_a_summit_the_traveller_reached_on_the_pages_day_is_news_beside_his_trip(world_rules: Rules) -> None:
    """A leader of the trip drafted first reached a summit that day: the day's news, though
    no other leader of the page attends it."""
    analysis = draft(world_rules, [
        "Albanese and Modi to meet in Delhi next week",
        "Anthony Albanese and Narendra Modi will hold talks in New Delhi on Thursday, their offices said.",
        "Albanese reached Indonesia earlier on Saturday for summit talks of Pacific and Asian leaders.",
    ], "2023-03-04")
    assert [(e.place.country, e.kind, e.status.value) for e in analysis.events][1:] == [("ID", "summit", "held")]
    assert analysis.events[1].leaders == ("anthony-albanese",) and str(analysis.events[1].date) == "2023-03-04"


def test_a_summit_the_traveller_attended_some_other_day_is_a_trip_in_passing(world_rules: Rules) -> None:
    """Told with no day, or a day before the page's, it is background to the trip drafted."""
    for reached in (
        "Albanese reached Indonesia on Monday for summit talks of Pacific and Asian leaders.",
        "Albanese attended the summit of Pacific and Asian leaders in Indonesia.",
    ):
        analysis = draft(world_rules, [
            "Albanese and Modi to meet in Delhi next week",
            "Anthony Albanese and Narendra Modi will hold talks in New Delhi on Thursday, their offices said.",
            reached,
        ], "2023-03-04")
        assert [e.place.country for e in analysis.events] == ["IN"], reached


def test_a_summit_named_as_the_setting_of_the_meeting_called_off_is_no_event_of_its_own(world_rules: Rules) -> None:
    """The sentence names both parties of the meeting called off: it tells of that meeting,
    the summit only where it was to be held."""
    analysis = draft(world_rules, [
        "Biden calls off his meeting with Xi in China",
        "Beijing regrets the American president's decision on the talks planned with Xi Jinping on the sidelines of the G20 summit in Shanghai.",
        "Joe Biden gave no reason for his choice.",
    ], "2023-06-07")
    assert [(e.place.country, e.status.value) for e in analysis.events] == [("CN", "cancelled")]


@pytest.mark.parametrize(("placed", "drafted"), [(", in Washington on an official visit,", True), ("", False)], ids=["placed-there", "not-placed"])
def test_a_visit_the_page_places_its_visitor_on_beside_a_call_is_news(world_rules: Rules, placed: str, drafted: bool) -> None:
    """A page about a call that puts the caller "in Washington on an official visit" as it is
    written tells a visit under way: news beside the call. Without it, the visit held is the
    call's background, as before."""
    analysis = draft(world_rules, [
        "Prabowo posts video of his call with Trump",
        f"President Prabowo Subianto{placed} posted a recording of his phone call with Donald Trump on Monday.",
        "He arrived in Washington on Sunday and is due to meet President Joe Biden at the White House on Tuesday.",
    ], "2024-11-12")
    events = [(e.status.value, e.visitor, e.host, e.place.city) for e in analysis.events]
    assert events == ([("held", "prabowo-subianto", "joe-biden", "Washington")] if drafted else [])


_SURPRISE_VISIT = [
    "Yoon makes surprise visit to Ukraine",
    "South Korean President Yoon Suk Yeol has travelled to Ukraine without notice, his office said on Saturday.",
]


def test_the_legs_a_journey_went_on_before_the_stop_the_page_reports_are_no_stops_ahead(world_rules: Rules) -> None:
    """"He first went to Lithuania, and from there to Poland": going on told in the past, the
    journey's earlier legs named in passing, not a further stop of the trip."""
    analysis = draft(world_rules, [
        *_SURPRISE_VISIT,
        "Ukraine ends a trip in two parts: Yoon first went to Lithuania for the NATO summit, and from there to Poland on an official visit.",
    ], "2023-07-15")
    assert stops(analysis) == [("UA", "held", None)]


def test_a_stop_gone_on_to_after_a_leg_flown_is_still_ahead(world_rules: Rules) -> None:
    """A word of a time ahead after the past verb ("who flew to Lithuania ..., will go on from
    there to Poland"): the stop is still ahead."""
    analysis = draft(world_rules, [
        *_SURPRISE_VISIT,
        "Yoon, who flew to Lithuania for the NATO summit, will go on from there to Poland on an official visit.",
    ], "2023-07-15")
    assert stops(analysis) == [("UA", "held", None), ("PL", "confirmed", None)]


def test_the_county_after_a_known_city_is_no_town_of_its_own(world_rules: Rules) -> None:
    """"at the King's Windsor estate in Berkshire, England": Berkshire says where Windsor lies;
    the place is the city the gazetteer knows, not a town read from "in Berkshire, England"."""
    analysis = draft(world_rules, [
        "Trump and Starmer meet in England",
        "On Monday Donald Trump and Keir Starmer held talks at the King's Windsor estate in Berkshire, England, before lunch.",
    ], "2025-07-28")
    assert [(e.place.country, e.place.city) for e in analysis.events] == [("GB", "Windsor")]


def test_a_town_before_its_country_is_still_read_when_no_known_city_precedes_it(world_rules: Rules) -> None:
    analysis = draft(world_rules, [
        "Trump and Starmer meet in England",
        "On Monday Donald Trump and Keir Starmer held talks in Chipping Norton, England, before lunch.",
    ], "2025-07-28")
    assert [(e.place.country, e.place.city) for e in analysis.events] == [("GB", "Chipping Norton")]


def test_a_meeting_at_a_summit_is_placed_where_the_summit_opened(world_rules: Rules) -> None:
    """The summit's own sentence names no leader, the meeting's names no place: the meeting
    at the summit is where the summit opened, with a doubt for the editor."""
    analysis = draft(world_rules, [
        "Summit in Italy",
        "The G20 summit opened in Rome on Saturday under tight security.",
        "On the sidelines of the summit, Recep Tayyip Erdogan met Joe Biden for an hour.",
    ], "2021-10-31")
    assert [(e.place.country, e.place.city) for e in analysis.events] == [("IT", "Rome")]
    assert "opened in Rome" in analysis.events[0].doubts["place"]


def test_a_summit_named_in_passing_places_no_meeting(world_rules: Rules) -> None:
    """No word of the summit opening or being held: the city it is prepared in is no place
    of the meeting."""
    analysis = draft(world_rules, [
        "Talks in the region",
        "Officials in Rome prepare for the summit with great care.",
        "On the sidelines of the summit, Recep Tayyip Erdogan met Joe Biden for an hour.",
    ], "2021-10-31")
    assert all(e.place.city != "Rome" for e in analysis.events)

def test_a_groups_summit_during_a_state_visit_is_an_event_of_its_own(world_rules: Rules) -> None:
    """A state visit to the country that hosts a group's summit, the summit told in sentences
    of its own: the visit (its visitor and host) and the summit (the host country's occasion,
    no visitor) are two events."""
    analysis = draft(world_rules, [
        "Modi lands in Brazil for a four-day state visit",
        "Prime Minister Narendra Modi touched down on Sunday evening and was greeted at the airport by President Lula.",
        "The G20 summit of this week is the first gathering of the group that Lula has chaired.",
    ], "2024-11-18")
    assert [(e.kind, e.visitor, e.host) for e in analysis.events] == [
        ("visit", "narendra-modi", "luiz-inacio-lula-da-silva"),
        ("summit", None, "luiz-inacio-lula-da-silva"),
    ]
    summit = analysis.events[1]
    assert summit.place.country == "BR" and summit.status.value == "confirmed"
    assert summit.leaders == ("luiz-inacio-lula-da-silva", "narendra-modi")


def test_a_state_visit_whose_talks_are_called_a_summit_stays_one_visit(world_rules: Rules) -> None:
    """No group is named: the summit is the visit's own talks."""
    analysis = draft(world_rules, [
        "Modi lands in Brazil for a four-day state visit",
        "Prime Minister Narendra Modi touched down on Sunday evening and was greeted at the airport by President Lula.",
        "The summit of the two leaders is to take place on Monday in the capital.",
    ], "2024-11-18")
    assert [(e.kind, e.visitor) for e in analysis.events] == [("visit", "narendra-modi")]


def test_a_bilateral_summit_beside_a_groups_is_one_event(world_rules: Rules) -> None:
    """Two leaders meeting where neither is at home, no visit of its own told: one summit."""
    analysis = draft(world_rules, [
        "Modi and Lula hold summit in Rome",
        "Narendra Modi and Lula held a summit in Rome on Sunday, a day before the G20 summit there.",
    ], "2024-11-18")
    assert len(analysis.events) == 1


def test_a_trip_to_a_groups_summit_is_no_visit_beside_it(world_rules: Rules) -> None:
    """A leader arriving for the group's summit, with no visit told in words of its own: the
    summit alone, never a second event, and its host is not made a visitor."""
    analysis = draft(world_rules, [
        "Modi arrives in Brazil for the G20 summit",
        "Prime Minister Narendra Modi touched down in Rio de Janeiro on Sunday and was greeted by President Lula.",
        "The G20 summit opens on Monday.",
    ], "2024-11-17")
    assert len(analysis.events) == 1
    assert analysis.events[0].visitor != "luiz-inacio-lula-da-silva"


def test_a_groups_summit_during_a_visit_is_dated_by_its_own_run_of_days(world_rules: Rules) -> None:
    """The clause that tells the summit's days dates it, not the visit's clause beside it."""
    analysis = draft(world_rules, [
        "Modi lands in Brazil for a four-day state visit",
        "Prime Minister Narendra Modi touched down on Sunday evening and was greeted at the airport by President Lula.",
        "Lula will host the G20 summit in Rio de Janeiro this week.",
        "The summit runs from November 18 to 19; Modi will pay a state visit to Brasília on November 20.",
    ], "2024-11-17")
    summit = analysis.events[-1]
    assert (summit.kind, summit.place.city, str(summit.date)) == ("summit", "Rio de Janeiro", "2024-11-18")


def test_a_groups_summit_of_an_earlier_year_is_no_event_beside_a_visit(world_rules: Rules) -> None:
    """The visitor's host went to the visitor's country for a group's summit a year before:
    a trip gone by, not an occasion of this visit."""
    analysis = draft(world_rules, [
        "Kishida to make an official visit to Brazil",
        "Fumio Kishida will make an official visit to Brazil on Friday and will meet Lula in Brasília.",
        "In May 2023 Lula went to Japan for the G7 summit.",
    ], "2024-04-30")
    assert [event.kind for event in analysis.events] == ["visit"]


def test_a_groups_summit_the_host_would_go_to_is_no_event_beside_the_visit(world_rules: Rules) -> None:
    """A summit a leader of the visit goes to, placed nowhere, is not the host country's."""
    analysis = draft(world_rules, [
        "Lula received at the White House",
        "Lula was received by Trump at the White House, on his first official visit to the United States.",
        "At lunch Trump said he thought he would go to the G20 summit.",
    ], "2025-03-10")
    assert [event.kind for event in analysis.events] == ["visit"]


def test_a_groups_summit_the_visitors_country_will_host_is_no_event_beside_the_visit(world_rules: Rules) -> None:
    """The summit is placed in the visitor's home country: another occasion than the visit's."""
    analysis = draft(world_rules, [
        "Macron to pay an official visit to Japan",
        "Emmanuel Macron will pay an official visit to Japan in April and meet Sanae Takaichi.",
        "Before the G7 summit that France will host in June, he wants to affirm the cooperation.",
    ], "2026-03-01")
    assert [event.kind for event in analysis.events] == ["visit"]

def test_a_city_naming_a_body_is_not_the_one_city_a_headlines_summit_is_placed_in(world_rules: Rules) -> None:
    """"the Shanghai Cooperation Organization" names a body, not Shanghai: the one city the page
    names is where the summit its headline tells is."""
    analysis = draft(world_rules, [
        "Putin and Xi meet at regional summit",
        "At a summit in Astana, Vladimir Putin and Xi Jinping praised the Shanghai Cooperation Organization as a pillar of order.",
    ], "2024-07-04")
    assert [(event.kind, event.place.city) for event in analysis.events] == [("summit", "Astana")]


@pytest.mark.parametrize("sentence", [
    "Olaf Scholz received Narendra Modi at the chancellery in Berlin for talks on trade.",
    "Narendra Modi met Olaf Scholz in Berlin, and the two signed an accord on green hydrogen.",
])
def test_a_visit_held_on_a_dated_page_with_no_day_of_its_own_is_undated(world_rules: Rules, sentence: str) -> None:
    """A reception or talks with no day, on a page dated to the day: the day the visit began is
    not given, so the visit is undated rather than dated to the page's month."""
    analysis = draft(world_rules, ["Modi in Berlin", sentence], "2022-05-03")
    assert [(event.status.value, event.date) for event in analysis.events] == [("held", None)]


@pytest.mark.parametrize("headline", [
    "Scholz meets Modi in Berlin",
    "Modi and Scholz meet in Berlin to talk trade",
    "Scholz receives Indian prime minister at the chancellery",
    "Scholz, Modi hold talks on green hydrogen",
])
def test_a_meeting_a_headline_tells_in_the_present_is_of_the_pages_day(world_rules: Rules, headline: str) -> None:
    """A headline tells in the present what has just happened: a meeting held that it tells
    so, which the text gives no day of, is the news of the page's own day."""
    analysis = draft(world_rules, [
        headline,
        "Olaf Scholz received Narendra Modi at the chancellery in Berlin for talks on trade and on green hydrogen.",
    ], "2022-05-03")
    assert [(event.status.value, str(event.date)) for event in analysis.events] == [("held", "2022-05-03")]


@pytest.mark.parametrize("headline", ["Scholz to meet Modi in Berlin", "Why did Scholz meet Modi in Berlin?"])
def test_a_meeting_a_headline_tells_ahead_or_asks_about_is_not_dated_by_it(world_rules: Rules, headline: str) -> None:
    """"to meet" in a headline is a plan's, and a question asks: neither is the day's news."""
    analysis = draft(world_rules, [
        headline,
        "Olaf Scholz received Narendra Modi at the chancellery in Berlin for talks on trade and on green hydrogen.",
    ], "2022-05-03")
    assert [str(event.date) for event in analysis.events] != ["2022-05-03"]


def test_a_visit_held_on_a_page_dated_to_its_month_keeps_that_month(world_rules: Rules) -> None:
    """A page dated to its month alone settles no finer: what it reports is of that month."""
    analysis = draft(world_rules, [
        "Modi in Berlin",
        "Olaf Scholz received Narendra Modi at the chancellery in Berlin for talks on trade and on green hydrogen.",
    ], "2022-05")
    assert [str(event.date) for event in analysis.events] == ["2022-05"]


@pytest.mark.parametrize("sentence", [
    "Narendra Modi is visiting Germany, where he held talks with Olaf Scholz on trade.",
    "Narendra Modi and his ministers are currently visiting Germany and held talks with Olaf Scholz on trade.",
])
def test_a_visit_told_in_its_course_alone_is_undated(world_rules: Rules, sentence: str) -> None:
    """"is visiting": under way, but begun on a day the page does not give, so not dated to
    the page's day."""
    analysis = draft(world_rules, ["Modi in Germany", sentence], "2022-05-03")
    assert [(event.status.value, event.date) for event in analysis.events] == [("held", None)]


def test_a_visit_told_arriving_is_still_dated_to_the_pages_day(world_rules: Rules) -> None:
    """"has arrived" beside "is on a state visit": the arrival is the page's news, that day."""
    analysis = draft(world_rules, [
        "Modi in Germany",
        "Narendra Modi has arrived in Berlin and is on a state visit to Germany at the invitation of Olaf Scholz.",
    ], "2022-05-03")
    assert [(event.status.value, str(event.date)) for event in analysis.events] == [("held", "2022-05-03")]


@pytest.mark.parametrize(("sentence", "date"), [
    # the year of a treaty, or of a visit looked back on, is not the visit's
    ("Olaf Scholz received Narendra Modi in Berlin, where they praised the accord their countries signed in 2010.", "None"),
    ("Olaf Scholz received Narendra Modi in Berlin; Modi's last visit to Germany was in 2017.", "None"),
    # the year given to the trip itself dates it
    ("Olaf Scholz received Narendra Modi in Berlin on his first visit to Germany in 2022.", "2022"),
])
def test_a_visit_held_is_dated_by_a_year_only_when_the_year_is_the_trips(world_rules: Rules, sentence: str, date: str) -> None:
    """On a page of no date a bare year is all there is: it dates the visit only when a trip
    word stands beside it in its clause, and the clause does not look back."""
    analysis = draft(world_rules, ["Modi in Berlin", sentence])
    assert [str(event.date) for event in analysis.events] == [date]


def test_a_visit_held_only_by_a_guess_keeps_the_pages_month(world_rules: Rules) -> None:
    """No phrase tells the visit held; the tense guesses it. The page may be telling a plan the
    reading missed, so the month stands, as before, where a visit told held is undated."""
    analysis = draft(world_rules, [
        "Modi's visit to Berlin",
        "The visit of Narendra Modi to Berlin brought trade and green hydrogen to the table with Olaf Scholz.",
    ], "2022-05-03")
    assert [(event.status.value, str(event.date)) for event in analysis.events] == [("held", "2022-05")]


def test_a_visit_held_beside_words_of_what_is_ahead_keeps_the_pages_month(world_rules: Rules) -> None:
    """"received ..., and the two will sign": a sentence about it speaks of what is ahead, so the
    page may be telling a plan of its month; the month stands, as before."""
    analysis = draft(world_rules, [
        "Modi in Berlin",
        "Olaf Scholz received Narendra Modi in Berlin, and the two will sign an accord on green hydrogen.",
    ], "2022-05-03")
    assert [(event.status.value, str(event.date)) for event in analysis.events] == [("held", "2022-05")]


@pytest.mark.parametrize(
    "aside",
    [
        "Kyiv had counted on a summit of its allies planned for next week in Brussels, Belgium.",
        "Italy is getting ready to host the group's next summit, set for June in Rome.",
    ],
)
def test_a_summit_set_for_a_time_and_placed_after_it_is_not_the_visits_own(world_rules: Rules, aside: str) -> None:
    """The place after the time is that summit's ("planned for next week in Brussels", or its
    country after a town), so a visit received elsewhere stays a visit."""
    analysis = draft(world_rules, [
        "Zelensky meets Scholz in Berlin",
        "Ukraine's President Volodymyr Zelensky was received by Chancellor Olaf Scholz in Berlin on Tuesday.",
        aside,
    ], "2024-10-08")
    assert [(e.kind, e.place.city) for e in analysis.events][:1] == [("visit", "Berlin")]


def roles_of(analysis: Analysis) -> list[tuple[str, str | None, str | None, tuple[str, ...]]]:
    """(kind, visitor, host, leaders) of each event drafted, in order."""
    return [(e.kind, e.visitor, e.host, e.leaders) for e in analysis.events]


def test_a_meeting_on_a_groups_summits_margins_has_no_visitor(world_rules: Rules) -> None:
    """A meeting on the margins of a group's summit is part of the summit, its host
    country's occasion: the leader who flies in for it is at it, not on a visit to the host,
    who keeps the summit."""
    analysis = draft(world_rules, [
        "Yoon and Modi talk trade in New Delhi",
        "On the sidelines of the G20 summit in New Delhi, Yoon Suk Yeol held talks with Narendra Modi on Saturday.",
    ], "2023-09-09")
    assert roles_of(analysis) == [("summit", None, "narendra-modi", ("narendra-modi", "yoon-suk-yeol"))]


def test_a_group_named_anywhere_in_the_sentence_of_a_summit_makes_it_the_groups(world_rules: Rules) -> None:
    """"Leaders of the Group of 20 are gathering for their summit": the group named apart
    from the word, or a country's summit with a continent's states, still tells a group's
    summit."""
    analysis = draft(world_rules, [
        "Yoon and Modi meet in New Delhi",
        "In New Delhi, where leaders of the Group of 20 are gathering for their summit, Yoon Suk Yeol met Narendra Modi on its margins on Saturday.",
    ], "2023-09-09")
    assert [(kind, visitor) for kind, visitor, _, _ in roles_of(analysis)] == [("summit", None)]
    continent = draft(world_rules, [
        "Ramaphosa and Putin meet in St Petersburg",
        "On the margins of the Russia-Africa summit in St Petersburg, Cyril Ramaphosa sat down with Vladimir Putin on Thursday.",
    ], "2023-07-27")
    assert [visitor for _, visitor, _, _ in roles_of(continent)] == [None]


def test_a_leader_at_a_groups_summit_is_no_visitor_on_its_margins_or_not(world_rules: Rules) -> None:
    """A group's summit is its host country's occasion (the settled convention): the leader
    who flies in for it is at it, not the host's visitor, whether the page tells his meeting
    on the summit's margins or not, and whether it calls his trip a visit or not."""
    not_on_margins = draft(world_rules, [
        "Modi in Tianjin for the SCO summit",
        "Narendra Modi arrived in Tianjin on Sunday for the SCO summit and will meet Xi Jinping there.",
    ], "2025-08-31")
    assert [visitor for _, visitor, _, _ in roles_of(not_on_margins)] == [None]
    called_a_visit = draft(world_rules, [
        "Modi meets Meloni in Rome",
        "On his first foreign visit, Narendra Modi met Giorgia Meloni in Rome on the sidelines of the G7 summit on Friday.",
    ], "2024-06-14")
    assert [visitor for _, visitor, _, _ in roles_of(called_a_visit)] == [None]
    come_for_it = draft(world_rules, [
        "Ramaphosa joins the G7 in Biarritz",
        "Cyril Ramaphosa is in Biarritz for the G7 summit, where he held talks with Emmanuel Macron on Sunday.",
    ], "2019-08-25")
    assert [(kind, visitor, host) for kind, visitor, host, _ in roles_of(come_for_it)] == [("summit", None, "emmanuel-macron")]


def test_a_bilateral_summit_held_beside_a_groups_keeps_its_visitor(world_rules: Rules) -> None:
    """The leaders' own summit, held while a group's meets in the host's country ("a bilateral
    summit ... where both came for the G7 summit"), is theirs: the one who travelled is its
    visitor."""
    analysis = draft(world_rules, [
        "Modi and Kishida hold talks in Hiroshima",
        "Narendra Modi held a bilateral summit with Fumio Kishida in Hiroshima on Saturday, where both came for the G7 summit.",
    ], "2023-05-20")
    assert [visitor for _, visitor, _, _ in roles_of(analysis)] == ["narendra-modi"]


def test_a_guest_meeting_the_host_where_a_group_of_countries_meets_is_at_its_summit(world_rules: Rules) -> None:
    """A page that names the group as the occasion with no word for a summit ("as the G20
    opens", "the yearly APEC forum") tells a meeting at the group's summit all the same: the
    host country's occasion, with no visitor, its host the leader at home."""
    g20_opens = draft(world_rules, [
        "Scholz sits down with Lula in Rio as G20 opens",
        "Olaf Scholz sat down with Luiz Inacio Lula da Silva in Rio de Janeiro on Monday.",
    ], "2024-11-18")
    assert [(kind, visitor, host) for kind, visitor, host, _ in roles_of(g20_opens)] == [("summit", None, "luiz-inacio-lula-da-silva")]
    at_the_forum = draft(world_rules, [
        "Putin and Xi talk trade",
        "Vladimir Putin held talks with Xi Jinping in Beijing on Sunday, as did the other leaders who have come to the yearly APEC forum.",
    ], "2014-11-09")
    assert [(kind, visitor, host) for kind, visitor, host, _ in roles_of(at_the_forum)] == [("summit", None, "xi-jinping")]


def test_a_group_named_for_its_members_or_meeting_elsewhere_makes_no_summit_of_a_visit(world_rules: Rules) -> None:
    """A group named for its members or its ministers ("the BRICS countries", "G20 finance
    ministers") is no occasion, nor is a group's summit the sentence places in another country:
    the leader received at home still has a visitor."""
    analysis = draft(world_rules, [
        "Lula receives Modi in Brasilia",
        "Luiz Inacio Lula da Silva received Narendra Modi in Brasilia on Tuesday, and the two spoke of trade among the BRICS countries and of the G20 finance ministers.",
    ], "2025-07-08")
    assert [(kind, visitor, host) for kind, visitor, host, _ in roles_of(analysis)] == [("visit", "narendra-modi", "luiz-inacio-lula-da-silva")]
    elsewhere = draft(world_rules, [
        "Modi meets Putin in Moscow",
        "Narendra Modi met Vladimir Putin in Moscow on Tuesday, as Western leaders met in Washington for a NATO summit.",
    ], "2024-07-09")
    assert [(kind, visitor, host) for kind, visitor, host, _ in roles_of(elsewhere)] == [("visit", "narendra-modi", "vladimir-putin")]


def test_a_host_who_welcomes_the_leader_at_a_groups_summit_has_a_visitor(world_rules: Rules) -> None:
    """The page tells the host receiving the leader ("Putin welcomed Modi"): a visit to the
    host, told so, keeps its visitor, summit or not."""
    analysis = draft(world_rules, [
        "Putin and Modi hold talks in Kazan",
        "On the margins of the BRICS summit in Kazan, Vladimir Putin welcomed Narendra Modi with a hug on Tuesday.",
    ], "2024-10-22")
    assert [(kind, visitor, host) for kind, visitor, host, _ in roles_of(analysis)] == [("summit", "narendra-modi", "vladimir-putin")]


def test_a_summit_of_two_leaders_keeps_its_visitor(world_rules: Rules) -> None:
    """No group's summit: the leader received in the other's country is its visitor."""
    analysis = draft(world_rules, [
        "Kim arrives in Vladivostok for summit with Putin",
        "Kim Jong Un arrived in Vladivostok on Wednesday for his first summit with Vladimir Putin.",
    ], "2019-04-24")
    assert [(kind, visitor, host) for kind, visitor, host, _ in roles_of(analysis)] == [("summit", "kim-jong-un", "vladimir-putin")]


def test_a_leader_who_stays_away_from_a_groups_summit_stays_its_visitor(world_rules: Rules) -> None:
    """A group's summit a leader declines keeps him as the one who does not come."""
    analysis = draft(world_rules, [
        "Putin will not attend the BRICS summit in Brazil",
        "Vladimir Putin has declined to attend the BRICS summit in Rio de Janeiro in July, the Kremlin said.",
    ], "2025-06-20")
    assert [visitor for _, visitor, _, _ in roles_of(analysis)] == ["vladimir-putin"]


def test_a_groups_summit_ahead_one_leader_of_several_declines_is_his_trip(world_rules: Rules) -> None:
    """A page whose news is one leader staying away from a group's summit still ahead, with
    another leader named going to it: the event is the absent leader's trip, declined, and
    the summit is no event of its own beside it."""
    analysis = draft(world_rules, [
        "Starmer sorry that Erdogan will skip the G20 summit",
        "Keir Starmer said on Monday he was sorry that Recep Tayyip Erdogan will not attend the G20 summit in Johannesburg next week.",
        "Starmer himself flies to South Africa on Friday.",
    ], "2025-11-10")
    assert [(e.kind, e.status.value, e.visitor, e.host, e.leaders) for e in analysis.events] == [
        ("summit", "declined", "recep-tayyip-erdogan", "cyril-ramaphosa", ("cyril-ramaphosa", "recep-tayyip-erdogan")),
    ]


def test_a_leader_named_in_an_aside_is_not_the_one_who_stays_away(world_rules: Rules) -> None:
    """"Erdogan, a friend of Putin, will stay away": the cue is Erdogan's, not Putin's."""
    analysis = draft(world_rules, [
        "Erdogan to miss G20 summit",
        "Recep Tayyip Erdogan, a long-time friend of Vladimir Putin, will stay away from the G20 summit in Johannesburg later this month, his office said.",
    ], "2025-11-05")
    assert [(e.visitor, e.status.value, e.leaders) for e in analysis.events] == [
        ("recep-tayyip-erdogan", "declined", ("cyril-ramaphosa", "recep-tayyip-erdogan")),
    ]


def test_a_groups_summit_held_whose_page_tells_one_absence_in_passing_stays_the_summit(world_rules: Rules) -> None:
    """The summit's own news (its declaration, its host) told first, one leader's absence a
    line at the end: the summit is the event, no visitor, the leaders at it among its leaders."""
    analysis = draft(world_rules, [
        "G20 leaders adopt a declaration in Johannesburg",
        "Leaders of the G20 adopted a joint declaration in Johannesburg on Saturday, and Cyril Ramaphosa hailed it as a win for Africa.",
        "Keir Starmer and Narendra Modi praised the text at the close of the summit.",
        "Recep Tayyip Erdogan, who had said he would come, did not attend the summit in Johannesburg.",
    ], "2025-11-22")
    assert [e.visitor for e in analysis.events if e.kind == "summit"] == [None]


def test_a_groups_summit_called_off_as_a_whole_has_no_visitor(world_rules: Rules) -> None:
    """The leaders who had been due at a summit that is then called off as a whole: the cue
    is the summit's, so nobody's trip is the event."""
    analysis = draft(world_rules, [
        "BRICS summit called off",
        "Xi Jinping and Narendra Modi had been due at the BRICS summit in Johannesburg next month, which has now been called off, its host said.",
    ], "2025-06-02")
    assert [e.visitor for e in analysis.events] == [None]


def test_a_groups_summit_two_leaders_meet_at_is_hosted_by_its_countrys_leader(world_rules: Rules) -> None:
    """Two leaders from abroad meeting on a group's summit's margins are at its host
    country's occasion: whoever led that country then hosts it, though the page names him
    nowhere, and is among its leaders."""
    analysis = draft(world_rules, [
        "Starmer and Yoon talk trade",
        "Keir Starmer and Yoon Suk Yeol held talks in Rio de Janeiro on Monday on the sidelines of the G20 summit.",
    ], "2024-11-19")
    assert [(e.kind, e.visitor, e.host, e.leaders) for e in analysis.events] == [
        ("summit", None, "luiz-inacio-lula-da-silva", ("keir-starmer", "luiz-inacio-lula-da-silva", "yoon-suk-yeol")),
    ]


def test_a_groups_summit_on_an_undated_page_is_hosted_by_whoever_led_all_the_while(world_rules: Rules) -> None:
    """With no date on the page, the leaders at the summit bound its time (both in office
    together only from October 2025): the one leader of its country in office all that time
    hosts it."""
    analysis = draft(world_rules, [
        "Meloni meets Takaichi",
        "Giorgia Meloni and Sanae Takaichi shook hands at the G20 summit in Johannesburg.",
    ])
    assert [(e.host, e.leaders) for e in analysis.events] == [
        ("cyril-ramaphosa", ("cyril-ramaphosa", "giorgia-meloni", "sanae-takaichi")),
    ]


def test_a_groups_summit_on_an_undated_page_has_no_host_where_its_country_changed_leader(world_rules: Rules) -> None:
    """The guard: Japan had three prime ministers while Moon and Xi were both in office, so
    the leaders bound no one host."""
    analysis = draft(world_rules, [
        "Moon meets Xi",
        "Moon Jae-in and Xi Jinping held talks at the G20 summit in Osaka.",
    ])
    assert [(e.host, e.leaders) for e in analysis.events] == [(None, ("moon-jae-in", "xi-jinping"))]


@pytest.mark.parametrize("lines,published", [
    # A meeting at a group's summit called off is the two leaders' own: the summit goes on.
    (["Trump drops Putin meeting", "Donald Trump has called off his meeting with Vladimir Putin at the G20 summit"
      " in Buenos Aires, the White House said on Thursday."], "2018-11-29"),
    # A summit of their own, held while both are at a group's.
    (["Yoon and Albanese meet", "Yoon Suk Yeol and Anthony Albanese held a bilateral summit in Hiroshima on Friday,"
      " where both had come for the G7 summit."], "2023-05-19"),
    # No group's summit: two leaders meeting where neither is at home.
    (["Putin and Kim in Beijing", "Vladimir Putin and Kim Jong Un held talks in Beijing on Wednesday."], "2025-09-03"),
])
def test_two_leaders_own_meeting_abroad_has_no_host(world_rules: Rules, lines: list[str], published: str) -> None:
    """The guards: the host country's leader hosts a group's summit, not two leaders' own
    meeting there, nor one where no group meets."""
    analysis = draft(world_rules, lines, published)
    assert [(e.kind, e.host) for e in analysis.events] == [("summit", None)]


@pytest.mark.parametrize("aside", [
    "The two last sat down together in October in Astana, where both had flown for a regional summit.",
    "They first spoke at length in July in Vilnius, on the margins of the NATO summit held there.",
    "For weeks he has toured capitals to gather support for the Peace Summit, which takes place in Switzerland on Saturday.",
])
def test_a_summit_placed_in_another_country_makes_no_visit_a_summit(world_rules: Rules, aside: str) -> None:
    """A sentence beside the visit about a summit held elsewhere (its nearest place in another
    country) tells another meeting: the leader received at home by his host is on a visit."""
    analysis = draft(world_rules, [
        "Erdogan lands in Sochi",
        "Recep Tayyip Erdogan landed in Sochi on Monday and was received by Vladimir Putin.",
        aside,
    ], "2023-09-04")
    assert [(e.kind, e.place.city) for e in analysis.events][:1] == [("visit", "Sochi")]


def test_a_summit_placed_in_the_hosts_country_still_makes_the_meeting_a_summit(world_rules: Rules) -> None:
    """The guard: a summit the page places in the host's own country may be this meeting."""
    analysis = draft(world_rules, [
        "Erdogan lands in Sochi",
        "Recep Tayyip Erdogan landed in Sochi on Monday and was received by Vladimir Putin.",
        "Russia had prepared the summit for weeks, officials said.",
    ], "2023-09-04")
    assert [(e.kind, e.place.city) for e in analysis.events][:1] == [("summit", "Sochi")]



def test_a_summit_named_for_the_leaders_countries_still_makes_the_meeting_a_summit(world_rules: Rules) -> None:
    """The guard: "the Mongolia-Japan summit" is named for its two sides, whose countries
    are the leaders' own, not placed in another country."""
    analysis = draft(world_rules, [
        "Khurelsukh in Tokyo",
        "Ukhnaagiin Khurelsukh and Fumio Kishida held talks in Tokyo on Tuesday.",
        "As the Mongolia-Japan summit opened, the two spoke of trade.",
    ], "2022-11-29")
    assert [(e.kind, e.place.city) for e in analysis.events][:1] == [("summit", "Tokyo")]


def test_a_headline_that_tells_its_first_leader_hosting_places_the_meeting_at_his_home(world_rules: Rules) -> None:
    """"Modi to host Brazilian leader Lula": the headline's first leader receives the other,
    so the meeting no sentence places is in his country, not in the guest's."""
    lines = [
        "Modi to host Brazilian leader Lula for second state visit",
        "Brazil's President Lula is to be the guest of Prime Minister Narendra Modi on a state visit, officials said.",
    ]
    (country, _, _, _, visitor, host), = events_of(draft(world_rules, lines, "2024-07-10"))
    assert (country, visitor, host) == ("IN", "luiz-inacio-lula-da-silva", "narendra-modi")


def test_a_headline_that_tells_its_second_leader_travelling_places_the_meeting_at_the_firsts_home(world_rules: Rules) -> None:
    """"Modi praises ties as Lula visits": the leader the trip word follows is the traveller,
    whichever the headline names first; the meeting is at the other's home."""
    lines = [
        "Modi praises Brazil ties as Lula visits for talks with India",
        "Narendra Modi said the two countries had never been closer.",
    ]
    (country, _, _, _, visitor, host), = events_of(draft(world_rules, lines, "2024-07-10"))
    assert (country, visitor, host) == ("IN", "luiz-inacio-lula-da-silva", "narendra-modi")


def test_a_headline_whose_first_leader_meets_the_other_still_places_it_at_the_others_home(world_rules: Rules) -> None:
    """The reading kept: "Modi holds talks with Lula in Brazil visit" tells no host, and its
    first leader is the one who travels."""
    lines = ["Modi holds talks with Brazil's Lula", "Narendra Modi met Lula, and both praised the ties."]
    (country, _, _, _, visitor, host), = events_of(draft(world_rules, lines, "2024-07-10"))
    assert (country, visitor, host) == ("BR", "narendra-modi", "luiz-inacio-lula-da-silva")


def test_a_host_welcoming_words_not_a_leader_is_no_hosting_of_a_leader(world_rules: Rules) -> None:
    """"Modi welcomes Lula's offer": the verb takes a thing the other leader owns, not the leader."""
    lines = ["Modi welcomes Brazil's Lula's offer as the two meet", "Narendra Modi met Lula, and both praised the ties."]
    (country, _, _, _, _, _), = events_of(draft(world_rules, lines, "2024-07-10"))
    assert country == "BR"


_FILLER = "Markets were calm that day, and the weather stayed mild across the country for the rest of the week."


@pytest.mark.parametrize("text", [
    "The regional summit opened in Ankara on Tuesday, and President Erdogan spoke first at its opening.",
    "President Erdogan opened the regional summit in Ankara on Tuesday with a speech on trade.",
])
def test_a_summit_its_host_opens_at_home_is_drafted_with_him_alone(world_rules: Rules, text: str) -> None:
    """The summit is the news though no guest is named: held, his, in his city, on its day."""
    (event,) = draft(world_rules, ["Summit under way", text, _FILLER], "2023-03-08").events
    assert (event.kind, event.status.value, event.visitor, event.host, event.leaders) == (
        "summit", "held", None, "recep-tayyip-erdogan", ("recep-tayyip-erdogan",)
    )
    assert (event.place.city, str(event.date)) == ("Ankara", "2023-03-07")


@pytest.mark.parametrize("text", [
    # A leader at home with no summit: no event, opening or not.
    "President Erdogan opened a new bridge in Istanbul on Tuesday.",
    "President Erdogan spoke about the economy in Ankara on Tuesday.",
    # A summit he opened in an earlier year is a look back.
    "President Erdogan opened the regional summit in Ankara last year.",
])
def test_a_leader_alone_at_home_without_a_summit_opening_is_no_event(world_rules: Rules, text: str) -> None:
    assert draft(world_rules, ["News from Ankara", text, _FILLER], "2023-03-08").events == ()


def test_a_host_keen_to_welcome_a_leader_invites_him_with_no_day(world_rules: Rules) -> None:
    """"was keen to welcome Putin to India as soon as possible": the host's wish to receive
    him is an invitation, not a rumour ("possible" there is how soon, not whether), and "as
    soon as" settles no time, so the invitation is undated."""
    analysis = draft(world_rules, [
        "Modi and Putin speak about trade",
        "Narendra Modi spoke to Vladimir Putin by telephone about trade on Tuesday.",
        "Modi said he was keen to welcome Putin to India as soon as possible.",
    ], "2021-03-10")
    assert events_of(analysis) == [("IN", None, "invited", None, "vladimir-putin", "narendra-modi")]


@pytest.mark.parametrize("wish", ["hopes to host him", "is keen to host him", "is eager to welcome him"])
def test_a_host_hoping_to_receive_a_leader_invites_him(world_rules: Rules, wish: str) -> None:
    analysis = draft(world_rules, [
        "Modi and Putin speak about trade",
        f"Narendra Modi told Vladimir Putin that he {wish} in India once the floods have passed.",
    ], "2021-03-10")
    assert [(e.status.value, e.visitor, e.host) for e in analysis.events] == [("invited", "vladimir-putin", "narendra-modi")]


def test_a_leader_glad_to_have_welcomed_a_visitor_still_held_a_meeting(world_rules: Rules) -> None:
    """"was glad to welcome Putin to Delhi" tells a meeting that took place: no invitation."""
    analysis = draft(world_rules, [
        "Putin in Delhi",
        "Narendra Modi met Vladimir Putin in New Delhi on Monday and said he was glad to welcome him.",
    ], "2021-03-10")
    assert [e.status.value for e in analysis.events] == ["held"]


def test_an_invitation_made_after_the_leaders_talks_elsewhere_is_not_placed_there(world_rules: Rules) -> None:
    """"had invited Modi, a sign of warmer ties after their talks in Rome": where the two met
    before the invitation looks back; no meeting in Rome is drafted from it."""
    analysis = draft(world_rules, [
        "Lula invites Modi",
        "Lula said on Monday that he had invited Narendra Modi, a sign of warmer ties after their talks in Rome.",
    ], "2024-03-10")
    assert all(event.place.country != "IT" for event in analysis.events)


def test_a_meeting_held_after_which_the_leaders_spoke_is_still_drafted(world_rules: Rules) -> None:
    """The look back is read only beside a plan or an invitation: "signed a pact after their
    talks in Rome" tells the talks as the news."""
    analysis = draft(world_rules, [
        "Lula and Modi sign a pact",
        "Lula met Narendra Modi in Rome on Monday, and the two signed a trade pact after their talks in Rome.",
    ], "2024-03-10")
    assert [(e.place.country, e.status.value) for e in analysis.events] == [("IT", "held")]


def test_a_state_visit_and_a_groups_summit_joined_by_and_are_two_events(world_rules: Rules) -> None:
    """"The state visit and the G20 summit fill the week": the summit is an occasion of its
    own beside the visit, though the one sentence names them both."""
    analysis = draft(world_rules, [
        "Modi lands in Brazil for a four-day state visit",
        "Prime Minister Narendra Modi touched down on Sunday evening and was greeted at the airport by President Lula.",
        "The state visit and the G20 summit fill the whole week in Rio de Janeiro.",
    ], "2024-11-17")
    assert [(e.kind, e.visitor, e.host) for e in analysis.events] == [
        ("visit", "narendra-modi", "luiz-inacio-lula-da-silva"),
        ("summit", None, "luiz-inacio-lula-da-silva"),
    ]
    assert analysis.events[1].place.city == "Rio de Janeiro"


def test_a_state_visit_ahead_of_a_groups_summit_in_its_country_drafts_the_summit_beside_it(world_rules: Rules) -> None:
    """A group's summit in the visit's country just after it ("ahead of the G20 summit") is
    an event of its own beside the visit, by the golds' convention (this test held the other
    reading, one visit, until the convention was settled; its sentences are unchanged)."""
    analysis = draft(world_rules, [
        "Modi lands in Brazil for a four-day state visit",
        "Prime Minister Narendra Modi touched down on Sunday evening and was greeted at the airport by President Lula.",
        "The state visit comes ahead of the G20 summit in Rio de Janeiro.",
    ], "2024-11-17")
    assert [(e.kind, e.visitor, e.place.city) for e in analysis.events] == [
        ("visit", "narendra-modi", None), ("summit", None, "Rio de Janeiro"),
    ][: len(analysis.events)] and [e.kind for e in analysis.events] == ["visit", "summit"]


def test_an_official_visit_just_after_a_groups_summit_in_its_country_drafts_both(world_rules: Rules) -> None:
    """The same shape the other way round: the visit follows the group's summit the host's
    country has just held."""
    analysis = draft(world_rules, [
        "Xi begins official visit to South Africa",
        "Xi Jinping was welcomed by Cyril Ramaphosa in Pretoria on Friday.",
        "The official visit follows the BRICS summit in Johannesburg, which closed on Thursday.",
    ], "2023-08-25")
    assert [e.kind for e in analysis.events] == ["visit", "summit"]
    assert [(e.visitor, e.host) for e in analysis.events] == [("xi-jinping", "cyril-ramaphosa"), (None, "cyril-ramaphosa")]


def test_a_state_visit_begun_after_attending_a_groups_summit_in_its_country_drafts_both(world_rules: Rules) -> None:
    """A group's summit the visitor took part in, in the visit's country, just before the visit
    ("who had attended the BRICS summit in Rio de Janeiro, began his state visit"): an event of
    its own beside the visit, by the convention, placed in the summit's own city, not the
    visit's, which the same sentence names."""
    analysis = draft(world_rules, [
        "Modi holds talks with Lula",
        "Brasília: Prime Minister Narendra Modi, who had attended the BRICS summit in Rio de Janeiro, began his state visit to Brazil on Tuesday, when President Lula welcomed him at the palace.",
        "The two leaders then held talks on trade and energy.",
    ], "2025-07-09")
    assert [(e.kind, e.visitor, e.host, e.place.city) for e in analysis.events] == [
        ("visit", "narendra-modi", "luiz-inacio-lula-da-silva", "Brasília"),
        ("summit", None, "luiz-inacio-lula-da-silva", "Rio de Janeiro"),
    ]


def test_a_visitor_come_on_from_a_groups_summit_in_the_country_it_held_drafts_both(world_rules: Rules) -> None:
    """"Comes to Brasília after taking part in the G20 summit in Rio": the visit is placed where
    he comes to, the summit he took part in, held, where it met."""
    analysis = draft(world_rules, [
        "Lula receives Xi on a state visit",
        "Chinese President Xi Jinping, on a state visit, is received on Wednesday by President Lula at the palace.",
        "Xi comes to Brasília after taking part in the G20 summit in Rio de Janeiro, which closed on Tuesday.",
    ], "2024-11-20")
    assert [(e.kind, e.status.value, e.visitor, e.host, e.place.city) for e in analysis.events] == [
        ("visit", "held", "xi-jinping", "luiz-inacio-lula-da-silva", "Brasília"),
        ("summit", "held", None, "luiz-inacio-lula-da-silva", "Rio de Janeiro"),
    ]


def test_a_groups_summit_held_beside_a_visit_with_no_days_of_its_own_is_dated_to_the_visits_month(world_rules: Rules) -> None:
    """The summit the visitor took part in, its days not given: held, so dated to the month of
    the visit, as a visit held that the page gives no day of is; not left undated."""
    analysis = draft(world_rules, [
        "Lula receives Xi on a state visit",
        "Chinese President Xi Jinping, on a state visit, is received on Wednesday by President Lula at the palace.",
        "Xi comes to Brasília after taking part in the G20 summit in Rio de Janeiro.",
    ], "2024-11-20")
    assert [(e.kind, str(e.date) if e.date else None) for e in analysis.events] == [("visit", "2024-11-20"), ("summit", "2024-11")]


def test_a_groups_summit_ahead_of_a_visit_with_no_days_stays_undated(world_rules: Rules) -> None:
    """A summit still to come beside the visit, no time of its own given: undated, as a visit
    planned with no time is."""
    analysis = draft(world_rules, [
        "Modi lands in Brazil for a four-day state visit",
        "Prime Minister Narendra Modi touched down on Sunday evening and was greeted at the airport by President Lula.",
        "The state visit comes ahead of the G20 summit in Rio de Janeiro.",
    ], "2024-11-17")
    assert [(e.kind, e.date) for e in analysis.events][1:] == [("summit", None)]


def test_a_state_visit_after_a_groups_summit_abroad_drafts_the_visit_alone(world_rules: Rules) -> None:
    """The summit the visitor took part in was held in another country: another trip's, not
    an occasion beside this visit (where the visit itself is placed is another reading)."""
    analysis = draft(world_rules, [
        "Modi holds talks with Lula",
        "Brasília: Prime Minister Narendra Modi, who had attended the G7 summit in Hiroshima, began his state visit to Brazil on Tuesday, when President Lula welcomed him at the palace.",
    ], "2025-07-09")
    assert len(analysis.events) == 1 and analysis.events[0].kind == "visit"


def test_a_state_visit_and_talks_called_a_summit_stay_one_visit(world_rules: Rules) -> None:
    """"A state visit and a summit with Lula": no group's summit, the summit is the visit's talks."""
    analysis = draft(world_rules, [
        "Modi lands in Brazil for a four-day state visit",
        "Prime Minister Narendra Modi touched down on Sunday evening and was greeted at the airport by President Lula.",
        "The state visit and a summit with the president fill the whole week in Brasília.",
    ], "2024-11-17")
    assert [e.kind for e in analysis.events] == ["visit"]


def test_a_meeting_placed_by_no_sentence_is_at_the_one_city_at_a_leaders_home(world_rules: Rules) -> None:
    """The page's one meeting of two leaders, told in a sentence that places nothing, and one
    city named elsewhere on the page, in one of the two leaders' own country: the meeting is
    there, the leader at home its host."""
    analysis = draft(world_rules, [
        "A week of trade fairs",
        "On Thursday Xi Jinping sat down for talks with Narendra Modi, and the two spoke about trade for an hour.",
        "Mumbai, the country's business capital, is holding a week of trade fairs and investment forums.",
    ], "2024-03-08")
    assert [(country, city, status, visitor, host) for country, city, status, _, visitor, host in events_of(analysis)] == [
        ("IN", "Mumbai", "held", "xi-jinping", "narendra-modi")
    ]


def test_a_city_at_neither_leaders_home_or_in_a_look_back_places_no_meeting(world_rules: Rules) -> None:
    """A city in a third country is no leader's home, and a city named only in a sentence that
    looks back is where they were before: neither places the meeting, and nothing is drafted."""
    third = [
        "A week of trade fairs",
        "On Thursday Xi Jinping sat down for talks with Narendra Modi, and the two spoke about trade for an hour.",
        "Paris, a city of fashion, is holding a week of trade fairs and investment forums.",
    ]
    assert draft(world_rules, third, "2024-03-08").events == ()
    before = [
        "A week of trade fairs",
        "On Thursday Xi Jinping sat down for talks with Narendra Modi, and the two spoke about trade for an hour.",
        "The two had last met in 2019 in Chennai, on an earlier visit.",
    ]
    assert draft(world_rules, before, "2024-03-08").events == ()


def test_a_call_placed_by_no_sentence_is_no_meeting_at_a_leaders_home(world_rules: Rules) -> None:
    """A page about a call: its leaders' city named in passing places no meeting."""
    analysis = draft(world_rules, [
        "Xi and Modi speak by phone",
        "Xi Jinping held talks with Narendra Modi by telephone on Thursday, and the two spoke about trade for an hour.",
        "Mumbai, the country's business capital, is holding a week of trade fairs and investment forums.",
    ], "2024-03-08")
    assert analysis.events == ()


@pytest.mark.parametrize(
    ("lines", "status"),
    [
        # The visitor there as the page is written: the plans told are the rest of his visit.
        (["Lula in Rome", "Lula is in Rome on the second day of a tour of Europe.",
          "He is due to lay a wreath at the Altar of the Fatherland and then to meet Giorgia Meloni."], "held"),
        (["Lula in Rome", "Lula is now in Italy on a visit of three days, and is to meet Giorgia Meloni on Friday."], "held"),
        # The visitor somewhere else, bound for this country on a day fixed: ahead, confirmed.
        (["Lula to Rome", "Lula is in Madrid and will go on to Rome to meet Giorgia Meloni on Friday.",
          "Trade between the two countries and the war in Ukraine are on the agenda of their talks."], "confirmed"),
        # No word of being there: a plan still.
        (["Lula to Rome", "Lula will meet Giorgia Meloni in Rome next month.",
          "Trade between the two countries and the war in Ukraine are on the agenda of their talks."], "announced"),
    ],
)
def test_a_visitor_already_there_is_on_a_visit_held_whatever_its_programme_ahead(world_rules: Rules, lines: list[str], status: str) -> None:
    analysis = draft(world_rules, lines, "2023-06-19")
    assert [(e.place.country, e.status.value) for e in analysis.events if e.place.country == "IT"] == [("IT", status)]


def test_a_summit_is_placed_where_the_page_puts_the_summit_not_where_its_chair_goes_next(world_rules: Rules) -> None:
    """A sentence of the host alone that closes the summit and hands the group's chair to
    another country names that country as no place of the summit: the summit is where the
    meeting's own sentence puts it ("the summit in Johannesburg"), and its host is that
    country's leader, not the next chair's."""
    analysis = draft(world_rules, [
        "Ramaphosa and Albanese talk trade",
        "Cyril Ramaphosa and Anthony Albanese sat down for talks on Saturday, as the two leaders' delegations met.",
        "On Sunday Ramaphosa closed the summit, whose chair passes to the United States next.",
        "On the margins of the summit in Johannesburg, Ramaphosa and Albanese went over mining and shipping in their talks.",
    ], "2025-11-23")
    assert [(e.kind, e.place.country, e.place.city, e.host, e.leaders) for e in analysis.events] == [
        ("summit", "ZA", "Johannesburg", "cyril-ramaphosa", ("anthony-albanese", "cyril-ramaphosa")),
    ]


def test_a_sentence_about_another_summit_keeps_its_own_place(world_rules: Rules) -> None:
    """The guard: a leader's sentence that places another summit than the one he is at
    ("ahead of the summit in ...") unplaces nothing."""
    analysis = draft(world_rules, [
        "Albanese visits Japan",
        "Anthony Albanese arrived in Tokyo on Monday for talks with Sanae Takaichi.",
        "Albanese will fly to Malaysia after the talks, ahead of the summit in Kuala Lumpur.",
    ], "2025-10-28")
    assert [(e.place.country, e.host) for e in analysis.events][:1] == [("JP", "sanae-takaichi")]


def test_an_invitation_to_the_hosts_country_made_at_talks_held_elsewhere_is_news_beside_them(world_rules: Rules) -> None:
    """Two leaders meet in a third country and one asks the other to his own country as the
    talks end: the trip back, drafted beside the meeting though the page gives it no time."""
    analysis = draft(world_rules, [
        "Ramaphosa and Albanese meet in Geneva",
        "Cyril Ramaphosa held talks with Anthony Albanese in Geneva on Tuesday, on the margins of a conference on trade.",
        "The two leaders spoke about mining, shipping and climate finance.",
        "When the talks were over, Ramaphosa invited Albanese to pay an official visit to South Africa.",
    ], "2024-06-12")
    assert [(e.place.country, e.status.value, e.visitor, e.host) for e in analysis.events][1:] == [
        ("ZA", "invited", "anthony-albanese", "cyril-ramaphosa"),
    ]


def test_an_invitation_to_a_third_country_beside_talks_held_is_no_trip_back(world_rules: Rules) -> None:
    """The guard: an invitation to a country that is neither leader's home is no trip back,
    and stays a mention as before."""
    analysis = draft(world_rules, [
        "Ramaphosa and Albanese meet in Geneva",
        "Cyril Ramaphosa held talks with Anthony Albanese in Geneva on Tuesday, on the margins of a conference on trade.",
        "The two leaders spoke about mining, shipping and climate finance.",
        "When the talks were over, Ramaphosa invited Albanese to a forum on mining in Kenya.",
    ], "2024-06-12")
    assert [e.place.country for e in analysis.events] == ["CH"]


def test_an_invitation_recalled_from_an_earlier_year_beside_talks_held_stays_a_mention(world_rules: Rules) -> None:
    """The guard: an invitation the page recalls from years before is no news of the meeting."""
    analysis = draft(world_rules, [
        "Ramaphosa and Albanese meet in Geneva",
        "Cyril Ramaphosa held talks with Anthony Albanese in Geneva on Tuesday, on the margins of a conference on trade.",
        "The two leaders spoke about mining, shipping and climate finance.",
        "Ramaphosa had invited Albanese to South Africa back in 2019, a visit that never came about.",
    ], "2024-06-12")
    assert [e.place.country for e in analysis.events] == ["CH"]


def test_an_invitation_back_made_on_a_visit_is_the_next_visit(world_rules: Rules) -> None:
    """A visitor who thanks his host and asks him home in turn: the next visit, an event of its
    own by the golds' convention (this test held the other reading, no second event, until the
    convention was settled; its sentences are unchanged)."""
    analysis = draft(world_rules, [
        "Albanese in Pretoria",
        "Anthony Albanese arrived in Pretoria on Tuesday for a state visit, and Cyril Ramaphosa received him at the Union Buildings.",
        "The two leaders spoke about mining, shipping and climate finance.",
        "Albanese thanked his host for the welcome and invited Ramaphosa to visit Australia.",
    ], "2024-06-12")
    assert [(e.place.country, e.status.value, e.visitor, e.host) for e in analysis.events] == [
        ("ZA", "held", "anthony-albanese", "cyril-ramaphosa"),
        ("AU", "invited", "cyril-ramaphosa", "anthony-albanese"),
    ]


def test_an_invitation_told_with_the_visit_it_brought_about_is_no_visit_back(world_rules: Rules) -> None:
    """The guard: a sentence telling the visit held as the fruit of an invitation, and naming
    its place, tells that visit, not a next one the other way."""
    analysis = draft(world_rules, [
        "Albanese in Pretoria",
        "Anthony Albanese arrived in Pretoria on Tuesday for a state visit, and Cyril Ramaphosa received him at the Union Buildings.",
        "The Pretoria visit follows an invitation from Ramaphosa, which his foreign minister delivered during a recent trip to Australia.",
    ], "2024-06-12")
    assert [e.place.country for e in analysis.events] == ["ZA"]


def test_an_invitation_to_come_again_made_on_a_visit_is_left_as_before(world_rules: Rules) -> None:
    """The guard: a host asking his visitor to come again is no invitation back, and the
    rule leaves it as it was."""
    analysis = draft(world_rules, [
        "Albanese in Pretoria",
        "Anthony Albanese arrived in Pretoria on Tuesday for a state visit, and Cyril Ramaphosa received him at the Union Buildings.",
        "The two leaders spoke about mining, shipping and climate finance.",
        "As they parted, Ramaphosa invited Albanese to come to South Africa again.",
    ], "2024-06-12")
    assert [e.place.country for e in analysis.events] == ["ZA"]


def test_a_reprints_story_is_read_from_the_day_of_the_report_it_credits(rules: Rules) -> None:
    # The page has no date of its own; its credit at the foot dates the agency's report, and
    # the story's year-less days count from that, while the page itself stays undated.
    analysis = draft(rules, [
        "Agency: Kim visited Russia",
        "According to the agency, Kim Jong Un was in Russia on an unofficial visit from April 24 to April 26,"
        " with stops in Vladivostok, where he held talks with President Vladimir Putin at a university campus.",
        "Source: Example News Agency, April 27, 2019",
    ])
    assert analysis.published.date is None
    (event,) = analysis.events
    assert str(event.date) == "2019-04-24"


def test_a_trip_made_public_with_its_day_fixed_is_confirmed(world_rules: Rules) -> None:
    """The gold convention on announced and confirmed: a trip one side makes public with its
    day set is settled, as the timeline reads it ("confirmed 40 days ahead")."""
    analysis = draft(world_rules, [
        "Moon to travel to Paris",
        "Moon Jae-in will pay a state visit to France on 15 October, his office said on Monday, and will hold talks with Emmanuel Macron.",
    ], "2018-09-03")
    assert [(event.status.value, str(event.date)) for event in analysis.events] == [("confirmed", "2018-10-15")]


def test_a_trip_made_public_with_no_day_stays_announced(world_rules: Rules) -> None:
    analysis = draft(world_rules, [
        "Moon to travel to Paris",
        "Moon Jae-in will pay a state visit to France next month, his office said on Monday, and will hold talks with Emmanuel Macron.",
    ], "2018-09-03")
    assert [event.status.value for event in analysis.events] == ["announced"]


def test_a_groups_summit_ahead_is_confirmed_whatever_the_page_gives_of_its_days(world_rules: Rules) -> None:
    """A group's summit has its days set by its host when it is called: confirmed, with no
    visitor, though the page gives only its month."""
    analysis = draft(world_rules, [
        "Putin to go to Osaka",
        "Vladimir Putin will attend the G20 summit in Osaka in June, the Kremlin said on Tuesday.",
    ], "2019-04-02")
    assert [(event.kind, event.status.value, event.visitor) for event in analysis.events] == [("summit", "confirmed", None)]


@pytest.mark.parametrize(
    ("lines", "status"),
    [
        # Arrived on the page's day for a group's summit told for the days after: confirmed.
        (["Prime minister lands in Johannesburg", "Keir Starmer arrived in Johannesburg today for the G20 summit,"
          " which runs from tomorrow to Sunday."], "confirmed"),
        (["Prime minister lands in Johannesburg", "Keir Starmer landed in Johannesburg on Friday for the G20"
          " summit, to be held on 22 and 23 November."], "confirmed"),
        # The summit told for the arrival's own day: held.
        (["Prime minister lands in Johannesburg", "Keir Starmer arrived in Johannesburg today for the G20 summit,"
          " which opens this afternoon."], "held"),
        # No day of its own for the summit: held from the arrival, as before.
        (["Prime minister lands in Johannesburg", "Keir Starmer arrived in Johannesburg today for the G20 summit."], "held"),
    ],
)
def test_a_groups_summit_a_leader_arrived_for_is_confirmed_until_its_day(world_rules: Rules, lines: list[str], status: str) -> None:
    events = [e for e in draft(world_rules, lines, "2025-11-21").events if e.place.country == "ZA"]
    assert [(e.kind, e.status.value) for e in events] == [("summit", status)]


def test_a_visit_its_visitor_arrived_for_is_held_whatever_the_day_of_its_talks(world_rules: Rules) -> None:
    """Not a group's summit: a visit begins with the arrival, its talks still ahead."""
    analysis = draft(world_rules, [
        "Prime minister lands in Johannesburg",
        "Keir Starmer arrived in Johannesburg today for talks with Cyril Ramaphosa, which will be held on Saturday.",
    ], "2025-11-21")
    assert [(e.kind, e.status.value) for e in analysis.events] == [("visit", "held")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A visit the page tells as settled, in a status phrase of its own: the call's news of a trip.
        ("Scholz's visit to New Delhi has been confirmed by both governments, his office said.",
         [("IN", "confirmed", "narendra-modi")]),
        ("Scholz will travel to New Delhi for talks with Modi, his office confirmed.",
         [("IN", "confirmed", "narendra-modi")]),
        # What the two say they confirmed, beside a trip to a country alone, is no trip settled.
        ("The two had confirmed that Germany and India stand together, as on Scholz's recent visit to India.", []),
        # A meeting only hoped for, and a trip made years before, stay background.
        ("The two may meet in New Delhi later in the year, officials said.", []),
        ("Scholz flew to New Delhi for talks with Modi in 2019.", []),
    ],
)
def test_a_visit_settled_beside_a_call_is_news_and_the_call_is_none(
    world_rules: Rules, sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """A page about a call that tells a visit ahead as confirmed, to a city of its own, keeps
    that visit as an event; the call itself, and what is only hoped for or agreed, are none."""
    analysis = draft(world_rules, [
        "Modi and Scholz speak by phone",
        "Narendra Modi and Olaf Scholz spoke by telephone on Friday about trade and climate.",
        sentence,
    ], "2023-01-20")
    assert stops(analysis) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The body gives the trip called off to a delegation: the leader the headline names sent it.
        (["Hungary has called off its delegation's planned trip to Beijing, where it was to discuss trade,"
          " the foreign ministry said on Monday."], []),
        # The leader's own sentence calls his trip off: it stays his, whatever else is called off.
        (["Viktor Orban has called off the visit to Beijing he was to make next week, his office said on Monday.",
          "A delegation's preparatory trip to Beijing has been called off as well."], [("CN", "cancelled", None)]),
    ],
)
def test_a_trip_called_off_that_the_body_gives_to_a_delegation_is_no_leaders(
    world_rules: Rules, body: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    """A headline that names the leader who sent ministers or a delegation ("Orban cancels
    Hungarian visit") tells their trip when the body calls it off as theirs."""
    analysis = draft(world_rules, ["Orban cancels Hungarian visit to Beijing", *body], "2024-03-11")
    assert stops(analysis) == expected


@pytest.mark.parametrize(("second", "status"), [
    # An invitation to somewhere else is for another trip: it lends this one no status, and the
    # trip is read by its own words (ahead, this month).
    ("Narendra Modi has been invited to the White House too.", "announced"),
    # The host's invitation to this trip's city, or with no place of its own, is this trip's news.
    ("Narendra Modi invited him to New Delhi.", "invited"),
    ("The invitation came from Narendra Modi.", "invited"),
])
def test_an_invitation_lends_its_status_only_to_a_trip_where_it_invites(world_rules: Rules, second: str, status: str) -> None:
    analysis = draft(world_rules, ["Biden and the trip to New Delhi", "Joe Biden flies to New Delhi later this month.", second], "2024-06-20")
    assert stops(analysis) == [("IN", status, "narendra-modi")]


def test_a_page_that_places_nothing_else_takes_the_one_place_its_headline_names(world_rules: Rules) -> None:
    """A meeting or a trip told with a status of its own that no sentence places, on a page
    that would draft nothing else, is where the headline's one place is; the draft says so."""
    met = draft(world_rules, [
        "Hanoi holds a grand parade for the national day",
        "The day before, Luiz Inácio Lula da Silva held talks with Xi Jinping, the state agency said.",
        "Tanks and missiles rolled past the stands for two hours.",
    ], "2025-10-11")
    assert [(e.place.country, e.place.city, e.status.value) for e in met.events] == [("VN", "Hanoi", "held")]
    assert "the place the headline names" in met.events[0].doubts["place"]
    called_off = draft(world_rules, [
        "Paris readies its Bastille Day parade",
        "Narendra Modi has cancelled his trip, his office said on Monday, citing the monsoon floods.",
    ], "2024-07-08")
    assert [(e.place.country, e.place.city, e.status.value, e.visitor) for e in called_off.events] == [
        ("FR", "Paris", "cancelled", "narendra-modi")
    ]


def test_the_headlines_place_is_lent_to_no_call_past_trip_or_news_it_only_follows_from(world_rules: Rules) -> None:
    """Where the headline's one place may be another's, nothing is lent: a city beside a call
    (where someone spoke from), a dateline of a call, a past visit's city named after a word of
    time, a place the news follows from ("after the Venezuela vote"), the country of a summit or
    a meeting of leaders called off or put off as a whole (its subject or a party as often as its
    venue). A place in the possessive ("Tokyo's
    man") is held by `test_a_leader_to_receive_a_countrys_minister_hosts_no_leader`."""
    pages = [
        ["Sochi summit in doubt", "Recep Tayyip Erdogan spoke to Vladimir Putin by telephone from Sochi on Monday.",
         "The meeting of the two leaders has been postponed, Erdogan's office said."],
        ["Summit in the works as Erdogan rings Putin from Ankara",
         "ANKARA — Recep Tayyip Erdogan and Vladimir Putin spoke on the phone on Tuesday.",
         "Their next meeting has been confirmed for the spring, an aide said."],
        ["Talks again, a year after the Washington visit", "Giorgia Meloni was in Washington last year.",
         "On Monday she held talks with Fumio Kishida once more, their offices said."],
        ["Lula calls off his trip after the Venezuela vote",
         "Luiz Inácio Lula da Silva has cancelled his trip, his spokesman said on Monday."],
        ["Ukraine: US calls off Biden-Putin summit",
         "The United States has cancelled the summit Joe Biden was to hold with Vladimir Putin, the White House said on Wednesday."],
        ["Ties with Germany fray over Erdogan talks",
         "The meeting Recep Tayyip Erdogan was to hold with Vladimir Putin has been put off, officials said on Monday."],
    ]
    for lines in pages:
        assert draft(world_rules, lines, "2024-03-05").events == (), lines[0]
    # Without the call, the meeting put off is where the headline places the summit.
    put_off = draft(world_rules, [
        "Sochi summit in doubt", "Recep Tayyip Erdogan met Vladimir Putin's aides on Monday.",
        "The meeting of the two leaders has been postponed, Erdogan's office said.",
    ], "2024-03-05")
    assert [(e.place.city, e.status.value) for e in put_off.events] == [("Sochi", "postponed")]

@pytest.mark.parametrize(
    "aside",
    [
        "Lula hopes Beijing backs a larger soybean deal.",
        "Lula said Brasilia and Beijing had to stand together on trade.",
        "Xi stressed Beijing's interest in more Brazilian beef.",
        "Lula thinks Beijing must buy more from South America.",
    ],
)
def test_a_capital_that_backs_or_must_do_a_thing_is_its_government_not_a_place(world_rules: Rules, aside: str) -> None:
    """A visit under way whose sentences name no city is not placed in the one capital the
    page names as its government's stand-in (it backs, must, had to, or has an interest)."""
    (event,) = draft(world_rules, [
        "Lula arrives in China",
        "Brazilian President Luiz Inacio Lula da Silva arrived in China on Friday for talks with President Xi Jinping. " + aside,
    ], "2023-04-14").events
    assert (event.status.value, event.place.country, event.place.city) == ("held", "CN", None)


def test_a_capital_named_as_where_a_thing_must_happen_is_still_a_place(world_rules: Rules) -> None:
    """"The day in Beijing should ...": a place after "in" is a location whatever verb
    follows it, and the visit is placed there."""
    (event,) = draft(world_rules, [
        "Lula arrives in China",
        "Brazilian President Luiz Inacio Lula da Silva arrived in China on Friday for talks with President Xi Jinping."
        " Xi said the day in Beijing should open a new chapter.",
    ], "2023-04-14").events
    assert (event.status.value, event.place.country, event.place.city) == ("held", "CN", "Beijing")
