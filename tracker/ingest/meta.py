"""Stage 2: clean article -> what the source entry needs: headline, publisher, author, date.

Each value comes with how sure we are of it; anything guessed or missing becomes a note
for the editor. Dates are read with python-dateutil, so any common format works.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import os
import re
import string
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from anyascii import anyascii
from dateutil import parser as date_parser

from tracker.content.model import DatePrecision, PartialDate, Place
from tracker.ingest.clean import Article, foreign_language
from tracker.ingest.rules import PhraseSet, PublisherRule, Rules, normal

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
DOTTED_DATE = r"\b\d{1,2}\.(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\.\d{4}\b"
"""Day, month's short name and year joined by dots, as Brazilian pages print a weekday's date
in brackets after it ("nesta 5ª feira (6.nov.2025)", "this Tuesday (28.Nov.2023)"): read as a
page's date here and as an event's in `when`."""
_DATE_LIKE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,\s*|\s+)\d{{4}}|\b{_MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?[,.]?\s*\d{{4}}"
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}(?!\d)|\b{_MONTH}\s*\d{{1,2}},?\s*juche\s+\d+\s*\(\d{{4}}\)"
    rf"|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}\b|\b\d{{4}}[/.]\d{{2}}[/.]\d{{2}}\b|\b\d{{1,2}}-{_MONTH}-\d{{4}}\b"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2}\b(?=,?\s*\d{1,2}:\d{2})"
    # Year first, each part closed by a dot and a space, as Hungarian and Korean pages print
    # it ("2026. 01. 09.").
    r"|\b(?:19|20)\d{2}\.\s\d{1,2}\.\s\d{1,2}\.(?!\d)"
    rf"|{DOTTED_DATE}",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    rf"^(?:[A-Z][\w .'-]*,\s+)?({_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)\s*\((\w[\w ]*)\)\s*[-–—]+", re.IGNORECASE
)
_DATED_AGENCY_LINE = re.compile(r"^[A-Z][A-Za-z .,'-]*\(([^()]{2,60}?)\s+[-–—]\s+([^()]{6,40})\)\s*")
"""A dateline whose brackets name the agencies and the day: "SEOUL (Agency News / Wire - 09th September, 2020)"."""
_AGENCY_DATELINE = re.compile(r"^[A-Z][\w'-]+(?:[ ,.]+[A-Za-z'-]+)*\s*\((\w[\w ,]*)\)\s*[-–—]")
_PLACED_AGENCY_DATELINE = re.compile(
    rf"^[A-Z][\w .'-]*,\s+[A-Z][\w.' -]*?,\s+(?:(?i:{_MONTH})\s*\d{{1,2}}|\d{{1,2}}\s+(?i:{_MONTH}))\s*\((\w[\w ,]*)\)\s*[-–—]"
)
"""An agency dateline that gives the country and the day between the city and the agency
("HIROSHIMA, Japan, May 20 (Yonhap) --", "DELHI, India, 20 May (Agency) -"), as some wires print it."""
_SITE_DATELINE = re.compile(r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*,\s+([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})\s+[-–—]\s")
"""A dateline naming a site, not an agency in brackets: "Jakarta, Suarabersama – ..."."""
_BRACKETED_OPENING = re.compile(r"^\(([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})\)\s*[-–—]")
"""A text opening on its source's name in brackets and a dash: "(Example24) - ..."."""
_TIME = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})\s*([AP]\.?M\.?)?", re.IGNORECASE)
_BYLINE = re.compile(
    r"^(?:[-–—]\s*)?(?:by|written by|reporting by):?\s+(.+)$"
    # A reporter's label at the foot, as agencies print it in their own language
    # ("Pewarta: Jane Roe", Indonesian; "Reporter: Jane Roe"); an editor's is no author.
    r"|^(?:reporter|pewarta|penulis|wartawan):\s+(.+)$",
    re.IGNORECASE,
)
_NEWSROOM = {"team", "desk", "staff", "bureau", "newsroom", "editors", "agencies", "web", "news"}
_INITIALS = re.compile(r"^([a-z]{2,3}(?:/[a-z]{2,3})+)\s*(\(.*\))?$")
_STAMPED_BYLINE = re.compile(
    r"^([^()\d]+?)\s+(?:\(@\w+\)|published|updated|posted|\d+\s+(?:hours?|minutes?|days?)\s+ago)(?:\s+on)?:?\s+(.+)$",
    re.IGNORECASE,
)
"""A name before the page's date stamp: "Jane Doe Published November 05, 2024 | 02:40 PM",
"Jane Doe (@janedoe) 10 hours ago Sat 25th January 2020"."""
_TWEET_SIGNATURE = re.compile(r"^\s*[-–—]\s*[^()\d]+?\s+\(@\w+\)")
"""An embedded post's signature, "— Jane Roe (@janeroe) February 17, 2019": the one who
posted it, quoted in the article, not its writer."""
_SOURCE_TAG = re.compile(r"^source:\s*(.+)$", re.IGNORECASE)
_OWN_STAFF = re.compile(
    r"\bnot been (?:edited|reworked|changed) by (?:the )?((?:[A-Z][\w&.'-]*\s+){0,4}[A-Z][\w&.'-]*) (?:staff|editorial team|desk)\b"
)
"""A syndicated story's notice naming the site that carries it: "This story has not been
edited by The Example Post staff and is published from a syndicated feed"."""
_EMAIL = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})", re.IGNORECASE)


@dataclass(frozen=True)
class SourceDraft:
    """The source entry as far as the article tells it."""

    title: str | None
    publisher: str | None
    publisher_id: str | None
    """The short form that starts source IDs (from the cue file), when the publisher is known."""
    published: PartialDate | None
    time: str | None
    """HH:MM, when the date line gives one."""
    author: str | None
    url: str | None
    dateline: Place | None
    """A city alone on a line near the top, as official sites print the event's place."""
    filed_from: Place | None
    """The city of an agency dateline ("VLADIVOSTOK, Russia (AP) -"): where the report was filed."""
    opened_from: Place | None
    """The city a dateline with no agency opens the text with, closed by a dash ("Beijing — Xi
    met ..."; "Bombay.- ..."): where the paper's own correspondent wrote."""
    month_day: tuple[int, int] | None
    """Month and day from a dateline that gives no year ("Moscow, Aug. 19 (Yonhap)"), if any."""
    body: tuple[str, ...]
    """The article's lines without headline, byline and date line."""
    notes: tuple[str, ...]
    """What the editor should check, one sentence each."""
    title_from_address: bool = False
    """The title is the words the page's address spells, the page having no headline of its own."""
    reported: PartialDate | None = None
    """The day of the report a page reprints, from its credit at the foot ("Source: Xinhua,
    May 7, 2010"): no date of the page's, but the day its story's weekdays and year-less
    dates count from when the page has none of its own."""


def parse_date_text(text: str) -> tuple[PartialDate, str | None] | None:
    """A date (and time) written in any common form; None when `text` holds no full date."""
    match = _DATE_LIKE.search(text)
    if not match:
        return None
    # "25th of April" -> "25 April"; "June 20, Juche 113 (2024)" (North Korea's calendar) -> "June 20, 2024"
    chunk = re.sub(r"(\d)(?:st|nd|rd|th)\b|\bof\s+|juche\s+\d+\s*\(|\)", r"\1", match.group(0), flags=re.IGNORECASE)
    chunk = re.sub(r"^(\d{1,2})\.([a-z]{3})\.", r"\1 \2 ", chunk, flags=re.IGNORECASE)  # "6.nov.2025" -> "6 nov 2025"
    chunk = re.sub(r"([a-z])\.?(\d)", r"\1 \2", chunk, flags=re.IGNORECASE).replace(",", ", ")
    chunk = re.sub(r"^([a-z]+\s*\d{1,2})\.\s*(\d{4})$", r"\1, \2", chunk, flags=re.IGNORECASE)  # "July 11. 2017", a slip for a comma
    short = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2})", chunk)
    if short:  # "2/28/19, 8:02 AM": month first, unless the first number cannot be a month
        first, second, year = (int(part) for part in short.groups())
        chunk = f"20{year:02d}-{first:02d}-{second:02d}" if first <= 12 else f"20{year:02d}-{second:02d}-{first:02d}"
    dotted = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2})", chunk)
    if dotted:  # "17.02.26, 05:01 PM": dots are written day first
        day_of, month_of, year = (int(part) for part in dotted.groups())
        chunk = f"20{year:02d}-{month_of:02d}-{day_of:02d}"
    spaced = re.fullmatch(r"(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.", chunk)
    if spaced:  # "2026. 01. 09.": year, month, day
        chunk = "-".join(f"{int(part):02d}" for part in spaced.groups())
    dayfirst = bool(re.match(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}", chunk))
    try:
        day = date_parser.parse(chunk, dayfirst=dayfirst, default=dt.datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        return None
    clock = None
    rest = text[match.end() :]
    time = _TIME.search(rest) or _TIME.search(text[: match.start()])
    if time:
        hour, minute = int(time.group(1)), int(time.group(2))
        marker = (time.group(3) or "").lower().replace(".", "")
        if marker == "pm" and hour < 12:
            hour += 12
        if marker == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            clock = f"{hour:02d}:{minute:02d}"
    return PartialDate.from_date(day.date()), clock


def dates_written(text: str) -> set[PartialDate]:
    """Every full date written in `text` in a common form."""
    found = (parse_date_text(match.group(0)) for match in _DATE_LIKE.finditer(text))
    return {date for date, _ in filter(None, found)}


_MONTHS_RE = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_Y = r"(?P<year>(?:19|20)\d{2})"
_M = r"(?P<month>\d{1,2})"
_D = r"(?P<day>\d{1,2})"
_FULL_MONTH = r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december)"
_ADDRESS_DAYS = (
    re.compile(rf"(?<!\d){_Y}[/_-]{_M}[/_-]{_D}(?!\d)"),
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})(?!\d)"),
    re.compile(rf"(?<!\d){_Y}[/_-]{_MONTHS_RE}[/_-]{_D}(?!\d)", re.IGNORECASE),
    re.compile(r"/(?P<year>(?:19|20)\d{2})(?P<month>\d{2})/(?P<day>\d{2})/"),  # "/202303/10/": the month's folder, then the day's
    # The year's folder, section folders, then the month's and the day's ("/2001/WORLD/asia/08/03/").
    re.compile(rf"/{_Y}/(?:[A-Za-z][\w-]*/){{1,4}}{_M}/{_D}/"),
    # A story ID that opens with its day and runs on with a serial ("yjj2025102700784",
    # "AEN20230912000351315").
    re.compile(r"(?<=[A-Za-z])(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})\d{3,12}(?!\d)"),
    # A word, a hyphen, then a stamp of the day and the time it was filed, to the minute or
    # the second ("_AN-201311260109": 26 November 2013, 01:09; "-20241117211506-nt"); digits
    # after a hyphen that make no time are a serial ("a-2025102700784").
    re.compile(
        r"(?<=[A-Za-z]-)(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?(?!\d)"
    ),
    # A month named in full, its day and its year in a slug ("-june-19-2024").
    re.compile(rf"[/_-]{_FULL_MONTH}[_-]{_D}[_-]{_Y}(?=[/_.?#-]|$)", re.IGNORECASE),
    # A day's folder that runs its day, month and year together ("/world/24Jun2003/").
    re.compile(rf"/{_D}{_MONTHS_RE}{_Y}/", re.IGNORECASE),
    # A query's story number that opens with its day and runs on with a serial
    # ("view.php?ud=20181019000638"), as the story ID in a path does.
    re.compile(r"(?<==)(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})\d{3,12}(?![\d])"),
)
_ADDRESS_MONTHS = (
    re.compile(rf"(?<!\d){_Y}[/_-]{_M}(?=[/_-])"),
    re.compile(rf"(?<!\d){_Y}[/_-]{_MONTHS_RE}(?=[/_-])", re.IGNORECASE),
    re.compile(r"/(?P<year>(?:19|20)\d{2})(?P<month>\d{2})/"),  # "/notas/201903/": the month's folder alone
    # A month named in full before its year in a slug ("-summit-vietnam-february-2019/").
    re.compile(rf"[/_-]{_FULL_MONTH}[_-]{_Y}(?=[/_.?#-]|$)", re.IGNORECASE),
)
_ADDRESS_YEARS = (
    # A year's folder alone before the section's and the story's ("/2024/video/..."): the
    # year the site filed the story under.
    re.compile(rf"/{_Y}/(?=[A-Za-z])"),
)


