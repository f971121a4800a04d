"""Stage 4: frames -> draft events, and a publication date where the article gives none.

Grouping, then one decision per field, each with the reason the editor sees when the
decision was a guess. The order of preference for each field is written out below.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from tracker.content.model import DatePrecision, PartialDate, Place, Status, Term, country_name
from tracker.ingest.extract import CARRIED, DEFINITE, LISTED, MAYBE_HELD, MOURNED, NOT_HELD, OWNER_NAME, EventDraft, Frame, Sentence, find_leaders, holder, names_a_thing, valid, well_before
from tracker.ingest.rules import TOWN_WORDS, Hit, Rules, called_elect, dated_wrongly, elected, in_public_life, normal
from tracker.ingest.when import DateMention, find_dates, shift_weekday

_EXACT = ("full", "range", "anniversary", "day", "occasion")
CALLED_OFF = (Status.DECLINED, Status.CANCELLED, Status.POSTPONED)


@dataclass(frozen=True)
class Published:
    """The article's date, as the page or the editor gives it."""

    date: PartialDate | None
    """None when neither the page, its address, its text nor the editor says it."""
    how: str
    """Empty when the article (or the editor) says it; otherwise why it is unknown."""


def _group(frames: list[Frame], rules: Rules) -> list[list[Frame]]:
    """Frames by the country they point to; frames naming no place join the group of their leaders."""
    groups: list[list[Frame]] = []
    waiting: list[Frame] = []
    held_back = False
    for frame in frames:
        if frame.place is None:
            # The trip of its leaders told first, or the one told just before it, to a country
            # that is home to one of them ("visited the Vatican ... continued his talks in Rome.
            # The high point of his trip was his talks with Meloni": Rome, Meloni's, not the Vatican).
            theirs = [g for g in groups if set(frame.leaders) & {l for f in g for l in f.leaders}]
            homes = {rules.leaders[leader].country for leader in frame.leaders}
            home = next(
                (g for g in theirs if _country(g) in homes and any(f.sentence.index == frame.sentence.index - 1 for f in g)),
                theirs[0] if theirs else None,
            )
            if home is not None:
                home.append(frame)
            else:
                waiting.append(frame)
            continue
        home = None if frame.mutual else next(
            (g for g in groups if not any(f.mutual for f in g) and _country(g) == frame.place.country and not _another_occasion(frame, g)),
            None,
        )
        if home is None:
            if (not groups or held_back and waiting) and not _invitation_only(frame, waiting):
                groups.append([*waiting, frame])
                waiting = []
            else:
                held_back = held_back or not groups
                groups.append([frame])
        else:
            home.append(frame)
    if waiting:
        if groups:
            groups[0][:0] = waiting
        else:
            groups.append(waiting)  # no frame names a place: the caller looks for one
    if held_back:
        # The headline's meeting is the page's news, before the invitation made at it.
        groups.sort(key=lambda g: not any(f.sentence.headline for f in g))
    return [sorted(group, key=lambda f: f.sentence.index) for group in groups]


def _invitation_only(frame: Frame, waiting: list[Frame]) -> bool:
    """`frame` is an invitation and nothing more, and frames that name no place come before it
    (a headline, "Putin and Kim held talks"; then "Putin invited Kim to Russia"): they tell of
    the meeting the invitation was made at, and wait for the place its own frames name."""
    return bool(waiting) and bool(frame.statuses) and set(frame.statuses) <= {Status.INVITED}


def _another_occasion(frame: Frame, group: list[Frame]) -> bool:
    """`frame` tells of another trip to the group's country: it names another city, and what
    it says of it (accepted, postponed) none of the group's frames says of theirs ("invited to
    Moscow for the anniversary; has accepted to come to the meeting in Kazan in October").
    Two cities of one trip share what is said of them, or one of them says nothing."""
    placed = [f for f in group if f.place is not None]
    if _plan_for_a_later_year(frame) and any(Status.HELD in f.statuses for f in placed):
        # "looked forward to coming back to China next year": the visit held is done, and
        # the one planned for another year is another trip.
        return True
    if _kept_beside_called_off(frame, placed):
        return True
    if not frame.statuses or frame.place is None or not frame.place.city:
        return False
    if any(f.place is None or not f.place.city or f.place.city == frame.place.city for f in placed):
        return False
    said = {status for f in placed for status in f.statuses}
    return bool(said) and not said & set(frame.statuses) and Status.HELD not in said | set(frame.statuses)


_OCCASIONS = frozenset({"summit", "ceremony"})
_GOING_AHEAD = frozenset({Status.ANNOUNCED, Status.CONFIRMED})


def _kept_beside_called_off(frame: Frame, placed: list[Frame]) -> bool:
    """`frame` tells of an occasion (a summit, a ceremony) in the group's country that goes
    ahead, where every frame of the group that tells a status calls its trip off ("calls off
    the talks in Beijing"; "will still attend the G20 summit in China"): the occasion
    kept is another event than the meeting called off, though one country holds both. A
    sentence naming every leader of the meeting called off tells of that meeting, the occasion
    only its setting ("the talks planned with Xi on the sidelines of the G20 summit")."""
    if not frame.statuses or not set(frame.statuses) <= _GOING_AHEAD or not set(frame.kinds) & _OCCASIONS:
        return False
    said = [f for f in placed if f.statuses]
    return bool(said) and all(
        any(status in CALLED_OFF for status in f.statuses) and not set(f.kinds) & set(frame.kinds)
        and not set(f.leaders) <= set(frame.leaders)
        for f in said
    )


def _plan_for_a_later_year(frame: Frame) -> bool:
    """A plan (announced or confirmed) whose one time is a year told from the page's ("next
    year"), with no day or month: not a year by its number ("his first visit to China in
    2019"), which may be the page's own."""
    times = [m for m in frame.dates if not m.reporting]
    return bool(frame.statuses) and set(frame.statuses) <= {Status.ANNOUNCED, Status.CONFIRMED} and bool(times) and all(
        m.kind == "relative" and m.date is not None and m.date.precision is DatePrecision.YEAR for m in times
    )


def _told_last_before(frame: Frame, groups: list[list[Frame]]) -> int | None:
    """The number of the group of `frame`'s travellers told last before it (else first)."""
    theirs = [
        (number, max((f.sentence.index for f in group if f.sentence.index <= frame.sentence.index), default=-1))
        for number, group in enumerate(groups)
        if set(frame.leaders) <= {leader for f in group for leader in f.leaders}
    ]
    if not theirs:
        return None
    before = [(index, number) for number, index in theirs if index >= 0]
    return max(before)[1] if before else theirs[0][0]


def _country(group: list[Frame]) -> str | None:
    return next((f.place.country for f in group if f.place is not None), None)


def draft_events(
    frames: list[Frame],
    sentences: list[Sentence],
    published: PartialDate | None,
    rules: Rules,
    mentioned: set[str],
    dateline: Place | None = None,
    filed_from: Place | None = None,
    opened_from: Place | None = None,
) -> tuple[list[EventDraft], list[str]]:
    """The article's events, and warnings about what it mentions but is not drafted.

    `filed_from` is an agency dateline's city; `opened_from` the city of a dateline with no
    agency ("Beijing — ..."), which only places a meeting no sentence places."""
    events, warnings = _drafted(frames, sentences, published, rules, mentioned, dateline, filed_from, opened_from)
    if events:
        return events, warnings
    # A last resort, for a page that would draft nothing: its headline names where its news
    # is ("North Korea holds a parade"; "Putin's visit to Versailles"), and a sentence tells a
    # meeting or a trip of its own that no sentence places. The page drafting something, the
    # reading of its frames is left as it was.
    lent = _placed_by_the_headline(frames, sentences, rules)
    if lent is None:
        return events, warnings
    frames_lent, place = lent
    drafted, lent_warnings = _drafted(frames_lent, sentences, published, rules, mentioned, dateline, filed_from, opened_from)
    if not drafted:
        return events, warnings
    why = f"no place in the sentences about it; {place.city or country_name(place.country)} is the place the headline names: check it"
    return [replace(e, doubts={**e.doubts, "place": e.doubts.get("place", why)}) for e in drafted], lent_warnings


_LENT_STATUSES = frozenset({Status.HELD, Status.CONFIRMED, Status.ANNOUNCED, Status.POSTPONED, Status.CANCELLED, Status.DECLINED})
"""A frame's own word of what became of a meeting or trip: one with no place may take the
headline's. An invitation or a rumour may be of any trip, and takes none."""

