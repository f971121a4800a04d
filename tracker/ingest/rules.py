"""The ingester's rules, read from data an editor can extend: the gazetteer, the cue words
and the leaders' aliases. Nothing about particular people or places is written in code.

Phrases are plain words. They are compiled here, once, into one matcher per list; a match
ignores case, treats a hyphen like a space ("Kim Jong-un" is "Kim Jong Un") and prefers
the longest phrase where several start at the same word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterable
from typing import Any

import pycountry

from tracker.content.load import Document, read_document
from tracker.content.model import Leader, PartialDate, Place, Status
from tracker.ingest.gloss import Glossary

GAZETTEER_FILE = "gazetteer.yaml"
CUES_FILE = "ingest-cues.yaml"
PUBLISHERS_FILE = "publishers.yaml"


class RulesError(Exception):
    """A rules file is missing or malformed; the message says which and how to fix it."""


def normal(text: str) -> str:
    """The form phrases are compared in: lower case, one space for any run of spaces or hyphens.
    Turkish's dotted capital I is an i: lowered it would gain a combining dot the matcher, which
    folds case a letter at a time, does not see ("İstanbul" is found as "istanbul")."""
    return re.sub(r"[\s\-]+", " ", text.strip().replace("İ", "i").lower().replace("’", "'"))


@dataclass(frozen=True)
class Hit:
    """One phrase found in a text."""

    start: int
    end: int
    phrase: str
    """The phrase as written in the rules."""
    value: Any
    """What the phrase stands for (a status, a place, a leader ID...); None for a neutral phrase."""


class PhraseSet:
    """A list of phrases, each standing for a value, compiled into one matcher."""

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        self._values: dict[str, tuple[str, Any]] = {}
        for phrase, value in pairs:
            self._values.setdefault(normal(phrase), (phrase, value))
        keys = sorted(self._values, key=len, reverse=True)
        if keys:
            body = "|".join(r"[\s\-]+".join(re.escape(part) for part in key.split(" ")) for key in keys)
            self._pattern: re.Pattern[str] | None = re.compile(rf"(?<![\w'])(?:{body})(?![\w])", re.IGNORECASE)
        else:
            self._pattern = None

    def find(self, text: str) -> list[Hit]:
        if self._pattern is None:
            return []
        hits = []
        for match in self._pattern.finditer(text.replace("’", "'")):
            phrase, value = self._values[normal(match.group(0))]
            hits.append(Hit(match.start(), match.end(), phrase, value))
        return hits

    def phrases_for(self, value: Any) -> list[str]:
        """The phrases that stand for `value`."""
        return [phrase for phrase, stood in self._values.values() if stood == value]

    def __contains__(self, text: str) -> bool:
        return normal(text) in self._values


class ContactSet(PhraseSet):
    """Words of contact that is no visit (a call, a letter, a telegram), less a messaging
    service's name that a post is put on ("on Telegram", capitalised): where a leader shows a
    visit's video is no contact with anyone. Words of talking ("speaks to", "has talked to")
    tell of a call only where the sentence places no one after them: "Putin speaks to Kim at
    the Vostochny Cosmodrome" is a caption of their meeting."""

    def find(self, text: str) -> list[Hit]:
        return [
            hit for hit in super().find(text)
            if not (text[hit.start].isupper() and _ON_A_SERVICE.search(text[: hit.start]))
            and not (_TALKING.search(hit.phrase) and _PLACED_AFTER.search(text, hit.end))
        ]


_ON_A_SERVICE = re.compile(r"\b(?:on|via)\s+$", re.IGNORECASE)
_TALKING = re.compile(r"\b(?:speaks|talked)\s+to$", re.IGNORECASE)
_PLACED_AFTER = re.compile(r"\b(?:at|in)\s+(?:the\s+)?[A-Z]")


class DenialSet(PhraseSet):
    """Words of a denial or of reports left unconfirmed, less those a negation turns round:
    "the Kremlin ruled out a visit" denies it, "the Kremlin does not rule out a visit" leaves
    it possible (a rumour, which the status words read)."""

    def find(self, text: str) -> list[Hit]:
        hits = [hit for hit in super().find(text) if not _NEGATED.search(text[: hit.start])]
        hits += [Hit(match.start(), match.end(), match.group(), None) for match in _NO_TRIP.finditer(text)]
        hits += [
            Hit(match.start(), match.end(), match.group(), None) for match in _READY_TO_DO_AND_MEET.finditer(text)
            if not _NEGATED.search(text[: match.start()])
        ]
        return sorted(hits, key=lambda hit: hit.start)