_ADDRESS_DAY_FIRST = re.compile(r"/(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d{2})(?=/|$)")
"""Day, month and year as folders ("/06/09/2023/") or as one folder hyphenated ("/28-05-2017/")."""


def _day_first_in_address(where: str, host: str, today: dt.date) -> PartialDate | None:
    """"/politika/06/09/2023/", "/breves/28-05-2017/": day first, as most of the world writes
    it (month first on an American address)."""
    for match in _ADDRESS_DAY_FIRST.finditer(where):
        one, two, year = (int(group) for group in match.group(1, 3, 4))
        month, day = (one, two) if host.endswith(".us") else (two, one)
        try:
            found = PartialDate(year, month, day)
            if 1990 <= year and found.first_day() <= today:
                return found
        except ValueError:
            continue
    return None


_ADDRESS_SHORT_DAY = re.compile(r"/(\d{2})/(\d{2})/(\d{2})/")


def _short_day_in_address(where: str, today: dt.date) -> PartialDate | None:
    """"/photo/12/22/22/": three two-digit folders, a date whichever order a site writes it
    in; taken only where one order alone makes a date up to `today`."""
    for match in _ADDRESS_SHORT_DAY.finditer(where):
        one, two, three = (int(group) for group in match.groups())
        readings = set()
        for year, month, day in ((three, one, two), (three, two, one), (one, two, three)):
            try:
                found = PartialDate(2000 + year, month, day)
                if found.first_day() <= today:
                    readings.add(found)
            except ValueError:
                continue
        if len(readings) == 1:
            return readings.pop()
    return None


def date_in_address(url: str | None, today: dt.date) -> PartialDate | None:
    """The date a page's address carries (/2019/06/30/, 20180327, 2011-aug-24, /2020/03/, /201903/,
    yjj2025102700784, AEN20230912000351315, /06/09/2023/):
    a day where it gives one, else a month, else a year (/2024/video/); never a date after `today`."""
    if not url:
        return None
    parts = urlsplit(url if "//" in url else "//" + url)
    # A page-copying service carries the copied page's address in its query, encoded
    # ("?url=https%3A%2F%2F...%2Fsummit-february-2019%2F"): read as the address it is.
    where = unquote(f"{parts.path}?{parts.query}")
    slashed = _day_first_in_address(where, parts.hostname or "", today) or _short_day_in_address(where, today)
    if slashed is not None:
        return slashed
    for patterns in (_ADDRESS_DAYS, _ADDRESS_MONTHS, _ADDRESS_YEARS):
        for pattern in patterns:
            for match in pattern.finditer(where):
                groups = match.groupdict()
                year = int(match.group("year"))
                month = _month_number(groups["month"]) if groups.get("month") else None
                day = int(groups["day"]) if groups.get("day") else None
                try:
                    found = PartialDate(year, month, day)
                    first = found.first_day()
                except (ValueError, TypeError):
                    continue
                if 1990 <= year and first <= today:
                    return found
    return None


_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def _slashed_order(line: str, read: PartialDate, lines: list[str], url: str | None) -> PartialDate:
    """A date written "2/10/2023" is read day first (as most of the world writes it) unless
    the page says otherwise: another such date on it that only one order fits ("2/13/2023"),
    the text naming the month and day of the month-first reading ("on Feb. 10") and not of
    the other, or an American address (".us"). Either order where only one is possible."""
    match = _SLASHED.search(line)
    if match is None or read.day is None:
        return read
    first, second, year = (int(part) for part in match.groups())
    if first > 12 or second > 12 or first == second:
        return read
    month_first = PartialDate(year, first, second)
    day_first = PartialDate(year, second, first)
    settled = [(int(a) > 12, int(b) > 12) for a, b, _ in _SLASHED.findall("\n".join(lines))]
    text = "\n".join(lines)

    def named(date: PartialDate) -> bool:
        month = _MONTH.replace("(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", _MONTHS[(date.month or 1) - 1])
        return bool(re.search(rf"\b{month}\s*{date.day}\b(?!\d)|\b{date.day}\s+{month}", text, re.IGNORECASE))

    host = (urlsplit(url).hostname or "") if url else ""
    if any(day for day, _ in settled):
        return day_first
    if any(month for _, month in settled) or named(month_first) and not named(day_first) or host.endswith(".us"):
        return month_first

    def weekday_named(date: PartialDate) -> bool:
        # A report tells of its own day by its weekday ("received Macron on Saturday").
        weekday = date.first_day().strftime("%A")
        return bool(re.search(rf"\bon\s+{weekday}\b", text, re.IGNORECASE))

    if weekday_named(month_first) and not weekday_named(day_first):
        return month_first
    return day_first


_AGENCY_CORRESPONDENT = re.compile(r"/\s*[Кк]орр\.?[^/]*?((?:[А-ЯЁ][а-яё]+\s+){1,2}[А-ЯЁ][а-яё]+)\s*/")
"""A Russian agency's dateline signature: "/Корр. РИА "Новости" Юлия Орлова/"."""

_REPORTER_NOTE = re.compile(
    r"((?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w'’-]+)\s+is\s+an?\s+(?:[\w-]+\s+){0,5}"
    r"(?:correspondent|reporter|writer|journalist|columnist)\b"
)
"""A reporter's note at an article's foot: "Jane Roe is a national political correspondent for ..."."""
_MORE_FROM = re.compile(r"^More (?:from|by)\s*(?:\.\.\.|…)?\s*((?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w'’-]+)$")
"""The link to an author's other stories at an article's foot: "More from ... Jane Roe"."""


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else _MONTHS.index(text.lower()[:3]) + 1


_CUT_OFF = {"the", "a", "an", "and", "of", "in", "to", "with", "at", "on", "from", "by"}
"""Words no headline ends in: a line ending in one is a sentence cut off where the stored
text stops ("... security cooperation, bilateral and multilateral, in")."""


def _is_headline(line: str) -> bool:
    words = line.split()
    # A quotation closing on its full stop ('he answered: "Yeah, we have."') ends a sentence.
    return (
        3 <= len(words) <= 25 and not line.endswith((".", ":")) and not line.rstrip("\"'”’)]").endswith(".")
        and not _DATE_LIKE.search(line)
        and words[-1].lower() not in _CUT_OFF
    )


_BYLINE_FRAME = re.compile(
    r"^[\s\-–—]*(?:(?:written\s+|reporting\s+|posted\s+)?by\b\s*:?\s*)?(?:contributor\s+)?|\s+(?:staff|senior|chief|special)\s+(?:writer|reporter|correspondent)\s*$", re.IGNORECASE
)
"""What a print byline puts around the name: "- By Jane Roe Staff writer", "Written By: Jane
Roe"; a label left with no name after it ("Written By:") is no author."""


_STAMP_QUALIFIERS = {"first", "last", "originally", "initially", "date"}
"""A word a date stamp opens with ("First Published:", "Last Updated:", "Originally posted"),
never a byline's name on its own."""
_WITH = {"with", "avec", "mit", "con", "com", "met", "med", "z", "s", "ze", "cu", "ile"}
"""A credit's first word, "with" in the languages of our pages: "avec AFP" credits an agency."""


def _person(text: str) -> str | None:
    """A byline's writers: one name, or two that sign together ("By Jane Roe and John Doe"),
    cited as the byline prints them, since a source is cited by all who wrote it. A name joined
    to a newsroom or an agency ("Jane Roe and agencies", "Jane Roe and Reuters") is that name."""
    text = _BYLINE_FRAME.sub("", text)
    if pair := re.fullmatch(r"\s*(.+?)\s+(?:and|&)\s+(.+)", text):
        one, other = _one_person(pair[1]), _one_person(pair[2])
        # The first name must be the whole of what comes before "and", or the byline was cut
        # before it ("Jane Roe, Reuters and AFP"); a writer is named by two words at least.
        if one and other and one.lower() == pair[1].lower() and min(len(one.split()), len(other.split())) >= 2:
            return f"{one} and {other}"
    return _one_person(text)


_PICTURE_WORDS = {"photo", "photos", "photograph", "image", "images", "picture", "pictures", "foto", "fotos"}


def _photo_credit(text: str) -> bool:
    """A picture's credit, which names its photographer and agency with a slash or says
    "Photo" ("Jane Roe/AP Photo", "AP Photo/Jane Roe", "Example Images"): no byline."""
    return "/" in text or any(word.lower().strip(".,:") in _PICTURE_WORDS for word in re.split(r"[\s/]+", text))


def _one_person(text: str) -> str | None:
    """A byline's name: cut at " in <place>", brackets, a dash, "|" and "and"; fix ALL CAPS. A
    newsroom ("WION Web Team", "National Content Desk") or one word in capitals (an
    agency's letters: "DPA", "PTI") is no person."""
    # A dash after the name opens the desk's letters or the place ("Jane Roe -TDO- (FRANCE)").
    # A weekday after it opens the page's date, run into the byline ("Jane Roe Wednesday, 12 June").
    text = re.split(
        r"\s+\[|\s+\(|\s+[-–—]|\s+in\s+[A-Z]|[,;|]|\s+for\s+|\s+and\s+|\s+&\s+|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
        # A date stamp's label run into the name ("Jane Roe Posted November 15, 2024").
        r"|\s+(?:Posted|Published|Updated)\b",
        text,
    )[0].strip()
    words = text.split()
    if not 1 <= len(words) <= 4 or not all(word[:1].isupper() for word in words):
        return None
    if any(word.lower() in _NEWSROOM for word in words):
        return None
    if _photo_credit(text):
        return None  # "Jane Roe/AP Photo" under a picture: the photographer, no writer
    if len(words) == 1 and text.isupper():
        return None  # "By DPA, IANS": an agency's letters, no person
    if words[0].lower() == "the":
        return None  # "The Yomiuri Shimbun" under the headline: a newspaper, no person
    if len(words) == 1 and text.lower() in _STAMP_QUALIFIERS:
        return None  # "First Published: Fri, December 13 2019": a date stamp's label, no person
    if words[0].lower() in _WITH:
        return None  # "avec AFP", "With agencies": the reports drawn on, no person
    if text.isupper():
        # Each part of a hyphened name keeps its capital ("AL-SHIHRI": Al-Shihri).
        text = " ".join("-".join(part.capitalize() for part in word.split("-")) for word in words)
    return text