_OFFICE_OF = re.compile(
    r"\b(?:president|prime\s+minister|premier|chancellor|king|queen|emir|leader|head\s+of\s+state|government)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""An office before a country ("the President of Brazil"): the country names a leader, not a place."""

_FOR_A_CAUSE = re.compile(
    r"\b(?:after|amid|amidst|over|following|despite|because\s+of|due\s+to|in\s+(?:protest|response)\s+(?:at|to|over))\b",
    re.IGNORECASE,
)
"""Words that open what the news follows from or is about ("calls off summit after Ukraine
invasion", "trip scrapped amid Gaza war", "talks cancelled over Taiwan"): a place named after
them is the news's cause or subject, not where the meeting was to be."""


def _headline_places(text: str, rules: Rules) -> set[Place]:
    """The places a headline names as where something is: not a government acting ("Tokyo calls
    off"), a country for an office ("talks with the President of Brazil"), one of two whose ties
    are told, a body's name, nor a place named after a word of cause ("after Ukraine invasion")."""
    return {
        hit.value for hit in rules.places.find(text)
        if not _speaks(text, hit.end, rules) and not _ties_between(text, hit.start, rules) and not names_a_thing(text, hit)
        and _OFFICE_OF.search(text[: hit.start]) is None and _FOR_A_CAUSE.search(text[: hit.start]) is None
    }


def _placed_by_the_headline(frames: list[Frame], sentences: list[Sentence], rules: Rules) -> tuple[list[Frame], Place] | None:
    """The frames again, those of a meeting or trip that no sentence places given the one place
    the headline names, with that place; None where the headline lends none.

    The headline must tell a trip, a meeting or an occasion of its own (a word of a trip, an
    arrival or an event's kind), and no call, letter, look back or envoy's trip; no sentence of
    the page may tell a call (a city beside a call is where someone spoke from). A frame takes
    the place only where it tells what became of its meeting in a status of its own, names no
    leader fewer than the headline, and its sentence names no other place than its leaders'
    countries and the headline's; a lone leader does not borrow his own country. A page that
    tells a meeting of two or more leaders called off or put off as a whole lends nothing: with
    no place of its own such a meeting is no event, and the headline's place is as often its
    subject or a party to it ("calls off North Korea summit", "tensions with Germany") as its
    venue."""
    headline = next((s for s in sentences if s.headline), None)
    if headline is None:
        return None
    text = headline.text
    if not (rules.trip.find(text) or rules.arrival.find(text) or rules.kinds.find(text) or rules.named_kinds.find(text)):
        return None
    if rules.looking_back.find(text) or rules.envoy_trips.find(text) or any(rules.not_a_visit.find(s.text) for s in sentences):
        return None
    if any(f.looking_back is None and len(f.leaders) >= 2 and set(f.statuses) & set(CALLED_OFF) for f in frames):
        return None
    if any(re.match(r"['’]s\b", text[hit.end :]) for hit in rules.places.find(text)):
        # "Biden to meet Tokyo's man on trade": a place in the possessive is its government or
        # its people, and the headline then tells of them, not of where anyone meets.
        return None
    places = _headline_places(text, rules)
    if len(places) != 1:
        return None
    (place,) = places
    named = {hit.value for hit in rules.names.find(text)}
    lent = []
    for frame in frames:
        leaders = set(frame.leaders)
        homes = {rules.leaders[leader].country for leader in leaders if leader in rules.leaders}
        own_places = {hit.value for hit in rules.places.find(frame.sentence.text)}
        lends = (
            frame.place is None and frame.looking_back is None
            and bool(frame.statuses) and set(frame.statuses) <= _LENT_STATUSES
            and named <= leaders
            and all(p == place or p.city is None and p.country in homes for p in own_places)
            and not (len(leaders) == 1 and place.country in homes)
        )
        lent.append(replace(frame, place=place, places=(place, *frame.places)) if lends else frame)
    if all(new is old for new, old in zip(lent, frames)):
        return None
    return lent, place


def _drafted(
    frames: list[Frame],
    sentences: list[Sentence],
    published: PartialDate | None,
    rules: Rules,
    mentioned: set[str],
    dateline: Place | None,
    filed_from: Place | None,
    opened_from: Place | None,
) -> tuple[list[EventDraft], list[str]]:
    """The article's events as its frames place them (see `draft_events`)."""
    warnings: list[str] = []
    makes_event = {id(f) for f in frames if f.looking_back is None and (valid(f, rules) or _summit_opened_at_home(f, rules))}
    current = _unplaced_beside_the_summits_own(
        [f for f in frames if id(f) in makes_event], rules
    )
    # A host acting at home ("Putin postponed the parade in Moscow") speaks of the event
    # in that city: such frames join its group, though they make no event themselves.
    at_home = [f for f in frames if f.looking_back is None and id(f) not in makes_event and f.place and f.place.city]
    placeless = [
        f for f in frames
        if f.looking_back is None and not valid(f, rules) and f.place is None and not f.sentence.headline
        and any(status in CALLED_OFF for status in f.statuses)
    ]
    past = [f for f in frames if f.looking_back is not None and valid(f, rules)]
    opening = next((s for s in sentences if not s.headline), None)
    if all(f.place is None for f in current) and opening is not None and not any(s.headline and (rules.names.find(s.text) or rules.trip.find(s.text)) for s in sentences):
        # A page whose headline tells nothing and whose first sentence tells a trip of a given
        # day before the page, and places nothing newer, is an archive of that trip: it is the news.
        archived = next((
            f for f in past if f.sentence is opening and (f.looking_back or "").startswith("dated ")
            and any(m.date is not None and m.date.precision is DatePrecision.DAY for m in f.dates)
        ), None)
        if archived is not None:
            current = sorted(current + [replace(f, looking_back=None) for f in past if f.place == archived.place], key=lambda f: f.sentence.index)
            past = [f for f in past if f.place != archived.place]
    if past:
        warnings.append(
            "not drafted, looks back: "
            + "; ".join(f"{f.sentence.text[:70]!r} ({f.looking_back})" for f in past[:4])
        )
    events: list[EventDraft] = []
    occasions: list[EventDraft] = []  # a group's summit held during the page's visit
    told: list[set[str]] = []  # the sentences of each event's group, in the order of `events`
    # The news is a call, a letter or a message when the headline or the lead says so
    # ("PM rings President"; "Modi spoke by telephone on Friday with Putin").
    lead = next((s for s in sentences if not s.headline), None)
    first_told = min((f.sentence.index for f in current if not f.sentence.headline), default=None)
    headline_no_visit = any((s.headline or s is lead) and rules.not_a_visit.find(s.text) for s in sentences)
    # The news is a minister's or an envoy's trip when the headline names one and no leader
    # ("China's top diplomat departs for N. Korea"): talk around it of a leaders' trip that
    # "may" come is the trip's background, not news of its own. So it is when the lead tells
    # of their trip before any leader ("The foreign and defence ministers have put off a
    # visit to Turkey"): a trip put off or called off there is theirs, not the leaders' they
    # act for.
    headline_leader = any(f.sentence.headline for f in frames)
    proxy_trip = any(s.headline and rules.envoy_trips.find(s.text) for s in sentences) and not headline_leader
    proxies_put_off = proxy_trip or lead is not None and _proxies_travel(lead.text, rules) and not headline_leader
    told_of_call = any(rules.not_a_visit.find(s.text) for s in sentences)
    groups = _group(current, rules)
    for number, group in enumerate(groups):
        cities = {f.place.city for f in group if f.place is not None and f.place.city}
        fallback: tuple[Place, str] | None = None
        # A meeting agreed in a call and placed nowhere ("agreed by phone to hold a summit
        # early") is no event yet: no city of the page's stands in for its place.
        agreed_by_call = told_of_call and all(f.place is None and not f.arrived for f in group) and not any(
            status in CALLED_OFF or status in (Status.HELD, Status.INVITED) for f in group for status in f.statuses
        )
        if not cities and all(f.place is None for f in group) and not agreed_by_call:
            # No sentence about the trip names a place: the host's own sentence may ("Putin
            # watched the parade on Red Square"), else the city the report was filed from.
            host_city = next((f.place for f in at_home if f.place is not None), None)
            if host_city is not None and host_city.city:
                cities = {host_city.city}
            elif (opened_in := _summit_opened_in(group, sentences, rules)) is not None:
                # "The G20 summit opened in Rome. On its sidelines, Erdogan met Biden": the
                # meeting at the summit is where the summit is held.
                fallback = (opened_in, f"no place in the sentences about it; the summit it was held at opened in {opened_in.city}: check it")
            elif (filed_at := filed_from or opened_from) is not None:
                fallback = (filed_at, "no place in the sentences about it; this is the dateline's city")
            elif any(f.sentence.headline for f in group) and (named := _one_city_named(sentences, rules)) is not None:
                # A meeting the headline tells, placed where the page's one city is: better a
                # draft with a warning than none, for the editor checks a warning faster than
                # he notices an event left out.
                fallback = (named, f"no place in the sentences about it; {named.city} is the one city the article names: check it")
            elif not headline_no_visit and (home := _other_home_named(group, sentences, rules)) is not None:
                # No city at all: the country of the leader the headline's subject meets,
                # where the headline or the lead names it and tells of no call or letter
                # ("Kishida aims to solidify South Korea ties in final summit ... sits down
                # with President Yoon").
                fallback = (home, f"no place in the sentences about it; {home.country} is the country of the leader met that the article names beside the meeting: check it")
            elif number == 0 and not told_of_call and not proxy_trip and (
                (host_home := _received_in(group, rules)) is not None or (host_home := _thanked_for_inviting(group, sentences, rules)) is not None
            ):
                # The page's news is two leaders meeting, and no sentence about it places it:
                # better a draft placed in the host's country, with a warning, than none.
                fallback = host_home
            elif len(groups) == 1 and not told_of_call and not proxy_trip and not headline_no_visit and (
                city_at_home := _one_city_at_a_leaders_home(group, sentences, past, rules)
            ) is not None:
                # The page's one meeting of two leaders, placed by no sentence about it, and one
                # city named on the page, at home to one of them ("Hu sat down with Putin ...
                # Vladivostok is hosting the forum's meetings"): the meeting is there.
                fallback = (city_at_home, f"no place in the sentences about it; {city_at_home.city} is the one city the article names, in the home country of one of the leaders: check it")
        # A traveller's own sentence that names no place but says what became of the trip
        # ("Putin would not attend") speaks of the trip his other sentences place.
        # It speaks of one trip, the one told last before it ("called off his visit to
        # Australia ... would now have to postpone this visit"), not of every trip the
        # traveller is named on ("meet instead at the G7 in Hiroshima").
        own = [f for f in placeless if _told_last_before(f, groups) == number]
        extra = [f for f in at_home if f.place and f.place.city in cities] + own
        group = sorted(group + extra, key=lambda f: f.sentence.index)
        group = _about_the_lead(group, rules)
        if any(Status.HELD in f.statuses and len(f.leaders) >= 2 for f in group):
            # Once the leaders are told meeting, one of them staying away tells of another
            # occasion ("stayed away from the forum in Beijing in October"), not this meeting.
            group = [f for f in group if not (len(f.leaders) == 1 and Status.DECLINED in f.statuses)] or group
        city_line = dateline or _where_said(filed_from, sentences, rules)
        draft = None
        if number == 0 and (during := _group_summit_during_visit(group, sentences, published, rules)) is not None:
            # A group's summit held during a leader's visit to its host country ("arrives for a
            # three-day state visit ... the Brics summit opens on Tuesday"): two events. The
            # visit is drafted from its own sentences, the summit apart, the host country's.
            # A sentence that tells the visit in its own words beside the summit ("who had
            # attended the BRICS summit in Rio, began his state visit") is the visit's too,
            # placed by what it names apart from the summit's city.
            own_frames = [
                framed for f in group
                if (framed := f if f.sentence not in during else _told_with_the_summit(f, rules)) is not None
            ] or group
            visit = _draft(own_frames, sentences, published, rules, mentioned, city_line, fallback)
            if visit is not None and visit.visitor is not None and visit.host is not None and visit.status in _UNDER_WAY_OR_AHEAD:
                draft = replace(visit, kind="visit") if visit.kind == "summit" else visit
                occasions.append(_summit_beside(draft, group, during, sentences, published, rules))
        if draft is None:
            draft = _draft(group, sentences, published, rules, mentioned, city_line, fallback)
        if draft is None:
            continue
        # A second event must be news in its own right: a definite status, said in so many words.
        # So must any event of an article whose headline reports a call, a letter or a message:
        # its trips are background ("In February Putin flew to Beijing") or talk of a summit.
        # A plan or an invitation is news in its own right when it is given a time of its own
        # still ahead ("Putin will visit North Korea next month"; "would be welcome to visit
        # next year"); one with none is more often a trip in passing.
        planned_ahead = draft.status in (Status.ANNOUNCED, Status.CONFIRMED, Status.INVITED) and (
            _after(draft.date, published) or any(_time_ahead(f, at) for f in group for at, _ in f.status_hits)
        )
        mutual = any(f.mutual for f in group) and draft.status is Status.INVITED
        # An invitation the page tells first, under its headline, is news of its own beside the
        # meeting held that it was made at ("Putin and Kim meet"; "Putin invites Kim to Russia
        # again").
        told_first = (
            draft.status is Status.INVITED and any(e.status is Status.HELD for e in events)
            and any(f.sentence.index == first_told for f in group)
            and not any(f.sentence.index == first_told for n, other in enumerate(groups) if n != number for f in other)
        )
        definite = (draft.status in DEFINITE or planned_ahead or mutual or told_first) and "status" not in draft.doubts
        # Each invitation a call or a letter carries is news of the trip it concerns, the
        # return invitation too ("Modi asked Trump to India; Trump invited Modi in turn"); so is
        # a trip it calls off or puts off ("In a letter to Kim, Trump called off the summit").
        # So is a visit a leader says, in the call, he will make to a country it names ("Trump
        # said he meant to visit Indonesia"): the plan is the call's news of a trip. So, too, is
        # a trip the page tells as settled, in a status phrase of its own, to a city its own
        # sentences name ("Modi's visit to Tokyo next month has been confirmed"): a trip
        # fixed is news, whatever led to it. Settled with a country alone, "confirmed" is as
        # often what the two said they agreed on ("had confirmed the two stand together").
        settled = draft.status is Status.CONFIRMED and draft.place.city is not None and "place" not in draft.doubts
        announced = (
            (draft.status is Status.ANNOUNCED or settled) and "status" not in draft.doubts
            and draft.visitor is not None and draft.place.country is not None
        )
        carried = headline_no_visit and (draft.status in CARRIED or announced) and "status" not in draft.doubts
        # A trip under way as the page is written ("a call is being arranged, while Xi is in
        # Russia for a state visit") is news beside the call, not what led to it.
        under_way = draft.status is Status.HELD and (
            any(rules.as_it_happens.find(f.sentence.text) for f in group) or _there_on_a_visit(draft, sentences, rules)
        )
        aside = number > 0 and not carried or (headline_no_visit and not (draft.status in CARRIED or announced) and not under_way)
        # A trip called off in an article about a video link is news of its own ("Putin will
        # join by video, not in person"); one held beside it is background.
        alone_ok = draft.kind == "embassy-visit" or number == 0 and draft.status is not Status.HELD
        # A trip already made, told in an article about a letter or a call, is the letter's
        # background ("Back from Russia, Kim writes to Xi"), however fully it is told.
        told_past = headline_no_visit and number == 0 and draft.status is Status.HELD and not under_way
        # A trip to two countries, told in one sentence ("to Indonesia and Australia"): a visit
        # to each, news alike.
        # A status the page's invitation lends a group with no cue of its own is no second trip.
        # The other country's group may have been told first by a headline that names it alone
        # ("Obama delays trip to Indonesia"): the sentence naming both is still among its own.
        twin = "status" not in draft.doubts and any(
            event.evidence == draft.evidence
            or draft.evidence in sentences_of and event.status is draft.status and event.leaders == draft.leaders
            and event.place.country != draft.place.country and _names_both(draft.evidence, event.place, draft.place, rules)
            for event, sentences_of in zip(events, told)
        )
        told_ahead = all(f.future for f in group)
        if (ahead := _summit_gone_on_to(draft, group, events, sentences, published, rules, mentioned)) is not None:
            events.append(ahead)
            told.append({f.sentence.text for f in group})
            continue
        if (leg := _next_leg(draft, events, rules, _stop_day(group, published), told_ahead)) is not None:
            events.append(leg)
            continue
        if (stop := _further_stop(draft, group, events, sentences, published, rules)) is not None:
            events.append(stop)
            told.append({f.sentence.text for f in group})
            continue
        if proxy_trip and not definite or proxies_put_off and draft.status in CALLED_OFF or _called_off_for_proxies(draft, group, sentences, rules):
            warnings.append(
                f"not drafted: a {draft.status.value} {draft.kind} talked of in an article about a minister's"
                f" or an envoy's trip ({', '.join(draft.leaders)}); add it by hand if it is news"
            )
            continue
        # A trip of the same traveller to another country, given a status of its own in a
        # sentence that also tells a drafted trip ("postponed his visit to Indonesia but also
        # cancelled his trip to Malaysia"): news beside it, not a trip named in passing.
        told_beside = draft.status in CALLED_OFF and "status" not in draft.doubts and draft.visitor is not None and any(
            draft.evidence in sentences_of and event.visitor == draft.visitor and event.place.country != draft.place.country
            and event.status is not draft.status
            for event, sentences_of in zip(events, told)
        )
        # An occasion kept in the country of a trip called off ("called off the talks in
        # Beijing ... will still attend the G20 summit in China"): news beside it. The
        # traveller is among a group's summit's leaders, though not its visitor.
        kept_beside = draft.kind in _OCCASIONS and draft.status in _GOING_AHEAD and "status" not in draft.doubts and any(
            event.status in CALLED_OFF and event.place.country == draft.place.country
            and (event.visitor == draft.visitor or draft.visitor is None and event.visitor in draft.leaders)
            for event in events
        )
        # A summit a leader of the page's first trip reached on the page's own day, told beside
        # that trip ("reached Indonesia earlier on Saturday for summit talks"): the day's news,
        # though he alone of the page's leaders attends it.
        reached_today = (
            draft.kind == "summit" and draft.status is Status.HELD and "status" not in draft.doubts
            and len(draft.leaders) == 1 and any(draft.leaders[0] in event.leaders for event in events)
            and published is not None and published.precision is DatePrecision.DAY and draft.date == published
            and any(f.arrived and "summit" in f.kinds for f in group)
        )
        # The next meeting, asked for at one the page reports held away from both leaders' homes:
        # one invites the other to his own country ("As the talks in Geneva ended, Lula asked
        # Starmer to pay a visit to Brazil"). The meeting's news of a trip, given a time or not.
        invited_back = _invited_back(draft, events, rules)
        if told_past or aside and not twin and not told_beside and not kept_beside and not reached_today and not invited_back and (not definite or (len(draft.leaders) < 2 and not alone_ok)):
            warnings.append(
                f"also mentions a trip ({draft.status.value} {draft.kind}) in {draft.place.city or country_name(draft.place.country)}"
                f" ({', '.join(draft.leaders)}); not drafted: add it by hand if it is news"
            )
            continue
        events.append(draft)
        told.append({f.sentence.text for f in group})
    # The summits held during a visit come after the page's other events: each is an occasion
    # of its own, never the same meeting told twice.
    return _one_meeting_once(events, rules) + occasions, warnings


def _invited_back(draft: EventDraft, events: list[EventDraft], rules: Rules) -> bool:
    """`draft` is an invitation, with no doubt of its status, from the host to the visitor to
    come to the host's own country, and the two met at a meeting drafted before it, held in a
    country that is neither's home, or on a visit the inviter paid to the invited (a visitor
    thanking his host and asking him home in turn): the next meeting, asked for at this one.
    The golds' convention counts the invitation back as an event of its own."""
    if draft.status is not Status.INVITED or "status" in draft.doubts or draft.visitor is None or draft.host is None:
        return False
    if draft.visitor not in rules.leaders or draft.host not in rules.leaders:
        return False
    homes = {rules.leaders[draft.visitor].country, rules.leaders[draft.host].country}
    if draft.place.country != rules.leaders[draft.host].country:
        return False
    return any(
        event.status is Status.HELD and {draft.visitor, draft.host} <= set(event.leaders)
        and (
            event.place.country not in homes
            or (event.visitor, event.host) == (draft.host, draft.visitor) and not _names_city_in(draft.evidence, event.place.country, rules)
        )
        for event in events
    )


def _names_city_in(text: str, country: str, rules: Rules) -> bool:
    """`text` names a city in `country`: a sentence of an invitation that names the visit's
    city ("the Washington visit follows an invitation ...") tells that visit, not the next
    one. The country's own name is no such sign ("invited the president of Mongolia")."""
    return any(hit.value.country == country and bool(hit.value.city) for hit in rules.places.find(text))


_VISIT_OF_ITS_OWN = re.compile(r"\b(?:state|official|working|[a-z]+-day)\s+visit\b", re.IGNORECASE)
"""A visit told as one in its own words ("a state visit", "a three-day visit"), not a trip
to a meeting."""

_GATHERING = re.compile(r"\b(?:summit|gathering)\b", re.IGNORECASE)
_LEFT = re.compile(r"\b(?:left|leave|leaves|leaving|outside|out\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
"""Words before a country that tell a leader leaving it, not a summit held there."""

_GOES_TO_IT = re.compile(
    r"\b(?:go|goes|going|went|travel|travels|travelling|traveling|fly|flies|flying|head|heads|heading)\s+(?:on\s+)?to\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:summit|gathering)\b",
    re.IGNORECASE,
)
"""A leader's trip to a summit told with no place of its own: it says nothing of where it is."""

_THE_SUMMIT = re.compile(r"\bthe\s+summit\b", re.IGNORECASE)
_GROUP_NAMED = re.compile(r"([\w-]+)\s+(?:leaders['’]?\s+)?$")


def _names_group_summit(text: str, rules: Rules) -> bool:
    """`text` names a summit of a group of countries by the group's name ("the 15th BRICS
    Summit", "the Brics gathering", "the G20 summit", "the summit of the G20"): a name the cue
    file lists, or one in capitals or with digits, just before the word or just after it."""
    for word in _GATHERING.finditer(text):
        before = text[max(0, word.start() - 40) : word.start()]
        named = _GROUP_NAMED.search(before)
        if named is not None:
            name = named.group(1)
            at = max(0, word.start() - 40) + named.end(1)
            if any(hit.end == at for hit in rules.summit_groups.find(text[:at])):
                return True
            if len(name) > 1 and (name.isupper() or any(c.isdigit() for c in name) and name[:1].isupper()):
                return True
        owner = _SUMMIT_OF.match(text, word.end())
        if owner is not None and (owner.group(1).isupper() or any(c.isdigit() for c in owner.group(1))):
            return True
    return False


_UNDER_WAY_OR_AHEAD = (Status.HELD, Status.CONFIRMED, Status.ANNOUNCED)
"""A visit whose summit beside it is news: under way, fixed or announced (not an invitation,
not called off)."""


_HOSTS = re.compile(r"\b(?:host|chair)(?:s|ed|ing)?\b", re.IGNORECASE)


def _host_named_at(text: str, group: list[Frame], country: str, rules: Rules) -> bool:
    """`text` names a leader of `group` at home in `country` and does not call him its host (or its chair)."""
    at_home = {leader for f in group for leader in f.leaders if rules.leaders[leader].country == country}
    return not _HOSTS.search(text) and any(hit.value in at_home for hit in rules.names.find(text))


def _of_an_earlier_year(text: str, published: PartialDate | None, rules: Rules) -> bool:
    """`text` dates what it tells to a year before the page's."""
    return published is not None and any(
        m.date is not None and m.date.year < published.year and not m.since
        for m in find_dates(text, published, rules, future=False)
    )


def _summit_opened_at_home(frame: Frame, rules: Rules) -> bool:
    """A summit told opening in its host's own country, the host the one leader its sentence
    names ("The summit opened in Buenos Aires, and President Macri spoke at its opening"):
    the summit is the news, though no guest is named beside him. A leader alone at home is
    otherwise no event (`valid`); the opening of a summit is what makes this one an occasion."""
    return (
        frame.looking_back is None and len(frame.leaders) == 1 and frame.place is not None
        and rules.leaders[frame.leaders[0]].country == frame.place.country
        and "summit" in frame.kinds and bool(rules.opening.find(frame.sentence.text))
    )


def _group_summit_during_visit(group: list[Frame], sentences: list[Sentence], published: PartialDate | None, rules: Rules) -> list[Sentence] | None:
    """The sentences that tell a group's summit in the country of `group`'s visit, where the
    visit is told as one in its own words in a sentence that names no such summit (the
    headline's "lands for a three-day visit"; "comes on a state visit"); else None. A summit
    placed in another country is another trip's; one told as a look back is no news; a
    group's summit named in the same sentence as the visit may be what the visit is for."""
    country = _country(group)
    if country is None:
        return None
    told = {f.sentence.index for f in group}
    visit_told = any(
        (s.index in told or s.headline) and _VISIT_OF_ITS_OWN.search(s.text)
        and (not _names_group_summit(s.text, rules) or _visit_and_summit(s.text, rules))
        for s in sentences
    )
    if not visit_told:
        return None
    # A place in the visit's country, or a leader's home country he is told leaving ("the first
    # summit he has attended since he last left China"), does not put the summit elsewhere;
    # his home country named otherwise may ("the G7 summit France will host").
    homes = {country} | {rules.leaders[leader].country for f in group for leader in f.leaders}
    during: list[Sentence] = []
    for s in sentences:
        if s.headline or rules.looking_back.find(s.text) or rules.not_a_visit.find(s.text):
            continue
        if _VISIT_OF_ITS_OWN.search(s.text) and not _visit_and_summit(s.text, rules):
            continue  # a visit to a summit may be what the visit is for
        if _of_an_earlier_year(s.text, published, rules):
            continue  # "In May of last year he flew to Japan for the G7 summit": a trip gone by
        places = rules.places.find(s.text)
        if not all(
            hit.value.country == country
            or hit.value.country in homes and not hit.value.city and _LEFT.search(s.text[: hit.start]) is not None
            for hit in places
        ):
            continue
        if not any(hit.value.country == country for hit in places) and (
            _GOES_TO_IT.search(s.text) or _host_named_at(s.text, group, country, rules)
        ):
            # "said he would go to the G20 summit": a trip to it, wherever it is; so where the
            # leader at home in the visit's country is named at it and not as its host.
            continue
        # Once the group's summit is named, "the summit" is that one ("travelling to South
        # Africa for the summit").
        if _names_group_summit(s.text, rules) or during and _THE_SUMMIT.search(s.text):
            during.append(s)
    return during or None


_VISIT_AND = re.compile(
    r"\b(?:state|official|working|[a-z]+-day)\s+visit\s+and\s+(?P<after>(?:the|a|an)\s+(?:[\w()-]+\s+){0,6}?(?:summit|gathering)\b)"
    r"|\b(?:state|official|working|[a-z]+-day)\s+visit\s+(?:(?:comes|came|is|was|falls|fell)\s+)?(?:just\s+)?(?:ahead\s+of|before|after|following|follows|followed)\s+"
    r"(?P<beside>(?:the|a|an)\s+(?:[\w()-]+\s+){0,6}?(?:summit|gathering)\b)"
    r"|(?P<before>\b(?:the|a|an)\s+(?:[\w()-]+\s+){0,6}?(?:summit|gathering)\b)(?:\s+in\s+[A-Z][\w-]*)?[\s\"“”]+and\s+(?:a|an|the)\s+"
    r"(?:state|official|working|[a-z]+-day)\s+visit\b"
    r"|\b(?:after|having|who\s+(?:had|has))\s+(?:taking\s+part\s+in|taken\s+part\s+in|attending|attended)\s+"
    r"(?P<attended>(?:the|a|an)\s+(?:[\w()-]+\s+){0,6}?(?:summit|gathering)(?:\s+of\s+(?:the\s+)?[\w-]+)?)",
    re.IGNORECASE,
)
"""A visit of its own and a group's summit joined by "and", two things one trip holds ("the
state visit and the FOCAC summit"; "bound for the BRICS summit and a state visit"), or told
as just before or after it ("the state visit comes ahead of the G20 summit"; "who had
attended the BRICS summit in Rio, began his state visit"): the convention counts a group's
summit in the visit's country, just before or after it, as an event of its own, not the
visit's backdrop."""


def _visit_and_summit(text: str, rules: Rules) -> bool:
    """`text` tells a visit in its own words and a group's summit side by side, joined by
    "and" or told as just before or after it ("a state visit ahead of the G20 summit"): the
    summit is an occasion of its own, not what the visit is for."""
    return any(
        _names_group_summit(match.group("after") or match.group("before") or match.group("beside") or match.group("attended"), rules)
        for match in _VISIT_AND.finditer(text)
    )


def _attended(text: str, rules: Rules) -> bool:
    """`text` tells a group's summit as one the visitor has taken part in ("after taking part
    in the G20 summit"; "who had attended the BRICS summit"): it was held."""
    return any(
        match.group("attended") is not None and _names_group_summit(match.group("attended"), rules)
        for match in _VISIT_AND.finditer(text)
    )


def _summits_city(text: str, country: str, rules: Rules) -> Hit | None:
    """The city of `country` named right after the word "summit" in `text` ("the BRICS summit
    in Rio de Janeiro"): where the summit is held."""
    return next((
        hit for hit in rules.places.find(text)
        if hit.value.city and hit.value.country == country
        and _SUMMIT_HELD_IN.search(text[: hit.start]) is not None
    ), None)


def _told_with_the_summit(frame: Frame, rules: Rules) -> Frame | None:
    """`frame`, of a sentence that names a group's summit, as a frame of the visit beside it:
    only where the sentence tells the visit joined to the summit or coming after it ("comes to
    Brasília after taking part in the G20 summit in Rio"), placed by the first place in the
    visit's country it names other than the summit's city; else None."""
    text = frame.sentence.text
    if frame.place is None or not _visit_and_summit(text, rules):
        return None
    summits = _summits_city(text, frame.place.country, rules)
    place = next((
        hit.value for hit in rules.places.find(text)
        if hit.value.country == frame.place.country and (summits is None or hit.value != summits.value)
    ), None)
    if place is None:
        return None
    return replace(frame, place=place, places=tuple(p for p in frame.places if summits is None or p != summits.value))


_SUMMIT_HELD_IN = re.compile(
    r"\b(?:summit|gathering)(?:\s+of\s+(?:the\s+)?[\w-]+)?,?\s+(?:(?:held|hosted|opened)\s+)?(?:in|at)\s+$", re.IGNORECASE
)
"""The words right before the city a summit is held in ("the BRICS summit in", "the summit of
the G20 in", "the summit, held in")."""


def _summit_beside(visit: EventDraft, group: list[Frame], during: list[Sentence], sentences: list[Sentence], published: PartialDate | None, rules: Rules) -> EventDraft:
    """The group's summit held during `visit`: the host country's occasion, its leader the
    host and the visitor at it, placed by the first city its sentences name in that country.
    Held where its own sentence tells it met; else, beside a visit under way or fixed, a
    summit going ahead (confirmed); else as the visit is."""
    # The city named right after the summit's own word ("the BRICS Summit in Rio de Janeiro")
    # first, for a sentence may also name the visit's city before it ("Brasilia: Modi, who had
    # attended the BRICS summit in Rio de Janeiro, began his state visit").
    named = next((hit.value for s in during if (hit := _summits_city(s.text, visit.place.country, rules)) is not None), None)
    city = named or next((
        hit.value for s in during for hit in rules.places.find(s.text)
        if hit.value.city and hit.value.country == visit.place.country
    ), None)
    place = city if city is not None else Place(city=None, country=visit.place.country)
    frames = [f for f in group if f.sentence in during]
    if any(Status.HELD in f.statuses and not f.future for f in frames) or any(_attended(s.text, rules) for s in during):
        status = Status.HELD
    elif visit.status in (Status.HELD, Status.CONFIRMED):
        status = Status.CONFIRMED
    else:
        status = visit.status
    leaders = tuple(sorted({leader for leader in (visit.host, visit.visitor) if leader is not None}))
    days = _summit_days(sentences, during[0].index, published, rules)
    # A summit held just before or during the visit, its days not given, is dated to the
    # visit's month, as a visit held that a page gives no day of is to its month; one still
    # ahead with no time of its own stays undated.
    month = (
        PartialDate(visit.date.year, visit.date.month)
        if not days and status is Status.HELD and visit.date is not None and visit.date.month else None
    )
    return EventDraft(
        kind="summit", status=status, date=days[0] if days else month, end=days[1] if days else None,
        visitor=None, host=visit.host, leaders=leaders, place=place, reported=published, evidence=during[0].text,
        doubts={} if days else {"date": "a group's summit held during the visit: its sentences give it no days read here"
                                + ("; dated to the visit's month" if month else "") + "; check it"},
    )


def _summit_days(sentences: list[Sentence], first: int, published: PartialDate | None, rules: Rules) -> tuple[PartialDate, PartialDate | None] | None:
    """The days the summit runs, from a clause of a sentence from the `first` that names it on
    that calls it "the summit" or names the group's, and gives a run of days ("the summit runs
    from 22 to 24 August; the state visit is on the 23rd": the first clause's)."""
    for s in sentences:
        if s.index < first or s.headline or rules.looking_back.find(s.text):
            continue
        for clause in s.text.split(";"):
            if not (_THE_SUMMIT.search(clause) or _names_group_summit(clause, rules)) or _VISIT_OF_ITS_OWN.search(clause):
                continue
            for mention in find_dates(clause, published, rules, future=True):
                if mention.kind == "range" and mention.date is not None and not mention.reporting:
                    return mention.date, mention.end
    return None


_ON_A_VISIT = r",?\s+on\s+(?:an?\s+)?(?:(?:state|official|working)\s+)?visit\b"
"""What follows a city that places someone there on a visit ("in Washington on an official visit")."""


def _there_on_a_visit(draft: EventDraft, sentences: list[Sentence], rules: Rules) -> bool:
    """A sentence of the page naming the visitor puts him in the visit's city on a visit as
    it is written ("Prabowo, in Washington on an official visit, has put out a video of his
    call"): the visit is under way, news beside the call, not what led to it."""
    if draft.visitor is None or draft.place.city is None:
        return False
    there = re.compile(rf"\bin\s+{re.escape(draft.place.city)}\b(?:,?\s+[A-Z]\.?[A-Z]\.?)?{_ON_A_VISIT}")
    return any(
        there.search(sentence.text) is not None and any(hit.value == draft.visitor for hit in rules.names.find(sentence.text))
        for sentence in sentences
    )


def _names_both(text: str, one: Place, other: Place, rules: Rules) -> bool:
    """The sentence names the two countries in one list, joined by "and" or commas ("his trip
    to Indonesia and Australia"; "Indonesia, Vietnam, Thailand and Italy")."""
    hits = [hit for hit in rules.places.find(text) if not hit.value.city]
    runs: list[set[str]] = []
    for number, hit in enumerate(hits):
        if number and LISTED.fullmatch(text[hits[number - 1].end : hit.start]) is not None:
            runs[-1].add(hit.value.country)
        else:
            runs.append({hit.value.country})
    return one.country != other.country and any({one.country, other.country} <= run for run in runs)


def _next_leg(
    draft: EventDraft, events: list[EventDraft], rules: Rules, own_day: PartialDate | None = None, told_ahead: bool = False
) -> EventDraft | None:
    """A further stop of the trip the page reports, which is under way ("Over the next three
    days I will be in Russia, and then in Austria"; "Kishida is expected to go on to Poland"):
    the traveller alone, visiting (not on his way to a summit) another country that is not his
    home, planned with no time or one within two weeks of the trip: a visit confirmed as the trip is, dated by its own day, else
    the trip's month. A stop guessed held for want of a status word, on a day no later than the
    page's, is such a stop when its every sentence tells a plan (`told_ahead`: "next stops are
    the Emirates on Saturday evening", on that Saturday). None when the draft is no such stop."""
    planned = (Status.ANNOUNCED, Status.CONFIRMED, Status.RUMOURED) + ((Status.HELD,) if told_ahead and "status" in draft.doubts else ())
    if not events or len(draft.leaders) != 1 or draft.kind != "visit" or draft.status not in planned:
        return None
    trip = events[0]
    (traveller,) = draft.leaders
    if trip.status not in (Status.HELD, Status.CONFIRMED) or traveller not in trip.leaders or traveller == trip.host:
        return None
    if draft.place.country in (trip.place.country, rules.leaders[traveller].country):
        return None
    begun = trip.date
    if draft.date is not None and (begun is None or draft.date.precision is not DatePrecision.DAY or begun.precision is not DatePrecision.DAY
                                   or not 0 <= (draft.date.first_day() - begun.first_day()).days <= 14):
        return None
    # Its own day, where its words give one ("and on Sunday to Qatar"), before the trip's month.
    date = draft.date or own_day or (PartialDate(begun.year, begun.month) if begun is not None and begun.month else None)
    doubts = {key: why for key, why in draft.doubts.items() if key not in ("status", "date")}
    doubts["status"] = "a further stop of the trip the page reports: confirmed as that trip is; check it"
    return replace(draft, status=Status.CONFIRMED, date=date, end=None, host=None, doubts=doubts)


_STOP_STATUS = {Status.ANNOUNCED: Status.ANNOUNCED, Status.CONFIRMED: Status.ANNOUNCED, Status.RUMOURED: Status.RUMOURED}
"""The status of a further stop the page gives no status of its own, by the status of the
trip: a day fixed for one stop ("the speech in Seoul on 8 November") confirms that stop, not
the others; a trip only rumoured is rumoured at each stop."""

_PLAN_GONE = re.compile(r"\b(?:had|would\s+have)\s+(?:meant|planned|intended|hoped|wanted|been\s+due)\s+to\s+$", re.IGNORECASE)
"""A plan that fell through, right before the words of going on ("had meant to go on to")."""


def _further_stop(
    draft: EventDraft, group: list[Frame], events: list[EventDraft], sentences: list[Sentence],
    published: PartialDate | None, rules: Rules,
) -> EventDraft | None:
    """A further stop of a trip the page drafted, planned and no more, which is news of that
    trip as its first stop is: named with the trip's country in one list, with no status of its
    own ("his Asia trip, taking in Japan, South Korea and China", beside "will be the first to
    make a state visit to South Korea"), or told as where the traveller goes on to ("After the
    UK, Trump will go on to Normandy"). A stop the page gives no status is planned as the trip
    is; one it gives a status keeps it. None for a stop whose going on fell through ("had meant
    to go on to"), for the stops a list names beside a trip already held (they may be behind
    it), and for a list that names no country of a trip the page drafted for the same
    traveller ("the leaders of Japan, Korea and China")."""
    guessed = "status" in draft.doubts
    if draft.visitor is None or not guessed and draft.status not in (Status.ANNOUNCED, Status.RUMOURED):
        return None
    theirs = [event for event in events if event.visitor == draft.visitor and event.place.country != draft.place.country]
    # The trip gone on from may also be a meeting the traveller held in a third country, with
    # neither a visitor nor a host ("met Medvedev in Singapore ... flies on to China"). Not a
    # group's summit with its host: the golds leave a leg gone on to from one to the page's
    # other news ("leave for Papua New Guinea" after the G7 in Japan).
    met_abroad = [
        event for event in events
        if event.visitor is None and event.host is None and draft.visitor in event.leaders
        and event.place.country not in (draft.place.country, rules.leaders[draft.visitor].country)
    ]
    # A list's stop planned as the trip is planned ("is planned for the whole tour, which takes
    # him to five countries: Japan, South Korea, China"), or with no status of its own.
    listed = draft.kind == "visit" and draft.leaders == (draft.visitor,) and not (guessed and any(f.statuses for f in group))
    trip = next((
        event for event in theirs
        if event.status in _STOP_STATUS and listed and (guessed or event.status is draft.status)
        and any(_names_both(f.sentence.text, event.place, draft.place, rules) for f in group)
    ), None)
    if trip is None and any(_goes_on_to(f.sentence.text, draft.place, rules) and not _went_on_before(f.sentence.text, rules) for f in group):
        trip = next((event for event in theirs + met_abroad if event.status in _STOP_STATUS or event.status is Status.HELD), None)
    if trip is None:
        return None
    if not guessed:
        return draft
    # A stop gone on to from a trip held is settled as a stop of a tour under way is: the
    # traveller has set off on the trip it is part of (confirmed). A list's stop beside a trip
    # held never reaches here (`listed` takes only a trip planned).
    status = Status.CONFIRMED if trip.status is Status.HELD else _STOP_STATUS.get(trip.status, Status.ANNOUNCED)
    date, end, date_doubt = _when(group, sentences, published, status, draft.place, draft.kind, rules)
    if (own_day := _stop_day(group, published)) is not None and (date is None or date.precision is not DatePrecision.DAY):
        # "and on Sunday to Qatar": the stop's own day, fixed, confirms that stop.
        date, end, date_doubt = own_day, None, ""
    if date is None and trip.status is Status.HELD and trip.date is not None and trip.date.month:
        # A stop gone on to with no time of its own: the month of the trip under way, as
        # `_next_leg` dates one.
        date, date_doubt = PartialDate(trip.date.year, trip.date.month), "a further stop with no time of its own: the month of the trip under way; check it"
    if date is not None and date.precision is DatePrecision.DAY and status is Status.ANNOUNCED:
        status = Status.CONFIRMED
    doubts = {key: why for key, why in draft.doubts.items() if key not in ("status", "date")}
    doubts["status"] = f"a further stop of the trip to {trip.place.city or country_name(trip.place.country)}, with no status of its own: {status.value} as that trip is planned; check it"
    if date_doubt:
        doubts["date"] = date_doubt
    return replace(draft, status=status, date=date, end=end, doubts=doubts)


def _summit_gone_on_to(
    draft: EventDraft, group: list[Frame], events: list[EventDraft], sentences: list[Sentence],
    published: PartialDate | None, rules: Rules, mentioned: set[str],
) -> EventDraft | None:
    """A group's summit in another country that the traveller of the page's trip goes on to
    ("Erdogan, who goes on to Japan for the G20 summit, held in Osaka on Friday and
    Saturday"): the trip's next leg, news as its first stop is. The summit goes ahead as that
    trip does (confirmed), and is its country's occasion: whoever led that country then hosts
    it, the traveller is at it, and no one is its visitor. The other leaders its sentence names
    are named for something else ("just back from seeing Trump"). None for a summit the
    traveller is not told going on to (one named "ahead of" the trip, or as the trip's
    background), a going on that fell through or was made in the past, a summit of the trip's
    own country or the traveller's, and one told called off or already held."""
    if draft.kind != "summit" or not events or draft.place.city is None:
        return None
    if draft.status not in (Status.ANNOUNCED, Status.CONFIRMED) and "status" not in draft.doubts:
        return None
    trip = events[0]
    traveller = trip.visitor
    if trip.kind != "visit" or traveller is None or trip.status not in (Status.HELD, Status.CONFIRMED) or traveller not in draft.leaders:
        return None
    if draft.place.country in (trip.place.country, rules.leaders[traveller].country):
        return None
    gone_on_to = [
        f for f in group
        if traveller in f.leaders and _names_group_summit(f.sentence.text, rules)
        and _goes_on_to(f.sentence.text, draft.place, rules) and not _went_on_before(f.sentence.text, rules)
    ]
    if not gone_on_to:
        return None
    days = _summit_days(sentences, gone_on_to[0].sentence.index, published, rules)
    if days is None and (first := _first_day_ahead(gone_on_to[0].sentence.text, published, rules)) is not None:
        days = (first, None)
    date = days[0] if days else None
    host = holder(draft.place.country, date or published, rules, mentioned)
    leaders = tuple(sorted({traveller} | ({host} if host else set())))
    doubts = {key: why for key, why in draft.doubts.items() if key not in ("status", "date", "visitor", "host")}
    doubts["status"] = f"a group's summit the traveller goes on to from {trip.place.city or trip.place.country}: confirmed as that trip is under way; check it"
    if days is None:
        doubts["date"] = "a group's summit gone on to: its sentences give it no days read here; check it"
    if host is not None:
        doubts["host"] = f"not named as taking part; {rules.leaders[host].name} led the host country then"
    return replace(
        draft, status=Status.CONFIRMED, date=date, end=days[1] if days else None,
        visitor=None, host=host, leaders=leaders, evidence=gone_on_to[0].sentence.text, doubts=doubts,
    )


def _first_day_ahead(text: str, published: PartialDate | None, rules: Rules) -> PartialDate | None:
    """The first day after the page's that `text` gives, its weekdays read forward ("held in
    Osaka on Friday and Saturday", on a Tuesday's page: that Friday): what a traveller goes on
    to lies ahead of the page. None on a page not dated to the day."""
    if published is None or published.precision is not DatePrecision.DAY:
        return None
    days = []
    for mention in find_dates(text, published, rules, future=True):
        date = mention.date
        if mention.kind == "weekday":
            date = _weekday_ahead(mention, published)
        if _usable(mention) and date is not None and date.precision is DatePrecision.DAY and mention.kind in ("weekday", "full", "day") and date.first_day() > published.first_day():
            days.append(date)
    return min(days, key=lambda day: day.first_day()) if days else None


def _weekday_ahead(mention: DateMention, published: PartialDate) -> PartialDate | None:
    """The day a weekday names on or after the page's ("Friday's talks", on a Tuesday's page:
    that Friday): a stop or a summit gone on to lies ahead of the page, whatever way the
    sentence's reading of time took it."""
    return shift_weekday(published, mention.text.split()[-1].rstrip("'s’"), True)


def _stop_day(group: list[Frame], published: PartialDate | None) -> PartialDate | None:
    """The one day a further stop's own words give it ("and on Sunday to Qatar"), on or after
    the page's day: a stop still ahead, told with its day. A weekday read as the page's month
    only (the day after the page's, which the reading of what was done takes a week back) is
    that next day: a stop gone on to lies ahead. None for no day or several."""
    if published is None or published.precision is not DatePrecision.DAY:
        return None
    days: set[PartialDate] = set()
    for mention in (m for f in group for m in f.dates if _usable(m) and m.date is not None):
        date = mention.date
        if mention.kind == "weekday" and date is not None and date.precision is DatePrecision.MONTH:
            date = _weekday_ahead(mention, published)
        if date is not None and date.precision is DatePrecision.DAY and mention.kind in ("weekday", "full", "day") and date.first_day() >= published.first_day():
            days.add(date)
    return days.pop() if len(days) == 1 else None


def _goes_on_to(text: str, place: Place, rules: Rules) -> bool:
    """`text` names `place`'s country just after words of going on ("will go on to Normandy,
    in northern France"), and not as a plan that fell through."""
    stops = [stop for stop in rules.places.find(text) if stop.value.country == place.country]
    return any(
        0 <= stop.start - cue.end <= 60 and not _PLAN_GONE.search(text[: cue.start])
        for cue in rules.onward.find(text) for stop in stops
    )


_WENT = re.compile(r"\b(?:went|travelled|traveled|flew|journeyed)\b", re.IGNORECASE)


def _went_on_before(text: str, rules: Rules) -> bool:
    """The words of going on follow, in their clause, a verb of going in the past with no word
    of a time ahead between ("Yoon first went to Lithuania, ..., and from there to Poland"):
    the legs of a journey already made, told before the stop the page reports, not stops still
    ahead ("flew into Mumbai ... and will go on to New Delhi" looks ahead)."""
    for cue in rules.onward.find(text):
        clause = re.split(r"[;:]", text[: cue.start])[-1]
        went = list(_WENT.finditer(clause))
        if went and not rules.future.find(clause[went[-1].end() :]):
            return True
    return False


_DELEGATION = re.compile(r"\bdelegations?\b", re.IGNORECASE)


def _proxies_travel(text: str, rules: Rules, *, delegation: bool = False) -> bool:
    """Ministers or envoys (or, with `delegation`, a delegation) are the ones on the trip the
    sentence first tells of: named before its first word of a trip, with no leader's name or
    title before it."""
    trips = rules.trip.find(text) + rules.arrival.find(text)
    if not trips:
        return False
    before = text[: min(hit.start for hit in trips)]
    proxies = rules.envoy_trips.find(before) or delegation and _DELEGATION.search(before)
    return bool(proxies) and not rules.names.find(before) and not rules.titles.find(before)


def _called_off_for_proxies(draft: EventDraft, group: list[Frame], sentences: list[Sentence], rules: Rules) -> bool:
    """`draft` is a trip called off by the headline alone, and a sentence of the body calls
    off, in its country, a trip of ministers, envoys or a delegation, named before any leader
    ("Israel has called off its delegation's planned visit to Washington"): the headline that
    gives it to the leader who sent them ("Netanyahu cancels Israeli visit to Washington")
    tells their trip. A leader's own sentence that calls his trip off keeps it his."""
    if draft.status not in CALLED_OFF or any(
        not f.sentence.headline and any(status in CALLED_OFF for status in f.statuses) for f in group
    ):
        return False
    for sentence in sentences:
        if sentence.headline or not any(hit.value in CALLED_OFF for hit in rules.status.find(sentence.text)):
            continue
        if not any(hit.value.country == draft.place.country for hit in rules.places.find(sentence.text)):
            continue
        if _proxies_travel(sentence.text, rules, delegation=True):
            return True
    return False


_HEAD_OF_STATE = re.compile(r"(?:president|king|queen|emperor|emir|sultan)\b", re.IGNORECASE)


def _monarchs_by_title(sentences: list[Sentence], country: str, published: PartialDate | None, rules: Rules) -> set[str]:
    """The monarch of `country` when the page names them by a bare title, as a state visit's
    pages do ("the Queen hosts the visit"): whoever held that throne at the page's date; on an
    undated page, the one monarch of that country with that title, if only one is known."""
    text = " ".join(s.text for s in sentences)
    pool = (
        rules.leaders_in_office(country, published) if published is not None
        else [leader for leader in sorted(rules.leaders) if rules.leaders[leader].country == country]
    )
    titled = {
        leader for leader in pool
        if (title := re.match(r"(king|queen|emperor|emir|sultan)\b", rules.leaders[leader].office, re.IGNORECASE))
        and re.search(rf"\bthe {title.group(1)}\b(?!\s+of\b)", text, re.IGNORECASE)
    }
    return titled if published is not None or len(titled) == 1 else set()


def _state_visit(group: list[Frame], sentences: list[Sentence]) -> bool:
    """The page calls the trip a state visit, in the sentences about it or the headline."""
    return any("state visit" in s.text.lower() for s in [f.sentence for f in group] + [s for s in sentences if s.headline])


def _where_said(filed_from: Place | None, sentences: list[Sentence], rules: Rules) -> Place | None:
    """The city an agency dateline names, when the text places something there too ("said at
    a briefing in Lima"): then it is where the story is, not only the agency's bureau."""
    if filed_from is None:
        return None
    names = "|".join(re.escape(name) for name in rules.places.phrases_for(filed_from))
    placed = re.compile(rf"\b(?:in|at|to)\s+(?:{names})\b", re.IGNORECASE)
    return filed_from if any(placed.search(s.text) for s in sentences) else None


def _one_meeting_once(events: list[EventDraft], rules: Rules) -> list[EventDraft]:
    """The same leaders with the same news in two countries are one meeting told loosely
    once: "Trump crosses into North Korea, meets Kim" above "... sat down with Kim at
    Panmunjom". The telling that names a city stands, in the place of the first."""
    kept: list[EventDraft] = []
    for event in events:
        same = next((
            i for i, e in enumerate(kept)
            if (_met(e), e.status) == (_met(event), event.status)
            and not (event.status is Status.INVITED and e.visitor != event.visitor)  # each side's invitation
            and e.evidence != event.evidence  # a trip to two countries, told at once
            and not _names_both(event.evidence, e.place, event.place, rules)  # so, told again apart
            and not _goes_on_to(event.evidence, event.place, rules)  # the trip's next stop
        ), None)
        # The same leaders told held, and again as a plan whose status the page never says,
        # guessed from the tense: one meeting, held ("Biden hosts Japan's prime minister" and
        # "the president said the two countries would ...").
        guessed = next((
            i for i, e in enumerate(kept)
            if _met(e) == _met(event) and e.evidence != event.evidence
            and any("status" in one.doubts and one.status in (Status.ANNOUNCED, Status.RUMOURED)
                    and "status" not in other.doubts and other.status is Status.HELD
                    for one, other in ((e, event), (event, e)))
        ), None) if same is None else None
        if guessed is not None:
            if "status" in kept[guessed].doubts:
                kept[guessed] = event
        elif same is None:
            kept.append(event)
        elif kept[same].place.city is None and event.place.city is not None:
            kept[same] = event
        elif kept[same].kind == "summit" and kept[same].host is None and event.kind == "visit" and event.host is not None:
            # Placed where neither is at home, then told with one receiving the other at home
            # ("held talks at the Vatican and in Rome ... in Rome, the talks with Meloni"): the
            # telling that has a host places their meeting.
            kept[same] = event
    return kept


_ALSO_MEETS = re.compile(
    r"\b(?:(?:will|is|was|are)\s+also\s+(?:to\s+|due\s+to\s+|set\s+to\s+)?(?:meet|see|hold\s+talks\s+with)"
    r"|also\s+(?:met|meets|saw|sees|held\s+talks\s+with))\b",
    re.IGNORECASE,
)
"""One of the two who meet "will also meet" (is also to see) another leader: on the same trip."""


def _about_the_lead(group: list[Frame], rules: Rules) -> list[Frame]:
    """The frames about the trip of the group's first leaders: "Xi is also expected to attend
    the Moscow ceremonies" is Xi's own trip, which neither adds Xi to Kim's visit nor lends
    it its status. A frame counts when it names one of the lead frame's travellers or is
    about the host at home. Once two leaders meet, a frame that names others and places
    nothing tells of their other meetings ("before Kim's meeting with Trump planned for
    June"), not of this one, unless one of them "will also meet" that other leader there."""
    pair = next((set(f.leaders) for f in group if len(f.leaders) >= 2), set())
    group = [
        f for f in group
        if not (pair and f.place is None and set(f.leaders) - pair)
        or set(f.leaders) & pair and _ALSO_MEETS.search(f.sentence.text)
    ]
    lead = next((f for f in group if f.leaders), None)
    if lead is None or lead.place is None:
        return group
    country = lead.place.country
    travellers = {leader for leader in lead.leaders if rules.leaders[leader].country != country}
    if not travellers:
        return group
    return [
        f for f in group
        if travellers & set(f.leaders) or all(rules.leaders[leader].country == country for leader in f.leaders)
    ]


# A town the gazetteer does not list, named as one ("the southwestern city of Nagato", "his
# home town of X"): the words say it is a place, so no list of every town is needed.
_TOWN_WORD = "|".join(TOWN_WORDS)
_CITY_OF = re.compile(
    rf"\b(?:{_TOWN_WORD}|hometown)\s+of\s+([A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?)"
    # A nationality before the town word, and the name straight after ("the Belarusian agro-town Alexandria").
    rf"|\b[A-Z][a-z]+\s+(?:{_TOWN_WORD})\s+([A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?)"
)


_TOWN_IN = re.compile(r"\b(?:in|at)\s+((?:[A-Z][\w'\-]+\s){0,2}[A-Z][\w'\-]+),\s+")


def _city_named(group: list[Frame], sentences: list[Sentence], country: str, rules: Rules) -> str | None:
    """The town the sentences about the trip, else the headline, name as a town ("the town
    of Nagato"), or name before the region or country it is in ("in Rancho Mirage,
    California", where California is in `country`)."""
    headline = [s for s in sentences if s.headline]
    for sentence in [f.sentence for f in group] + headline:
        match = _CITY_OF.search(sentence.text)
        if match:
            return match.group(1) or match.group(2)
        for town in _TOWN_IN.finditer(sentence.text):
            if _city_before(sentence.text, town.start(), country, rules):
                continue  # "at the Turnberry resort in Ayrshire, Scotland": the county of a city the gazetteer knows
            after = [hit for hit in rules.places.find(sentence.text) if hit.start == town.end()]
            # Before a city, it is a place in that city ("in Istana Merdeka, Jakarta"), no town.
            if after and after[0].value.country == country and after[0].value.city is None and not rules.places.find(town.group(1)) and not rules.names.find(town.group(1)):
                return town.group(1)
    return None


_PLACE_OF_A_NAMED_CITY = 40
"""How far before "in X, Country" a city of the gazetteer is still the place X lies around
("the Turnberry golf resort in Ayrshire": a few words of the site between them)."""


def _city_before(text: str, start: int, country: str, rules: Rules) -> bool:
    """A city of the gazetteer in `country` named just before `start`, in the same clause: the
    words "in X, Country" after it say where that city lies, and X is no town of its own."""
    before = text[max(0, start - _PLACE_OF_A_NAMED_CITY) : start]
    return any(
        hit.value.city and hit.value.country == country and not re.search(r"[,;.]", before[hit.end :])
        for hit in rules.places.find(before)
    )


_ALSO_MET = re.compile(r"\b(?:also|later|then)\s+(?:met|meets|held\s+talks\s+with|had\s+talks\s+with|talked\s+with)\b", re.IGNORECASE)
"""A meeting told beside the visit's own ("He also met the crown prince")."""

_HEADLINE_PRESENT = re.compile(r"(?:visits|meets|receives|hosts|welcomes)\b", re.IGNORECASE)
"""A headline's present ("visits", "meets"): the news of the day, past or ahead."""


def _draft(
    group: list[Frame],
    sentences: list[Sentence],
    published: PartialDate | None,
    rules: Rules,
    mentioned: set[str],
    dateline: Place | None,
    fallback: tuple[Place, str] | None = None,
) -> EventDraft | None:
    doubts: dict[str, str] = {}
    place = next((f.place for f in group if f.place is not None), None)
    if place is None and fallback is not None and any(len(f.leaders) >= 2 for f in group):
        place, doubts["place"] = fallback
    if place is None:
        return None
    # Where the leaders meet, over a stop on the way ("arrived at Khasan ... goes on to
    # Vladivostok, where he will meet Putin").
    country = place.country
    place = next((p for f in group if len(f.leaders) >= 2 for p in f.places if p.city and p.country == country), place)
    if place.city is None:
        city = next((p for f in group for p in f.places if p.city and p.country == place.country), None)
        occasion = _occasion_city(group, sentences, place.country, rules)
        if city is not None:
            place = city
        elif occasion is not None:
            place = occasion  # "the parade ... The Red Square parade was to mark ..."
        elif dateline is not None and dateline.country == place.country:
            place = dateline
            doubts["place"] = "the city is the dateline's, where the report was filed"
        elif (only := _only_city(sentences, place.country, rules)) is not None:
            place = only  # "landed in the United States ... at the air base outside Washington"
            doubts["place"] = f"{only.city} is the one city of the country the article names: check it"
        elif (named := _city_named(group, sentences, place.country, rules)) is not None:
            place = Place(country=place.country, city=named)
            doubts["place"] = f"{named} is not in the gazetteer: check the city (and add it to content/gazetteer.yaml)"
        elif (any(f.arrived or Status.HELD in f.statuses for f in group) or not any(f.statuses or f.future for f in group)) and (
            one := _one_city_named(
                [s for s in sentences if rules.names.find(s.text) and not rules.looking_back.find(s.text)], rules, place.country
            )
        ) is not None:
            # A visit under way (or told with no word of a plan: "makes first visit to
            # Mongolia"), whose sentences about it name no city: the one city of the
            # country the page's sentences about its leaders name ("Kim shook hands with Putin
            # at Pyongyang airport"; not a border station the train "stopped at").
            place = one
            doubts["place"] = f"{one.city} is the one city of the country the article names: check it"
        else:
            doubts.setdefault("place", "the article names the country only")

    # Status: the most decisive cue any frame of the group carries (order of the cue file).
    found = [s for f in group for s in f.statuses]
    under_way = False
    guessed = False
    if any(f.arrived for f in group):
        # A visit whose leader has arrived is taking place: held, even with the talks still
        # ahead ("arrived ... for talks with Putin"). An arrival dated after the article is
        # ahead: confirmed when told as a timetable ("lands on Thursday", in Monday's paper),
        # as announced as the rest when told as a plan ("will be welcomed on May 6" in the
        # announcement of a state visit); "landed early Thursday local time", a day after the page's own
        # date across the date line, has happened.
        ahead = [
            f for f in group for m in f.dates
            if published is not None and m.arrival and m.date is not None and m.date.first_day() > published.last_day()
            and (f.future or bool(rules.timetable.find(f.sentence.text)))
        ]
        # Held on the arrival's word alone: the talks may still be ahead.
        under_way = not ahead and Status.HELD not in found
        if not ahead:
            found.append(Status.HELD)
        elif any(rules.timetable.find(f.sentence.text) for f in ahead):
            found.append(Status.CONFIRMED)
        # else a welcome told as a plan ("will be welcomed on May 6"): as announced as the rest
    ranked = [s for s in rules.status_order if s in found]
    cue: tuple[Frame, int] | None = None
    if ranked:
        status = ranked[0]
        evidence = next((f.sentence.text for f in group if status in f.statuses), group[0].sentence.text)
        cue = next(((f, at) for f in group for at, s in f.status_hits if s is status), None)
    else:
        # No phrase says: a day before the article means it happened, a plan means ahead.
        # A weekday told as past that the page's day leaves in doubt (its month alone) is past too.
        days = [
            m for f in group for m in f.dates
            if _usable(m) and m.date and (m.date.precision is DatePrecision.DAY or m.kind == "weekday")
            and not _weekday_of_a_months_page(m, published)
        ]
        invitation = _invitation_named(group, sentences, place, rules)
        if invitation is not None:
            # "Bolsonaro and the trip to China" over "the ambassador passed on the Chinese
            # president's invitation": the trip is the one the page's invitation is for.
            status, evidence = Status.INVITED, invitation.text
            doubts["status"] = "no status phrase in the sentences about it; invited, as the page's invitation says"
        else:
            if days and published is not None and days[0].date.first_day() <= published.last_day() and (  # type: ignore[union-attr]
                days[0].kind == "weekday" or days[0].date.last_day() <= published.last_day()  # type: ignore[union-attr]
            ):
                status = Status.HELD
            elif days and published is not None and days[0].date.first_day() > published.last_day() and not any(f.future for f in group):  # type: ignore[union-attr]
                # "tomorrow evening in Istanbul the meeting": a day set ahead of the page's, told
                # as the timetable tells it, with no verb of a plan, is a meeting confirmed for it.
                status = Status.CONFIRMED
            elif published is None and any(
                not f.future and not f.sentence.headline and any(m.kind == "day" and not m.reporting for m in f.dates)
                and rules.timetable.find(f.sentence.text) for f in group
            ):
                # "On September 13 the prime minister flies to the United States", on a page of
                # no date: a trip told as a timetable, set for a day, is confirmed for it.
                status = Status.CONFIRMED
            elif any(f.future for f in group) and not _going_on(group, rules):
                status = Status.ANNOUNCED
            else:
                status = Status.HELD
            evidence = group[0].sentence.text
            doubts["status"] = "no status phrase found; guessed from the dates and the tense"
            guessed = True

    there_now = status in _PLANS_OF_A_VISIT and not guessed and _there_now(group, place, rules)
    if there_now:
        # "Kim is in Moscow ... after the talks he is due to lay a wreath": the visitor is
        # there as the page is written, so the plans told are the rest of a visit under way,
        # held from the day it began.
        status, under_way = Status.HELD, Status.HELD not in found
        evidence = next(f.sentence.text for f in group if _there_now([f], place, rules))
        cue = None
    body = [s for f in group if not f.sentence.headline for s in f.statuses]
    if (
        status is Status.HELD and not any(f.arrived for f in group) and Status.HELD not in body and not there_now
        and any(s in (Status.ANNOUNCED, Status.CONFIRMED) for s in body)
        and all(_HEADLINE_PRESENT.match(f.sentence.text, at) for f in group for at, s in f.status_hits if s is Status.HELD)
        and not any(
            _usable(m) and m.date is not None and m.date.precision is DatePrecision.DAY and not _after(m.date, published)
            for f in group for m in f.dates
        )
    ):
        # "Netanyahu visits Scholz in Berlin" over "Scholz is to receive Netanyahu": a headline's
        # present tells the day's news, and the text says it is still ahead; not so when the
        # text dates it to the page's day ("will welcome him on Tuesday", in Tuesday's paper).
        status = next(s for s in rules.status_order if s in body)
        evidence = next(f.sentence.text for f in group if status in f.statuses)
        cue = next(((f, at) for f in group for at, s in f.status_hits if s is status), None)
    if status is Status.HELD and cue is not None and _BEGINS.match(cue[0].sentence.text, cue[1]) and any(
        _after(m.date, published) for m in cue[0].dates if _usable(m)
    ):
        # "begins a state visit on Monday", in Friday's paper: the present of a timetable.
        status = Status.CONFIRMED
    elif (
        status is Status.HELD and cue is not None and not under_way and not cue[0].sentence.headline
        and _HEADLINE_PRESENT.match(cue[0].sentence.text, cue[1])
        and any(m.kind == "weekday" and _usable(m) for m in cue[0].dates)
        and any(_after(m.date, published) for f in group for m in f.dates if _usable(m))
    ):
        # "On Tuesday she meets the president", in Monday's paper, whose other sentences set
        # the trip on a day ahead ("is due in Cape Town on Tuesday"): the present of a
        # timetable, its weekday the one ahead.
        status = Status.CONFIRMED
    elif status is Status.HELD and cue is not None and not under_way and _present_for_a_day_ahead(*cue, published):
        # "Moon hosts Modi on February 21", in the paper of the 15th: the present of a
        # timetable, its day named straight after it and still ahead.
        status = Status.CONFIRMED
    elif status is Status.HELD and cue is not None and not under_way and _time_ahead(*cue):
        # "before he meets Trump at the G20 summit next week": a present that tells a
        # timetable, whatever the page's own date.
        status = Status.CONFIRMED

    if status is Status.DECLINED and any(rules.was_on.find(s.text) for s in sentences):
        # Staying away from a trip that had been confirmed calls it off; it declines nothing.
        status = Status.CANCELLED

    if status is Status.ANNOUNCED and any(rules.hearsay.find(f.sentence.text) for f in group):
        status = Status.RUMOURED
        doubts["status"] = "announced only on others' say-so (hearsay); taken as a rumour"

    if cue is not None:
        # Where the deciding phrase points: "accepted an invitation to visit Moscow after
        # the two met at the Vostochny Cosmodrome" was held at the cosmodrome.
        frame, at = cue
        after = sorted((p_at, p) for p_at, p in frame.place_hits if p_at > at and p.country == place.country)
        if after and after[0][1].city:
            place = after[0][1]
            doubts.pop("place", None)

    # Leaders in office at the time; the visitor is the one abroad, the host the one at home.
    # A leader not yet in office at the page's date shows the date wrong: it then settles
    # nobody's office, and the editor is asked to check it.
    group_leaders = {l for f in group for l in f.leaders}
    early = sorted(leader.id for leader in dated_wrongly((rules.leaders[l] for l in group_leaders), published)) if published else []
    if early:
        doubts["leaders"] = (
            f"{', '.join(early)} took office only after the page's date {published}: check the date"
        )
    office_date = None if early else published
    # One elected, not yet in office ("President-elect Prabowo"), is among them, whichever
    # sentence of the page calls him so.
    elect = called_elect((s.text for s in sentences), office_date, rules)
    leaders = list(dict.fromkeys(
        l for f in group for l in f.leaders
        if _in_office_at(l, office_date, rules) or l in elect
        or office_date is not None and elected(rules.leaders[l], office_date, f.sentence.text)
    ))
    abroad = [l for l in leaders if rules.leaders[l].country != place.country]
    home = [l for l in leaders if rules.leaders[l].country == place.country]
    # Received: by a leader at home in the group, or by the host country's leader the page names.
    hosted = home or [leader for leader in mentioned if rules.leaders[leader].country == place.country]
    kind = _kind(group, sentences, rules, place, leaders, received=bool(abroad and hosted))

    if under_way and status is Status.HELD and kind == "summit" and not home and _day_after_the_arrival(group, published, told_ahead=True):
        # A visit begins when its visitor arrives; a summit where none of its leaders is at
        # home only when it opens. Leaders who have arrived for such a summit told for a later
        # day ("have arrived for the summit, due to take place on 22 and 23 November", in the
        # paper of the 21st) have set off for it: confirmed. A leader arrived for a summit with
        # his host at home is on a visit begun (held).
        status = Status.CONFIRMED
    groups_summit_ahead = (
        under_way and status is Status.HELD and kind == "summit" and _of_a_group(group, sentences, place, rules)
        and not _their_own_summit(group) and _day_after_the_arrival(group, published)
    )
    if groups_summit_ahead:
        # A group's summit (a G20, a BRICS summit) opens on the day its host set, not when one of
        # its leaders lands, whoever of them is at home: "arrived in Rio today for the G20
        # summit, which opens tomorrow" tells a leader set off for it, confirmed, and the
        # arrival on the page's own day does not make it held that day.
        status = Status.CONFIRMED
    # A visit is held from the day it begins: a visitor who set off on the page's day for
    # talks that same day is on a visit held that day.
    begun_today = (
        status in (Status.CONFIRMED, Status.ANNOUNCED) and not groups_summit_ahead
        and _sets_off_for_talks_today(group, published, rules)
    )
    if begun_today:
        status = Status.HELD
    under_way = under_way and status is Status.HELD
    date, end, date_doubt = _when(group, sentences, published, status, place, kind, rules, under_way, guessed)
    if begun_today:
        date, end, date_doubt = published, None, ""
    if status is Status.ANNOUNCED and date is not None and date.precision is DatePrecision.DAY and _after(date, published):
        # "is due to hold talks in Berlin on Monday", "will pay a state visit on 18 June, the
        # Kremlin said": a trip made public with its day fixed is settled, so confirmed (the
        # gold convention on announced and confirmed); "next month" or no time at all stays
        # announced.
        status = Status.CONFIRMED
    if status is Status.POSTPONED and (earlier := _set_before(sentences, published, rules)) is not None:
        date, end, date_doubt = earlier, None, "the day it had been set for, before it was put back"
    if date_doubt:
        doubts["date"] = date_doubt
    visitor = abroad[0] if len(abroad) == 1 else None
    if kind == "embassy-visit" and not visitor and len(leaders) == 1:
        visitor, home = leaders[0], []
    host = home[0] if home and kind != "embassy-visit" else None
    if visitor and host is None and kind != "embassy-visit":
        # An occasion (a parade, a summit) is its country's, so whoever led it then hosted
        # it; who received a visitor is a fact the page must give, else the editor does.
        # A plan the page gives no time for is judged by who led the country on the page's day.
        # A leader named only as making a trip of his own beside this one is not its host.
        leader_then = holder(place.country, date or published, rules, mentioned)
        if leader_then is not None and _mourned(leader_then, sentences, rules):
            leader_then = None  # whose funeral it is led the country up to it, and hosts nobody
        if leader_then and (kind != "visit" or leader_then in mentioned and not all(f.own_trip for f in group)):
            host = leader_then
            leaders.append(host)
            doubts["host"] = f"not named as taking part; {rules.leaders[host].name} led the host country then"
        elif leader_then:
            doubts["host"] = f"the page names no host; {rules.leaders[leader_then].name} led the host country then"
    if (
        host is None and visitor is None and kind == "summit" and len(abroad) > 1 and not home
        and status not in _CALLED_OFF and _of_a_group(group, sentences, place, rules) and not _their_own_summit(group)
    ):
        # A group's summit is its host country's occasion, so whoever led that country then
        # hosts it, named or not, as with one leader come to it; on a page of no known date,
        # the one leader of that country in office all the while the leaders at it were.
        # A meeting of two called off or put off there is their own: the summit goes on.
        leader_then = holder(place.country, date or published, rules, mentioned) or _led_throughout(place.country, leaders, rules)
        if leader_then is not None and not _mourned(leader_then, sentences, rules):
            host = leader_then
            leaders.append(host)
            doubts["host"] = f"{_GROUPS_SUMMIT_HOST}; {rules.leaders[host].name} led it then, not named as taking part"
    if host is not None and visitor is not None:
        # "He also met Crown Prince Mohammed bin Salman": one more of the host country's
        # leaders the visitor saw beside his host, part of the visit, not among its leaders.
        also = {
            leader for f in group if _ALSO_MET.search(f.sentence.text) for leader in f.leaders
            if leader not in (host, visitor) and rules.leaders[leader].country == place.country
        }
        elsewhere = {leader for f in group if not _ALSO_MET.search(f.sentence.text) for leader in f.leaders}
        leaders = [leader for leader in leaders if leader not in also - elsewhere]
    if host is not None and visitor is not None and _state_visit(group, sentences):
        # A state visit is the head of state's to host: the page's head of state, named in
        # it, receives the visitor, not the head of government beside them.
        head = next((
            leader for leader in sorted(mentioned | _monarchs_by_title(sentences, place.country, published, rules))
            if rules.leaders[leader].country == place.country and _in_office_at(leader, published, rules)
            and _HEAD_OF_STATE.match(rules.leaders[leader].office)
        ), None)
        if head is not None and head != host and not _HEAD_OF_STATE.match(rules.leaders[host].office):
            leaders = [head if leader == host else leader for leader in leaders]
            host = head
    if kind == "summit" and visitor is not None and status in _AT_A_GROUPS_SUMMIT and (
        _at_a_groups_summit(group, rules) or _met_at_a_groups_summit(group, place, rules)
    ) and not (
        host is not None and _received_by(host, visitor, [f.sentence.text for f in group], rules)
    ):
        # A group's summit is its host country's occasion (README, "A group summit's
        # visitor"): the leader who comes to it is at it, not the host's visitor, met on its
        # margins or not, his trip called a visit or not; the host's visitor only where the
        # page tells the host receiving him.
        visitor = None
    if (
        kind == "summit" and visitor is None and host is not None and status in (Status.DECLINED, Status.CANCELLED)
        and _of_a_group(group, sentences, place, rules) and not _their_own_summit(group)
        and (absent := _one_leader_staying_away(group, sentences, place, date, published, rules)) is not None
    ):
        # "Biden is sorry that Xi will stay away from the G20 summit in New Delhi": a group's
        # summit told beside one leader's trip to it declined or called off is that trip, its
        # leader the visitor (README, "A group's summit told beside one leader's trip to it");
        # the other leaders named going to the summit are not among its leaders. Only where
        # the summit's host is known: with none, his trip would be drafted to nobody.
        visitor = absent
        leaders = [leader for leader in leaders if leader in (absent, host)]
    if (
        status is Status.ANNOUNCED and kind == "summit" and visitor is None
        and _of_a_group(group, sentences, place, rules) and not _their_own_summit(group)
    ):
        # "the G20 summit Osaka will hold in June": a group's summit ahead has its days set by
        # its host when it is called, so it is confirmed, whatever the page says of them (the
        # gold convention on announced and confirmed).
        status = Status.CONFIRMED
    if len(abroad) > 1:
        doubts["visitor"] = "several leaders travelled (a meeting in a third country?)"
        if kind == "ceremony" and not home and _named(group, "summit", rules):
            kind = "summit"  # two guests at a third country's parade who hold talks: their own meeting

    reported = _reported(group, published, status)
    return EventDraft(
        kind=kind,
        status=status,
        date=date,
        end=end,
        visitor=visitor,
        host=host,
        leaders=tuple(sorted(set(leaders))),
        place=place,
        reported=reported,
        evidence=evidence,
        doubts=doubts,
    )


_AT_A_GROUPS_SUMMIT = (Status.HELD, Status.CONFIRMED, Status.ANNOUNCED)
"""A group's summit a leader is at, or is to be at; one he stays away from (declined,
called off for him) keeps him as the one who does not come."""
_STAYING_AWAY = (Status.DECLINED, Status.CANCELLED)
_THE_GATHERING_ACTS = re.compile(r"\b(?:summit|gathering|meeting)\b", re.IGNORECASE)


def _one_leader_staying_away(
    group: list[Frame], sentences: list[Sentence], place: Place, date: PartialDate | None,
    published: PartialDate | None, rules: Rules,
) -> str | None:
    """The one leader from abroad the sentences about a group's summit tell declining it or
    having his trip to it called off, where that is the page's news: the summit is still ahead
    of the page, or the headline or the lead tells his absence. A summit held whose page tells
    one absence deep in its text is the summit's news, not his trip's.

    Each cue is the act of the leader named last before it ("Biden is sorry that Xi will stay
    away"), not of one named in an aside set off by commas ("Milei, an ally of Trump, will
    stay away"), nor of the summit named between them ("Xi was due at the summit, which has
    been called off": the summit is called off as a whole). None where the cues speak of no
    leader from abroad, or of more than one."""
    opening = next((s for s in sentences if not s.headline), None)
    ahead = _after(date, published)
    absent: set[str] = set()
    for frame in group:
        text = frame.sentence.text
        if not (ahead or frame.sentence.headline or frame.sentence is opening):
            continue
        for at, status in frame.status_hits:
            if status not in _STAYING_AWAY:
                continue
            before = [hit for hit in rules.names.find(text[:at]) if rules.leaders[hit.value].country != place.country]
            while len(before) > 1 and "," in text[before[-2].end:before[-1].start] and "," in text[before[-1].end:at]:
                before.pop()  # a name in an aside between commas is not who acts
            if before and not _THE_GATHERING_ACTS.search(text, before[-1].end, at):
                absent.add(before[-1].value)
    return next(iter(absent)) if len(absent) == 1 else None


_RECEIVING = re.compile(r"\b(?:received|receives|receiving|welcomed|welcomes|welcoming|greeted|greets|greeting)\b", re.IGNORECASE)
_BY = re.compile(r"\s+by\b", re.IGNORECASE)


def _unplaced_beside_the_summits_own(frames: list[Frame], rules: Rules) -> list[Frame]:
    """`frames`, less the place of a sentence of one leader that tells a summit it does not
    place and names another country ("closed the summit, and said the presidency now passes
    to the United States"), where another sentence of that leader places the summit itself
    ("on the sidelines of the summit in Johannesburg"): the summit is where the page puts it,
    and the sentence joins its leader's meeting there as one that names no place."""
    own = [(f, where) for f in frames if (where := _summits_own_place([f], rules)) is not None]
    kept = []
    for frame in frames:
        if (
            len(frame.leaders) == 1 and frame.place is not None and not frame.arrived and _summits_own_place([frame], rules) is None
            and any(hit.value == "summit" and not _ANOTHER_SUMMIT.search(frame.sentence.text[max(0, hit.start - 40) : hit.start])
                    for hit in rules.kinds.find(frame.sentence.text))
            and any(other is not frame and frame.leaders[0] in other.leaders and where.country != frame.place.country for other, where in own)
        ):
            frame = replace(frame, place=None, places=(), place_hits=())
        kept.append(frame)
    return kept


def _summits_own_place(group: list[Frame], rules: Rules) -> Place | None:
    """The one place the sentences of `group` give a summit they tell as this one: named
    with the summit ("the summit in Johannesburg", "the G20 summit, held in Rio", "the summit
    of the G20 in Rio", "the Osaka summit") or as its host ("Rio will host the G20 summit");
    None when they give none, or more than one. A summit told as another one ("the next
    summit in Washington", "after the summit in Astana"), or in a sentence of a leader going
    on there, places nothing."""
    found: set[Place] = set()
    for f in group:
        text = f.sentence.text
        places = rules.places.find(text)
        for hit in rules.kinds.find(text):
            if hit.value != "summit" or _ANOTHER_SUMMIT.search(text[max(0, hit.start - 40) : hit.start]) or _MEETINGS_AHEAD.search(text[: hit.start]):
                continue
            owner = _SUMMIT_OF.match(text, hit.end)
            after = owner.end() if owner is not None and (owner.group(1).isupper() or any(c.isdigit() for c in owner.group(1))) else hit.end
            for p in places:
                named_with = p.start >= hit.end and (
                    _SUMMIT_HELD_IN.fullmatch(text[hit.end : p.start]) or _GROUP_HELD_IN.fullmatch(text[after : p.start])
                )
                # "the Osaka summit", not one named for its two sides ("the US-Russia summit").
                named_before = (
                    p.value.city is not None and p.end <= hit.start and re.fullmatch(r"[\s-]*", text[p.end : hit.start])
                    and not re.search(r"[-–]\s*$", text[: p.start])
                )
                hosting = p.end <= hit.start and _HOSTS_THE.fullmatch(text[p.end : hit.start])
                if (named_with or named_before or hosting) and not _goes_on_to(text, p.value, rules):
                    found.add(p.value)
    return found.pop() if len(found) == 1 else None


_ANOTHER_SUMMIT = re.compile(
    r"\b(?:next|last|previous|past|former|earlier|later|following|after|before|ahead\s+of|since)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""Words that make the summit after them another one than the event ("the next summit",
"after the G20 summit", "ahead of the BRICS summit")."""

_MEETINGS_AHEAD = re.compile(r"\b(?:meetings?|summits?|talks)\s+(?:still\s+)?(?:ahead|to\s+come|coming\s+up)\b|\b(?:upcoming|coming|future)\s+(?:meetings?|summits?)\b", re.IGNORECASE)
"""A sentence that lists meetings still ahead ("the meetings ahead of them: ... the BRICS
summit in Brazil"): the summits it places are those, not the one the leaders are at."""

_HOSTS_THE = re.compile(
    r"\s+(?:will\s+host|hosts|hosted|is\s+hosting|was\s+hosting|is\s+to\s+host|(?:is|was)\s+the\s+host\s+of)\s+(?:the\s+|this\s+year['’]s\s+)?(?:[\w'’()-]+\s+){0,4}"
)
"""A place told as hosting the summit named after it ("Rio will host the G20 summit")."""


def _at_a_groups_summit(group: list[Frame], rules: Rules) -> bool:
    """A sentence about the event names a group's summit ("is in Biarritz for the G7 summit",
    "met on the sidelines of the G20 summit", "reached Goa to take his place at the BRICS
    summit"), and none calls the leaders' meeting a bilateral summit of their own: a leader
    at the group's summit, not on a visit to one leader."""
    texts = [f.sentence.text for f in group]
    return any(_names_a_groups_summit(text, rules) for text in texts) and not _their_own_summit(group)


def _met_at_a_groups_summit(group: list[Frame], place: Place, rules: Rules) -> bool:
    """A sentence about the meeting tells it at a group's summit, named so or named as the
    occasion with no word for a summit ("meets the President in Johannesburg as G20 opens",
    "leaders who have come to the yearly APEC forum"), and not as one the leaders go on to or
    meet before or after ("flew out of Pyongyang for the G8 summit", "ahead of the G20
    meetings", "the G20 summit coming up"), nor in a sentence that names a city of another
    country ("met Putin in Moscow as Western leaders met in Washington for a NATO summit"); and
    none calls the meeting the two leaders' own summit."""
    if _their_own_summit(group):
        return False
    return any(
        (_names_a_groups_summit(f.sentence.text, rules) or _groups_occasion(f.sentence.text, rules))
        and not _ONWARD_OR_AROUND.search(f.sentence.text)
        and all(hit.value.country == place.country for hit in rules.places.find(f.sentence.text) if hit.value.city)
        for f in group
    )


_ONWARD_OR_AROUND = re.compile(
    r"\b(?:ahead\s+of|before|after|following|next|again|on\s+to|onward|flew\s+out|flies\s+out|left|leaves|leaving|departed|departs|heads?\s+(?:on|off|for|to)|coming\s+up|upcoming|forthcoming)\b",
    re.IGNORECASE,
)
"""Words that tell a group's summit as one a leader goes on to, or meets before or after
("will meet again at the BRICS summit"), not the one the meeting is part of."""


_TO_THE_GROUP = re.compile(
    r"\b(?:at|for|to|as|(?:meeting|gathering)\s+of)\s+(?:the\s+|il\s+)?(?:(?:first|yearly|annual|this\s+year's|\d+(?:st|nd|rd|th))\s+)?$",
    re.IGNORECASE,
)
"""Words before a group's name that make it the occasion leaders come to ("for the G20")."""
_GROUP_GATHERS = re.compile(r"\s+(?:forum|meetings?|opens|opened|meets|met|gathering)\b", re.IGNORECASE)
"""Words after a group's name that tell it meeting ("as G20 opens", "the APEC forum")."""
_GROUP_AS_MEMBERS = re.compile(
    r"\s+(?:countries|members?|member\s+states|nations|states|economies|finance|foreign|trade|ministers?|partners?|presidency|chair|bloc|agenda|declaration)\b",
    re.IGNORECASE,
)
"""Words after a group's name that tell its members or its offices, not a meeting of it."""


def _groups_occasion(text: str, rules: Rules) -> bool:
    """`text` names a group of countries as an occasion its leaders meet at, with no word for
    a summit: a group by its number after words of going or being there ("arrive for the G20",
    "as G20 opens", "at the G20 of Rio"), or any group of the cue file with a word of its
    meeting after it ("the yearly APEC forum", "as the G20 opens"); not "G20 finance
    ministers", "the BRICS countries", nor a word the cue file lists that names no group of
    countries meeting ("climate", "trilateral")."""
    by_code = [(m.start(), m.end(), True) for m in _GROUP_BY_CODE.finditer(text)]
    listed = [(hit.start, hit.end, False) for hit in rules.summit_groups.find(text) if hit.value not in _NO_GROUP_OF_ITS_OWN]
    for start, end, coded in by_code + listed:
        if _GROUP_AS_MEMBERS.match(text, end):
            continue
        if _GROUP_GATHERS.match(text, end) or coded and _TO_THE_GROUP.search(text[max(0, start - 40) : start]):
            return True
    return False


_NO_GROUP_OF_ITS_OWN = {"climate", "trilateral", "three-way", "multilateral"}
"""Words of the cue file's summit groups that tell a meeting's subject or size, not a group."""


_GROUP_BY_CODE = re.compile(r"\bG-?\d{1,2}\b")
"""A group by its number ("G20", "G7"); its other codes (SCO, BRICS) are in the cue file."""

_SUMMIT_CODED = re.compile(r"\b(?:summit|gathering)\b", re.IGNORECASE)

_WITH_A_CONTINENT = re.compile(r"\b[A-Z][\w]+[-–](?:Africa|African|Arab|Asia|Asian|ASEAN|Pacific|Caribbean|Latin\s+America)n?\s+[Ss]ummit\b")
"""A country's summit with a continent's or a region's states ("the Russia-Africa summit"): a group's."""


def _names_a_groups_summit(text: str, rules: Rules) -> bool:
    """`text` tells a group's summit: named so ("the G20 summit", "the BRICS meeting"), or a
    summit or a gathering told beside a group the cue file lists or one by its code, wherever
    in the sentence ("leaders of the Group of 20 (G20) are gathering for their summit"), or a
    country's summit with a continent's states."""
    if _names_group_summit(text, rules) or _group_meeting(text, rules) or _WITH_A_CONTINENT.search(text):
        return True
    return bool(_SUMMIT_CODED.search(text)) and bool(rules.summit_groups.find(text) or _GROUP_BY_CODE.search(text))


_CALLED_OFF = (Status.CANCELLED, Status.POSTPONED)

_GROUPS_SUMMIT_HOST = "a group's summit is its host country's occasion"
"""The doubt of a host the page does not name, taken as a group's summit's host."""


def _met(event: EventDraft) -> tuple[str, ...]:
    """The leaders the page tells at `event`: less a group's summit's host it does not name,
    so that the same meeting told twice is still known as one."""
    if event.doubts.get("host", "").startswith(_GROUPS_SUMMIT_HOST):
        return tuple(leader for leader in event.leaders if leader != event.host)
    return event.leaders


_BILATERAL_SUMMIT = re.compile(r"\bbilateral\s+summit\b", re.IGNORECASE)
"""Two leaders' own summit ("a bilateral summit"), held while they are at a group's."""


def _their_own_summit(group: list[Frame]) -> bool:
    """A sentence about the event calls the leaders' meeting a summit of their own ("held a
    bilateral summit in Hiroshima, where both came for the G7 summit"): their meeting, not
    the group's summit, is the event, and no one hosts it."""
    return any(_BILATERAL_SUMMIT.search(f.sentence.text) for f in group)


def _of_a_group(group: list[Frame], sentences: list[Sentence], place: Place, rules: Rules) -> bool:
    """The sentences about the event tell a group's summit ("at the G20 summit", "arrive for
    the BRICS summit"), one of them or together ("met at the G20", then "the summit in
    Osaka"), or another sentence of the page, not looking back, tells one where the event is
    or nowhere ("on the fringes of the G20 summit, which opened in Osaka"; "This is the
    group's second summit"): a meeting of leaders there is part of its host country's occasion."""
    texts = [f.sentence.text for f in group]
    if any(_names_a_groups_summit(text, rules) for text in texts + [" ".join(texts)]):
        return True
    return any(
        _names_a_groups_summit(s.text, rules) and not rules.looking_back.find(s.text) and _placed_here_or_nowhere(s.text, place, rules)
        for s in sentences
    )


def _placed_here_or_nowhere(text: str, place: Place, rules: Rules) -> bool:
    """`text` names `place` (its city, where it has one), or no place at all ("This is the
    group's second summit")."""
    places = [hit.value for hit in rules.places.find(text)]
    return not places or any(p.country == place.country and p.city == place.city for p in places)


def _span(term: Term) -> tuple[dt.date, dt.date]:
    """A term's first and last days, an open end running on without bound."""
    return (term.start.first_day() if term.start else dt.date.min, term.end.last_day() if term.end else dt.date.max)


def _led_throughout(country: str, leaders: list[str], rules: Rules) -> str | None:
    """The one leader of `country` in office through all the time every one of `leaders` was
    in theirs at once (Meloni with Takaichi, from October 2025: Ramaphosa for South Africa):
    whoever led `country` at their meeting, whenever it was. None where the leaders' terms
    give no such time, or another of that country's leaders held office within it."""
    terms_of = [rules.leaders[leader].in_office for leader in leaders]
    if not terms_of or any(not terms for terms in terms_of):
        return None
    together = [_span(term) for term in terms_of[0]]
    for terms in terms_of[1:]:
        together = [
            (max(start, other[0]), min(end, other[1]))
            for start, end in together for other in map(_span, terms)
            if max(start, other[0]) <= min(end, other[1])
        ]
    theirs = [leader for leader in sorted(rules.leaders) if rules.leaders[leader].country == country and leader not in leaders]
    within = {
        leader for leader in theirs for start, end in together
        if any(span[0] <= end and span[1] >= start for span in map(_span, rules.leaders[leader].in_office))
    }
    if len(within) != 1:
        return None
    (only,) = within
    spans = [_span(term) for term in rules.leaders[only].in_office]
    return only if all(any(span[0] <= start and span[1] >= end for span in spans) for start, end in together) else None


def _received_by(host: str, visitor: str, texts: list[str], rules: Rules) -> bool:
    """A sentence tells `host` receiving `visitor` ("Putin welcomed Modi with a hug", "Modi
    was greeted by Putin"): the page tells a visit to the host, not only a meeting at a summit."""
    for text in texts:
        named = [(hit.start, hit.value) for hit in rules.names.find(text)]
        for word in _RECEIVING.finditer(text):
            before = {leader for at, leader in named if at < word.start()}
            after = {leader for at, leader in named if at > word.end()}
            if host in before and visitor in after or visitor in before and host in after and _BY.match(text, word.end()):
                return True
    return False


def _kind(
    group: list[Frame], sentences: list[Sentence], rules: Rules, place: Place, leaders: list[str], received: bool
) -> str:
    """The first kind (in the cue file's order) whose words the frames naming a place use
    ("state visit", "parade", "summit"); else what the page's other sentences (not a look
    back) call it: a "state visit" first, else a summit if one calls this meeting so ("Kim
    arrives at summit venue"); else a visit where one leader
    travelled to be received by another in the host's country (`received`), wherever there
    they met; else what the headline calls
    the event ("Putin to visit India", "Kim and Moon meet"); else the loose words of the
    frames ("held talks": a summit); else the plain visit. Every visit has its talks, so
    they do not make it a summit: only the page's own word does (README, "Kinds")."""

    def kinds(frame: Frame) -> set[str]:
        text = frame.sentence.text
        found = {
            k for k in frame.kinds
            if (k != "summit" or _this_summit(text, place, leaders, rules, frame.place is None) and not MAYBE_HELD.search(text))
            and (k != "embassy-visit" or not _visitors_own_embassy(text, place, leaders, rules))
        }
        if frame.place == place and _group_meeting(text, rules):
            found.add("summit")  # "the BRICS Plus meeting in Kazan": a group's meeting is a summit
        return found

    placed = [f for f in group if f.place is not None]
    # The frames naming the event's own place: "talks in Jaipur today" before "the Republic
    # Day celebrations in Delhi" that the visitor attends next.
    here = [f for f in placed if f.place == place or not (f.place and f.place.city and place.city)] or placed
    elsewhere = [f for f in placed if f not in here]
    found = {k for f in here for k in kinds(f)} or {k for f in group if f not in elsewhere for k in kinds(f)}
    kind = next((k for k in rules.kind_order if k in found), None)
    current = [s.text for s in sentences if not rules.looking_back.find(s.text)]
    if kind == "summit" and received and any(
        hit.value == "visit" for s in sentences if s.headline and not rules.looking_back.find(s.text) for hit in rules.kinds.find(s.text)
    ):
        # "Chinese President arrives in US for state visit", then "ahead of the summit": a
        # leader received on what the headline calls a state visit is on a visit.
        return "visit"
    if kind is not None:
        return kind
    if any(hit.value == "visit" for text in current for hit in rules.kinds.find(text)):
        return "visit"  # "the formal state visit opens on Wednesday"
    # A summit placed abroad tells another meeting only beside leaders met in a city of their
    # own: a lone traveller's trip, or one placed by a country alone, may be that summit misread.
    if any(
        _this_summit(text, place, leaders, rules, named_only=True)
        and not (len(leaders) > 1 and place.city and _summit_placed_abroad(text, place, leaders, rules))
        for text in current if not MAYBE_HELD.search(text)
    ):
        return "summit"
    if received and _met_at_a_groups_summit(group, place, rules):
        # A guest meeting the host country's leader at a group's summit it holds ("sat down
        # with the President in Johannesburg as the G20 opens"), where nothing calls the trip
        # a visit: the meeting is part of the group's summit, its host country's occasion
        # (README, "A group summit's visitor"), not a visit to that leader.
        return "summit"
    if received:
        return "visit"
    # A headline that places its trip elsewhere ("readies for China visit", over talks in
    # Russia on the way) names another event's kind, not this one's.
    named = {
        hit.value for s in sentences if s.headline and _places_here(s.text, place, rules)
        for hit in rules.named_kinds.find(s.text)
    }
    if len(named) == 1 and (len(leaders) > 1 or named != {"summit"}):
        # The headline's talks are a meeting; a trip of one leader meeting nobody the page
        # names ("after Belarus he is expected in Uzbekistan") is no summit of theirs.
        return str(named.pop())
    # Leaders who meet where none of them is at home hold a summit, whatever the page calls it.
    away = len(leaders) > 1 and all(rules.leaders[leader].country != place.country for leader in leaders)
    return "summit" if away or _named(placed or group, "summit", rules) else "visit"


def _summit_placed_abroad(text: str, place: Place, leaders: list[str], rules: Rules) -> bool:
    """Every summit `text` names has for its nearest place one in a country that is neither
    `place`'s nor any of `leaders`' own ("they last met in October in Astana, where both came
    for a summit", "the Peace Summit, which takes place in Switzerland"): a sentence told
    beside the leaders' meeting about another one, which does not make theirs a summit. A
    summit named for its sides ("the Japan-Mongolia summit") is theirs, wherever it is held."""
    places = rules.places.find(text)
    summits = [hit for hit in rules.kinds.find(text) if hit.value == "summit"]
    if not places or not summits:
        return False
    theirs = {place.country} | {rules.leaders[leader].country for leader in leaders}
    return all(_nearest(summit, places).value.country not in theirs for summit in summits)


def _nearest(hit: Hit, others: list[Hit]) -> Hit:
    """The hit of `others` closest to `hit` in the text, before or after it."""
    return min(others, key=lambda other: max(hit.start - other.end, other.start - hit.end))


def _mourned(leader: str, sentences: list[Sentence], rules: Rules) -> bool:
    """The page names `leader` as the one whose funeral it is ("the funeral of Queen ...")."""
    return any(
        hit.value == leader and MOURNED.search(s.text[: hit.start])
        for s in sentences for hit in rules.names.find(s.text)
    )


def _places_here(text: str, place: Place, rules: Rules) -> bool:
    """Whether `text` names no place, or names one in `place`'s country."""
    named = [hit.value for hit in rules.places.find(text)]
    return not named or any(p.country == place.country for p in named)


def _visitors_own_embassy(text: str, place: Place, leaders: list[str], rules: Rules) -> bool:
    """Every embassy `text` names is the country's of a leader abroad ("the chargé d'affaires
    of the US Embassy" welcoming the US president in Jeddah): its staff receive their own
    leader on a visit, no leader calls at a foreign embassy."""
    abroad = {rules.leaders[leader].country for leader in leaders if rules.leaders[leader].country != place.country}
    embassies = [hit for hit in rules.kinds.find(text) if hit.value == "embassy-visit"]
    return bool(abroad and embassies) and all(
        any(country.value.country in abroad and not country.value.city for country in rules.places.find(text[max(0, hit.start - 20) : hit.start]))
        for hit in embassies
    )


def _group_meeting(text: str, rules: Rules) -> bool:
    """`text` names a meeting of a group of countries ("the BRICS Plus meeting"): the group's
    name before the word for a meeting, within a few words."""
    meetings = [hit for hit in rules.named_kinds.find(text) if hit.value == "summit" and text[hit.start :].lower().startswith("meeting")]
    return any(0 <= meeting.start - group.end <= 20 or 0 <= group.start - meeting.end <= 20
               for group in rules.summit_groups.find(text) for meeting in meetings)


_SUMMIT_OF = re.compile(r"\s+(?:[a-z]{1,3}\s+){1,2}([A-Z][\w-]*)")
"""The group a summit is of, named after the word ("of the G20", "do G20")."""

_GROUP_HELD_IN = re.compile(r",?\s+(?:[a-z]+\s+)?(?:in|at)\s+(?:the\s+)?")
"""Where that summit was, after its group ("the summit of the G20, held in Rio")."""


_AROUND = re.compile(r"\b(?:after|following)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)
"""Words that put a summit before the trip told beside it ("after the G20 summit"); one the
leaders meet before is often the occasion of their meeting, on its sidelines."""


def _this_summit(text: str, place: Place, leaders: list[str], rules: Rules, named_only: bool = False) -> bool:
    """`text` calls a meeting a summit that can be this event: not one placed elsewhere
    ("the Okinawa summit", "the G8 summit in Okinawa" for a trip to Pyongyang, "a summit in
    New Delhi" for talks in Mumbai), not a virtual one, and not in a sentence naming a
    leader outside the event. With `named_only` (a sentence that names
    no place of the event), not a summit named for a group either ("the BRICS summit", "a
    G20 summit"): only an unnamed one ("their expected summit") or one named for its
    leaders or its region ("a Siberian summit")."""
    if rules.not_a_visit.find(text) or any(hit.value not in leaders for hit in rules.names.find(text)):
        return False  # "a virtual summit" is no meeting
    places = rules.places.find(text)
    ours = {w.lower() for leader in leaders for n in (rules.leaders[leader].name, *rules.leaders[leader].aliases) for w in n.split()}
    for hit in rules.kinds.find(text):
        # "summit-level talks" are talks between the leaders, as every visit has them.
        if hit.value != "summit" or re.match(r"[-\s]level\b", text[hit.end :], re.IGNORECASE):
            continue
        if _A_TOPIC.search(text[max(0, hit.start - 50) : hit.start]):
            continue  # "the two talked about how the Peace Summit is being prepared": a summit they spoke of
        beside = [
            p.value for p in places
            if p.end <= hit.start and re.fullmatch(r"[\s-]*|\s+for\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}", text[p.end : hit.start])
            or re.fullmatch(_SUMMIT_HELD_IN, text[hit.end : p.start])
        ]  # "the Singapore summit", "a summit (opened) in Hanoi", "met in Washington for a Nato summit",
        # "the Peace Summit, due to be held in Switzerland"
        beside += [p.value for p in places if p.start >= hit.end and _SET_FOR_THEN_IN.fullmatch(text[hit.end : p.start])]
        if _parties_named(text, hit.start, places, leaders, rules):
            beside = []  # "the Japan-Mongolia summit" is named for its two sides, not placed in either
        # The group may follow the word, as other languages put it ("the summit of the G20";
        # "a cúpula do G20", glossed), and where that summit was held after it ("the summit of
        # the G20, held in Rio").
        owner = _SUMMIT_OF.match(text, hit.end)
        if owner is not None and (owner.group(1).isupper() or any(c.isdigit() for c in owner.group(1))):
            beside += [p.value for p in places if _HELD_IN.fullmatch(text[owner.end() : p.start])]
        # The group's name before its abbreviation and its "leaders'" ("the Group of Seven
        # (G-7) leaders' summit").
        before = _ABBREVIATED.sub(" ", text[: hit.start])
        name = re.search(r"(\S+)\s+$", before)
        words = name.group(1).split("-") if name and name.start() > 0 else []
        words += [owner.group(1)] if owner is not None else []
        group = any(g.end == len(before.rstrip(" -")) for g in rules.summit_groups.find(before))
        # Or after it, as other languages put it ("la cumbre del Mercosur").
        group = group or owner is not None and any(g.start == owner.start(1) for g in rules.summit_groups.find(text))
        named_else = group or any((w.isupper() or any(c.isdigit() for c in w)) and w.lower() not in ours for w in words)
        # "the Summit of the Americas": the word written as a name, mid-sentence, of an
        # occasion named after it, is that occasion, not a meeting of the leaders here.
        named_else = named_else or (
            owner is not None and hit.start > 0 and text[hit.start].isupper() and owner.group(1)[:1].isupper()
            and owner.group(1).lower() not in ours
        )
        here = all(p.country == place.country and (p.city == place.city or not (p.city and place.city)) for p in beside)
        # "After the G20 summit, Xi goes on to Brasília": a group's summit the trip follows is
        # another occasion.
        around = named_else and _AROUND.search(text[max(0, hit.start - 30) : hit.start]) is not None
        if here and not around and not (named_only and named_else and not beside):
            return True
    return False


_SET_FOR_THEN_IN = re.compile(
    r"(?:\s+of\s+[^,.;]{1,60}?)?,?\s+(?:planned|set|scheduled|due)(?:\s+to\s+be\s+held)?\s+(?:for|on)\s+[^,.;]{1,40}?\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+)?"
)
"""A summit set for a time and then placed ("a summit of its backers planned for later this week
in Ramstein, Germany", "the group's next summit, set for May in Hiroshima"): the place after the
time is that summit's, or its country's after a town the gazetteer may not know."""


_SUMMIT_HELD_IN = re.compile(
    r",?\s+(?:(?:opened|opens|began|begins|was held|is held|held|(?:due\s+)?to\s+be\s+held|will\s+be\s+held|being\s+held)\s+)?(?:in|at)\s+"
)

_A_TOPIC = re.compile(r"\b(?:talked|spoke|spoken|talking|speaking)\s+(?:about|of)\s+(?:how\s+|what\s+|whether\s+)?(?:the\s+)?(?:[\w'-]+\s+){0,3}$|\bdiscuss(?:ed|es)?\s+(?:how\s+)?(?:the\s+)?(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
"""Words that make the summit after them a subject of the talks ("talked about how the Global
Peace Summit", "discussed the coming summit"), not the meeting they are at."""


_ABBREVIATED = re.compile(r"(?:\s*\([^()]*\)|\s+leaders['’]?)+\s*$")


def _parties_named(text: str, at: int, places: list[Hit], leaders: list[str], rules: Rules) -> bool:
    """The words before `at` join two places with a dash, each a country of the event's
    leaders with no city ("Japan-Mongolia", "Russia–China"): the meeting is named for its
    parties, wherever it is held."""
    countries = {rules.leaders[leader].country for leader in leaders}
    joined = [
        (first, second) for first in places for second in places
        if re.fullmatch(r"\s*[-–]\s*", text[first.end : second.start]) and re.fullmatch(r"[\s-]*", text[second.end : at])
    ]
    return any(
        {first.value.country, second.value.country} == countries and first.value.country != second.value.country
        and not first.value.city and not second.value.city
        for first, second in joined
    )


def _named(group: list[Frame], kind: str, rules: Rules) -> bool:
    """Some frame of `group` uses a word for `kind` ("talks", "met"), not one it rules out
    ("will not meet"), in the part of its sentence it reads ("After talks in Rome, Lula flies
    on to Paris": the stop in Paris has no talks)."""
    return any(
        hit.value == kind and not NOT_HELD.search(f.sentence.text[: hit.start])
        and (f.clause is None or f.clause[0] <= hit.start < f.clause[1])
        for f in group for hit in rules.named_kinds.find(f.sentence.text)
    )


def _occasion_city(group: list[Frame], sentences: list[Sentence], country: str, rules: Rules) -> Place | None:
    """The one city of `country` that the article's sentences name beside the occasion's
    own words (a parade, celebrations), when the sentences about the trip name none. Not for
    talks or summits, whose words often tell of older meetings elsewhere in the country."""
    words = [w for k in {k for f in group for k in f.kinds} - {"visit", "summit"} for w in _kind_words(k, rules)]
    cities = set()
    for sentence in sentences:
        hits = rules.places.find(sentence.text)
        if words and any(re.search(rf"\b{re.escape(w)}\b", sentence.text, re.IGNORECASE) for w in words):
            cities |= {h.value for h in hits if h.value.city and h.value.country == country}
    return next(iter(cities)) if len(cities) == 1 else None


def _set_before(sentences: list[Sentence], published: PartialDate | None, rules: Rules) -> PartialDate | None:
    """The day or month a postponed event had been set for ("had been expected on April 9")."""
    for sentence in sentences:
        if rules.set_before.find(sentence.text) and not rules.looking_back.find(sentence.text):
            for mention in find_dates(sentence.text, published, rules, future=False):
                if (
                    _usable(mention) and mention.date is not None and mention.date.precision is not DatePrecision.YEAR
                    and not _weekday_of_a_months_page(mention, published)
                ):
                    return mention.date
    return None


_NOT_DONE = re.compile(
    r"\b(?:(?:did|does|do|will|would|could|can|was|were|is|are)\s*(?:not|n['’]t)|cannot|never|failed\s+to|no)"
    r"(?:\s+(?:hold|have|get|find|make|time\s+for|time\s+to|chance\s+to|go\s+to))?\s+$",
    re.IGNORECASE,
)
"""What undoes the meeting word after it ("did not hold talks", "will not meet", "no meeting",
"failed to meet", "no time for talks")."""


def _called_off_before(text: str, start: int, rules: Rules) -> bool:
    """A word of calling off stands before the meeting word at `start` ("US calls off
    Biden-Putin summit"): the meeting will not happen, so no leader's home stands in for the
    place the page never gives it."""
    return any(hit.value is Status.CANCELLED and hit.end <= start for hit in rules.status.find(text))


def _other_home_named(group: list[Frame], sentences: list[Sentence], rules: Rules) -> Place | None:
    """The one country the headline or the lead names that is home to a leader of the group
    other than the one the headline names first (the country of the leader met); None when
    the headline names none of the group's leaders, or no meeting or trip."""
    headline = next((s for s in sentences if s.headline), None)
    told = [] if headline is None else [
        hit for hit in rules.trip.find(headline.text) + rules.arrival.find(headline.text)
        if not _NOT_DONE.search(headline.text[: hit.start]) and not _called_off_before(headline.text, hit.start, rules)
    ]
    if headline is None or not told:
        # The headline tells of no meeting or trip ("Kim asks after Putin's health"), or of one
        # that did not happen ("PM did not hold talks with Zelensky"): no place of it to stand in.
        return None
    leaders = {leader for f in group for leader in f.leaders}
    named_in_headline = [(hit.start, hit.end, hit.value) for hit in rules.names.find(headline.text) if hit.value in leaders]
    host = _host_in_headline(headline.text, named_in_headline, rules)
    if host is not None:
        # "Biden to host South Korean leader Yoon": the headline tells who receives; the
        # meeting is at the host's home, whatever countries it names.
        return Place(country=rules.leaders[host].country, city=None)
    # The traveller is the leader the headline's trip word is told of ("Starmer hails the day
    # as Modi visits"), else the leader it names first ("Kishida sits down with Yoon").
    subject = _traveller_in_headline(headline.text, named_in_headline) or next((value for _, _, value in named_in_headline), None)
    if subject is None:
        return None
    homes = {rules.leaders[leader].country for leader in leaders if leader != subject} - {rules.leaders[subject].country}
    lead = next((s for s in sentences if not s.headline), None)
    named = {hit.value.country for s in sentences if s.headline or s is lead for hit in rules.places.find(s.text)}
    found = homes & named
    return Place(country=found.pop(), city=None) if len(found) == 1 else None


_HOSTS_NEXT = re.compile(
    r"\s+(?:(?:is\s+)?to\s+|will\s+)?(?:host|hosts|hosted|hosting|receive|receives|received|welcome|welcomes|welcomed|greets|greeted)"
    r"(?P<by>\s+by)?\s+",
    re.IGNORECASE,
)
"""A verb of receiving straight after a leader's name ("Biden to host", "Lula welcomed by")."""

_BESIDE_A_GUESTS_NAME = {"the", "his", "her", "their", "visiting", "counterpart", "leader"}
"""Lower-case words that may stand between the verb and the guest's name, beside titles."""


def _host_in_headline(text: str, named: list[tuple[int, int, str]], rules: Rules) -> str | None:
    """The leader a headline tells receiving another leader straight after the verb ("Biden to
    host South Korean leader Yoon"; "Lula welcomed by Modi": Modi), titles and country words
    between; None when the verb takes a thing ("welcomes Lula's offer") or no leader."""
    for (_, end, first), (second_at, _, second) in zip(named, named[1:]):
        verb = _HOSTS_NEXT.match(text, end)
        if verb is None or first == second or OWNER_NAME.match(text, second_at):
            continue
        between = re.findall(r"\b[a-z][\w'’-]*", text[verb.end() : second_at])
        if all(word in rules.honorifics or word in _BESIDE_A_GUESTS_NAME for word in between):
            return second if verb.group("by") else first
    return None


_TRAVELS_NEXT = re.compile(
    r"\s+(?:visits|is\s+visiting|arrives|lands|travels|flies|heads|comes)\b", re.IGNORECASE
)
"""A verb of travelling straight after a leader's name ("as Modi visits")."""


def _traveller_in_headline(text: str, named: list[tuple[int, int, str]]) -> str | None:
    """The leader a headline tells travelling ("Starmer hails the deal as Modi visits": Modi),
    or None when its trip word follows no leader's name."""
    return next((leader for _, end, leader in named if _TRAVELS_NEXT.match(text, end)), None)


def _thanked_for_inviting(group: list[Frame], sentences: list[Sentence], rules: Rules) -> tuple[Place, str] | None:
    """The country of the leader the other thanks for the invitation ("Steinmeier thanked
    Moon for the invitation"), for a meeting of the two that no sentence places: the guest
    thanks the host."""
    leaders = {leader for f in group for leader in f.leaders}
    for sentence in sentences:
        thanks = _THANKED_FOR_INVITING.search(sentence.text)
        if thanks is None:
            continue
        named = find_leaders(sentence.text, None, rules, leaders)
        guest = [leader for at, leader in named if at < thanks.start()]
        thanked = [leader for at, leader in named if thanks.start() < at < thanks.end()]
        if len(thanked) == 1 and guest and guest[-1] != thanked[0] and {guest[-1], thanked[0]} <= leaders:
            home = rules.leaders[thanked[0]].country
            return Place(country=home, city=None), f"no place named; {home} is the home of the leader thanked for the invitation: check it"
    return None


_THANKED_FOR_INVITING = re.compile(r"\bthank(?:ed|s)\s+[^.;]{1,60}?\s+for\s+(?:(?:the|his|her|their)\s+)?(?:kind\s+)?invit(?:ation|ing)\b", re.IGNORECASE)


_VISITING = re.compile(r"\bvisiting\s+((?:[\w.'’\-]+,?\s+){0,4})$")
_VISIT_OF = re.compile(r"\bvisit\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _received_in(group: list[Frame], rules: Rules) -> tuple[Place, str] | None:
    """The country of the leader who received the other, for a meeting of two leaders no
    sentence places: the home of the one not "visiting" ("sat down with the visiting
    Russian President") or the first of two named that receives, hosts or welcomes the other
    ("received Putin Kim", as Arabic orders it). None when the page says neither."""
    for frame in group:
        named = find_leaders(frame.sentence.text, None, rules, set(frame.leaders))
        guests = {
            leader for at, leader in named
            if (visiting := _VISITING.search(frame.sentence.text[:at])) is not None
            and all(w[:1].isupper() or w.lower() in rules.honorifics or w.lower() in _BESIDE_NAMES for w in visiting.group(1).split())
        }  # "the visiting Russian President, Vladimir Putin"; not "visiting journalists on Tuesday, Putin"
        # "the second state visit of the American president": the leader the visit is of.
        guests |= {leader for at, leader in named if _VISIT_OF.search(frame.sentence.text[:at])}
        hosts = {leader for _, leader in named} - guests
        if len(guests) == 1 and len(hosts) == 1:
            home = rules.leaders[hosts.pop()].country
            return Place(country=home, city=None), f"no place named; {home} is the home of the leader who received the visitor: check it"
        order = list(dict.fromkeys(leader for _, leader in named))
        verb = _RECEIVES.search(frame.sentence.text)
        second = next((at for at, leader in named if len(order) == 2 and leader == order[1]), None)
        if (
            verb is not None and second is not None and verb.start() < second
            and not _PASSIVE.search(frame.sentence.text[: verb.start()])
            and not OWNER_NAME.match(frame.sentence.text, second)  # "welcomed Xi Jinping's decision"
            and all(word in rules.honorifics or word in _BESIDE_NAMES for word in re.findall(r"\b[a-z][\w'’-]*", frame.sentence.text[verb.end() : second]))
        ):
            # "Putin received Kim", or as a verb-first language orders it, "received Putin Kim":
            # the first named receives the second.
            home = rules.leaders[order[0]].country
            return Place(country=home, city=None), f"no place named; {home} is the home of the leader who received the other: check it"
    return None


_RECEIVES = re.compile(r"\b(?:received|receives|hosted|hosts|welcomed|welcomes)\b", re.IGNORECASE)
_BESIDE_NAMES = {"the", "his", "her", "their", "visiting", "counterpart", "of"}
"""Words between a verb and the name it takes, beside titles ("received his visiting counterpart")."""
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)


def _summit_opened_in(group: list[Frame], sentences: list[Sentence], rules: Rules) -> Place | None:
    """The city of the page's one summit where its sentences about a meeting speak of a summit
    and place nothing, and a sentence naming no leader tells the summit opening (or being
    held) in one city ("The G20 summit opened in Rome on Saturday"). A summit named only in
    passing ("as Pyongyang prepares for the summit") opens nowhere, so places nothing."""
    if not any(hit.value == "summit" for f in group for hit in rules.kinds.find(f.sentence.text)):
        return None
    cities = {
        hit.value for s in sentences
        if not rules.names.find(s.text) and not rules.looking_back.find(s.text)
        and any(kind.value == "summit" for kind in rules.kinds.find(s.text)) and (rules.opening.find(s.text) or _HELD_IN.search(s.text))
        for hit in rules.places.find(s.text) if hit.value.city
    }
    return cities.pop() if len(cities) == 1 else None


_HELD_IN = re.compile(r"\b(?:is|are|was|were)\s+(?:being\s+)?held\s+in\b", re.IGNORECASE)
"""A summit "being held in" a city, as an opening tells it ("is being held in Rome")."""


def _one_city_at_a_leaders_home(group: list[Frame], sentences: list[Sentence], past: list[Frame], rules: Rules) -> Place | None:
    """The one city the article names, outside the sentences that look back, where it lies in
    the home country of just one of the leaders a sentence of `group` tells meeting, held or
    arrived (two or more named in it); None when the page names no such city, or more than
    one city, or the group tells no meeting held."""
    told_held = [f for f in group if len(f.leaders) >= 2 and (f.arrived or Status.HELD in f.statuses)]
    if not told_held:
        # A meeting told in no word of one held or of an arrival may be a call or a plan
        # ("Macron has spoken with Putin again"): no city stands in for its place.
        return None
    met = {leader for f in told_held for leader in f.leaders}
    homes = [rules.leaders[leader].country for leader in met]
    looked_back = {f.sentence.index for f in past}
    told_now = [s for s in sentences if s.index not in looked_back and not rules.looking_back.find(s.text)]
    city = _one_city_named(told_now, rules)
    if city is None or homes.count(city.country) != 1:
        return None
    return city


def _one_city_named(sentences: list[Sentence], rules: Rules, country: str | None = None) -> Place | None:
    """The one city of the gazetteer (in `country`, if given) the article names anywhere, if
    it names just one."""
    cities = {
        hit.value for s in sentences for hit in rules.places.find(s.text)
        if hit.value.city and not _speaks(s.text, hit.end, rules) and (country is None or hit.value.country == country)
        and not _ties_between(s.text, hit.start, rules)
        and not names_a_thing(s.text, hit)  # "the Shanghai Cooperation Organization": a body's name
    }
    return cities.pop() if len(cities) == 1 else None


def _speaks(text: str, end: int, rules: Rules) -> bool:
    """The place named just before `end` is a government speaking or acting ("the Kremlin
    confirmed", "Moscow said", "Washington could not agree"), not where anyone is."""
    # An aside between commas may stand before the verb ("The Kremlin, for its part, had called").
    following = re.match(r"(?:,[^,.;:]{1,30},)?\s+(?:has\s+|had\s+)?([a-z]+)", text[end:])
    if following is not None and (normal(following.group(1)) in rules.reporting or _GOVERNMENT_ACTS.fullmatch(following.group(1))):
        return True
    if _GOVERNMENTS_WORDS.match(text, end):
        return True
    # "Beijing backs his son", "Moscow and Beijing had to keep in step": a capital that owes,
    # backs or sanctions is its government; not so a place after "in" or "at" ("the summit in
    # Kazan should produce ..."), where the verb is the sentence's subject's.
    if _GOVERNMENT_OWES.match(text[end:]):
        start = next((hit.start for hit in rules.places.find(text) if hit.end == end), end)
        if not _IN_OR_AT.search(text[:start]):
            return True
    # "London and Washington would step up the pressure": both capitals are their governments.
    joined = re.match(r"\s+and\s+", text[end:])
    if joined is None:
        return False
    second = next((hit for hit in rules.places.find(text) if hit.start == end + joined.end()), None)
    return second is not None and _speaks(text, second.end, rules)


_GOVERNMENT_ACTS = re.compile(
    r"(?:could|would|will|wants|wanted|insists|insisted|refused|refuses|demanded|demands|rejected|rejects|denied|denies"
    r"|recognised|recognized|recognises|recognizes|calls|called)"
)
"""A capital that wants, refuses or could not agree is its government ("Pyongyang wanted
sanctions lifted, and Washington could not agree"), not where anyone is; so is one that
recognises a state or calls a thing by a name ("after Moscow recognised the two regions",
"what Moscow calls peacekeepers")."""


_GOVERNMENT_OWES = re.compile(
    r"(?:,[^,.;:]{1,30},)?\s+(?:has\s+|had\s+)?"
    r"(?:must|should|(?:had|has|have|needs|needed)\s+to|backs|backed|supports|supported|imposed|imposes|sanctioned|sanctions)\b"
)
"""A capital that must or should do a thing, had to, backs or supports one, or imposed
sanctions ("Tokyo imposed sanctions on Moscow"), is its government, not where anyone is."""


_IN_OR_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
"""The word before a place that makes it a location ("in Kazan"), whatever verb follows."""


_GOVERNMENTS_WORDS = re.compile(
    r"['’]s\s+(?:(?:latest|last|new|recent|own|official)\s+)?"
    r"(?:statements?|remarks|response|reply|position|stance|decision|demands?|threats?|rhetoric|warnings?|hostility|anger"
    r"|interests?|policy|policies|support|backing|influence|role)\b",
    re.IGNORECASE,
)
"""A capital whose statement, stance or threats are told is its government ("angered by
Pyongyang's latest statement", "Moscow's decision"), not where anyone is."""


def _ties_between(text: str, start: int, rules: Rules) -> bool:
    """The place named at `start` is one of two governments whose ties are told ("the ties
    between Riyadh and Moscow", "talks between Seoul and Tokyo"), not where anyone is."""
    before = text[:start]
    if _TIES_BETWEEN.search(before) is not None:
        return True
    joined = re.search(r"\s+and\s+$", before)
    if joined is None:
        return False
    first = next((hit for hit in rules.places.find(before) if hit.end == joined.start()), None)
    return first is not None and _TIES_BETWEEN.search(before[: first.start]) is not None


_TIES_BETWEEN = re.compile(
    r"\b(?:ties|relations|relationship|cooperation|trade|dialogue|talks|rapprochement)\s+between\s+(?:the\s+)?$", re.IGNORECASE
)
"""Words of two countries' dealings, before the first of the two capitals that stand for them."""


def _only_city(sentences: list[Sentence], country: str, rules: Rules) -> Place | None:
    """The one city of `country` where the article's arrivals (outside a look back) land
    ("landed at the air base outside Washington"), if they name just one."""
    cities = set()
    for s in sentences:
        if rules.looking_back.find(s.text) or not rules.arrival.find(s.text):
            continue
        ends = {d.end for d in rules.destination.find(s.text)}
        cities |= {
            hit.value for hit in rules.places.find(s.text)
            if hit.value.city and hit.value.country == country and any(e <= hit.start and s.text[e : hit.start].strip() in ("", "the") for e in ends)
        }
    return cities.pop() if len(cities) == 1 else None


def _in_office_at(leader: str, when: PartialDate | None, rules: Rules) -> bool:
    """In some office then; anyone named counts when the date is unknown (no guess either way)."""
    return when is None or in_public_life(rules.leaders[leader], when)


_TO_COME = re.compile(r"\b(?:will|would|shall|to|is due to|is set to|plans to)\s+$", re.IGNORECASE)
"""Right before a word of setting off, it is still to come ("will leave", "is to set off")."""


_TO_A_PLACE = re.compile(r"\bto\s+$", re.IGNORECASE)
"""Right before a place, where someone is asked or goes to ("invited him to the White House")."""


def _invitation_named(group: list[Frame], sentences: list[Sentence], place: Place, rules: Rules) -> Sentence | None:
    """A sentence of the page whose one word of where a trip stands is an invitation, naming
    (by name or title) the leader of the country the trip goes to, who invites: not "Modi has
    also invited US chipmaker Micron", nor an invitation taken up after a visit was put off.
    Nor an invitation to somewhere else ("invited him to the White House", beside a trip to
    New Delhi): it is for another trip, however the leaders it names stand to this one."""
    visitors = {leader for f in group for leader in f.leaders if rules.leaders[leader].country != place.country}
    for sentence in sentences:
        statuses = {hit.value for hit in rules.status.find(sentence.text)} - {None}
        if statuses != {Status.INVITED}:
            continue
        invited_to = {hit.value.country for hit in rules.places.find(sentence.text) if _TO_A_PLACE.search(sentence.text[: hit.start])}
        if invited_to and place.country not in invited_to:
            continue
        named = {hit.value for hit in rules.names.find(sentence.text)} - visitors
        if place.country in {rules.leaders[leader].country for leader in named} | {
            hit.value.country for hit in rules.titles.find(sentence.text)
        }:
            return sentence
    return None


def _sets_off_for_talks_today(group: list[Frame], published: PartialDate | None, rules: Rules) -> bool:
    """The visitor has set off on the page's day ("left Tokyo on Sunday morning", in Sunday's
    paper), and no day of the trip is named but that one ("talks in the afternoon"); or, set
    off or not, the page names no day but its own for the talks ("to meet Putin on Tuesday",
    in Tuesday's paper): the visitor is there, and a visit is held from the day it begins.
    On a page with no date, "today" is still its day: talks set for today and no other day are held."""
    if published is None:
        told = [m for f in group for m in f.dates if not m.since and not m.reporting]
        return bool(told) and all(m.kind == "relative" and m.text.lower() == "today" for m in told)
    if published.precision is not DatePrecision.DAY:
        return False
    days = [m.date for f in group for m in f.dates if m.date is not None and not m.since and not m.reporting]
    if any(day != published for day in days):
        return False  # the talks (or the departure) on another day: set off, not yet there
    set_off = any(
        not _TO_COME.search(f.sentence.text[: hit.start]) for f in group for hit in rules.sets_off.find(f.sentence.text)
    )
    return any(
        set_off and rules.that_day.find(f.sentence.text) or any(m.date == published and _usable(m) for m in f.dates) for f in group
    )


_BEGINS = re.compile(r"(?:begins|starts?|kicks off|is visiting|are visiting|is currently visiting)\b", re.IGNORECASE)
"""A visit's beginning, or its course, in the present: now, or ahead when dated after the
page ("is visiting Moscow next week")."""


_AHEAD = re.compile(r"(?:next|tomorrow|later this|in the coming|the coming)\b", re.IGNORECASE)


_STATE_NOW = re.compile(r"(?:is|are|has|have)\b", re.IGNORECASE)
"""How a phrase of the event going on opens when it tells a state, not a timetable: "is
meeting", "is in", "has arrived" (not "arrives" or "lands", which a timetable uses too)."""


def _going_on(group: list[Frame], rules: Rules) -> bool:
    """Some sentence about the event says, before any word of the future in it, that the
    event is going on as the page is written ("is meeting his counterpart in Pretoria", "is
    in Russia on a visit and will see Medvedev"): the plans beside it ("the two are to talk
    over") are the rest of a visit under way, not a visit still ahead."""
    for frame in group:
        text = frame.sentence.text
        first_future = min((hit.start for hit in rules.future.find(text)), default=len(text))
        if any(hit.start < first_future and _STATE_NOW.match(hit.phrase) for hit in rules.as_it_happens.find(text)):
            return True
    return False


_PLANS_OF_A_VISIT = (Status.ANNOUNCED, Status.INVITED)
"""The statuses a visit's programme ahead, or the invitation it was made on, lend a visit
whose visitor is already there."""


def _there_now(group: list[Frame], place: Place, rules: Rules) -> bool:
    """Some sentence about the event says that the visitor is in the event's country as the
    page is written ("is in Moscow", "is now in Sochi on a visit", "has arrived in Hanoi"),
    before any word of the future in it: the place named first after that phrase is in the
    event's country (not "is in Beijing and will go on to Pyongyang", for Pyongyang's visit)."""
    for frame in group:
        text = frame.sentence.text
        start, end = frame.clause or (0, len(text))  # a stop's own clause, of a sentence telling two
        first_future = min((hit.start for hit in rules.future.find(text)), default=len(text))
        for hit in rules.as_it_happens.find(text):
            if not start <= hit.start < min(end, first_future) or not _STATE_NOW.match(hit.phrase):
                continue
            after = sorted((at, p) for at, p in frame.place_hits if at >= hit.end)
            if after and after[0][1].country == place.country:
                return True
    return False


def _day_after_the_arrival(group: list[Frame], published: PartialDate | None, told_ahead: bool = False) -> bool:
    """A day named in the group's sentences (not an arrival's, a departure's or the report's)
    after the day the leaders arrived (the arrival's own day, else the page's), in whatever
    tense the sentence tells it ("for the summit, which runs from tomorrow to Saturday"), or
    with `told_ahead` only in a sentence in the future: what they came for is still ahead."""
    arrivals = [m.date for f in group if f.arrived for m in f.dates if m.arrival and not m.reporting and m.date is not None]
    since = arrivals[0] if arrivals else published
    if since is None or since.precision is not DatePrecision.DAY:
        return False
    return any(
        m.date is not None and m.date.precision is DatePrecision.DAY and m.date.first_day() > since.last_day()
        for f in group if f.future or not told_ahead for m in f.dates
        if not (m.arrival or m.departure or m.reporting or m.since)
    )


def _time_ahead(frame: Frame, at: int) -> bool:
    """The first time named after the status cue at `at`, in its clause, is still ahead
    ("meets Trump ... next week"), whatever the page's date."""
    first = _first_time_in_clause_after(frame, at)
    return first is not None and _AHEAD.match(first.text) is not None


def _first_time_in_clause_after(frame: Frame, at: int) -> DateMention | None:
    """The first time named after `at` in its sentence, when no comma or semicolon stands
    between: in the same clause as the word at `at` ("meets Trump next week")."""
    after = sorted((m for m in frame.dates if m.start > at and not m.reporting), key=lambda m: m.start)
    if not after or re.search(r"[;,]", frame.sentence.text[at : after[0].start]):
        return None
    return after[0]


def _present_for_a_day_ahead(frame: Frame, at: int, published: PartialDate | None) -> bool:
    """The status cue at `at` is a present ("hosts", "meets") and the first time named after
    it, in its clause, is a day after the page's own ("hosts Modi on February 21", in the
    paper of the 15th): a timetable's present, not the day's news."""
    if not _HEADLINE_PRESENT.match(frame.sentence.text, at):
        return False
    first = _first_time_in_clause_after(frame, at)
    return first is not None and _usable(first) and first.date is not None and first.date.precision is DatePrecision.DAY and _after(first.date, published)


def _after(date: PartialDate | None, published: PartialDate | None) -> bool:
    """`date` is known, and begins after the page's own date is over."""
    return date is not None and published is not None and date.first_day() > published.last_day()


def _usable(mention: DateMention) -> bool:
    return mention.date is not None and not mention.since and not mention.reporting and not mention.departure


def _when(
    group: list[Frame],
    sentences: list[Sentence],
    published: PartialDate | None,
    status: Status,
    place: Place,
    kind: str,
    rules: Rules,
    under_way: bool = False,
    guessed: bool = False,
) -> tuple[PartialDate | None, PartialDate | None, str]:
    """(date, end, doubt): exact dates first, then months, then years; weekdays for what happened.
    `under_way`: the visit is held on the word of an arrival alone; `guessed`: its status was
    guessed from the dates and the tense, no phrase telling it."""
    days_before = _days_before(group, rules) if status is Status.HELD else None
    if days_before is not None:
        return days_before, None, ""
    mentions = [m for f in group for m in f.dates if _usable(m)]
    happened = status in (Status.HELD,)
    # A weekday dates the event when it happened ("met on Thursday") or is planned in so
    # many words ("will hold talks on Thursday"); "said on Monday" dates only the report.
    exact = [
        m for m in mentions
        if m.kind in _EXACT
        # In a visit held on the arrival's word, only the arrival's weekday dates it: the
        # others are more often the talks still ahead.
        or m.kind == "weekday" and (
            m.arrival if under_way
            else happened or _planned_on(m, group) or m.text.lower().endswith(("'s", "’s"))
            or m.arrival and _after_day(m, published)  # "arrives on Thursday", in Tuesday's paper
        )
        or m.kind == "relative" and m.date is not None and m.date.precision is DatePrecision.DAY
    ]
    exact = [m for m in exact if _direction_ok(m.date, published, status)]  # type: ignore[arg-type]
    exact = [m for m in exact if not _weekday_of_a_months_page(m, published)]  # a month, no day: see `months`
    # An anniversary months before the article is the occasion's year, not the meeting's day.
    exact = [m for m in exact if not (m.kind == "anniversary" and published and well_before(m.date, published))]  # type: ignore[arg-type]
    if status is not Status.HELD and kind != "visit":
        # The day of an arrival dates a meeting only once the meeting has happened ("arrives
        # on Wednesday, a day before the summit"); it is the first day of a visit.
        exact = [m for m in exact if not m.arrival]
    if status is Status.RUMOURED:
        # A rumour is dated to the day only by its occasion (Victory Day), or by the day
        # given for the trip in the trip's own words ("to visit India on April 30"), not by
        # any day its article happens to mention.
        own_day = {id(m) for f in group for m in f.dates if _trip_on(f.sentence.text, m, place, rules)}
        exact = [m for m in exact if m.kind in ("anniversary", "occasion") or id(m) in own_day]
    if exact:
        # A written date before a weekday; for a plan, a day after the article before one on it.
        # The day of the meeting before the day of the arrival; a visit held on the arrival's
        # word is dated by the arrival, not by talks ahead.
        # A day the meeting opened on is its first ("the two-day summit had opened on Wednesday").
        opened = {id(m) for f in group for m in f.dates if _opens(f.sentence.text, m, rules)}
        best = min(exact, key=lambda m: (
            under_way and not m.arrival, not (happened and id(m) in opened), m.kind == "weekday",
            not happened and not _after_day(m, published), m.arrival,
        ))
        stay = _stay(group) if status is Status.HELD else None
        if stay is not None and stay[1] == best.date:
            return stay[0], stay[1], ""  # the day it ended, of a stay of so many days
        return best.date, best.end, ""
    stay = _stay(group) if status is Status.HELD else None
    if stay is not None:
        return stay[0], stay[1], ""
    # A day beside the city, in a visit under way, is more often the talks' still ahead.
    leaders = frozenset(l for f in group for l in f.leaders)
    beside = None if under_way else _day_beside(sentences, published, status, place, rules, leaders)
    if beside is not None:
        return beside, None, ""
    occasion = _occasion_day(sentences, published, rules) if kind == "ceremony" else None
    if occasion is not None:
        return occasion, None, ""
    months = _new_date_first([
        m for m in mentions
        if m.date and m.date.precision is DatePrecision.MONTH and _direction_ok(m.date, published, status)
    ], status)
    # A month a text names before the page's month a weekday falls in ("put off to June", in
    # a March paper that dates the decision "on Thursday").
    months.sort(key=lambda m: _weekday_of_a_months_page(m, published))
    as_it_happens = happened and published is not None and published.precision is DatePrecision.DAY and any(
        rules.as_it_happens.find(f.sentence.text) for f in group
    )
    if months and as_it_happens and months[0].date.contains(published):  # type: ignore[union-attr,arg-type]
        # "has arrived in Beijing" on the page's day, in a month the text names: that day.
        return published, None, "the article reports it as happening: its own date"
    if months:
        month: PartialDate = months[0].date  # type: ignore[assignment]
        return *_narrowed(month, sentences, published, status, place, kind, rules), ""
    # A year is held to the same direction as a month: a visit held is not dated by the year
    # a sentence names for what came after the page ("named to take over in 2012", in 2010).
    years = _new_date_first([
        m for m in mentions
        if m.date and m.date.precision is DatePrecision.YEAR and _direction_ok(m.date, published, status)
    ], status)
    # A year another thing's, or a trip's looked back on, does not date a visit held by itself
    # (it still may narrow to a day the page gives the visit).
    others = _years_of_other_things(group, rules) if happened else set()
    for year in years:
        # "next year" narrows to the day the page gives for the visit's state dinner at the White House.
        date, end = _narrowed(year.date, sentences, published, status, place, kind, rules)  # type: ignore[arg-type]
        if date.precision is not DatePrecision.YEAR or id(year) not in others:
            return date, end, ""
    posted = _posted_on(group, sentences, published, rules) if happened else None
    if posted is not None:
        return posted, None, "no date given but the embedded post's that tells it: that day"
    if published is None:
        return None, None, "no date given, and the article's own date is unknown"
    if happened and published.precision is DatePrecision.DAY and _told_as_happening(group, rules):
        return published, None, "no date given; the article reports it as happening: its own date"
    if happened and published.precision is DatePrecision.DAY and _arrival_is_the_news(group, rules):
        return published, None, "no date given; the article reports an arrival: its own date"
    if happened and published.precision is DatePrecision.DAY and _hour_told(sentences, published, place, leaders, rules):
        return published, None, "no date given; the article tells the hour it happened: its own date"
    if happened and published.precision is DatePrecision.DAY and _headline_tells_the_meeting(group):
        # "Orban meets Putin in Moscow" over a text giving no day: the headline's present is
        # the news of the page's day, as the golds read it (README, gold conventions).
        return published, None, "no date given; the headline tells the meeting in the present: the page's date"
    if happened and not guessed and not any(f.future for f in group) and not _no_finer_than_the_month(group, published):
        # A visit is dated by the day it begins: one held ("received", "held talks") on a
        # page dated to the day that gives no day of it, and no arrival, is undated, not
        # guessed to the page's month. Not when "held" is itself a guess, nor when a
        # sentence about it speaks of what is ahead: the page may tell a plan of the page's
        # month the reading took for held, and the month is then its time.
        return None, None, "no day given for when it began: unknown (a date is required, so the page's year stands in)"
    under_way_now = any(f.arrived or rules.as_it_happens.find(f.sentence.text) for f in group)  # "are in Beijing"
    # Staying away ("has not come to the forum") is from an occasion under way: the page's month.
    if happened or status is Status.DECLINED or under_way_now:
        month = PartialDate(published.year, published.month)
        return month, None, "no date given; assumed the month of publication"
    # A visit invited, planned, announced or called off with no time at all is not dated by
    # its page's year or month: nothing rests on a guess.
    return None, None, "the page gives no time for it: unknown (a date is required, so the page's year stands in)"


_AN_EARLIER_TRIP = re.compile(r"\b(?:last|previous|prior|earlier|that)\s+(?:\w+\s+)?(?:visit|trip|journey|tour)\b", re.IGNORECASE)
"""A trip before the one now told ("Modi's last visit to Germany", "on that 2007 trip")."""


def _years_of_other_things(group: list[Frame], rules: Rules) -> set[int]:
    """ids of the bare years ("in 2010") the group's sentences give to something other than a
    trip of now: a year with no trip word within a few words of it in its clause ("the treaty
    Britain signed in 2010", "the war of 2022"), or one whose clause looks back ("his last
    visit was in 2017"). A visit held is dated by a year only when the year is a trip's ("his
    first visit to China in 2019", "Putin's 2025 visit")."""
    other: set[int] = set()
    for frame in group:
        text = frame.sentence.text
        for mention in frame.dates:
            if mention.kind != "year":
                continue
            start, end = _clause_around(text, mention.start, mention.start + len(mention.text))
            clause = text[start:end]
            before = text[start : mention.start].split()[-5:]
            after = text[mention.start + len(mention.text) : end].split()[:5]
            near = " ".join([*before, mention.text, *after])
            if not rules.trip.find(near) or rules.looking_back.find(clause) or _AN_EARLIER_TRIP.search(clause):
                other.add(id(mention))
    return other


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause holding text[start:end]: from the comma, semicolon or dash before
    it to the one after it."""
    before = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)]
    after = _CLAUSE_MARK.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


_CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]")


_IN_ITS_COURSE = re.compile(r"(?:is|are)\s+(?:currently\s+|now\s+)?visiting", re.IGNORECASE)
"""A visit told in its course ("is visiting India"): under way, but not begun that day,
unlike "has arrived" or "is meeting". Not "is on a visit", which the golds date to the
page's day (a leader "on a visit" now, as a glossed Hindi page tells it)."""


def _told_as_happening(group: list[Frame], rules: Rules) -> bool:
    """Some sentence about the event tells it happening as the page is written, by more than
    a visit's course: "is visiting India" alone gives no day the visit began, so it does not
    date the visit to the page's day (a visit is dated by the day it begins)."""
    return any(
        not _IN_ITS_COURSE.fullmatch(hit.phrase) for f in group for hit in rules.as_it_happens.find(f.sentence.text)
    ) or any(_told_as_just_held(f.sentence.text, rules) for f in group)


_HEADLINE_MEETING = re.compile(r"\b(?:meets|meet|receives|hosts|welcomes|holds?\s+(?:\w+\s+)?(?:talks|meeting))\b", re.IGNORECASE)
"""A headline's present of a meeting ("Xi meets Lula", "Starmer and Xi meet in Beijing", "Xi,
Trump hold landmark meeting")."""

_NO_PRESENT_BEFORE = re.compile(r"\b(?:to|will|would|shall|can|could|may|might|should|do|does|did)\s+$", re.IGNORECASE)
"""A word before the verb that makes it no present: a plan ("to meet", "will meet") or a
past ("did meet")."""


def _headline_tells_the_meeting(group: list[Frame]) -> bool:
    """A headline about the event tells its meeting in the present ("Xi meets Saudi crown
    prince"): news headlines tell in the present what has just happened, so a meeting held
    that the page gives no day of is of the page's own day. A question ("Why did Kim meet
    Hu?") tells no news of a day."""
    return any(
        not _NO_PRESENT_BEFORE.search(f.sentence.text[: hit.start()])
        for f in group if f.sentence.headline and not f.sentence.text.rstrip().endswith("?")
        for hit in _HEADLINE_MEETING.finditer(f.sentence.text)
    )


def _told_as_just_held(text: str, rules: Rules) -> bool:
    """The sentence tells the meeting in the present perfect ("Xi has welcomed Moon in
    Beijing", "the two have held talks"): the page's news, held the day it is written. Not
    when its clause counts or looks back ("have held talks twice before", "has held talks
    with him since 2019"): that is a record of meetings, no news of one."""
    return any(
        not _COUNTED.search(text[hit.end : _clause_around(text, hit.start, hit.end)[1]])
        for hit in rules.just_held.find(text)
    )


_COUNTED = re.compile(
    r"\b(?:since|before|ever|already|once(?! again)|twice|times|so far|previously|many|several|regularly|more often|often)\b", re.IGNORECASE
)
"""Words after a present perfect that make it a record ("twice", "since 2019", "so far"), no news of one meeting."""


def _no_finer_than_the_month(group: list[Frame], published: PartialDate) -> bool:
    """The page settles the month of what it tells and no finer: the page is dated to its
    month alone (what it reports is of that month; a page dated to its year alone settles no
    month), or the sentences date only the report of it ("according to a Friday report"), so
    the event is of that report's month, its own day untold."""
    return published.precision is DatePrecision.MONTH or any(
        m.reporting and m.date is not None and m.date.year == published.year and m.date.month == published.month
        for f in group for m in f.dates
    )


def _weekday_of_a_months_page(mention: DateMention, published: PartialDate | None) -> bool:
    """A weekday on a page dated to its month alone: a day of that month, told neither
    before nor after the page, so no witness of whether the event is past or ahead."""
    return mention.kind == "weekday" and published is not None and published.day is None


def _trip_on(text: str, mention: DateMention, place: Place, rules: Rules) -> bool:
    """`mention` is the day a trip word gives for the trip to `place`, straight after them:
    "to visit India on April 30", "ready to come to New Delhi on April 30-May 1"."""
    before = text[: mention.start]
    for hit in rules.places.find(before):
        if hit.value.country != place.country or not re.fullmatch(r"\s*(?:on|from|between)?\s*", before[hit.end :], re.IGNORECASE):
            continue
        if any(re.fullmatch(r"\s+(?:to\s+)?(?:the\s+)?", text[trip.end : hit.start]) for trip in rules.trip.find(before[: hit.start])):
            return True
    return False


def _narrowed(
    period: PartialDate, sentences: list[Sentence], published: PartialDate | None, status: Status, place: Place, kind: str, rules: Rules
) -> tuple[PartialDate, PartialDate | None]:
    """(date, end): "in May" or "next year" narrowed to a day when the article dates the
    occasion itself within it ("on May 9"), in a sentence naming its city (as any of the
    gazetteer's names for it: "at the White House") or its kind; a rumour only by a sentence
    naming its kind ("the informal meeting ..., between October 11 and 13")."""
    words = [w.lower() for w in ([place.city] if place.city else []) + _kind_words(kind, rules) if w]
    for sentence in sentences:
        lowered = sentence.text.lower()
        at_place = place.city is not None and any(hit.value.city == place.city for hit in rules.places.find(sentence.text))
        named = any(re.search(rf"\b{re.escape(word)}\b", lowered) for word in _kind_words(kind, rules))
        if not at_place and not any(word in lowered for word in words) or status is Status.RUMOURED and not named:
            continue  # a rumour is narrowed only by a day given for the meeting itself, not its city's other news
        for mention in find_dates(sentence.text, published, rules, bool(rules.future.find(sentence.text))):
            if (
                _usable(mention)
                and mention.kind in _EXACT
                and period.contains(mention.date)  # type: ignore[arg-type]
                and _direction_ok(mention.date, published, status)  # type: ignore[arg-type]
            ):
                return mention.date, mention.end  # type: ignore[return-value]
    return period, None


_DAYS_AFTER = re.compile(r"\b(a|one|two|three|four|[1-4])\s+days?\s+after\s+(?=\w+ing\b)", re.IGNORECASE)
"""The same subject's earlier act ("a day after holding talks"), not another's ("two days
after Kim's sister visited Moscow", another story: see extract's earlier news)."""


def _days_before(group: list[Frame], rules: Rules) -> PartialDate | None:
    """"left Russia on Thursday, a day after holding talks with Medvedev": the talks were on
    the Wednesday, counted back from the day the sentence dates before it; "sat down on
    Thursday, on the second day of May's first trip to China": the trip began the day before."""
    for frame in group:
        text = frame.sentence.text
        counts = [
            *((after, 30, 1 if after.group(1).lower() in ("a", "one") else _NUMBERS.get(after.group(1).lower()) or int(after.group(1)))
              for after in _DAYS_AFTER.finditer(text)),
            *((nth, 40, _NTH[nth.group(1).lower()] - 1) for nth in _NTH_DAY_OF.finditer(text)),
        ]
        for found, reach, days in counts:
            if not any(0 <= hit.start - found.end() <= reach for hit in rules.trip.find(text)):
                continue
            anchors = [m for m in frame.dates if m.start < found.start() and m.date is not None and m.date.precision is DatePrecision.DAY]
            if anchors and anchors[-1].date is not None:
                return PartialDate.from_date(anchors[-1].date.first_day() - dt.timedelta(days=days))
    return None


_NTH_DAY_OF = re.compile(r"\bon (?:the )?(second|third|fourth|fifth|2nd|3rd|4th|5th) day of\b", re.IGNORECASE)
_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


_LENGTH = re.compile(r"\b(two|three|four|five|six|seven|eight|[2-9])[- ]day\b", re.IGNORECASE)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


_ENDING_WORDS = r"\b(?:wrapped up|wraps up|concluded|concludes|ended|ends|rounded off|rounds off)\b"
_ENDED = re.compile(rf"{_ENDING_WORDS}[^,;]*$", re.IGNORECASE)
_ENDED_AFTER = re.compile(rf"[^;.]*?{_ENDING_WORDS}", re.IGNORECASE)
"""The end told after the day that opens the sentence ("On Thursday, Macron wrapped up a
three-day visit")."""
_OPENING_WORD = re.compile(r"\W*(?:[\w'’]+\s+)?")
"""At most one word before the day that opens a sentence ("On", or an article a gloss left)."""


def _stay(group: list[Frame]) -> tuple[PartialDate, PartialDate] | None:
    """(first, last day) of a visit told by its end: "left Pyongyang on Friday after a two-day
    state visit", "wrapped up a three-day visit on Thursday", "On Thursday, Macron ended a
    three-day visit": it began days before."""
    for frame in group:
        length = _LENGTH.search(frame.sentence.text)
        for mention in frame.dates:
            day = mention.date
            text = frame.sentence.text
            ended = (
                mention.departure or _ENDED.search(text[: mention.start])
                or (_OPENING_WORD.fullmatch(text[: mention.start]) and _ENDED_AFTER.match(text, mention.start + len(mention.text)))
            )
            if length and ended and day is not None and day.precision is DatePrecision.DAY:
                days = int(_NUMBERS.get(length.group(1).lower(), length.group(1)))
                return PartialDate.from_date(day.first_day() - dt.timedelta(days=days - 1)), day
    return None


def _day_beside(
    sentences: list[Sentence], published: PartialDate | None, status: Status, place: Place, rules: Rules,
    leaders: frozenset[str] = frozenset(),
) -> PartialDate | None:
    """For what happened: a day named in a sentence about the event's city though not about
    its leaders ("The September 29 talks in Sochi", "The train pulled into the Chinese capital
    on Monday"), or in one naming all its leaders though no meeting ("On Tuesday Kishida and
    Albanese agreed to work together"), when it lies within days of the article: the day of
    the news it reports."""
    if status is not Status.HELD or published is None or published.precision is not DatePrecision.DAY or not place.city:
        return None
    names = {normal(name) for name in rules.places.phrases_for(place)}

    def of_its_leaders(text: str) -> bool:
        # Each leader by name, and no call or letter between them.
        named = {hit.value for hit in rules.names.find(text)}
        return len(leaders) >= 2 and leaders <= named and not rules.not_a_visit.find(text) and not rules.looking_back.find(text)

    for sentence in sentences:
        if not any(normal(hit.phrase) in names for hit in rules.places.find(sentence.text)) and not of_its_leaders(sentence.text):
            continue
        for mention in find_dates(sentence.text, published, rules, bool(rules.future.find(sentence.text))):
            day = mention.date
            if not _usable(mention) or day is None or day.precision is not DatePrecision.DAY:
                continue
            # Not a day after the page: what happened is behind it; a day ahead is the programme.
            if published.first_day() - dt.timedelta(days=10) <= day.first_day() <= published.last_day():
                return day
    return None


def _hour_told(sentences: list[Sentence], published: PartialDate, place: Place, leaders: frozenset[str], rules: Rules) -> bool:
    """A sentence about the event (naming its city or all its leaders) tells the hour of it
    and no day ("Obama entered the Casa Rosada at 10.58"): a report of the page's own day."""
    names = {normal(name) for name in rules.places.phrases_for(place)} if place.city else set()
    for sentence in sentences:
        text = sentence.text
        at_place = any(normal(hit.phrase) in names for hit in rules.places.find(text))
        of_leaders = len(leaders) >= 2 and leaders <= {hit.value for hit in rules.names.find(text)}
        if (at_place or of_leaders) and _HOUR.search(text) and not find_dates(text, published, rules, False):
            return True
    return False


_HOUR = re.compile(
    r"\b(?:at|around|to las|a las|to la|a la|às|alle|um)\s+(?:[01]?\d|2[0-3])[:.h][0-5]\d\b(?![.,]?\d)"
    r"|\b(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|local time)",
    re.IGNORECASE,
)
"""An hour of the day: "at 10.58", "a las 10.58" (glossed "to las"), "às 15h52", "3:52 pm"."""


def _occasion_day(sentences: list[Sentence], published: PartialDate | None, rules: Rules) -> PartialDate | None:
    """For an occasion its own sentences do not date ("did not travel to Moscow for the
    celebrations"): the one day of an anniversary the article names, within weeks of it."""
    days = {
        mention.date
        for sentence in sentences
        for mention in find_dates(sentence.text, published, rules, False)
        if mention.kind in ("anniversary", "occasion") and mention.date is not None
        and mention.date.precision is DatePrecision.DAY
        and (published is None or abs((mention.date.first_day() - published.first_day()).days) <= 45)
    }
    return days.pop() if len(days) == 1 else None


def _new_date_first(mentions: list[DateMention], status: Status) -> list[DateMention]:
    """For a trip put off, the month or year it was put off until ("had hoped for this year,
    put off until 2019") before the one it had been meant for."""
    if status is not Status.POSTPONED:
        return mentions
    return sorted(mentions, key=lambda m: not m.text.lower().startswith(("until", "till", "into", "to ")))


def _opens(text: str, mention: DateMention, rules: Rules) -> bool:
    """The date is in a clause about the event's opening ("had opened with a dinner on Wednesday")."""
    clause = re.split(r"[,;]|\band\b|\bbut\b", text[: mention.start])[-1]
    return bool(rules.opening.find(clause))


def _after_day(mention: DateMention, published: PartialDate | None) -> bool:
    return published is not None and mention.date is not None and mention.date.first_day() > published.last_day()


def _planned_on(mention: DateMention, group: list[Frame]) -> bool:
    return any(mention in f.dates and f.future for f in group)


def _kind_words(kind: str, rules: Rules) -> list[str]:
    """The cue file's words for a kind of event, except for the generic "visit"."""
    return rules.kinds.phrases_for(kind) + rules.named_kinds.phrases_for(kind) if kind != "visit" else []


def _direction_ok(date: PartialDate, published: PartialDate | None, status: Status) -> bool:
    """A plan lies ahead of the article, what happened lies behind it (a day's slack)."""
    if published is None:
        return True
    if status is Status.HELD:
        # A day ahead: across the date line ("early Thursday local time", on Wednesday's page).
        return date.first_day() <= published.last_day() + dt.timedelta(days=1)
    if status in (Status.ANNOUNCED, Status.CONFIRMED, Status.INVITED, Status.RUMOURED, Status.POSTPONED):
        return date.last_day() >= published.first_day()
    return True


def _reported(group: list[Frame], published: PartialDate | None, status: Status) -> PartialDate | None:
    """The day of the development: "the Kremlin said on Thursday", else the publication date."""
    if published is None:
        return None
    for frame in group:
        if status not in frame.statuses:
            continue
        for mention in frame.dates:
            if mention.reporting and mention.date is not None and mention.date <= published:
                return mention.date
    return published


_POST_TAIL = re.compile(r"\(@\w+\)\s*(?P<date>[^()]{6,30}?)\s*$")
"""An embedded post's tail, as a pasted page prints it: the account's handle in brackets,
then the day it was posted ("— PMO India (@PMOIndia) September 16, 2022")."""


def _posted_on(group: list[Frame], sentences: list[Sentence], published: PartialDate | None, rules: Rules) -> PartialDate | None:
    """The day of an embedded post that tells the event ("has landed in Washington", "held
    talks in Samarkand"): the post's sentences run on one line to its tail, whose day is
    the post's; none after the page's own day."""
    lines = {f.sentence.line for f in group if f.sentence.line is not None}
    for sentence in sentences:
        tail = _POST_TAIL.search(sentence.text)
        if tail is None or sentence.line not in lines:
            continue
        if not any(f.sentence.line == sentence.line and f.sentence.index <= sentence.index for f in group):
            continue
        days = [
            m.date for m in find_dates(tail.group("date"), published, rules, future=False)
            if m.kind == "full" and m.date is not None and m.date.precision is DatePrecision.DAY
        ]
        if days and (published is None or not _after(days[0], published)):
            return days[0]
    return None


def _arrival_is_the_news(group: list[Frame], rules: Rules) -> bool:
    """"arrived in Minsk", with no day: the arrival is the page's news, told the day it
    began; not so in a page retelling another's report of it ("according to a Friday report"),
    which may be a day or more older than the page. A welcome or a greeting is the arrival
    cues' too, but tells a reception, a meeting the page may give no day for ("Macri welcomed
    Netanyahu on the second day of his visit"): an arrival here only at an airport."""
    travelled = any(
        f.arrived and any(
            not hit.phrase.lower().startswith(_RECEPTION_WORDS) or _AIRPORT.search(f.sentence.text)
            for hit in rules.arrival.find(f.sentence.text)
        )
        for f in group
    )
    return travelled and not any(m.reporting for f in group for m in f.dates)


_RECEPTION_WORDS = ("welcome", "greet", "was welcomed", "was greeted")
"""The arrival cues that tell a reception rather than a journey's end."""

_AIRPORT = re.compile(r"\b(?:airport|airfield|air ?base|airforce base|air force base|tarmac)s?\b", re.IGNORECASE)
"""Where a welcome is a journey's end ("welcomed by a guard of honour at the airport")."""
