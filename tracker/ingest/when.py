"""Dates in an article's sentences, resolved against the publication date.

"on Wednesday", "in May", "last month", "next spring", "in the coming days", "18-19 June", "the 70th
anniversary of the victory": each becomes a PartialDate no finer than the text allows.
The calendar arithmetic is python-dateutil's (relativedelta and its weekdays).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from tracker.content.model import DatePrecision, PartialDate
from tracker.ingest.meta import DOTTED_DATE, parse_date_text
from tracker.ingest.rules import Rules, normal

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ORDINAL_WORDS = {
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90,
}

# The grammar of dates (not rules about the world, which live in the cue file).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("range", re.compile(rf"\b(\d{{1,2}})\s*(?:[-–]|and\b|to\b)\s*(\d{{1,2}})\s+({_MONTH})(?:\s+(\d{{4}}))?", re.I)),
    ("month-range", re.compile(rf"\b(?:from\s+)?({_MONTH})\s+(\d{{1,2}})\s*(?:[-–]|to)\s*(\d{{1,2}})\b(?:,?\s+(\d{{4}}))?", re.I)),
    ("full", re.compile(
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\s+\d{{4}}\b|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
        rf"|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|{DOTTED_DATE}", re.I)),
    ("month-span", re.compile(rf"\b(?:between|from)\s+({_MONTH})\s+(?:and|to|until)\s+({_MONTH})(?![\w])(?:\s+(\d{{4}}))?", re.I)),
    ("month-year", re.compile(rf"\b({_MONTH})\s+(?:of\s+)?(\d{{4}})\b", re.I)),
    ("day", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})(?![\w])|\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d{{4}})", re.I)),
    # "on the 16th", as a glossed "16日" reads, whatever follows it; else "the 16th" before a stop.
    ("nth", re.compile(r"\b(?:(?<=\bon )the (\d{1,2})(?:st|nd|rd|th)\b|the (\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;]|$|and\b|of this month\b|when\b|at\b|in\b)))", re.I)),
    ("month", re.compile(
        rf"\b(in|this|next|last|late|early|mid|since|of|for|until|(?:put back|put off|postponed|delayed|pushed back|moved|this time)\s+to)"
        rf"[\s-]+({_MONTH})(?![\w])", re.I)),
    # "as soon as possible", "as soon as the virus has passed": a condition, not a time; no
    # day is settled by it, as one is by "soon".
    # "over the coming days", "in the next few days", "in the weeks ahead": the same near time
    # as "in the coming days", told other ways (the page's month).
    ("relative", re.compile(
        r"\b(yesterday|today|tomorrow|(?:earlier|later) in the day|(?:later |earlier )?this (?:week|month|year)|next (?:week|month|year)"
        r"|last (?:week|month|year)|(?:in|over|during|within) (?:the )?(?:coming|next)(?: few)? (?:days|weeks)|in the (?:days|weeks) ahead"
        r"|(?<!\bas\s)soon|shortly|in the (?:second|first) half of (\w+)"
        r"|the (?:end|beginning|start|middle) of (?:the|this|next) month)\b", re.I)),
    ("year", re.compile(r"\b(in|since|of|from|until|by)\s+(\d{4})\b", re.I)),
    ("season", re.compile(r"\b(this|next|last|in the|early|late)\s+(spring|summer|autumn|fall|winter)\b", re.I)),
    ("weekday", re.compile(rf"\b(?:(on|earlier|as late as|late|last|next|this|since)\s+)?({'|'.join(_WEEKDAYS)})('s)?\b", re.I)),
]


@dataclass(frozen=True)
class DateMention:
    """A date found in a sentence."""

    start: int
    kind: str
    """full, range, month-year, day, month, relative, year, weekday, anniversary or occasion."""
    text: str
    date: PartialDate | None
    """Resolved; None when it needs a publication date we do not have."""
    end: PartialDate | None = None
    """Last day, for a range."""
    reporting: bool = False
    """The day something was said ("the Kremlin said on Monday"), not of the event."""
    since: bool = False
    """A starting point ("since 2019"), never the event's own date."""
    departure: bool = False
    """The day someone left or returned ("left Pyongyang on Thursday"), not the event's."""
    arrival: bool = False
    """The day someone arrived ("arrived on Tuesday"): the event's only once it has happened."""