def find_publisher(article: Article, rules: Rules, url: str | None = None) -> tuple[str | None, str | None, str]:
    """(name, id, how it was found). The site the page is on publishes it, not the agency it
    reprints: the address in the table of publishers' domains, the page's own site name, a
    masthead line that spells the address, a masthead phrase, the page naming its site in the
    possessive or in a syndicated story's notice, else the address itself.
    Without an address: masthead phrases, agency tags and datelines, the page's site name."""
    # A masthead phrase names the page's publisher where the page prints it as furniture (a
    # footer, a copyright line, an e-mail address), not where a sentence cites the outlet as
    # the source of a report ("Trump, quoted by the Associated Press, said ...").
    whole = normal("\n".join(line for line in article.raw if not _running_sentence(line)))
    mastheads = (rule for rule in rules.publishers if any(normal(phrase) in whole for phrase in rule.phrases))
    masthead = next(mastheads, None)
    sitename = article.html.sitename if article.html and article.html.sitename and not _is_host(article.html.sitename) else None
    if url:
        site = site_of(url, rules)
        if site is not None:
            return site.name, site.id, "address"
        if sitename and not _only_spells(sitename, _site_domain(_host(url)).split(".")[0]):
            return sitename, None, "page"
        spelled = _masthead_for(url, article)
        if spelled:
            return spelled, None, "masthead"
        if masthead is not None:
            return masthead.name, masthead.id, "masthead"
        owner = _owner_named(article, _site_domain(_host(url)).split(".")[0], rules) or _staff_named(article, rules)
        if owner:
            return owner, None, "page"
        host = _site_domain(_host(url))
        language = _page_language(article, rules)
        own = _own_site(_host(url), host)
        if own != host and not _section_in_language(own, host, language):
            # A site of its own on another's domain ("nzepetero.blogspot.com"): the words its
            # sub-domain runs together ("asiangazette.blogspot.com": Asian Gazette), else its
            # address; a mirror of another site's pages (its path opens on that site's
            # address) is cited by its own address.
            named = None if _MIRRORED.match(urlsplit(url if "//" in url else "//" + url).path) else _sub_site_name(own, language, rules.places)
            return named or _as_cited(own), None, "host"
        # Call letters the page prints ("EWN" on ewn.co.za), else the words run together in
        # the address ("theepochtimes.com": The Epoch Times), else the address as sites are
        # cited: a short address the page never writes in capitals may be an abbreviation or
        # a word ("lci.fr", "iz.ru"), and the reader finds the site by it (Lci.fr).
        letters = re.sub(r"news$", "", host.split(".")[0])
        if host:
            # "thenews.com" is The News, not call letters "THE".
            if 2 <= len(letters) <= 4 and letters.isalnum() and letters not in _ARTICLES and _prints(article, letters.upper()):
                return letters.upper(), None, "host"
            label = host.split(".")[0]
            # A place's name ("china.org.cn") is no masthead's word, nor is an office's on a
            # government's domain ("president.gov.by"): the site is cited by its address.
            cited_as_address = bool(_place_name(label, rules.places) or _GOVERNMENT.search(host))
            # The words an address runs together are the site's name only where the page writes
            # them so: a reader of the credit finds the site by what the page shows, and a page
            # that names itself nowhere is cited by its address ("kuwaittimes.com" printing no
            # "Kuwait Times": Kuwaittimes.com).
            english = _words_of(label) or (None if cited_as_address else _one_word(label))
            if english and _writes(article, english):
                return _with_its_article(article, english), None, "host"
            # A page in another language: its address may run together words of that language
            # ("eldia.com" on a page in Spanish printing "El Día"), where it runs no English ones.
            in_language = None if cited_as_address else _words_in_language(label, language, rules.places)
            hyphenated = None if cited_as_address else _hyphenated_words(label, language)
            written = next((words for words in (in_language, hyphenated) if words and _writes(article, words)), None)
            return written or _cited_with_words(host, language), None, "host"
    if masthead is not None:
        return masthead.name, masthead.id, "masthead"
    for line in article.raw:
        # A reporter's e-mail address on the site's domain ("jmlee@heraldcorp.com").
        for domain in _EMAIL.findall(line):
            site = site_of(domain, rules)
            if site is not None:
                return site.name, site.id, "address"
    tags = {normal(tag): rule for rule in rules.publishers for tag in (rule.name, *rule.tags)}
    for site in rules.domains.values():
        tags.setdefault(normal(site.name), site)  # "The Guardian" alone on a line, as a footer prints it
    for line in reversed(article.raw):
        plain = normal(line)
        source = _SOURCE_TAG.match(line)
        if plain in tags:
            return tags[plain].name, tags[plain].id, "tag"
        if source and normal(source.group(1)) in tags:
            rule = tags[normal(source.group(1))]
            return rule.name, rule.id, "tag"
        if source:
            return source.group(1).strip(), None, "tag"
    for line in article.lines[:8]:
        for pattern in (_DATELINE, _AGENCY_DATELINE):
            match = pattern.match(line)
            if match:
                agency = normal(match.groups()[-1].split(",")[0])
                if agency in tags:
                    return tags[agency].name, tags[agency].id, "dateline"
    if sitename:
        return sitename, None, "page"
    return None, None, ""


_RIGHTS_NOTICE = re.compile(r"©|\(c\)|\bcopyright\b|rights reserved", re.IGNORECASE)


def _running_sentence(line: str) -> bool:
    """A line of the story's prose: a sentence of nine words or more, ended as a sentence is,
    that is no rights notice ("Copyright 2023 The Associated Press. All rights reserved." is
    furniture, and so is a widget's prompt with no full stop: "Join the conversation, follow
    other Example readers and see their replies")."""
    return len(line.split()) > 8 and line.rstrip().endswith(_SENTENCE_ENDS) and _RIGHTS_NOTICE.search(line) is None


_SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "'", "\u2019", ")")


_POSSESSIVE = re.compile(r"(?<![\w'’-])((?:[A-Z0-9][\w&.-]*\s+){0,3}[A-Z0-9][\w&.-]*)['’]s(?!\w)")
"""Up to four words, the last of them capitalised, before a possessive "'s": "The Example
Post's", "Infobae's"."""


def _owner_named(article: Article, label: str, rules: Rules) -> str | None:
    """The name a page gives its own site in the possessive ("All of Zorvexa's coverage",
    "Sign up for The Harbour Post's newsletters"), where its letters are the address's label:
    the site speaking of itself, as its masthead would. A country's or a leader's name is
    no site's ("China's" on china.org.cn)."""
    if len(label) < 3:
        return None
    for line in article.raw:
        for match in _POSSESSIVE.finditer(line):
            words = match.group(1).split()
            for start in range(len(words)):
                name = " ".join(words[start:])
                if _letters(name) == _letters(label) and name[:1].isupper():
                    if not _place_name(name, rules.places) and not rules.names.find(name):
                        return name
                    break
    return None


def _staff_named(article: Article, rules: Rules) -> str | None:
    """The site a syndicated story's notice at its foot names as not having edited it ("has
    not been edited by The Example Post staff"): the notice is the carrying site's own, its
    name whatever the address spells; an agency's name there is the feed's, no site's."""
    agencies = {normal(tag) for rule in rules.publishers for tag in (rule.name, *rule.tags)}
    for line in article.raw[-8:]:
        found = _OWN_STAFF.search(line)
        if found and normal(found.group(1)) not in agencies:
            return found.group(1)
    return None


def _with_its_article(article: Article, words: str) -> str:
    """The words an address runs together, with the "The" the page prints before them
    ("newexampleexpress.com" on a page reading "on The New Example Express app": The New
    Example Express), as the masthead's own name opens; without one, as they are."""
    if words.lower().startswith("the "):
        return words
    named = f"The {words}"
    pattern = re.compile(rf"(?<![\w.]){re.escape(named)}(?![\w])")
    return named if any(pattern.search(line) for line in _own_lines(article)) else words


def _writes(article: Article, words: str) -> bool:
    """The page writes `words` apart, as a name of their own, in any case ("Kuwait Times" or
    "KUWAIT TIMES", not "kuwaittimes.com"), in its text, its mastheads, its title or its site
    name."""
    pattern = re.compile(rf"(?<![\w.]){re.escape(words)}(?![\w])", re.IGNORECASE)
    sitename = (article.html.sitename,) if article.html and article.html.sitename else ()
    return any(pattern.search(line) for line in (*_own_lines(article), *sitename))


def _prints(article: Article, letters: str) -> bool:
    """The page writes `letters` as a word of its own, in capitals ("EWN", not "ewn.co.za")."""
    pattern = re.compile(rf"(?<![\w.]){re.escape(letters)}(?![\w.])")
    return any(pattern.search(line) for line in _own_lines(article))


def _own_lines(article: Article) -> tuple[str, ...]:
    """Where a page writes its own name: its text, its mastheads and its title."""
    html = article.html
    if html is None:
        return tuple(article.raw)
    return (*article.raw, *html.mastheads, *((html.page_title,) if html.page_title else ()))


def _host(url: str) -> str:
    """The site's name in an address, without "www." and the like."""
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().rstrip(".")  # "soyuz.by." is "soyuz.by"
    labels = host.split(".")
    while len(labels) > 2 and labels[0] in _SUBDOMAINS:
        labels = labels[1:]
    return ".".join(labels)


def _site_domain(host: str) -> str:
    """The name the site registered, without the page's own sub-domain ("article.wn.com":
    "wn.com"; "news.abc.co.uk" keeps "abc.co.uk")."""
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"}


_ARTICLES = {"the", "a", "an", "le", "la", "el", "il", "der", "die", "das"}
"""Words an address may begin with that are no call letters."""


_SUBDOMAINS = {
    "www", "m", "en", "english", "news", "world", "edition", "amp", "mobile",
    # "News" in the languages of world news, a section's sub-domain ("wiadomosci.onet.pl").
    "wiadomosci", "noticias", "notizie", "nachrichten", "nieuws", "novosti", "zpravy", "actualites", "nyheter", "nyheder",
    "uutiset", "hirek", "stiri", "haber", "berita", "tin", "vesti", "wydarzenia",
}


def _word_counts() -> dict[str, float]:
    """wordsegment's counts of English words, loaded on first use."""
    import wordsegment  # imported here: loading its word counts takes a moment, and few pages need it

    if not wordsegment.WORDS:
        wordsegment.load()
    counts: dict[str, float] = wordsegment.UNIGRAMS
    return counts


