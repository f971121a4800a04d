"""The Atom feed, read back by feedparser as a feed reader would."""

from __future__ import annotations

import shutil
from pathlib import Path

import feedparser
from conftest import FIXTURE_CONTENT

from tracker.content.validate import validate_content
from tracker.outputs.feeds import render_atom
from tracker.outputs.subscriptions import Subscription
from tracker.outputs.urls import Urls
from tracker.settings import Settings

SETTINGS = Settings(title="Test tracker", base_url="https://example.org/visits/")
URLS = Urls.from_base_url(SETTINGS.base_url)


def parse() -> feedparser.FeedParserDict:
    return feedparser.parse(render_atom(validate_content(FIXTURE_CONTENT), SETTINGS, URLS))


def test_the_feed_is_well_formed_atom() -> None:
    feed = parse()
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "Test tracker"
    assert feed.feed.updated == "2019-04-22T00:00:00Z"
    links = {link.rel: link.href for link in feed.feed.links}
    assert links == {"self": "https://example.org/visits/feed.xml", "alternate": "https://example.org/visits/"}


def test_entries_are_timeline_updates_newest_first_each_linking_to_its_event() -> None:
    entries = parse().entries
    assert [(e.title, e.updated, e.link) for e in entries] == [
        ("Announced: Summit in Vladivostok (22 April 2019)", "2019-04-22T00:00:00Z",
         "https://example.org/visits/events/vladivostok-2019/"),
        ("Held: Summit in Vladivostok (April 2019)", "2019-04-01T00:00:00Z",
         "https://example.org/visits/events/vladivostok-2019/"),
        ('Rumoured: <script>alert("title")</script> & friends (2019)', "2019-01-01T00:00:00Z",
         "https://example.org/visits/events/hostile-markup/"),
        ("Cancelled: Planned trip to the Victory Day parade (30 April 2015)", "2015-04-30T00:00:00Z",
         "https://example.org/visits/events/victory-day-2015/"),
        ("Confirmed: Planned trip to the Victory Day parade (January 2015)", "2015-01-01T00:00:00Z",
         "https://example.org/visits/events/victory-day-2015/"),
    ]
    assert len({e.id for e in entries}) == len(entries)
    assert all(e.id.startswith("urn:uuid:") for e in entries)


def test_an_entry_carries_the_note_quote_and_sources() -> None:
    cancelled = next(e for e in parse().entries if e.title.startswith("Cancelled"))
    assert cancelled.summary == "Called off ten days before."
    html = cancelled.content[0].value
    assert "Called off ten days before." in html
    assert "He will stay at home" in html and "A Spokesman" in html
    assert "Kim will not attend the parade, Fixture Gazette, 1 May 2015" in html
    assert [t.term for t in cancelled.tags] == ["cancelled"]


def test_hostile_content_is_text_in_the_feed_not_markup() -> None:
    hostile = next(e for e in parse().entries if e.title.startswith("Rumoured"))
    html = hostile.content[0].value
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;/blockquote&gt;&lt;script&gt;" in html


def test_the_feed_id_and_entry_ids_stay_the_same_between_builds() -> None:
    first, second = parse(), parse()
    assert [e.id for e in first.entries] == [e.id for e in second.entries]
    content = validate_content(FIXTURE_CONTENT)
    assert render_atom(content, SETTINGS, URLS) == render_atom(content, SETTINGS, URLS)


def test_the_same_status_reported_twice_on_one_date_makes_two_entries_and_keeps_the_first_id(content_dir: Path) -> None:
    def entry_ids() -> dict[str, list[str]]:
        feed = feedparser.parse(render_atom(validate_content(content_dir), SETTINGS, URLS))
        ids: dict[str, list[str]] = {}
        for entry in feed.entries:
            ids.setdefault(entry.title, []).append(entry.id)
        return ids

    before = entry_ids()
    event = content_dir / "events" / "victory-day-2015.yaml"
    again = "  - date: 2015-01\n    status: confirmed\n    note: Confirmed again by another paper.\n    sources: [gazette-2015-05-01-trip-off]\n"
    event.write_text(event.read_text(encoding="utf-8").replace("  - date: 2015-04-30", again + "  - date: 2015-04-30"), encoding="utf-8")
    after = entry_ids()
    confirmed = "Confirmed: Planned trip to the Victory Day parade (January 2015)"
    assert len(after[confirmed]) == len(set(after[confirmed])) == 2
    assert before[confirmed][0] in after[confirmed]  # a feed reader does not see the first report as new
    assert {title: ids for title, ids in after.items() if title != confirmed} == {title: ids for title, ids in before.items() if title != confirmed}


def test_the_whole_sites_feed_lists_developments_in_the_order_a_feed_of_every_event_sorts_them(content_dir: Path) -> None:
    # The same developments under another event on the same dates: ties broken by the ID.
    shutil.copy(content_dir / "events" / "vladivostok-2019.yaml", content_dir / "events" / "a-summit-copy.yaml")
    content = validate_content(content_dir)
    every_event = Subscription(page="", name="", event_ids=tuple(event.id for event in content.events_in_order()))
    whole_site = render_atom(content, SETTINGS, URLS)
    assert whole_site == render_atom(content, SETTINGS, URLS, every_event)
    entries = feedparser.parse(whole_site).entries
    assert [(e.updated, e.link.split("/")[-2]) for e in entries[:4]] == [
        ("2019-04-22T00:00:00Z", "vladivostok-2019"),
        ("2019-04-22T00:00:00Z", "a-summit-copy"),
        ("2019-04-01T00:00:00Z", "vladivostok-2019"),
        ("2019-04-01T00:00:00Z", "a-summit-copy"),
    ]
