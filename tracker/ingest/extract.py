"""Stage 3: article text -> draft events (who, where, when, what became of it).

The article is read sentence by sentence. A sentence that speaks of a visit or meeting
(a `trip` cue) with a known leader is a *frame*: its leaders, destination, status cues,
kind words and dates. Frames that look back (a leader no longer in office, a date well
before publication, a `looking_back` cue) are set aside. The rest are grouped by the
country they point to; the first group is the article's news, a later one becomes a second
event only when something definite happened to it (held, declined, cancelled, postponed).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import TypeVar

from tracker.content.model import DatePrecision, Office, PartialDate, Place, Status
from tracker.ingest.rules import MUHAMMAD_SPELLINGS, Hit, PhraseSet, Rules, Title, called_elect, dated_wrongly, elected, in_office, in_public_life, normal
from tracker.ingest.when import DateMention, find_dates, in_since_clause, shift_weekday

T = TypeVar("T")

DEFINITE = (Status.HELD, Status.DECLINED, Status.CANCELLED, Status.POSTPONED)
"""Statuses that make a second group of frames an event of its own."""

CARRIED = (Status.INVITED, Status.CANCELLED, Status.POSTPONED, Status.DECLINED)
"""What a call, a letter or a message may carry about a trip, and so make news of it: "in a
letter, Trump called off the summit" is no visit, but the summit is off."""


@dataclass(frozen=True)
class Sentence:
    text: str
    index: int
    headline: bool = False
    line: int | None = None
    """The line of the pasted or saved text it comes from (a paragraph, an embedded post);
    None for the headline."""


@dataclass(frozen=True)
class Frame:
    """One sentence about a visit or meeting, as the rules read it."""

    sentence: Sentence
    leaders: tuple[str, ...]
    place: Place | None
    places: tuple[Place, ...]
    """Every destination named, most likely first."""
    place_hits: tuple[tuple[int, Place], ...]
    """The same, with where each is named in the sentence."""
    status_hits: tuple[tuple[int, Status], ...]
    """Each status cue and where it is in the sentence."""
    statuses: tuple[Status, ...]
    kinds: tuple[str, ...]
    dates: tuple[DateMention, ...]
    future: bool
    arrived: bool = False
    """An arrival phrase: the trip is under way."""
    mutual: bool = False
    """One of the two invitations of leaders who invited each other: news of its own, apart
    from the meeting they were made at."""
    looking_back: str | None = None
    """Why the frame is about the past, if it is."""
    own_trip: bool = False
    """One of two leaders' own trips told side by side ("Takaichi's visit to India and Modi's
    trip to Tokyo"): the other leader is named travelling, not receiving this one."""
    clause: tuple[int, int] | None = None
    """(start, end) of the part of the sentence the frame reads, when the sentence tells two
    stops one after the other; None for the whole sentence."""


@dataclass(frozen=True)
class EventDraft:
    """A draft event, with what the editor should check."""

    kind: str
    status: Status
    date: PartialDate | None
    """None when nothing dates it: the article names no time for it, or its own date is unknown."""
    end: PartialDate | None
    visitor: str | None
    host: str | None
    leaders: tuple[str, ...]
    place: Place
    reported: PartialDate | None
    """The date of the development the article reports (for the timeline entry); None when
    the article's own date is unknown."""
    evidence: str
    """The sentence the status comes from."""
    doubts: dict[str, str] = field(default_factory=dict)
    """field -> why the editor should check it."""

    @property
    def stand_in_date(self) -> PartialDate | None:
        """The date an event file is written with: its own, else, for a trip its page gives
        no time for, the year of the report (an event needs a date; the doubt says so)."""
        if self.date is not None or self.reported is None:
            return self.date
        return PartialDate(self.reported.year)


_CAPITALS = "".join(sorted({chr(code) for code in range(0xC0, 0x2000) if chr(code).isupper()}))
"""The capitals of the alphabets beside the Latin one's A to Z: accented Latin ones ("És", "Żeby")
and Greek, Cyrillic, Armenian and Georgian ones. A sentence the gloss leaves opening in its own
language ("Об этом говорится", "Él dijo") opens with one of them."""

_SENTENCE_END = re.compile(
    # A sentence may open with a word the gloss left in a script without capitals ("滞在中,",
    # "خلال"): Hebrew and Arabic, India's scripts, Thai, kana, Chinese characters and Hangul.
    # India's scripts end a sentence with the danda ("।") as others with a full stop.
    r"[.!?\u0964][\"'”’)\]]?\s+(?=[\"'“‘(]?[A-Z0-9" + re.escape(_CAPITALS) + r"\u0590-\u08ff\u0900-\u0dff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
    # Pasted text whose sentences run together ("...in Pyongyang.Putin was met"): a word's
    # full stop straight before a capitalised word (initials such as "U.S.A" do not fit).
    r"|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"
)


def split_sentences(lines: tuple[str, ...], title: str | None, rules: Rules) -> list[Sentence]:
    sentences = [Sentence(title, 0, headline=True)] if title else []
    for number, line in enumerate(lines):
        start = 0
        for match in _SENTENCE_END.finditer(line):
            before = re.findall(r"([\w.]+)[.!?]$", line[start : match.start() + 1])
            if before and (normal(before[0]) in rules.abbreviations or _initial(before[0])):
                continue
            sentences.append(Sentence(line[start : match.end()].strip(), len(sentences), line=number))
            start = match.end()
        if line[start:].strip():
            sentences.append(Sentence(line[start:].strip(), len(sentences), line=number))
    return sentences


def _initial(word: str) -> bool:
    """A lone capital before a full stop is a name's initial or a title's letter ("Donald J.
    Trump", French "M. Macron"), no sentence's end; "I" may be a numeral ending one ("World
    War I")."""
    return len(word) == 1 and word.isupper() and word != "I"


def _capitalised_word(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][\w\-]*", text))


def find_leaders(text: str, ref: PartialDate | None, rules: Rules, mentioned: set[str]) -> list[tuple[int, str]]:
    """(position, leader ID) for every leader named or described in `text`."""
    found: list[tuple[int, str]] = [
        (hit.start, hit.value) for hit in rules.names.find(text)
        if not _someone_elses(text, hit, rules) and not _in_office_below(text, hit, rules, ref) and not _PATRONYMIC.search(text[: hit.start])
    ]
    name_starts = {hit.start for hit in rules.names.find(text)}
    spans = [(hit.start, hit.end) for hit in rules.names.find(text)]
    # "the Vice President of the United States": a deputy's office that holds a leader's title
    # names the deputy, not the leader of the day.
    deputies = [(hit.start, hit.end) for hit in rules.envoy_trips.find(text)]
    for hit in rules.titles.find(text):
        if any(a <= hit.start < b for a, b in spans) or any(a < hit.start < b for a, b in deputies):
            continue
        after = text[hit.end :]
        gap = len(after) - len(after.lstrip())
        if hit.end + gap in name_starts:
            continue  # "North Korean leader Kim Jong Un": the name says who
        title: Title = hit.value
        if title.short and not _standalone(text, hit, rules):
            continue
        if _FORMER.search(text[: hit.start]):
            continue  # "the former US president": one who led, not the leader of the day
        if normal(hit.phrase).endswith("counterpart") and not _leaders_counterpart(text, hit.start, found, rules):
            continue  # "Lavrov held talks with his Chinese counterpart": a minister's is a minister
        leader = holder(title.country, ref, rules, mentioned, title.office)
        if leader:
            found.append((hit.start, leader))
    return sorted(found)


_FORMER = re.compile(r"\b(?:former|ex-|onetime|one-time)\s*$", re.IGNORECASE)
"""A title straight after "former" names one who held the office before, not its holder of
the page's day."""

_PATRONYMIC = re.compile(r"\b(?:bin|ibn|bint)\s+$", re.IGNORECASE)
"""A name straight after "bin" is a father's in his son's ("Mohammed bin Salman bin Abdulaziz
Al Saud"), not the father named."""


def _leaders_counterpart(text: str, at: int, named: list[tuple[int, str]], rules: Rules) -> bool:
    """A counterpart named at `at` is a leader's: the last one named before it is a leader
    ("Putin sent a letter inviting his North Korean counterpart"), with no minister or envoy
    named after him."""
    last_leader = max((start for start, _ in named if start < at), default=None)
    return last_leader is not None and not any(last_leader < hit.start < at for hit in rules.proxies.find(text))


_CALENDAR = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day",
    re.IGNORECASE,
)
_KIN = re.compile(r"\s*,\s*(?:the|his|her)\s+(?:first lady|first gentleman|wife|husband|daughter|son|sister|brother|mother|father)\b", re.IGNORECASE)


_HOSTS = re.compile(r"\b(?:to|will|is to)\s+(?:host|welcome|receive)\s+(?:the\s+)?", re.IGNORECASE)


def _hosted_country(text: str, rules: Rules) -> str | None:
    """The country a leader is to host, named for its leader as headlines do ("Biden to
    welcome South Korea for a state visit"). Not when the country owns the guest ("to receive
    Russia's top diplomat"): its minister or envoy comes, not its leader."""
    for verb in _HOSTS.finditer(text):
        place = next((hit for hit in rules.places.find(text) if hit.start == verb.end()), None)
        if place is None or place.value.city:
            continue
        owned = _OWNED.match(text, place.end)
        if owned is not None and any(
            owned.start(1) <= hit.start <= owned.end(1) for hit in rules.proxies.find(text) + rules.envoy_trips.find(text)
        ):
            continue
        return str(place.value.country)
    return None


_OWNED = re.compile(r"['’]s\s+((?:[a-z]+\s+)?)")
"""A possessive after a country, and the one word in lower case that may stand before the
office it owns ("Russia's top diplomat", "Iran's new foreign minister")."""


_HOSTS_LEADER = re.compile(
    r"\b(?:(?:to|will|is to)\s+(?:host|welcome|receive)|hosted|hosts|welcomed|welcomes|received|receives)\s+", re.IGNORECASE
)


_PRIME = re.compile(r"\bprime\s+$", re.IGNORECASE)


def _officials(text: str, offices: list[Hit]) -> list[Hit]:
    """The office words found in `text` that name an official, not the "minister" of a prime
    minister, who leads."""
    return [hit for hit in offices if not _PRIME.search(text[: hit.start])]


def _aides_lead(text: str, first: int | None, rules: Rules, aides: frozenset[str] = frozenset()) -> int:
    """Where the leaders' part of a sentence starts (`first`: the first leader named, or "the
    two leaders") when the sentence opens with someone acting for them (a minister, an envoy,
    or one the article has named as such, in its first words or its first clause) before any
    leader; else 0."""
    if first is None or text.lstrip().startswith(("\"", "“", "'", "‘")):
        return 0
    clause = re.search(r"[,;:]", text)
    opening = max(len(" ".join(text.split()[:5])), clause.start() if clause else 0)
    starts = [hit.start for hit in _officials(text[:first], rules.proxies.find(text[:first]))] + [
        at for at, _ in _aides_named(text[:first], aides)
    ]
    return first if any(at < min(first, opening) for at in starts) else 0


_NAME = r"(?:[A-Z][\w’\-]*\s+){0,2}[A-Z][\w’\-]+"
_NAMED_AFTER_TITLE = re.compile(rf"\s+({_NAME})|,\s+({_NAME}),")
"""The name after an office, straight after it or set off by commas ("the Secretary of State,
Antony Blinken, arrived"); a comma after the office alone may open any clause."""


def article_aides(sentences: list[Sentence], rules: Rules) -> frozenset[str]:
    """The names of the ministers and envoys an article names by their office ("Secretary of
    State Antony Blinken": Antony, Blinken; either may be the family name), so that "Blinken
    met Xi in Beijing" is read as the minister's call, not a leader's visit."""
    found: set[str] = set()
    for sentence in sentences:
        for hit in rules.proxies.find(sentence.text):
            name = _NAMED_AFTER_TITLE.match(sentence.text, hit.end)
            if name and not rules.names.find(name.group(0)):
                found.update(word for word in (name.group(1) or name.group(2)).split() if normal(word) not in rules.honorifics)
        found.update(_named_before_office(sentence.text, rules))
        found.update(_on_errand(sentence.text, rules))
    # A word a leader's own name shares ("his daughter Kim Ju-ae": Kim) stays the leader's:
    # "Kim will visit Russia" is his trip, not an aide's.
    leaders_words = {normal(word) for leader in rules.leaders.values() for name in (leader.name, *leader.aliases) for word in name.split()}
    return frozenset(word for word in found if normal(word) not in leaders_words)


_ON_ERRAND = re.compile(
    r"(?:^|[^\w’'\-]\s*)((?:[A-Z][\w’\-]*\s+){0,2}[A-Z][\w’\-]+),?\s+(?:on|under|at|upon)\s+(?:the\s+)?(?:[\w\-]+\s+)?"
    r"(?:instructions?|orders?|behalf|behest|errand)\s+of\b"
)
"""A name the sentence opens with, then a leader's errand ("Shoigu, on the instructions of
Putin, arrived"): whoever goes on a leader's errand is an official."""


def _on_errand(text: str, rules: Rules) -> set[str]:
    return {word for errand in _ON_ERRAND.finditer(text) for word in _aide_words(errand.group(1), rules)}


def _aide_words(name: str, rules: Rules) -> set[str]:
    """The words of an official's name, where it is no leader's nor a place, a day or a month
    ("In Beijing, the envoy said": no one), less honorifics and initials."""
    words = name.split()
    if rules.names.find(name) or rules.places.find(name) or any(_CALENDAR.fullmatch(word) for word in words):
        return set()
    return {word for word in words if normal(word) not in rules.honorifics and len(word) > 1}


_NAME_BEFORE_OFFICE = re.compile(
    r"(?:^|[^\w’'\-]\s*)((?:[A-Z][\w’\-]*\s+){1,2}[A-Z][\w’\-]+),\s+(?:who\s+is\s+)?(?:[\w.'’\-]+\s+){0,3}$"
)
"""A full name set before an office, in apposition ("Antony Blinken, the U.S. Secretary of
State, met ..."; "Steve Witkoff, the envoy of ..."): two or three words in capitals."""


def _named_before_office(text: str, rules: Rules) -> set[str]:
    """The words of a name an office follows in apposition."""
    found: set[str] = set()
    for hit in _officials(text, rules.proxies.find(text) + rules.envoy_trips.find(text)):
        before = _NAME_BEFORE_OFFICE.search(text[: hit.start])
        if before is None or rules.titles.find(text[before.start(1) : hit.end]):
            continue  # "Narendra Modi, the Indian prime minister": a leader's title
        found.update(_aide_words(before.group(1), rules))
    return found


def _officials_doings(text: str, named: list[tuple[int, str]], officers: set[str], after_officials: bool, rules: Rules) -> bool:
    """The sentence's subject is an official the page names in a deputy's, a minister's or an
    envoy's office (`officers`), named in its opening before any leader and not as an owner,
    or a pronoun opening it when the sentence before told that official's doings."""
    first = named[0][0] if named else len(text)
    clause = re.search(r"[,;:]", text)
    opening = min(first, max(len(" ".join(text.split()[:5])), clause.start() if clause else 0))
    if any(
        hit.value in officers and hit.start < opening and not re.match(r"\s*['’]s\b", text[hit.end :])
        for hit in rules.names.find(text)
    ):
        return True  # the official as subject, not as owner ("Biden's visit paves the way for a summit")
    return after_officials and any(hit.start < opening for hit in rules.pronouns.find(text[:opening]))


_HOSTING_VERB = re.compile(r"(?:greet|welcom|receiv|host)\w*$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+$", re.IGNORECASE)
_MEETS_SOMEONE = re.compile(
    r"\b(?:received|receives|met|meets|welcomed|welcomes|hosted|hosts|saw|sees|(?:held|holds|had)\s+talks\s+with)\s+(?:with\s+)?",
    re.IGNORECASE,
)
_LEADERS_OWN_TRIP = re.compile(r"\b(?:visit|trip|tour|arrival|journey)\s+(?:by|of)\s+(?:[\w.'’\-]+\s+){0,3}$", re.IGNORECASE)


def _aide_name_end(text: str, at: int, aides: frozenset[str]) -> int:
    """Where the aide's name that starts at `at` ends: its words are the aide's ("Antony
    Blinken"), not a headline's capitals after it ("Blinken Meets with ...")."""
    end = at
    while (m := _WORD.match(text, end)) is not None and m.group(0) in aides:
        end = m.end()
        if not (space := re.match(r" (?=[A-Z])", text[end:])):
            break
        if not ((after := _WORD.match(text, end + 1)) and after.group(0) in aides):
            break
        end += space.end()
    return end


_WORD = re.compile(r"[\w’\-]+")
_APPOSITION = re.compile(r"\s*,[^,;]{1,120},")


def _owns_trip(text: str, at: int, rules: Rules) -> bool:
    """The leader named at `at` owns a trip ("Putin's visit", "Xi's upcoming trip"), not
    "Russia's leader Vladimir Putin"."""
    owner = _OWNER.match(text, at)
    if owner is None:
        return False
    after = text[owner.end() : owner.end() + 40]
    return any(hit.start <= len(" ".join(after.split()[:2])) for hit in rules.trip.find(after))


def _in_subordinate(text: str, at: int) -> bool:
    """`at` is in a clause opened by a subordinator ("after Lavrov met Kim", "who met ...")."""
    return any(not re.search(r"[,;]", text[m.end() : at]) for m in _SUBORDINATE_OR_WHO.finditer(text[:at]))


_ACCORDING_TO = re.compile(r"\b(?:according\s+to|as\s+told\s+by|quoting)\s+(?:[\w.'’\-]+\s+){0,3}$", re.IGNORECASE)
_SUBORDINATE_OR_WHO = re.compile(r"\b(?:after|before|since|because|although|though|when|which|whom|who|as|while|if|once|until)\s+", re.IGNORECASE)


