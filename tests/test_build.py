"""End to end: build the fixture site and read it back as a reader's browser would."""

from __future__ import annotations

import shutil
from pathlib import Path

import lxml.html
import pytest
from conftest import FIXTURE_CONTENT, SiteBuilder, read_html, text_of

from tracker.content.problems import ContentError
from tracker.editors.linkcheck import broken_links


def facts_of(page: lxml.html.HtmlElement) -> dict[str, str]:
    """A page's list of facts: term -> its text."""
    return dict(zip((text_of(d) for d in page.cssselect(".facts dt")), (text_of(d) for d in page.cssselect(".facts dd"))))


def test_the_index_lists_every_event_by_year_oldest_first(build: SiteBuilder) -> None:
    page = read_html(build() / "index.html")
    years = [text_of(h) for h in page.cssselect("section.year h2")]
    assert years == ["2015", "2019"]
    titles = [text_of(a) for a in page.cssselect(".event-title a")]
    # within 2019, the year-precision rumour sorts before the April summit
    assert titles == [
        "Planned trip to the Victory Day parade",
        '<script>alert("title")</script> & friends',
        "Summit in Vladivostok",
    ]
    dates = [(t.get("datetime"), text_of(t)) for t in page.cssselect(".event-date time")]
    assert dates == [("2015-05-09", "9 May 2015"), ("2019", "2019"), ("2019-04", "April 2019")]


def test_a_called_off_event_stands_out_in_words_not_colour_alone(build: SiteBuilder) -> None:
    page = read_html(build() / "index.html")
    [cancelled] = page.cssselect("li.event.called-off")
    assert "✕ Cancelled" in text_of(cancelled)
    assert "Kim Jong Un → to Vladimir Putin · Moscow, Russia" in text_of(cancelled)
    held = [li for li in page.cssselect("li.event") if "Summit in Vladivostok" in text_of(li)][0]
    assert "called-off" not in held.get("class") and "Held" in text_of(held)


def test_an_event_page_shows_facts_timeline_quotes_and_sources(build: SiteBuilder) -> None:
    page = read_html(build() / "events" / "victory-day-2015" / "index.html")
    assert text_of(page.cssselect("h1")[0]) == "Planned trip to the Victory Day parade"
    facts = facts_of(page)
    assert facts == {
        "Status": "✕ Cancelled",
        "Timing": "confirmed about 4 months ahead; cancelled 9 days before",
        "Date": "9 May 2015",
        "Kind": "Ceremony",
        "Visitor": "Kim Jong Un",
        "Host": "Vladimir Putin",
        "Place": "Moscow, Russia",
        "Leaders": "Kim Jong Un (Supreme Leader of North Korea), Vladimir Putin (President of Russia)",
        "Attendance": "Kim Jong Un: represented by A Fixture Envoy (Head of the fixture parliament)"
        "Vladimir Putin: in person",
    }
    steps = [text_of(li.cssselect(".development-head")[0]) for li in page.cssselect(".timeline > li")]
    assert steps == ["January 2015 Confirmed", "30 April 2015 ✕ Cancelled"]
    quote = page.cssselect(".timeline .quote")[0]
    assert text_of(quote.cssselect("blockquote")[0]) == "He will stay at home"
    assert text_of(quote.cssselect("figcaption")[0]) == "A Spokesman"
    [source] = page.cssselect("ul.sources li")
    assert text_of(source) == "Kim will not attend the parade, Fixture Gazette (official), 1 May 2015, by A. Reporter"
    assert page.cssselect("ul.sources a")[0].get("href") == "/sources/gazette-2015-05-01-trip-off/"
    assert "Summary" not in text_of(page) and "called off" in text_of(page.cssselect(".summary")[0])


