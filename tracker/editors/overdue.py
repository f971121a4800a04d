"""Events whose story has stopped: still announced, confirmed or invited after their date.

A warning, not an error: the entry is valid, it is only out of date, and the fix is a new
timeline entry saying what became of the trip. The day to judge by is given (`check
--as-of`) or else the newest source's date in the content, never the clock, so the
same content gives the same verdict tomorrow.
"""

from __future__ import annotations

import datetime as dt

from tracker.content.model import Content, Event, Status
from tracker.content.problems import Problem

STILL_OPEN = (Status.INVITED, Status.ANNOUNCED, Status.CONFIRMED)
"""Statuses that promise a further report once the event's date has passed."""


def newest_source_date(content: Content) -> dt.date | None:
    """The first day of the newest source's date (a coarse date counts from its start, so it warns later, not wrongly)."""
    newest = max((source.published for source in content.sources.values()), key=lambda date: date.sort_key, default=None)
    return newest.first_day() if newest else None


def is_overdue(event: Event, as_of: dt.date) -> bool:
    """Still open, its last day (the end of its month or year, when that is all we know) before `as_of`,
    and no report since that day."""
    last_day = (event.end or event.date).last_day()
    reported_since = any(entry.date.first_day() > last_day for entry in event.timeline)
    return event.status in STILL_OPEN and last_day < as_of and not reported_since


def overdue_warnings(content: Content, as_of: dt.date) -> list[Problem]:
    """One warning per overdue event, at its latest timeline entry, oldest event first."""
    warnings = []
    for event in content.events_in_order():
        if not is_overdue(event, as_of):
            continue
        last = event.timeline[-1]
        warnings.append(Problem(
            last.origin.path, last.origin.line, "status",
            f"still {event.status.value!r} on {as_of.isoformat()}, but the event's date "
            f"({(event.end or event.date).display()}) has passed with no later report "
            f"(add a timeline entry saying what became of it: held, postponed, cancelled or declined)",
        ))
    return warnings