def _aides_meeting(text: str, named: list[tuple[int, str]], aides: frozenset[str], rules: Rules) -> bool:
    """The sentence tells an aide's trip or meeting (a minister, an envoy, an adviser the page
    names by office): the aide as the subject of a word of travel or meeting ("Blinken, the
    Secretary of State, met Xi in Beijing"; "Lavrov, who is visiting Delhi, was received by
    Modi"), or as the one a leader receives or meets ("Putin met Witkoff, Trump's envoy"). The
    leaders it names are those the aide meets or mentions, on no trip of theirs; unless one of
    them owns a trip ("Lavrov arrived in Beijing to prepare Putin's visit", "ahead of a visit by
    Xi"). An aide who greets or receives a leader is his host's, and the leader's visit stands."""
    if any(_owns_trip(text, at, rules) or _LEADERS_OWN_TRIP.search(text[:at]) for at, _ in named):
        return False
    for at, _ in _aides_apart(text, aides, rules):
        if any(leader_at < at for leader_at, _ in named) or _in_subordinate(text, at):
            continue  # a leader named first is the subject
        if _ACCORDING_TO.search(text[:at]):
            continue  # "According to Mondino, Biden said he could not come": the news's source
        end = _aide_name_end(text, at, aides)
        if re.match(r"['’]s\b", text[end:]):
            continue  # the aide as an owner ("Blinken's trip paves the way for a summit")
        if apposition := _APPOSITION.match(text, end):
            end = apposition.end()  # "Witkoff, sent by President Trump, met ...": who sent him is no subject
        rest = text[end : next((leader_at for leader_at, _ in named if leader_at >= end), len(text))]
        offset = len(rest) - len(rest.lstrip())
        verb_zone = offset + len(" ".join(rest.split()[:8]))
        reported = [m.start() for m in re.finditer(r"[\w\-]+", rest) if m.group(0).lower() in rules.reporting]
        for hit in rules.trip.find(rest) + rules.arrival.find(rest):
            if hit.start >= verb_zone or any(start < hit.start for start in reported):
                continue
            if _HOSTING_VERB.search(hit.phrase) and not _PASSIVE.search(rest[: hit.start]):
                continue  # "Foreign Minister Wang greeted Putin at the airport": the host's official
            return True
    for verb in _MEETS_SOMEONE.finditer(text):
        if _in_subordinate(text, verb.start()):
            continue
        met = text[verb.end() : verb.end() + 60]
        zone = len(" ".join(met.split()[:4]))
        if re.match(r"(?:by|him|her|them)\b", met) or any(verb.end() <= at < verb.end() + zone for at, _ in named):
            continue  # "was received by Foreign Minister Wang"; "met Prime Minister Modi"; "received him on an official visit"
        officials = [hit.start for hit in _officials(met, rules.proxies.find(met))]
        if any(start < zone for start in officials + [a for a, _ in _aides_apart(met, aides, rules)]):
            return True
    return False


def _someone_before(text: str, at: int, aides: frozenset[str], rules: Rules) -> bool:
    """An official is named before the pronoun at `at` ("Jaishankar said his talks", "no
    Russian official of his rank"): the pronoun is his, not the leader told before."""
    before = text[:at]
    return bool(_aides_apart(before, aides, rules) or _officials(before, rules.proxies.find(before)))


def _aide_opens(text: str, named: list[tuple[int, str]], aides: frozenset[str], rules: Rules) -> bool:
    """A minister or an envoy the page names by office opens the sentence, before any leader
    and not as an owner: he is its subject."""
    first = named[0][0] if named else len(text)
    clause = re.search(r"[,;:]", text)
    opening = min(first, max(len(" ".join(text.split()[:5])), clause.start() if clause else 0))
    return any(
        at < opening and not re.match(r"['’]s\b", text[_aide_name_end(text, at, aides) :]) for at, _ in _aides_apart(text, aides, rules)
    )


def _aides_apart(text: str, aides: frozenset[str], rules: Rules) -> list[tuple[int, str]]:
    """The aides named in `text` but not inside a leader's name ("Minister Atal Bihari
    Vajpayee" makes "Atal" an aide's word; in the prime minister's name it is his)."""
    spans = [(hit.start, hit.end) for hit in rules.names.find(text)]
    return [(at, name) for at, name in _aides_named(text, aides) if not any(a <= at < b for a, b in spans)]


def _aides_named(text: str, aides: frozenset[str]) -> list[tuple[int, str]]:
    return sorted((m.start(), name) for name in aides for m in re.finditer(rf"\b{re.escape(name)}\b", text))


def _set_off(text: str, places: list[tuple[int, Place]], home: str, rules: Rules) -> int | None:
    """Where a leader left for abroad ("left Pyongyang by train on Sunday for Russia"): the trip
    is under way, as "set off for" says. The position of the departure, else None."""
    for at, place in places:
        if place.country == home or not re.search(r"\b(?:for|to)\s+(?:the\s+)?$", text[:at]):
            continue
        left = [d for d in rules.departure.find(text) if 0 < at - d.end <= 70 and not re.search(r"[;.]", text[d.end : at])]
        if left:
            return left[-1].start
    return None


OWNER_NAME = re.compile(r"(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*['’]s\b")
"""A name as an owner ("Xi Jinping's decision")."""

_TITLES_ONLY = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*")


def _hosts_leader(text: str, named: list[tuple[int, str]], rules: Rules) -> str | None:
    """The host's country where a leader hosts another by name ("Biden will host Indian Prime
    Minister Narendra Modi for a state visit", "Xi received Lula"), each from a different country."""
    for verb in _HOSTS_LEADER.finditer(text):
        hosts = [leader for at, leader in named if at < verb.start()]
        # The guest straight after the verb, titles apart ("received Brazilian President Lula";
        # not "received a warm welcome from Putin").
        # Nor a leader's decision welcomed ("welcomed Xi Jinping's decision").
        guests = [
            leader for at, leader in named
            if 0 <= at - verb.end() <= 60 and _TITLES_ONLY.fullmatch(text[verb.end() : at]) and not OWNER_NAME.match(text, at)
        ]
        if hosts and guests and rules.leaders[hosts[-1]].country != rules.leaders[guests[0]].country:
            return str(rules.leaders[hosts[-1]].country)
    told = _host_by_noun(text, named, rules)
    return str(rules.leaders[told[1]].country) if told is not None else None


_BEING = r"\b(?:(?P<ahead>will\s+be|would\s+be|(?:is|are|was|were)\s+to\s+be|to\s+be)|was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
_BEING_OWNERS = re.compile(_BEING + r"(?:the\s+)?$", re.IGNORECASE)
"""A copula just before an owner's name ("Xi was Putin's host"; "is to be Biden's guest")."""
_HOST_OR_GUEST = re.compile(r"\s+(?P<noun>host|guest)s?\b", re.IGNORECASE)
_HOST_OR_GUEST_OF = re.compile(_BEING + r"(?:the\s+|a\s+)?(?:(?P<host>host)\s+to|(?P<guest>guest)s?\s+of)\s+", re.IGNORECASE)
"""A copula and the noun of one who receives or is received, before the other's name ("was
host to Lula"; "is to be the guest of Biden")."""


def _host_by_noun(text: str, named: list[tuple[int, str]], rules: Rules) -> tuple[int, str, str, Status] | None:
    """(where, host, guest, status) where the sentence tells one leader receiving another by a
    noun, not a verb: "Xi was Putin's host", "Yoon will be Biden's guest", "Lula was host to
    Ramaphosa", "Yoon is to be the guest of Biden". English says a visit that way as often as
    with "hosted" or "received", and the noun tells which of the two is at home. A copula of
    the future ("will be", "is to be") tells a visit ahead; any other, one held."""
    for at, leader in named:
        owner = OWNER_NAME.match(text.replace("’", "'"), at)
        noun = _HOST_OR_GUEST.match(text, owner.end()) if owner is not None else None
        being = _BEING_OWNERS.search(text[:at])
        subjects = [other for where, other in named if where < (being.start() if being else 0) and other != leader]
        if noun is None or being is None or not subjects:
            continue
        other = subjects[-1]
        host, guest = (other, leader) if noun.group("noun").lower() == "host" else (leader, other)
        if rules.leaders[host].country != rules.leaders[guest].country:
            return noun.start("noun"), host, guest, Status.ANNOUNCED if being.group("ahead") else Status.HELD
    for told in _HOST_OR_GUEST_OF.finditer(text):
        subjects = [leader for at, leader in named if at < told.start()]
        objects = [leader for at, leader in named if 0 <= at - told.end() <= 60 and _TITLES_ONLY.fullmatch(text[told.end() : at])]
        if not subjects or not objects:
            continue
        host, guest = (subjects[-1], objects[0]) if told.group("host") else (objects[0], subjects[-1])
        if rules.leaders[host].country != rules.leaders[guest].country:
            at = told.start("host") if told.group("host") else told.start("guest")
            return at, host, guest, Status.ANNOUNCED if told.group("ahead") else Status.HELD
    return None


_INAUGURATION_OF = re.compile(r"\b(?:inauguration|swearing-in|investiture)\s+(?:ceremony\s+)?of\s+(?:(?:the\s+)?[\w\-]+\s+){0,3}$", re.IGNORECASE)
_OWN_INAUGURATION = re.compile(r"(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*'s\s+(?:inauguration|swearing-in|investiture)\b")
"""A leader's name as the owner of his inauguration ("Milei's inauguration")."""


def _sworn_in_at_home(text: str, named: list[tuple[int, str]], rules: Rules) -> str | None:
    """The country of a leader whose inauguration others attend ("the inauguration of Javier
    Milei", "Milei's inauguration"): a leader takes office at home."""
    for at, leader in named:
        if _INAUGURATION_OF.search(text[max(0, at - 60) : at]) or _OWN_INAUGURATION.match(text.replace("’", "'"), at):
            if any(rules.leaders[other].country != rules.leaders[leader].country for _, other in named):
                return str(rules.leaders[leader].country)
    return None


def _someone_elses(text: str, hit: Hit, rules: Rules) -> bool:
    """A leader's bare surname after a first name not the leader's own is someone else's
    ("Jill Biden, the first lady"; not "Emmanuel Macron", nor "President Biden")."""
    if " " in text[hit.start : hit.end].strip():
        return False
    if _KIN.match(text, hit.end):
        return True  # "Biden, the first lady, ...": she is named by who she is to him
    if _other_given_name_after(text, hit, rules) or _given_name_half(text, hit, rules):
        return True
    previous = re.search(r"([\w\-']+)\.?\s+$", text[: hit.start])
    if previous is None or hit.start <= len(previous.group(1)) + 1:
        return False  # the sentence's first word: nothing before it
    word = previous.group(1)
    # The leader's own first names, as any alias or another alphabet's accents write them
    # ("Vladímir Putín", "Wladimir Putin").
    leader = rules.leaders[hit.value]
    own = {_unaccented(part) for name in (leader.name, *leader.aliases) for part in name.split()}
    # The same given name as another language writes it ("Alyaksandr Lukashenka", "Vladimir
    # Zelenski", "Mohammad bin Salman").
    own |= {form for forms in _GIVEN_NAME_FORMS if forms & own for form in forms}
    if _unaccented(word) in own or _unaccented(word).replace("w", "v") in own:
        return False
    if any(place.end >= previous.end(1) for place in rules.places.find(text[: hit.start])):
        return False  # "In New Delhi Putin will meet Modi"
    if _CALENDAR.fullmatch(word):
        return False  # "In early February Putin flew to Pyongyang"
    if _OFFICE_BEFORE.search(text[: previous.start(1)]):
        return False  # "President Joseph (R.) Biden": the office names the leader, by a name in full
    return _capitalised_word(word) and not word.endswith("'s") and normal(word) not in rules.honorifics | own


_HYPHENED_GIVEN_NAME = re.compile(r"\s+([A-Z][a-z]+)-([a-z]+)\b")
"""A given name written after the surname, as Korean names are romanised ("Yoon Young-chan")."""


def _other_given_name_after(text: str, hit: Hit, rules: Rules) -> bool:
    """A surname-first leader's bare surname ("Yoon", of Yoon Suk Yeol), straight before a
    hyphened given name that is not the leader's own ("Yoon Young-chan, Moon's press
    secretary"): someone else of that surname, as the names' order puts it ("Kim Jong-un",
    the leader's own, still names him)."""
    leader = rules.leaders[hit.value]
    if normal(leader.name.split()[0]) != normal(text[hit.start : hit.end].strip()):
        return False  # the leader's name is written given name first: not the order
    given = _HYPHENED_GIVEN_NAME.match(text, hit.end)
    if given is None:
        return False
    own = {_unaccented(part) for name in (leader.name, *leader.aliases) for part in re.split(r"[\s\-]+", name)}
    return not {_unaccented(given.group(1)), _unaccented(given.group(2))} <= own


_HYPHENED_SECOND_HALF = re.compile(r"-(?!(?:led|era|backed|style|type|like|linked|allied|aligned|run|made)\b)[a-z]+\b")
"""The lower-case second half of a hyphened Korean given name ("Yoon-keun"), not a word a
leader's name is joined to in English ("Moon-led", "Yoon-era")."""

_SURNAME_BEFORE = re.compile(r"(?:^|[\s(\"“])([A-Z][a-z]+)\s+$")
"""A capitalised word straight before, as a surname stands before a Korean given name."""


def _given_name_half(text: str, hit: Hit, rules: Rules) -> bool:
    """A surname-first leader's bare surname that is the first half of someone else's hyphened
    given name, after that person's surname ("Woo Yoon-keun, a former ambassador", whatever
    its place in the sentence): not the leader ("Yoon" of Yoon Suk Yeol)."""
    leader = rules.leaders[hit.value]
    if normal(leader.name.split()[0]) != normal(text[hit.start : hit.end].strip()):
        return False
    if not _HYPHENED_SECOND_HALF.match(text, hit.end):
        return False
    surname = _SURNAME_BEFORE.search(text[: hit.start])
    if surname is None:
        return False
    word = surname.group(1)
    own = {_unaccented(part) for name in (leader.name, *leader.aliases) for part in re.split(r"[\s\-]+", name)}
    return normal(word) not in rules.honorifics and _unaccented(word) not in own and not _OFFICE_BEFORE.search(text[: hit.start])


_GIVEN_NAME_FORMS: tuple[frozenset[str], ...] = (
    frozenset({"alexander", "aleksandr", "alexandr", "aliaksandr", "alyaksandr", "oleksandr", "olexandr", "aleksander"}),
    frozenset({"volodymyr", "vladimir", "volodimir", "wolodymyr", "vladimer"}),
    frozenset({"dmitry", "dmitri", "dmitriy", "dmytro", "dimitri"}),
    frozenset({"sergei", "sergey", "serhiy", "serhii", "sergej"}),
    frozenset(spelling.lower() for spelling in MUHAMMAD_SPELLINGS),
)
"""A given name's forms across the languages and transliterations papers write it in."""


_OFFICE_BEFORE = re.compile(r"\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emperor)\s+(?:[A-Z][\w\-']*\.?\s+)?$")
"""A leader's office, capitalised before the given name the leader's aliases may lack."""


_TITLE_TO_NAME = re.compile(r"(?:\s+(?:[A-Z][\w.'’\-]*|[\w\-]*[^\x00-\x7F][\w\-]*)){0,3}\s+$")
"""What may stand between an office and its holder's name: given names, a nationality, or
words of a page's language left unglossed, which English words are not ("Foreign Minister
Frank-Walter Steinmeier"; "foreign minister alemán Frank-Walter Steinmeier", "foreign
minister الالماني Steinmeier", read from Spanish or Arabic word order)."""


_NAME_TO_OFFICE = re.compile(r"\s*,\s+(?:the\s+|then\s+)?(?:[A-Z][\w.\-]*(?:['’]s)?\s+){0,3}$")
"""What may stand between a name and the office set after it, in apposition: a comma, then
"the", "then" or a country's name ("Xi Jinping, then China's Vice President, met him")."""

_REST_OF_NAME = re.compile(r"^(?:\s+(?:[A-Z][\w'’\-]*|bin|bint|ibn))+(?=\s*,)")
"""The rest of a name after the alias read ("Prince Mohammed" of "Prince Mohammed bin Salman
Al Saud"), up to the comma an office set after the name follows."""

_OFFICE_ENDS = re.compile(r"(?!\s+[A-Z])")
"""An office set after a name ends there: no name follows it, for "Trump, Vice President
Pence" names the deputy after the comma, not Trump in his office."""


def _in_office_below(text: str, hit: Hit, rules: Rules, ref: PartialDate | None = None) -> bool:
    """A leader's name straight after a minister's or an envoy's office names him in that
    office, as he was before or after leading ("a visit by Foreign Minister Steinmeier"): it
    is a minister's trip, no leader's. So does the office set after the name, in apposition
    ("Joe Biden, Vice President of the United States, toured a port"), on a page dated when he
    did not lead: a leader of the day may be listed beside an official ("Obama, the vice
    president and aides"). An heir's deputy ("Mohammed bin Salman, the deputy crown prince")
    needs no date: no leader is one."""
    if any(_TITLE_TO_NAME.fullmatch(text[office.end : hit.start]) for office in rules.envoy_trips.find(text[: hit.start])):
        return True
    # "Deputy Crown Prince Mohammed bin Salman", where the name's alias ("Crown Prince Mohammed
    # bin Salman") begins inside the deputy's office: the deputy, as above.
    if any(office.start < hit.start < office.end for office in rules.heirs_deputies.find(text[: hit.end])):
        return True
    after = text[hit.end :]

    def set_after(offices: PhraseSet, following: str) -> bool:
        return any(
            _NAME_TO_OFFICE.fullmatch(following[: office.start]) and _OFFICE_ENDS.match(following, office.end)
            for office in offices.find(following[:80])
        )

    # "Prince Mohammed bin Salman, the deputy crown prince": an heir's deputy is never the
    # leader of the day, so no date is needed to tell him from a leader listed beside one; the
    # rest of a name read by a shorter alias ("Prince Mohammed") may stand before the comma.
    if set_after(rules.heirs_deputies, _REST_OF_NAME.sub("", after, count=1)):
        return True
    if ref is None or in_office(rules.leaders[hit.value], ref):
        return False
    return set_after(rules.envoy_trips, after)


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", normal(word)) if not unicodedata.combining(c))


def _standalone(text: str, hit: Hit, rules: Rules) -> bool:
    """A bare surname that is not part of another name ("Kim Ju-ae", "Hyung-jin Kim")."""
    following = re.match(r"\s+([\w\-]+)", text[hit.end :])
    if following and _capitalised_word(following.group(1)) and not text[hit.end :].startswith("'"):
        return False
    previous = re.search(r"([\w\-']+)\.?\s+$", text[: hit.start])
    if previous:
        word = previous.group(1)
        honorific = normal(word) in rules.honorifics
        if _capitalised_word(word) and not honorific and not word.endswith("'s") and hit.start > len(word) + 1:
            return False
    return True


def holder(country: str, ref: PartialDate | None, rules: Rules, mentioned: set[str], office: str | None = None) -> str | None:
    """Whoever led `country` at `ref`; among several, one named in the article, else the latest.
    With no date to go by, only the one leader of `country` the article names, if just one.
    A title naming an `office` ("the Saudi king") is its holder's, where one of them held it."""
    if ref is None:
        named_here = _holding(office, [leader for leader in sorted(mentioned) if rules.leaders[leader].country == country], ref, rules)
        return named_here[0] if len(named_here) == 1 else None
    candidates = _holding(office, rules.leaders_in_office(country, ref), ref, rules)
    if not candidates:
        return None
    named = [leader for leader in candidates if leader in mentioned]
    pool = named or candidates

    def start(leader: str) -> dt.date:
        starts = [t.start.first_day() for t in rules.leaders[leader].in_office if t.start and t.start <= ref]
        return max(starts, default=dt.date.min)

    return max(pool, key=start)