def _own_site(host: str, site: str) -> str:
    """The address a site is cited by: its registered domain, with the sub-domains before it
    that name a site of its own ("nzepetero.blogspot.com", "web3.ouzhyi.co"); a sub-domain
    that is a word in common use, or such words hyphenated, names a section or an edition
    ("politics.gaeatimes.com", "turkey.news-pravda.com") and is left out."""
    labels = host[: -len(site)].rstrip(".").split(".") if host != site and host.endswith("." + site) else []
    counts = _word_counts()
    # A sub-domain of years ("2015-2022.miniszterelnok.hu") is the site's archive of them.
    while labels and (_common_words(labels[0], counts) or _YEARS.fullmatch(labels[0]) or _SERVER.fullmatch(labels[0])):
        labels = labels[1:]
    return ".".join([*labels, site])


def _common_words(label: str, counts: dict[str, float]) -> bool:
    """A sub-domain that is a word in common use, or two such words joined by a hyphen
    ("digital-release.wavy.com"): a section's or an edition's name, as one word is. Three
    words or more spell out a site's own name more often ("indian-express-develop")."""
    parts = label.split("-")
    return len(parts) <= 2 and all(counts.get(part, 0) >= _COMMON for part in parts)


_YEARS = re.compile(r"(?:19|20)\d\d(?:-(?:19|20)\d\d)?")


_SERVER = re.compile(r"[a-z]+-[a-z]*\d[a-z\d]*|www\d+")
"""A sub-domain that names one of a site's servers, a word and a numbered machine joined by a
hyphen ("www-ix7.dailymotion.com", "dev-v4.freemalaysiatoday.com") or a numbered web server
("www1.", "www2."): no site of its own."""


def _as_cited(address: str) -> str:
    """An address as a name, each word of its first label capitalised ("news-pravda.com":
    News-Pravda.com; "zakhas.com": Zakhas.com); a language's code after a hyphen names an
    edition, no word, and stays as written ("freenews-en.tk": Freenews-en.tk)."""
    first, _, rest = ".".join(_unicode_label(label) for label in address.split(".")).partition(".")
    parts = first.split("-")
    cited = [part if at and _language_code(part) else part[:1].upper() + part[1:] for at, part in enumerate(parts)]
    return "-".join(cited) + (f".{rest}" if rest else "")


def _unicode_label(label: str) -> str:
    """A label of an address as its readers write it: "xn--e1afmkfd" is "пример" (an address
    in Cyrillic travels in this ASCII form, which no reader would recognise as a name)."""
    if not label.startswith("xn--"):
        return label
    try:
        return label.encode("ascii").decode("idna")
    except UnicodeError:
        return label


def _language_code(part: str) -> bool:
    """Two letters that are a language's code in ISO 639-1 ("en", "ru")."""
    import pycountry  # imported here: few addresses need it

    return len(part) == 2 and part.isalpha() and pycountry.languages.get(alpha_2=part.lower()) is not None


def _is_host(name: str) -> bool:
    """A "site name" that is only the address ("news.bbc.co.uk"), written as addresses are, in
    lower case: one the site styles ("INQUIRER.net") is its name."""
    return " " not in name and "." in name and name == name.lower()


def site_of(url: str | None, rules: Rules) -> PublisherRule | None:
    """The publisher whose domain the address is on (the longest domain that fits)."""
    if not url:
        return None
    labels = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().split(".")
    for start in range(len(labels) - 1):
        rule = rules.domains.get(".".join(labels[start:]))
        if rule is not None:
            return rule
    return None


def _contracts(label: str, words: list[str]) -> bool:
    """The address's label runs together the start of each of a name's words, of two or more,
    one at least by more than its initial ("intoday": India Today)."""
    letters = [_letters(word) for word in words]
    if len(letters) < 2 or not all(letters) or len(label) < 4:
        return False

    def spells(rest: str, at: int) -> bool:
        if at == len(letters):
            return not rest
        return any(rest.startswith(letters[at][:cut]) and spells(rest[cut:], at + 1) for cut in range(1, len(letters[at]) + 1))

    return "".join(word[:1] for word in letters) != label and spells(label, 0)


_WEB_ADDRESS = re.compile(r"\s(?:[-–—|:]\s+)?(?:https?://|www\.)", re.IGNORECASE)


def _before_address(line: str) -> str:
    """A line cut where a web address begins: a page printed from a browser opens on the
    site's name and the page's whole address ("- example.hu - https://example.hu/story/ -"),
    and a name never holds an address."""
    found = _WEB_ADDRESS.search(line)
    return line[: found.start()] if found else line


def _masthead_for(url: str, article: Article) -> str | None:
    """A short line at the top or foot of the page that spells the site's name ("Turkish
    Minute" on turkishminute.com, "ITV News" on itv.com), cut where the name is spelled
    ("CFJC Today Kamloops" on cfjctoday.com: CFJC Today); or the agency a dateline names
    when the address begins with it ("MOSCOW (Sputnik) -" on sputnikglobe.com)."""
    label = _site_domain(_host(url)).split(".")[0]
    if len(label) < 3:
        return None
    html = article.html
    title = html.page_title if html and html.page_title else ""
    segments = re.split(r"\s+[|–—-]\s+", title)[1:] if title else []
    # A line may end in the site's name as a title does ("Trump invites Moon - alimosho guide").
    ends = [re.split(r"\s*[|–—-]\s+", line)[-1] for line in (*article.raw[:8], *article.raw[-8:])]
    # A copyright line: "© Daily Example 2023. All rights reserved."
    # The word "Copyright" beside the sign is no part of the name ("© Copyright Example Press").
    printed = [re.sub(r"©|\(c\)|\bcopyright\b|\b\d{4}\b|all rights reserved\.?", " ", line, flags=re.IGNORECASE).strip(" ,.")
               for line in (html.mastheads if html else ())]
    # A pasted page's copyright line, cut where its rights notice begins ("© Agenzia Nova -
    # Riproduzione riservata").
    printed += [re.split(r"\s+[|–—-]\s+", re.sub(r"©|\(c\)|\bcopyright\b|\b\d{4}\b", " ", line, flags=re.IGNORECASE).strip(" ,."))[0]
                for line in article.raw[-8:] if "©" in line]
    sitename = [html.sitename] if html and html.sitename else []
    own = _own_name(_letters(label), (*segments, *sitename, *printed, *ends))
    if own:
        return own
    for line in (*segments, *printed):
        # The long name whose initials the address spells ("China Radio International" on
        # cri.cn), where the page prints it beside its short one.
        words = line.split()
        if len(words) >= 3 and "".join(_letters(word)[:1] for word in words) == label or _contracts(label, words):
            return line.strip()
    # The page naming itself as a story's source in its metadata block ("Source: SBS News").
    sourced = [match.group(1).strip() for piece in (html.stamps if html else ()) if (match := _SOURCE_TAG.match(piece))]
    for line in (*article.raw[:8], *article.raw[-8:], *segments, *ends, *printed, *sourced):
        # An agency's sign-off keeps its brackets ("(ITALPRESS)."): they are no part of the name.
        name = re.split(r"\s+[»|>]\s+|\s{2,}", _before_address(line).strip())[0].strip(" /|»>·:-–—").strip("()[].")
        words = name.split()
        if not name or len(words) > 4 or not _letters(name).startswith(label) or _only_spells(name, label):
            continue
        if _is_host(name) and _letters(name.split(".")[0]) == label and _words_of(label):
            # The address written out ("tamilflashnews.com"), no name the site styles: the
            # words it runs together name the site better (Tamil Flash News).
            continue
        # The longest run of words that spells the label, "News" and all: "ITV News" on itv.com.
        spelled = [" ".join(words[:n]) for n in range(1, len(words) + 1)
                   if _letters(" ".join(words[:n])) in (label, label + "news")]
        name = spelled[-1] if spelled else name
        if (name.isupper() or name.islower()) and len(_letters(name)) > 4:
            # Styled in one case, written as a title is; an address as addresses are cited
            # ("odvt.org": Odvt.org, not Odvt.Org).
            return _as_cited(name.lower()) if _is_host(name.lower()) else name if name.isupper() and _call_letters(name) else name.title()
        return name
    for line in article.lines[:8]:
        match = _AGENCY_DATELINE.match(line)
        agency = match.group(1).split(",")[0].strip() if match else ""
        if len(_letters(agency)) >= 4 and label.startswith(_letters(agency)):
            return agency
        # A site naming itself in its dateline, as an agency does in brackets ("Jakarta,
        # Suarabersama – ..." on suarabersama.com).
        named = _SITE_DATELINE.match(line)
        if named and _letters(named.group(1)) == label:
            return named.group(1)
        # A site opening its text with its own name in brackets, as an agency signs its wire
        # ("(Example24) - ..." on example24.it), with no city before it.
        bracketed = _BRACKETED_OPENING.match(line)
        if bracketed and _letters(bracketed.group(1)) == label:
            return bracketed.group(1)
    for line in printed:
        # A logo's or a copyright line's name that the address shortens ("Adresseavisen" on
        # adressa.no): the two begin alike.
        shortened = len(os.path.commonprefix([_letters(line), label])) >= 5
        if 1 <= len(line.split()) <= 4 and shortened and not _is_host(line) and not _only_spells(line, label):
            return line
    # The name as the site styles it, in a line at the top or the foot of the text ("APP -
    # UrduPoint / Pakistan Point News" on urdupoint.com), or a logo in lower case that spells
    # the address (the last resort: "7kanal" on 7kanal.co.il, where the address's words are no
    # words in common use).
    return _own_name(_letters(label), (*article.raw[:8], *article.raw[-8:]), within=True) or (
        None if _words_of(label) else next((line for line in printed if _letters(line) == _letters(label)), None)
    )


def _only_spells(name: str, label: str) -> bool:
    """A name that only spells the address's label, in lower case ("blogbookworld"): the
    address itself, not a name the site styles."""
    return " " not in name and name.islower() and _letters(name) == _letters(label)


def _own_name(label: str, lines: Iterable[str], within: bool = False) -> str | None:
    """The name a site gives itself that its address spells: a title's last part, a site
    name, a logo or a copyright line whose words' letters (case, accents, spaces and
    punctuation aside) are the address's label ("The Times of Israel" on timesofisrael.com)
    or end with it, a longer name ("Trierischer Volksfreund" on volksfreund.de); `within`: a
    run of words inside a longer line that spells it, styled as a name ("UrduPoint"). The
    page's own casing is kept, but a name in capitals alone is a logo's styling ("THE TIMES
    OF ISRAEL"), taken only where the page writes the name no other way. A name in lower case
    that only spells the address ("blogbookworld") is none: the address says as much."""
    found: list[str] = []
    for line in lines:
        words = [word.strip("()[],;:").rstrip(".)") for word in re.sub(r"\s[|–—•/-]\s", " | ", f" {line} ").split()]
        runs = (
            [words[start:end] for start in range(len(words)) for end in range(start + 1, min(len(words), start + 5) + 1)]
            if within else [words] if len(words) <= 5 else []
        )
        for run in runs:
            if "|" in run:
                continue
            name = " ".join(run)
            if re.search(r"[^\W\d_]", name) and not re.search(r"[A-Za-z\u00c0-\u024f]", name):
                name = anyascii(name).replace("'", "")  # "Новостной" on novostnoy.ru: Novostnoy, as the address spells it
            letters = _letters(name)
            # A longer name ends with the address's words after capitalised words of its own.
            longer = not within and any(
                _letters(" ".join(run[k:])) == label and all(word[:1].isupper() and word.isalpha() for word in run[:k])
                for k in range(1, len(run))
            )
            if letters != label and not longer:
                continue
            if name.islower() or _is_host(name) or (within and not re.search(r"[a-z][A-Z]|[A-Z]{2}", name)):
                continue
            found.append(name)
    styled = [name for name in found if not name.isupper()]
    if styled:
        return styled[0]
    if not found:
        return None
    return found[0] if _call_letters(found[0]) else _title_case(found[0])