def _month(text: str) -> int:
    return _MONTHS.index(text.lower()[:3]) + 1


def _day(year: int, month: int, day: int) -> PartialDate | None:
    try:
        return PartialDate.from_date(dt.date(year, month, day))
    except ValueError:
        return None


def _year_for(month: int, ref: PartialDate | None, future: bool, past: bool) -> int | None:
    """The year of a month named without one: the publication year, or the next/previous one."""
    if ref is None:
        return None
    if ref.month is None:
        return ref.year
    if future and month < ref.month - 1:
        return ref.year + 1
    return ref.year


def shift_weekday(ref: PartialDate, name: str, forward: bool) -> PartialDate | None:
    """The nearest `name`day on or before (or after) `ref`; None unless `ref` is a day."""
    if ref.precision is not DatePrecision.DAY:
        return None
    weekday = (MO, TU, WE, TH, FR, SA, SU)[_WEEKDAYS.index(name.lower())]
    step = relativedelta(weekday=weekday(+1) if forward else weekday(-1))
    return PartialDate.from_date(ref.first_day() + step)


_NUMBERED_DAY = re.compile(r"\s*\((\d{1,2})\)")
"""A weekday's day of the month in brackets after it, as Portuguese and Spanish pages write
it ("nesta sexta-feira (28)", glossed "this Friday (28)")."""