_NEGATED = re.compile(r"(?:\b(?:not|never)|n['’]t)\s+(?:(?:yet|been|be|have|has|entirely|completely|fully)\s+)?$", re.IGNORECASE)
"""A negation straight before a phrase ("does not rule out", "has not yet ruled out", "didn't deny")."""

_NO_TRIP = re.compile(
    r"(?<![\w'])(?:[Tt]here\s+(?:is|was|will\s+be|would\s+be)\s+no|^No)\s+(?:[A-Z][\w'’\-]*\s+){0,3}(?:state\s+|official\s+)?"
    r"(?:visit|trip|meeting|summit)s?\b"
)
"""A trip denied by "no" before it: a headline opening "No Putin visit to Beijing", or "there
will be no meeting"."""


_READY_TO_DO_AND_MEET = re.compile(
    r"\b(?:ready|willing|prepared)\s+to\s+(?:(?!(?:come|go|travel|visit|fly|head|return)\b)[\w'’\-]+,?\s+){1,8}?"
    r"and\s+[\"“]?meet\b",
    re.IGNORECASE,
)
"""A readiness to meet told after other things the speaker is ready to do ("willing to drop old
grudges, start again and meet him"): a wish, as "ready to meet" is. A readiness to come, go or
travel somewhere is left out, as the phrases leave "ready to come" out."""


class PlaceSet(PhraseSet):
    """Gazetteer names, less two look-alikes: a city's name a ship bears after its navy's
    prefix ("HMAS Canberra", "USS Washington": the ship, wherever it lies, is no place anyone
    went), and a short name listed in capitals met in small letters ("SA" and "UK" are
    abbreviations; "sa" or "uk" in a line are words of another kind)."""

    def __init__(self, pairs: list[tuple[str, Any]], ship_prefixes: Iterable[str] = ()) -> None:
        super().__init__(pairs)
        # In capitals only: a prefix is written so, and a word of the same letters is none.
        prefixes = "|".join(sorted((re.escape(prefix.upper()) for prefix in ship_prefixes), key=len, reverse=True))
        self._ship = re.compile(rf"(?<![\w'])(?:{prefixes})\.?\s+$") if prefixes else None

    def find(self, text: str) -> list[Hit]:
        return [
            hit for hit in super().find(text)
            if (not (len(hit.phrase) <= 3 and hit.phrase.isupper()) or text[hit.start : hit.end].isupper())
            and (self._ship is None or not self._ship.search(text[max(0, hit.start - 12) : hit.start]))
        ]


class ArrivalSet(PhraseSet):
    """Words of arriving, less a "reached" that reaches no named place: "has reached Moscow"
    and "has reached the White House" are arrivals, "have reached an agreement" is none. So
    with having come somewhere: "came to Kyiv" is, "came to power" is not; and with being
    somewhere: "are in Beijing" is, "are in talks" or "are at opposite ends" is not."""

    def __init__(self, pairs: list[tuple[str, Any]], places: PhraseSet | None = None) -> None:
        super().__init__(pairs)
        # The gazetteer: a bare "reached" is an arrival only at a place it knows ("reached
        # Jakarta"; not "reached Putin by phone").
        self.places = places

    def find(self, text: str) -> list[Hit]:
        return [
            hit for hit in super().find(text)
            if (not (hit.phrase.endswith("reached") or _BEING_IN.fullmatch(normal(hit.phrase)) or _COME_TO.fullmatch(normal(hit.phrase)))
                or _A_NAMED_PLACE.match(text, hit.end)
                and not (_COME_TO.fullmatch(normal(hit.phrase)) and _COME_TO_ANOTHER_TIME.search(text[: hit.start]))
                and (hit.phrase != "reached" or self._known_place_at(text, hit.end)))
            and not _IN_NO_PLACE.match(text, hit.end - 3 if hit.phrase.endswith((" in", " at")) else hit.end)
        ]

    def _known_place_at(self, text: str, end: int) -> bool:
        start = end + len(text[end:]) - len(text[end:].lstrip())
        return self.places is not None and any(place.start == start for place in self.places.find(text))


_BEING_IN = re.compile(r"(?:is|are|who is)(?: [a-z]+)? in")
"""Being somewhere ("is in", "are now in", "are both in")."""


_COME_TO = re.compile(r"(?:came|(?:has|have|had) come) to")
"""Having come somewhere ("came to India", "had come to Washington"), an arrival only at a
name: "came to power", "had come to an agreement" or "came to an end" is none."""