def _call_letters(name: str) -> bool:
    """A name printed in capitals that is call letters, kept as printed: a short one ("UNN"),
    or one word that spells no words in common use and has too few vowels to be read as one
    (at most one letter in three: "BFMTV", "MENAFN"), for the reader knows the site by its
    letters; capitals that spell words ("THE TIMES OF ISRAEL", "REPORT") or a name read as a
    word ("NAAJU") are a logo's styling, written as a title is."""
    letters = _letters(name)
    unspoken = 3 * len(re.findall("[aeiouy]", letters)) <= len(letters)
    # A name ending in a word in common use of five letters or more ("ITALPRESS") is read as words.
    spoken_end = any(_word_counts().get(letters[cut:], 0) >= _COMMON for cut in range(1, len(letters) - 4))
    return len(letters) <= 4 or (
        " " not in name.strip() and unspoken and not spoken_end and _word_counts().get(letters, 0) < _COMMON and not _words_of(letters)
    )


_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "de", "da", "do", "la", "le", "di", "del", "des", "em", "e", "y"}


def _title_case(name: str) -> str:
    """A name written in capitals as a title is written ("THE TIMES OF ISRAEL": The Times of Israel)."""
    words = name.lower().split()
    return " ".join(word if at and word in _SMALL_WORDS else word.capitalize() for at, word in enumerate(words))


def _letters(text: str) -> str:
    """A name's letters and digits as an address spells them ("Notícias ao Minuto": noticiasaominuto)."""
    plain = "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))
    return re.sub(r"[^0-9a-z]", "", plain.lower())


_COMMON = 1_000_000
"""A word in common use: seen at least this often in wordsegment's counts, about once in a
million words of English web text."""


_EVERYDAY = 50_000_000
"""A word in everyday use: seen about once in twenty thousand words ("tv", "uk", not "bg")."""


_KNOWN_NAME = 100_000
"""A name the counts know well: seen about once in ten million words."""


def _words_of(label: str) -> str | None:
    """The words an address's label runs together, when each is a word in common use
    ("blastingnews": Blasting News; "160organisation": 160 Organisation; "newshour": News
    Hour); None where any is
    not, as in a name of the site's own coining ("cfjctoday" splits as "cf jc today",
    "zakhas" as "zak has")."""
    import wordsegment  # loaded by _word_counts

    counts = _word_counts()
    segments: list[str] = wordsegment.segment(label)
    short = [word for word in segments if len(word) <= 3]

    def common(word: str) -> bool:
        # A word has a vowel: "mgr" in "mgronline" is an abbreviation, frequent as it is. A
        # rarer word of three letters beside another short one is more often a syllable of a
        # coined name or of another language's word ("fur kan", "tsa him"); beside longer
        # words alone it is taken ("rus reality": Rus Reality).
        if len(word) == 3 and not word.isdigit() and not everyday(word) and len(short) > 1:
            return False
        return word.isdigit() or (len(word) >= 3 and counts.get(word, 0) >= _COMMON and bool(re.search("[aeiouy]", word)))

    def everyday(word: str) -> bool:
        return bool(re.search("[aeiouy]", word)) and counts.get(word, 0) >= _EVERYDAY

    def misspelt(word: str) -> bool:
        # A common word with one letter dropped ("magzines").
        return any(common(word[:at] + letter + word[at:]) for at in range(len(word) + 1) for letter in string.ascii_lowercase)

    def parts(word: str) -> list[str]:
        # A segment that is a name of its own in the counts ("newshour", "worldstream") may
        # still run two common words together; halves of three letters are more often a
        # well-known name's syllables ("deccan" is no "dec can") or a word misspelt
        # ("magzines" is no "mag zines"), but a name the counts know a little runs words
        # ("bluewin": Blue Win).
        if common(word):
            return [word]
        shortest = 3 if 0 < counts.get(word, 0) < _KNOWN_NAME and not misspelt(word) else 4
        halves = [[word[:at], word[at:]] for at in range(shortest, len(word) - shortest + 1)]
        # A half of three letters is a word only in everyday use ("win"), not a syllable the
        # counts know a little ("interia" is no "inte ria").
        return next((pair for pair in halves if all(everyday(half) if len(half) == 3 else common(half) for half in pair)), [word])

    def abbreviation(word: str) -> bool:
        # Two letters without a vowel that are in common use ("tv" in "indiatv") are an
        # abbreviation, written in capitals: India TV.
        return len(word) == 2 and not re.search("[aeiouy]", word) and counts.get(word, 0) >= _EVERYDAY

    def known(word: str) -> bool:
        # A place or a name the counts know well ("deccan", "berwick") is a word of a masthead
        # run together; an address that spells its words apart ("news-pravda") is cited as it is.
        return common(word) or abbreviation(word) or ("-" not in label and len(word) >= 5 and counts.get(word, 0) >= _KNOWN_NAME)

    words = [part for word in segments for part in parts(word)]

    def linking(at: int) -> bool:
        # A word of two letters in everyday use ("up", "on", "in") between two longer words in
        # common use is a word of the name ("liveuptoday": Live Up Today), not a syllable of a
        # coined one, which would leave a fragment beside it ("cf jc today").
        word = words[at]
        return (len(word) == 2 and everyday(word) and 0 < at < len(words) - 1
                and all(len(side) >= 4 and common(side) for side in (words[at - 1], words[at + 1])))

    # The article "a" opening a name is a word of it, as "the" is ("anews": A News); so is a
    # possessive, its like ("mydailyreport": My Daily Report): a word before the name's own.
    rest = words[1:] if len(words) > 1 and words[0] in ("a", *_OPENING_DETERMINERS) else words
    offset = len(words) - len(rest)
    if len(words) < 2 or not all(known(word) or linking(offset + at) for at, word in enumerate(rest)) or not any(map(common, rest)):
        return None
    # A digit between two words is a pun in the name ("open4business": Open4Business), not a word apart.
    named = " ".join(
        word.upper() if abbreviation(word) else word if at and word in _SMALL_WORDS else word.capitalize()
        for at, word in enumerate(words)
    )
    return re.sub(r"(?<=[a-z]) (\d) (?=[A-Z])", r"\1", named)


_OPENING_DETERMINERS = ("my", "our", "your")
"""Words that open a name before its own words, as an article does ("My Daily Report")."""


def _place_name(label: str, places: PhraseSet) -> bool:
    """An address's label that is a place's name: one the gazetteer lists ("china.org.cn"),
    or a land whose part the gazetteer lists after a point of the compass ("korea" of South
    Korea, "africa" of South Africa), a region's name though no country's."""
    return bool(places.find(label)) or any(f"{point} {label}" in places for point in _COMPASS_POINTS)


_COMPASS_POINTS = ("north", "south", "east", "west")


_GOVERNMENT = re.compile(r"\.(?:gov|gob|gouv|go|govt)\.[a-z]{2}$")
"""A domain under a country's government suffix ("president.gov.by", "mid.gov.kz"): its
label names an office or a ministry, not a masthead."""


def _cited_with_words(address: str, language: str | None) -> str:
    """An address as sites are cited (`_as_cited`), where a word in common use, in English or
    in the page's language, that follows a hyphen keeps its lower case, as the address writes
    it ("hm-news.co.il": Hm-news.co.il; "saarbruecker-zeitung.de" on a page in German:
    Saarbruecker-zeitung.de); a name keeps its capital ("news-pravda.com": News-Pravda.com).
    A part the counts know neither as a word nor as a name (an abbreviation, a coined or a
    compound word: "bb-cntv.com") is the address as written: only its first letter is
    capitalised (Bb-cntv.com), as "zakhas.com" is cited Zakhas.com."""
    cited = _as_cited(address)
    first, dot, rest = cited.partition(".")
    parts = first.split("-")
    if len(parts) < 2:
        return cited
    lexicon = _lexicon(language) if language else {}
    # A name after Arabic's article keeps its capital, as it is written ("al-masdar.net": Al-Masdar.net).
    kept = [
        part.lower() if at and not _known_name(part, lexicon) and parts[at - 1].lower() not in _ARABIC_ARTICLES else part
        for at, part in enumerate(parts)
    ]
    return "-".join(kept) + dot + rest


_ARABIC_ARTICLES = {"al", "el"}
"""Arabic's article, written before a name with a hyphen in Latin letters."""


def _known_name(part: str, lexicon: dict[str, tuple[str, float]]) -> bool:
    """A part of an address after a hyphen that is a name the counts know well ("pravda"), and
    no word in common use in English or in the page's language: the one part that keeps a
    capital, for a name is written with one."""
    count = _word_counts().get(part.lower(), 0)
    return _KNOWN_NAME <= count < _COMMON and _letters(part) not in lexicon


_MIRRORED = re.compile(r"/(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/")
"""A path that opens on another site's address ("/www.afr.com/politics/..."): a mirror's."""


def _section_in_language(own: str, site: str, language: str | None) -> bool:
    """The sub-domains before a site are a section's words in the page's language, not a site
    of its own ("maailm.postimees.ee" on a page in Estonian, "spravy.pravda.sk" in Slovak):
    each is a word in common use there of four letters or more."""
    labels = own[: -len(site)].rstrip(".").split(".")
    lexicon = _lexicon(language) if language else {}
    return all(len(label) >= 4 and label in lexicon and lexicon[label][1] >= _NAME_FREQUENCY for label in labels)


def _sub_site_name(own: str, language: str | None, places: PhraseSet) -> str | None:
    """The name a site of its own on another's domain has from the words its sub-domain runs
    together, in English or in the page's language ("asiangazette.blogspot.com": Asian
    Gazette; "oglobo.globo.com" in Portuguese: O Globo); None where they are no such words
    or a place's name, and the site is cited by its address."""
    label = own.split(".")[0]
    if not label.isalpha() or _place_name(label, places):
        return None
    return _words_of(label) or _words_in_language(label, language, places)


def _hyphenated_words(label: str, language: str | None) -> str | None:
    """An address that spells a name's words apart, each a word in common use in English or
    in the page's language ("prensa-latina.cu" on a page in Spanish: Prensa Latina;
    "easy-to-read.eu": Easy to Read), the words spelled as that language spells them; None
    where any part is no such word ("hm-news", "sofies-welt": the address is cited)."""
    parts = label.split("-")
    if len(parts) < 2 or not all(part.isalpha() for part in parts):
        return None
    counts = _word_counts()
    lexicon = _lexicon(language) if language else {}
    words: list[str] = []
    for at, part in enumerate(parts):
        if 0 < at < len(parts) - 1 and part in _SMALL_WORDS:  # "to" in "easy-to-read": Easy to Read
            words.append(part)
        elif len(part) >= 4 and counts.get(part, 0) >= _COMMON and re.search("[aeiouy]", part):
            words.append(part.capitalize())
        elif len(part) >= 4 and part in lexicon and lexicon[part][1] >= _NAME_FREQUENCY:
            spelled = lexicon[part][0]
            words.append(spelled[:1].upper() + spelled[1:])
        else:
            return None
    return " ".join(words)