def weekday_numbered(ref: PartialDate, name: str, day: int) -> PartialDate | None:
    """The day `day` of the page's month, or of the month before or after it, that falls on
    `name`day, the nearest to the page's date ("Friday (28)" on a page of June 2019: 28 June
    2019, a Friday); None where no such day falls on that weekday, or the page has no month."""
    if ref.month is None:
        return None
    weekday = _WEEKDAYS.index(name.lower())
    candidates = []
    for months in (-1, 0, 1):
        first = dt.date(ref.year, ref.month, 1) + relativedelta(months=months)
        try:
            candidate = first.replace(day=day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            candidates.append(candidate)
    if not candidates:
        return None
    # A page dated to its month alone is nearest its own month's day; a day's page, its nearest.
    anchor = ref.first_day() if ref.day is not None else dt.date(ref.year, ref.month, 15)
    return PartialDate.from_date(min(candidates, key=lambda candidate: abs((candidate - anchor).days)))


def _month_shift(ref: PartialDate, months: int) -> PartialDate:
    day = ref.first_day() + relativedelta(months=months)
    return PartialDate(day.year, day.month)


def find_dates(text: str, ref: PartialDate | None, rules: Rules, future: bool, plan: bool = False) -> list[DateMention]:
    """Every date in `text`, resolved against the publication date `ref` (when known).
    `plan`: the whole sentence tells a plan (a headline's infinitive), so its weekdays lie ahead."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for mention in _anniversaries(text, rules):
        found.append(mention)
        taken.append((mention.start, mention.start + len(mention.text)))

    if ref is not None:
        for hit in rules.yearly.find(text):
            if free(hit.start, hit.end):
                base: PartialDate = hit.value
                year = ref.year + 1 if future and ref.month and base.month and base.month < ref.month - 1 else ref.year
                found.append(DateMention(hit.start, "occasion", text[hit.start : hit.end], PartialDate(year, base.month, base.day)))
                taken.append((hit.start, hit.end))

    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            resolved = _resolve(kind, match, ref, future, text, rules, plan)
            if resolved is not None:
                found.append(resolved)
                taken.append((match.start(), match.end()))
    found = [mention for mention in found if not _anniversarys_year(mention, text, rules)]
    return sorted((_with_departure(mention, text, rules) for mention in found), key=lambda mention: mention.start)


_SPAN_OF_TIME = {"end", "beginning", "start", "middle", "half", "quarter", "part", "course", "rest", "spring",
                 "summer", "autumn", "fall", "winter", "month", "months", "year", "week", "weeks", "days"}
"""Words before "of 2019" that are a span of that year ("by the end of 2019"), not a thing of its own."""


def _owned_year(text: str, start: int, rules: Rules) -> bool:
    """A year after "of" that belongs to the noun before it ("the election of 2020", "the
    war of 1950"): neither a span of time ("the end of 2019") nor a trip ("the visit of 2019")."""
    before = re.findall(r"[\w'’-]+", text[max(0, start - 40) : start])
    if not before:
        return False
    noun = before[-1].lower()
    return noun.isalpha() and noun not in _SPAN_OF_TIME and not rules.trip.find(noun)


def _anniversarys_year(mention: DateMention, text: str, rules: Rules) -> bool:
    """A bare year that is the year of what an occasion marks ("the victory over Germany in
    1945"): history the occasion recalls, never the trip's date."""
    if mention.kind != "year" or mention.date is None:
        return False
    window = text[max(0, mention.start - 120) : mention.start]
    return any(hit.value.year == mention.date.year for hit in rules.anniversaries.find(window))


def _with_departure(mention: DateMention, text: str, rules: Rules) -> DateMention:
    """Mark a date in a clause about leaving or arriving."""
    clause = re.split(r"[,;]|\band\b|\bwhere\b|\bafter\b|\bahead of\b|\bfor talks\b", text[: mention.start])[-1]
    departure = bool(rules.departure.find(_PHOTO_POSITION.sub(" ", clause)))
    # The verb may come after the day: in a clause that closes on it, as a glossed German one
    # does ("ist am Mittwoch in Pjöngjang eingetroffen": "is on Wednesday in Pyongyang
    # arrived"), or as American wire copy and a glossed Persian one put it ("Putin on Tuesday
    # arrived in Beijing"; "روز سه‌شنبه وارد پکن شد").
    rest = re.split(r"[,;.]|\band\b|\bwhere\b|\bafter\b|\bahead of\b|\bfor talks\b", text[mention.start :])[0]
    arrival = bool(rules.arrival.find(clause)) or bool(rules.arrival.find(rest))
    if not (departure or arrival):
        return mention
    return DateMention(**{**mention.__dict__, "departure": departure, "arrival": arrival})


_PHOTO_POSITION = re.compile(
    r"\((?:(?:far|second from|third from|top|bottom|front|back|pictured)\s+)?(?:left|right|centre|center|middle|l|r|c)\)",
    re.IGNORECASE,
)
"""Where someone stands in a photo, as a caption puts it ("Biden (left) welcomes ..."): "(left)"
is no leaving."""


def _before(text: str, start: int, words: int = 3) -> list[str]:
    return [normal(word) for word in re.findall(r"[\w']+", text[:start])[-words:]]


def _resolve(
    kind: str, match: re.Match[str], ref: PartialDate | None, future: bool, text: str, rules: Rules, plan: bool = False
) -> DateMention | None:
    whole = match.group(0)
    start = match.start()
    if kind == "full":
        parsed = parse_date_text(whole)
        return DateMention(start, kind, whole, parsed[0] if parsed else None, since=in_since_clause(text, start))
    if kind == "range":
        first, last, month, year = match.groups()
        number = _month(month)
        year_value = int(year) if year else _year_for(number, ref, future, not future)
        if year_value is None:
            return DateMention(start, kind, whole, None)
        return DateMention(start, kind, whole, _day(year_value, number, int(first)), end=_day(year_value, number, int(last)))
    if kind == "month-range":
        month, first, last, year = match.groups()
        number = _month(month)
        year_value = int(year) if year else _year_for(number, ref, future, not future)
        if year_value is None:
            return DateMention(start, "range", whole, None)
        return DateMention(start, "range", whole, _day(year_value, number, int(first)), end=_day(year_value, number, int(last)))
    if kind == "month-span":
        # "between April and June": a span of months is known to its year only.
        year_value = int(match.group(3)) if match.group(3) else _year_for(_month(match.group(1)), ref, future, not future)
        return DateMention(start, "year", whole, PartialDate(year_value) if year_value else None, since=in_since_clause(text, start))
    if kind == "month-year":
        month_year = PartialDate(int(match.group(2)), _month(match.group(1)))
        return DateMention(start, kind, whole, month_year, since=in_since_clause(text, start))
    if kind == "day":
        day_text, month_text = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        number = _month(month_text)
        year_value = _year_for(number, ref, future, not future)
        date = _day(year_value, number, int(day_text)) if year_value else None
        return DateMention(start, kind, whole, date, since=in_since_clause(text, start))
    if kind == "nth":
        # "on the 25th": that day of the article's month, or of the next (a plan) or the last.
        if ref is None or ref.month is None or ref.day is None:
            return DateMention(start, "day", whole, None)
        number = int(match.group(1) or match.group(2))
        shift = 1 if future and number < ref.day else -1 if not future and number > ref.day else 0
        base = _month_shift(ref, shift)
        return DateMention(start, "day", whole, _day(base.year, base.month or 1, number), since=in_since_clause(text, start))
    if kind == "month":
        word, month_text = match.group(1).lower(), match.group(2)
        number = _month(month_text)
        if word == "last":
            year_value = None if ref is None else ref.year - 1 if ref.month is None or number >= ref.month else ref.year
        elif word == "next" or word.endswith(" to"):
            year_value = _year_for(number, ref, True, False)  # put off to a month: one still ahead
        else:
            year_value = _year_for(number, ref, future, not future)
        date = PartialDate(year_value, number) if year_value else None
        return DateMention(start, kind, whole, date, since=word == "since" or in_since_clause(text, start))
    if kind == "relative":
        mention = _relative(match, ref, start)
        return replace(mention, since=in_since_clause(text, start)) if mention else None
    if kind == "year":
        if match.group(1).lower() == "of" and _owned_year(text, start, rules):
            # "after the rigged election of 2020": the year of the election, not of a trip.
            return DateMention(start, kind, whole, None)
        since = match.group(1).lower() in ("since", "from") or in_since_clause(text, start)
        return DateMention(start, kind, whole, PartialDate(int(match.group(2))), since=since)
    if kind == "season":
        # A season is known to its year only ("next spring"), which a season ahead may turn.
        if ref is None:
            return DateMention(start, "year", whole, None)
        word = match.group(1).lower()
        begins = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[match.group(2).lower()]
        month = ref.month or 6
        # "next spring" in March is a year on; "next autumn" in March is this year's.
        year = ref.year + (begins <= month) if word == "next" else ref.year - (begins >= month) if word == "last" else ref.year
        return DateMention(start, "year", whole, PartialDate(year), since=in_since_clause(text, start))
    if kind == "weekday":
        word = (match.group(1) or "").lower()
        reporting = (any(w in rules.reporting for w in _before(text, start, 5)) or any(
            normal(w) in rules.reporting for w in re.findall(r"[\w']+", text[match.end():])[:1]
        )) and not _AFTER_TALKS.match(text, match.end())  # "said on Thursday after talks with Kim": their day
        reporting = reporting or bool(_REPORT_NOUN.match(text, match.end()))  # "a Friday report"
        # Ahead only when its own clause looks ahead ("will meet Putin on Friday"), not
        # merely its sentence ("arrived on Tuesday and will meet Putin on Friday").
        clause = re.split(r",|;|\band\b|\bbut\b", text[:start])[-1]
        rest = re.split(r",|;|\band\b|\bbut\b", text[match.end() :])[0]  # "On Sunday the programme opens"
        # A weekday opening its clause looks ahead with the verb after it ("On Wednesday he will hold talks").
        opening = not re.sub(r"(?i)\bon\s*$", "", clause).strip()
        ahead = plan or future and bool(rules.future.find(clause) or opening and rules.future.find(rest)) or bool(
            rules.timetable.find(clause + rest)
        )
        forward = word == "next" or (
            ahead and not reporting and word not in ("last", "earlier", "as late as", "since")
        )
        date = shift_weekday(ref, match.group(2), forward) if ref else None
        numbered = _NUMBERED_DAY.match(text, match.end())
        day_named = weekday_numbered(ref, match.group(2), int(numbered.group(1))) if ref and numbered else None
        if numbered is not None and day_named is not None:
            # "this Friday (28)": the 28th, the Friday nearest the page's date; a day of the month
            # the page writes out, as "28 June" is, not a weekday its month alone would leave vague.
            return DateMention(start, "day", text[start : numbered.end()], day_named, reporting=reporting,
                               since=word == "since" or in_since_clause(text, start))
        if date is None and ref is not None and ref.month is not None and ref.day is None:
            # "on Sunday" on a page dated to its month alone: a day of that month, no finer.
            date = PartialDate(ref.year, ref.month)
        if ref is not None and re.match(r"\s+(?:\w+\s+){0,2}local time", text[match.end() :], re.IGNORECASE):
            # "early Thursday local time", on a page dated Wednesday where it was printed:
            # the day after, across the date line, not six days before.
            following = shift_weekday(ref, match.group(2), True)
            if following is not None and (following.first_day() - ref.first_day()).days <= 1:
                date = following
        elif date is not None and ref is not None and ref.day is not None and not forward and word in ("", "on"):
            # "reached Moscow on Thursday" on a page dated Wednesday: not a week back (that
            # would be "last Thursday") but the day after, by a page dated a day early. The
            # weekday does not fit the page's day: its month alone, where the two days share it.
            following = shift_weekday(ref, match.group(2), True)
            if (ref.first_day() - date.first_day()).days == 6 and following is not None and following.month == date.month:
                date = PartialDate(date.year, date.month)
        # "the first since Moon's summit with Kim at Panmunjom on Friday": a starting point too.
        return DateMention(start, kind, whole, date, reporting=reporting, since=word == "since" or in_since_clause(text, start))
    return None


_AFTER_TALKS = re.compile(
    r"\s+(?:after|following)\s+(?:(?:their|the|his|her)\s+)?(?:talks|a meeting|meeting|holding talks|a summit|summit talks)\b",
    re.IGNORECASE,
)


_REPORT_NOUN = re.compile(
    r"\s+(?:news\s+|press\s+)?(?:report|reports|statement|statements|announcement|briefing|communiqu[eé]|readout)\b",
    re.IGNORECASE,
)
"""A weekday before a report of it ("according to a Friday report", "in a Tuesday
statement"): the day of the report, not of the event."""


def in_since_clause(text: str, start: int) -> bool:
    """"since 2019", "the first since their meeting in April 2019": a starting point. The
    clause ends at "and" or "but" ("since each took power and ... was last year"). A "since"
    whose clause goes on in a timetable's present or the future gives a reason, no starting
    point ("odd, since Moon lands in Washington on Monday")."""
    # A leader's title set off by commas ("since his summit with Kim, North Korea's leader,
    # at Panmunjom on Friday") is an aside, no end of the clause.
    clause = re.split(r"[,;:]|\band\b|\bbut\b", _TITLE_ASIDE.sub(" ", text[:start]))[-1]
    # "Kim has since travelled to China": "since" after an auxiliary is the adverb ("since
    # then"), which opens no starting point; the trip it tells is itself the look back.
    words = [normal(word) for word in re.findall(r"[\w']+", _SINCE_THEN.sub(" ", clause))]
    if "since" not in words:
        return False
    after = " ".join([*words[len(words) - words[::-1].index("since") :], text[start:].lower()])
    return not _SINCE_AHEAD.match(after.strip())


_TITLE_ASIDE = re.compile(
    r",\s+(?:[\w'’\-]+\s+){0,4}(?:leader|president|prime minister|premier|chancellor|king|queen|monarch|counterpart)\s*,",
    re.IGNORECASE,
)
"""A title between commas, after the name it stands beside (", North Korea's leader,")."""

_SINCE_THEN = re.compile(r"\b(?:has|have|had)\s+(?:ever\s+)?since\b", re.IGNORECASE)
"""An auxiliary before "since": the adverb of "has since travelled", not a clause of its own."""

_SINCE_AHEAD = re.compile(r"(?:[\w'\-]+\s+){0,3}(?:will|is due|are due|is to|are to|is set to|are set to|lands|arrives|flies|travels)\b")
"""The subject after "since", then a verb of a time still ahead: a reason ("since Moon lands")."""


def _relative(match: re.Match[str], ref: PartialDate | None, start: int) -> DateMention | None:
    phrase = match.group(0).lower()
    whole = match.group(0)
    if ref is None:
        return DateMention(start, "relative", whole, None)
    if phrase.endswith("in the day"):
        phrase = "today"  # "arrived earlier in the day"
    if phrase in ("yesterday", "today", "tomorrow"):
        if ref.precision is not DatePrecision.DAY:
            return DateMention(start, "relative", whole, PartialDate(ref.year, ref.month))
        delta = {"yesterday": -1, "today": 0, "tomorrow": 1}[phrase]
        return DateMention(start, "relative", whole, PartialDate.from_date(ref.first_day() + dt.timedelta(days=delta)))
    if phrase.endswith("year"):
        offset = -1 if phrase.startswith("last") else 1 if phrase.startswith("next") else 0
        return DateMention(start, "relative", whole, PartialDate(ref.year + offset))
    if ref.month is None:
        return DateMention(start, "relative", whole, PartialDate(ref.year))
    if "half of" in phrase:
        named = match.group(2) or ""
        if re.fullmatch(r"(?:19|20)\d\d", named):
            # "in the second half of 2017": a half of that year, no month of the page's.
            return DateMention(start, "relative", whole, PartialDate(int(named)))
        month = _month(named) if named[:3].lower() in _MONTHS else ref.month
        return DateMention(start, "relative", whole, PartialDate(ref.year, month))
    if phrase.startswith("the ") and phrase.endswith("month"):
        offset = 1 if "next month" in phrase else 0
    elif phrase.startswith("last"):
        offset = -1 if phrase.endswith("month") else 0
    elif phrase.startswith("next"):
        offset = 1 if phrase.endswith("month") else 0
    else:
        offset = 0
    if phrase.endswith("week") and ref.precision is DatePrecision.DAY:
        days = {"last": -7, "next": 7}.get(phrase.split()[0], 0)
        day = ref.first_day() + dt.timedelta(days=days)
        return DateMention(start, "relative", whole, PartialDate(day.year, day.month))
    return DateMention(start, "relative", whole, _month_shift(ref, offset))


def _anniversaries(text: str, rules: Rules) -> list[DateMention]:
    """"the 70th anniversary of the victory", "80 years since the end of the Second World War"."""
    found = []
    ordinal = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b|\b(\d{1,3}) years since\b|\b(" + "|".join(_ORDINAL_WORDS) + r")\b", re.I)
    for match in ordinal.finditer(text):
        number = int(match.group(1) or match.group(2) or _ORDINAL_WORDS[match.group(3).lower()])
        window = text[match.start() : match.end() + 90]
        if "anniversar" not in window.lower() and "years since" not in window.lower():
            continue
        hits = rules.anniversaries.find(window)
        if not hits:
            continue
        base: PartialDate = hits[0].value
        found.append(
            DateMention(match.start(), "anniversary", window[: hits[0].end], PartialDate(base.year + number, base.month, base.day))
        )
    return found
