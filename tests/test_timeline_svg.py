"""The SVG timeline: marks on a time axis, each a link, what became of each told by shape and word."""

from __future__ import annotations

import datetime as dt

import lxml.etree
import lxml.html
from conftest import SiteBuilder, read_html, text_of

from tracker.outputs.timeline_svg import TimelineMark, draw_timeline

SVG = "{http://www.w3.org/2000/svg}"


def mark(status: str, day: dt.date, title: str = "An event") -> TimelineMark:
    return TimelineMark(title, f"/events/{status}/", status, status.capitalize(), day.strftime("%-d %B %Y"), day, day)


def parse(svg: str) -> lxml.etree._Element:
    return lxml.etree.fromstring(str(svg).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))


def test_each_status_has_its_own_shape_and_its_word() -> None:
    statuses = ["held", "cancelled", "declined", "postponed", "confirmed"]
    svg = parse(draw_timeline(tuple(mark(s, dt.date(2000 + i, 6, 1)) for i, s in enumerate(statuses))))
    links = svg.findall(f"{SVG}a")
    shapes = {a.get("href"): a[1].get("class") for a in links}
    assert shapes == {
        "/events/held/": "mark-held",
        "/events/cancelled/": "mark-cancelled",
        "/events/declined/": "mark-declined",
        "/events/postponed/": "mark-postponed",
        "/events/confirmed/": "mark-planned",
    }
    tags = {a.get("href"): a[1].tag for a in links}
    assert tags["/events/held/"] == f"{SVG}circle" and tags["/events/declined/"] == f"{SVG}rect"
    labels = [a.find(f"{SVG}text").text for a in links]
    assert labels[0] == "Held, 1 June 2000" and labels[1] == "Cancelled, 1 June 2001"


def test_marks_sit_in_date_order_on_the_axis_and_close_ones_do_not_overlap() -> None:
    marks = (mark("held", dt.date(2025, 5, 1)), mark("declined", dt.date(2025, 5, 9)), mark("cancelled", dt.date(2015, 5, 9)))
    svg = parse(draw_timeline(marks))
    placed = [(a.get("href"), float(a.find(f"{SVG}text").get("y"))) for a in svg.findall(f"{SVG}a")]
    assert [href for href, _ in placed] == ["/events/cancelled/", "/events/held/", "/events/declined/"]
    assert placed[1][1] != placed[2][1]  # a week apart: put in different rows
    years = [t.text for t in svg.findall(f"{SVG}text[@class='year']")]
    assert years == ["2015", "2017", "2019", "2021", "2023", "2025"]  # every other year over 11


def test_no_events_no_svg() -> None:
    assert draw_timeline(()) == ""


def test_the_index_and_each_leader_page_draw_the_timeline_with_links_to_events(build: SiteBuilder) -> None:
    site = build(base_url="/visits/")
    index = read_html(site / "index.html")
    wide, narrow = index.cssselect(".timeline-figure svg")
    links = [(a.get("href"), a.get("aria-label")) for a in wide.iter("{*}a", "a")]
    assert links == [(a.get("href"), a.get("aria-label")) for a in narrow.iter("{*}a", "a")]
    assert {wide.get("viewbox").split()[2], narrow.get("viewbox").split()[2]} == {"720", "360"}
    # A date known only to the year sits mid-year, after April's summit.
    assert links == [
        ("/visits/events/victory-day-2015/", "Planned trip to the Victory Day parade: cancelled, 9 May 2015"),
        ("/visits/events/vladivostok-2019/", "Summit in Vladivostok: held, April 2019"),
        ("/visits/events/hostile-markup/", '<script>alert("title")</script> & friends: rumoured, 2019'),
    ]
    assert "✕ cancelled" in text_of(index.cssselect(".timeline-figure figcaption")[0])
    leader = read_html(site / "leaders" / "vladimir-putin" / "index.html")
    assert len(list(leader.cssselect(".timeline-wide svg")[0].iter("{*}a", "a"))) == 2


def test_a_narrow_drawing_keeps_every_label_inside_and_wraps_its_legend() -> None:
    marks = tuple(mark(s, dt.date(2005 + 4 * i, 5, 9)) for i, s in enumerate(["declined", "held", "cancelled", "held", "confirmed", "declined"]))
    svg = parse(draw_timeline(marks, width=360, id="narrow"))
    assert svg.get("viewBox").startswith("0 0 360 ")
    for a in svg.findall(f"{SVG}a"):
        text = a.find(f"{SVG}text")
        x, chars = float(text.get("x")), len(text.text) * 7.2
        left, right = (x - chars, x) if text.get("text-anchor") == "end" else (x, x + chars)
        assert 0 <= left and right <= 360, text.text
    legend_rows = {t.get("y") for t in svg.findall(f"{SVG}g/{SVG}text")}
    assert len(legend_rows) == 2
    assert svg.find(f"{SVG}title").get("id") == "narrow-title"