def _holding(office: str | None, leaders: list[str], ref: PartialDate | None, rules: Rules) -> list[str]:
    """The `leaders` who held `office` (at `ref`, when given); all of them when none did."""
    if office is None:
        return leaders
    held = [
        leader for leader in leaders
        if any(office in term.title.lower() and (ref is None or _during(term, ref)) for term in rules.leaders[leader].offices)
    ]
    return held or leaders


def _during(term: Office, ref: PartialDate) -> bool:
    """The term overlaps `ref`."""
    return (term.start is None or term.start.first_day() <= ref.last_day()) and (term.end is None or term.end.last_day() >= ref.first_day())


_BARE_TITLE = re.compile(r"\bthe\s+(prime minister|president|chancellor|crown prince)\b(?!['’]s|\s+of\b)", re.IGNORECASE)
"""An office named with no country and no name ("the prime minister"), not as an owner."""


_POSTED_TO = re.compile(r"\b(?:ambassadors?|envoys?|consuls?(?:[ -]general)?|charg[ée] d'affaires)\s+(?:to|in)\s+(?:the\s+)?$", re.IGNORECASE)
"""A diplomat's post, up to its place ("Ambassador to Pretoria", "envoy in Beijing")."""


def _destinations(
    text: str, rules: Rules, trips: list[Hit], homes: set[str], named: tuple[tuple[int, str], ...] = ()
) -> list[tuple[int, Place]]:
    """(position, place) for places named, without where someone came from; a place right
    after a trip word first, then cities before countries.

    A place someone left counts when it is abroad for one of the sentence's leaders
    ("Putin flew out of Pyongyang": the visit was there), not when it is everyone's home.
    """
    ranked: list[tuple[int, int, int, Place]] = []
    struck_at = -1  # where the next place of a list of places a disaster struck begins
    for hit in rules.places.find(text):
        before = [normal(word) for word in re.findall(r"[\w']+", text[: hit.start])[-2:]]
        lead_in = text[max(0, hit.start - 20) : hit.start]
        left = any(d.end >= len(lead_in.rstrip()) - 1 for d in rules.departure.find(lead_in))
        # "Before leaving Tokyo, Kishida said": a clause that opens the sentence leaves with
        # the subject named after it.
        leaver = next((leader for at, leader in reversed(named) if at < hit.start), None) or next(
            (leader for at, leader in named if at > hit.start and "," in text[hit.end : at]), None
        )
        if left and leaver is not None and rules.leaders[leaver].country == hit.value.country:
            continue  # "Kim left Pyongyang for Russia": his home is where he came from
        if leaver is not None and rules.leaders[leaver].country == hit.value.country and _GOING_HOME.search(text[: hit.start]):
            continue  # "leaves for Brazil on Saturday and returns to Buenos Aires": his way home
        if left and homes and hit.value.country not in homes | {""} or left and len(homes) > 1:
            ranked.append((1, 0 if hit.value.city else 1, hit.start, hit.value))
            continue
        owner = re.match(r"['’]s\b", text[hit.end :])
        # "stayed away from Moscow's Victory Day parade": where the occasion is (an owner,
        # not an apposition: "Kishida, Japan's departing prime minister, sits down with Yoon");
        # "From Rio, where the G20 summit is held, Ramaphosa said": where the group meets now
        # is where its leaders are, whatever word comes before the place.
        if owner and any(
            0 < trip.start - hit.end <= 30 and _no_one(text[hit.end : trip.start], rules) and "," not in text[hit.end : trip.start]
            for trip in trips
        ) or _group_summit_held_here(text, hit.end, rules):
            ranked.append((0, 0 if hit.value.city else 1, hit.start, hit.value))
            continue
        absent = re.search(r"\b(?:away|absent|missing)\s+from\s+(?:\S+\s+){0,2}$", text[: hit.start], re.IGNORECASE)
        if any(word in rules.origin for word in before) and not absent and not _NEXT_STOP.search(text[: hit.start]):
            continue  # "from Pyongyang" is where they came from; "absent from the parade in" is not
        if _POSTED_TO.search(text[: hit.start]):
            continue  # "Türkiye's Ambassador to Pretoria": a diplomat's post, nobody's destination
        if _CAME_FROM_GATHERING.search(text[: hit.start]) and not _ABSENT_FROM.search(text[: hit.start]):
            # "coming from the G20 summit in Bali, Indonesia": where the leader came from, a
            # place only when the sentence names no other (as a stop before is).
            ranked.append((2, 0 if hit.value.city else 1, hit.start, hit.value))
            continue
        if _EARLIER_STOP.search(text[max(0, hit.start - 80) : hit.start]):
            # "a State Visit to Brazil, which comes after he took part in the BRICS Summit in
            # Rio": a stop the trip made before, where it is only when no other place is named.
            ranked.append((2, 0 if hit.value.city else 1, hit.start, hit.value))
            continue
        # "at the Kremlin", "at Saturday's Red Square parade", "in northeast China": the marker
        # comes before these. So does the article a glossed page keeps where English names a
        # country bare ("sets off for la China", "to la Argentina", "in die Türkei").
        lead_in = _FOREIGN_ARTICLE.sub("", text[max(0, hit.start - 30) : hit.start])
        lead_in = re.sub(
            r"(?:(?:the|a|an)\s+)?(?:(?:\w+day|tomorrow|yesterday|today|this week|next week|next month)['’]s\s+)?(?:the|a|an)?\s*"
            r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+|central\s+)?$",
            "", lead_in, flags=re.IGNORECASE,
        )
        # "in the forests of Russia's east", "in the heart of Moscow": somewhere in that place.
        lead_in = re.sub(r"\bin\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+of\s*$", "in", lead_in, flags=re.IGNORECASE)
        # "in the capital Brasília", "to the capital, Kyiv": the capital named after its word.
        lead_in = re.sub(r"\b(in|at|to)\s+the\s+capital(?:\s+city)?(?:\s+of)?,?\s*$", r"\1 ", lead_in, flags=re.IGNORECASE)
        # "in Rancho Mirage, California": a town the gazetteer lacks, in the place named after it.
        if not hit.value.city and not text[hit.start :].lower().startswith("the "):
            lead_in = re.sub(_TOWN_IN, r"\1", lead_in)
        elif hit.value.city and (town := _TOWN_IN.search(lead_in)) and not rules.places.find(town.group(0)):
            lead_in = lead_in[: town.start()] + town.group(1)  # "in Minato-ku, Tokyo": a ward the gazetteer lacks, in the city after it
        if hit.value.city and (owned := _COUNTRY_OWNS.search(lead_in)) and any(
            not owner.value.city and owner.value.country == hit.value.country for owner in rules.places.find(owned.group("owner"))
        ):
            lead_in = lead_in[: owned.start()]  # "in South Korea's Gyeongju": the city, named with its own country
        if _SPEAKING_AT.search(text[max(0, hit.start - 70) : hit.start]):
            continue  # "Speaking at the White House, Trump said the summit ...": where he spoke
        if _STRUCK_IN.search(text[max(0, hit.start - 80) : hit.start]) or struck_at == hit.start:
            # "sympathy for the victims of the earthquake, which left thousands dead in Turkey
            # and Syria": where a disaster struck, not where anyone went.
            struck_at = _struck_next(text, hit.end)
            continue
        # "at the Diaoyutai State Guesthouse of Beijing"; "the Singapore summit".
        venue = hit.value.city and (
            _VENUE_OF.search(text[max(0, hit.start - 60) : hit.start]) or _NAMES_MEETING.match(text[hit.end :])
        )
        if hit.value.city and not venue and names_a_thing(text, hit):
            continue  # "to pass on to the Paris Games": a city naming an occasion or a treaty, not a place gone to
        # "visited Xi Jinping Hungary": the verb, its subject, then the place, as German and
        # Dutch order a main clause that opens with something else ("besuchte Xi Ungarn").
        inverted = any(_names_only(text[trip.end : hit.start], rules) for trip in trips if trip.end <= hit.start)
        markers = [marker for marker in rules.destination.find(lead_in) if marker.end >= len(lead_in) - 1]
        # "Russia के Kazan arrived": a language that puts the verb last names where one
        # arrived straight before the verb.
        inverted = inverted or _ARRIVED_AFTER.match(text, hit.end) is not None
        # "Buenos Aires'te", "Arjantin'e": Turkish writes "in" and "to" onto the name, after an
        # apostrophe, as the marker English puts before it.
        inverted = inverted or _CASE_SUFFIX.match(text, hit.end) is not None
        # "takes him to five countries: Japan, South Korea ...": the list the trip's count opens.
        inverted = inverted or _COUNTRIES_COUNTED.search(text[: hit.start]) is not None
        # "Egypt is the next stop on his schedule": the place the words of a stop still to come follow.
        inverted = inverted or _comes_next(text, hit.end, rules) is not None
        # "the G20 summit that Brazil hosts next week": the host of a meeting is where it is.
        hosting = _HOSTS_AFTER.match(text, hit.end) is not None
        # "Ahmedabad, Sep 18 ... after he landed here Wednesday": the city of a dateline run
        # into the sentence, where the sentence says he arrived.
        here = hit.start == 0 and bool(hit.value.city) and _DATELINE_RUN_ON.match(text, hit.end) is not None and _ARRIVED_HERE.search(text) is not None
        if not venue and not inverted and not markers and not hosting and not here:
            continue
        if not venue and not inverted and not hosting and not hit.value.city and all(normal(marker.phrase) == "on" for marker in markers):
            continue  # "talks on Ukraine", "cooperation on North Korea": a country after "on" is a topic
        if owner and not hit.value.city and not _part_of_country(text[owner.end() + hit.end :]):
            continue  # "in South Korea's ministry": an owner; "in Pyongyang's guesthouse", "in Russia's east" are places
        near = any(0 <= hit.start - trip.end <= 40 for trip in trips)
        # "invited to visit Russia, ... said after talks in Pyongyang": the trip's own object first.
        direct = any(re.fullmatch(r"\s+(?:to\s+)?(?:the\s+)?", text[trip.end : hit.start]) for trip in trips if trip.end <= hit.start)
        ranked.append((-1 if (direct or inverted) and not hit.value.city and hit.value.country not in homes else 0 if near else 1,
                       0 if hit.value.city else 1, hit.start, hit.value))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [(at, place) for _, _, at, place in ranked]


_DATELINE_RUN_ON = re.compile(r",\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b", re.IGNORECASE)
"""A dateline's month and day after the city that opens a sentence, the dash between them and
the text lost ("Ahmedabad, Sep 18 Crowds lined ...")."""

_ARRIVED_HERE = re.compile(r"\b(?:landed|arrived|arrives|lands|came|comes|flew\s+in)\s+here\b", re.IGNORECASE)
"""An arrival "here": in the city the report is filed from."""


_NEXT_STOP = re.compile(r"\bnext\s+stops?\s+(?:is|are|will\s+be)\s+$", re.IGNORECASE)
"""Where a trip goes next, right before the place ("his next stops are Italy and Spain"): a
destination, though "stops" alone is a stop on the way to one."""

_COMES_NEXT = re.compile(
    r"\s+(?:is|are|comes?|will\s+be)\s+(?:the\s+)?next(?:\s+stops?)?\s+on\s+"
    r"(?:(?:the|his|her|their)\s+)?(?:[\w\-]+\s+){0,3}?(?:[\w\-]+['’]s\s+)?(?:schedule|tour|itinerary|trip|journey)\b",
    re.IGNORECASE,
)
"""What follows the place a trip goes to next, the subject of its sentence ("is the next stop
on the president's schedule"; "come next on Erdogan's tour")."""


_NO_GOING = frozenset({"after which", "from there"})
"""Words of going on that carry no going of their own ("after which he flies"): the verb
after them is the trip's word, if any."""


def _going_on_to(text: str, rules: Rules) -> list[Hit]:
    """Words of going on right before a place ("Erdogan flies on to Italy"; "he is to go on to
    Spain"): a trip's words, for going on to a place is travelling there, though no word the
    trip list holds ("travel", "visit") is among them."""
    return [
        cue for cue in rules.onward.find(text)
        if normal(cue.phrase) not in _NO_GOING
        and any(0 <= place.start - cue.end <= _ONWARD_REACH for place in rules.places.find(text))
    ]


_ONWARD_REACH = 24
"""How far after the words of going on the place may begin ("goes on to the United Arab Emirates")."""


def _comes_next(text: str, end: int, rules: Rules) -> Hit | None:
    """The words of a stop still to come on a traveller's tour, right after the place ending at
    `end` or after the list of places it opens ("Qatar and the UAE come next on his tour"): a
    trip's word, for the place is told before them. None when no such words follow."""
    for hit in rules.places.find(text):
        if hit.start >= end and LISTED.fullmatch(text[end : hit.start]):
            end = hit.end
    match = _COMES_NEXT.match(text, end)
    return None if match is None else Hit(match.start(), match.end(), "comes next", None)


_COUNTRIES_COUNTED = re.compile(
    r"\b(?:to|visit|visits|visiting|tour\s+of)\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:\w+\s+)?(?:countries|nations)\s*:\s*$",
    re.IGNORECASE,
)
"""The count of a trip's countries, right before the list of them ("takes him to five
countries: Japan, ..."; "will visit three Gulf nations:")."""

