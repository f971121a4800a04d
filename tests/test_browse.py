"""Browsing by year, status and leader: real pages, linked from the index, no JavaScript needed."""

from __future__ import annotations

from conftest import SiteBuilder, read_html, text_of

from tracker.editors.linkcheck import broken_links


def test_the_index_links_to_every_year_status_and_leader(build: SiteBuilder) -> None:
    page = read_html(build(base_url="/visits/") / "index.html")
    groups = {
        text_of(group.cssselect("h3")[0]): [(text_of(a), a.get("href")) for a in group.cssselect("a")]
        for group in page.cssselect("nav.browse .browse-group")
    }
    assert groups == {
        "By year": [("2015 (1)", "/visits/years/2015/"), ("2019 (2)", "/visits/years/2019/")],
        "By status": [
            ("Rumoured (1)", "/visits/status/rumoured/"),
            ("Held (1)", "/visits/status/held/"),
            ("Cancelled (1)", "/visits/status/cancelled/"),
        ],
        "By leader": [
            ("Kim Jong Un (3)", "/visits/leaders/kim-jong-un/"),
            ("Vladimir Putin (2)", "/visits/leaders/vladimir-putin/"),
        ],
    }


def test_a_year_page_lists_that_years_events_in_order(build: SiteBuilder) -> None:
    page = read_html(build() / "years" / "2019" / "index.html")
    assert text_of(page.cssselect("h1")[0]) == "Events in 2019"
    assert [text_of(a) for a in page.cssselect(".event-title a")] == [
        '<script>alert("title")</script> & friends',
        "Summit in Vladivostok",
    ]


def test_a_status_page_lists_only_events_with_that_status(build: SiteBuilder) -> None:
    page = read_html(build() / "status" / "cancelled" / "index.html")
    assert text_of(page.cssselect("h1")[0]) == "Cancelled"
    assert "The trip was on, then called off. 1 event." == text_of(page.cssselect(".lede")[0])
    assert [text_of(a) for a in page.cssselect(".event-title a")] == ["Planned trip to the Victory Day parade"]


def test_every_link_on_the_browse_pages_resolves_under_a_sub_path(build: SiteBuilder) -> None:
    site = build(base_url="/some/sub/path/")
    assert broken_links(site, "/some/sub/path/") == []
