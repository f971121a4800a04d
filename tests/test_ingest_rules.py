"""The ingester's rule files are read as strictly as content: a key given twice is an error
naming file and line, never a silent choice of the last one."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO

from tracker.cli import main
from tracker.content.model import Status
from tracker.content.validate import validate_content
from tracker.ingest.rules import PhraseSet, Rules, RulesError, load_rules


def _line_of(path: Path, text: str) -> int:
    return next(number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(text))


def test_a_cue_list_given_twice_is_named_with_both_lines(content: Path) -> None:
    cues = content / "ingest-cues.yaml"
    first = _line_of(cues, "trip:")
    total = len(cues.read_text(encoding="utf-8").splitlines())
    with cues.open("a", encoding="utf-8") as handle:
        handle.write("trip: [journey]\n")
    with pytest.raises(RulesError) as error:
        load_rules(content, validate_content(content).leaders)
    assert str(error.value) == (
        f"{cues}:{total + 1}: trip: is given twice in one mapping (first on line {first}); keep one"
    )


def test_a_key_given_twice_in_a_gazetteer_place_is_named(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gazetteer = content / "gazetteer.yaml"
    text = gazetteer.read_text(encoding="utf-8")
    assert "\nplaces:\n" in text or text.startswith("places:\n")
    text = text.replace("places:\n", "places:\n  - {city: Kazan, country: RU, names: [Kazan], country: KP}\n", 1)
    gazetteer.write_text(text, encoding="utf-8")
    line = _line_of(gazetteer, "  - {city: Kazan")
    assert main(["ingest", "--dry-run", "--content", str(content), str(REPO / "tests" / "fixtures" / "articles" / "putin-pyongyang-2000.txt")]) == 2
    assert capsys.readouterr().err == (
        f"error: {gazetteer}:{line}: places[0].country: is given twice in one mapping (first on line {line}); keep one\n"
    )


def _refusal_after_adding(content: Path, name: str, key: str, added: str) -> str:
    """The error loading the rules gives once `added` is put under `key` in the rule file `name`."""
    path = content / name
    path.write_text(path.read_text(encoding="utf-8").replace(f"{key}:\n", f"{key}:\n{added}\n", 1), encoding="utf-8")
    with pytest.raises(RulesError) as error:
        load_rules(content, validate_content(content).leaders)
    return str(error.value)


def test_a_place_without_names_is_named_with_its_line(content: Path) -> None:
    gazetteer = content / "gazetteer.yaml"
    assert _refusal_after_adding(content, "gazetteer.yaml", "places", "  - {city: Kazan, country: RU}") == (
        f"{gazetteer}:{_line_of(gazetteer, '  - {city: Kazan')}: places[0]: expected {{city: ..., country: XX, names: [...]}}"
    )


def test_a_nationality_that_is_no_list_is_named_with_its_line(content: Path) -> None:
    gazetteer = content / "gazetteer.yaml"
    added = "  - {city: null, country: BY, names: [Belarus], nationality: Belarusian}"
    assert _refusal_after_adding(content, "gazetteer.yaml", "places", added) == (
        f"{gazetteer}:{_line_of(gazetteer, '  - {city: null, country: BY')}: places[0].nationality: expected a list of"
        " adjectives, e.g. nationality: [Belarusian]"
    )


def test_rule_files_that_are_not_yaml_are_named_with_their_line(content: Path) -> None:
    cues = content / "ingest-cues.yaml"
    cues.write_text("trip: [visit\nkinds: {}\n", encoding="utf-8")
    with pytest.raises(RulesError) as error:
        load_rules(content, validate_content(content).leaders)
    assert str(error.value).startswith(f"{cues}:")
    assert "YAML syntax error" in str(error.value)


def test_a_glossary_language_without_its_words_is_named_with_its_line(content: Path) -> None:
    cues = content / "ingest-cues.yaml"
    assert _refusal_after_adding(content, "ingest-cues.yaml", "glossary", "  et: [visiit, visit]") == (
        f"{cues}:{_line_of(cues, '  et:')}: glossary: et: expected words and their English,"
        ' e.g. {visita: visit, "chegou a": "arrived in"}'
    )


def test_a_visit_begun_is_held_whatever_words_stand_before_the_word_visit(world_rules: Rules) -> None:
    """"started a three-day official working visit", "begins three-day Japan visit" are held,
    as "started a visit" is; a clause of its own between verb and trip is not ("began talks
    ahead of the visit"), nor a plan ("started planning her trip")."""
    def held(text: str) -> bool:
        return any(hit.value is Status.HELD for hit in world_rules.status.find(text))

    assert held("Meloni started a three-day official working visit to Japan on Thursday.")
    assert held("Meloni Begins Three-Day Japan Visit")
    assert held("He began his first overseas trip")
    assert not held("She began talks ahead of the visit")
    assert not held("Meloni started planning her trip")


def test_a_surname_in_sky_is_read_in_the_german_and_czech_spellings_too(world_rules: Rules) -> None:
    """Machine translation from German keeps "Zelenskyj"; Czech writes "Zelenskij"."""
    for spelling in ("Zelenskyj", "Zelenskyi", "Zelenskij", "Zelenskiy"):
        assert [hit.value for hit in world_rules.names.find(f"talks with Volodymyr {spelling}")] == ["volodymyr-zelensky"]


def test_being_somewhere_is_being_in_a_named_place(world_rules: Rules) -> None:
    """"are in Beijing" says the leaders are there; "are in opposite camps" says nothing of where."""
    assert world_rules.as_it_happens.find("The two leaders are in Beijing.")
    assert not world_rules.as_it_happens.find("The two are in opposite camps of politics.")


def test_a_town_after_a_countrys_nationality_is_in_that_country(world_rules: Rules) -> None:
    """A gazetteer country's `nationality` names its towns: "the Belarusian agro-town" is in Belarus."""
    (hit,) = world_rules.places.find("an informal meeting in the Belarusian agro-town Alexandria")
    assert (hit.value.country, hit.value.city) == ("BY", None)


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        ("Steinmeier will attend the inauguration of Lula in Brasília on Sunday.", "2022-12-29", True),
        ("Steinmeier will attend the inauguration of Lula in Brasília on Sunday.", "2022-06-01", False),
        ("Steinmeier will meet Lula in Brasília on Sunday.", "2022-12-29", False),
    ],
    ids=["days-before-his-term", "months-before", "no-inauguration"],
)
def test_a_leader_between_terms_is_the_one_sworn_in_at_an_inauguration_weeks_ahead(
    world_rules: Rules, text: str, when: str, expected: bool
) -> None:
    """Lula, out of office from 2011 to 2022, is named days before his second term at his
    inauguration: news of the one sworn in, not a look back at a former president."""
    from tracker.content.model import PartialDate
    from tracker.ingest.rules import elected

    assert elected(world_rules.leaders["luiz-inacio-lula-da-silva"], PartialDate.parse(when), text) is expected


