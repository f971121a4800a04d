"""Every rule of DESIGN.md, each broken by one small fixture, with the exact message an editor reads."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

import pytest

from tracker import workers
from tracker.content import validate
from tracker.content.problems import ContentError
from tracker.content.validate import validate_content

EVENT = "events/vladivostok-2019.yaml"
VALID_EVENT = (Path(__file__).parent / "fixtures" / "content" / EVENT).read_text(encoding="utf-8")


def problems_in(content_dir: Path) -> list[str]:
    """The messages `check` prints, with the temporary folder left out of each path."""
    with pytest.raises(ContentError) as error:
        validate_content(content_dir)
    return [str(problem).replace(f"{content_dir}/", "") for problem in error.value.problems]


def edit(text: str, old: str, new: str) -> str:
    assert old in text, f"the fixture no longer contains {old!r}"
    return text.replace(old, new, 1)


# (what is broken, file, its new text, the one message expected)
CASES = [
    (
        "a required field is missing",
        EVENT,
        edit(VALID_EVENT, "summary: A fixture summit known to the month.\n", ""),
        f"{EVENT}:2: summary: is missing (add `summary:` here; One to three sentences in our own words (Markdown).)",
    ),
    (
        "an unknown field",
        EVENT,
        edit(VALID_EVENT, "kind: summit\n", "kind: summit\nvenu: Russky Island\n"),
        f"{EVENT}:4: venu: is not a known field (allowed here: title, kind, status, date, end, visitor, host, "
        "leaders, place, attendance, legs, transport, summary, timeline, disputed, related)",
    ),
    (
        "a misspelt status",
        EVENT,
        edit(VALID_EVENT, "status: held\ndate", "status: canceled\ndate"),
        f"{EVENT}:4: status: 'canceled' is not allowed (use one of: rumoured, invited, announced, confirmed, "
        "held, postponed, cancelled, declined; did you mean cancelled?)",
    ),
    (
        "an unknown kind",
        EVENT,
        edit(VALID_EVENT, "kind: summit", "kind: state-visit"),
        f"{EVENT}:3: kind: 'state-visit' is not allowed (use one of: visit, summit, ceremony, embassy-visit, other; did you mean visit?)",
    ),
    (
        "a list given as a single value",
        EVENT,
        edit(VALID_EVENT, "leaders: [kim-jong-un, vladimir-putin]", "leaders: kim-jong-un"),
        f"{EVENT}:8: leaders: should be a list, not 'kim-jong-un' (write a list, e.g. [a, b])",
    ),
    (
        "Norway read as false by YAML",
        EVENT,
        edit(VALID_EVENT, "country: RU", "country: NO"),
        f"{EVENT}:9: place.country: should be text, not False (YAML reads yes, no, on, off and NO as "
        "true/false: put the value in quotes)",
    ),
    (
        "a country code that does not exist",
        EVENT,
        edit(VALID_EVENT, "country: RU", "country: XR"),
        f"{EVENT}:9: place.country: 'XR' is not an ISO 3166-1 country code (look it up, e.g. RU for Russia, "
        "KP for North Korea)",
    ),
    (
        "a day that does not exist",
        EVENT,
        edit(VALID_EVENT, "- date: 2019-04-22", "- date: 2019-02-30"),
        f"{EVENT}:12: timeline[0].date: '2019-02-30' is not a real day (February 2019 has 28 days) (fix the date)",
    ),
    (
        "a date in prose",
        EVENT,
        edit(VALID_EVENT, "date: 2019-04\n", "date: 25 April 2019\n"),
        f"{EVENT}:5: date: '25 April 2019' is not in the form YYYY, YYYY-MM or YYYY-MM-DD (write 2019-04-25)",
    ),
    (
        "an unknown leader, with the nearest one suggested",
        EVENT,
        edit(VALID_EVENT, "host: vladimir-putin", "host: vladimir-puttin").replace(
            "leaders: [kim-jong-un, vladimir-putin]", "leaders: [kim-jong-un, vladimir-puttin]"
        ).replace("{leader: vladimir-putin,", "{leader: vladimir-puttin,"),
        [
            f"{EVENT}:7: host: no leader has the ID 'vladimir-puttin' (add content/leaders/vladimir-puttin.yaml "
            "or fix the ID; did you mean vladimir-putin?)",
            f"{EVENT}:8: leaders[1]: no leader has the ID 'vladimir-puttin' (add content/leaders/vladimir-puttin.yaml "
            "or fix the ID; did you mean vladimir-putin?)",
        ],
    ),
    (
        "a visitor missing from leaders",
        EVENT,
        edit(VALID_EVENT, "leaders: [kim-jong-un, vladimir-putin]", "leaders: [vladimir-putin]"),
        [
            f"{EVENT}:6: visitor: kim-jong-un is not in leaders (add kim-jong-un to the leaders list)",
            f"{EVENT}:22: attendance[0].leader: kim-jong-un is not one of the event's leaders (add kim-jong-un to "
            "leaders, or fix the ID)",
        ],
    ),
    (
        "an unknown source",
        EVENT,
        edit(VALID_EVENT, "sources: [wire-2019-04-22-trip-announced]\n  - date", "sources: [wire-2019-04-23]\n  - date"),
        f"{EVENT}:15: timeline[0].sources[0]: no source has the ID 'wire-2019-04-23' (add "
        "content/sources/wire-2019-04-23.yaml or fix the ID; did you mean wire-2019-04-22-trip-announced?)",
    ),
    (
        "an unknown related event",
        EVENT,
        VALID_EVENT + "related: [victory-day-2016]\n",
        f"{EVENT}:34: related[0]: no event has the ID 'victory-day-2016' (add content/events/victory-day-2016.yaml "
        "or fix the ID; did you mean victory-day-2015?)",
    ),
    (
        "an event related to itself",
        EVENT,
        VALID_EVENT + "related: [vladivostok-2019]\n",
        f"{EVENT}:34: related[0]: an event cannot be related to itself (remove it)",
    ),
    (
        "a key given twice",
        EVENT,
        edit(VALID_EVENT, "kind: summit\n", "kind: summit\nkind: visit\n"),
        f"{EVENT}:4: kind: is given twice in one mapping (first on line 3); keep one",
    ),
    (
        "a status that is not the last timeline status",
        EVENT,
        edit(VALID_EVENT, "status: held\ndate", "status: announced\ndate"),
        f"{EVENT}:4: status: is 'announced' but the last timeline entry says 'held' (make them equal, "
        "or add a timeline entry for the change)",
    ),
    (
        "a timeline out of order",
        EVENT,
        edit(VALID_EVENT, "- date: 2019-04\n", "- date: 2019-03\n"),
        f"{EVENT}:16: timeline: the entry dated 2019-03 comes after one dated 2019-04-22 (put the timeline oldest first)",
    ),
    (
        "an end before the start",
        EVENT,
        edit(VALID_EVENT, "date: 2019-04\n", "date: 2019-04\nend: 2019-03-31\n"),
        f"{EVENT}:6: end: 2019-03-31 is before the date 2019-04 (fix one of them)",
    ),
    (
        "a title of spaces only",
        EVENT,
        edit(VALID_EVENT, "title: ", "title: '   ' # was: "),
        f"{EVENT}:2: title: must not be blank (A short headline in our own words.)",
    ),
    (
        "an empty title",
        EVENT,
        edit(VALID_EVENT, "title: ", "title: '' # was: "),
        f"{EVENT}:2: title: must not be empty (A short headline in our own words.)",
    ),
    (
        "an empty timeline",
        EVENT,
        VALID_EVENT[: VALID_EVENT.index("timeline:")] + "timeline: []\n",
        f"{EVENT}:11: timeline: must not be empty (Dated developments, oldest first; at least one.)",
    ),
    (
        "a development without a source",
        EVENT,
        edit(VALID_EVENT, "sources: [wire-2019-04-22-trip-announced]\n  - date", "sources: []\n  - date"),
        f"{EVENT}:15: timeline[0].sources: must not be empty (cite at least one source ID from content/sources/)",
    ),
    (
        "a link that is not http(s)",
        "sources/wire-2019-04-22-trip-announced.yaml",
        "publisher: W\ntitle: T\npublished: 2019-04-22\nurl: javascript:alert(1)\n",
        "sources/wire-2019-04-22-trip-announced.yaml:4: url: 'javascript:alert(1)' is not valid "
        "(give the full address starting with https:// or http://)",
    ),
    (
        "a link with a line end after it (a block scalar)",
        "sources/wire-2019-04-22-trip-announced.yaml",
        "publisher: W\ntitle: T\npublished: 2019-04-22\nurl: |\n  https://example.org/a\n",
        "sources/wire-2019-04-22-trip-announced.yaml:4: url: 'https://example.org/a\\n' is not valid "
        "(give the full address starting with https:// or http://)",
    ),
    (
        "an unquoted time, which YAML reads as a number",
        "sources/wire-2019-04-22-trip-announced.yaml",
        "publisher: W\ntitle: T\npublished: 2019-04-22\ntime: 7:43\n",
        "sources/wire-2019-04-22-trip-announced.yaml:4: time: should be text, not 463 (put the value in quotes)",
    ),
    (
        "a term that ends before it starts",
        "leaders/kim-jong-un.yaml",
        "name: K\ncountry: KP\noffice: O\nsummary: S\noffices:\n  - {title: O, from: 1994-07, to: 2011-12}\n"
        "  - {title: O, from: 2011-12, to: 2011-01}\n",
        "leaders/kim-jong-un.yaml:7: offices[1].to: is before its from date (swap them)",
    ),
    (
        "offices not oldest first",
        "leaders/kim-jong-un.yaml",
        "name: K\ncountry: KP\noffice: O\nsummary: S\noffices:\n  - {title: O, from: 2011-12}\n  - {title: P, from: 1994-07, to: 2011-12}\n",
        "leaders/kim-jong-un.yaml:7: offices[1].from: 1994-07 is before the office above it, from 2011-12 (list offices oldest first)",
    ),
    (
        "an office that none of the offices is",
        "leaders/kim-jong-un.yaml",
        "name: K\ncountry: KP\noffice: Supreme Leader\nsummary: S\noffices:\n  - {title: Chairman, from: 2011-12}\n"
        "  - {title: President, from: 2016-06}\n",
        "leaders/kim-jong-un.yaml:3: office: 'Supreme Leader' is not the title of any of offices (use one of: Chairman; "
        "President, or add its spans to offices)",
    ),
    (
        "an office without its from date",
        "leaders/kim-jong-un.yaml",
        "name: K\ncountry: KP\noffice: O\nsummary: S\noffices:\n  - {title: O, to: 2011-12}\n",
        "leaders/kim-jong-un.yaml:6: offices[0].from: is missing (add `from:` here; When the leader took it: YYYY, "
        "YYYY-MM or YYYY-MM-DD (null when unknown).)",
    ),
    (
        "a Wikidata ID that is a name",
        "leaders/kim-jong-un.yaml",
        "name: K\ncountry: KP\nwikidata: Kim_Jong-un\noffice: O\nsummary: S\n",
        "leaders/kim-jong-un.yaml:3: wikidata: 'Kim_Jong-un' is not valid (write the Wikidata item ID, Q and digits, "
        "e.g. Q7747 (from the item's page at wikidata.org))",
    ),
    (
        "a place's Wikidata ID in lower case",
        EVENT,
        edit(VALID_EVENT, "wikidata: Q959}\nsummary", "wikidata: q959}\nsummary"),
        f"{EVENT}:9: place.wikidata: 'q959' is not valid (write the Wikidata item ID, Q and digits, "
        "e.g. Q7747 (from the item's page at wikidata.org))",
    ),
    (
        "a source class that is not in the list",
        "sources/wire-2019-04-22-trip-announced.yaml",
        "publisher: W\ntitle: T\npublished: 2019-04-22\nclass: state-media\n",
        "sources/wire-2019-04-22-trip-announced.yaml:4: class: 'state-media' is not allowed (use one of: official, "
        "press, agency, intelligence-claim, other)",
    ),
    (
        "an archived copy that is not a web address",
        "sources/wire-2019-04-22-trip-announced.yaml",
        "publisher: W\ntitle: T\npublished: 2019-04-22\narchived_url: web.archive.org/web/2019/x\n",
        "sources/wire-2019-04-22-trip-announced.yaml:4: archived_url: 'web.archive.org/web/2019/x' is not valid "
        "(give the full address of the archived copy starting with https:// or http://)",
    ),
    (
        "retrieved before it was published",
        "sources/wire-2019-04-22-trip-announced.yaml",
        "publisher: W\ntitle: T\npublished: 2019-04-22\nretrieved: 2019-04-21\n",
        "sources/wire-2019-04-22-trip-announced.yaml:4: retrieved: 2019-04-21 is before the published date "
        "2019-04-22 (fix one of them)",
    ),
    (
        "a retrieved date in the wrong form",
        "sources/wire-2019-04-22-trip-announced.yaml",
        "publisher: W\ntitle: T\npublished: 2019-04-22\nretrieved: 2 May 2019\n",
        "sources/wire-2019-04-22-trip-announced.yaml:4: retrieved: '2 May 2019' is not in the form YYYY, YYYY-MM "
        "or YYYY-MM-DD (write 2019-05-02)",
    ),
    (
        "an empty claimed_by",
        EVENT,
        edit(VALID_EVENT, "claimed_by: Fixture Wire's unnamed officials", 'claimed_by: ""'),
        f"{EVENT}:20: timeline[1].claimed_by: must not be empty (Who made the claim, e.g. Kremlin spokesman "
        "Dmitry Peskov, KCNA, unnamed diplomatic sources (optional).)",
    ),
    (
        "attendance of someone not among the event's leaders",
        EVENT,
        edit(VALID_EVENT, "{leader: vladimir-putin, mode: in-person}", "{leader: vladimir-puttin, mode: in-person}"),
        f"{EVENT}:23: attendance[1].leader: vladimir-puttin is not one of the event's leaders (add vladimir-puttin "
        "to leaders, or fix the ID; did you mean vladimir-putin?)",
    ),
    (
        "represented without saying by whom",
        EVENT,
        edit(VALID_EVENT, "{leader: kim-jong-un, mode: in-person}", "{leader: kim-jong-un, mode: represented}"),
        f"{EVENT}:22: attendance[0].by: is missing (a represented leader needs by: {{name: ..., role: ...}})",
    ),
    (
        "a representative for a leader who went in person",
        EVENT,
        edit(VALID_EVENT, "{leader: kim-jong-un, mode: in-person}", "{leader: kim-jong-un, mode: video, by: {name: N, role: R}}"),
        f"{EVENT}:22: attendance[0].by: is only for mode: represented, not video (remove by, or set mode: represented)",
    ),
    (
        "a representative without a role",
        EVENT,
        edit(VALID_EVENT, "{leader: kim-jong-un, mode: in-person}", "{leader: kim-jong-un, mode: represented, by: {name: N}}"),
        f"{EVENT}:22: attendance[0].by.role: is missing (add `role:` here; Their role, e.g. North Korea's ambassador "
        "to Russia.)",
    ),
    (
        "a leader's attendance given twice",
        EVENT,
        edit(VALID_EVENT, "{leader: vladimir-putin, mode: in-person}", "{leader: kim-jong-un, mode: absent}"),
        [
            f"{EVENT}:23: attendance[1].leader: kim-jong-un is already listed in attendance[0] (keep one; put a "
            "disputed account under disputed)",
        ],
    ),
    (
        "an attendance mode that is not in the list",
        EVENT,
        edit(VALID_EVENT, "{leader: vladimir-putin, mode: in-person}", "{leader: vladimir-putin, mode: online}"),
        f"{EVENT}:23: attendance[1].mode: 'online' is not allowed (use one of: in-person, video, represented, absent)",
    ),
    (
        "a transport that is not in the list",
        EVENT,
        edit(VALID_EVENT, "transport: train", "transport: trian"),
        f"{EVENT}:24: transport: 'trian' is not allowed (use one of: train, plane, car, ship; did you mean train?)",
    ),
    (
        "legs out of order",
        EVENT,
        edit(VALID_EVENT, "{date: 2019-04-25, place", "{date: 2019-04-23, place"),
        f"{EVENT}:28: legs[2].date: 2019-04-23 is before the leg above it, dated 2019-04-24 (put the legs oldest first)",
    ),
    (
        "a leg in a country that does not exist",
        EVENT,
        edit(VALID_EVENT, "{city: Khasan, country: RU}", "{city: Khasan, country: XR}"),
        f"{EVENT}:26: legs[0].place.country: 'XR' is not an ISO 3166-1 country code (look it up, e.g. RU for Russia, "
        "KP for North Korea)",
    ),
    (
        "a dispute with only one version",
        EVENT,
        edit(VALID_EVENT, "      - {value: 2019-04-26, sources: [agency-2019-04-26-summit-held]}\n", ""),
        f"{EVENT}:31: disputed[0].versions: must not be empty (give at least two versions, each with its value and sources)",
    ),
    (
        "a version citing an unknown source",
        EVENT,
        edit(VALID_EVENT, "sources: [agency-2019-04-26-summit-held]", "sources: [agency-2019-04-26-summit]"),
        f"{EVENT}:33: disputed[0].versions[1].sources[0]: no source has the ID 'agency-2019-04-26-summit' (add "
        "content/sources/agency-2019-04-26-summit.yaml or fix the ID; did you mean agency-2019-04-26-summit-held?)",
    ),
    (
        "a disputed date that is no real day",
        EVENT,
        edit(VALID_EVENT, "{value: 2019-04-26", "{value: 2019-04-31"),
        f"{EVENT}:33: disputed[0].versions[1].value: '2019-04-31' is not a real day (April 2019 has 30 days) (fix the date)",
    ),
    (
        "a disputed place in no country",
        EVENT,
        edit(VALID_EVENT, "field: date", "field: place").replace(
            "{value: 2019-04-26,", "{value: {city: Khasan, country: XR},").replace("{value: 2019-04-25,", "{value: {country: RU},"),
        f"{EVENT}:33: disputed[0].versions[1].value.country: 'XR' is not an ISO 3166-1 country code (look it up, e.g. RU "
        "for Russia, KP for North Korea)",
    ),
    (
        "a disputed status that is not a status",
        EVENT,
        edit(VALID_EVENT, "field: date", "field: status").replace("{value: 2019-04-26,", "{value: maybe,").replace(
            "{value: 2019-04-25,", "{value: held,"
        ),
        f"{EVENT}:33: disputed[0].versions[1].value: 'maybe' is not allowed (use one of: rumoured, invited, announced, "
        "confirmed, held, postponed, cancelled, declined)",
    ),
    (
        "a disputed attendance of someone not among the leaders",
        EVENT,
        edit(VALID_EVENT, "field: date", "field: attendance").replace(
            "{value: 2019-04-26,", "{value: {leader: kim-jong-il, mode: absent},"
        ).replace("{value: 2019-04-25,", "{value: {leader: kim-jong-un, mode: in-person},"),
        f"{EVENT}:33: disputed[0].versions[1].value.leader: kim-jong-il is not one of the event's leaders (add "
        "kim-jong-il to leaders, or fix the ID; did you mean kim-jong-un?)",
    ),
    (
        "one fact disputed twice",
        EVENT,
        VALID_EVENT + "  - field: date\n    versions:\n      - {value: 2019, sources: [wire-2019-04-22-trip-announced]}\n"
        "      - {value: 2020, sources: [wire-2019-04-22-trip-announced]}\n",
        f"{EVENT}:34: disputed[1].field: date is already disputed in disputed[0] (add this version to that one's versions)",
    ),
    (
        "broken YAML",
        EVENT,
        edit(VALID_EVENT, "kind: summit", "kind: [summit"),
        # libyaml notices the unclosed list on the next line; the line is where it stopped
        f"{EVENT}:4: YAML syntax error: did not find expected ',' or ']' (check indentation, colons and quotes)",
    ),
    (
        "an empty file",
        EVENT,
        "# nothing yet\n",
        f"{EVENT}:1: the file is empty (copy an existing entry as a start)",
    ),
    (
        "a file that is not a mapping",
        EVENT,
        "- just\n- a list\n",
        f"{EVENT}:1: should be a mapping of fields, not ['just', 'a list']",
    ),
]


@pytest.mark.parametrize(("broken", "file", "text", "expected"), CASES, ids=[case[0] for case in CASES])
def test_each_rule_names_file_line_field_and_fix(
    content_dir: Path, broken: str, file: str, text: str, expected: str | list[str]
) -> None:
    (content_dir / file).write_text(text, encoding="utf-8")
    assert problems_in(content_dir) == (expected if isinstance(expected, list) else [expected])


def test_a_file_name_that_is_not_an_id(content_dir: Path) -> None:
    (content_dir / EVENT).rename(content_dir / "events" / "Vladivostok_2019.yaml")
    assert problems_in(content_dir) == [
        "events/Vladivostok_2019.yaml:1: the file name 'Vladivostok_2019' is not a valid ID (use lowercase "
        "letters, digits and single hyphens: rename it to vladivostok-2019.yaml)",
        # the other event's reference now dangles too, and says so
        "events/victory-day-2015.yaml:21: related[0]: no event has the ID 'vladivostok-2019' (add "
        "content/events/vladivostok-2019.yaml or fix the ID; did you mean Vladivostok_2019?)",
    ]


def test_a_duplicate_id(content_dir: Path) -> None:
    (content_dir / "events" / "vladivostok-2019.yml").write_text(VALID_EVENT, encoding="utf-8")
    assert problems_in(content_dir) == [
        "events/vladivostok-2019.yml:1: the ID 'vladivostok-2019' is already used by "
        "events/vladivostok-2019.yaml (rename one)",
    ]


def test_every_problem_is_reported_in_one_run(content_dir: Path) -> None:
    (content_dir / EVENT).write_text(edit(VALID_EVENT, "kind: summit", "kind: party"), encoding="utf-8")
    (content_dir / "leaders" / "kim-jong-un.yaml").write_text("name: K\n", encoding="utf-8")
    (content_dir / "sources" / "broken.yaml").write_text("title: [\n", encoding="utf-8")
    problems = problems_in(content_dir)
    assert [p.split(":")[0] for p in problems] == [
        "events/vladivostok-2019.yaml",
        "leaders/kim-jong-un.yaml",
        "leaders/kim-jong-un.yaml",
        "leaders/kim-jong-un.yaml",
        "sources/broken.yaml",
    ]
    assert "kind: 'party' is not allowed" in problems[0]


def test_a_check_on_every_core_finds_and_builds_what_one_on_one_does(
    content_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big site's first check shares its files among worker processes; what they find comes
    back in the files' order, each problem still naming file, line and field."""
    one_core = validate_content(content_dir)
    monkeypatch.setattr(validate, "CHECK_IN_PARALLEL_FROM", 1)  # the fixture is small: share it anyway
    monkeypatch.setattr(workers, "cores", lambda: 2)
    pools: list[str] = []
    get_context = multiprocessing.get_context
    monkeypatch.setattr(multiprocessing, "get_context", lambda method: pools.append(method) or get_context(method))
    on_both_cores = validate_content(content_dir)
    assert on_both_cores == one_core
    assert pools == ["fork"]
    named = [leader for event in on_both_cores.events.values() for leader in event.leaders]
    named += [leader.id for leader in on_both_cores.leaders.values()]  # checked by a worker: the events are this process's share
    assert named and all(leader is sys.intern(leader) for leader in named)  # one copy of each ID, as the reader makes it
    (content_dir / EVENT).write_text(edit(VALID_EVENT, "kind: summit", "kind: party"), encoding="utf-8")
    (content_dir / "leaders" / "kim-jong-un.yaml").write_text("name: K\n", encoding="utf-8")
    (content_dir / "sources" / "broken.yaml").write_text("title: [\n", encoding="utf-8")
    on_both = problems_in(content_dir)
    assert pools == ["fork", "fork"]
    monkeypatch.setattr(validate, "CHECK_IN_PARALLEL_FROM", 10**9)
    assert on_both == problems_in(content_dir)
    assert on_both[0] == (
        f"{EVENT}:3: kind: 'party' is not allowed (use one of: visit, summit, ceremony, embassy-visit, other)"
    )