def _one_word(label: str) -> str | None:
    """An address's label that is one English word in common use ("report", "stern"): the
    site's name, as its masthead prints it (Report). A short one ("ynet", "lci") is more
    often an abbreviation, and a rarer one a name of the site's coining ("soyuz"), both
    cited as the address."""
    counts = _word_counts()
    if len(label) >= 5 and label.isalpha() and counts.get(label, 0) >= _COMMON and re.search("[aeiouy]", label):
        return label.capitalize()
    return None


def _page_language(article: Article, rules: Rules) -> str | None:
    """The code of the language a page not in English is written in ("es"): the one it
    declares, else the glossary's best reading of its words; None for a page in English."""
    if foreign_language(article) is None:
        return None
    declared = article.html.language if article.html else None
    code = (declared or "").split("-")[0].lower() or rules.glossary.language_of(article.lines, None) or ""
    return _WORDFREQ_LANGUAGE.get(code, code) or None


_WORDFREQ_LANGUAGE = {"no": "nb", "nn": "nb", "sr": "sh", "bs": "sh", "hr": "sh", "tl": "fil"}
"""The glossary's or a page's codes for the languages wordfreq lists under another."""


_COMMON_FREQUENCY = 1e-6
"""A word in common use in a language: about once in a million words, as `_COMMON` is for English."""


@functools.cache
def _lexicon(language: str) -> dict[str, tuple[str, float]]:
    """A language's words in common use, keyed by their letters as an address spells them
    ("dia": ("día", its frequency)), the most frequent word where two spell alike; empty for a
    language wordfreq does not list."""
    import wordfreq  # imported here: its word lists load slowly, and only pages in other languages need one

    words: dict[str, tuple[str, float]] = {}
    if language in wordfreq.available_languages("small") and language not in _UNREAD_LEXICONS:
        frequencies = wordfreq.get_frequency_dict(language, "small")
        for word, frequency in sorted(frequencies.items(), key=lambda item: -item[1]):
            if frequency < _COMMON_FREQUENCY:
                break
            if word.isalpha():
                words.setdefault(_letters(word), (word, frequency))
    return words


_UNREAD_LEXICONS = {"id", "ms"}
"""Languages whose lists are not read for a site's words: Indonesian's and Malay's count
clipped words and sites' own names among their words in common use ("indo", "okezone"),
and split a site's coined name as readily as they find its words."""


_FUNCTION_FREQUENCY = 1e-3
"""A language's short words that join a name's words ("de", "la", "do", "il"): seen about
once in a thousand words."""


_EVERYDAY_FREQUENCY = 1e-5
"""A word of three letters in a name ("día", "voz"): one in everyday use, seen about once in
a hundred thousand words, not a syllable the lists know a little."""


_NAME_FREQUENCY = 2e-6
"""A longer word in a name: one in common use, seen about once in half a million words; rarer
"words" in a language's lists are more often names of sites or places ("okezone")."""


def _words_in_language(label: str, language: str | None, places: PhraseSet) -> str | None:
    """The words of `language` in common use that an address's label runs together, spelled
    as the language spells them ("lanacion" in Spanish: La Nación; "jornaldocomercio" in
    Portuguese: Jornal do Comércio), the likeliest run of them; a label that is one such word
    of five letters or more is that word ("libertatea": Libertatea). A word of one or two
    letters is an article or a preposition, frequent as they are, and none ends the name (one
    letter only opens it: "atarde": A Tarde); a word of three letters is one in everyday
    use ("día"). None where no such words cover the label, or for no language."""
    if not language or not label.isalpha():
        return None
    lexicon = _lexicon(language)
    if not lexicon:
        return None

    def fits(piece: str, start: int, end: int) -> bool:
        frequency = lexicon[piece][1]
        if not re.search("[aeiouy]", piece) or places.find(piece):
            # No word without a vowel ("l'" is no "l"); a country's name is no word in common use.
            return False
        if len(piece) <= 2:
            return (start == 0 or len(piece) == 2) and end < len(label) and frequency >= _FUNCTION_FREQUENCY
        return frequency >= (_EVERYDAY_FREQUENCY if len(piece) == 3 else _NAME_FREQUENCY)

    # best[i]: the likeliest words (the greatest product of their frequencies) that spell label[:i].
    best: list[tuple[float, list[str]] | None] = [(0.0, [])] + [None] * len(label)
    for end in range(1, len(label) + 1):
        for start in range(end):
            before, piece = best[start], label[start:end]
            if before is None or piece not in lexicon or not fits(piece, start, end):
                continue
            score = before[0] + math.log(lexicon[piece][1])
            if best[end] is None or score > best[end][0]:  # type: ignore[index]
                best[end] = (score, [*before[1], lexicon[piece][0]])
    found = best[-1]
    if found is None or (len(found[1]) == 1 and len(label) < 5):
        return None
    words = found[1]
    return " ".join(word if at and word in _SMALL_WORDS else word[:1].upper() + word[1:] for at, word in enumerate(words))


_WEEKDAY_STAMP = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*\((\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\)", re.IGNORECASE
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_stamp(line: str) -> PartialDate | None:
    """The day a report names as its own, a weekday and the date in brackets ("Saturday
    (8/9/2018)"), in whichever order, day or month first, falls on that weekday; None where
    neither or both do."""
    match = _WEEKDAY_STAMP.search(line)
    if match is None:
        return None
    weekday, first, second, year = match.group(1).lower(), int(match.group(2)), int(match.group(3)), int(match.group(4))
    readings = set()
    for day, month in ((first, second), (second, first)):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.weekday() == _WEEKDAYS.index(weekday):
            readings.add(date)
    if len(readings) != 1:
        return None
    (date,) = readings
    return PartialDate(date.year, date.month, date.day)


_WEATHER = re.compile(r"^-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]$")
"""A header's temperature ("17.1 C", "23°C"), printed beside the day the page is read."""


_TODAY_WIDGET = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th),?|\d{1,2}(?:st|nd|rd|th)\s+[a-z]{3,9},?)\s+\d{4}$",
    re.IGNORECASE,
)
"""A site header's day, above the headline, a weekday first and the day an ordinal ("Sun. Sep
24th, 2023"): a clock's widget showing the day the page is read, not the article's date."""


def _address_headline(url: str | None) -> str | None:
    """The headline an address spells out ("/bundeskanzler-scholz-trifft-premierminister-
    modi-in-neu-delhi-112.html"), for a page that comes without its own: the last part of the
    path of four words or more, its number and file type left off."""
    for part in reversed(urlsplit(url or "").path.split("/")):
        words = re.split(r"[-_]+", re.sub(r"\.\w{2,5}$", "", part))
        while words and not words[-1].isalpha():
            words.pop()
        if sum(word.isalpha() for word in words) >= 4:
            headline = " ".join(words)
            return headline[0].upper() + headline[1:]
    return None


def _address_day_within(published: PartialDate | None, in_address: PartialDate) -> bool:
    """Whether the address's day refines the metadata's month: metadata that gives only a
    month ("2023-03"), or a month its reader filled with the first day, and an address that
    dates a day of that month (".../2023/03/26/..."). The address is then the page's day."""
    if published is None or published.month is None or in_address.day is None:
        return False
    filled = published.day == 1 and in_address.day != 1
    if published.day is not None and not filled:
        return False
    return PartialDate(published.year, published.month).contains(in_address)


def _source_credits(lines: list[str]) -> set[int]:
    """The lines that credit the report a page reprints or sums up, at its foot after its text
    ("Source: Xinhua, May 7, 2010"; "Source: O Globo March 18, 2021 10:38 UTC", the hour
    too): their date is the report's, which an aggregator takes up later, not the page's. A
    "Source:" line above the text or between its paragraphs is where the page prints its own
    stamp."""
    def paragraph(line: str) -> bool:
        return len(line.split()) > 25

    return {
        index for index, line in enumerate(lines)
        if _SOURCE_TAG.match(line)
        and any(map(paragraph, lines[:index])) and not any(map(paragraph, lines[index + 1 :]))
    }


def _credit_date(line: str, today: dt.date) -> PartialDate | None:
    found = parse_date_text(line)
    return found[0] if found and found[0].first_day() <= today else None


_MONTH_STAMP = re.compile(r"^(?:date\s*:?\s*)?((?:19|20)\d{2})-(0[1-9]|1[0-2])(?![\d/.:-])", re.IGNORECASE)


def _month_stamp(lines: list[str], today: dt.date) -> PartialDate | None:
    """The year and month of a stamp a page opens with, written year first with a hyphen and
    no day ("2022-05 Am Sitz der Regierung ..."): a year and a month and nothing else is how a
    date field prints a month; a sentence writes a month in words."""
    for line in lines:
        stamp = _MONTH_STAMP.match(line.strip())
        if stamp is not None:
            month = PartialDate(int(stamp.group(1)), int(stamp.group(2)))
            return month if month.first_day() <= today else None
    return None


_COPYRIGHT_YEAR = re.compile(r"(?<![\d.:/–-])((?:19|20)\d\d)(?![\d.:/–-])")
_COPYRIGHT_WORDS = re.compile(r"©|\(c\)|\bcopyrights?\b|\ball rights reserved\b|[\[\](),.|:;]", re.IGNORECASE)


def _copyright_year(lines: list[str], today: dt.date) -> PartialDate | None:
    """The year of a copyright notice at the foot of a page's text that names its holder
    ("Copyright 2021 Harbour Radio", "Copyright © Coastline Agency 2022"): the year the story
    was put out, which it claims the rights of. Not a span of years ("© 2001-2024"), the site's
    since its start; not a bare "(c) 2000" that names no holder, a template's; not a credit
    that gives a day ("© Jane Roe, 12 May 2018"), a photo's; not a sentence that speaks of
    copyright."""
    for line in reversed(lines):
        if len(line.split()) > 10 or not _RIGHTS_NOTICE.search(line) or parse_date_text(line) is not None:
            continue
        years = _COPYRIGHT_YEAR.findall(line)
        holder = _COPYRIGHT_YEAR.sub(" ", _COPYRIGHT_WORDS.sub(" ", line))
        if len(years) == 1 and re.search(r"[^\W\d_]{2}", holder) and int(years[0]) <= today.year:
            return PartialDate(int(years[0]))
    return None