def test_a_citys_name_a_ship_bears_after_its_navys_prefix_is_no_place(world_rules: Rules) -> None:
    """"HMAS Canberra" is a ship; "in Canberra" and "its Canberra office" name the city."""
    found = [hit.value.city for hit in world_rules.places.find("He toured HMAS Canberra, then flew to Canberra.")]
    assert found == ["Canberra"]
    assert [hit.value.city for hit in world_rules.places.find("its Canberra office")] == ["Canberra"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Mongolia's prime minister", "MN"),
        ("the president of Argentina", "AR"),
        ("the Belarusian president", "BY"),
        ("the Russian president", "RU"),
    ],
)
def test_every_office_a_leader_of_the_content_holds_is_a_title_of_that_country(
    world_rules: Rules, text: str, country: str
) -> None:
    """Titles grow with the leaders, as names do: a leader of Mongolia who was its prime minister
    makes "Mongolia's prime minister" a Mongolian title; the cue file's own titles still win."""
    assert [hit.value.country for hit in world_rules.titles.find(text)] == [country]


def test_a_short_name_in_capitals_is_a_place_only_in_capitals(world_rules: Rules) -> None:
    """"landed in SA" is South Africa; "sa" in a line of another language is no place."""
    (hit,) = world_rules.places.find("Zelensky landed in SA on Thursday for talks")
    assert (hit.value.country, hit.value.city) == ("ZA", None)
    assert not world_rules.places.find("non si sa ancora quando")