_GOING_HOME = re.compile(
    r"\b(?:returns?|returned|returning|(?:will|to)\s+return|(?:heads?|headed|heading|flies|flew|flying|goes|went|going|travels?|travell?ed)\s+(?:back|home))"
    r"\s+(?:home\s+)?(?:to|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Going home ("returns to Buenos Aires", "flies back to Moscow"): the leader's own country,
after it, is where the trip ends, no stop of it."""

_EARLIER_STOP = re.compile(
    r"\bafter\s+(?:he|she|they)\s+(?:had\s+)?(?:took\s+part\s+in|taken\s+part\s+in|attended|visited)\b[^,;.]*$"
    r"|\bback\s+from\s+(?:his|her|their|a)\s+(?:\w+\s+)?(?:trip|visit|tour|journey)\s+to\s+$",
    re.IGNORECASE,
)
"""A clause that tells what the trip came after ("which comes after he took part in the summit
in", "after she attended the summit in", "once she is back from her trip to"), up to the place
it names."""

_CAME_FROM_GATHERING = re.compile(
    r"\bfrom\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:summit|meeting|talks|conference|forum|gathering)\s+(?:in|at)\s+"
    r"(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,\s+)?$",
    re.IGNORECASE,
)
"""A gathering someone comes or returns from, up to the place it was held, or the country
after its city ("coming directly from the G20 summit in", "... in Bali, "): a place behind
the trip, not one it goes to."""

_COMING_FROM = re.compile(r"coming\s+(?:directly\s+|straight\s+|back\s+)?from\b", re.IGNORECASE)
""""Coming (directly) from the summit": an arrival from a place behind, no time ahead."""

_ABSENT_FROM = re.compile(r"\b(?:away|absent|missing|excluded)\s+from\s+[^,;.]*$", re.IGNORECASE)
"""Staying away from a gathering ("absent from the summit in"): the gathering is still where the
page's event is."""

_ARRIVED_AFTER = re.compile(r"\s+(?:[^\sA-Za-z\d]{1,2}\s+)?(?:arrived|has arrived|have arrived|reached)\b(?!\s+(?:at|in|on)\b)")
"""A place, maybe an unglossed particle ("Vladivostok に arrived"), then the verb of arriving."""

_CASE_SUFFIX = re.compile(r"['’](?:te|ta|de|da|ye|ya|e|a)\b")
"""The locative ("Buenos Aires'te", in Buenos Aires) or dative ("Arjantin'e", to Argentina)
ending Turkish writes onto a proper name after an apostrophe; no English possessive ("'s")."""

_FOREIGN_ARTICLE = re.compile(r"(?<=\s)(?:la|le|les|el|los|las|il|lo|o|die|der|dem|den)\s+$")
"""The article a French, Spanish, Italian, Portuguese or German page puts before a country
("la Chine", "la Argentina", "o Brasil", "die Türkei"), left by a gloss that turned the
preposition before it into English; lower case, as no place's own name begins so."""

_HOSTS_AFTER = re.compile(r"\s+(?:hosts|is hosting|hosted|has hosted)\b")
"""A place, then the verb of hosting: what it hosts is held there. Not a hosting still ahead
("the G7 summit Japan will host later this year", named beside a visit to India), whose
sentence's plan would be that summit's."""

_WHERE_HELD = re.compile(
    r",?\s+(?:is\s+)?where\s+(?P<meeting>[^,.;]{1,60}?)\s+(?:is|are)\s+(?:now\s+|being\s+)?(?:held|taking\s+place|under\s*way)\b",
    re.IGNORECASE,
)
"""A place, then the clause of a meeting held there now ("Rio, where the G20 summit is held";
"Japan is where the G7 gathering is taking place"). The present only: a meeting that "was held"
there is a look back."""

_WHERE_HELD_VERB_FIRST = re.compile(
    r",?\s+where\s+(?:is|are)\s+(?:now\s+|being\s+)?(?:held|taking\s+place|under\s*way)\s+(?P<meeting>[^,.;]{1,60})",
    re.IGNORECASE,
)
"""The same clause with its verb first, as French, Spanish, Portuguese and Italian put it and
their gloss keeps it ("Rio, où se tient le sommet du G20": "Rio, where is held the summit of the
G20")."""

_GROUP_GATHERING = re.compile(r"\b(?:summit|gathering)\b", re.IGNORECASE)


def _group_summit_held_here(text: str, end: int, rules: Rules) -> bool:
    """The place ending at `end` is followed by the clause of a group's summit held there now:
    the clause names a summit and the group it is of, a group the cue file lists or a name in
    capitals or with digits ("the BRICS summit", "the G20 summit", "the summit of the G7")."""
    held = _WHERE_HELD.match(text, end) or _WHERE_HELD_VERB_FIRST.match(text, end)
    meeting = "" if held is None else held.group("meeting")
    if not _GROUP_GATHERING.search(meeting):
        return False
    named = any(len(word) > 1 and (word.isupper() or word[:1].isupper() and any(c.isdigit() for c in word)) for word in re.findall(r"[\w-]+", meeting))
    return named or bool(rules.summit_groups.find(meeting))


_TOWN_IN = re.compile(r"\b(in|at|to)\s+(?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*,\s*$")
"""A town and then, after a comma, the region or country it is in ("in Rancho Mirage, California";
"to Garden Island Naval Base, Australia";
not "talks in Siberia, the Kremlin said", where the Kremlin speaks)."""

_COMPASS = re.compile(r"\s+(?:far\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\b", re.IGNORECASE)
"""A part of a country by its compass point, after the country's possessive ("Russia's Far East")."""

_NAMED_REGION = re.compile(
    r"\s+(?:[A-Z][\w'’\-]*\s+){1,3}(?:region|province|prefecture|oblast|krai|county|district|governorate)\b"
)
"""A part of a country by its name and the word for its kind, after the country's possessive
("Italy's Apulia region", "Turkey's Van province"): the gazetteer lacks the region, and the
country owns it as a place, not as an office ("Japan's Foreign Ministry")."""


def _part_of_country(after_possessive: str) -> bool:
    """Whether what follows a country's possessive names a part of that country, by its
    compass point ("Russia's Far East") or by its name and kind ("Italy's Apulia region"): the
    country is then where one is, not the owner of an office or a thing."""
    return bool(_COMPASS.match(after_possessive) or _NAMED_REGION.match(after_possessive))


_WITH = re.compile(r"\s+with\s+((?:[A-Z]\.(?:[A-Z]\.)+|[^,;:.])*?)(?=\s+(?:in|at|on|over|about|to|for)\b|[,;:.]|$)", re.IGNORECASE)
"""Whom a meeting is with, up to a place, a topic or a stop; an abbreviation's dots ("with
U.S. President Biden") are no stop."""


_A_DUTY = re.compile(
    r"\s+(?:its|(?:the|their|his|her)\s+(?:[\w\-]+\s+){0,2}(?:obligations?|needs|demands?|targets?|goals?|"
    r"requirements?|commitments?|standards?|criteria|expectations?|deadlines?))\b",
    re.IGNORECASE,
)
"""What one meets that is no one ("to meet its international obligations", "meet the demand")."""


def _with_others(text: str, hit: Hit, rules: Rules) -> bool:
    """Talks or a meeting with people who are no leader ("the debt-ceiling talks with
    Republicans in Washington", "met business leaders"), or a duty met ("pressed to meet its
    obligations"): no leaders' meeting, and no word of a trip to where they are."""
    if normal(hit.phrase) not in _MEETING_WORDS:
        return False
    if _A_DUTY.match(text, hit.end):
        return True
    partner = _WITH.match(text, hit.end)
    if partner is None:
        return False
    named = partner.group(1)
    return not (
        rules.names.find(named) or rules.titles.find(named) or rules.pronouns.find(named)
        or rules.plural_pronouns.find(named) or re.search(r"\b(?:counterpart|counterparts|host|hosts|leader|leaders|president|prime minister|chancellor|each other)\b", named, re.IGNORECASE)
    )


_MEETING_WORDS = {"talks", "meeting", "meet", "meets", "met", "talked"}


_NATIONS_PAIR = re.compile(r"\b([A-Z][\w'’]+)[-–]([A-Z][\w'’]+)\s+(?:(?:direct|peace|bilateral)\s+)?$")
"""Two nations' adjectives joined before the word ("direct Russian-Ukrainian talks")."""

_TWO_AND_A_VERB = re.compile(r"\b((?:the\s+)?[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?)\s+and\s+((?:the\s+)?[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?)\s+(?:[a-z]+\s+){1,3}$")
"""Two parties and a verb before the word ("Russia and Ukraine take up direct talks")."""


def _country_named(party: str, rules: Rules) -> str | None:
    """The country `party` names and nothing else ("Russia", "the Russian Federation"); None
    for a city ("Washington" stands for its government as often as for its leader's meeting)."""
    places = rules.places.find(party)
    if len(places) != 1 or places[0].value.city is not None:
        return None
    whole = party[places[0].start : places[0].end] in (party, party.removeprefix("the "))
    return str(places[0].value.country) if whole else None


def _nation_of(adjective: str, rules: Rules) -> str | None:
    """The country whose people `adjective` names, as the gazetteer's `nationality` gives it
    (read through the towns it places there: "Ukrainian town")."""
    places = rules.places.find(f"{adjective} town")
    return str(places[0].value.country) if len(places) == 1 and places[0].start == 0 else None


def _nations_talks(text: str, hit: Hit, named: list[tuple[int, str]], rules: Rules) -> bool:
    """Talks between two countries' delegations, not the leaders' meeting: the talks of a pair
    of nations named by their adjectives or names ("direct Russian-Ukrainian talks"), or of two
    countries named as their parties ("Russia and Ukraine take up talks"), where the sentence's
    leaders are not all at home in those two. Leaders who discuss such talks hold none
    themselves, and no word of a trip of theirs is in it."""
    if normal(hit.phrase) not in {"talks", "negotiations"}:
        return False
    before = text[: hit.start]
    if (pair := _NATIONS_PAIR.search(before)) is not None:
        countries = [_country_named(word, rules) or _nation_of(word, rules) for word in pair.groups()]
    elif (parties := _TWO_AND_A_VERB.search(before)) is not None:
        countries = [_country_named(party, rules) for party in parties.groups()]
    else:
        return False
    if None in countries:
        return False
    homes = {rules.leaders[leader].country for _, leader in named}
    return bool(homes) and not homes <= set(countries)


def _names_only(gap: str, rules: Rules) -> bool:
    """`gap` is one leader's name and nothing else ("Xi Jinping")."""
    names = rules.names.find(gap)
    return len(names) == 1 and gap.strip() == gap[names[0].start : names[0].end].strip() and gap[:1].isspace()


_VENUE_OF = re.compile(r"\bat\s+the\s+(?:[A-Z][\w'’-]*\s+){1,4}of\s+$")
"""A named venue's city, as other languages put it ("at the Diaoyutai State Guesthouse of
Beijing", from "di Pechino"): the city is where they met."""


_SPEAKING_AT = re.compile(
    r"\b(?:speaking|spoke|told reporters|said|addressing reporters"
    r"|(?:an?|the|one)\s+(?:senior\s+|government\s+)?(?:officials?|spokes(?:man|woman|person)|sources?))\s+(?:at|in|from)\s+(?:the\s+)?$"
    # "Speaking at his regular news briefing in Tokyo": the briefing is where he spoke.
    r"|\bspeaking\s+at\s+(?:his|her|their|a|the)\s+(?:[\w-]+\s+){0,2}(?:briefing|news\s+conference|press\s+conference)\s+in\s+$",
    re.IGNORECASE,
)
"""Where a leader spoke, or an official who told the news ("an official in Jerusalem said"):
not where the visit is."""

_STRUCK_IN = re.compile(
    r"(?:\b(?:dead|killed|kills|victims|deaths|casualties|died|lives|injured|wounded|homeless|displaced)\b(?:\s+[\w'’\-]+){0,3}?"
    r"|\b(?:earthquakes?|quakes?|floods?|flooding|tsunami|typhoon|hurricane|cyclone|wildfires?|fires?|explosions?|blasts?|"
    r"bombings?|attacks?|shootings?|crash)\b)\s+(?:in|across)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A disaster's toll, or the disaster, straight before a place ("which left thousands dead in",
"the victims in", "the earthquake in"): where it struck, not where a leader went. A visit to a
stricken place names it after its own word ("visited the earthquake zone in Hatay")."""

_LIST_GOES_ON = re.compile(r"(?:['’]s(?:\s+[\w\-]+){0,2})?,?\s+(?:and|or)\s+(?:in\s+)?(?:the\s+)?(?=[A-Z])")
"""What joins a place to the next of a list ("Turkey and in Syria", "Russia's Far East and Mongolia")."""


def _struck_next(text: str, end: int) -> int:
    """Where the place after `end` begins when a list goes on to it, else -1."""
    joined = _LIST_GOES_ON.match(text, end)
    return joined.end() if joined else -1


MOURNED = re.compile(r"\bfuneral\s+(?:service\s+)?(?:of|for)\s+(?:the\s+late\s+)?$", re.IGNORECASE)
"""The words before the leader whose funeral it is ("at the funeral of Queen Elizabeth II",
"the state funeral of Britain's sovereign"): the one mourned, no guest and no host."""

_COUNTRY_OWNS = re.compile(r"(?P<owner>(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)['’]s\s*$")
"""A country's name as the owner of the city after it ("South Korea's Gyeongju", "Russia's
Kazan"): the marker before the country is the city's."""

_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NAMED_THING = re.compile(
    r"\s+(?:Games|Olympics|Paralympics|Agreements?|Accords?|Declaration|Protocol|Format|Process|Conference|Cooperation\s+Organi[sz]ation)\b"
)
"""A city's name before the name of an occasion, a treaty or a body ("the Paris Games", "the
Minsk Agreements", "the Shanghai Cooperation Organisation"): the thing's name, not where
anyone goes."""


def names_a_thing(text: str, hit: Hit) -> bool:
    """The city `hit` finds is the first word of a thing's name after "the" ("the Shanghai
    Cooperation Organization"), not a place the text names."""
    return _THE_BEFORE.search(text[: hit.start]) is not None and _NAMED_THING.match(text, hit.end) is not None

_NAMES_MEETING = re.compile(r"\s+(?:(?:informal|bilateral)\s+)?(?:summit|meeting|talks)\b", re.IGNORECASE)
"""A meeting named for its city ("the Singapore summit", "the Helsinki talks", "the Wuhan
Informal Summit")."""


_OWNER = re.compile(r"[\w\-]+(?:[ \-][A-Z][\w\-]*)*['’]s\s+")


def _proxy_of(text: str, at: int, rules: Rules) -> bool:
    """The name at `at` owns a proxy ("Trump's special envoy", "Xi's foreign minister"), or
    has one set straight after it, as headlines write it ("Trump envoy Greenblatt")."""
    if _bare_proxy_after(text, at, rules) or _office_of_before(text, at, rules):
        return True
    owner = _OWNER.match(text, at)
    if owner is None or any(hit.start == at and hit.end >= owner.end() for hit in rules.titles.find(text)):
        return False  # "Japan's prime minister" is the leader himself, not a minister of his
    after = text[owner.end() : owner.end() + 40]
    return any(hit.start <= len(" ".join(after.split()[:2])) for hit in rules.proxies.find(after))


_OF_THE_LEADER = re.compile(r"\s+of\s+(?:the\s+)?((?:[\w.'’\-]+\s+){0,4})$")
"""The "of" after an office and the words before the leader's name ("envoy of Chinese
President Xi Jinping")."""


_LED_BY_THE_LEADER = frozenset({"delegation", "delegates", "delegate"})
"""Offices a leader may head himself: "the delegation of" a leader may travel with him."""


def _office_of_before(text: str, at: int, rules: Rules) -> bool:
    """The name at `at` owns a proxy told with "of" before it ("a special envoy of Chinese
    President Xi Jinping arrived", "the foreign minister of North Korean leader Kim Jong Un"),
    as "Xi's special envoy" owns one: the envoy travels, not his leader. Only where the words
    between are the leader's title or capitalised words, and not within a leader's own title
    ("the Prime Minister of India, Narendra Modi"). A delegation "of" a leader is one he may
    lead ("travelling in the delegation of Vajpayee"), so it says nothing of who went."""
    before = text[:at]
    gaps = [(office, gap) for office in _officials(before, rules.proxies.find(before))
            if office.phrase not in _LED_BY_THE_LEADER and (gap := _OF_THE_LEADER.match(before, office.end)) is not None]
    if not gaps:
        return False  # most names have no office with "of" before them: the titles need not be read
    titles = rules.titles.find(text)
    for office, gap in gaps:
        if any(t.start <= office.start < t.end for t in titles):
            continue
        words = gap.group(1)
        title_end = gap.start(1) + len(words.rstrip())
        if all(word[:1].isupper() for word in words.split()) or any(
            gap.start(1) <= t.start and t.end == title_end for t in titles
        ):
            return True
    return False


def _bare_proxy_after(text: str, at: int, rules: Rules) -> bool:
    """The leader's name at `at` is followed straight away, with no "'s", by the word for one
    who acts for him ("Netanyahu meets Trump envoy Greenblatt", "Putin aide says")."""
    ends = [hit.end for hit in rules.names.find(text) if hit.start == at]
    if not ends:
        return False
    after = text[max(ends) :]
    gap = re.match(r"\s+", after)
    return gap is not None and any(hit.start == gap.end() for hit in rules.bare_proxies.find(after[: gap.end() + 40]))


_FELLOW_GUEST = re.compile(
    r"\b(?:which|that)\s+(?:was|were|is|are|will be|had been)\s+attended\s+by\s+[^,;:.]*$", re.IGNORECASE
)
""""Kim did not go to the celebrations, which were attended by Xi": a guest of the occasion,
not one of the subject's party."""

_SENDS = re.compile(r"\b(?:sent|sends|send|sending|dispatched|dispatches|dispatch)\s+", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:after|before|since|because|although|though|when|which|whom|as|while)\s+", re.IGNORECASE)


def _sends_proxy(text: str, at: int, rules: Rules) -> bool:
    """The leader named at `at` sends someone in his stead ("Moon sent his security adviser to
    Pyongyang to meet Kim", "Xi will send Vice President Han Zheng to the inauguration")."""
    after = text[at : at + 80]
    for verb in _SENDS.finditer(after):
        sent = after[verb.end() : verb.end() + 60]
        if any(hit.start <= len(" ".join(sent.split()[:4])) for hit in rules.proxies.find(sent)):
            return True
    return False


_NEGATION = r"\b(?:(?:will|would|is|are|does|do)\s+not|won't|wouldn't|isn't|aren't|doesn't|don't)\s+(?:be\s+)?(?:going\s+to\s+)?"
NOT_HELD = re.compile(_NEGATION + r"$")
"""Right before a word of meeting, it rules the meeting out ("will not meet")."""

_NOT_TO_MEET = re.compile(_NEGATION + r"(?:meet(?:ing)?|see(?:ing)?|hold(?:ing)?\s+talks)\s+(?:with\s+)?(?:[A-Z][\w\-'’.]*\s+){0,4}$")
""""will travel to Brazil, but he will not meet President Lula": the leader the visitor will
not see is no party to the trip, nor its host."""

_ACTING_FOR = re.compile(
    r"(?:\b(?:on|under|at|upon)\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:instructions?|orders?|behalf|behest|errand)\s+of\s+"
    r"|\bbehalf\s+(?:of\s+)?)(?:the\s+)?(?:[\w\-'’]+\s+){0,4}$",
    re.IGNORECASE,
)
""""Shoigu, on the instructions of Putin, arrived in Pyongyang": the leader who sent someone,
not one who travelled or met; whoever went on his errand is an official, in any language the
glossary reads ("по поручению Путина"). "Behalf" is never said but of someone acting for
another, so it is enough alone where an address's words have dropped "on" and "of" ("shoigu
behalf putin arrived pyongyang")."""


_OPPONENTS = r"(?:opponents|adversaries|rivals|critics|enemies|foes|detractors|opposition)"

_OPPONENTS_OF = re.compile(
    _OPPONENTS + r"\s+(?:of|de|do|da|del|di|du|des|von)\s+(?:the\s+)?(?:[A-Z][\w\-'’.]*\s+){0,3}$", re.IGNORECASE
)
_HIS_OPPONENTS = re.compile(r"(?:[A-Z][\w\-.]*\s+){0,3}?[A-Z][\w\-.]*['’]s\s+(?:[\w\-]+\s+)?" + _OPPONENTS + r"\b", re.IGNORECASE)


def _opposed(text: str, at: int) -> bool:
    """The leader named at `at` is named for those against him ("a rally with opponents of
    Putin", "beside Lula's rivals"): he is not among them, nor host to whoever joins them."""
    return bool(_OPPONENTS_OF.search(text[:at]) or _HIS_OPPONENTS.match(text, at))


def _bystander(text: str, at: int, rules: Rules) -> bool:
    """The leader named at `at` is only in a clause about something else ("Witkoff met Putin,
    hours after Trump urged a ceasefire"; "proposals of which Trump was told"): a subordinate clause with no word of a trip or of
    where one stands ("though Putin had invited him" is news of the trip). A leader named where
    the sentence gives a starting point ("the first such trip since Theresa May came") is
    one whatever the clause says, where the sentence tells of a trip outside it: his trip is the
    one that came before (a sentence all of whose trips are starting points is a look back)."""
    trips = rules.trip.find(text) + rules.arrival.find(text)
    if in_since_clause(text, at) and any(not in_since_clause(text, hit.start) for hit in trips):
        return True
    opening = [
        m for m in _SUBORDINATE.finditer(text[:at])
        if not re.search(r"[,;]", text[m.end() : at]) and not _IN_THE_OFFICE_OF.match(text, m.start())
    ]
    if not opening:
        return False
    # "when President Trump, visiting Tokyo, met her": an aside set off by commas just after
    # the name leaves the clause's verb after it, so the clause runs on past the aside.
    aside = _ASIDE_AFTER_NAME.match(text, at)
    after = aside.end() if aside else at
    end = re.search(r"[,;]", text[after:])
    clause = text[opening[-1].start() : after + end.start() if end else len(text)]
    return not rules.trip.find(clause) and not rules.arrival.find(clause) and not _statuses(clause, rules)


_IN_THE_OFFICE_OF = re.compile(
    r"[Aa]s\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:president|prime minister|premier|chancellor|leader|head of (?:state|government))\b"
    r"(?!\s+[A-Z])"
)
""""as" naming the office one acts in ("his first summit as president"), no clause's opening:
the office in lower case, with no name after it ("as President Xi looked on" opens a clause)."""

_ASIDE_AFTER_NAME = re.compile(
    r"(?:[A-Z][\w\-'’.]*\s+){0,3}[A-Z][\w\-'’.]*,\s+"
    r"(?!(?:was|were|is|are|has|had|have|will|would|shall|should|can|could|may|might|must|did|does|do)\b)[^,;]{1,40},"
)
"""A name, then an aside of a few words between commas (", visiting Tokyo,"); not the main
clause's verb after a subject set off by commas ("Wang, sent as envoy by Hu, was received")."""


def _named_aside(text: str, named: list[tuple[int, str]], rules: Rules) -> set[str]:
    """The leaders named only in a later clause of their own with no word of a trip, of where
    one stands or of a place, beside two others the sentence puts in the trip ("said he was not
    welcome in Kyiv, diplomats pointing to his line toward Putin"; "met Putin in Moscow, drawing
    criticism from Zelensky"): they are what the clause is about, not among those meeting."""
    def clause(at: int) -> str:
        # After a comma: a semicolon opens a sentence of its own ("Xi joins Putin; Kim stays away").
        start = max((m.end() for m in re.finditer(r"[,;]", text[:at])), default=0)
        end = re.search(r"[,;]", text[at:])
        return text[start : at + end.start() if end else len(text)] if start and text[start - 1] == "," else ""

    def aside(at: int) -> bool:
        words = clause(at)
        if _one_of_a_list_of_names(text, at, words, named):
            return False
        # A country that is a leader's title ("Russia's President Putin") places nothing; who
        # said it ("Yoon said") is the attribution's to settle.
        placed = [hit for hit in rules.places.find(words) if not re.match(r"['’]s\b", words[hit.end :])]
        return bool(words) and not (
            rules.trip.find(words) or rules.arrival.find(words) or _statuses(words, rules) or placed
            or any(word in rules.reporting for word in re.findall(r"[a-z]+", words.lower()))
        )

    def owner_only(at: int) -> bool:
        # "in spite of Donald Trump's fresh threats on trade": the owner of a thing that is no
        # trip, no stance on one and no place is what the sentence weighs, not one who meets.
        owned = _OWNER_OF.match(text.replace("’", "'"), at)
        if owned is None:
            return False
        thing = owned.group(1)
        return not (rules.trip.find(thing) or rules.arrival.find(thing) or _statuses(thing, rules) or rules.places.find(thing)
                    or rules.proxies.find(thing) or rules.envoy_trips.find(thing))

    out = {leader for at, leader in named if aside(at) or owner_only(at)} - {
        leader for at, leader in named if not (aside(at) or owner_only(at))
    }
    return out if len({leader for _, leader in named} - out) >= 2 else set()


_TITLED_NAME = re.compile(r"\s*(?:[A-Z][\w.\-'’]*\s+){0,5}")
"""Up to five words in capitals before a name: its title and country ("Japanese Prime Minister")."""


def _one_of_a_list_of_names(text: str, at: int, words: str, named: list[tuple[int, str]]) -> bool:
    """The clause of the leader named at `at` holds his name and title alone, and a comma after it
    runs on to another leader's ("On Thursday, President A, Prime Minister B and President C held
    talks"): he is the first of a list of those who meet, not an aside of his own."""
    if not words.strip() or not all(word[:1].isupper() or not word[:1].isalpha() for word in words.split()):
        return False
    comma = text.find(",", at)
    if comma < 0:
        return False
    return any(_TITLED_NAME.fullmatch(text, comma + 1, other_at) is not None for other_at, _ in named if other_at > comma)


_OWNER_OF = re.compile(r"[\w\-]+(?:[ \-][A-Z][\w\-]*)*'s\s+((?:[\w\-]+\s+){0,2}[\w\-]+)")
"""A leader's name as an owner, and up to three words of what he owns ("Trump's fresh threats on")."""


_OWN_TRIPS = re.compile(r"\b(?:his|her|their)\s+(?:[\w\-]+\s+){0,2}(?:trips?|visits?|travels?)\b", re.IGNORECASE)


def _first_stops(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses that tell where a trip or a tour began, before the stop the page
    reports ("his peace mission, which opened with a visit to Kyiv on July 2"): a stop made."""
    spans = []
    for opening in _OPENED_WITH.finditer(text):
        end = re.search(r"[,;]", text[opening.end() :])
        spans.append((opening.start(), opening.end() + end.start() if end else len(text)))
    return spans


def _hosting_asides(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses that tell what a leader's country hosts ("Macron, whose country
    hosts the next Games in Paris in 2024, and ..."): the occasion's place and year, not the
    meeting's. The clause runs to the next ", and", semicolon or the sentence's end."""
    return [(m.start(), m.end()) for m in _WHOSE_HOSTING.finditer(text)]


_WHOSE_HOSTING = re.compile(
    r",\s+whose\s+(?:country|nation|city|government)\s+(?:hosts|will\s+host|is\s+hosting|is\s+to\s+host|hosted)\b.*?(?=,\s+and\b|;|$)",
    re.IGNORECASE,
)


_OPENED_WITH = re.compile(
    r"\b(?:opened|began|started|kicked\s+off)\s+with\s+(?:a|an|his|her|their)\s+(?:[\w\-]+\s+)?(?:visit|trip|stop|stay)\b", re.IGNORECASE
)


def _their_own_trips(text: str, rules: Rules) -> list[tuple[int, int]]:
    """Spans of the subordinate clauses that tell of someone's own trips and place none
    ("He reached Beijing shortly after Zelensky said he would put off all his trips abroad"):
    whoever they name, and whatever became of those trips, is not the sentence's news."""
    spans = []
    for opening in _SUBORDINATE.finditer(text):
        end = re.search(r"[,;]", text[opening.end() :])
        clause = text[opening.start() : opening.end() + end.start() if end else len(text)]
        placed = [hit for hit in rules.places.find(clause) if not re.match(r"['’]s\b", clause[hit.end :])]
        if opening.start() > 0 and _OWN_TRIPS.search(clause) and not placed:
            spans.append((opening.start(), opening.start() + len(clause)))
    return spans


_INVITEE_TO = re.compile(r"\s+(?:[\w.'’\-]+\s+){1,5}to\s+(?:the\s+)?$")


def _invitations_to(text: str, rules: Rules) -> list[Hit]:
    """Invitations to a named place ("Lavrov invites Kim to Moscow"): each is a trip asked
    for, where the verb says no more than the invitation. So with one turned down in a phrase
    that holds the invitation ("declined the invitation of Putin to Moscow"): read whole as a
    refusal, it leaves no invitation of its own to be the trip's word."""
    invitations = [
        hit for hit in rules.status.find(text)
        if hit.value is Status.INVITED or (hit.value is Status.DECLINED and hit.phrase.endswith("invitation"))
    ]
    return [
        hit for hit in invitations for place in rules.places.find(text)
        if place.start > hit.end and _INVITEE_TO.fullmatch(text[hit.end : place.start])
    ]


def _next_stops(text: str, rules: Rules) -> list[Hit]:
    """The words that tell each place named before them as a tour's next stop ("Egypt is next
    on the president's schedule"): a trip's words, though no word of going is among them."""
    return [hit for place in rules.places.find(text) if (hit := _comes_next(text, place.end, rules)) is not None]


def _no_one(text: str, rules: Rules) -> bool:
    """No leader's name or title in `text` ("Moscow's parade", not "North Korea's Kim ... met")."""
    return not rules.names.find(text) and not rules.titles.find(text)


_PEOPLE = re.compile(r"\b(?:leaders|men|presidents)\b")
_NOT_PEOPLE = re.compile(
    r"\s+(?:countries|nations|states|sides|governments|capitals|economies|peoples|parties|ministers|ministries|delegations|armies|neighbours|neighbors)\b",
    re.IGNORECASE,
)


def _back_to_people(text: str, rules: Rules) -> list[Hit]:
    """The words that refer back to the leaders told before ("the two", "the talks"), not
    "the two countries" or "the two ministers", which are not them."""
    return [hit for hit in rules.plural_pronouns.find(text) if not _NOT_PEOPLE.match(text, hit.end)]


def _named_next(sentences: list[Sentence], index: int, ref: PartialDate | None, rules: Rules, mentioned: set[str]) -> list[str]:
    """The first two leaders the sentences after `index` name, in their order; none unless two."""
    named: list[str] = []
    for sentence in sentences[index + 1 :]:
        for _, leader in find_leaders(sentence.text, ref, rules, mentioned):
            if leader not in named:
                named.append(leader)
    return named[:2] if len(named) >= 2 else []


MAYBE_HELD = re.compile(r"\b(?:could|might|may)\s+(?:be\s+held|take\s+place)\b", re.IGNORECASE)
"""A meeting that "could be held" somewhere, or "could take place" in June: one still being
looked for, neither placed by the sentence nor, as a summit, this meeting."""

HOPED_FOR = re.compile(r"\b(?:clear|clears|clearing|pave|paves|paving|open|opens|opening)\s+the\s+way\s+for\b", re.IGNORECASE)
"""A meeting a trip or talks are to "clear the way for": hoped for. Placed, it is news ("pave
the way for Xi's visit to Moscow in May"); placed nowhere, no event."""


WISHED_FOR = re.compile(r"\b(?:wants?|wanted|wish(?:es|ed)?|hopes?|hoped|would\s+like)\s+to\s+(?:meet|see|hold\s+talks)\b", re.IGNORECASE)
"""A meeting a leader "wants to meet" another for: a wish. Given a place or a time, it is a
plan like any other ("wanted to meet him on Tuesday"); given neither, no event."""


_AGREED_THAT_THEY_WOULD = re.compile(
    r"\b(?:agreed|promised|pledged|vowed)\b[^.;]*?[:,]?\s+(?:that\s+)?(?:they|he|she|both|each)\s+(?P<would>would)\b", re.IGNORECASE
)
"""What leaders "agreed at their summit in March: that they would visit each other again": the
future told in the past, an agreement's content, not a time ahead of the page."""


def _future_in_the_past(text: str, ahead: list[Hit], rules: Rules) -> bool:
    """The sentence's only cues of a time ahead are the "would" of an agreement told in the
    past, and no date follows it: the dates it names (the agreement's "in March") are past, as
    the page's own tense is. A date after the "would" ("agreed that they would meet in May")
    is the plan's own, and ahead."""
    agreed = [match for match in _AGREED_THAT_THEY_WOULD.finditer(text)]
    if not agreed:
        return False
    woulds = {match.start("would") for match in agreed}
    last = max(woulds)
    return all(hit.start in woulds for hit in ahead) and not find_dates(text[last:], None, rules, True, False)


def read_frames(sentences: list[Sentence], ref: PartialDate | None, rules: Rules) -> tuple[list[Frame], set[str]]:
    """The frames of an article, and every leader it mentions at all. `ref` is the article's
    date; when it is unknown (None), nothing is judged by it: no one is out of office and no
    date is "before the article"."""
    mentioned: set[str] = set()
    for sentence in sentences:
        # A leader named only as one the visitor will not meet, or for those against him, is
        # not there to host him.
        mentioned.update(
            hit.value for hit in rules.names.find(sentence.text)
            if not _NOT_TO_MEET.search(sentence.text[: hit.start]) and not _opposed(sentence.text, hit.start)
            and not MOURNED.search(sentence.text[: hit.start])
        )
    frames: list[Frame] = []
    aides = article_aides(sentences, rules)
    # A leader the article names in a minister's or an envoy's office, and who did not lead
    # at its date, is that minister all through it ("Steinmeier in Moscow", over a foreign
    # minister's visit).
    officers = {
        hit.value for sentence in sentences for hit in rules.names.find(sentence.text)
        if _in_office_below(sentence.text, hit, rules, ref) and not (ref is not None and in_office(rules.leaders[hit.value], ref))
    }
    # "President-elect Yoon" told once: the one elected all through the page ("Modi asked
    # Yoon to visit India"), news of the one about to take office, not a look back.
    elect = called_elect((sentence.text for sentence in sentences), ref, rules)
    previous_subject: str | None = None
    officials_doings = False  # the sentence before told what an official of the page did
    met_by_aide: set[str] = set()  # the leaders a minister or an envoy of the page met, as told last
    previous_leaders: list[str] = []
    previous_place: Place | None = None
    for sentence in sentences:
        text = sentence.text
        # "Trump's envoy met Putin (at what Trump called a key moment)": Trump is named, but
        # his envoy is the one who met.
        named = [(at, leader) for at, leader in find_leaders(text, ref, rules, mentioned) if leader not in officers]
        # A meeting still ahead names its own leaders: only those mentions are dropped ("Kim
        # and Xi met ..., ahead of the summit Kim is to hold with Trump": Kim stays).
        later = _later_news(text, named)
        named = [(at, leader) for at, leader in named if not any(a <= at < b for a, b in later)]
        asides = _hosting_asides(text)
        earlier = _earlier_news(text, named) + later + _their_own_trips(text, rules) + _first_stops(text) + asides
        acting_for = {
            leader for at, leader in named
            if _proxy_of(text, at, rules) or _sends_proxy(text, at, rules) or _bystander(text, at, rules)
            or _ACTING_FOR.search(text[:at])
            or _NOT_TO_MEET.search(text[:at])
            or _FELLOW_GUEST.search(text[:at])
            or MOURNED.search(text[:at])
            or _opposed(text, at)
            or any(a <= at < b for a, b in earlier)
        }
        named = [(at, leader) for at, leader in named if leader not in acting_for]
        aside = _named_aside(text, named, rules)
        named = [(at, leader) for at, leader in named if leader not in aside]
        title = _BARE_TITLE.search(text)
        # An office opening the sentence, its subject, that is the office of the leader named
        # before: the one who goes on, should the sentence go on from one stop to another.
        titled = previous_subject if (
            title is not None and title.start() == 0 and previous_subject is not None
            and title.group(1).lower() in rules.leaders[previous_subject].office.lower()
        ) else None
        if (
            title is not None and previous_subject is not None
            and title.group(1).lower() in rules.leaders[previous_subject].office.lower()
            # With no one named, "the two" or "the visit" stand for the leaders told before. An
            # heir is told of by his title more than his name, so "The crown prince" opening a
            # sentence is the one named before, whoever else it names ("... talks with Kishida").
            and (not named and not rules.plural_pronouns.find(text)
                 or title.start() == 0 and title.group(1).lower() == "crown prince" and previous_subject not in {l for _, l in named})
        ):
            # "A visit to Vatican City that the prime minister was to make": the prime minister
            # named before, as "he" would be, when that is his office.
            named = [(title.start(), previous_subject), *named]
        elif (
            title is not None and (office := title.group(1).lower())
            and not any(office in rules.leaders[leader].office.lower() for _, leader in named)
            and (named or not rules.plural_pronouns.find(text))
        ):
            # "Opening the meeting with the prime minister at the White House, the U.S. president
            # thanked ...": the one prime minister the page names, whoever else the sentence names
            # (with no one named, "the visit" stands for the leaders told before: "security for
            # the visit ... which guards the Prime Minister").
            holders = [leader for leader in sorted(mentioned) if office in rules.leaders[leader].office.lower()]
            if len(holders) == 1:
                named = sorted([(title.start(), holders[0]), *named])
        if aides_meeting := _aides_meeting(text, named, aides, rules):
            met_by_aide = {leader for _, leader in named}
        if (
            _officials_doings(text, named, officers, officials_doings, rules)
            or aides_meeting
            # "The visit ends with a speech": the trip just told, the official's.
            or officials_doings and _THE_TRIP.match(text)
            # "Their meeting lasted an hour, during which Lavrov told the prime minister ...":
            # the aide's meeting told on, with the leaders he met and no one arriving.
            or officials_doings and _aides_apart(text, aides, rules) and named and {leader for _, leader in named} <= met_by_aide
            and not rules.arrival.find(text)
        ):
            # "Biden is to see Hu on Thursday"; "He will also tour a factory": a deputy or a
            # minister the page names in that office is the subject, so the leaders named are
            # those he meets or mentions, on no trip of their own. So with a minister or an
            # envoy named by his office who travels or meets, or whom a leader receives.
            officials_doings, previous_subject = True, None
            continue
        officials_doings = False
        leaders = [leader for _, leader in named]
        # The subject: the first leader named other than as an owner ("Putin's spokesman").
        subject = next((leader for at, leader in named if not re.match(r"[\w\-]+(?:[ \-][A-Z][\w\-]*)*'s\b", text[at:].replace("’", "'"))), None)
        trips = [
            hit for hit in rules.trip.find(text) + rules.arrival.find(text) + _invitations_to(text, rules) + _next_stops(text, rules)
            + _going_on_to(text, rules)
            if not _with_others(text, hit, rules) and not _WELCOMES_NEWS.match(text, hit.start)
            and not _nations_talks(text, hit, named, rules) and not _COMES_OUT.match(text, hit.start)
        ]
        pronouns = rules.pronouns.find(text)
        first_name = named[0][0] if named else len(text)
        the_trip = _THE_TRIP.match(text) and not any(
            re.search(r"\b(?:to|in|at|into)\s+(?:the\s+)?$", text[: hit.start], re.IGNORECASE) for hit in rules.places.find(text)
        )
        if not leaders and not previous_leaders and any(_PEOPLE.search(hit.phrase) for hit in rules.plural_pronouns.find(text)):
            # A page pasted from mid-article opens on "the two leaders would meet": the two
            # it names next.
            leaders = _named_next(sentences, sentence.index, ref, rules, mentioned)
        told_before = None
        if not leaders and previous_leaders and (_back_to_people(text, rules) or the_trip):
            # "the two leaders"; "The state visit will run from Friday to Sunday": the trip just
            # told, by its travellers (not "The visit follows his trip to Moscow", another trip;
            # "the Kremlin said" places nothing).
            leaders = list(previous_leaders)
            told_before = previous_place if the_trip else None
        elif previous_subject and pronouns and pronouns[0].start < first_name and not (
            normal(pronouns[0].phrase) in {"he", "his", "him"} and _someone_before(text, pronouns[0].start, aides, rules)
        ):
            # "During the visit he held talks with Putin": he is the one named before.
            leaders = [previous_subject, *leaders]
            subject = previous_subject
        # "Jaishankar said ...": a minister or an envoy of the page as the subject, so the "he"
        # of the next sentence is his, not the leader named before.
        previous_subject = subject or (None if _aide_opens(text, named, aides, rules) else previous_subject)
        if named:
            # Where the sentence that names the leaders has them go or meet ("agreed to meet
            # soon in Budapest"): the place of the trip a next sentence opens on ("Then the
            # summit was put off"), if it names just one.
            going = {hit.value for hit in rules.places.find(text) if _GOING_TO.search(text[: hit.start])}
            previous_place = going.pop() if len(going) == 1 else None
        # "the two leaders": the last two leaders named, in any sentence before.
        for leader in leaders:
            if leader in previous_leaders:
                previous_leaders.remove(leader)
            previous_leaders.append(leader)
        previous_leaders = previous_leaders[-2:]
        if (each := _RECIPROCAL.search(text)) is not None and len(set(previous_leaders)) == 2 and set(leaders) <= set(previous_leaders):
            # "Each leader invited the other to visit": an invitation to each one's country.
            frames.extend(_each_invites_the_other(sentence, each.start(), tuple(previous_leaders), rules))
            continue
        if not trips or not leaders or rules.unconfirmed.find(text):
            continue
        if rules.not_a_visit.find(text) and not any(s in CARRIED for _, s in _statuses(text, rules)):
            continue  # a call or a letter is no visit, but an invitation or a cancellation it carries is news
        plan = sentence.headline and _headline_plan(text, rules)
        ahead_hits = [
            hit for _, hit in _outside(tuple((hit.start, hit) for hit in rules.future.find(text)), earlier)
            if not _COMING_FROM.match(text, hit.start)
        ]
        future = plan or bool(ahead_hits) and not _future_in_the_past(text, ahead_hits, rules)
        dates = tuple(m for m in find_dates(text, ref, rules, future, plan) if not any(a <= m.start < b for a, b in earlier))
        if (tag := _DATELINE_TAG.match(text)) is not None:
            # "Beijing, (APP - ... - 5th Nov, 2024) Prabowo is to travel ...": the report's date.
            dates = tuple(replace(m, reporting=True) if m.start < tag.end() else m for m in dates)
        # "Foreign Minister Lavrov held talks in Beijing on Tuesday to prepare Putin's visit":
        # what comes before the leader, in a minister's or an envoy's clause, is theirs.
        two = rules.plural_pronouns.find(text)
        aide = _aides_lead(text, named[0][0] if named else two[0].start if two else None, rules, aides)
        dates = tuple(m for m in dates if m.start >= aide)
        old = _old_clauses(text, dates, ref, future) + earlier + [(0, aide)]
        homes = {rules.leaders[leader].country for leader in leaders}
        every_place = _outside(tuple(_destinations(text, rules, trips, homes, tuple(named))), asides)
        found_places = list(_outside(every_place, old))
        places = [place for _, place in found_places]
        if not places and (MAYBE_HELD.search(text) or HOPED_FOR.search(text)):
            continue  # "that summit could take place in June": a meeting still looked for, placed nowhere
        if not places and WISHED_FOR.search(text) and all(m.reporting for m in dates):
            continue  # "wants to meet Lula to discuss peace": a wish, neither placed nor timed
        if places and _aides_named(text, aides) and all(rules.leaders[leader].country == places[0].country for leader in leaders):
            continue  # "Blinken met Xi in Beijing": the one who came is a minister, not a leader
        hosting = False
        if not found_places and (guest := _hosted_country(text, rules)) is not None:
            # "Biden to welcome South Korea": the host at home is to receive that country's leader.
            guest_leader = holder(guest, ref, rules, mentioned)
            host_home = next((rules.leaders[leader].country for leader in leaders if rules.leaders[leader].country != guest), None)
            if guest_leader is not None and host_home is not None:
                leaders = [*leaders, guest_leader]
                found_places = [(len(text), Place(country=host_home, city=None))]
                places = [found_places[0][1]]
                hosting = True
        elif not found_places and told_before is not None:
            found_places = [(len(text), told_before)]
            places = [told_before]
        elif not found_places and (host_home := _hosts_leader(text, named, rules) or _sworn_in_at_home(text, named, rules)) is not None:
            # "Biden will host Modi for a state visit": in the host's country.
            found_places = [(len(text), Place(country=host_home, city=None))]
            places = [found_places[0][1]]
        status_hits = _outside(_statuses(text, rules), old)
        if not status_hits and (by_noun := _host_by_noun(text, named, rules)) is not None:
            # "Xi was Putin's host": a meeting told by the noun of who received whom, held or ahead.
            status_hits = _outside(((by_noun[0], by_noun[3]),), old)
        if calls := rules.not_a_visit.find(text):
            # "held talks by video link on Friday, and Putin invited Xi to Moscow": the call's
            # own verbs and day say nothing of the trip; only what the call carries does.
            status_hits = tuple((at, status) for at, status in status_hits if status in CARRIED)
            dates = tuple(replace(m, reporting=True) if _in_clause_of(text, calls, m.start) else m for m in dates)
        if subject is not None and (set_off := _set_off(text, found_places, rules.leaders[subject].country, rules)) is not None:
            status_hits = tuple(sorted((*status_hits, (set_off, Status.CONFIRMED))))
        if hosting and not status_hits:
            status_hits = ((0, Status.ANNOUNCED),)
        if found_places:
            status_hits = _of_this_place(text, status_hits, found_places[0][1], rules)
        if (since := _AFTER_CLAUSE.search(text)) is not None and any(at < since.start() for at, _ in status_hits):
            # "is expected to visit North Korea later this year, after Kim invited him": what
            # led to the news is background to it.
            status_hits = tuple((at, status) for at, status in status_hits if at < since.start())
        statuses = tuple(status for _, status in status_hits)
        arrived = any(hit.start >= aide and not _WELCOMES_NEWS.match(text, hit.start) for hit in rules.arrival.find(text))
        kinds = tuple(
            hit.value for hit in rules.kinds.find(text)
            if hit.value and not any(a <= hit.start < b for a, b in earlier)
            and not (hit.value == "ceremony" and _occasion_as_a_time(text, hit.start))
        )
        frame = Frame(
            sentence=sentence,
            leaders=tuple(dict.fromkeys(leaders)),
            place=places[0] if places else None,
            places=tuple(places),
            place_hits=tuple(found_places),
            status_hits=status_hits,
            statuses=statuses,
            kinds=kinds,
            dates=dates,
            future=future,
            arrived=arrived,
        )
        if _only_a_setting(text, trips, frame):
            # "At the APEC summit in South Korea, Albanese was one of seven leaders asked to a
            # dinner": the summit is where something else is told; nothing says anyone went.
            continue
        if every_place and not found_places:
            # "He was in Moscow in July for talks with Putin": the trip it places is an older one.
            frame = Frame(**{**frame.__dict__, "looking_back": "it places only a trip dated before the article"})
        if len(owned := _owned_trips(text, named, found_places, rules)) >= 2:
            # "Takaichi's expected visit to India and Modi's return trip to Tokyo": each
            # leader's own trip, to the place it names, is a visit of its own.
            for at, leader, place in owned:
                frames.append(_with_look_back(
                    replace(frame, leaders=(leader,), place=place, places=(place,), place_hits=((at, place),), own_trip=True), ref, rules, elect
                ))
            continue
        stops = _onward_stops(frame, named, subject, rules, titled)
        if len(stops) == 1:
            stops = _two_trips_told(frame, homes, rules)
        frames.extend(_with_look_back(stop, ref, rules, elect) for stop in stops)
        for at, place in _and_countries(text, found_places, homes, rules):
            # "his trip to Indonesia and Australia": a visit to each (of the stop the list is in).
            stop = next(stop for stop in reversed(stops) if stop is stops[0] or any(a <= at for a, _ in stop.place_hits))
            frames.append(_with_look_back(replace(stop, place=place, places=(place,), place_hits=((at, place),)), ref, rules, elect))
        frames.extend(_with_look_back(stop, ref, rules, elect) for stop in _stops_in_turn(frames, stops, found_places, homes, ref, rules))
    return frames, mentioned


_SETTING = re.compile(
    r"(?:(?:At|During|On\s+the\s+(?:sidelines|margins)\s+of)\s+|In\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){1,3}for\s+)"
    r"(?:the|a|an|this|last)\s+[^,;:.]*,\s"
)
"""A sentence's opening phrase that sets where what it tells happened ("At the APEC summit in
South Korea, ..."; "In South Korea for the APEC summit, ...")."""


_OCCASION = re.compile(
    r"\b(?:ceremony|ceremonies|parade|celebration|celebrations|commemoration|inauguration|funeral)\b", re.IGNORECASE
)
"""The words of an occasion that leaders attend in person: a setting that names one is no backdrop."""


_A_TIME_BY_ONES_OWN_OCCASION = re.compile(
    r"\b(?:after|since|following|before)\s+(?:his|her|their)\s+(?:[\w.\-]+\s+){0,2}$", re.IGNORECASE
)
"""An occasion of one's own that dates something else ("a day after his inauguration", "soon
after his May 9th inauguration"): the time of the news, not the occasion it is for."""


def _occasion_as_a_time(text: str, at: int) -> bool:
    """Whether the occasion named at `at` tells when something else happened ("the first
    visit just one day after his inauguration"): a trip made after a leader took office is no
    trip to his inauguration."""
    return _A_TIME_BY_ONES_OWN_OCCASION.search(text[max(0, at - 60) : at]) is not None


def _only_a_setting(text: str, trips: list[Hit], frame: Frame) -> bool:
    """Every word of a trip is in the sentence's opening setting, and nothing else tells of
    one: no status, no date, no arrival, no plan. The summit is a backdrop. An occasion is not
    ("At a ceremony in Istanbul, the two presidents marked ..."): those it names were at it."""
    setting = _SETTING.match(text)
    return (
        setting is not None and not _OCCASION.search(setting.group())
        and all(hit.end <= setting.end() for hit in trips)
        and not frame.status_hits and not frame.dates and not frame.arrived and not frame.future
    )


def _onward_stops(
    frame: Frame, named: list[tuple[int, str]], subject: str | None, rules: Rules, titled: str | None = None
) -> list[Frame]:
    """The frame, cut in two where the sentence goes on from a stop it places to one in another
    country ("is due to meet Trump in Washington on Monday, after which he planned to fly to
    Buenos Aires"): each stop with the leaders, status words, kind words, dates and places of
    its own clause, the traveller in both ("had meant to go on from there to Argentina, but the
    visit has been put off": the stop put off, not the one he is at). The frame whole when the
    sentence names no such two stops."""
    text = frame.sentence.text
    for cue in rules.onward.find(text):
        before = [(at, place) for at, place in frame.place_hits if at < cue.start]
        after = [(at, place) for at, place in frame.place_hits if cue.end <= at <= cue.end + 60]
        if not before or not after:
            continue
        if after[0][1].country in {place.country for _, place in before}:
            continue  # "in Moscow, then on to St Petersburg": one visit, two cities
        # The one going on is the first leader named in the clause before the words ("After
        # talks with Putin in Moscow, Bolsonaro will go on to Budapest"), else the sentence's
        # subject ("Netanyahu is due to meet Trump in Washington, after which he flies on").
        clause = max(text.rfind(",", 0, cue.start), text.rfind(";", 0, cue.start)) + 1
        goer = next((leader for at, leader in named if clause <= at < cue.start and not OWNER_NAME.match(text, at)), None)
        if goer is None and titled is not None and not any(at < cue.start for at, _ in named):
            # "The president stays in Moscow until Thursday, when he leaves for Budapest to
            # meet Orbán": the office opening the sentence (`titled`) is the one going on.
            goer = titled
        traveller = goer or (subject if subject in frame.leaders else frame.leaders[0])
        first = [leader for at, leader in named if at < cue.start] or [traveller]
        second = [traveller, *(leader for at, leader in named if at >= cue.end and leader != traveller)]
        later = [(at, place) for at, place in frame.place_hits if at >= cue.end]
        parts = []
        for leaders, hits, (start, end) in ((first, before, (0, cue.start)), (second, later, (cue.end, len(text)))):
            ranked = tuple(place for _, place in hits)
            status_hits = tuple((at, status) for at, status in frame.status_hits if start <= at < end)
            parts.append(replace(
                frame, leaders=tuple(dict.fromkeys(leaders)), place=ranked[0], places=ranked, place_hits=tuple(hits),
                status_hits=status_hits, statuses=tuple(status for _, status in status_hits),
                dates=tuple(m for m in frame.dates if start <= m.start < end),
                kinds=tuple(hit.value for hit in rules.kinds.find(text) if start <= hit.start < end and hit.value in frame.kinds),
                clause=(start, end),
            ))
        return parts
    return [frame]


_CLAUSE_JOINT = re.compile(r",\s*|;\s*|\s+(?:and|but|while|whereas)\s+")
"""Where a sentence's second clause may begin."""


def _two_trips_told(frame: Frame, homes: set[str], rules: Rules) -> list[Frame]:
    """The frame cut in two where the sentence tells two trips of its leaders to two countries,
    each with a status of its own that is no visit made ("not only postponed his visit to
    Indonesia but also cancelled his trip to Malaysia"; "called off the trip to Chile and put
    off the one to Peru"): each trip with its own clause's status, place, dates and kinds. The
    frame whole otherwise (one status for both is a list of stops, read elsewhere)."""
    text = frame.sentence.text
    if frame.clause is not None or len(frame.status_hits) < 2:
        return [frame]
    hits = sorted(frame.place_hits, key=lambda hit: hit[0])
    if not hits or hits[0][1].country in homes:
        return [frame]
    first_at, first = hits[0]
    second = next(((at, place) for at, place in hits if at > first_at and place.country != first.country), None)
    if second is None or second[1].country in homes:
        return [frame]
    before = [(at, status) for at, status in frame.status_hits if at < first_at]
    between = [(at, status) for at, status in frame.status_hits if first_at < at < second[0]]
    if not before or not between or before[-1][1] is between[0][1] or Status.HELD in (before[-1][1], between[0][1]):
        return [frame]
    joints = [m.start() for m in _CLAUSE_JOINT.finditer(text, first_at, between[0][0])]
    cut = joints[-1] if joints else between[0][0]
    parts = []
    for start, end in ((0, cut), (cut, len(text))):
        placed = tuple((at, place) for at, place in hits if start <= at < end)
        status_hits = tuple((at, status) for at, status in frame.status_hits if start <= at < end)
        parts.append(replace(
            frame, place=placed[0][1], places=tuple(place for _, place in placed), place_hits=placed,
            status_hits=status_hits, statuses=tuple(status for _, status in status_hits),
            dates=tuple(m for m in frame.dates if start <= m.start < end),
            kinds=tuple(hit.value for hit in rules.kinds.find(text) if start <= hit.start < end and hit.value in frame.kinds),
            clause=(start, end),
        ))
    return parts


_RECIPROCAL = re.compile(
    r"\b(?:each (?:leader|of them|man|president|side) invited the other|(?:invited|invite|invites) each other|exchanged invitations)\b",
    re.IGNORECASE,
)
"""Two leaders inviting each other, each to his own country."""


def _each_invites_the_other(sentence: Sentence, at: int, pair: tuple[str, ...], rules: Rules) -> list[Frame]:
    """The two invitations of "each leader invited the other to visit": a trip by each to the
    other's country, the place no nearer than the country (the page names none)."""
    frames = []
    for host in pair:
        place = Place(country=rules.leaders[host].country, city=None)
        frames.append(Frame(
            sentence=sentence, leaders=pair, place=place, places=(place,), place_hits=((at, place),),
            status_hits=((at, Status.INVITED),), statuses=(Status.INVITED,), kinds=(), dates=(), future=False, mutual=True,
        ))
    return frames


_DATELINE_TAG = re.compile(r"[^()]{0,40}\((?=[^()]*\d)(?=[^()]*[A-Za-z]{2})[^()]{0,80}\)")
"""A dateline's agency tag at the head of a sentence, dated: "Beijing, (APP - 5th Nov, 2024)"."""

_THE_TRIP = re.compile(
    r"\s*(?:(?:the|his|her|this)\s+(?:(?:state|official|working)\s+)?(?:visit|trip)|(?:a|the)\s+state\s+(?:dinner|banquet)"
    r"|(?:then|later),?\s+(?:(?:the|this)\s+)?(?:summit|meeting))\b",
    re.IGNORECASE,
)
"""A sentence that opens on the trip just told ("The state visit ...", "His trip ..."), on
the state dinner only a state visit has ("A state dinner is set for April 26"), or on what
then became of the meeting just told ("Then the summit was put off"; a language with no
articles, glossed, says "Then summit postponed")."""

_GOING_TO = re.compile(r"\b(?:to|in|at)\s+(?:the\s+)?$", re.IGNORECASE)
"""The word before a place a trip goes to, or a meeting is held in."""

_AFTER_CLAUSE = re.compile(r",\s+(?:after|since|following)\s+(?!talks\b|their\b|meeting\b|holding\b)", re.IGNORECASE)
"""A trailing clause on what came before the news (", after Kim invited him")."""

_CLAUSE_SPAN = re.compile(r"[^,;:]+")


def _of_this_place(
    text: str, status_hits: tuple[tuple[int, Status], ...], place: Place, rules: Rules
) -> tuple[tuple[int, Status], ...]:
    """Without the status words of a clause that names another place and not this one ("Putin
    wraps up Beijing trip, to visit Pyongyang next": the Pyongyang trip is not wrapped up);
    all of them when that would leave none."""
    def elsewhere(at: int) -> bool:
        clause = next((m for m in _CLAUSE_SPAN.finditer(text) if m.start() <= at < m.end()), None)
        if clause is None:
            return False
        named = {hit.value for hit in rules.places.find(clause.group())}
        return bool(named) and place not in named and all(p.country != place.country for p in named)
    kept = tuple((at, status) for at, status in status_hits if not elsewhere(at))
    return kept or status_hits


_OWNS_TRIP_TO = re.compile(
    r"['’]s\s+(?:[\w\-]+\s+){0,2}(?:visit|trip|journey|tour)s?\s+to\s+(?:the\s+)?", re.IGNORECASE
)
"""A leader's possessive, then a trip of his to the place named next ("'s return trip to ")."""


def _owned_trips(
    text: str, named: list[tuple[int, str]], found: list[tuple[int, Place]], rules: Rules
) -> list[tuple[int, str, Place]]:
    """(position, leader, place) of each trip the sentence gives a leader by the possessive,
    a different leader each ("Takaichi's expected visit to India and Modi's return trip to
    Tokyo"); none unless every such trip is a different leader's to a different place."""
    leaders = {at: leader for at, leader in named}
    places = dict(found)
    ends = {hit.start: hit.end for hit in rules.places.find(text)}
    owned: list[tuple[int, str, Place]] = []
    last_end: int | None = None
    for name in rules.names.find(text):
        if name.start not in leaders:
            continue
        trip = _OWNS_TRIP_TO.match(text, name.end)
        if trip is None or trip.end() not in places:
            continue
        if last_end is not None and not _AND_THEN.fullmatch(text[last_end : name.start]):
            return []  # "returning Albanese's visit to Jakarta": a trip the first answers, not one beside it
        owned.append((trip.end(), leaders[name.start], places[trip.end()]))
        last_end = ends.get(trip.end(), trip.end())
    distinct = len({leader for _, leader, _ in owned}) == len(owned) and len({place for _, _, place in owned}) == len(owned)
    return owned if distinct else []


_AND_THEN = re.compile(r",?\s+and\s+(?:(?:for|to|of|on)\s+)?", re.IGNORECASE)
"""What joins two trips told side by side ("... to India and for Modi's ...")."""


LISTED = re.compile(r"\s*,\s*(?:the\s+)?|(?:\s*,)?\s+and\s+(?:[a-z]{1,3}\s+)?")
"""What joins the places of a list ("Indonesia, Vietnam and Italy"), an article after "and"
perhaps, in the page's own language ("y el Reino Unido", glossed "and el United Kingdom")."""


def _and_countries(
    text: str, found: list[tuple[int, Place]], homes: set[str], rules: Rules
) -> list[tuple[int, Place]]:
    """The further countries of a trip to several ("to Indonesia and Australia"; "Indonesia,
    Vietnam, Thailand and Italy"), listed right after the first destination found, that are
    no one's home."""
    if not found or found[0][1].city:
        return []
    hits = rules.places.find(text)
    last = next((hit for hit in hits if hit.start == found[0][0]), None)
    seen = {found[0][1].country} | homes
    further: list[tuple[int, Place]] = []
    for hit in hits:
        if last is None or hit.start < last.end:
            continue
        if hit.value.city or not LISTED.fullmatch(text[last.end : hit.start]):
            break
        last = hit
        if hit.value.country not in seen:
            seen.add(hit.value.country)
            further.append((hit.start, hit.value))
    return further


_IN_TURN = re.compile(
    r"(?:\s+(?P<before>(?:on|by|in|later|early|late|next)\b[^,;.()]{0,24}?))?\s*,?\s+(?:and\s+)?(?:then\s+)?"
    r"(?P<after>(?:on|by|in|later|early|late|next)\b[^,;.()]{0,24}?\s+)?(?:(?:on\s+)?(?:to|in|at)\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
"""What joins one stop of a trip to the next when each has its own time ("to the United
Arab Emirates, and on Sunday to Qatar"; "Japan on Monday and South Korea on Wednesday"): a
time of the stop before, "and" or "then", a time of the stop after, and "to" or "in"."""


def _stops_in_turn(
    frames: list[Frame], stops: list[Frame], found: list[tuple[int, Place]], homes: set[str], ref: PartialDate | None, rules: Rules
) -> list[Frame]:
    """The further stops of a trip told one after the other, each with a time of its own
    ("Scholz travels on to the United Arab Emirates on Saturday evening, and on Sunday to
    Qatar"): a frame for each stop in another country, dated by its own time, the frames of
    the stop before keeping only theirs. None where no time is told between the stops (that
    list is `_and_countries`'), nor for a place that is no destination, nor anyone's home."""
    if not found:
        return []
    text = stops[0].sentence.text
    ordered = sorted(rules.places.find(text), key=lambda hit: hit.start)
    last = next((hit for hit in ordered if hit.start == found[0][0]), None)
    if last is None:
        return []
    first, first_sentence = last, stops[0].sentence
    told_at = {m.start for stop in stops for m in stop.dates}
    seen = {last.value.country} | homes
    cut: int | None = None
    further: list[tuple[int, Hit]] = []
    for hit in ordered:
        if hit.start < last.end:
            continue
        between = text[last.end : hit.start]
        if hit.value.country == last.value.country and re.fullmatch(r"\s*,\s*|\s+in\s+", between):
            last = hit  # "Jeddah, Saudi Arabia": the same stop
            continue
        joined = _IN_TURN.fullmatch(between)
        timed = any(last.end <= at < hit.start for at in told_at)  # a date the extractor read, not "in" alone
        if joined is None or not timed or not (joined.group("before") or joined.group("after")) or hit.value.country in seen:
            break
        seen.add(hit.value.country)
        if cut is None:
            cut = last.end + joined.end("before") if joined.group("before") else last.end
        further.append((last.end + joined.start("after") if joined.group("after") else hit.start, hit))
        last = hit
    made: list[Frame] = []
    for number, (start, hit) in enumerate(further):
        end = further[number + 1][0] if number + 1 < len(further) else len(text)
        stop = next(stop for stop in reversed(stops) if stop is stops[0] or any(a <= hit.start for a, _ in stop.place_hits))
        days_before = [m.date for m in stop.dates if m.start < start and m.date is not None and m.date.precision is DatePrecision.DAY]
        since = max(days_before, key=lambda day: day.first_day()) if days_before else ref
        own = tuple(_ahead(m, since) for m in stop.dates if start <= m.start < end)
        made.append(replace(stop, place=hit.value, places=(hit.value,), place_hits=((hit.start, hit.value),), dates=own or stop.dates))
    if cut is not None:
        # The stop before keeps only the times told before the next stop.
        for number, frame in enumerate(frames):
            if frame.sentence is first_sentence and any(at == first.start for at, _ in frame.place_hits):
                frames[number] = replace(frame, dates=tuple(m for m in frame.dates if m.start < cut))
    return made


def _ahead(mention: DateMention, since: PartialDate | None) -> DateMention:
    """A further stop's weekday read on or after `since` (the day of the stop before, else the
    page's): a stop told after another comes after it ("to Japan on Monday, then to South
    Korea on Wednesday"), where the weekday alone was read as a day gone by or as a month."""
    if mention.kind != "weekday" or since is None or since.precision is not DatePrecision.DAY:
        return mention
    if mention.date is not None and mention.date.precision is DatePrecision.DAY and mention.date.first_day() >= since.first_day():
        return mention
    day = shift_weekday(since, re.sub(r"['’]s$", "", mention.text.split()[-1]), True)
    return replace(mention, date=day) if day is not None else mention


def _in_clause_of(text: str, hits: list[Hit], at: int) -> bool:
    """Some hit lies in the clause (up to a comma, "and" or "but") that `at` is in."""
    bounds = [0, *(m.end() for m in re.finditer(r"[,;]|\band\b|\bbut\b", text)), len(text) + 1]
    start = max(b for b in bounds if b <= at)
    end = min(b for b in bounds if b > at)
    return any(start <= hit.start < end for hit in hits)


def _headline_plan(text: str, rules: Rules) -> bool:
    """A headline's infinitive is its future ("Xi to arrive in Moscow on Monday")."""
    return any(hit.value is Status.ANNOUNCED and normal(hit.phrase).startswith("to ") for hit in rules.status.find(text))


def _statuses(text: str, rules: Rules) -> tuple[tuple[int, Status], ...]:
    """(position, status) of the sentence's status cues, without those an earlier cue swallows."""
    found: list[tuple[int, Status]] = []
    for hit in rules.status.find(text):
        status: Status | None = hit.value
        if status is Status.INVITED and re.search(r"\bat\s+(?:[\w'’.-]+\s+){0,4}$", text[: hit.start]):
            continue  # "at Vladimir Putin's invitation": how the trip came about, not the news
        if status in (Status.DECLINED, Status.CANCELLED, Status.POSTPONED) and _not_the_news(text, hit.start, hit.end):
            continue
        if status is Status.RUMOURED and _AS_SOON_AS.search(text[: hit.start]):
            continue  # "to visit India as soon as possible": how soon, not whether; no rumour
        if status is Status.HELD and _PAST_NOUN.search(text[: hit.start]):
            continue  # "past visits by their leaders": a noun for what went before, no news held
        if status is Status.HELD and _EVER.search(text[: hit.start]):
            continue  # "the first G20 summit South Africa has ever hosted": a record, no meeting held
        if status is Status.HELD and _participle_of_a_plan(text, hit.start, hit.phrase, rules):
            continue  # "will travel ... for a state visit hosted by Ramaphosa": who hosts the plan, no meeting held
        if status is Status.HELD and _WHEN_OF_A_YEAR.search(text[: hit.start]):
            continue  # "since 2011, when Medvedev met Kim's father": that year's meeting, told to date another
        if status is Status.HELD and _NEGATED.search(text[: hit.start]):
            continue  # "no Japanese leader had visited Ukraine since 2011", "have not met since": none held
        if status is Status.HELD and normal(hit.phrase) == "hosting" and _WHICH_IS.search(text[: hit.start]):
            continue  # "the Summit for Democracy, which Seoul is hosting": who holds an occasion, no meeting held
        if status is Status.HELD and _MAY_MEET.search(text[: hit.start]):
            # "had hoped Kishida could sit down with Yoon", "the two might shake hands": a
            # meeting that may come about, told as possible, as "could meet" is; none held.
            status = Status.RUMOURED
        elif status is Status.HELD and _held_word_told_ahead(text, hit.start, hit.phrase):
            status = Status.ANNOUNCED  # "is to sit down with Putin", "agreements are to be signed": still ahead
        if status is Status.CONFIRMED and _CONFIRM_VERB.fullmatch(hit.phrase) and (aim := _CONFIRMED_THING.match(text, hit.end)) is not None and not (
            rules.trip.find(aim.group(0)) or rules.arrival.find(aim.group(0)) or _TRIP_SETTLED.search(aim.group(0))
        ):
            continue  # "confirmed their common aim of closer cooperation": what is confirmed is no trip
        if status is Status.ANNOUNCED and normal(hit.phrase).startswith("to ") and _FIRST_OF_A_KIND.search(text[: hit.start]):
            continue  # "the first Turkish leader to pay a state visit": a record set, no plan
        if status is Status.ANNOUNCED and normal(hit.phrase).startswith("to ") and _ASKS_TO.search(text[: hit.start]):
            status = Status.INVITED  # "Singh asked Medvedev to visit India": an invitation, not a plan
        elif status is Status.ANNOUNCED and normal(hit.phrase) in _PURPOSE and _CAME_THERE.search(text[: hit.start]):
            # "he had come to Beijing to meet Xi", "is in Kyiv to meet Zelensky": the aim of a
            # trip made, or under way, not a plan.
            status = Status.HELD
        if status is None or any(status in rules.swallows.get(earlier, ()) for _, earlier in found):
            continue
        found.append((hit.start, status))
    for come in _TO_COME_TO.finditer(text):
        # "Hu asked Putin to come to Beijing": a leader asked by name to come, an invitation.
        if _ASKS_TO.search(text[: come.start()]) and not any(status is Status.INVITED for _, status in found):
            found.append((come.start(), Status.INVITED))
    if (asked := _ASKED_BY_TO.search(text)) is not None and not any(status is Status.INVITED for _, status in found):
        # "Netanyahu was asked by Modi to come to India": the asking told in the passive, the
        # one asked to come named first; an invitation, as "Modi asked Netanyahu to visit" is.
        found = sorted([*found, (asked.start(), Status.INVITED)])
        found = [(at, status) for at, status in found if at <= asked.start() or status not in rules.swallows.get(Status.INVITED, ())]
    return tuple(sorted(found))


_CONFIRM_VERB = re.compile(r"(?:(?:has|have)\s+)?confirm(?:s|ed|ing)?", re.IGNORECASE)
"""The verb alone ("confirmed"), not a trip's own word of being settled ("sets off for")."""
_CONFIRMED_THING = re.compile(r"\s+(?:their|its|his|her|the|a|an)\s+(?:[\w\-]+\s+){0,3}[\w\-]+", re.IGNORECASE)
"""The object a "confirmed" takes, up to four words after its article ("their common aim of")."""
_TRIP_SETTLED = re.compile(r"\b(?:dates?|plans?|schedule|programme|program|itinerary|attendance|presence|arrival)\b", re.IGNORECASE)
"""What a confirmed trip has ("confirmed the dates", "confirmed his presence")."""
_ASKS_TO = re.compile(
    r"\b(?:asked|asks|requested|requests)\s+(?:[A-Z][\w.\-]*(?:['’]s)?\s+)?"
    r"(?:(?:Mr|Mrs|Ms|Dr|President|Prime\s+Minister|Chancellor|the|his|her|their)\.?\s+)*(?:[A-Z][\w'’.\-]*\s+){1,3}$"
)
"""One leader asking another, by name, to come: an invitation ("asked Mr Medvedev to visit").
The one asked may be named with his country and office first, as English news names a
foreign leader ("asked China's President Xi Jinping to come", "asked Chinese President Xi
Jinping to visit"): the country's word before the office is part of the name, not another
person asked."""
_TO_COME_TO = re.compile(r"\bto\s+come\s+to\b(?!\s+(?:terms|an?\s+agreement|a\s+deal)\b)", re.IGNORECASE)
"""Being asked to come to a place, which no cue word says is planned ("asked Putin to come to
Beijing")."""
_ASKED_BY_TO = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been|is|are)\s+(?:asked|requested|invited)\s+by\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr|President|Prime\s+Minister|the|his|her|their)\.?\s+)*(?:[A-Z][\w'’.\-]*\s+){1,3}"
    r"to\s+(?:come|visit|travel|pay\s+a\s+visit)\b"
)
"""A leader asked by another, by name, to come, told in the passive ("was asked by Modi to
come to India")."""
_PURPOSE = {"to meet", "to visit", "to hold talks", "to attend", "to hold"}
"""An infinitive that may tell a trip's aim rather than a plan."""
_CAME_THERE = re.compile(
    r"\b(?:came|went|travelled|traveled|flew|(?:had|has|have)\s+(?:come|gone|travelled|traveled|flown)|(?:is|are|was|were)\s+(?:now\s+)?in)"
    r"\s+(?:to\s+|in\s+)?(?:the\s+)?(?:(?:[A-Z][\w'’\-]*\s+){1,3}|airport\s+)(?:(?:here|there)\s+)?(?:on\s+[A-Z][a-z]+day\s+)?$"
)
"""A trip made or under way, up to the place it went to, straight before its aim ("came to
Beijing", "is in Kyiv", "went to the airport here on Tuesday": a host meeting his guest off
the plane), a day it was made on between them; not one ahead ("will come to Beijing": "come"
alone is no past)."""


def _held_word_told_ahead(text: str, at: int, phrase: str) -> bool:
    """A word of a meeting held put ahead by an infinitive straight before it ("is to sit
    down with", "are to be signed", "due to be received"): a plan, not a meeting held. A
    perfect infinitive ("glad to have met") is past, and an aim after a trip made ("came to
    Moscow to sit down with") is the trip's, as `_CAME_THERE` reads it. The future of "will"
    is left to the cue lists: read here, it took a second meeting told beside a trip ("will
    sit down with him in St Petersburg next week") out of the page's events."""
    if normal(phrase).startswith("have "):
        return False
    before = _INFINITIVE_BEFORE.search(text[:at])
    return before is not None and not _CAME_THERE.search(text[: before.start()])


def _participle_of_a_plan(text: str, at: int, phrase: str, rules: Rules) -> bool:
    """A held word that is a participle naming who holds an occasion ("a state visit hosted
    by", "a dinner received by"), in a sentence that has told of the future before it ("will
    travel ... for a state visit hosted by the president"): it says who is to host the
    occasion planned, not that a meeting was held."""
    if normal(phrase) not in _PARTICIPLES or not _OCCASION_BEFORE.search(text[:at]):
        return False
    if not re.match(r"\s+by\b", text[at + len(phrase):]):
        return False
    return any(hit.start < at for hit in rules.future.find(text))


_PARTICIPLES = frozenset({"hosted", "received"})
_OCCASION_BEFORE = re.compile(
    r"\b(?:visit|visits|trip|trips|summit|summits|meeting|meetings|talks|dinner|dinners|banquet|lunch|"
    r"luncheon|ceremony|ceremonies|reception|receptions)\s+$",
    re.IGNORECASE,
)
"""A noun of an occasion straight before a participle ("a state visit hosted by")."""
_INFINITIVE_BEFORE = re.compile(r"\bto(?:\s+(?:also|then|later|first|again|now))?(?:\s+be)?\s+$", re.IGNORECASE)
"""An infinitive's "to" straight before a word, perhaps with an adverb and a passive's "be"."""
_FIRST_OF_A_KIND = re.compile(
    r"\b(?:the|a|an|its|his|her|their)\s+(?:very\s+)?(?:first|second|third|fourth|fifth|only|last|sole)"
    r"(?:[\s-]+(?!(?:to|will|would|is|are|was|were|and|or|but)\b)[\w'’.-]+){0,5}\s+$",
    re.IGNORECASE,
)
"""An ordinal before the one who did a thing ("the first Turkish leader", "the last French
president"): an infinitive after it tells a record ("to pay a state visit"), not a plan."""
_EVER = re.compile(r"\b(?:has|have|had)\s+ever\s+$", re.IGNORECASE)
"""A perfect with "ever" straight before a word of a meeting held: the record it sets."""
_NEGATED = re.compile(
    r"(?:\b(?:not|never)|n['’]t)\s+(?:(?:yet|ever|once|been)\s+)?$"
    r"|\bno\s+(?:[\w'’\-]+\s+){1,6}(?:has|have|had)\s+(?:(?:ever|yet|once|since)\s+)?$",
    re.IGNORECASE,
)
"""A word of a meeting held, negated: straight after "not" or "never" ("have not met since",
"has never visited"), or the perfect of a subject "no" opens ("no Russian leader has
visited", "no British and Irish leaders had held"): no meeting was held, so it tells none."""
_WHEN_OF_A_YEAR = re.compile(
    r"\b(?:in|since|of)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?\s+when\s+[^,;:.!?]{0,80}$"
)
"""A clause opened by "when" after a year ("since 2011, when Medvedev met Kim's father", "in
July 2000, when he met Kim Jong Il"): what happened that year, told to place another thing in
time; a word of a meeting held in it tells that year's meeting, not the page's."""
_AS_SOON_AS = re.compile(r"\bas\s+(?:soon|early|quickly)\s+as\s+$", re.IGNORECASE)
"""The words before "possible" that make it a time ("as soon as possible"), not a possibility."""
_PAST_NOUN = re.compile(r"\b(?:past|previous|earlier|former|prior)\s+$", re.IGNORECASE)
_ASKED = re.compile(r"\b(?:asked|called|calls|call|pressed|pressing|demanded|demands|urged|urges|want|wants|wanted)\b[^,;.]{0,40}$", re.IGNORECASE)
_HEDGED = re.compile(r"\b(?:may|might|could)\s+(?:well\s+)?$", re.IGNORECASE)
_WHICH_IS = re.compile(r",\s+(?:which|that)\s+(?:[\w'’\-]+\s+){1,5}(?:is|are)\s+$")
"""A relative clause set off by a comma up to its "is" ("the forum, which the Korean government
is hosting"): what follows tells who holds the thing named before it, not a meeting the
sentence's leaders hold."""
_MAY_MEET = re.compile(r"\b(?:may|might|could)\s+(?:well\s+|yet\s+|still\s+)?$")
"""A modal of what may come about straight before a word of a meeting held ("could sit down
with", "might shake hands"). In lower case only: "May sat down with Trump" is Theresa May."""
_ALREADY = re.compile(r"^\s*(?:once\s+)?(?:already|before|previously|earlier)\b|^\s+once\b", re.IGNORECASE)
_AFTER = re.compile(r"\b(?:after|since)\s+$", re.IGNORECASE)


def _not_the_news(text: str, start: int, end: int) -> bool:
    """A word of calling a trip off that reports no decision: a demand ("Khan has asked for
    the visit to be called off"), a maybe ("Trump may not come"), or a past delay told as
    background ("a state visit, put off once already"; "a year after postponing it")."""
    before = text[:start]
    # "Biden said he could not come": reported speech puts "cannot" back to "could not", a
    # leader's own word that he is unable to come, no maybe.
    unable = text[start:end].lower().startswith("not") and _SAID_UNABLE.search(before)
    return bool(
        _ASKED.search(before) or (_HEDGED.search(before) and not unable) or _ALREADY.match(text[end:]) or _AFTER.search(before)
        or _OTHERS_WHO.search(before)
    )


_SAID_UNABLE = re.compile(r"\b(?:said|says|told\s+[\w\-]+|wrote|explained|added)\s+(?:that\s+)?(?:he|she)\s+(?:[\w\-]+\s+){0,4}could\s+$")
"""A leader's own words reported, up to the "could" of "could not" ("said he was sorry he could")."""


_OTHERS_WHO = re.compile(
    r"\b(?!(?:leaders|presidents|heads|premiers|prime|monarchs|men|women|both|two)\b)[a-z]+s,\s+who\s+(?:[\w\-]+\s+){0,2}$"
)
"""A relative clause on people who are not the leaders ("his own voters, who stayed away in
record numbers"): what they did is no leader's trip called off or declined."""


_CLAUSE = re.compile(r",|;|\bwhen\b|\bwhich\b|\bafter\b|\bbefore\b")


_SOME_TIME_AFTER = re.compile(
    r"\b(?:days|weeks|months|a week|a month|a few days|several days|two days|three days)\s+after\s+(?!\w+ing\b)",
    re.IGNORECASE,
)


def _earlier_news(text: str, named: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Spans of the clauses that tell what came days or more before the news, with a subject
    of their own ("... days after Trump met Putin in Alaska"), or an earlier trip named by its
    year: their leaders, places and dates are another story's. "Hours after Modi arrived" and "a day after holding talks" are the
    same trip's."""
    spans = [(m.start(), m.end()) for m in _STOP_BEFORE.finditer(text)]
    for match in (*_SOME_TIME_AFTER.finditer(text), *_DATED_TRIP.finditer(text), *_LAST_WEEKS.finditer(text)):
        end = re.search(r"[,;]", text[match.end() :])
        # A dated trip is its owner's: the leader named last before it ("Joe Biden, for ... on
        # his 2022 visit").
        owner = [at for at, _ in named if at < match.start()][-1:] if match.re is _DATED_TRIP else []
        spans.append((owner[0] if owner else match.start(), match.end() + end.start() if end else len(text) + 1))
    return spans


_COMES_OUT = re.compile(r"(?:come|comes|came|coming)\s+out\b(?!\s+(?:to|onto|into)\b)", re.IGNORECASE)
""""Come out" is to be made known or to side with ("before the results come out"; "came out
on Tuesday"; "came out for Macron"): no one goes anywhere, unless it is out to or onto a
place ("came out to the airport", "came out onto the tarmac")."""
_WELCOMES_NEWS = re.compile(
    r"(?:welcome[sd]?|greet(?:s|ed)?)\s+(?:[\"“‘']|(?:the\s+|a\s+|this\s+|that\s+|its\s+|his\s+|her\s+|their\s+)?(?:recent\s+|new\s+|latest\s+)?"
    r"(?:move|decision|steps?|proposals?|offer|plans?|idea|news|announcement|statement|initiatives?|deals?|agreements?"
    r"|adoption|declaration|outcomes?|results?|progress|efforts?|measures|resolution|ceasefire|truce|accord|reforms?|changes)\b)",
    re.IGNORECASE,
)
""""Beijing welcomes move", "welcomed the adoption of the declaration", "welcomed recent
reforms": a welcome given to news, to what was agreed or done, not to a visitor who has
arrived. So is a welcome given to words in quotation marks ("welcomed “a new chapter”"): a
guest is welcomed by name or title, never quoted."""

_STOP_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*,\s+where\b[^;.]*")
"""The stop a traveller came from ("came to Poland from India, where he held talks with Modi"):
what happened there is an earlier leg of the journey, not the news."""

_DATED_TRIP = re.compile(r"\b(?:his|her|their)\s+(?:\d{4})\s+(?:visit|trip|journey|tour)\b", re.IGNORECASE)
"""A trip named by its year ("on his 2022 visit to Saudi Arabia"): a trip of its own, told
as background; the news does not date itself that way."""


_LAST_WEEKS = re.compile(
    r"\b(?:last|the previous|the past)\s+(?:week|weekend|month|year)['’]s\s+(?:\w+\s+)?(?:summit|meeting|talks|visit|trip)\b",
    re.IGNORECASE,
)
"""A meeting named by the time since it ("last week's summit with Donald Trump"): an earlier
story, whose leaders are not at the news's meeting."""

_AHEAD_OF = re.compile(r"\b(?:ahead of|in the run-up to)\s+", re.IGNORECASE)
_BEFORE_A_MEETING = re.compile(
    r"\b(?:before|ahead of|in the run-up to|of|about|over)\s+(?:a|an|the|their|his|her)\s+"
    r"(?:(?:possible|planned|expected|likely|proposed|second|third|new|next|upcoming)\s+)+(?:summit|meeting|talks)\b",
    re.IGNORECASE,
)
"""A meeting still ahead, whoever is named before it ("the trip is a way to line up positions
before a possible second summit with Trump"; "as talk grows of a second summit with Trump"):
its leaders are that meeting's."""


def _later_news(text: str, named: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Spans of the clauses that tell of a meeting still ahead, after two leaders' news ("Xi
    and Kim held talks ..., ahead of the summit he is expected to hold with Trump"): its
    leaders, status and date are the later meeting's, not this one's."""
    spans = []
    later = [m for m in _AHEAD_OF.finditer(text) if len({leader for at, leader in named if at < m.start()}) >= 2]
    for match in [*later, *_BEFORE_A_MEETING.finditer(text)]:
        end = re.search(r"[,;]", text[match.end() :])
        spans.append((match.start(), match.end() + end.start() if end else len(text) + 1))
    # "expected to see both Trump and Moon again soon": those the traveller meets again.
    spans += [(match.start(), match.end()) for match in _AGAIN.finditer(text)]
    for match in _BEFORE_MEETING.finditer(text):
        # "Kim Visits China Before Meeting Trump, Moon": the list runs on past its commas.
        end = re.search(r"[;.]", text[match.end() :])
        spans.append((match.start(), match.end() + end.start() if end else len(text) + 1))
    return spans


_BEFORE_MEETING = re.compile(r"\b(?:before|ahead of)\s+(?:meeting|seeing)\s+", re.IGNORECASE)
"""A meeting the trip comes before, told by its verb ("before meeting Trump"): that meeting's
leaders. Not "ahead of talks with the Russian president": those are often the trip's own."""

_AGAIN = re.compile(r"\b(?:see|meet|sit down with|hold talks with)\s+(?:both\s+)?[^,;.]{1,60}?\s+again\b", re.IGNORECASE)
"""Leaders to be met again: another meeting, ahead, not the one the sentence places."""


_SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}
"""The last month of each season that ends in the year it begins (winter runs into the next)."""
_SEASON = re.compile(r"(?:in\s+the|this|early|late)\s+(spring|summer|autumn|fall)\b", re.IGNORECASE)


def _season_over(mention: DateMention, ref: PartialDate) -> bool:
    """A season of the page's year (known to its year only) that ended more than two weeks
    before the page: "the welcome he had in Paris in the summer", on a page of late November,
    tells an older story. A season ahead ("next spring") or under way is not over."""
    season = _SEASON.fullmatch(mention.text)
    if season is None or mention.date is None or ref.month is None or mention.date.year != ref.year:
        return False
    ended = PartialDate(ref.year, _SEASON_ENDS[season.group(1).lower()]).last_day()
    return ended < ref.first_day() - dt.timedelta(days=14)


def _old_clauses(text: str, dates: tuple[DateMention, ...], ref: PartialDate | None, future: bool = False) -> list[tuple[int, int]]:
    """Spans of the clauses dated more than two weeks before the article ("when he met Putin
    in September", in an October report): they tell an older story than the sentence's news.
    So is a season of the page's year gone by, in a sentence that does not look ahead. An
    anniversary names an occasion, not a day gone by: "a parade for the 80th anniversary of the
    war's end" in September is this year's parade, though the war ended in May."""
    if ref is None:
        return []
    bounds = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text) + 1]
    spans = []
    for start, end in zip(bounds, bounds[1:]):
        if any(
            start <= m.start < end and m.date is not None and not m.since and m.kind != "anniversary"
            and (m.date.last_day() < ref.first_day() - dt.timedelta(days=14) or not future and _season_over(m, ref))
            for m in dates
        ):
            spans.append((start, end))
    return spans


def _outside(hits: tuple[tuple[int, T], ...], spans: list[tuple[int, int]]) -> tuple[tuple[int, T], ...]:
    return tuple((at, value) for at, value in hits if not any(a <= at < b for a, b in spans))


_SAID_THAT = re.compile(r"\b(\w+)\s+(?:that\s+)?(?:they|he|she|the two(?:\s+\w+)?|both(?:\s+\w+)?)\s+$", re.IGNORECASE)
_HOW_OFTEN = re.compile(r"^\s+(?:\S+\s+){0,3}?(?:twice|once|before|previously|earlier|several|three|four|ago|last|in\s+\d{4})\b", re.IGNORECASE)


_PAST_PERFECT_TRIP = re.compile(
    r"\bhad\s+(?:(?:just|already|recently|earlier|previously|once)\s+)?(?:made|paid|undertaken|described)\s+"
    r"(?:an?|his|her|their)\s+(?:own\s+)?(?:[\w\-]+\s+)?(?:trip|visit|tour|journey)s?\b",
    re.IGNORECASE,
)
"""A trip told in the past perfect, whatever words stand between "had" and the trip ("had
made a contested trip to Moscow", "had described his own trip to Brazil"): it came before the news."""


_AFTER_THEIR_MEETING = re.compile(
    r"\bafter\s+(?:their|the\s+two\s+(?:men|leaders|presidents)['’]s?|both\s+leaders['’]|the\s+leaders['’])\s+"
    r"(?:talks|meetings?|summits?)\s+(?:in|at)\b",
    re.IGNORECASE,
)
"""A meeting of the two leaders told as what came before ("after their talks in Washington")."""


def _past_perfect_trips(text: str) -> list[Hit]:
    """Each trip told in the past perfect (`_PAST_PERFECT_TRIP`), as a phrase that looks back."""
    return [Hit(m.start(), m.end(), m.group(0), None) for m in _PAST_PERFECT_TRIP.finditer(text)]


_COUNTED_AFTER = re.compile(r"^[^,;:]*\b(?:years|months|weeks|decades)\s+after\b[^,;:]*,", re.IGNORECASE)
"""An opening clause that counts time from something older ("Six years after they last met,")."""


def _counted_from_before(text: str, hit: Hit, rules: Rules) -> bool:
    """"Six years after they last sat down together, Trump and Xi met in Busan": a time counted
    from an older meeting, in the clause that opens the sentence, is how long the news was in
    coming; the trip told after that clause is the news, and what looks back inside the clause
    ("last sat down") is its starting point ("Two years ago, Kim met Putin" still looks back)."""
    opening = _COUNTED_AFTER.match(text)
    return opening is not None and hit.end <= opening.end() and bool(rules.trip.find(text[opening.end() :]))


def _reported_past(text: str, hit: Hit, rules: Rules) -> bool:
    """"Xinhua said they had met on Monday": the past perfect of reported speech tells the
    news as it was reported, not an older meeting ("said they had met twice before" still
    looks back)."""
    said = _SAID_THAT.search(text[: hit.start])
    return (
        normal(hit.phrase).startswith("had ") and said is not None and normal(said.group(1)) in rules.reporting
        and not _HOW_OFTEN.match(text[hit.end :])
    )


_FOR_THE_DEAD = re.compile(r"\b(?:funeral|funerals|memorial service|lying in state)\b", re.IGNORECASE)
"""An occasion held for someone who died: a leader out of office that names it is mourned."""


def _with_look_back(frame: Frame, ref: PartialDate | None, rules: Rules, elect: frozenset[str] = frozenset()) -> Frame:
    """`frame`, with why it looks back if it does; `elect` are the leaders the page calls
    elected to an office they have yet to take."""
    why = None
    gone = [
        leader for leader in frame.leaders
        if ref is not None and not in_public_life(rules.leaders[leader], ref)
        and leader not in elect and not elected(rules.leaders[leader], ref, frame.sentence.text)
    ]
    if gone and len(gone) < len(frame.leaders) and _FOR_THE_DEAD.search(frame.sentence.text):
        # "Abe will be given a state funeral in Tokyo, and Modi will be there": the leader
        # out of office is the one mourned, no party to the trip; the leaders in office who
        # attend are the news, not a look back.
        frame = replace(frame, leaders=tuple(leader for leader in frame.leaders if leader not in gone))
        gone = []
    if ref is not None and dated_wrongly((rules.leaders[leader] for leader in frame.leaders), ref):
        # A page dated before one of its leaders first took office, that names them in it
        # ("only days into her time as prime minister"), is dated wrongly: its date rests on
        # nothing the leaders' terms could settle, so they send nothing back into the past.
        gone = []
    # "his first visit since the war began last year": the starting point of a "first since"
    # looks back, the sentence does not.
    cue = [
        hit for hit in rules.looking_back.find(frame.sentence.text) + _past_perfect_trips(frame.sentence.text)
        if not in_since_clause(frame.sentence.text, hit.start) and not _reported_past(frame.sentence.text, hit, rules)
        and not _counted_from_before(frame.sentence.text, hit, rules)
    ]
    past = [
        mention
        for mention in frame.dates
        if mention.date is not None and not mention.since and not mention.reporting and mention.kind != "anniversary"
        and ref is not None and well_before(mention.date, ref)
    ]  # an anniversary names the occasion ("80 years since the war"), not a day gone by
    if ref is None:
        # A page of no known date still tells "last month" from its news ("Biden came last month").
        # So "last November": a month gone by, whatever year the page was written.
        past += [
            mention for mention in frame.dates
            if mention.kind == "relative" and normal(mention.text) in _LONG_AGO
            or mention.kind == "month" and normal(mention.text).startswith("last ")
        ]
    if set(frame.statuses) & {Status.INVITED, Status.ANNOUNCED}:
        # "invited him, after the two men's talks in Washington": where the leaders met before
        # the plan was made looks back; the plan's place is not there.
        cue += [Hit(m.start(), m.end(), m.group(0), None) for m in _AFTER_THEIR_MEETING.finditer(frame.sentence.text)]
    if cue and not gone:
        plan = _plan_beside_look_back(frame, [hit.start for hit in cue], rules)
        if plan is not None:
            return plan
    text = frame.sentence.text
    trips = [hit for hit in rules.trip.find(text) + rules.arrival.find(text) if not _with_others(text, hit, rules)]
    if trips and all(in_since_clause(text, hit.start) for hit in trips):
        # "Since Xi's visit to Moscow in March, trade has grown": the trip is a starting point.
        why = f"a starting point ({text[: trips[0].end][-60:]!r})"
    elif gone:
        why = f"{', '.join(gone)} no longer in office"
    elif cue:
        why = f"looks back ({cue[0].phrase!r})"
    elif (back := _BACK_IN_YEAR.search(text)) is not None and not frame.future:
        # "Back in 2006, Singh had described his visit to Brazil as ...": a year looked back to,
        # on a page of any date (one of no date has nothing else to tell it by).
        why = f"looks back ({back.group(0)!r})"
    elif past and not frame.future and not (set(frame.statuses) == {Status.INVITED} and rules.not_a_visit.find(text)) and not _arrived_lately(frame, ref):
        # "In June, Putin sent a letter inviting Kim to Russia": the day is the letter's, and the
        # invitation it carried still stands; not one made when two leaders met ("invited Kim
        # to Moscow when the two met in Pyongyang in June"), whose meeting is the news it follows.
        why = f"dated {past[0].text!r}, before the article"
    if why is None:
        return frame
    return Frame(**{**frame.__dict__, "looking_back": why})


def _arrived_lately(frame: Frame, ref: PartialDate | None) -> bool:
    """The sentence dates an arrival to the page's days ("landed in Japan this morning, then
    went on to the city the bomb struck in 1945"): the arrival is the news, and the older
    date is history the sentence recalls."""
    return ref is not None and any(
        mention.arrival and mention.date is not None and not mention.since and not mention.reporting
        and not well_before(mention.date, ref)
        for mention in frame.dates
    )


_LONG_AGO = {"last month", "last year"}

_BACK_IN_YEAR = re.compile(r"\b(?:back|way\s+back)\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d{2}\b", re.IGNORECASE)

_SUB_CLAUSE = re.compile(r",|;|\bwhen\b|\bwhich\b|\bwho\b|\bwhom\b|\bwhose\b|\bsince\b")

_CLAUSE_GOES_ON = re.compile(
    r",\s*(?:(?:at|in|on|near|during)\s|[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*\s*(?:[,;.]|$))"
)
"""A comma that goes on with the clause before it: a phrase opening on a preposition (", at a
G20 summit in Bali"), or a place's name alone (", Indonesia,")."""


def _plan_beside_look_back(frame: Frame, cues: list[int], rules: Rules) -> Frame | None:
    """"Kim, who met Putin last year, will visit Moscow": a plan in one clause and a look
    back in another. The frame without the look-back clauses, when a plan is left: a word of
    where the trip stands, or a trip told ahead in words of no status ("last visited Budapest
    in October, but will soon come to Hungary again")."""
    text = frame.sentence.text
    bounds = [0, *(m.start() for m in _SUB_CLAUSE.finditer(text)), len(text) + 1]
    # "last met late last year, at a G20 summit in Bali, Indonesia, and ...": a phrase set off
    # by a comma that opens on a preposition, or a place's name alone, goes on with the clause
    # before it; where two leaders last met is no place of their next meeting.
    bounds = [at for at in bounds if not (0 < at <= len(text) and _CLAUSE_GOES_ON.match(text, at))]
    spans = [(a, b) for a, b in zip(bounds, bounds[1:]) if any(a <= at < b for at in cues)]
    statuses = _outside(frame.status_hits, spans)

    def outside(hits: list[Hit]) -> bool:
        return any(not any(a <= hit.start < b for a, b in spans) for hit in hits)

    told_ahead = not statuses and outside(rules.future.find(text)) and outside(rules.trip.find(text))
    if not frame.future or all(status is Status.HELD for _, status in statuses) and not told_ahead:
        return None  # no plan left: "the talks ... would lead" held nothing new
    hits = _outside(frame.place_hits, spans)
    places = tuple(place for _, place in hits)
    if not places and HOPED_FOR.search(text):
        return None  # "is expected to clear the way for them to meet again": a hope, placed nowhere
    dates = tuple(m for m in frame.dates if not any(a <= m.start < b for a, b in spans))
    return Frame(**{
        **frame.__dict__, "status_hits": statuses, "statuses": tuple(s for _, s in statuses),
        "place_hits": hits, "places": places, "place": places[0] if places else None, "dates": dates,
    })


def well_before(date: PartialDate, ref: PartialDate) -> bool:
    """`date` ends more than about six weeks before `ref` begins."""
    return date.last_day() < ref.first_day() - dt.timedelta(days=45)


def valid(frame: Frame, rules: Rules) -> bool:
    """A meeting of leaders, a leader going abroad, or an embassy visit: not a leader at home."""
    if len(frame.leaders) >= 2:
        return True
    if "embassy-visit" in frame.kinds:
        return True
    if frame.place is None:
        return False
    return any(rules.leaders[leader].country != frame.place.country for leader in frame.leaders)
