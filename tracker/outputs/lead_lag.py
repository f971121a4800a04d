"""How far ahead a visit was announced, how late it was called off: computed, never typed.

Pure: dates in, phrases out. The figures are only as fine as the dates they come from:
two days give a count of days ("101 days"); a month or a year on either side gives an
approximation in weeks, months or years ("about 4 months"), never a false day count; and
two dates in the same month or year give nothing, because the gap is not known.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.content.model import DatePrecision, Event, PartialDate, Status

_AHEAD_STATUSES = (Status.INVITED, Status.ANNOUNCED, Status.CONFIRMED)
"""The steps towards a visit whose lead time readers ask about, in the order a trip moves."""

_SHORT_PREFERENCE = (Status.CONFIRMED, Status.ANNOUNCED, Status.INVITED)
"""For the index's one phrase: a confirmation says most, an invitation least."""


@dataclass(frozen=True)
class Gap:
    """The time between two dates, as precisely as they allow."""

    text: str
    """"9 days", "1 day", "about 4 weeks", "about 7 months", "about a year"."""
    days: int | None
    """The exact count when both dates are days; None for an approximation."""


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}{'s' if count != 1 else ''}"


def _about(count: int, unit: str) -> str:
    return f"about a {unit}" if count == 1 else f"about {count} {unit}s"


def gap_between(earlier: PartialDate, later: PartialDate) -> Gap | None:
    """The gap from `earlier` to `later`, or None when it is unknown or negative.

    The coarser date sets the unit: days when both are days, weeks or months when one is
    known only to the month, years when one is known only to the year.
    """
    coarser = min(earlier.precision, later.precision)
    if coarser is DatePrecision.DAY:
        days = (later.first_day() - earlier.first_day()).days
        return Gap(_plural(days, "day"), days) if days >= 0 else None
    if coarser is DatePrecision.YEAR:
        years = later.year - earlier.year
        return Gap(_about(years, "year"), None) if years > 0 else None
    months = _months(earlier, later)
    if months <= 0:
        return None
    if months >= 24:
        return Gap(_about(round(months / 12), "year"), None)
    if months <= 2:
        # Within two calendar months, weeks say more: take the middle of what the dates allow.
        shortest = (later.first_day() - earlier.last_day()).days
        longest = (later.last_day() - earlier.first_day()).days
        return Gap(_about(max(1, round((shortest + longest) / 2 / 7)), "week"), None)
    return Gap(_about(months, "month"), None)


def _months(earlier: PartialDate, later: PartialDate) -> int:
    """Calendar months from one date's month to the other's."""
    return (later.year * 12 + (later.month or 1)) - (earlier.year * 12 + (earlier.month or 1))


def interval(earlier: PartialDate, later: PartialDate) -> str | None:
    """The gap in the unit a reader thinks in: days for a few weeks, then months, then years.

    For the time between two summits, "about 5 years" says more than "1882 days".
    """
    gap = gap_between(earlier, later)
    if gap is None or gap.days is None or gap.days < 60:
        return gap.text if gap else None
    months = _months(earlier, later)
    return _about(months, "month") if months < 24 else _about(round(months / 12), "year")


def ahead(word: str, step: PartialDate, due: PartialDate) -> str | None:
    """"confirmed 101 days ahead", "announced the day before"; None when the gap is unknown."""
    gap = gap_between(step, due)
    if gap is None:
        return None
    if gap.days == 0:
        return f"{word} on the day"
    if gap.days == 1:
        return f"{word} the day before"
    return f"{word} {gap.text} ahead"


def called_off(word: str, step: PartialDate, due: PartialDate) -> str | None:
    """"cancelled 9 days before", "declined the day after it was due"; None when unknown."""
    before = gap_between(step, due)
    if before is not None:
        if before.days == 0:
            return f"{word} on the day"
        if before.days == 1:
            return f"{word} the day before"
        return f"{word} {before.text} before"
    after = gap_between(due, step)
    if after is None or after.days == 0:
        return None
    if after.days == 1:
        return f"{word} the day after it was due"
    return f"{word} {after.text} after it was due"


def _on(date: PartialDate) -> str:
    return f"on {date.display()}" if date.precision is DatePrecision.DAY else f"in {date.display()}"


def invited_then_held(invited: PartialDate, held: PartialDate) -> str | None:
    """"invited in 2018, held in April 2019 (about a year later)"."""
    gap = gap_between(invited, held)
    if gap is None or gap.days == 0:
        return None
    return f"invited {_on(invited)}, held {_on(held)} ({gap.text} later)"


@dataclass(frozen=True)
class LeadLag:
    """What an event's timeline says about its timing."""

    notes: tuple[str, ...]
    """Every phrase, in the order of the timeline, for the event's page."""
    short: str | None
    """One phrase for lists: how late it was called off, or else how far ahead it was set."""


def lead_lag(event: Event) -> LeadLag:
    """The lead times of the first invitation, announcement and confirmation, and how late
    the trip was called off, each measured to the event's date."""
    firsts = {status: next((e for e in event.timeline if e.status is status), None) for status in _AHEAD_STATUSES}
    notes: list[tuple[PartialDate, str]] = []
    short_ahead: dict[Status, str] = {}
    for status, entry in firsts.items():
        if entry is None:
            continue
        phrase = ahead(status.value, entry.date, event.date)
        if phrase is None:
            continue
        short_ahead[status] = phrase
        if status is Status.INVITED and event.status is Status.HELD:
            phrase = invited_then_held(entry.date, event.date) or phrase
        notes.append((entry.date, phrase))
    off = None
    # A declined invitation has no lag worth a figure: the sources date it by the day the
    # leader stayed away, so it would always read "declined on the day".
    if event.status in (Status.CANCELLED, Status.POSTPONED):
        # The step that called it off: the first to reach the status it ended at.
        step = next(e for e in event.timeline if e.status is event.status)
        off = called_off(event.status.value, step.date, event.date)
        if off is not None:
            notes.append((step.date, off))
    notes.sort(key=lambda note: note[0].sort_key)
    short = off or next((short_ahead[s] for s in _SHORT_PREFERENCE if s in short_ahead), None)
    return LeadLag(tuple(text for _, text in notes), short)
