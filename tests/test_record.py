"""The record itself: every Kim–Putin/Medvedev encounter from 2000, whole and consistent.

The content under `content/` is the product. These tests pin down which events it holds,
year by year, so that a deletion or a duplicate shows up as a failing test, and check what
the validator cannot know: that no two entries describe one trip, that no source predates
what it reports, that the built leader pages count every event, and that the ingester finds
these events again when a new article about one of them comes in.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO, read_html

from tracker.cli import main
from tracker.content.model import Content, Event
from tracker.content.validate import validate_content
from tracker.pipeline import build_site
from tracker.settings import Settings

CONTENT = REPO / "content"
ARTICLES = REPO / "tests" / "fixtures" / "record-articles"

# Every visit, summit, invitation and cancellation, by the year of its date:
# event ID -> (status, "city, country code").
EXPECTED_BY_YEAR: dict[int, dict[str, tuple[str, str]]] = {
    2000: {
        "putin-pyongyang-2000": ("held", "Pyongyang, KP"),
        "kim-jong-il-vladivostok-2000": ("declined", "Vladivostok, RU"),
    },
    2001: {"kim-jong-il-moscow-2001": ("held", "Moscow, RU")},
    2002: {"kim-jong-il-far-east-2002": ("held", "Vladivostok, RU")},
    2005: {"kim-jong-il-victory-day-2005": ("declined", "Moscow, RU")},
    2011: {
        "kim-jong-il-medvedev-vladivostok-2011": ("cancelled", "Vladivostok, RU"),
        "kim-jong-il-medvedev-2011": ("held", "Sosnovy Bor, near Ulan-Ude, RU"),
        "medvedev-pyongyang-invitation-2011": ("invited", "KP"),
    },
    2015: {"kim-jong-un-victory-day-2015": ("cancelled", "Moscow, RU")},
    2018: {"kim-jong-un-eastern-economic-forum-2018": ("declined", "Vladivostok, RU")},
    2019: {"kim-putin-vladivostok-2019": ("held", "Russky Island, Vladivostok, RU")},
    2020: {"kim-jong-un-victory-day-2020": ("postponed", "Moscow, RU")},
    2023: {"kim-putin-summit-2023": ("held", "Vostochny Cosmodrome, RU")},
    2024: {"putin-pyongyang-2024": ("held", "Pyongyang, KP")},
    2025: {
        "kim-jong-un-victory-day-2025": ("declined", "Moscow, RU"),
        "kim-jong-un-russian-embassy-2025": ("held", "Pyongyang, KP"),
        "kim-putin-beijing-2025": ("held", "Beijing, CN"),
        "medvedev-pyongyang-2025": ("held", "Pyongyang, KP"),
        "kim-jong-un-moscow-visit": ("invited", "Moscow, RU"),
    },
}

# Pairs that share leaders and overlap in time, yet are two trips, with the reason.
DISTINCT_DESPITE_OVERLAP = {
    frozenset({"kim-jong-un-victory-day-2025", "kim-jong-un-moscow-visit"}): (
        "the invitation to the 2025 parade was declined; the general invitation to Moscow, "
        "dated only to the year Russia expected it, stayed open after the parade"
    ),
    frozenset({"kim-jong-il-medvedev-2011", "medvedev-pyongyang-invitation-2011"}): (
        "Kim went to Medvedev in August 2011; the invitation he gave there was for Medvedev "
        "to come to North Korea, dated only to its year"
    ),
    frozenset({"kim-jong-il-medvedev-vladivostok-2011", "medvedev-pyongyang-invitation-2011"}): (
        "the summit called off in June was Kim's trip to Vladivostok; the invitation of August "
        "was Medvedev's to North Korea, dated only to its year"
    ),
}

TIME_ZONE_SLACK = dt.timedelta(days=1)
"""A report stamped in New York or Moscow may carry the day before the one it reports in Asia."""


@pytest.fixture(scope="module")
def content() -> Content:
    return validate_content(CONTENT)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("record") / "site"
    build_site(CONTENT, out, Settings(title="Test tracker", base_url="/"))
    return out


def _span(event: Event) -> tuple[dt.date, dt.date]:
    return event.date.first_day(), (event.end or event.date).last_day()


def test_the_record_holds_every_expected_event_year_by_year(content: Content) -> None:
    found: dict[int, dict[str, tuple[str, str]]] = {}
    for event in content.events.values():
        place = ", ".join(filter(None, (event.place.city, event.place.country)))
        found.setdefault(event.date.year, {})[event.id] = (event.status.value, place)
    assert found == EXPECTED_BY_YEAR


def test_every_event_stands_where_its_last_report_left_it(content: Content) -> None:
    mismatched = {e.id: (e.status.value, e.timeline[-1].status.value) for e in content.events.values()
                  if e.status is not e.timeline[-1].status}
    assert mismatched == {}


def test_every_cited_source_exists(content: Content) -> None:
    missing = {(e.id, cited) for e in content.events.values() for cited in e.sources if cited not in content.sources}
    assert missing == set()
    uncited = set(content.sources) - {cited for e in content.events.values() for cited in e.sources}
    assert uncited == set()


def test_no_two_events_cover_the_same_trip(content: Content) -> None:
    clashes = set()
    for a, b in itertools.combinations(content.events.values(), 2):
        (a_first, a_last), (b_first, b_last) = _span(a), _span(b)
        if set(a.leaders) == set(b.leaders) and a_first <= b_last and b_first <= a_last:
            clashes.add(frozenset({a.id, b.id}))
    assert clashes == set(DISTINCT_DESPITE_OVERLAP)


def test_no_source_was_published_before_what_it_reports(content: Content) -> None:
    early = [
        f"{event.id} {step.date}: {cited} published {content.sources[cited].published}"
        for event in content.events.values()
        for step in event.timeline
        for cited in step.sources
        if content.sources[cited].published.last_day() + TIME_ZONE_SLACK < step.date.first_day()
    ]
    assert early == []


def test_check_passes_on_the_real_content(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--content", str(CONTENT)]) == 0
    assert capsys.readouterr().out.startswith(f"ok: {sum(map(len, EXPECTED_BY_YEAR.values()))} events")


def test_each_leader_page_lists_every_event_of_that_leader(content: Content, site: Path) -> None:
    index = read_html(site / "leaders" / "index.html")
    for leader in content.leaders.values():
        involved = {e.id for e in content.events.values() if leader.id in e.leaders}
        page = read_html(site / "leaders" / leader.id / "index.html")
        listed = {m.group(1) for href in page.xpath("//main//a/@href") if (m := re.fullmatch(r"/events/([^/]+)/", href))}
        assert listed == involved, leader.id
        entry = index.xpath(f"//main//a[@href='/leaders/{leader.id}/']/..")[0].text_content()
        noun = "event" if len(involved) == 1 else "events"
        assert f"{len(involved)} {noun}" in entry, entry


@pytest.mark.parametrize(
    ("event_id", "shown"),
    [
        ("kim-jong-un-victory-day-2015", "Kim Jong Un: represented by Kim Yong Nam"),
        ("kim-jong-un-victory-day-2025", "Kim Jong Un: represented by Shin Hong-chol (North Korea's ambassador to Russia)"),
        ("kim-jong-il-victory-day-2005", "Kim Jong Il: represented by Ri Jong-san"),
    ],
)
def test_the_parade_pages_say_who_went_in_the_leaders_place(site: Path, event_id: str, shown: str) -> None:
    page = read_html(site / "events" / event_id / "index.html")
    assert shown in " ".join(page.xpath("//main")[0].text_content().split())


@pytest.mark.parametrize(
    ("event_id", "shown", "machine"),
    [
        ("putin-pyongyang-2000", "19–20 July 2000", ["2000-07-19", "2000-07-20"]),
        ("kim-jong-il-moscow-2001", "26 July – 18 August 2001", ["2001-07-26", "2001-08-18"]),
    ],
)
def test_a_trip_of_several_days_reads_as_one_span(site: Path, event_id: str, shown: str, machine: list[str]) -> None:
    page = read_html(site / "index.html")
    [row] = [li for li in page.cssselect("li.event") if li.cssselect(f"a[href$='/events/{event_id}/']")]
    [dates] = row.cssselect(".event-date")
    assert " ".join(dates.text_content().split()) == shown
    assert [time.get("datetime") for time in dates.cssselect("time")] == machine


@pytest.mark.parametrize(
    ("event_id", "first", "last"),
    [
        ("kim-jong-il-moscow-2001", "26 July 2001, Khasan, Russia", "18 August 2001, North Korea"),
        ("kim-putin-summit-2023", "10 September 2023, Pyongyang, North Korea", "17 September 2023, Artyom, Russia"),
    ],
)
def test_the_train_journeys_read_as_itineraries(site: Path, event_id: str, first: str, last: str) -> None:
    text = " ".join(read_html(site / "events" / event_id / "index.html").xpath("//main")[0].text_content().split())
    assert "Itinerary (by train)" in text
    assert text.index(first) < text.index(last) < text.index("Timeline")


# Articles written for these tests, each about an event the record already holds.
INGESTED = [
    pytest.param("vladivostok-talks-2002.txt", "kim-jong-il-far-east-2002", id="2002-vladivostok"),
    pytest.param("beijing-parade-2025.txt", "kim-putin-beijing-2025", id="2025-beijing"),
    # Medvedev no longer held the presidency, the office the site tracks him in: named by
    # name, he makes news as deputy chairman of the Security Council.
    pytest.param("medvedev-pyongyang-2025.txt", "medvedev-pyongyang-2025", id="2025-medvedev"),
]


@pytest.mark.parametrize(("article", "event_id"), INGESTED)
def test_an_article_about_a_recorded_event_updates_it(
    article: str, event_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    assert main(["ingest", "--dry-run", "--format", "json", "--content", str(content), str(ARTICLES / article)]) == 0
    (record,) = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert [(e["action"], e["id"]) for e in record["events"]] == [("update", event_id)]


def test_a_site_near_a_city_is_taken_for_the_recorded_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The gazetteer gives the garrison's city; the record says "Sosnovy Bor, near Ulan-Ude":
    one place, and the talks' day lies within the visit, so the editor is asked about neither."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    article = str(ARTICLES / "sosnovy-bor-2011.txt")
    assert main(["ingest", "--dry-run", "--format", "json", "--content", str(content), article]) == 0
    (record,) = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert [(e["action"], e["id"]) for e in record["events"]] == [("update", "kim-jong-il-medvedev-2011")]
    assert [w for w in record["warnings"] if w.startswith("kim-jong-il-medvedev-2011:")] == []
