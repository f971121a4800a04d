"""A timeline drawn as inline SVG at build time: events on a time axis, each mark a link.

Pure: marks in, markup out. What became of an event shows as a shape and a word, never
colour alone: held ●, planned ◇, postponed △, cancelled ✕, declined □. Marks and their
labels go in rows under the axis so that nothing overlaps, however close the dates.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import NamedTuple

from markupsafe import Markup, escape


WIDE = 720
"""The drawing's width in SVG units, shown at about that many CSS pixels on wide screens."""
NARROW = 360
"""A second drawing for phones, so that its text stays readable without scrolling."""
MARGIN = 16
AXIS_Y = 34
ROW_HEIGHT = 28
FONT_SIZE = 13
CHAR_WIDTH = 7.2
"""A generous estimate of one character's width at FONT_SIZE, for laying out labels."""

SHAPES = {
    "held": "held",
    "confirmed": "planned",
    "announced": "planned",
    "invited": "planned",
    "rumoured": "planned",
    "postponed": "postponed",
    "cancelled": "cancelled",
    "declined": "declined",
}
"""Status -> the shape drawn for it (also the CSS class)."""

LEGEND = (("held", "Held"), ("planned", "Planned"), ("postponed", "Postponed"), ("cancelled", "Cancelled"), ("declined", "Declined"))


@dataclass(frozen=True)
class TimelineMark:
    """One event on the timeline."""

    title: str
    url: str
    status: str
    """The status word: `held`, `cancelled`…"""
    status_label: str
    """`Held`, `Cancelled`…"""
    date_text: str
    """As the reader sees it: `May 2015`."""
    first_day: dt.date
    last_day: dt.date
    """The period the date covers; the mark sits at its middle."""


@dataclass(frozen=True)
class _Drawn:
    """What a mark draws wherever it sits: worked out once per mark, which the index, a
    leader's page and a pair's page all draw, twice each."""

    midpoint: dt.date
    """The middle of the period the date covers: where the mark sits."""
    label_width: float
    link: str
    """The opening <a> with its <title>, escaped."""
    kind: str
    """The shape."""
    label: str
    """The label's text, escaped."""


_DRAWN: dict[int, tuple[TimelineMark, _Drawn]] = {}
"""Each mark drawn so far, one entry an event (`forget_marks` empties it). Found by the mark
object, which every page showing the event shares, not by its value: hashing a mark's every
field at each of the 100,000 lookups of a 10,000-event build cost more than the lookups.
Each is kept with its mark, so its id cannot stand for another mark while it is here."""


def _drawn(mark: TimelineMark) -> _Drawn:
    known = _DRAWN.get(id(mark))
    if known is None:
        known = _DRAWN[id(mark)] = (mark, _draw(mark))
    return known[1]


def _draw(mark: TimelineMark) -> _Drawn:
    label = f"{mark.status_label}, {mark.date_text}"
    name = f"{mark.title}: {mark.status_label.lower()}, {mark.date_text}"
    return _Drawn(
        midpoint=mark.first_day + (mark.last_day - mark.first_day) / 2,
        label_width=len(label) * CHAR_WIDTH + 14,
        link=f'<a href="{escape(mark.url)}" class="mark status-{escape(mark.status)}" aria-label="{escape(name)}">'
        f"<title>{escape(mark.title)}</title>",
        kind=SHAPES.get(mark.status, "planned"),
        label=str(escape(label)),
    )


def forget_marks() -> None:
    """Drop the marks an earlier build drew (a preview server builds again and again)."""
    global _LAST_ORDER
    _DRAWN.clear()
    _LAST_ORDER = ((), [])


class _Placed(NamedTuple):  # a tuple: made for every mark of every drawing, twice a page
    drawn: _Drawn
    x: float
    row: int
    label_left: bool
    """Label drawn to the left of the mark (near the right edge)."""