_COME_TO_ANOTHER_TIME = re.compile(r"(?:\bwhen\s+(?:[\w'’.\-]+\s+){0,4}|\bto\s+)$", re.IGNORECASE)
"""Coming told of another time: a trip recalled in a "when" clause ("in 2018, when he came to
the UK"), or an invitation's infinitive a glossary renders "to came to" ("untuk datang ke")."""


_A_NAMED_PLACE = re.compile(r"\s+(?:the\s+(?:[a-z]+\s+)?(?:city|town|port|capital)\s+of\s+)?(?:the\s+)?[A-Z]")
"""A name after "reached" or "is in", or a city so called first ("reached the holy city of Varanasi")."""

_IN_NO_PLACE = re.compile(r"\s+(?:in|at)\s+(?!(?:the|a|an|his|her|their|its)\b)[a-z]")
"""Arriving "in" or "at" a word in small letters, no place's name: "arrived at a decision" is
kept (an article), "arrives in titular" (a page's "llega a titular", gets to headline) or
"arrived in time" is no arrival anywhere."""


class StatusSet(PhraseSet):
    """Status phrases, and a trip begun with words between the verb and the trip ("started a
    three-day official working visit", "begins Japan visit"): held, as "started a visit" is.
    `opening` are the verbs of beginning, `trips` the words of a trip."""

    def __init__(self, pairs: list[tuple[str, Any]], opening: Iterable[str], trips: Iterable[str]) -> None:
        super().__init__(pairs)
        verbs = "|".join(r"[\s\-]+".join(map(re.escape, normal(verb).split())) for verb in sorted(opening, key=len, reverse=True))
        nouns = "|".join(re.escape(normal(noun)) for noun in sorted(trips, key=len, reverse=True))
        self._begun = re.compile(
            # After an article or a possessive, up to four words ("a three-day official working
            # visit"); with none, words that open on a capital, a digit or a hyphenated
            # compound ("three-day Japan visit"): not "started planning his trip".
            rf"(?<![\w'])(?i:{verbs})\s+(?:(?i:a|an|the|his|her|their|its)\s+((?:[\w'’-]+\s+){{1,4}}?)"
            rf"|((?:[A-Z0-9][\w'’-]*|[a-z]+-[\w'’-]+)\s+(?:[\w'’-]+\s+){{0,3}}?))(?i:{nouns})(?![\w])"
        ) if verbs and nouns else None

    def find(self, text: str) -> list[Hit]:
        hits = super().find(text)
        if self._begun is None:
            return hits
        starts = {hit.start for hit in hits}
        for match in self._begun.finditer(text):
            words = normal(match.group(1) or match.group(2)).split()
            if match.start() not in starts and not _NO_MODIFIER.intersection(words):
                hits.append(Hit(match.start(), match.end(), normal(match.group()), Status.HELD))
        return sorted(hits, key=lambda hit: hit.start)


_NO_MODIFIER = frozenset({
    "to", "in", "on", "at", "for", "from", "with", "without", "after", "before", "by", "of", "about", "against", "ahead",
    "over", "during", "and", "or", "but", "as", "that", "which", "who", "whose", "than", "is", "was", "were", "are", "be",
    "been", "has", "have", "had", "not",
})
"""Words that cannot stand between a verb of beginning and the trip it begins: what lies
between is then a clause of its own ("began talks ahead of the visit")."""


@dataclass(frozen=True)
class Title:
    """A description standing for whoever led `country` at the time ("the North Korean leader")."""

    country: str
    short: bool
    """A bare surname ("Kim"): not counted where it is part of another name."""
    office: str | None = None
    """The office the title names ("king"), where it names one: its holder, of the country's leaders."""


@dataclass(frozen=True)
class PublisherRule:
    name: str
    id: str
    phrases: tuple[str, ...]
    """Found anywhere in the text (a footer, an e-mail domain)."""
    tags: tuple[str, ...]
    """Must stand alone on a line, in a dateline "(Reuters) -", or after "Source:"."""