def read_source(article: Article, rules: Rules, today: dt.date, *, url: str | None = None) -> SourceDraft:
    """The source entry as far as the page tells it; `url` is its address when the editor
    gives it. The date: the page's own (its metadata), else its address's, else a date line
    near the top that agrees with the address. A date line the address contradicts is the
    day the page was viewed or updated, not published."""
    notes: list[str] = []
    url = url or (article.html.url if article.html else None)
    in_address = date_in_address(url, today)
    lines = list(article.lines)
    used: set[int] = set()

    publisher, publisher_id, how = find_publisher(article, rules, url)
    # A byline pasted into the date or the masthead after it is read as the two lines it was.
    label = _site_domain(_host(url)).split(".")[0] if url else None
    glued_name: str | None = None
    glued_at = -1
    for index, line in enumerate(lines[:12]):
        glued = _glued_byline(line, label)
        if glued is not None:
            glued_name, glued_at = glued[0], index
            lines[index : index + 1] = list(glued)
            break
    title = None
    if article.html and article.html.title:
        title = article.html.title
        used.update(i for i, line in enumerate(lines) if line == title)
    else:
        # The first headline-like line that speaks of a leader, a place or a trip; a section
        # name ("Russian Politics & Diplomacy") speaks of none.
        # The last line after the text's paragraphs, with no stop in it, is where a stored text
        # stops mid-sentence ("... one of seven leaders invited to a dinner"), no headline.
        paragraphs = any(len(line.split()) > 25 for line in lines[:-1])
        cut_off = len(lines) - 1 if lines and paragraphs and not re.search(r"[.!?]", lines[-1]) else None
        candidates = [(index, line) for index, line in enumerate(lines[:12]) if _is_headline(line) and index != cut_off]
        # A browser title that ends in the site's name ("Moon - alimosho guide") is a tag line
        # when a headline of its own follows.
        own = [(index, line) for index, line in candidates if not _ends_in(line, publisher)]
        candidates = own or candidates
        topical = [
            (index, line)
            for index, line in candidates
            if rules.names.find(line) or rules.titles.find(line) or rules.places.find(line) or rules.trip.find(line)
        ]
        if topical or candidates:
            index, title = (topical or candidates)[0]
            used.add(index)
    from_address = _address_headline(url) if title is None else None
    if from_address is not None:
        title = from_address
        notes.append(f"the article has no headline; the title is its address's words, {title!r}: check it")
    elif title is None:
        notes.append("the article has no headline; the title is a placeholder")

    published: PartialDate | None = None
    clock = None
    if article.html and article.html.date:
        try:
            published = PartialDate.parse(article.html.date[:10])
        except ValueError:
            published = None
    if published is not None and article.html:
        # The metadata's reader takes a date the page prints with slashes ("12/4/2021") day
        # first; the page may show it is month first. Only that way round: a reading of the
        # metadata's own that the page prints otherwise is left alone.
        slashed = next((piece for piece in article.html.stamps if len(piece.split()) <= 3 and _SLASHED.search(piece)), None)
        if slashed is not None and published == _day_first(slashed):
            published = _slashed_order(slashed, published, lines, url)
    if in_address is not None and _address_day_within(published, in_address):
        published = in_address
    date_line: int | None = None
    headline_at = next((index for index, line in enumerate(lines) if line == title), None)
    captions = set(article.html.captions) if article.html else set()
    # A header's day beside its weather, wherever the headline is: the day the page was viewed.
    header_days = {index for index in range(len(lines)) if any(_WEATHER.match(near) for near in lines[index + 1 : index + 3])}
    credits = _source_credits(lines)
    for index, line in enumerate(lines[:12]):
        if headline_at is not None and index < headline_at and _TODAY_WIDGET.match(line):
            continue  # a site header's "Sun. Sep 24th, 2023": the day the page was viewed
        if index in header_days:
            used.add(index)
            continue
        if line in captions:
            continue  # a caption read as text dates its photo, not the page
        if index in credits:
            continue  # a reprint's credit after its text ("Source: Xinhua, May 7, 2010"): the report it took, not the page
        match = _DATE_LIKE.search(line)
        dateline = _DATELINE.match(line) or _DATED_AGENCY_LINE.match(line)
        stamped = _STAMPED_BYLINE.match(line)  # a byline and its date stamp, however long
        weekday = _weekday_stamp(line)
        titled = _TITLE_DATE.search(line)  # a browser title's last part: "Headline | News | DW | 07.06.2013"
        # A byline closing on its date stamp, however many it names ("by Jane Roe and the news
        # desk November 15, 2023 4:07 PM 1 min read").
        stamped = stamped or (_BYLINE.match(line) if match is not None and match.start() > 3 else None)
        # A long line's date is the page's only where the line shows it is: a stamp's, or the
        # day a dateline opens the text with.
        marked = match is not None and (_labelled_stamp(line, match) or _opening_day(line, match))
        if match is None or len(line.split()) > 12 and match.start() > 30 and not (dateline or stamped or weekday or titled or marked):
            continue
        if len(line.split()) > 12 and not (dateline or stamped or weekday or titled or marked) and _names_the_date(line, match):
            continue  # "Chile marks 11 September 1973 as ...": the story's date, not the page's
        # A dateline's own date, not one its sentence goes on to name ("Pyongyang, June 20
        # (KCNA) -- ... their first summit, on 25 April 2019").
        found = (weekday, None) if weekday else parse_date_text(dateline.group(0) if dateline and len(line.split()) > 12 else line)
        if not found or found[0].first_day() > today:
            continue
        if len(line.split()) <= 12 or stamped:
            used.add(index)  # a date line, not the article's text
        # A print line dates the page even where the metadata took the address's day before it.
        printed = _printed_after(line, found[0], in_address)
        if (published is None or printed and published == in_address) and (in_address is None or in_address.contains(found[0]) or printed):
            published, clock = found[0] if weekday else _slashed_order(line, found[0], lines, url), found[1]
            date_line = index
        break
    if published is None:
        # A browser title pasted above the headline, closing on the page's date, which the
        # cleaning dropped as a second copy of the headline.
        title_line = next((line for line in article.raw[:3] if _TITLE_DATE.search(line) and title and line.startswith(title)), None)
        found = parse_date_text(title_line[title_line.rindex(" ") :]) if title_line else None
        if found and found[0].first_day() <= today and (in_address is None or in_address.contains(found[0])):
            published = found[0]
    if published is None and in_address is not None and in_address.precision is DatePrecision.DAY:
        published = in_address
    if published is None and article.html and article.html.text_date:
        # The page's text (a byline's date), when the address does not contradict it.
        try:
            found_in_text = PartialDate.parse(article.html.text_date[:10])
        except ValueError:
            found_in_text = None
        credited = {date for index in credits for date in dates_written(lines[index])}
        if found_in_text is not None and found_in_text not in credited and (in_address is None or in_address.contains(found_in_text)):
            published = found_in_text
    if published is None and in_address is not None:
        # A month in the address; a date stamp at the foot ("(Xinhua 08/05/2001)") may give the
        # day: the reading (day or month first) that falls in that month.
        published = _foot_date([line for line in lines if line not in captions][-8:], in_address) or in_address

    month_day = None if published is not None else _year_less(
        [line for index, line in enumerate(lines) if line not in captions and index not in header_days | credits][:10]
    )
    if published is None:
        # A bare month stamp heading a pasted page ("2022-05", "date 2019-03"), run into its
        # first sentence or on a line of its own: the month the page was put out.
        published = _month_stamp(lines[:2], today)
    if published is None:
        # The story's own copyright notice at its foot ("Copyright 2021 NPR"), the one place
        # such a page prints its year; a site's footer is furniture the extractor drops.
        published = _copyright_year([line for line in article.raw[-8:] if line not in captions], today)

    agencies = {normal(tag) for rule in rules.publishers for tag in (rule.name, *rule.tags)}
    author = _person(article.html.author) if article.html and article.html.author else None
    if author and normal(author) in agencies:
        author = None  # the page's author field names the agency it reprints
    for index, line in enumerate(lines):
        if author:
            break
        byline = _BYLINE.match(line)
        initials = _INITIALS.match(line)
        stamped = _STAMPED_BYLINE.match(line)
        if stamped and _TWEET_SIGNATURE.match(line):
            continue
        if stamped and _DATE_LIKE.search(stamped.group(2)) and (person := _person(stamped.group(1))) is not None:
            # Not a place ("New Delhi Published: ...") nor an agency.
            is_person = not rules.places.find(person) and not rules.names.find(person) and normal(person) not in agencies
            author = person if is_person else None
            used.add(index)
        elif byline and (len(line.split()) <= 8 or _DATE_LIKE.search(line)):
            # A long byline is one when the page's date stamp closes it ("by Jane Roe and the
            # news desk November 15, 2023 4:07 PM"); otherwise it is a sentence opening on "By".
            author = _person(byline.group(1) or byline.group(2))
            used.add(index)
            if author and normal(author) in agencies:
                author = None  # "By AFP": the agency, no person
                break
        elif initials:
            # "dpa/est": the agency and its editor's initials sign the wire copy; no author. A
            # writer's initials come with the sources drawn on ("jr/sgb (AFP, Reuters)"); bare
            # letters at the foot ("mem/nvo") are the desk's sign-off, no author either.
            agency = normal(initials.group(1).split("/")[0]) in agencies
            author = None if agency or not initials.group(2) else initials.group(1)
            used.add(index)

    if author is None:
        # A bare name next to the date line, as many sites print the byline.
        for index in range(len(lines[:10])):
            near = date_line is not None and abs(index - date_line) == 1
            # A field's label ("- Country:") is no name.
            person = _person(lines[index]) if index not in used and near and not lines[index].endswith(":") else None
            if person and 2 <= len(lines[index].split()) <= 4:
                # "Justin McCurry in Tokyo": the place is where the reporter is, not the name.
                tags = {normal(tag) for rule in rules.publishers for tag in (rule.name, *rule.tags)}
                # The site's own name printed beside its date ("Magyar Nemzet", "2026. 01. 09."):
                # the publisher, no byline.
                tags.add(normal(publisher or "-"))
                if not rules.names.find(person) and not rules.places.find(person) and normal(person) not in tags:
                    author = person
                    used.add(index)
                    break

    if author is None:
        # A news agency's correspondent in its dateline ("БИШКЕК, 19 ноября. /Корр. РИА
        # "Новости" Юлия Орлова/."), or a reporter's note at the foot ("Jane Roe is a national
        # political correspondent for The Daily Example").
        for line in (*lines[:3], *article.raw[-10:]):
            signed = _AGENCY_CORRESPONDENT.search(line) or _REPORTER_NOTE.match(line) or _MORE_FROM.match(line)
            # "More from Reuters", "More from Moscow": an agency or a place, no author.
            if signed and not rules.names.find(signed.group(1)) and not rules.places.find(signed.group(1)) and normal(signed.group(1)) not in agencies:
                author = signed.group(1)
                break

    if author is None and glued_name is not None:
        # The name run into the page's date or its masthead: the byline, as it is printed.
        author = _person(glued_name)
        used.add(glued_at)
    if author is None and article.html:
        author = _stamped_byline(article.html.stamps, rules, agencies)
    if author is not None:
        author = _without_agency(author, agencies)

    if publisher is None:
        notes.append("no publisher found (give the page's address, or add its masthead to publishers in content/ingest-cues.yaml)")
    elif how == "page":
        notes.append(f"publisher {publisher!r} is the page's site name")
    elif how == "host":
        notes.append(f"publisher {publisher!r} is the page's address (add the site to content/publishers.yaml)")

    body = tuple(
        _without_dateline(line)
        for index, line in enumerate(lines)
        if index not in used and normal(line) != normal(publisher or "-")
    )
    return SourceDraft(
        title=title,
        title_from_address=from_address is not None,
        reported=next(filter(None, (_credit_date(lines[index], today) for index in sorted(credits))), None),
        publisher=publisher,
        publisher_id=publisher_id,
        published=published,
        time=clock,
        author=author,
        url=url,
        month_day=month_day,
        dateline=_dateline_place(lines[:12], rules),
        filed_from=_filed_from(lines[:12], rules),
        opened_from=_opened_from(lines[:12], rules),
        body=body,
        notes=tuple(notes),
    )


