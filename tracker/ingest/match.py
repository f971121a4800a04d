"""Stage 5: draft events against the content: a new event, or an update of one we have.

An article about a trip that already has an event (the same leaders, the same country, an
overlapping period) becomes a timeline entry of that event, never a duplicate.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from anyascii import anyascii

from tracker.content.layout import slug
from tracker.content.model import Content, Event, PartialDate, Status
from tracker.ingest.extract import EventDraft
from tracker.ingest.meta import SourceDraft


@dataclass(frozen=True)
class Plan:
    """What to do with one draft event."""

    action: str
    """"new" or "update"."""
    event_id: str
    draft: EventDraft
    existing: Event | None
    notes: tuple[str, ...]
    """Differences between the article and the existing event, for the editor."""


def source_id(source: SourceDraft, published: PartialDate | None, title: str) -> str:
    # A publisher named in another script ("Пример.рф") is spelled in Latin letters, as IDs are.
    publisher = source.publisher_id or (slug(anyascii(source.publisher), 3) if source.publisher else "") or "unattributed"
    # A headline in another script has no ASCII words: the address's last part names it then.
    words = slug(title, 6) or slug(re.sub(r"\.\w+$", "", (source.url or "").rstrip("/").rsplit("/", 1)[-1]), 6) or "untitled"
    return f"{publisher}-{published or 'undated'}-{words}"


SLACK = dt.timedelta(days=3)
"""Reports of one trip may date it a day or two apart (arrival, talks, departure)."""


def _span(date: PartialDate, end: PartialDate | None) -> tuple[dt.date, dt.date]:
    return date.first_day(), (end or date).last_day()


def _overlaps(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] - SLACK <= b[1] and b[0] - SLACK <= a[1]


STAGES = {"rumoured": 0, "invited": 1, "announced": 2, "confirmed": 3, "postponed": 4}
"""How far along a trip a status is; held, cancelled and declined (not listed) come last."""


def goes_before(date: PartialDate, status: str, other: PartialDate, other_status: str) -> bool:
    """A new report goes before an entry that is dated after it, or that overlaps it in
    time and is further along ("announced on 25 April" before "held in April 2019"), so
    that a late report of an early stage never becomes the event's last word."""
    if other.first_day() > date.last_day():
        return True
    overlaps = other.first_day() <= date.last_day() and date.first_day() <= other.last_day()
    return overlaps and STAGES.get(other_status, 5) > STAGES.get(status, 5)


FINISHED = (Status.HELD, Status.CANCELLED, Status.DECLINED)
PLANS = (Status.RUMOURED, Status.INVITED, Status.ANNOUNCED, Status.CONFIRMED)


def _same_city(recorded: str, drafted: str) -> bool:
    """The record may name a site with its city ("Sosnovy Bor, near Ulan-Ude", "Russky Island,
    Vladivostok") where the gazetteer gives the city alone."""
    return drafted == recorded or drafted in re.split(r",\s*(?:near\s+)?", recorded)


def _same_trip(draft: EventDraft, date: PartialDate, event: Event) -> bool:
    if event.place.country != draft.place.country:
        return False
    reported = draft.reported or date
    if event.status in FINISHED and draft.status in PLANS and reported.first_day() > _span(event.date, event.end)[1]:
        return False  # a plan reported after a trip is over is the next trip
    if not _overlaps(_span(event.date, event.end), _span(date, draft.end)):
        return False
    if set(event.leaders) == set(draft.leaders):
        return True
    return draft.visitor is not None and draft.visitor == event.visitor and draft.host == event.host


def plan_events(
    drafts: list[EventDraft], content: Content, taken: set[str], source: tuple[str, PartialDate] | None = None
) -> list[Plan]:
    """One plan for each draft; `taken` holds IDs already used in this run.

    `source` (publisher, published) lets an update warn when the event already cites a
    report from the same publisher on the same date: perhaps this very article.
    """
    plans = []
    for draft in drafts:
        # An undated draft matches nothing: which trip it is about is for the editor to say.
        # A plan its page gives no time for is looked for among the trips of the page's year.
        date = draft.stand_in_date
        matches = [event for event in content.events.values() if date is not None and _same_trip(draft, date, event)]
        if matches and date is not None:
            event = min(matches, key=lambda e: abs((e.date.first_day() - date.first_day()).days))
            notes = []
            if event.place.city and draft.place.city and not _same_city(event.place.city, draft.place.city):
                notes.append(f"place: the article says {draft.place.city}, {event.id} says {event.place.city}")
            start, end = _span(event.date, event.end)
            within = start <= date.first_day() and date.last_day() <= end  # a day of a longer visit
            if not (within or date.contains(event.date)):
                notes.append(f"date: the article says {date}, {event.id} says {event.date}")
            last = event.timeline[-1]
            if draft.status is not event.status and not goes_before(
                draft.reported or date, draft.status.value, last.date, last.status.value
            ):
                notes.append(f"status: this report would take {event.id} from {event.status.value} to {draft.status.value}")
            if source is not None:
                for cited in event.sources:
                    known = content.sources.get(cited)
                    if known and known.publisher == source[0] and (
                        known.published.contains(source[1]) or source[1].contains(known.published)
                    ):
                        notes.append(f"already cites {cited}, from the same publisher and date: the same article?")
            if len(matches) > 1:
                notes.append(f"also close: {', '.join(e.id for e in matches if e is not event)}")
            plans.append(Plan("update", event.id, draft, event, tuple(notes)))
            continue
        base = new_event_id(draft)
        event_id, number = base, 2
        while event_id in content.events or event_id in taken:
            event_id, number = f"{base}-{number}", number + 1
        taken.add(event_id)
        plans.append(Plan("new", event_id, draft, None, ()))
    return plans


def new_event_id(draft: EventDraft) -> str:
    """visitor-place-year, or both leaders-place-year when nobody was host."""
    who = draft.visitor or "-".join(draft.leaders)
    where = slug(draft.place.city or draft.place.country, 2)
    what = "embassy-" if draft.kind == "embassy-visit" else ""
    date = draft.stand_in_date
    return f"{who}-{what}{where}-{date.year if date else 'undated'}"