@dataclass(frozen=True)
class Rules:
    """Everything the ingester knows, read from `content/`."""

    leaders: dict[str, Leader]
    names: PhraseSet
    """Leader names and aliases -> leader ID."""
    titles: PhraseSet
    """Descriptions -> Title."""
    places: PhraseSet
    """Gazetteer names -> Place."""
    status: PhraseSet
    """Status phrases -> Status, neutral phrases -> None."""
    status_order: tuple[Status, ...]
    """Most decisive first."""
    swallows: dict[Status, frozenset[Status]]
    """Within a sentence, a status -> the later statuses that are part of it."""
    trip: PhraseSet
    not_a_visit: PhraseSet
    """Words that make a headline a minister's or an envoy's trip, no leaders' visit."""
    envoy_trips: PhraseSet
    heirs_deputies: PhraseSet
    """Deputies' offices no leader holds at any date ("deputy crown prince")."""
    bare_proxies: PhraseSet
    """Who acts for a leader, set straight after his bare name ("Trump envoy Greenblatt")."""
    unconfirmed: PhraseSet
    """A denial, or reports left unconfirmed: the sentence reports no development."""
    kinds: PhraseSet
    """Kind words -> kind value (None for the welcome every state visit has); `kind_order` breaks ties."""
    kind_order: tuple[str, ...]
    named_kinds: PhraseSet
    """Looser words for a kind ("trip", "talks") -> kind: the headline's name for the event."""
    looking_back: PhraseSet
    anniversaries: PhraseSet
    """Occasion phrases -> PartialDate of the original day."""
    yearly: PhraseSet
    """Phrases that name a day of every year ("Victory Day") -> PartialDate of the original day."""
    future: PhraseSet
    """Words that put a sentence in the future."""
    timetable: PhraseSet
    """The present of a schedule ("arrives in Beijing on Thursday"): its weekday lies ahead."""
    opening: PhraseSet
    """The event's opening ("opened", "began"): a day in such a clause is its first."""
    reporting: frozenset[str]
    origin: frozenset[str]
    departure: PhraseSet
    """Leaving or going home: a date in such a clause is not the event's."""
    sets_off: PhraseSet
    """Setting off on a trip ("left Tokyo", "has set off for Russia"): it has begun."""
    onward: PhraseSet
    """Going on from one stop of a trip to the next ("goes on to", "after which"): the places
    before and after are two stops."""
    that_day: PhraseSet
    """A time of the page's own day ("in the afternoon", "later today")."""
    destination: PhraseSet
    """Words right before a place that make it a destination."""
    pronouns: PhraseSet
    plural_pronouns: PhraseSet
    hearsay: PhraseSet
    """Sourcing that makes an announced trip a rumour."""
    as_it_happens: PhraseSet
    """The event is going on as the article is written."""
    just_held: PhraseSet
    """The meeting told in the present perfect ("has welcomed"): the page's news, just held."""
    arrival: PhraseSet
    """Arrival phrases: held, or confirmed while the meeting is still ahead."""
    was_on: PhraseSet
    """The trip had been settled ("had confirmed"): staying away from it is a cancellation."""
    set_before: PhraseSet
    """"had been expected on April 9": the day a postponed event had been set for."""
    honorifics: frozenset[str]
    abbreviations: frozenset[str]
    drop_lines: frozenset[str]
    drop_starts: tuple[str, ...]
    end_markers: tuple[str, ...]
    list_headings: frozenset[str]
    """A line heading a list of other stories' headlines ("Related Stories"): the list is dropped."""
    publishers: tuple[PublisherRule, ...]
    domains: dict[str, PublisherRule]
    """A site's domain -> its publisher (publishers.yaml)."""
    caption_marks: tuple[str, ...]
    """Lowered marks of a photo caption or credit line ("(left)", "file photo")."""
    glossary: Glossary
    """Each language's words -> English, for a page not in English (see gloss.py)."""
    summit_groups: PhraseSet
    """Groups of countries whose summits are theirs ("a Nato summit"), not two leaders' meeting."""
    proxies: PhraseSet
    """Who acts for a leader ("envoy", "foreign minister"): "Trump's envoy" is not Trump."""

    def leaders_in_office(self, country: str, when: PartialDate) -> list[str]:
        """IDs of the leaders of `country` in office at some time within `when`."""
        found = []
        for leader in self.leaders.values():
            if leader.country != country:
                continue
            if in_office(leader, when):
                found.append(leader.id)
        return found


def in_office(leader: Leader, when: PartialDate) -> bool:
    """True when `leader` held the office the site tracks them in at some time within `when`
    (no term known: always). What a title ("the Russian president") is resolved through."""
    return not leader.in_office or leader.in_office_on(when)