_STAMP_LABEL = re.compile(r"(?:^|\s)(?:입력|등록|published|posted)\s*:?\s*$", re.IGNORECASE)
"""The label a page's date stamp opens with: Korean sites' "입력" (entered), "Published:"."""
_CLOCK_NEXT = re.compile(r"^[,.]?\s*\(?\d{1,2}:\d{2}")
_OPENING_DATELINE = re.compile(
    r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*(?:,\s+[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})?\s*[-–—:]\s+((?:[\w'-]+,?\s+){0,3})$"
)
_WEEKDAY_WORD = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


_LEAD_WORDS = frozenset(
    "on this that today tonight yesterday early late morning afternoon evening night of the at"
    " published posted updated modified last date dated".split()
)
"""The words a lead may open its date with ("On 23 August 2023, ...", "This afternoon, 7 August
2025, ..."), which date the story as the page's day."""


def _names_the_date(line: str, match: re.Match[str]) -> bool:
    """A sentence whose subject and verb come before its date ("Chile marks 11 September 1973
    as ..."): the date is what the sentence is about, never the day the page was published. A
    lead's opening before a date is a place and its separator, a bracket, or only the words a
    lead opens with; a word of the sentence's own, in lower case, before the date is neither.
    A date followed by its clock time is a stamp run on after a headline, not a sentence's."""
    before = line[: match.start()]
    if _CLOCK_NEXT.match(line[match.end() :]) or re.search(r"[:|()\[\]•\d–—-]", before):
        return False
    words = re.findall(r"[^\W\d_]+", before)
    return any(word[0].islower() and word.lower() not in _LEAD_WORDS and not _WEEKDAY_WORD.fullmatch(word) for word in words)


def _labelled_stamp(line: str, match: re.Match[str]) -> bool:
    """A date stamp run on to another line, as a pasted header runs the headline, the
    programme and the stamps together ("... News Today 입력 2022.03.04 (15:15) 수정 ..."): the
    date follows a stamp's label and is followed by its clock time, as no sentence's is."""
    return bool(_STAMP_LABEL.search(line[: match.start()]) and _CLOCK_NEXT.match(line[match.end() :]))


def _opening_day(line: str, match: re.Match[str]) -> bool:
    """The day a text's dateline opens it with: the place (a site's name before it), a dash
    or a colon, then the date, alone or after its weekday and time of day ("Jakarta - on
    Wednesday morning, 22 October 2025, ..."); a date after other words ("on 6 August 1945")
    is one the text goes on to name."""
    opening = _OPENING_DATELINE.match(line[: match.start()])
    if opening is None:
        return False
    between = opening.group(1).strip()
    return not between or bool(_WEEKDAY_WORD.search(between))


_TITLE_DATE = re.compile(r"\s[|–—]\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})\s*$")
"""A date closing a title line after its separator, as a page's browser title carries it
("France's Hollande lauds Abe on Tokyo trip | News | DW | 07.06.2013")."""


_PRINT_PAGE = re.compile(r"^\s*[;,]\s*(?:p(?:age|\.)?\s*)?[A-Z]{0,2}\d{1,3}\s*$", re.IGNORECASE)
"""What follows the date on a newspaper's print line: its page ("Friday, March 19, 2010; A10")."""


def _day_first(piece: str) -> PartialDate | None:
    """A slashed date ("12/4/2021") read day first, as the metadata's reader reads it."""
    match = _SLASHED.search(piece)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return PartialDate(year, month, day)


def _printed_after(line: str, found: PartialDate, in_address: PartialDate | None) -> bool:
    """A print edition's date line ("Friday, March 19, 2010; A10") dates the page as printed:
    the morning after the day the site filed it under, which its address may carry."""
    match = _DATE_LIKE.search(line)
    if match is None or in_address is None or in_address.day is None or found.day is None:
        return False
    return bool(_PRINT_PAGE.match(line[match.end() :])) and found.first_day() - in_address.first_day() == dt.timedelta(days=1)


_GLUED_BYLINE = re.compile(r"^((?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]{2,})([A-Z].*)$")
"""A writer's name run into what the page prints after it, the two blocks of the byline pasted
without a space between them ("Jane RoeFebruary 27, 2008", "Jane RoeThe Daily Example")."""


def _glued_byline(line: str, label: str | None) -> tuple[str, str] | None:
    """(name, rest) for a line that runs a writer's name into the page's date or into the site's
    name, where `label` is the site's address's first label ("thedailyexample"); None for any
    other line, a name styled with a capital inside it ("Jane McRoe") among them."""
    glued = _GLUED_BYLINE.match(line)
    if glued is None:
        return None
    name, rest = glued.groups()
    dated = _DATE_LIKE.match(rest) is not None
    masthead = label is not None and len(label) >= 4 and _letters(rest).startswith(label)
    return (name, rest) if dated or masthead else None


def _without_agency(author: str, agencies: set[str]) -> str:
    """The name of a byline that prints the reporter's agency after it ("Jane Roe
    Associated Press", the two on lines of their own run together)."""
    words = author.split()
    for cut in range(1, len(words)):
        if normal(" ".join(words[cut:])) in agencies:
            return " ".join(words[:cut])
    return author


def _stamped_byline(stamps: tuple[str, ...], rules: Rules, agencies: set[str]) -> str | None:
    """A byline in the page's metadata block, which the extractor drops: "By Jane Roe" next
    to the date stamp ("Published 2 July 2022 at 6:50pm"), as a byline stands beside it."""
    for index, piece in enumerate(stamps):
        byline = _BYLINE.match(piece)
        near = stamps[max(index - 1, 0) : index] + stamps[index + 1 : index + 2]
        if not byline or len(piece.split()) > 8 or not any(_DATE_LIKE.search(other) for other in near):
            continue
        person = _person(byline.group(1) or byline.group(2))
        if person and not rules.names.find(person) and not rules.places.find(person) and normal(person) not in agencies:
            return person
    return None


def _ends_in(line: str, name: str | None) -> bool:
    """`line` ends in the site's name after a separator, as a browser title does."""
    parts = re.split(r"\s*[|–—-]\s+", line)
    return name is not None and len(parts) > 1 and normal(parts[-1]) == normal(name)


def _foot_date(lines: list[str], month: PartialDate) -> PartialDate | None:
    for line in lines:
        numeric = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", line)
        if numeric:
            first, second, year = (int(part) for part in numeric.groups())
            readings = {(year, first, second), (year, second, first)}
        else:
            found = parse_date_text(line)
            readings = {(found[0].year, found[0].month or 0, found[0].day or 0)} if found else set()
        for year, month_number, day in sorted(readings):
            try:
                date = PartialDate(year, month_number, day)
                date.first_day()
            except (ValueError, TypeError):
                continue
            if month.contains(date):
                return date
    return None


def _without_dateline(line: str) -> str:
    """"Moscow, Aug. 19 (Yonhap) -- North Korean ..." -> "North Korean ..."."""
    for pattern in (_DATELINE, _DATED_AGENCY_LINE, _AGENCY_DATELINE):
        match = pattern.match(line)
        if match:
            return line[match.end() :].strip()
    return line


_MONTH_DAY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})(?![\w])|\b({_MONTH})\s+(\d{{1,2}})\b", re.IGNORECASE)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _year_less(lines: list[str]) -> tuple[int, int] | None:
    """Month and day from a short date line or a dateline that leaves the year out."""
    for line in lines:
        if len(line.split()) > 12 and not (_DATELINE.match(line) or _AGENCY_DATELINE.match(line) or "/" in line[:40]):
            continue
        match = _MONTH_DAY.search(line[:60])
        if match:
            day, month = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
            if 1 <= int(day) <= 31:
                return _MONTHS.index(month.lower()[:3]) + 1, int(day)
    return None


def _dateline_place(lines: list[str], rules: Rules) -> Place | None:
    """A city alone on a line by the headline, where official sites put the event's place.

    An agency dateline ("MOSCOW (Reuters) -") names the bureau, not the event, so it is not used.
    """
    for line in lines:
        hits = rules.places.find(line)
        if hits and hits[0].value.city and normal(line) == normal(line[hits[0].start : hits[0].end]):
            place: Place = hits[0].value
            return place
    return None


_CITY_DASH = re.compile(r"\s*(?:[-–—]{1,2}\s|\.[-–—]\s*)")
"""What closes a dateline that names a city and no agency: a dash ("Beijing — Xi met ...") or
the full stop and dash Spanish papers print ("Bombay.- En esta ciudad ...")."""


_CAPITALS_THEN_TEXT = re.compile(r" (?=[A-Z][a-z])")
"""What follows a city written in capitals that opens a paste whose dateline lost its dash:
one space, then the sentence ("NEW DELHI In an unusual gesture ...")."""


_COUNTRY_THEN_DASH = re.compile(r",\s+[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}\s*[–—]")
"""What follows a city written in capitals when its country is written after it, and the
dash is run on to the sentence, as some papers print it ("RIYADH, Saudi Arabia—Thursday
...")."""


_DAY_THEN_FULL_STOP = re.compile(rf",\s+(?:{_MONTH}\s*\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\.\s+\S", re.IGNORECASE)
"""What follows a city written in capitals when the dateline gives the day and closes on a full
stop, as agencies' wires print it and pages reprinting them keep it ("PYONGYANG, June 19. North
Korean leader ..."; "ROME, 4 May. The ...")."""


def _opened_from(lines: list[str], rules: Rules) -> Place | None:
    """The city a dateline with no agency opens a line with, closed by a dash, if the gazetteer
    knows it; or written in capitals and run straight on to the sentence, as a paste keeps a
    dateline whose dash it dropped (no sentence opens with a city in capitals), or followed by
    the day and a full stop."""
    for line in lines:
        hits = rules.places.find(line[:40])
        if not hits or hits[0].start != 0 or not hits[0].value.city:
            continue
        end = hits[0].end
        if _CITY_DASH.match(line, end) or line[:end].isupper() and (
            _CAPITALS_THEN_TEXT.match(line, end) or _COUNTRY_THEN_DASH.match(line, end) or _DAY_THEN_FULL_STOP.match(line, end)
        ):
            place: Place = hits[0].value
            return place
    return None


def _filed_from(lines: list[str], rules: Rules) -> Place | None:
    """The city an agency dateline opens with, if the gazetteer knows it."""
    for line in lines:
        if _DATELINE.match(line) or _AGENCY_DATELINE.match(line) or _PLACED_AGENCY_DATELINE.match(line):
            hits = rules.places.find(line[:40])
            if hits and hits[0].start == 0 and hits[0].value.city:
                place: Place = hits[0].value
                return place
    return None