def _year_step(first: int, last: int, width: int) -> int:
    most = max(2, width // 70)  # a year label needs about 70 units
    for step in (1, 2, 5, 10, 20, 50):
        if (last - first) / step <= most:
            return step
    return 100


_LAST_ORDER: tuple[tuple[TimelineMark, ...], list[_Drawn]] = ((), [])
"""The marks last put in order, with that order: a page draws the same marks twice (wide and
narrow), and the order, unlike where each goes, does not depend on the width."""


def _in_order(marks: tuple[TimelineMark, ...]) -> list[_Drawn]:
    """Each mark's drawing, in the order they are placed: by date, then by address."""
    global _LAST_ORDER
    if _LAST_ORDER[0] is not marks:  # the very tuple, held here: its id cannot stand for another's
        ordered = sorted(((_drawn(mark), mark.url) for mark in marks), key=lambda pair: (pair[0].midpoint, pair[1]))
        _LAST_ORDER = (marks, [drawn for drawn, _url in ordered])
    return _LAST_ORDER[1]


def _layout(marks: tuple[TimelineMark, ...], width: int) -> tuple[list[_Placed], int, int]:
    left, right = MARGIN, width - MARGIN
    first_year = min(m.first_day.year for m in marks)
    last_year = max(m.last_day.year for m in marks) + 1
    start, end = dt.date(first_year, 1, 1), dt.date(last_year, 1, 1)
    span = (end - start).days

    def x_of(day: dt.date) -> float:
        return left + (right - left) * (day - start).days / span

    rows = _Rows(len(marks))
    placed: list[_Placed] = []
    for drawn in _in_order(marks):
        x = x_of(drawn.midpoint)
        label_width = drawn.label_width
        label_left = x + label_width > right
        left_edge = x - label_width if label_left else x - 8
        right_edge = x + 8 if label_left else x + label_width
        row = rows.first_free(left_edge)
        rows.occupy(row, right_edge)
        placed.append(_Placed(drawn, x, row, label_left))
    return placed, first_year, last_year


class _Rows:
    """The label rows: each mark goes into the first row whose last label ends (with a gap)
    before the mark's left edge, or a new row. A tree of minimums over the rows finds that
    row in log time; a scan of every row made a drawing of thousands of events quadratic."""

    def __init__(self, most: int) -> None:
        self.size = 1
        while self.size < most + 1:
            self.size *= 2
        # Each leaf holds where its row is free from (its last label's end plus the gap);
        # rows not used yet hold -inf, so the first of them is "a new row".
        self.tree = [-math.inf] * (2 * self.size)

    def first_free(self, left_edge: float) -> int:
        node = 1
        while node < self.size:
            node = 2 * node if left_edge > self.tree[2 * node] else 2 * node + 1
        return node - self.size

    def occupy(self, row: int, right_edge: float) -> None:
        tree = self.tree
        node = row + self.size
        tree[node] = right_edge + 6
        while node > 1:
            node //= 2
            left, right = tree[2 * node], tree[2 * node + 1]
            least = left if left < right else right
            if tree[node] == least:
                break  # this minimum stands, and so do all above it
            tree[node] = least


def _shape(kind: str, x: float, y: float) -> str:
    if kind == "held":
        return f'<circle class="mark-held" cx="{x:.1f}" cy="{y:.1f}" r="6"/>'
    if kind == "planned":
        return f'<path class="mark-planned" d="M{x:.1f} {y - 7:.1f}l7 7-7 7-7-7z"/>'
    if kind == "postponed":
        return f'<path class="mark-postponed" d="M{x:.1f} {y - 7:.1f}l7 12h-14z"/>'
    if kind == "cancelled":
        return f'<path class="mark-cancelled" d="M{x - 6:.1f} {y - 6:.1f}l12 12m0-12l-12 12"/>'
    return f'<rect class="mark-declined" x="{x - 6:.1f}" y="{y - 6:.1f}" width="12" height="12"/>'


def _legend(width: int) -> list[tuple[str, str, float, int]]:
    """(shape, word, x, line) for each legend item, wrapping onto a second line when narrow."""
    items = []
    x, line = float(MARGIN), 0
    for kind, word in LEGEND:
        item_width = 36 + len(word) * CHAR_WIDTH
        if x + item_width - 18 > width - MARGIN:
            x, line = float(MARGIN), line + 1
        items.append((kind, word, x, line))
        x += item_width
    return items


def draw_timeline(
    marks: tuple[TimelineMark, ...], title: str = "Timeline", width: int = WIDE, id: str = "timeline"
) -> Markup:
    """The SVG element, `width` units wide, or nothing when there is nothing to draw.

    `id` must be unique in the page: it names the drawing's title for screen readers.
    """
    if not marks:
        return Markup("")
    left, right = MARGIN, width - MARGIN
    placed, first_year, last_year = _layout(marks, width)
    rows = max(p.row for p in placed) + 1
    legend = _legend(width)
    legend_y = AXIS_Y + 20 + rows * ROW_HEIGHT + 8
    height = legend_y + 18 + 20 * legend[-1][3]
    span = last_year - first_year
    title_id = f"{id}-title"
    out = [
        f'<svg class="timeline-svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'font-size="{FONT_SIZE}" aria-labelledby="{escape(title_id)}">',
        f'<title id="{escape(title_id)}">{escape(title)}</title>',
        f'<line class="axis" x1="{left}" y1="{AXIS_Y}" x2="{right}" y2="{AXIS_Y}"/>',
    ]
    step = _year_step(first_year, last_year, width)
    for year in range(first_year, last_year + 1):
        if (year - first_year) % step:
            continue
        x = left + (right - left) * (year - first_year) / span
        anchor = "start" if year == first_year else "end" if year == last_year else "middle"
        out.append(f'<line class="tick" x1="{x:.1f}" y1="{AXIS_Y - 5}" x2="{x:.1f}" y2="{AXIS_Y + 5}"/>')
        out.append(f'<text class="year" x="{x:.1f}" y="{AXIS_Y - 10}" text-anchor="{anchor}">{year}</text>')
    for item in placed:
        drawn = item.drawn
        y = AXIS_Y + 20 + item.row * ROW_HEIGHT + ROW_HEIGHT / 2
        label_x = item.x - 12 if item.label_left else item.x + 12
        anchor = "end" if item.label_left else "start"
        out.append(
            f'<line class="stem" x1="{item.x:.1f}" y1="{AXIS_Y}" x2="{item.x:.1f}" y2="{y - 8:.1f}"/>'
            f"{drawn.link}{_shape(drawn.kind, item.x, y)}"
            f'<text x="{label_x:.1f}" y="{y + 4.5:.1f}" text-anchor="{anchor}">{drawn.label}</text></a>'
        )
    out.append('<g class="legend" aria-hidden="true">')
    for kind, word, x, line in legend:
        y = legend_y + 20 * line
        out.append(_shape(kind, x + 7, y) + f'<text x="{x + 18:.1f}" y="{y + 4.5}">{word}</text>')
    out.append("</g></svg>")
    return Markup("".join(out))