def _spellings(name: str, given_forms: bool = True) -> list[str]:
    """A name, and a surname in "-sky" as other transliterations of "-ский" write it: the older
    "-skiy" ("Zelenskiy", as agencies long spelled Zelensky) and German's and Czech's "-skyj",
    "-skyi" and "-skij", which machine translation from those keeps; and the Arabic given name
    Muhammad in each of the spellings papers use for it ("Mohammad bin Salman", "Mohamed"):
    no leader file lists every spelling. Without `given_forms`, not Muhammad's: a name spelled
    out from another script is read by its consonants, which those spellings share, and a
    consonant skeleton two spellings share names neither (gloss._SpelledNames)."""
    names = [name]
    given = _MUHAMMAD.match(name)
    if given and given_forms:
        names += [spelling + name[given.end() :] for spelling in MUHAMMAD_SPELLINGS if spelling != given.group(0)]
    if name.endswith("sky"):
        names += [spelling[:-1] + ending for spelling in names for ending in ("iy", "yj", "yi", "ij")]
    return names


MUHAMMAD_SPELLINGS = ("Mohammed", "Mohammad", "Muhammad", "Muhammed", "Mohamed", "Mohamad")
"""The spellings papers give the Arabic given name Muhammad in."""
_MUHAMMAD = re.compile(f"(?:{'|'.join(MUHAMMAD_SPELLINGS)})(?=\\s)")


def in_public_life(leader: Leader, when: PartialDate) -> bool:
    """True when `leader` held any of their offices at some time within `when` (none known:
    always). A leader named by name makes news in whatever office they hold then: Medvedev,
    no longer president, visiting Pyongyang in 2025 as deputy chairman of the Security Council."""
    return not leader.offices or bool(leader.offices_on(when))


_ELECT = re.compile(r"(?<!vice )(?<!vice-)\b(?:president|minister|chancellor|premier)[-\s]elect\b", re.IGNORECASE)
"""One elected to lead and not yet in office; a vice-president-elect is a deputy, no leader."""


_INAUGURATION = re.compile(r"\b(?:inauguration|inaugurated|sworn in|swearing-in|investiture)\b", re.IGNORECASE)
_DAYS_TO_INAUGURATION = 60
"""How long before a term begins a page may tell of the inauguration that opens it."""


def elected(leader: Leader, when: PartialDate, text: str) -> bool:
    """A leader not yet in office, in a sentence naming someone elected to one ("President-elect
    Prabowo Subianto", "the prime minister-elect"), makes news as the one elected: no look back.
    So does one whose term begins within weeks of `when`, in a sentence naming an inauguration
    ("Lula's inauguration on Sunday", between his terms): he is the one sworn in."""
    starts = [held.term.start for held in leader.offices]
    if _INAUGURATION.search(text) and any(
        start is not None and 0 <= (start.first_day() - when.last_day()).days <= _DAYS_TO_INAUGURATION for start in starts
    ):
        return True
    return bool(starts) and all(start is not None and start.first_day() > when.last_day() for start in starts) and _ELECT.search(text) is not None


def called_elect(texts: Iterable[str], when: PartialDate | None, rules: Rules) -> frozenset[str]:
    """The leaders a page calls elected to an office they have yet to take at `when`, in any
    of its sentences ("President-elect Yoon" once, then "Modi asked Yoon to visit India"):
    the one about to take office all through the page, not one whose time is over."""
    if when is None:
        return frozenset()
    return frozenset(
        hit.value for text in texts if _ELECT.search(text) for hit in rules.names.find(text)
        if elected(rules.leaders[hit.value], when, text)
    )


def dated_wrongly(leaders: Iterable[Leader], when: PartialDate) -> list[Leader]:
    """The leaders not yet in any office at `when`, where none of `leaders` held one then:
    a page that names them as leaders at a date when none was one is dated wrongly ("only days
    into her time as prime minister" on a page dated two years before). A leader not yet in
    office beside one who was ("Vice President Biden greeted Hu") says nothing of the date."""
    leaders = list(leaders)
    if any(in_public_life(leader, when) for leader in leaders):
        return []
    return [
        leader for leader in leaders
        if leader.offices and all(held.term.start is not None and held.term.start.first_day() > when.last_day() for held in leader.offices)
    ]


RULE_FILE_MAX_VALUES = 50_000
"""The most values a rule file may hold: the cue file's glossary lists a hundred words or more
for each of forty languages, more than any content entry's limit (tracker.content.load)."""