def test_a_leader_page_groups_visits_made_received_and_called_off(build: SiteBuilder) -> None:
    site = build()
    kim = read_html(site / "leaders" / "kim-jong-un" / "index.html")
    sections = {text_of(s.cssselect("h2")[0]): [text_of(a) for a in s.cssselect(".event-title a")] for s in kim.cssselect("main section")}
    assert sections == {
        "Visits made": ["Summit in Vladivostok"],
        "Called off: cancelled, declined or postponed": ["Planned trip to the Victory Day parade"],
        "Other encounters": ['<script>alert("title")</script> & friends'],
    }
    assert text_of(kim.cssselect("main > p.muted")[0]) == "Supreme Leader of North Korea · December 2011 – present"
    assert text_of(kim.cssselect("h1 .native")[0]) == "김정은" and kim.cssselect("h1 .native")[0].get("lang") == "ko"
    putin = read_html(site / "leaders" / "vladimir-putin" / "index.html")
    assert [text_of(h) for h in putin.cssselect("main section h2")] == [
        "Visits received", "Called off: cancelled, declined or postponed",
    ]
    leaders = read_html(site / "leaders" / "index.html")
    assert [text_of(a) for a in leaders.cssselect("ul.leaders a")] == ["Kim Jong Un", "Vladimir Putin"]


def test_a_source_page_lists_the_events_citing_it(build: SiteBuilder) -> None:
    site = build()
    page = read_html(site / "sources" / "wire-2019-04-22-trip-announced" / "index.html")
    assert [text_of(a) for a in page.cssselect(".event-title a")] == [
        '<script>alert("title")</script> & friends', "Summit in Vladivostok",
    ]
    assert page.cssselect(".facts a")[0].get("href") == "https://example.org/wire/2019-04-22"
    index = read_html(site / "sources" / "index.html")
    assert "cited by 1 event" in text_of(index) and "cited by 2 events" in text_of(index)


def test_hostile_content_reaches_the_page_as_text(build: SiteBuilder) -> None:
    page = read_html(build() / "events" / "hostile-markup" / "index.html")
    assert page.cssselect("main script, main img, main b, main i") == []
    assert text_of(page.cssselect("h1")[0]) == '<script>alert("title")</script> & friends'
    assert "<img src=x onerror=alert(1)> Raw HTML is shown as text." in text_of(page.cssselect(".summary")[0])
    hrefs = [a.get("href") for a in page.cssselect(".summary a, .note a")]
    assert hrefs == ["https://example.org/ok", "https://example.org/tracker.png"]
    assert text_of(page.cssselect(".quote blockquote")[0]) == "</blockquote><script>alert(2)</script>"
    assert text_of(page.cssselect(".claimed-by")[0]) == 'According to <b>KCNA</b> & "others":'
    assert text_of(page.cssselect(".facts .attendance li")[0]) == (
        "Kim Jong Un: represented by <i>an envoy</i> (<script>alert(4)</script>)"
    )
    assert text_of(page.cssselect("ol.itinerary li")[0]) == "2019, <b>Nowhere</b>, North Korea: <img src=x onerror=alert(5)>"
    putin = read_html(build(out=build().parent / "again") / "leaders" / "vladimir-putin" / "index.html")
    assert [a.get("href") for a in putin.cssselect(".summary a")] == ["https://example.org/putin"]


@pytest.mark.parametrize("base_url", ["/", "/some/sub/path/", "https://user.github.io/repo/"])
def test_every_internal_link_and_asset_resolves(build: SiteBuilder, base_url: str) -> None:
    site = build(base_url=base_url)
    base_path = "/" + base_url.split("/", 3)[3] if base_url.startswith("http") else base_url
    assert broken_links(site, base_path) == []
    hrefs = [a.get("href") for a in read_html(site / "404.html").cssselect("a, link")]
    assert all(h.startswith(base_path) or h.startswith("#") for h in hrefs), hrefs