def test_reaching_a_named_place_is_an_arrival(world_rules: Rules) -> None:
    """"reached Jakarta" says the visitor has come; "reached an agreement" says nothing of a
    trip, nor does "reached" before a name the gazetteer does not hold ("reached Putin by phone")."""
    assert world_rules.arrival.find("Albanese reached Jakarta, the capital, on Wednesday evening.")
    assert not world_rules.arrival.find("The two sides reached an agreement on trade.")
    assert not world_rules.arrival.find("Macron reached Putin by phone on Monday.")


def test_reaching_a_city_called_so_first_is_an_arrival(world_rules: Rules) -> None:
    """"have reached the holy city of Varanasi" is under way as the page is written."""
    assert world_rules.as_it_happens.find("Modi and Abe have reached the holy city of Varanasi for the evening prayers.")
    assert world_rules.as_it_happens.find("The two leaders have reached the port city of Vladivostok.")
    assert not world_rules.as_it_happens.find("The sides have reached the end of their talks.")


@pytest.mark.parametrize(("text", "city", "country"), [
    ("due to take place in Guwahati", "Guwahati", "IN"), ("by landing in Chandigarh", "Chandigarh", "IN"),
    ("a state visit to the Union Buildings on August 23", "Pretoria", "ZA"),
])
def test_cities_and_seats_of_summits_and_state_visits_are_in_the_gazetteer(world_rules: Rules, text: str, city: str, country: str) -> None:
    (hit,) = world_rules.places.find(text)
    assert (hit.value.country, hit.value.city) == (country, city)


def test_a_denial_is_one_unless_a_negation_turns_it_round(world_rules: Rules) -> None:
    """"ruled out a visit" denies it; "does not rule out a visit" leaves it possible. A
    headline opening "No ... visit" denies it too."""
    assert world_rules.unconfirmed.find("China has ruled out a visit by Xi to Moscow this year.")
    assert world_rules.unconfirmed.find("The Kremlin dismissed as false a report that Kim would come.")
    assert world_rules.unconfirmed.find("No Putin visit to Beijing, Kremlin says")
    assert world_rules.unconfirmed.find("There will be no meeting with Kim this year, he said.")
    assert not world_rules.unconfirmed.find("Kremlin does not rule out Kim visit to Russia next year")
    assert not world_rules.unconfirmed.find("Officials have not yet ruled out a trip.")
    assert not world_rules.unconfirmed.find("Putin says no to nothing: the visit goes ahead.")


def test_arriving_in_a_word_in_small_letters_is_no_arrival(world_rules: Rules) -> None:
    """"arrives in titular" (a glossed "llega a titular", gets to headline) and "arrived in
    time" place no one; "arrived in Moscow", "arrived in the capital" and "arrived" do."""
    assert not world_rules.arrival.find("in case the press arrives in titular something like that")
    assert not world_rules.arrival.find("The answer arrived in time for the vote.")
    assert world_rules.arrival.find("Kim arrived in Moscow on Tuesday.")
    assert world_rules.arrival.find("Kim arrived in the capital on Tuesday.")
    assert world_rules.arrival.find("Kim arrived on Tuesday.")


def test_a_phrase_with_turkish_dotted_capital_i_is_found_as_written_in_the_rules() -> None:
    # "İstanbul" lowers to an i with a combining dot; it is still the rules' "Istanbul".
    places = PhraseSet([("Istanbul", "TR")])
    (hit,) = places.find("Erdoğan İstanbul'da konuştu")
    assert (hit.phrase, hit.value, hit.start, hit.end) == ("Istanbul", "TR", 8, 16)
