"""The content model: what an entry in `content/` means once it has been validated.

Every value here has already passed the checks in `validate.py`, so the rest of the
program can trust it. References between entries are kept as IDs (file stems); the
`Content` object resolves them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass, field
from functools import cached_property

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
LAST_YEAR = 9998
"""The calendar ends with 9999, and the site needs the day (and year) after every date:
a calendar entry's end, the timeline's axis."""


MONTH_NAMES = (
    "", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
"""The months as the site names them, in English whatever the machine's locale
(`calendar.month_name` follows it, and makes each name again every time it is asked:
a build shows a date some 200,000 times)."""


class DatePrecision(enum.IntEnum):
    """How much of a date is known; a larger value is finer."""

    YEAR = 1
    MONTH = 2
    DAY = 3


@dataclass(frozen=True, order=False)
class PartialDate:
    """A calendar date known to a year, a month or a day, never turned into a datetime."""

    year: int
    month: int | None = None
    """1-12, or None when only the year is known."""
    day: int | None = None
    """1-31, or None when only the month (or year) is known."""

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; raise ValueError saying what is wrong."""
        match = _PARTIAL_DATE.match(text.strip())
        if not match:
            raise ValueError(f"{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None
        if not 1 <= year <= LAST_YEAR:
            raise ValueError(f"{text!r} is out of range (years run 0001-{LAST_YEAR})")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"{text!r} has no month {month:02d} (months run 01-12)")
        if month is not None and day is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise ValueError(
                    f"{text!r} is not a real day ({MONTH_NAMES[month]} {year} has {last} days)"
                )
        return cls(year, month, day)

    @classmethod
    def from_date(cls, day: dt.date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> DatePrecision:
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    @property
    def sort_key(self) -> tuple[int, int, int]:
        # A coarser date sorts before the finer dates inside it: "May 2015" before "9 May 2015".
        return (self.year, self.month or 0, self.day or 0)

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.first_day()
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def ends_before(self, other: PartialDate) -> bool:
        """True when this whole period is over before `other` begins: "April 2019" does not
        end before "25 April 2019", though it sorts before it."""
        return self.last_day() < other.first_day()

    def contains(self, other: PartialDate) -> bool:
        """True when `other` falls inside this date's period."""
        return self.first_day() <= other.first_day() and other.last_day() <= self.last_day()

    def __str__(self) -> str:
        """The ISO form, as written in content: 2015, 2015-05 or 2015-05-09."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def display(self) -> str:
        """The reader's form, no finer than what is known: 2015, May 2015 or 9 May 2015."""
        if self.month is None:
            return str(self.year)
        month = MONTH_NAMES[self.month]
        if self.day is None:
            return f"{month} {self.year}"
        return f"{self.day} {month} {self.year}"

    def display_until(self, end: PartialDate) -> str:
        """The reader's form as the start of a span to `end`, without what `end` repeats:
        "19" in "19–20 July 2000", "26 July" in "26 July – 18 August 2001"."""
        if self.day is None or end.day is None or self.year != end.year:
            return self.display()
        if self.month == end.month:
            return str(self.day)
        return f"{self.day} {MONTH_NAMES[self.month or 1]}"

    def display_when(self) -> str:
        """The reader's form after its preposition: "on 9 May 2015", "in May 2015", "in 2015"."""
        return f"{'on' if self.day is not None else 'in'} {self.display()}"

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key < other.sort_key

    def __le__(self, other: PartialDate) -> bool:
        return self.sort_key <= other.sort_key


class Status(enum.Enum):
    """Where an event stands; see DESIGN.md for the meaning of each."""

    RUMOURED = "rumoured"
    INVITED = "invited"
    ANNOUNCED = "announced"
    CONFIRMED = "confirmed"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"
    DECLINED = "declined"

    @property
    def called_off(self) -> bool:
        """A trip that will not happen as planned: the ones the index makes stand out."""
        return self in (Status.CANCELLED, Status.DECLINED, Status.POSTPONED)

    @property
    def schema_org(self) -> str:
        if self is Status.POSTPONED:
            return "https://schema.org/EventPostponed"
        if self in (Status.CANCELLED, Status.DECLINED):
            return "https://schema.org/EventCancelled"
        return "https://schema.org/EventScheduled"

    @property
    def icalendar(self) -> str:
        if self in (Status.CONFIRMED, Status.HELD):
            return "CONFIRMED"
        if self in (Status.CANCELLED, Status.DECLINED):
            return "CANCELLED"
        return "TENTATIVE"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def meaning(self) -> str:
        """What the status says about a trip, in a reader's words (the about page shows these)."""
        return _STATUS_MEANINGS[self]


_STATUS_MEANINGS = {
    Status.RUMOURED: "Others report it; neither side has announced it.",
    Status.INVITED: "One side has invited the other; no acceptance is reported yet.",
    Status.ANNOUNCED: "One side has made it public, or it is reported as planned, without confirmation from both.",
    Status.CONFIRMED: "The host or the visitor has confirmed it; it has yet to take place.",
    Status.HELD: "The visit or meeting took place.",
    Status.POSTPONED: "The trip was on, then put off to a later date.",
    Status.CANCELLED: "The trip was on, then called off.",
    Status.DECLINED: "An invitation was turned down, or not taken up.",
}


class Kind(enum.Enum):
    """What sort of encounter an event is."""

    VISIT = "visit"
    SUMMIT = "summit"
    CEREMONY = "ceremony"
    EMBASSY_VISIT = "embassy-visit"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()


@dataclass(frozen=True)
class Origin:
    """Where a value was read, so any later message can point back to it."""

    path: str
    """The file, as given to the loader (relative to the working directory where possible)."""
    line: int
    """1-based line number."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Term:
    """A span in office; either end may be open."""

    start: PartialDate | None
    end: PartialDate | None

    def overlaps(self, date: PartialDate) -> bool:
        """True when the span overlaps `date`'s period (an open end runs forever)."""
        return (self.start is None or self.start.first_day() <= date.last_day()) and (
            self.end is None or date.first_day() <= self.end.last_day()
        )


@dataclass(frozen=True)
class Office:
    """One span in one office: Putin as Prime Minister of Russia from May 2008 to May 2012."""

    title: str
    """The office as the site names it, e.g. Prime Minister of Russia."""
    start: PartialDate | None
    """When the leader took it; None when unknown."""
    end: PartialDate | None = None
    """When the leader left it; None while still in office."""

    @property
    def term(self) -> Term:
        return Term(self.start, self.end)


@dataclass(frozen=True)
class Leader:
    id: str
    name: str
    country: str
    """ISO 3166-1 alpha-2 code."""
    office: str
    """The office the site tracks the leader in; when `offices` is given, one of its titles."""
    summary: str
    """Markdown, our own words."""
    origin: Origin
    native_name: str | None = None
    aliases: tuple[str, ...] = ()
    """Other spellings of the name, used by the ingester to recognise the leader."""
    offices: tuple[Office, ...] = ()
    """Every span in every office, oldest first; empty when unknown."""
    wikidata: str | None = None
    """The leader's Wikidata item ID (Q and digits), for joining other data sets."""

    @property
    def in_office(self) -> tuple[Term, ...]:
        """The spans in `office` (the one the site tracks), oldest first; empty when unknown.

        Derived from `offices`, so the dates are written once: Putin's spans as president
        leave out his years as prime minister.
        """
        return tuple(held.term for held in self.offices if held.title == self.office)

    def in_office_on(self, date: PartialDate) -> bool:
        """True when some span in `office` overlaps `date`'s period (open ends run forever)."""
        return any(term.overlaps(date) for term in self.in_office)

    def offices_on(self, date: PartialDate) -> tuple[Office, ...]:
        """The offices held at some point within `date`'s period, oldest first."""
        return tuple(held for held in self.offices if held.term.overlaps(date))


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    title: str
    published: PartialDate
    origin: Origin
    time: str | None = None
    """Local time of publication, HH:MM, when the article gives one."""
    author: str | None = None
    url: str | None = None
    """Only ever an http(s) URL."""
    language: str | None = None
    source_class: SourceClass | None = None
    """What kind of source it is (`class:` in the file); None when the editor did not say."""
    archived_url: str | None = None
    """An archived copy (web.archive.org, archive.today); only ever an http(s) URL."""
    retrieved: PartialDate | None = None
    """When an editor read it; a page may change after."""


class SourceClass(enum.Enum):
    """What kind of voice a source is, so a reader can weigh it."""

    OFFICIAL = "official"
    """A party's own statement or its state media (the Kremlin, KCNA)."""
    PRESS = "press"
    """A newspaper, broadcaster or news site."""
    AGENCY = "agency"
    """A news agency whose reports others carry (Yonhap, AFP, Reuters, TASS)."""
    INTELLIGENCE_CLAIM = "intelligence-claim"
    """What an intelligence service says it knows (South Korea's NIS, say)."""
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ")


@dataclass(frozen=True)
class Place:
    country: str
    """ISO 3166-1 alpha-2 code."""
    city: str | None = None
    wikidata: str | None = None
    """The place's Wikidata item ID (Q and digits)."""


# pycountry's names are the ISO ones; readers know these countries by shorter names.
_SHORT_NAMES = {"RU": "Russia", "KR": "South Korea", "US": "United States", "GB": "United Kingdom"}


def country_name(code: str) -> str:
    """The name readers know a country by ("KP": North Korea), from its ISO code."""
    if code in _SHORT_NAMES:
        return _SHORT_NAMES[code]
    import pycountry  # imported here: loading the content needs no country names

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


class AttendanceMode(enum.Enum):
    """How a leader took part in an event."""

    IN_PERSON = "in-person"
    VIDEO = "video"
    REPRESENTED = "represented"
    """Someone else went in the leader's place (see `Attendance.by`)."""
    ABSENT = "absent"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()


@dataclass(frozen=True)
class Representative:
    """Who stood in for a leader: North Korea's ambassador at the 2025 parade."""

    name: str
    role: str
    """Their role, e.g. North Korea's ambassador to Russia."""


@dataclass(frozen=True)
class Attendance:
    """One leader's part in an event."""

    leader: str
    """A leader ID, one of the event's leaders."""
    mode: AttendanceMode
    by: Representative | None = None
    """Who represented the leader; set exactly when `mode` is represented."""


class Transport(enum.Enum):
    """How a visitor travelled."""

    TRAIN = "train"
    PLANE = "plane"
    CAR = "car"
    SHIP = "ship"


@dataclass(frozen=True)
class Leg:
    """One stage of a journey: where the visitor was on a day, and what happened there."""

    date: PartialDate
    place: Place
    origin: Origin
    note: str | None = None
    """Markdown, our own words."""


class DisputedField(enum.Enum):
    """The facts on which an event may hold several versions."""

    DATE = "date"
    PLACE = "place"
    STATUS = "status"
    ATTENDANCE = "attendance"


@dataclass(frozen=True)
class Version:
    """One account of a disputed fact, with the sources that give it."""

    value: PartialDate | Place | Status | Attendance
    """Of the type the dispute's field takes: a date, a place, a status or one attendance."""
    sources: tuple[str, ...]
    origin: Origin
    note: str | None = None
    """Markdown, our own words: who says so, and how."""


@dataclass(frozen=True)
class Dispute:
    """Sources disagree on one fact; every version stands, none is chosen by the site."""

    field: DisputedField
    versions: tuple[Version, ...]
    """Two or more, in the order the editor wrote them."""
    origin: Origin


@dataclass(frozen=True)
class Quote:
    text: str
    by: str


@dataclass(frozen=True)
class TimelineEntry:
    """One dated development in an event's story, as reported by its sources."""

    date: PartialDate
    status: Status
    note: str
    """Markdown, our own words."""
    sources: tuple[str, ...]
    origin: Origin
    quote: Quote | None = None
    claimed_by: str | None = None
    """Who made the claim, as the sources name them: "Kremlin spokesman Dmitry Peskov", "KCNA"."""


@dataclass(frozen=True)
class Event:
    """A visit, meeting or planned trip, whatever became of it."""

    id: str
    title: str
    kind: Kind
    status: Status
    """Always the status of the last timeline entry."""
    date: PartialDate
    """When it took place or was to take place."""
    place: Place
    summary: str
    """Markdown, our own words."""
    timeline: tuple[TimelineEntry, ...]
    origin: Origin
    end: PartialDate | None = None
    visitor: str | None = None
    host: str | None = None
    leaders: tuple[str, ...] = ()
    """Everyone involved, visitor and host included."""
    related: tuple[str, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    """How each leader took part; a leader not listed is not stated."""
    legs: tuple[Leg, ...] = ()
    """The journey's stages, oldest first; empty when not given."""
    transport: Transport | None = None
    """How the visitor travelled, when known."""
    disputed: tuple[Dispute, ...] = ()
    """Facts on which the sources disagree, each with every version."""

    @property
    def sources(self) -> tuple[str, ...]:
        """Every source the timeline and the disputes cite, in order of first citation."""
        cited = [s for entry in self.timeline for s in entry.sources]
        cited += [s for dispute in self.disputed for version in dispute.versions for s in version.sources]
        return tuple(dict.fromkeys(cited))

    @property
    def sort_key(self) -> tuple[tuple[int, int, int], str]:
        return (self.date.sort_key, self.id)


@dataclass(frozen=True)
class Content:
    """Everything in `content/`, validated, each mapping sorted by ID."""

    leaders: dict[str, Leader] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)

    def events_in_order(self) -> list[Event]:
        """Oldest first; coarser dates before finer ones in the same period."""
        return list(self._in_order)

    def events_of(self, leader_id: str) -> tuple[Event, ...]:
        """The events a leader is involved in, oldest first."""
        return self._by_leader.get(leader_id, ())

    # Sorted and grouped once, not for every page that lists events: the content never
    # changes after validation (the class is frozen), so neither do these.
    @cached_property
    def _in_order(self) -> tuple[Event, ...]:
        return tuple(sorted(self.events.values(), key=lambda event: event.sort_key))

    @cached_property
    def _by_leader(self) -> dict[str, tuple[Event, ...]]:
        grouped: dict[str, list[Event]] = {}
        for event in self._in_order:
            for leader_id in dict.fromkeys(event.leaders):
                grouped.setdefault(leader_id, []).append(event)
        return {leader_id: tuple(events) for leader_id, events in grouped.items()}