def test_not_utf8(content_dir: Path) -> None:
    (content_dir / EVENT).write_bytes("title: Pyongyang\nnote: caf\xe9\n".encode("latin-1"))
    [problem] = problems_in(content_dir)
    assert problem.startswith(f"{EVENT}:2: is not UTF-8 text")


def test_a_missing_content_folder(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as error:
        validate_content(tmp_path / "nowhere")
    assert [str(p) for p in error.value.problems] == [f"{tmp_path}/nowhere: no such content folder (give --content DIR)"]


def test_the_fixture_content_is_valid_and_keeps_dates_as_written() -> None:
    content = validate_content(Path(__file__).parent / "fixtures" / "content")
    summit = content.events["vladivostok-2019"]
    assert str(summit.date) == "2019-04"
    assert [str(entry.date) for entry in summit.timeline] == ["2019-04-22", "2019-04"]
    assert content.sources["gazette-2015-05-01-trip-off"].time == "07:43"


def test_the_fixture_content_reads_every_field_of_the_model() -> None:
    from tracker.content.model import AttendanceMode, DisputedField, SourceClass, Transport

    content = validate_content(Path(__file__).parent / "fixtures" / "content")
    summit = content.events["vladivostok-2019"]
    assert summit.timeline[-1].claimed_by == "Fixture Wire's unnamed officials"
    assert [(a.leader, a.mode) for a in summit.attendance] == [
        ("kim-jong-un", AttendanceMode.IN_PERSON), ("vladimir-putin", AttendanceMode.IN_PERSON),
    ]
    assert summit.transport is Transport.TRAIN
    assert [(str(leg.date), leg.place.city) for leg in summit.legs] == [
        ("2019-04-24", "Khasan"), ("2019-04-24", "Vladivostok"), ("2019-04-25", "Vladivostok"),
    ]
    assert summit.place.wikidata == "Q959"
    [dispute] = summit.disputed
    assert dispute.field is DisputedField.DATE
    assert [(str(v.value), v.sources) for v in dispute.versions] == [
        ("2019-04-25", ("wire-2019-04-22-trip-announced",)), ("2019-04-26", ("agency-2019-04-26-summit-held",)),
    ]
    assert "agency-2019-04-26-summit-held" in summit.sources  # a version's source is cited by the event
    parade = content.events["victory-day-2015"]
    kim = parade.attendance[0]
    assert (kim.mode, kim.by and kim.by.name) == (AttendanceMode.REPRESENTED, "A Fixture Envoy")
    agency = content.sources["agency-2019-04-26-summit-held"]
    assert (agency.source_class, str(agency.retrieved)) == (SourceClass.AGENCY, "2019-05-02")
    assert agency.archived_url == "https://web.archive.org/web/2019/https://example.org/agency/2019-04-26"
    putin = content.leaders["vladimir-putin"]
    assert putin.wikidata == "Q7747"
    assert [str(term.start) for term in putin.in_office] == ["2000-05", "2012-05"]


SOURCE = "sources/wire-2019-04-22-trip-announced.yaml"
VALID_SOURCE = (Path(__file__).parent / "fixtures" / "content" / SOURCE).read_text(encoding="utf-8")
LEADER = "leaders/kim-jong-un.yaml"
VALID_LEADER = (Path(__file__).parent / "fixtures" / "content" / LEADER).read_text(encoding="utf-8")

# Dates that match the form YYYY-MM-DD but name no real day, in every field that holds a
# date: each is one problem at its own line and field, and nothing else follows from it.
IMPOSSIBLE_DATES = [
    (
        "year 0 in an event's date",
        EVENT,
        edit(VALID_EVENT, "date: 2019-04\n", "date: 0000-05-09\n"),
        f"{EVENT}:5: date: '0000-05-09' is out of range (years run 0001-9998) (fix the date)",
    ),
    (
        "year 0 to the month",
        EVENT,
        edit(VALID_EVENT, "date: 2019-04\n", "date: 0000-04\n"),
        f"{EVENT}:5: date: '0000-04' is out of range (years run 0001-9998) (fix the date)",
    ),
    (
        "year 0 in a timeline entry",
        EVENT,
        edit(VALID_EVENT, "- date: 2019-04-22", "- date: 0000-04-22"),
        f"{EVENT}:12: timeline[0].date: '0000-04-22' is out of range (years run 0001-9998) (fix the date)",
    ),
    (
        "year 0 as the end",
        EVENT,
        edit(VALID_EVENT, "date: 2019-04\n", "date: 2019-04\nend: '0000'\n"),
        f"{EVENT}:6: end: '0000' is out of range (years run 0001-9998) (fix the date)",
    ),
    (
        "year 0 as a source's publication date",
        SOURCE,
        edit(VALID_SOURCE, "published: 2019-04-22", "published: 0000-04-22"),
        f"{SOURCE}:4: published: '0000-04-22' is out of range (years run 0001-9998) (fix the date)",
    ),
    (
        "year 0 in a term of office",
        LEADER,
        edit(VALID_LEADER, "from: 2011-12, to: null}", "from: 0000-12, to: 2011-12}"),
        f"{LEADER}:7: offices[0].from: '0000-12' is out of range (years run 0001-9998) (fix the date)",
    ),
    (
        "year 9999, whose next day the calendar and the timeline's axis cannot hold",
        EVENT,
        edit(VALID_EVENT, "date: 2019-04\n", "date: 9999-12-31\n"),
        f"{EVENT}:5: date: '9999-12-31' is out of range (years run 0001-9998) (fix the date)",
    ),
    (
        "31 April in a timeline entry",
        EVENT,
        edit(VALID_EVENT, "- date: 2019-04-22", "- date: 2019-04-31"),
        f"{EVENT}:12: timeline[0].date: '2019-04-31' is not a real day (April 2019 has 30 days) (fix the date)",
    ),
    (
        "31 April as the end",
        EVENT,
        edit(VALID_EVENT, "date: 2019-04\n", "date: 2019-04\nend: 2019-04-31\n"),
        f"{EVENT}:6: end: '2019-04-31' is not a real day (April 2019 has 30 days) (fix the date)",
    ),
    (
        "31 June as a source's publication date",
        SOURCE,
        edit(VALID_SOURCE, "published: 2019-04-22", "published: 2019-06-31"),
        f"{SOURCE}:4: published: '2019-06-31' is not a real day (June 2019 has 30 days) (fix the date)",
    ),
    (
        "31 November in a term of office",
        LEADER,
        edit(VALID_LEADER, "from: 2011-12, to: null}", "from: 2011-12, to: 2011-11-31}"),
        f"{LEADER}:7: offices[0].to: '2011-11-31' is not a real day (November 2011 has 30 days) (fix the date)",
    ),
]


@pytest.mark.parametrize(("broken", "file", "text", "expected"), IMPOSSIBLE_DATES, ids=[c[0] for c in IMPOSSIBLE_DATES])
def test_an_impossible_date_is_one_problem_at_its_field(
    content_dir: Path, broken: str, file: str, text: str, expected: str
) -> None:
    (content_dir / file).write_text(text, encoding="utf-8")
    assert problems_in(content_dir) == [expected]


def test_an_end_inside_the_dates_period_is_not_before_it(content_dir: Path) -> None:
    """`date: 2015-05-09` with `end: 2015-05`: the end is a coarser date of the same month,
    not a date before the start (compared as periods, as the timeline is)."""
    (content_dir / EVENT).write_text(edit(VALID_EVENT, "date: 2019-04\n", "date: 2019-04-25\nend: 2019-04\n"), encoding="utf-8")
    (content_dir / LEADER).write_text(
        edit(VALID_LEADER, "from: 2011-12, to: null}", "from: 2011-12-17, to: 2011-12}"), encoding="utf-8"
    )
    content = validate_content(content_dir)
    assert str(content.events["vladivostok-2019"].end) == "2019-04"
    assert str(content.leaders["kim-jong-un"].in_office[0].end) == "2011-12"
