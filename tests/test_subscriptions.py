"""Each leader's own feed and calendar: only their events, linked from their page."""

from __future__ import annotations

import feedparser
import icalendar
from conftest import FIXTURE_CONTENT, SiteBuilder, read_html

from tracker.content.model import Content
from tracker.content.validate import validate_content
from tracker.outputs.subscriptions import WHOLE_SITE, leader_subscription, subscriptions


def content() -> Content:
    return validate_content(FIXTURE_CONTENT)


def test_the_site_offers_its_own_subscription_and_one_per_leader() -> None:
    assert [(s.page, s.name) for s in subscriptions(content())] == [
        ("", ""),
        ("leaders/kim-jong-un/", "Kim Jong Un"),
        ("leaders/vladimir-putin/", "Vladimir Putin"),
        ("pairs/kim-jong-un--vladimir-putin/", "Kim Jong Un and Vladimir Putin"),
    ]
    assert [e.id for e in leader_subscription(content(), "vladimir-putin").events(content())] == [
        "victory-day-2015", "vladivostok-2019"
    ]
    assert len(WHOLE_SITE.events(content())) == 3


def test_a_leader_page_links_its_own_feed_and_calendar_which_hold_only_their_events(build: SiteBuilder) -> None:
    site = build(base_url="https://example.org/visits/")
    page = read_html(site / "leaders" / "vladimir-putin" / "index.html")
    alternates = {link.get("type"): link.get("href") for link in page.cssselect("link[rel=alternate]") if "Putin" in link.get("title")}
    assert alternates == {
        "application/atom+xml": "/visits/leaders/vladimir-putin/feed.xml",
        "text/calendar": "/visits/leaders/vladimir-putin/events.ics",
    }
    visible = [(a.text_content(), a.get("href")) for a in page.cssselect("p.follow a")]
    assert visible == [("Atom feed", alternates["application/atom+xml"]), ("calendar (ICS)", alternates["text/calendar"])]

    feed = feedparser.parse((site / "leaders" / "vladimir-putin" / "feed.xml").read_bytes())
    assert not feed.bozo
    assert feed.feed.title == "Test tracker: Vladimir Putin"
    assert {link.rel: link.href for link in feed.feed.links} == {
        "self": "https://example.org/visits/leaders/vladimir-putin/feed.xml",
        "alternate": "https://example.org/visits/leaders/vladimir-putin/",
    }
    assert feed.feed.id == "https://example.org/visits/leaders/vladimir-putin/"
    assert {e.link for e in feed.entries} == {
        "https://example.org/visits/events/victory-day-2015/",
        "https://example.org/visits/events/vladivostok-2019/",
    }  # not the hostile-markup event, in which Putin has no part

    calendar = icalendar.Calendar.from_ical((site / "leaders" / "vladimir-putin" / "events.ics").read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Test tracker: Vladimir Putin"
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [
        "victory-day-2015@example.org/visits", "vladivostok-2019@example.org/visits"
    ]  # the same UIDs as in the whole site's calendar, so an app subscribed to both keeps one copy


def test_a_pair_page_links_the_feed_and_calendar_of_the_events_the_two_share(build: SiteBuilder) -> None:
    site = build(base_url="/visits/")
    folder = site / "pairs" / "kim-jong-un--vladimir-putin"
    page = read_html(folder / "index.html")
    visible = {a.text_content(): a.get("href") for a in page.cssselect("p.follow a")}
    assert visible == {
        "Atom feed": "/visits/pairs/kim-jong-un--vladimir-putin/feed.xml",
        "calendar (ICS)": "/visits/pairs/kim-jong-un--vladimir-putin/events.ics",
    }
    assert {link.get("href") for link in page.cssselect("link[rel=alternate]")} >= set(visible.values())
    feed = feedparser.parse((folder / "feed.xml").read_bytes())
    assert feed.feed.title == "Test tracker: Kim Jong Un and Vladimir Putin"
    assert [e.title for e in feed.entries] == [
        "Announced: Summit in Vladivostok (22 April 2019)",
        "Held: Summit in Vladivostok (April 2019)",
        "Cancelled: Planned trip to the Victory Day parade (30 April 2015)",
        "Confirmed: Planned trip to the Victory Day parade (January 2015)",
    ]  # newest first, and not the event Kim had alone
    calendar = icalendar.Calendar.from_ical((folder / "events.ics").read_bytes())
    assert [(str(e["SUMMARY"]), int(e["SEQUENCE"])) for e in calendar.walk("VEVENT")] == [
        ("Planned trip to the Victory Day parade", 1),
        ("Summit in Vladivostok (April 2019, day not known)", 1),
    ]


def test_every_page_leads_to_the_latest_changes_and_the_about_page_explains_following_and_citing(build: SiteBuilder) -> None:
    site = build(base_url="/sub/")
    footer = [a.get("href") for a in read_html(site / "index.html").cssselect("footer a")]
    assert "/sub/changes/" in footer
    about = read_html(site / "about" / "index.html")
    assert "/sub/changes/" in [a.get("href") for a in about.cssselect("main a")]
    text = " ".join(about.text_content().split())
    assert "Each leader's page and each pair's page has a feed and a calendar of its own events" in text
