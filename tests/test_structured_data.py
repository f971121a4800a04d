"""What machines read: schema.org JSON-LD on event pages, Open Graph and Twitter tags, canonical URLs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SiteBuilder, read_html


def meta(page_path: Path) -> dict[str, str]:
    page = read_html(page_path)
    tags = page.cssselect("meta[property], meta[name]")
    return {tag.get("property") or tag.get("name"): tag.get("content") for tag in tags}


def test_an_event_page_carries_a_schema_org_event(build: SiteBuilder) -> None:
    site = build(base_url="https://example.org/visits/")
    page = read_html(site / "events" / "victory-day-2015" / "index.html")
    [script] = page.cssselect('script[type="application/ld+json"]')
    data = json.loads(script.text)
    assert data["@context"] == "https://schema.org" and data["@type"] == "Event"
    assert data["name"] == "Planned trip to the Victory Day parade"
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert (data["startDate"], data["endDate"]) == ("2015-05-09", "2015-05-09")
    assert data["location"] == {
        "@type": "Place",
        "name": "Moscow, Russia",
        "address": {"@type": "PostalAddress", "addressCountry": "RU", "addressLocality": "Moscow"},
    }
    # Kim was represented: the parade's performers are those who took part themselves
    assert [(p["name"], p["url"]) for p in data["performer"]] == [
        ("Vladimir Putin", "https://example.org/visits/leaders/vladimir-putin/"),
    ]
    assert data["attendee"] == [
        {"@type": "Person", "name": "A Fixture Envoy", "jobTitle": "Head of the fixture parliament"},
        {
            "@type": "Person",
            "name": "Vladimir Putin",
            "url": "https://example.org/visits/leaders/vladimir-putin/",
            "sameAs": "https://www.wikidata.org/wiki/Q7747",
        },
    ]
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["organizer"]["sameAs"] == "https://www.wikidata.org/wiki/Q7747"
    assert data["url"] == "https://example.org/visits/events/victory-day-2015/"


def test_attendance_by_video_makes_the_event_online_or_mixed(content_dir: Path, build: SiteBuilder) -> None:
    event = content_dir / "events" / "vladivostok-2019.yaml"
    text = event.read_text(encoding="utf-8")

    def mode(kim: str, putin: str) -> str:
        event.write_text(
            text.replace("{leader: kim-jong-un, mode: in-person}", f"{{leader: kim-jong-un, mode: {kim}}}").replace(
                "{leader: vladimir-putin, mode: in-person}", f"{{leader: vladimir-putin, mode: {putin}}}"
            ),
            encoding="utf-8",
        )
        page = read_html(build(content_dir) / "events" / "vladivostok-2019" / "index.html")
        data = json.loads(page.cssselect('script[type="application/ld+json"]')[0].text)
        return str(data["eventAttendanceMode"]).removeprefix("https://schema.org/")

    assert mode("video", "video") == "OnlineEventAttendanceMode"
    assert mode("video", "in-person") == "MixedEventAttendanceMode"
    assert mode("in-person", "in-person") == "OfflineEventAttendanceMode"
    assert mode("absent", "video") == "OnlineEventAttendanceMode"


def test_a_held_event_is_scheduled_and_keeps_its_month_precision(build: SiteBuilder) -> None:
    page = read_html(build() / "events" / "vladivostok-2019" / "index.html")
    data = json.loads(page.cssselect('script[type="application/ld+json"]')[0].text)
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["startDate"] == "2019-04"
    assert data["location"]["sameAs"] == "https://www.wikidata.org/wiki/Q959"


def test_hostile_text_cannot_close_the_json_ld_script(build: SiteBuilder) -> None:
    html = (build() / "events" / "hostile-markup" / "index.html").read_text(encoding="utf-8")
    script = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in script
    assert json.loads(script)["name"] == '<script>alert("title")</script> & friends'


def test_an_event_page_has_open_graph_and_twitter_card_meta(build: SiteBuilder) -> None:
    tags = meta(build(base_url="https://example.org/visits/") / "events" / "victory-day-2015" / "index.html")
    assert tags["og:type"] == "article"
    assert tags["og:title"] == tags["twitter:title"] == "Planned trip to the Victory Day parade"
    assert tags["og:url"] == "https://example.org/visits/events/victory-day-2015/"
    assert tags["og:site_name"] == "Test tracker"
    assert tags["twitter:card"] == "summary"
    assert tags["description"] == tags["og:description"] == "Cancelled, 9 May 2015. A fixture trip that was called off."


def test_without_a_full_base_url_there_is_no_og_url(build: SiteBuilder) -> None:
    tags = meta(build(base_url="/visits/") / "events" / "victory-day-2015" / "index.html")
    assert "og:url" not in tags and tags["og:title"] == "Planned trip to the Victory Day parade"


@pytest.mark.parametrize(
    "path",
    ["index.html", "events/vladivostok-2019/index.html", "leaders/kim-jong-un/index.html",
     "years/2019/index.html", "status/cancelled/index.html", "search/index.html", "sources/index.html"],
)
def test_every_page_has_a_canonical_url(build: SiteBuilder, path: str) -> None:
    page = read_html(build(base_url="https://example.org/visits/") / path)
    [link] = page.cssselect('link[rel="canonical"]')
    assert link.get("href") == "https://example.org/visits/" + path.removesuffix("index.html")