def test_the_link_checker_finds_a_broken_link(build: SiteBuilder) -> None:
    site = build(base_url="/sub/")
    page = site / "leaders" / "index.html"
    page.write_text(page.read_text().replace('href="/sub/leaders/kim-jong-un/"', 'href="/sub/leaders/kim/"').replace(
        'href="/sub/sources/"', 'href="/sources/"'), encoding="utf-8")
    assert broken_links(site, "/sub/") == [
        "leaders/index.html: /sources/ (escapes the site's base path /sub/)",
        "leaders/index.html: /sub/leaders/kim/ (no such file leaders/kim/index.html)",
    ]


def test_the_site_has_what_a_static_host_expects(build: SiteBuilder) -> None:
    site = build(base_url="https://user.github.io/repo/")
    assert (site / ".nojekyll").read_bytes() == b""
    assert "Sitemap: https://user.github.io/repo/sitemap.xml" in (site / "robots.txt").read_text()
    sitemap = (site / "sitemap.xml").read_text()
    assert "<loc>https://user.github.io/repo/events/victory-day-2015/</loc>" in sitemap
    assert "404" not in sitemap
    canonical = read_html(site / "events" / "vladivostok-2019" / "index.html").cssselect("link[rel=canonical]")[0]
    assert canonical.get("href") == "https://user.github.io/repo/events/vladivostok-2019/"


def test_the_same_content_builds_byte_identical_files(build: SiteBuilder, tmp_path: Path) -> None:
    first, second = build(out=tmp_path / "one"), build(out=tmp_path / "two")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)


def test_a_failed_build_leaves_the_previous_site_untouched(build: SiteBuilder, content_dir: Path, tmp_path: Path) -> None:
    site = build(content_dir)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    (content_dir / "events" / "vladivostok-2019.yaml").write_text("title: [broken\n", encoding="utf-8")
    with pytest.raises(ContentError):
        build(content_dir)
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "site"]  # no staging folder left behind


def test_a_rebuild_removes_pages_of_deleted_entries(build: SiteBuilder, content_dir: Path) -> None:
    site = build(content_dir)
    assert (site / "events" / "hostile-markup" / "index.html").is_file()
    (content_dir / "events" / "hostile-markup.yaml").unlink()
    build(content_dir)
    assert not (site / "events" / "hostile-markup").exists()


def test_the_real_content_builds_a_complete_site(build: SiteBuilder) -> None:
    content = FIXTURE_CONTENT.parents[2] / "content"
    site = build(content)
    assert broken_links(site) == []
    index = read_html(site / "index.html")
    assert len(index.cssselect("li.event")) == len(list((content / "events").glob("*.yaml")))
    shutil.rmtree(site)


def test_the_about_page_explains_every_status_and_links_to_its_events(build: SiteBuilder) -> None:
    site = build(base_url="/sub/")
    page = read_html(site / "about" / "index.html")
    rows = [[text_of(cell) for cell in row.cssselect("th, td")] for row in page.cssselect(".statuses tbody tr")]
    assert [row[0] for row in rows] == [
        "Rumoured", "Invited", "Announced", "Confirmed", "Held", "✕ Postponed", "✕ Cancelled", "✕ Declined",
    ]
    assert rows[6] == ["✕ Cancelled", "The trip was on, then called off.", "1"]
    assert rows[1] == ["Invited", "One side has invited the other; no acceptance is reported yet.", "0"]
    links = {text_of(a.getparent().getparent().cssselect("th")[0]): a.get("href") for a in page.cssselect(".statuses td a")}
    assert links == {"Rumoured": "/sub/status/rumoured/", "Held": "/sub/status/held/", "✕ Cancelled": "/sub/status/cancelled/"}
    nav = [a.get("href") for a in read_html(site / "index.html").cssselect("header nav a")]
    assert "/sub/about/" in nav