def _read(path: Path) -> Document:
    """A rule file, read as strictly as content (tracker.content.load): a key given twice, a YAML
    error or text that is not UTF-8 is an error naming the file and line."""
    if not path.is_file():
        raise RulesError(f"{path}: missing (the ingester reads its rules from it; restore it from git)")
    document, problems = read_document(path, max_values=RULE_FILE_MAX_VALUES)
    if problems or document is None:
        raise RulesError("\n".join(str(problem) for problem in problems))
    if not isinstance(document.data, dict):
        raise RulesError(f"{_at(document)}: expected a mapping of lists at the top level")
    return document


def _at(document: Document, *location: str | int) -> str:
    """Where a rule is, for a message: path:line."""
    return f"{document.path}:{document.line(location)}"


def _words(document: Document, key: str) -> list[str]:
    value = document.data.get(key, [])
    if not isinstance(value, list):
        raise RulesError(f"{_at(document, key)}: {key}: expected a list of phrases in brackets, e.g. [one, two words]")
    for index, item in enumerate(value):
        if not isinstance(item, str):
            raise RulesError(
                f"{_at(document, key, index)}: {key}: {item!r} is not a phrase (put words such as on, no, yes and"
                ' phrases with a colon in quotes: "on", "more about:")'
            )
    return value


def _glossary(document: Document) -> dict[str, dict[str, str]]:
    """The cue file's `glossary`: a language code -> {a word in it: its English}."""
    value = document.data.get("glossary", {})
    if not isinstance(value, dict):
        raise RulesError(
            f"{_at(document, 'glossary')}: glossary: expected a language code for each list of words,"
            " e.g. pt: {visita: visit}"
        )
    for language, words in value.items():
        if not isinstance(words, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in words.items()):
            raise RulesError(
                f"{_at(document, 'glossary', language)}: glossary: {language}: expected words and their English,"
                ' e.g. {visita: visit, "chegou a": "arrived in"}'
            )
    return {str(language): dict(words) for language, words in value.items()}


def _place_names(document: Document) -> dict[str, list[str]]:
    """The cue file's `place_names`: a place's English name -> its names in other scripts."""
    value = document.data.get("place_names", {})
    if not isinstance(value, dict) or not all(
        isinstance(names, list) and all(isinstance(name, str) for name in names) for names in value.values()
    ):
        raise RulesError(f"{_at(document, 'place_names')}: place_names: expected each place's English and its names, e.g. Berlin: [Берлин*, 柏林]")
    return {str(english): list(names) for english, names in value.items()}


def _place_particles(document: Document) -> dict[str, dict[str, str]]:
    """The cue file's `place_particles`: a language code -> {a particle written onto a place's name: its English}."""
    value = document.data.get("place_particles", {})
    if not isinstance(value, dict) or not all(
        isinstance(words, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in words.items()) for words in value.values()
    ):
        raise RulesError(f"{_at(document, 'place_particles')}: place_particles: expected a language code for each list of particles, e.g. ja: {{で: in}}")
    return {str(language): dict(words) for language, words in value.items()}


TOWN_WORDS = ("city", "town", "village", "agro-town", "resort", "port")
"""What a page calls a town beside its name ("the Russian port of Vanino", "the city of Bor")."""


def _countries() -> list[tuple[str, Place]]:
    """Every country by its ISO names ("Iran", "Islamic Republic of Iran", "Kyrgyzstan"), so
    that a visit to a country the gazetteer does not list is still placed. The gazetteer's
    own names come first and win; "Korea, Republic of" and other inverted forms are left out."""
    pairs = []
    for country in pycountry.countries:
        for key in ("name", "common_name", "official_name"):
            name = getattr(country, key, None)
            if name and not re.search(r"[,()]", name):
                pairs.append((name, Place(country=country.alpha_2, city=None)))
    return pairs


def _office_titles(leaders: dict[str, Leader], places: list[tuple[str, Any]]) -> list[tuple[str, Title]]:
    """Titles of the offices the content's leaders hold, for their countries: "<country>'s
    <office>", "<office> of <country>", and "<office> <country>", as a gloss of a language that
    puts the country after the office leaves it ("Presiden Korea Selatan", "President South
    Korea"). Not "<nationality> <office>": "a spokesperson for the British prime minister"
    would make the spokesperson's words the prime minister's."""
    offices: dict[str, set[str]] = {}
    for leader in leaders.values():
        for held in leader.offices:
            office = re.split(r"\s+of\s+", held.title, maxsplit=1)[0].strip().lower()
            if office and len(office.split()) <= 2:
                offices.setdefault(leader.country, set()).add(office)
    pairs: list[tuple[str, Title]] = []
    for name, place in places:
        if place.city is None and place.country in offices and not name.lower().startswith("the "):
            for office in sorted(offices[place.country]):
                pairs += [
                    (f"{name}'s {office}", Title(place.country, False, office)), (f"{office} of {name}", Title(place.country, False, office)),
                    (f"{office} {name}", Title(place.country, False, office)),
                ]
    return pairs


