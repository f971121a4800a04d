"""A page for every two leaders who share an event, read back from the built fixture site."""

from __future__ import annotations

from pathlib import Path

from conftest import SiteBuilder, read_html, text_of

from tracker.editors.linkcheck import broken_links

PAIR = "pairs/kim-jong-un--vladimir-putin/index.html"

RETURN_VISIT = """\
title: Return visit to Pyongyang
kind: visit
status: held
date: 2024-06-19
visitor: vladimir-putin
host: kim-jong-un
leaders: [vladimir-putin, kim-jong-un]
place: {city: Pyongyang, country: KP}
summary: A fixture return visit.
timeline:
  - date: 2024-06-17
    status: announced
    note: Announced two days before.
    sources: [agency-2019-04-26-summit-held]
  - date: 2024-06-19
    status: held
    note: It takes place.
    sources: [agency-2019-04-26-summit-held]
"""


def with_return_visit(content_dir: Path) -> Path:
    (content_dir / "events" / "return-visit-2024.yaml").write_text(RETURN_VISIT, encoding="utf-8")
    return content_dir


def test_a_pair_page_counts_every_event_of_the_two_whatever_became_of_it(build: SiteBuilder) -> None:
    page = read_html(build() / PAIR)
    assert text_of(page.cssselect("h1")[0]) == "Kim Jong Un and Vladimir Putin"
    assert [a.get("href") for a in page.cssselect("h1 a")] == ["/leaders/kim-jong-un/", "/leaders/vladimir-putin/"]
    assert text_of(page.cssselect(".counts")[0]) == "2 events together: 1 held, 1 cancelled, 0 declined."
    # the rumour that involves Kim alone is not theirs
    assert [text_of(a) for a in page.cssselect(".events .event-title a")] == [
        "Planned trip to the Victory Day parade", "Summit in Vladivostok",
    ]
    marks = [a.get("href") for a in page.cssselect(".timeline-wide svg a")]
    assert marks == ["/events/victory-day-2015/", "/events/vladivostok-2019/"]


def test_who_travelled_to_whom_and_whose_turn_it_is(build: SiteBuilder, content_dir: Path) -> None:
    page = read_html(build() / PAIR)
    assert [text_of(li) for li in page.cssselect(".visits li")] == [
        "Kim Jong Un to Vladimir Putin: 1 visit (April 2019)",
        "Vladimir Putin to Kim Jong Un: 0 visits",
    ]
    assert text_of(page.cssselect(".next-visit")[0]) == (
        "The last visit was Kim Jong Un's to Vladimir Putin, in April 2019: "
        "by the custom of return visits, the next is Vladimir Putin's to make."
    )
    returned = read_html(build(with_return_visit(content_dir), out=content_dir.parent / "returned") / PAIR)
    assert [text_of(li) for li in returned.cssselect(".visits li")] == [
        "Kim Jong Un to Vladimir Putin: 1 visit (April 2019)",
        "Vladimir Putin to Kim Jong Un: 1 visit (19 June 2024)",
    ]
    assert text_of(returned.cssselect(".next-visit")[0]) == (
        "The last visit was Vladimir Putin's to Kim Jong Un, on 19 June 2024: "
        "by the custom of return visits, the next is Kim Jong Un's to make."
    )


def test_the_gaps_between_meetings_say_first_since(build: SiteBuilder, content_dir: Path) -> None:
    page = read_html(build(with_return_visit(content_dir)) / PAIR)
    assert [text_of(li) for li in page.cssselect("ol.held li")] == [
        "Summit in Vladivostok, April 2019, Vladivostok, Russia (Kim Jong Un to Vladimir Putin). First recorded meeting.",
        "Return visit to Pyongyang, 19 June 2024, Pyongyang, North Korea (Vladimir Putin to Kim Jong Un). "
        "First since April 2019 (about 5 years).",
    ]
    assert text_of(page.cssselect(".counts")[0]) == "3 events together: 2 held, 1 cancelled, 0 declined."


def test_pairs_are_listed_linked_from_leader_pages_and_in_the_sitemap(build: SiteBuilder) -> None:
    site = build(base_url="https://user.github.io/repo/")
    index = read_html(site / "pairs" / "index.html")
    assert [(text_of(a), a.get("href")) for a in index.cssselect("ul.pairs a")] == [
        ("Kim Jong Un and Vladimir Putin", "/repo/pairs/kim-jong-un--vladimir-putin/"),
    ]
    assert "2 events: 1 held, 1 cancelled, 0 declined" in text_of(index.cssselect("ul.pairs li")[0])
    for leader, other in (("kim-jong-un", "Vladimir Putin"), ("vladimir-putin", "Kim Jong Un")):
        page = read_html(site / "leaders" / leader / "index.html")
        assert [(text_of(a), a.get("href")) for a in page.cssselect(".pair-links a")] == [
            (f"With {other} (2 events)", "/repo/pairs/kim-jong-un--vladimir-putin/"),
        ]
    leaders = read_html(site / "leaders" / "index.html")
    assert "/repo/pairs/" in [a.get("href") for a in leaders.cssselect("main a")]
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://user.github.io/repo/pairs/</loc>" in sitemap
    assert "<loc>https://user.github.io/repo/pairs/kim-jong-un--vladimir-putin/</loc>" in sitemap
    assert broken_links(site, "/repo/") == []