def test_an_event_page_shows_attendance_itinerary_and_who_says_so(build: SiteBuilder) -> None:
    page = read_html(build() / "events" / "vladivostok-2019" / "index.html")
    assert [text_of(li) for li in page.cssselect(".facts .attendance li")] == [
        "Kim Jong Un: in person", "Vladimir Putin: in person",
    ]
    [itinerary] = [h for h in page.cssselect("h2") if text_of(h).startswith("Itinerary")]
    assert text_of(itinerary) == "Itinerary (by train)"
    assert [text_of(li) for li in page.cssselect("ol.itinerary li")] == [
        "24 April 2019, Khasan, Russia: The train crosses the border.",
        "24 April 2019, Vladivostok, Russia: Arrival by train.",
        "25 April 2019, Vladivostok, Russia: The talks.",
    ]
    held = page.cssselect(".timeline > li")[1]
    assert text_of(held.cssselect(".claimed-by")[0]) == "According to Fixture Wire's unnamed officials:"
    assert page.cssselect(".timeline > li")[0].cssselect(".claimed-by") == []
    sources = [text_of(li) for li in page.cssselect("ul.sources li")]
    assert sources[1] == (
        "Summit held in Vladivostok, Fixture Agency (agency), 26 April 2019 · read the article · archived copy "
        "(retrieved 2 May 2019)"
    )
    links = {text_of(a): a.get("href") for a in page.cssselect("ul.sources li")[1].cssselect("a")}
    assert links["archived copy"] == "https://web.archive.org/web/2019/https://example.org/agency/2019-04-26"


def test_where_sources_disagree_both_versions_stand_side_by_side(build: SiteBuilder) -> None:
    page = read_html(build() / "events" / "vladivostok-2019" / "index.html")
    notice = page.cssselect(".disputed-notice")[0]
    assert text_of(notice) == "Sources disagree on the date: see each version with its sources."
    assert notice.cssselect("a")[0].get("href") == "#disputed" and page.cssselect("#disputed")
    [table] = page.cssselect("#disputed table.versions")
    assert text_of(table.cssselect("caption")[0]) == "On the date"
    assert [text_of(th) for th in table.cssselect("thead th")] == ["Version 1", "Version 2"]
    says, cited = table.cssselect("tbody tr")
    assert [text_of(td) for td in says.cssselect("td")] == ["25 April 2019", "26 April 2019"]
    assert [[a.get("href") for a in td.cssselect("cite a")] for td in cited.cssselect("td")] == [
        ["/sources/wire-2019-04-22-trip-announced/"], ["/sources/agency-2019-04-26-summit-held/"],
    ]
    assert "The wire gives the 25th." in text_of(cited.cssselect("td")[0])
    # an event without disagreement says nothing of the kind
    assert read_html(build(out=build().parent / "again") / "events" / "victory-day-2015" / "index.html").cssselect(
        ".disputed-notice, #disputed"
    ) == []


def test_the_index_says_in_short_how_late_a_trip_was_called_off(build: SiteBuilder) -> None:
    page = read_html(build() / "index.html")
    timing = {text_of(li.cssselect(".event-title")[0]): [text_of(t) for t in li.cssselect(".timing")] for li in page.cssselect("li.event")}
    assert timing == {
        "Planned trip to the Victory Day parade": ["· cancelled 9 days before"],
        '<script>alert("title")</script> & friends': [],
        "Summit in Vladivostok": [],  # announced 22 April, held "April 2019": the gap is not known
    }


def test_an_event_page_names_the_office_each_leader_held_that_day(build: SiteBuilder, content_dir: Path) -> None:
    (content_dir / "events" / "talks-2011.yaml").write_text(
        "title: Talks in 2011\nkind: summit\nstatus: held\ndate: 2011-08-24\nleaders: [kim-jong-un, vladimir-putin]\n"
        "place: {country: RU}\nsummary: S.\ntimeline:\n  - date: 2011-08-24\n    status: held\n    note: N.\n"
        "    sources: [agency-2019-04-26-summit-held]\n",
        encoding="utf-8",
    )
    page = read_html(build(content_dir) / "events" / "talks-2011" / "index.html")
    facts = facts_of(page)
    # Putin was prime minister then; Kim Jong Un took office in December 2011
    assert facts["Leaders"] == "Kim Jong Un, Vladimir Putin (Prime Minister of Russia)"