def _spelled_leaders(leaders: dict[str, Leader]) -> dict[str, str]:
    """Each spelling of a leader's names, with the leader's id: another script's spelling of a
    name is read as his when it is only his spellings' ("نتانیاهو", Netanyahu or Netaniahou).
    A spelling two leaders share names neither, and is its own."""
    owners: dict[str, set[str]] = {}
    for id, leader in leaders.items():
        for name in (leader.name, *leader.aliases):
            for spelling in _spellings(name, given_forms=False):
                owners.setdefault(spelling, set()).add(id)
    return {spelling: ids.pop() if len(ids) == 1 else spelling for spelling, ids in owners.items()}


def load_rules(content_dir: Path, leaders: dict[str, Leader]) -> Rules:
    """Read the gazetteer, the cue words and the publishers' domains under `content_dir`; the
    leaders come from the content. Without a publishers file no site is known by its address."""
    gazetteer_path = content_dir / GAZETTEER_FILE
    cues_path = content_dir / CUES_FILE
    publishers_path = content_dir / PUBLISHERS_FILE
    gazetteer_document = _read(gazetteer_path)
    cues_document = _read(cues_path)
    gazetteer, cues = gazetteer_document.data, cues_document.data
    domains: dict[str, PublisherRule] = {}
    if publishers_path.exists():
        sites = _read(publishers_path)
        for number, entry in enumerate(sites.data.get("domains") or []):
            try:
                domains[str(entry["domain"]).lower().removeprefix("www.")] = PublisherRule(
                    name=str(entry["name"]), id=str(entry["id"]), phrases=(), tags=()
                )
            except (KeyError, TypeError) as error:
                raise RulesError(
                    f"{_at(sites, 'domains', number)}: domains[{number}]: expected {{domain: example.com, name: ..., id: ...}}"
                ) from error

    place_pairs: list[tuple[str, Any]] = []
    for number, entry in enumerate(gazetteer.get("places", [])):
        try:
            place = Place(country=str(entry["country"]), city=entry.get("city"))
            names = [str(name) for name in entry["names"]]
            nationality = entry.get("nationality", [])
        except (KeyError, TypeError) as error:
            raise RulesError(
                f"{_at(gazetteer_document, 'places', number)}: places[{number}]: expected {{city: ..., country: XX, names: [...]}}"
            ) from error
        if not isinstance(nationality, list):
            # A string would be read a letter at a time.
            raise RulesError(
                f"{_at(gazetteer_document, 'places', number)}: places[{number}].nationality: expected a list of"
                " adjectives, e.g. nationality: [Belarusian]"
            )
        # "the Belarusian agro-town Alexandria": a town the gazetteer lacks, in the country its
        # nationality names (the town itself is read beside it: assemble._city_named).
        names += [f"{adjective} {town}" for adjective in map(str, nationality) for town in (*TOWN_WORDS, "resort town", "port city")]
        place_pairs.extend((name, place) for name in names)

    place_pairs.extend(_countries())

    name_pairs: list[tuple[str, Any]] = []
    for leader in leaders.values():
        name_pairs.extend((spelling, leader.id) for name in (leader.name, *leader.aliases) for spelling in _spellings(name))

    title_pairs: list[tuple[str, Any]] = []
    for entry in cues.get("titles", []):
        title = Title(country=str(entry["country"]), short=bool(entry.get("short", False)))
        title_pairs.extend((phrase, title) for phrase in entry["phrases"])
    # The listed titles first (they win), then every office a leader of the content holds, by
    # the country's name ("Mongolia's prime minister", "the president of Argentina"): titles
    # grow with the leaders, as names do.
    title_pairs.extend(_office_titles(leaders, place_pairs))

    status_pairs: list[tuple[str, Any]] = []
    order = []
    for name, listed in (cues.get("status") or {}).items():
        try:
            status = Status(name)
        except ValueError as error:
            choices = ", ".join(s.value for s in Status)
            raise RulesError(
                f"{_at(cues_document, 'status', name)}: status: {name!r} is not a status (use one of {choices})"
            ) from error
        order.append(status)
        status_pairs.extend((phrase, status) for phrase in listed)
    status_pairs.extend((phrase, None) for phrase in _words(cues_document, "neutral"))

    kind_pairs: list[tuple[str, Any]] = []
    kind_order = []
    for kind, listed in (cues.get("kinds") or {}).items():
        kind_order.append(str(kind))
        kind_pairs.extend((phrase, str(kind)) for phrase in listed)
    kind_pairs.extend((phrase, None) for phrase in _words(cues_document, "ceremonial"))

    anniversary_pairs: list[tuple[str, Any]] = []
    yearly_pairs: list[tuple[str, Any]] = []
    for entry in cues.get("anniversaries", []):
        day = PartialDate.parse(str(entry["date"]))
        anniversary_pairs.extend((phrase, day) for phrase in entry["phrases"])
        yearly_pairs.extend((phrase, day) for phrase in entry.get("yearly_phrases", []))

    publishers = tuple(
        PublisherRule(
            name=str(entry["name"]),
            id=str(entry["id"]),
            phrases=tuple(entry.get("phrases") or ()),
            tags=tuple(entry.get("tags") or ()),
        )
        for entry in cues.get("publishers", [])
    )

    def phrases(key: str, kind: type[PhraseSet] = PhraseSet) -> PhraseSet:
        return kind([(phrase, phrase) for phrase in _words(cues_document, key)])

    def lowered(key: str) -> frozenset[str]:
        return frozenset(normal(word) for word in _words(cues_document, key))

    places = PlaceSet(place_pairs, _words(cues_document, "ship_prefixes"))
    spelled_leaders = _spelled_leaders(leaders)
    arrival = ArrivalSet([(phrase, phrase) for phrase in _words(cues_document, "arrival")], places)

    return Rules(
        leaders=leaders,
        names=PhraseSet(name_pairs),
        titles=PhraseSet(title_pairs),
        places=places,
        status=StatusSet(
            status_pairs, _words(cues_document, "opening"),
            [phrase for kind, listed in (cues.get("named_kinds") or {}).items() if kind == "visit" for phrase in listed],
        ),
        status_order=tuple(order),
        swallows={
            Status(first): frozenset(Status(later) for later in laters)
            for first, laters in (cues.get("swallows") or {}).items()
        },
        trip=phrases("trip"),
        not_a_visit=phrases("not_a_visit", ContactSet),
        envoy_trips=phrases("envoy_trips"),
        heirs_deputies=phrases("heirs_deputies"),
        bare_proxies=phrases("bare_proxies"),
        unconfirmed=phrases("unconfirmed", DenialSet),
        kinds=PhraseSet(kind_pairs),
        kind_order=tuple(kind_order),
        named_kinds=PhraseSet([
            (phrase, str(kind)) for kind, listed in (cues.get("named_kinds") or {}).items() for phrase in listed
        ]),
        looking_back=phrases("looking_back"),
        anniversaries=PhraseSet(anniversary_pairs),
        yearly=PhraseSet(yearly_pairs),
        future=phrases("future"),
        timetable=phrases("timetable"),
        opening=phrases("opening"),
        reporting=lowered("reporting"),
        origin=lowered("origin"),
        departure=phrases("departure"),
        sets_off=phrases("sets_off"),
        onward=phrases("onward"),
        that_day=phrases("that_day"),
        destination=phrases("destination"),
        pronouns=phrases("pronouns"),
        plural_pronouns=phrases("plural_pronouns"),
        arrival=arrival,
        was_on=phrases("was_on"),
        set_before=phrases("set_before"),
        hearsay=phrases("hearsay"),
        as_it_happens=phrases("as_it_happens", ArrivalSet),
        just_held=phrases("just_held"),
        honorifics=lowered("honorifics"),
        abbreviations=lowered("abbreviations"),
        drop_lines=lowered("drop_lines"),
        drop_starts=tuple(sorted(lowered("drop_starts"))),
        end_markers=tuple(sorted(lowered("end_markers"))),
        list_headings=lowered("list_headings"),
        publishers=publishers,
        domains=domains,
        caption_marks=tuple(sorted(lowered("caption_marks"))),
        proxies=phrases("proxies"),
        summit_groups=phrases("summit_groups"),
        glossary=Glossary(
            _glossary(cues_document),
            [*spelled_leaders, *(name for name, place in place_pairs if place.city)],
            owners=spelled_leaders,
            places=_place_names(cues_document), particles=_place_particles(cues_document),
        ),
    )