def test_a_leader_page_lists_offices_and_how_the_leader_took_part(build: SiteBuilder) -> None:
    site = build()
    putin = read_html(site / "leaders" / "vladimir-putin" / "index.html")
    assert [text_of(li) for li in putin.cssselect("ul.offices li")] == [
        "President of Russia, May 2000 – May 2008",
        "Prime Minister of Russia, May 2008 – May 2012",
        "President of Russia, May 2012 – present",
    ]
    kim = read_html(site / "leaders" / "kim-jong-un" / "index.html")
    assert [text_of(li) for li in kim.cssselect(".attendance-record li")] == [
        "Planned trip to the Victory Day parade, 9 May 2015: represented by A Fixture Envoy (Head of the fixture parliament)",
        '<script>alert("title")</script> & friends, 2019: represented by <i>an envoy</i> (<script>alert(4)</script>)',
        "Summit in Vladivostok, April 2019: in person",
    ]


def test_a_source_page_shows_its_kind_archived_copy_and_retrieval(build: SiteBuilder) -> None:
    page = read_html(build() / "sources" / "agency-2019-04-26-summit-held" / "index.html")
    facts = facts_of(page)
    assert facts["Kind of source"] == "agency"
    assert facts["Archived copy"] == "https://web.archive.org/web/2019/https://example.org/agency/2019-04-26"
    assert facts["Retrieved"] == "2 May 2019"


@pytest.mark.parametrize(
    ("field", "first", "second", "caption", "values"),
    [
        ("place", "{city: Vladivostok, country: RU}", "{country: KP}", "On the place", ["Vladivostok, Russia", "North Korea"]),
        ("status", "held", "postponed", "On the status", ["Held", "Postponed"]),
        (
            "attendance",
            "{leader: vladimir-putin, mode: in-person}",
            "{leader: vladimir-putin, mode: video}",
            "On Vladimir Putin's attendance",
            ["Vladimir Putin: in person", "Vladimir Putin: by video"],
        ),
    ],
)
def test_each_kind_of_disagreement_shows_its_versions(
    build: SiteBuilder, content_dir: Path, field: str, first: str, second: str, caption: str, values: list[str]
) -> None:
    event = content_dir / "events" / "vladivostok-2019.yaml"
    text = event.read_text(encoding="utf-8")
    event.write_text(
        text.replace("field: date", f"field: {field}").replace("{value: 2019-04-25,", f"{{value: {first},").replace(
            "{value: 2019-04-26,", f"{{value: {second},"
        ),
        encoding="utf-8",
    )
    page = read_html(build(content_dir) / "events" / "vladivostok-2019" / "index.html")
    assert text_of(page.cssselect(".disputed-notice")[0]).startswith(f"Sources disagree on {caption.removeprefix('On ')}:")
    [table] = page.cssselect("table.versions")
    assert text_of(table.cssselect("caption")[0]) == caption
    assert [text_of(td) for td in table.cssselect("td.version-value")] == values


def test_an_event_disputed_on_two_points_names_both(build: SiteBuilder, content_dir: Path) -> None:
    event = content_dir / "events" / "vladivostok-2019.yaml"
    event.write_text(
        event.read_text(encoding="utf-8")
        + "  - field: attendance\n    versions:\n"
        "      - {value: {leader: vladimir-putin, mode: in-person}, sources: [wire-2019-04-22-trip-announced]}\n"
        "      - {value: {leader: vladimir-putin, mode: absent}, sources: [agency-2019-04-26-summit-held]}\n",
        encoding="utf-8",
    )
    page = read_html(build(content_dir) / "events" / "vladivostok-2019" / "index.html")
    assert text_of(page.cssselect(".disputed-notice")[0]) == (
        "Sources disagree on the date and Vladimir Putin's attendance: see each version with its sources."
    )
    assert [text_of(c) for c in page.cssselect("table.versions caption")] == ["On the date", "On Vladimir Putin's attendance"]
