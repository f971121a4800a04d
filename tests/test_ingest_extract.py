"""Stages 3-4: leaders through aliases, places through the gazetteer, status and who went where."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import REPO

from tracker.content.model import PartialDate, Status
from tracker.ingest import analyse
from tracker.ingest.clean import InputError
from tracker.ingest.extract import EventDraft, _occasion_as_a_time, find_leaders
from tracker.ingest.rules import Rules

TODAY = dt.date(2026, 1, 1)


@pytest.mark.parametrize(
    ("text", "when", "leaders"),
    [
        ("Kim Jong-un left Pyongyang.", "2015", ["kim-jong-un"]),
        ("Kim Jong-Un left Pyongyang.", "2015", ["kim-jong-un"]),
        ("Kim Jong Un left Pyongyang.", "2015", ["kim-jong-un"]),
        ("The North Korean leader left Pyongyang.", "2015", ["kim-jong-un"]),
        ("The North Korean leader left Pyongyang.", "2005", ["kim-jong-il"]),
        ("The late North Korean leader Kim Jong-Il visited Russia.", "2015", ["kim-jong-il"]),
        ("The Russian president met him.", "2010", ["dmitry-medvedev"]),
        ("The Russian president met him.", "2015", ["vladimir-putin"]),
        ("The Russian leader met him.", "2015", ["vladimir-putin"]),
        ("The Kremlin chief met him.", "2009", ["dmitry-medvedev"]),
        ("Kim met Putin.", "2019", ["kim-jong-un", "vladimir-putin"]),
        ("His daughter Kim Ju-ae and writer Hyung-jin Kim came.", "2019", []),
        ("North Korea's Kim to visit Moscow.", "2015", ["kim-jong-un"]),
        # A leader's surname after a first name not the leader's is someone else; after a place, his.
        ("His wife Lyudmila Putin did not come.", "2012", []),
        ("In Pyongyang Putin met him.", "2024", ["vladimir-putin"]),
        ("In early June Putin met him.", "2024", ["vladimir-putin"]),
        ("Lyudmila Putin, his wife, did not come.", "2012", []),
        ("President Putin met him.", "2024", ["vladimir-putin"]),
    ],
)
def test_leaders_through_aliases_and_titles(rules: Rules, text: str, when: str, leaders: list[str]) -> None:
    found = [leader for _, leader in find_leaders(text, PartialDate.parse(when), rules, set())]
    assert found == leaders


def draft(rules: Rules, text: str):
    return analyse(text.encode(), "a.txt", rules, TODAY)


def draft_on(rules: Rules, text: str, published: str):
    """What the ingester drafts from `text`, published on `published`."""
    return analyse(text.encode(), "a.txt", rules, TODAY, published=PartialDate.parse(published))


def one_event(rules: Rules, text: str, published: str) -> EventDraft:
    """The one event drafted from `text`, published on `published`."""
    (event,) = draft_on(rules, text, published).events
    return event


def test_a_spokesman_and_a_past_meeting_are_no_participants(rules: Rules) -> None:
    analysis = draft(rules, "\n".join([
        "Kremlin confirms Kim to visit Moscow",
        "January 28, 2015",
        "North Korean leader Kim Jong Un will visit Moscow in May, President Vladimir Putin's spokesman Dmitry Peskov said.",
        "The late Kim Jong Il visited Russia in August 2011 for a meeting with Dmitry Medvedev.",
    ]))
    (event,) = analysis.events
    assert (event.visitor, event.host, event.leaders) == ("kim-jong-un", "vladimir-putin", ("kim-jong-un", "vladimir-putin"))
    assert (event.place.city, event.place.country, str(event.date)) == ("Moscow", "RU", "2015-05")
    assert any("looks back" in warning for warning in analysis.warnings)


@pytest.mark.parametrize(
    ("text", "published", "visitor", "host"),
    [
        # Medvedev, president until 2012, in Pyongyang as deputy chairman of the Security Council.
        ("Medvedev meets Kim in Pyongyang\nDmitry Medvedev, deputy chairman of Russia's Security Council, "
         "met Kim Jong Un in Pyongyang on Friday.", "2025-10-11", "dmitry-medvedev", "kim-jong-un"),
        # Putin, prime minister from 2008 to 2012, receiving Kim Jong Il.
        ("Kim meets Putin\nPrime Minister Vladimir Putin met Kim Jong Il in Moscow on Friday.",
         "2010-05-15", "kim-jong-il", "vladimir-putin"),
    ],
)
def test_a_leader_named_in_another_office_than_the_tracked_one_makes_news(
    rules: Rules, text: str, published: str, visitor: str, host: str
) -> None:
    analysis = analyse(text.encode(), "a.txt", rules, TODAY, published=PartialDate.parse(published))
    (event,) = analysis.events
    assert (event.visitor, event.host, event.leaders) == (visitor, host, tuple(sorted({visitor, host})))
    assert not any("no longer in office" in warning for warning in analysis.warnings)


def test_a_leader_named_after_leaving_every_office_is_a_look_back(rules: Rules) -> None:
    text = "Kim Jong Il in Moscow\nKim Jong Il met Vladimir Putin in Moscow on Friday."
    analysis = analyse(text.encode(), "a.txt", rules, TODAY, published=PartialDate.parse("2015-05-09"))
    assert analysis.events == ()
    assert any("kim-jong-il no longer in office" in warning for warning in analysis.warnings)


def test_a_title_is_whoever_held_the_tracked_office_that_day(rules: Rules) -> None:
    """Medvedev held an office in 2025, but not the presidency: "the Russian president" is Putin."""
    text = "Kim in Moscow\nKim Jong Un met the Russian president in Moscow on Friday for talks on trade and security."
    event = one_event(rules, text, "2025-10-11")
    assert (event.visitor, event.host) == ("kim-jong-un", "vladimir-putin")


@pytest.mark.parametrize(
    ("text", "status", "date"),
    [
        # The leader has arrived: the visit is taking place, dated by its first day.
        ("Kim arrives in Vladivostok\nKim Jong Un arrived in Vladivostok on Wednesday ahead of "
         "talks with Vladimir Putin on Thursday.", "held", "2019-04-24"),
        ("Kim arrives for talks\nKim Jong Un arrived in Vladivostok on Wednesday. He will hold "
         "talks with Vladimir Putin on Thursday.", "held", "2019-04-24"),
        # The talks were held after the arrival: dated by the talks.
        ("Kim and Putin meet\nKim Jong Un, who arrived in Vladivostok on Tuesday to meet Vladimir "
         "Putin, held talks with him on Wednesday.", "held", "2019-04-24"),
        # Settled into the city: arrived, whatever comes next.
        ("Kim and Putin in Vladivostok\nKim Jong Un and Vladimir Putin settled into Vladivostok after long "
         "journeys.\nFew expect Kim will give much at the summit's opening on Thursday.", "held", None),
        # The arrival itself is still ahead.
        ("Kim to arrive on Friday\nKim Jong Un arrives in Vladivostok on April 26 and will hold talks "
         "with Vladimir Putin, the Kremlin confirmed.", "confirmed", None),
    ],
)
def test_a_visit_is_held_once_the_leader_has_arrived(rules: Rules, text: str, status: str, date: str | None) -> None:
    event = one_event(rules, text, "2019-04-24")
    assert event.status.value == status
    if date is not None:
        assert str(event.date) == date


@pytest.mark.parametrize(
    ("text", "status", "date"),
    [
        # No time at all for the trip: unknown, not the page's year.
        ("Putin asks Kim to Russia\nVladimir Putin has invited Kim Jong Un to visit Russia, the Kremlin "
         "said on Thursday. No date was set.", "invited", None),
        ("Kim visit being prepared\nThe Kremlin said on Thursday that a visit to Russia by Kim Jong Un was "
         "being prepared, but that no date had been agreed with Vladimir Putin.", "announced", None),
        ("Kim trip called off\nKim Jong Un's planned visit to Russia to meet Vladimir Putin has been called "
         "off, the Kremlin said on Thursday.", "cancelled", None),
        # A time given, however loose, keeps what it settles.
        ("Putin asks Kim to Russia this year\nVladimir Putin has invited Kim Jong Un to visit Russia this "
         "year, the Kremlin said on Thursday.", "invited", "2018"),
        ("Kim asked to Russia for the spring\nVladimir Putin invited Kim Jong Un to visit Russia between "
         "April and June, the Kremlin said on Thursday.", "invited", "2018"),
        ("Kim asked to Russia\nVladimir Putin invited Kim Jong Un to visit Russia from September to November, "
         "the Kremlin said on Thursday.", "invited", "2018"),
    ],
)
def test_a_plan_dated_by_nothing_on_its_page_has_an_unknown_date(
    rules: Rules, text: str, status: str, date: str | None
) -> None:
    event = one_event(rules, text, "2018-05-31")
    assert event.status.value == status
    assert (None if event.date is None else str(event.date)) == date
    if date is None:
        assert "the page gives no time for it" in event.doubts["date"]
        assert event.stand_in_date == PartialDate(2018)  # what an event file, which needs a date, is written with


@pytest.mark.parametrize(
    ("text", "status", "date"),
    [
        # Set off on the page's day for talks that day: the visit has begun, held.
        ("Xi leaves for Moscow\nChinese President Xi Jinping left Beijing on Wednesday morning on a "
         "three-day state visit to Russia. He is to hold talks with Vladimir Putin in Moscow in the afternoon.",
         "held", "2019-04-24"),
        ("Kim off to Vladivostok\nKim Jong Un has set off for Vladivostok, where he is due to hold talks "
         "with Vladimir Putin this afternoon, his office said.", "held", "2019-04-24"),
        # A visit begun is held; one that "begins" on a day still ahead is a timetable, confirmed.
        ("Xi begins state visit to Russia\nChinese President Xi Jinping began a state visit to Russia on Wednesday "
         "and will hold talks with Vladimir Putin in Moscow.", "held", "2019-04-24"),
        ("Xi to begin state visit on Friday\nChinese President Xi Jinping begins a state visit to Russia on Friday, "
         "during which he will hold talks with Vladimir Putin, the Kremlin said.", "confirmed", "2019-04-26"),
        # A visit told in its course is under way; the same present with a day ahead is a timetable.
        ("Xi in Russia\nChinese President Xi Jinping is visiting Russia this week for talks with Vladimir Putin.",
         "held", "2019-04-24"),
        ("Xi to Russia\nChinese President Xi Jinping is visiting Russia on Friday for talks with Vladimir Putin, "
         "the Kremlin said.", "confirmed", "2019-04-26"),
        # Set off for talks on a later day: on the way, confirmed.
        ("Kim sets off for Russia\nKim Jong Un left Pyongyang on Wednesday for Vladivostok, where he will hold "
         "talks with Vladimir Putin on Friday.", "confirmed", "2019-04-26"),
        # Setting off still ahead: no trip begun, its day fixed: confirmed.
        ("Xi to leave for Moscow\nChinese President Xi Jinping will leave Beijing on Friday for a state "
         "visit to Russia, and will hold talks with Vladimir Putin in Moscow in the afternoon.", "confirmed", "2019-04-26"),
    ],
)
def test_a_visit_is_held_from_the_day_it_begins(rules: Rules, text: str, status: str, date: str) -> None:
    event = one_event(rules, text, "2019-04-24")
    assert (event.status.value, str(event.date)) == (status, date)


@pytest.mark.parametrize(
    "headline",
    [
        "Putin ends China trip",
        # A headline's clauses each tell their own trip: the Pyongyang trip is not wrapped up.
        "Putin wraps up Beijing trip, to visit Pyongyang next",
    ],
)
def test_a_page_with_a_visit_held_and_another_announced_for_later_drafts_both(rules: Rules, headline: str) -> None:
    analysis = draft_on(rules, "\n".join([
        headline,
        "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing on Thursday,"
        " wrapping up a two-day state visit to China.",
        "Putin will visit North Korea next month at the invitation of Kim Jong Un, the Kremlin said on Friday.",
    ]), "2024-05-17")
    found = sorted((e.status.value, str(e.date), e.host, e.place.country) for e in analysis.events)
    assert found == [("announced", "2024-06", "kim-jong-un", "KP"), ("held", "2024-05-16", "xi-jinping", "CN")]


def test_a_plan_named_beside_the_news_with_no_time_of_its_own_is_not_drafted(rules: Rules) -> None:
    analysis = draft_on(rules, "\n".join([
        "Putin ends China trip",
        "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing on Thursday.",
        "Putin, who is to visit North Korea at the invitation of Kim Jong Un, thanked Xi for his welcome.",
    ]), "2024-05-17")
    assert [(e.status.value, e.place.country) for e in analysis.events] == [("held", "CN")]
    assert any("also mentions a trip (announced visit)" in warning for warning in analysis.warnings)


def test_sentences_run_together_without_a_space_are_still_read(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Kim arrives in Vladivostok",
        "North Korean leader Kim Jong Un left Pyongyang by armoured train on Tuesday.He arrived in "
        "Vladivostok on Wednesday for a visit.Vladimir Putin is to hold talks with him on Thursday.",
    ]), "2019-04-24")
    assert (event.kind, event.status.value, str(event.date)) == ("visit", "held", "2019-04-24")


def test_a_phone_call_is_no_visit(rules: Rules) -> None:
    analysis = draft(rules, "\n".join([
        "Putin phones Kim",
        "Aug 12, 2025",
        "Russian President Vladimir Putin held a telephone conversation with Kim Jong Un on Tuesday about his meeting with Trump.",
    ]))
    assert analysis.events == ()
    assert analysis.warnings[-1] == "the article reports no visit or meeting: a source entry only, no event"


def test_a_call_in_which_a_leader_says_he_cannot_come_is_his_declining(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Modi tells Putin by phone he cannot attend summit in Moscow",
        "Prime Minister Narendra Modi and President Vladimir Putin spoke by telephone on Tuesday about trade.",
        "Modi told Putin he would not be able to come to the summit in Moscow, and that his foreign minister"
        " would attend for India, the Kremlin said.",
    ]), "2024-10-01")
    assert (event.status.value, event.visitor, event.host, event.place.city) == (
        "declined", "narendra-modi", "vladimir-putin", "Moscow"
    )


def test_an_undated_state_visit_to_a_monarchy_is_the_monarchs_and_a_visit_once_before_dates_nothing(world_rules: Rules) -> None:
    analysis = draft(world_rules, "\n".join([
        "Trump to make state visit to Britain",
        "President Donald Trump will make a state visit to Britain from June 3 to 5, when he will see the Queen"
        " at Buckingham Palace and meet Prime Minister Theresa May.",
        "Trump met the Queen once before, at Windsor Castle, on a working visit to the UK in July 2018.",
    ]))
    (event,) = analysis.events
    assert (event.status.value, event.date, event.visitor, event.host, event.place.country) == (
        "announced", None, "donald-trump", "elizabeth-ii", "GB"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Lula arrived in Moscow on Friday for the parade marking the victory over Nazi Germany in 1945.",
        # Portuguese: "the 80 years of the victory ... in the Second World War, in 1945".
        "Nesta sexta-feira, o presidente Lula está em Moscou para as comemorações dos 80 anos da vitória"
        " soviética na Segunda Guerra Mundial, em 1945.",
    ],
)
def test_the_year_an_occasion_marks_is_no_date_of_the_trip(world_rules: Rules, text: str) -> None:
    (event,) = draft(world_rules, f"Lula in Moscow\n{text}").events
    assert (event.visitor, event.kind, event.place.city, event.date) == (
        "luiz-inacio-lula-da-silva", "ceremony", "Moscow", None
    )


def test_a_meeting_still_ahead_named_after_the_trip_brings_no_leader_into_it(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Kim arrives in Beijing",
        "Kim Jong Un has reached Beijing as a four-day visit gets under way.",
        "The trip is seen as a way to agree positions with his ally before a possible second summit with US"
        " President Donald Trump.",
        "Both sides had announced the trip beforehand; Kim is in China at the invitation of Xi Jinping.",
    ]), "2019-01-08")
    assert (sorted(event.leaders), event.visitor, event.host, event.place.city) == (
        ["kim-jong-un", "xi-jinping"], "kim-jong-un", "xi-jinping", "Beijing"
    )


def test_a_leader_named_in_talk_of_another_meeting_is_not_among_those_meeting(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Kim in Beijing for talks",
        "Kim Jong Un arrived in Beijing on Tuesday for talks with Xi Jinping.",
        "It is his third trip to China this year, and it comes amid speculation about a new summit with US"
        " President Donald Trump.",
    ]), "2019-01-08")
    assert (sorted(event.leaders), event.visitor, event.host) == (["kim-jong-un", "xi-jinping"], "kim-jong-un", "xi-jinping")


@pytest.mark.parametrize(
    ("aside", "leaders"),
    [
        # A clause of its own about something else names a leader who meets nobody here.
        ("drawing sharp words from Russia's President Vladimir Putin", ["narendra-modi", "volodymyr-zelensky"]),
        # A clause that tells of his own trip keeps him in.
        ("with Russia's President Vladimir Putin expected to join them there", ["narendra-modi", "vladimir-putin", "volodymyr-zelensky"]),
    ],
)
def test_a_leader_named_in_a_clause_aside_from_the_trip_is_not_among_those_meeting(
    world_rules: Rules, aside: str, leaders: list[str]
) -> None:
    event = one_event(world_rules, "\n".join([
        "Modi in Kyiv",
        f"India's Prime Minister Narendra Modi met Volodymyr Zelensky in Kyiv on Friday, {aside}.",
    ]), "2024-08-23")
    assert sorted(event.leaders) == leaders


@pytest.mark.parametrize(
    "sentence",
    [
        # The first of a list of names after an opening phrase, set off by its commas.
        "On Monday, Prime Minister Narendra Modi, President Emmanuel Macron and Chancellor Olaf Scholz held talks in Berlin.",
        "In Berlin, Narendra Modi, Emmanuel Macron and Olaf Scholz held talks on Monday.",
    ],
)
def test_the_first_of_a_list_of_leaders_after_an_opening_phrase_is_among_those_meeting(world_rules: Rules, sentence: str) -> None:
    event = one_event(world_rules, "\n".join(["Three leaders in Berlin", sentence]), "2024-05-14")
    assert sorted(event.leaders) == ["emmanuel-macron", "narendra-modi", "olaf-scholz"]


def test_a_leader_in_a_clause_of_his_own_before_another_name_is_still_an_aside(world_rules: Rules) -> None:
    # Words of his own in the clause, not a name and a title alone: an aside, as before.
    event = one_event(world_rules, "\n".join([
        "Modi in Kyiv",
        "India's Prime Minister Narendra Modi met Volodymyr Zelensky in Kyiv on Friday, drawing sharp words from"
        " Vladimir Putin, Russia's President.",
    ]), "2024-08-23")
    assert sorted(event.leaders) == ["narendra-modi", "volodymyr-zelensky"]


@pytest.mark.parametrize(
    "sentence",
    [
        # An aside between commas after the name leaves the clause's verb after it.
        "Takaichi had led Japan for a week when President Donald Trump, on a trip to Tokyo, met her on Tuesday.",
        # "as president" names the office he acts in, not a clause about something else.
        "President Donald Trump held his first summit at the White House as president with Prime Minister"
        " Sanae Takaichi on Tuesday.",
    ],
)
def test_a_leader_in_a_clause_whose_verb_comes_after_an_aside_or_an_office_is_among_those_meeting(
    world_rules: Rules, sentence: str
) -> None:
    event = one_event(world_rules, "\n".join(["Trump and Takaichi", sentence]), "2025-10-30")
    assert sorted(event.leaders) == ["donald-trump", "sanae-takaichi"]


def test_a_clause_about_something_else_still_leaves_out_its_leader_after_an_aside(world_rules: Rules) -> None:
    # The aside is skipped, but the clause past it tells no trip: the one it names is no party.
    event = one_event(world_rules, "\n".join([
        "Kishida in Seoul",
        "Prime Minister Fumio Kishida met President Yoon Suk Yeol in Seoul on Sunday, as President Joe Biden,"
        " in a statement, praised the two.",
    ]), "2023-05-07")
    assert sorted(event.leaders) == ["fumio-kishida", "yoon-suk-yeol"]


def test_an_envoy_set_off_by_commas_before_his_verb_brings_no_leader_who_sent_him(world_rules: Rules) -> None:
    # The words after the comma are the main clause's verb, no aside: the envoy's sender stays out.
    analysis = draft_on(world_rules, "\n".join([
        "Kim receives envoy",
        "Wang Jiarui, a party official sent as special envoy by Chinese President Hu Jintao, was received on Tuesday"
        " by Kim Jong Il, the leader of the North, in Pyongyang.",
    ]), "2005-07-14")
    assert analysis.events == ()


def test_a_leader_who_says_he_could_not_come_to_anothers_inauguration_declines_it(world_rules: Rules) -> None:
    # Reported speech puts "cannot" back to "could not"; the inauguration is at its leader's home.
    event = one_event(world_rules, "\n".join([
        "Biden calls Milei",
        "President Joe Biden phoned Javier Milei on Wednesday to congratulate him.",
        "Biden said he was sorry he could not come to Milei's inauguration on December 10.",
    ]), "2023-11-23")
    assert (event.kind, event.status.value, event.place.country, event.visitor, event.host) == (
        "ceremony", "declined", "AR", "joe-biden", "javier-milei"
    )


def test_a_maybe_that_someone_could_not_come_declines_nothing(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Biden and Milei",
        "Biden could not come to Milei's inauguration on December 10, diplomats warned.",
    ]), "2023-11-23")
    assert all(event.status.value != "declined" for event in analysis.events)


def test_a_trilateral_summit_the_page_names_makes_no_summit_of_an_invitation_to_visit(world_rules: Rules) -> None:
    # The trilateral summit is a group's meeting, not the visit one leader is asked to make to the other.
    events = draft_on(world_rules, "\n".join([
        "Xi asks Abe to visit",
        "Chinese President Xi Jinping invited Prime Minister Shinzo Abe to visit China next year.",
        "Abe said he looked forward to the next Trilateral Summit of the region's leaders.",
    ]), "2018-05-10").events
    assert [(e.visitor, e.kind, e.place.country) for e in events] == [("shinzo-abe", "visit", "CN")]


def test_a_visit_to_a_host_the_page_names_only_as_inviting_is_a_visit_not_a_summit(world_rules: Rules) -> None:
    # The loose "talks" make no summit of a visit, nor does a summit that "could be held" elsewhere.
    event = one_event(world_rules, "\n".join([
        "Kim arrives in Beijing for talks",
        "Kim Jong Un has reached Beijing as a four-day visit gets under way.",
        "Officials met in Hanoi to look at places where a second summit could be held.",
        "Kim is in China at the invitation of Xi Jinping.",
    ]), "2019-01-08")
    assert (event.kind, event.visitor, event.host) == ("visit", "kim-jong-un", "xi-jinping")


def test_a_meeting_in_a_third_country_has_no_host(rules: Rules) -> None:
    analysis = draft(rules, "\n".join([
        "Kim and Putin meet in Beijing",
        "3 September 2025",
        "Kim Jong Un and Vladimir Putin held talks in Beijing on Wednesday, both having come for a parade.",
    ]))
    (event,) = analysis.events
    assert (event.visitor, event.host, event.place.country, str(event.date)) == (None, None, "CN", "2025-09-03")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Kim Jong Un has cancelled his planned visit to Moscow.", "cancelled"),
        ("Kim Jong Un will not attend the parade in Moscow.", "declined"),
        ("A summit between Putin and Kim Jong Un in Vladivostok has been postponed.", "postponed"),
        ("Kim Jong Un will visit Moscow in May, the Kremlin has confirmed.", "confirmed"),
        ("Kim Jong Un will visit Moscow in May.", "announced"),
        # On his way: the trip is under way, its talks still ahead.
        ("Kim Jong Un has set off for Moscow by train to hold talks with Putin.", "confirmed"),
        # Flown out for talks to come: set off by air, the trip under way, its talks still ahead.
        ("Kim Jong Un has flown out to Vladivostok, where he is to hold talks with Putin on Friday.", "confirmed"),
        ("Putin has invited Kim Jong Un to visit Russia.", "invited"),
        ("Kim Jong Un met Putin in Vladivostok on Thursday.", "held"),
        # A demand, a maybe, or a delay told as background decides nothing.
        ("Kim Jong Un will visit Moscow in May, though critics have asked for the trip to be called off.", "announced"),
        ("Kim Jong Un will visit Moscow in June, though he might not come at all, Seoul's analysts say.", "announced"),
        ("Kim Jong Un will visit Moscow, put off once already, in June.", "announced"),
        ("A year after postponing it, Kim Jong Un will visit Moscow in May.", "announced"),
        # "the UK" is a country.
        ("Kim Jong Un's visit to the UK has been put back.", "postponed"),
        # Missing a trip, deciding against it, putting it on ice.
        ("Kim Jong Un will miss the summit in Vladivostok next month, Moscow said.", "declined"),
        ("Kim Jong Un has decided against travelling to Vladivostok for talks with Putin.", "declined"),
        ("Kim Jong Un's planned visit to Moscow to meet Putin has been put on ice.", "postponed"),
        ("Kim Jong Un did not travel to Moscow for the talks with Putin.", "declined"),
        # "past visits": a noun for what went before, not a visit held.
        ("Going over past visits by the two leaders, Putin said Kim Jong Un would be in Moscow again next month.", "announced"),
        # Saying one cannot come, and who will come instead.
        ("Kim Jong Un told Putin he would not be able to come to the summit in Vladivostok.", "declined"),
        ("Kim Jong Un is unable to attend the parade in Moscow, and his premier will represent the country.", "declined"),
        # Not expected at an occasion, in another's words: he is not coming.
        ("The Kremlin says Kim Jong Un is not expected at the summit in Vladivostok, though his foreign minister will come.", "declined"),
        # Due somewhere, on the way there, received with a red carpet, welcome to come.
        ("Kim Jong Un is due in Moscow next month.", "announced"),
        ("Kim Jong Un is heading to Moscow for talks with Putin.", "confirmed"),
        ("Putin rolled out the red carpet for Kim Jong Un in Moscow on Thursday.", "held"),
        ("Putin said Kim Jong Un is welcome to visit Moscow at any time.", "invited"),
        # An invitation not yet answered is background to what is likely.
        ("Kim Jong Un is likely to visit Moscow in May, though he has not replied to the invitation.", "rumoured"),
        # What "reports" say is hearsay: a rumour.
        ("The Kremlin had nothing to say about reports that Kim Jong Un plans to visit Moscow in May.", "rumoured"),
        # A trailing clause on what led to the news is background: the rumour stands.
        ("Kim Jong Un is expected to visit Moscow later this year, after Vladimir Putin invited him.", "rumoured"),
        # A headline's infinitive is a plan.
        ("Kim Jong Un to make state visit to Moscow, his talks with Putin in May.", "announced"),
    ],
)
def test_status_from_cue_words(rules: Rules, sentence: str, status: str) -> None:
    padding = "Officials in Seoul said they were watching the preparations closely."
    (event,) = draft(rules, f"Kim and Putin\nApril 25, 2019\n{sentence}\n{padding}").events
    assert event.status.value == status


def test_an_article_naming_no_known_leader_is_refused(rules: Rules) -> None:
    from tracker.ingest import InputError

    with pytest.raises(InputError, match="names none of the leaders in content/leaders/"):
        draft(rules, (REPO / "tests" / "fixtures" / "ingest-hostile" / "unknown-leader.txt").read_text())


def test_a_dateline_without_a_year_leaves_the_date_unknown_and_asks(rules: Rules) -> None:
    text = (
        "Kim to visit Russia\n"
        "Moscow, Aug. 19 (Yonhap) -- North Korean leader Kim Jong Un will visit Russia later this month,"
        " the Kremlin said, without giving the place. He last came in 2019."
    )
    for today in (dt.date(2026, 3, 1), dt.date(2031, 3, 1)):
        analysis = analyse(text.encode(), "a.txt", rules, today)
        assert analysis.published.date is None
        assert any(
            w.startswith("publication date unknown") and "August 19 without the year" in w and "--published" in w
            for w in analysis.warnings
        )
        (event,) = analysis.events
        assert event.date is None  # not 2019, the only year the text names, and not the clock's


def test_with_the_date_unknown_no_one_is_judged_out_of_office(rules: Rules) -> None:
    """Whether Putin or Medvedev was president cannot be settled without the date: the
    Russian president is not named, so no host is guessed; the named leader is kept."""
    text = "Kim Jong Il arrives in Russia\nKim Jong Il arrived in Vladivostok on Wednesday for talks with the Russian president."
    (event,) = analyse(text.encode(), "a.txt", rules, TODAY).events
    assert event.leaders == ("kim-jong-il",) and event.host is None and event.date is None


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Kim talk for two hours\nVladimir Putin visited with North Korean leader Kim Jong Un on Thursday, speaking on a call for two hours.",
        "Putin and Kim hold talks via video link\nVladimir Putin and Kim Jong Un held talks over an encrypted video channel on Friday.",
        "Kim sends oral letter\nKim Jong Un sent an oral letter to Vladimir Putin, offering to meet again.",
        "Putin to join summit virtually\nVladimir Putin will attend the summit in Pyongyang virtually, Kim Jong Un's office said.",
        "Envoy meets Putin\nKim Jong Un's special envoy met Vladimir Putin in Moscow on Friday, at what Kim called a key moment.",
        "Envoys meet Putin\nKim Jong Un's envoys met Vladimir Putin in Moscow on Friday for two hours.",
        "Aides meet Putin\nKim Jong Un's aides met Vladimir Putin in Moscow on Friday to prepare a summit.",
        "Putin and Kim hold virtual summit\nVladimir Putin and Kim Jong Un held a virtual summit on Friday instead of meeting in Pyongyang.",
        "Putin and Kim speak\nVladimir Putin and Kim Jong Un held a phone conversation on Friday and agreed to meet in Moscow.",
        # Sent in the leader's stead; named only in a clause about something else.
        "Lavrov in Pyongyang\nVladimir Putin sent his foreign minister to Pyongyang on Friday to meet Kim Jong Un.",
        "Wang Yi meets Putin\nChina's top diplomat met Vladimir Putin in Moscow on Friday, days after Xi Jinping"
        " called for a ceasefire.",
        # The leader who gave the errand, not one who went on it.
        "Adviser in Pyongyang\nThe adviser, on the instructions of Vladimir Putin, arrived in Pyongyang on Friday to"
        " meet Kim Jong Un.",
        "Envoy lands in Moscow\nActing on behalf of President Xi Jinping, the envoy arrived in Moscow on Friday for"
        " talks with Vladimir Putin.",
    ],
)
def test_calls_letters_video_links_and_envoys_are_no_visits(rules: Rules, text: str) -> None:
    analysis = analyse(text.encode(), "a.txt", rules, TODAY, published=PartialDate.parse("2024-06-14"))
    assert analysis.events == ()


def test_an_editors_date_and_address_override_the_page(rules: Rules) -> None:
    text = (
        "Kim to visit Russia\n"
        "Published 3 May 2015\n"
        "North Korean leader Kim Jong Un will visit Moscow next week, the Kremlin said."
    )
    analysis = analyse(
        text.encode(), "a.txt", rules, TODAY, url="https://example.org/kim-to-visit", published=PartialDate.parse("2015-04-30")
    )
    assert str(analysis.published.date) == "2015-04-30"
    assert analysis.published.how == ""
    assert analysis.source.url == "https://example.org/kim-to-visit"
    (event,) = analysis.events
    assert str(event.date) == "2015-05"


def test_the_trips_of_an_article_about_a_call_are_background(rules: Rules) -> None:
    text = (
        "Home\nNews\nPhotos\n"
        "Putin and Kim hold talks by video link\n"
        "Vladimir Putin and Kim Jong Un spoke over a video link on Friday.\n"
        "In early February Putin flew to Pyongyang for talks with Kim."
    )
    analysis = analyse(text.encode(), "a.txt", rules, TODAY)
    assert analysis.source.title == "Putin and Kim hold talks by video link"
    assert analysis.events == ()
    assert any("also mentions a trip" in warning for warning in analysis.warnings)


def test_a_past_trip_recalled_in_an_article_about_congratulations_sent_is_background(rules: Rules) -> None:
    text = (
        "Putin hails Kim on re-election\n"
        "On Monday Vladimir Putin sent his congratulations to Kim Jong Un, re-elected for a further term.\n"
        "Putin, whose page has many readers there, opened it when he visited Pyongyang in 2019."
    )
    analysis = analyse(text.encode(), "a.txt", rules, TODAY)
    assert analysis.events == ()
    assert any("also mentions a trip" in warning for warning in analysis.warnings)


@pytest.mark.parametrize(
    "text",
    [
        # A message passed by word of mouth: "receives" is the message's, not a visitor's.
        "Kim Jong Un Receives Verbal Message from President Vladimir Putin\n"
        "Kim Jong Un, who leads the party, has received a verbal message from Vladimir Putin, president of Russia.\n"
        "In it Putin thanked Kim and said the ties between the two countries had never been closer.",
        # A birthday's greetings, and the summit they recall.
        "Trump sends Kim a birthday note\n"
        "Even as the North Korean leader readies a new rocket, Donald Trump has wished him many happy returns.\n"
        "The two men traded threats, yet the pair got on well at their first meeting, held in June 2018 in Singapore.",
    ],
)
def test_a_verbal_message_and_birthday_greetings_are_no_visits(world_rules: Rules, text: str) -> None:
    analysis = analyse(text.encode(), "a.txt", world_rules, TODAY)
    assert analysis.events == ()


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # A call ahead, told by the verb: the summit the two held in a city days before is
        # its background, not the page's news.
        ("Biden says he will phone Xi\n"
         "Joe Biden told reporters on Monday that he means to phone Xi Jinping this week.\n"
         "The two leaders held talks in Bali on Thursday, their first meeting in person.", "2024-03-04"),
        ("Modi and Putin to speak\n"
         "Narendra Modi will phone Vladimir Putin this week, his office said on Monday.\n"
         "The two leaders held talks in Moscow on Thursday, their first meeting this year.", "2024-03-04"),
        # A phone number given: the summit named days after is background too.
        ("Trump on North Korea\n"
         "Kim Jong Un now has a phone number that reaches Donald Trump directly, Trump told reporters at the"
         " White House on Friday.\n"
         "Only days have gone by since Tuesday, when the two men held their first summit, in Hanoi.", "2019-03-01"),
    ],
)
def test_a_call_ahead_or_a_phone_number_given_is_no_visit(world_rules: Rules, text: str, published: str) -> None:
    analysis = analyse(text.encode(), "a.txt", world_rules, TODAY, published=PartialDate.parse(published))
    assert analysis.events == ()


def test_a_call_taken_from_a_leader_is_no_visit(world_rules: Rules) -> None:
    """A call "from" a leader, taken at a dinner in a city, is no visit of his to that city."""
    text = (
        "Albanese's evening\n"
        "A guest at a dinner in Canberra took a call from Narendra Modi and passed it to Anthony Albanese,"
        " who had not yet met Modi this year."
    )
    analysis = analyse(text.encode(), "a.txt", world_rules, TODAY, published=PartialDate.parse("2025-02-14"))
    assert analysis.events == ()


def test_a_visit_whose_host_gives_birthday_wishes_is_still_a_visit(rules: Rules) -> None:
    """Greetings told after the lead of a visit leave the visit the page's news."""
    text = (
        "Kim in Moscow\n"
        "Kim Jong Un arrived in Moscow on Monday for talks with Vladimir Putin.\n"
        "Putin gave his guest birthday wishes at the dinner that evening."
    )
    analysis = analyse(text.encode(), "a.txt", rules, TODAY, published=PartialDate.parse("2024-01-08"))
    (event,) = analysis.events
    assert (event.visitor, event.place.city) == ("kim-jong-un", "Moscow")


def test_news_that_has_come_out_is_no_one_coming(rules: Rules) -> None:
    # "Come out" is to be made known: the headline's "come" is no trip, and a message sent
    # before a count is known drafts no event.
    text = (
        "Xi salutes Putin before the final tally has come out\n"
        "Beijing: Russia's vote looks set to give Vladimir Putin a fifth term, and on Monday Xi Jinping sent him congratulations."
    )
    analysis = analyse(text.encode(), "a.txt", rules, TODAY, published=PartialDate.parse("2024-03-18"))
    assert analysis.events == ()


def test_a_host_who_came_out_to_the_airport_still_receives_a_visit(rules: Rules) -> None:
    text = (
        "Xi came out to the airport to meet Putin\n"
        "Beijing: Xi Jinping came out to the airport on Thursday to greet Vladimir Putin."
    )
    analysis = analyse(text.encode(), "a.txt", rules, TODAY, published=PartialDate.parse("2024-05-16"))
    (event,) = analysis.events
    assert (event.visitor, event.host, event.place.city) == ("vladimir-putin", "xi-jinping", "Beijing")


def test_a_leader_who_congratulated_his_host_in_person_is_still_on_a_visit(rules: Rules) -> None:
    text = (
        "Kim in Moscow\n"
        "Kim Jong Un arrived in Moscow on Monday for talks with Vladimir Putin.\n"
        "Kim congratulated Putin on the parade and thanked him for the welcome."
    )
    analysis = analyse(text.encode(), "a.txt", rules, TODAY, published=PartialDate.parse("2024-10-14"))
    (event,) = analysis.events
    assert event.visitor == "kim-jong-un"


def test_a_trip_told_at_length_in_an_article_about_a_letter_is_background(rules: Rules) -> None:
    text = (
        "Kim sends Putin a letter of thanks after his trip to Russia\n"
        "Home from Russia, Kim Jong Un sent Vladimir Putin a letter of thanks on Monday, state media said.\n"
        "Kim spent six days in Russia this month, travelling on his armoured train.\n"
        "He held talks with Putin at the Vostochny Cosmodrome on September 13, where the two toured the launch pads."
    )
    analysis = draft_on(rules, text, "2023-09-25")
    assert analysis.events == ()
    assert any("also mentions a trip (held" in warning for warning in analysis.warnings)


def test_a_leader_named_only_in_a_relative_clause_is_no_participant(world_rules: Rules) -> None:
    text = (
        "Foreign minister lands in Pyongyang\n"
        "The minister of foreign affairs of Russia flew into Pyongyang on Friday for a second round of talks.\n"
        "Earlier, at a forum in Kuala Lumpur, the minister met the US Secretary of State and passed on a plan "
        "on Ukraine, of which the US President Donald Trump had already been told.\n"
        "The minister brought greetings from Vladimir Putin."
    )
    analysis = draft_on(world_rules, text, "2025-07-11")
    assert analysis.events == ()


def test_a_town_the_gazetteer_lacks_is_read_where_the_text_calls_it_a_town(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Kim meets Putin in a quiet resort",
        "Kim Jong Un arrived in Russia on Tuesday and held talks with Vladimir Putin in the small "
        "Siberian town of Ust-Kulom, the Kremlin said.",
    ]), "2023-09-12")
    assert (event.place.country, event.place.city) == ("RU", "Ust-Kulom")
    assert "not in the gazetteer" in event.doubts["place"]


def test_an_invitation_to_a_place_is_an_invited_visit_there(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Putin asks Kim over",
        "Vladimir Putin has invited him to Moscow at an early date, the Kremlin said of Kim Jong Un on Monday.",
    ]), "2018-05-31")
    assert (event.status.value, event.place.city, event.visitor, event.host) == ("invited", "Moscow", "kim-jong-un", "vladimir-putin")


def test_another_guest_at_the_same_occasion_is_not_one_of_the_trips_leaders(rules: Rules) -> None:
    text = (
        "Kim to attend Victory Day in Moscow\n"
        "North Korean leader Kim Jong Un will attend the Victory Day parade in Moscow on 9 May, the Kremlin said.\n"
        "Chinese President Xi Jinping is also expected to attend the Moscow ceremonies."
    )
    event = one_event(rules, text, "2015-01-28")
    assert (event.leaders, event.visitor, event.host) == (("kim-jong-un", "vladimir-putin"), "kim-jong-un", "vladimir-putin")


def test_a_letter_that_calls_a_summit_off_makes_it_cancelled(rules: Rules) -> None:
    """A letter is no visit, but the cancellation it carries is news of the trip; and a
    sentence that names no leader but "the summit" speaks of the leaders named before."""
    text = (
        "No summit for now\n"
        "Vladimir Putin will not travel to his planned meeting with Kim Jong Un, the Kremlin said, publishing a letter.\n"
        "The letter calls off the summit that was to be held in Pyongyang next month."
    )
    event = one_event(rules, text, "2024-05-10")
    assert (event.status.value, event.place.city, event.leaders) == ("cancelled", "Pyongyang", ("kim-jong-un", "vladimir-putin"))


@pytest.mark.parametrize(
    ("headline", "body", "kind"),
    [
        # Received by the host in the host's country: a visit, though the visitor holds talks
        # as every visitor does, the headline says "meet", and the talks are far from the capital.
        ("Xi to visit Russia next week", "Xi Jinping will travel to Moscow next week and will meet Vladimir Putin.", "visit"),
        ("Putin wraps up China trip", "Vladimir Putin held talks with Xi Jinping in Beijing on Thursday.", "visit"),
        ("Xi and Putin meet in Moscow", "Xi Jinping held talks with Vladimir Putin in Moscow on Thursday.", "visit"),
        ("Xi Jinping in Moscow", "Xi Jinping held talks with Vladimir Putin in the Kremlin on Thursday.", "visit"),
        ("Xi lands in Russia", "Xi Jinping arrived in Russia on Thursday for talks with Vladimir Putin.", "visit"),
        ("Xi and Putin meet in Vladivostok", "Xi Jinping held talks with Vladimir Putin in Vladivostok on Thursday.", "visit"),
        # Where neither is at home, their talks are a summit.
        ("Xi and Putin meet in Astana", "Xi Jinping held talks with Vladimir Putin in Astana on Thursday.", "summit"),
        # "summit" or "state visit" in the sentences settle it whatever the headline says.
        ("Xi to visit Russia", "Xi Jinping will travel to Moscow next week for a summit with Vladimir Putin.", "summit"),
        ("Xi and Putin meet", "Xi Jinping arrived in Moscow on Thursday for a state visit and talks with Vladimir Putin.", "visit"),
        # An occasion's short name makes a ceremony; a visit's own arrival ceremonies do not.
        ("Kim calls off Moscow trip for V-Day ceremony", "Kim Jong Un will not travel to Moscow for next week's ceremony.", "ceremony"),
        ("Xi in Moscow", "Xi Jinping arrived in Moscow on Thursday and was greeted with arrival ceremonies by Vladimir Putin.", "visit"),
        # ... and so does a sentence that calls this meeting a summit without placing it,
        ("Xi arrives in Moscow", "Xi Jinping arrived in Moscow on Thursday for talks with Vladimir Putin.\n"
         "Their summit is expected to produce an energy deal.", "summit"),
        ("Xi and Putin agree on pipeline at Siberian summit", "Xi Jinping held talks with Vladimir Putin in Irkutsk.", "summit"),
        # A summit named for the two sides' countries is theirs, wherever it is held.
        ("Xi and Putin sign energy deal", "Xi Jinping held talks with Vladimir Putin in Moscow on Thursday.\n"
         "Opening the Russia-China summit, Putin said he was glad to welcome Xi to Russia.", "summit"),
        # but not a summit named for another gathering, or placed elsewhere.
        ("Xi arrives in Moscow", "Xi Jinping arrived in Moscow on Thursday for talks with Vladimir Putin.\n"
         "The two leaders will meet again at the BRICS summit.", "visit"),
        ("Xi to stop in Moscow", "Xi Jinping will hold talks with Vladimir Putin in Moscow on his way to the G20 summit"
         " in Osaka.", "visit"),
        ("Xi to stop in Moscow on way to Okinawa summit", "Xi Jinping will hold talks with Vladimir Putin in Moscow.", "visit"),
        # A group's summit held the same day elsewhere is the backdrop, however it is spelt.
        ("Xi and Putin hold talks", "Xi Jinping held talks with Vladimir Putin in Moscow on Thursday, while European"
         " leaders met in Brussels for a Nato summit.", "visit"),
        ("Xi and Putin hold talks", "Xi Jinping held talks with Vladimir Putin in Moscow on Thursday as an African Union"
         " summit opened in Addis Ababa.", "visit"),
        # A trip to a group's summit is a trip to that summit.
        ("Xi calls off Brazil trip", "Xi Jinping has cancelled his trip to Brazil for the Brics summit.", "summit"),
        # Two guests who meet on the sidelines of a gathering abroad hold their own summit.
        ("Xi and Kim meet in Kazan", "Xi Jinping and Kim Jong Un held talks on the sidelines of the Brics summit"
         " in Kazan on Thursday.", "summit"),
    ],
)
def test_the_kind_is_what_the_page_calls_the_event(rules: Rules, headline: str, body: str, kind: str) -> None:
    (event,) = analyse(f"{headline}\n{body}".encode(), "a.txt", rules, TODAY, published=PartialDate.parse("2023-03-16")).events
    assert event.kind == kind


def test_a_visit_put_back_keeps_the_day_it_had_been_set_for(world_rules: Rules) -> None:
    text = (
        "Japan PM's US visit postponed\n"
        "Yoshihide Suga will now travel to the United States on April 16, later than planned, Tokyo said.\n"
        "His talks with Joe Biden had been expected on April 9."
    )
    event = one_event(world_rules, text, "2021-04-02")
    assert (event.status.value, str(event.date), event.visitor) == ("postponed", "2021-04-09", "yoshihide-suga")
    assert event.doubts["date"] == "the day it had been set for, before it was put back"


def test_the_kind_is_read_where_the_event_is_not_where_the_visitor_goes_next(world_rules: Rules) -> None:
    text = (
        "Modi and Macron hold talks in Jaipur\n"
        "Narendra Modi and Emmanuel Macron held talks in Jaipur today.\n"
        "Macron will be the chief guest at the Republic Day celebrations in Delhi on Friday."
    )
    event = one_event(world_rules, text, "2024-01-25")
    assert (event.kind, event.place.city, event.visitor, event.host) == ("visit", "Jaipur", "emmanuel-macron", "narendra-modi")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Macron lands in US\nEmmanuel Macron landed in the United States on Monday for a state visit.\n"
         "The presidential plane landed at the air base outside Washington.", "Washington"),
        ("Xi in US\nXi Jinping arrived in the United States on Thursday to meet Donald Trump.\n"
         "The plane touched down at the airport of palm beach in the afternoon.", "Palm Beach"),
    ],
)
def test_a_country_wide_arrival_takes_the_one_city_where_it_landed(world_rules: Rules, text: str, city: str) -> None:
    event = one_event(world_rules, text, "2018-04-23")
    assert (event.place.city, event.place.country) == (city, "US")
    assert "check it" in event.doubts["place"]


@pytest.mark.parametrize(
    ("text", "host", "doubt"),
    [
        # Who received a visitor is a fact the page must give: the editor is told who led
        # the country then, and the draft names no host.
        ("Lula in Beijing\nLuiz Inacio Lula da Silva arrived in Beijing on Saturday for a state visit.", None,
         "the page names no host; Xi Jinping led the host country then"),
        # An occasion is its country's: whoever led it then hosted it.
        ("Lula to attend Beijing parade\nLuiz Inacio Lula da Silva will attend the victory day parade in Beijing"
         " next week.", "xi-jinping", "not named as taking part; Xi Jinping led the host country then"),
    ],
)
def test_a_visitors_host_is_one_the_page_names(world_rules: Rules, text: str, host: str | None, doubt: str) -> None:
    event = one_event(world_rules, text, "2025-05-10")
    assert (event.visitor, event.host, event.doubts.get("host")) == ("luiz-inacio-lula-da-silva", host, doubt)


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        # A capital the gazetteer lists among the world's summit venues.
        ("Putin in Tehran\nVladimir Putin arrived in Tehran on Tuesday for talks with Iran's leaders.", "2022-07-19", ("Tehran", "IR")),
        # A country it does not list: known by its ISO names.
        ("Xi to visit Kyrgyzstan\nXi Jinping will pay a state visit to Kyrgyzstan next week.", "2019-06-05", (None, "KG")),
        ("Xi to visit Laos\nXi Jinping will travel to the Lao People's Democratic Republic next week.", "2017-11-05", (None, "LA")),
        # A capital named by its country's adjective, as agencies do.
        ("Xi and Putin meet\nXi Jinping held talks with Vladimir Putin in the Kazakh capital on Thursday.", "2024-07-04", ("Astana", "KZ")),
        # A city named with its country as its owner: the marker before the country is the city's.
        ("Putin and Xi to meet\nMoscow and Beijing are preparing for Vladimir Putin and Xi Jinping to meet on Friday, while both"
         " attend the summit being held in China's Tianjin, officials say.", "2025-08-27", ("Tianjin", "CN")),
    ],
)
def test_a_visit_anywhere_in_the_world_is_placed(rules: Rules, text: str, published: str, place: tuple[str | None, str]) -> None:
    event = one_event(rules, text, published)
    assert (event.place.city, event.place.country) == place


def test_a_meeting_across_a_border_is_one_meeting_where_it_was_held(world_rules: Rules) -> None:
    """"Sat down with" makes a sentence about a meeting; the DMZ is Panmunjom's; a headline
    that places the same meeting loosely (in the North, across the line) makes no second event."""
    text = (
        "Trump steps into North Korea, meets Kim\n"
        "Donald Trump stepped across the border line into North Korea on Sunday and then sat down with"
        " Kim Jong Un in the DMZ for almost an hour.\n"
        "It was the first time a sitting U.S. president had set foot in the North."
    )
    analysis = analyse(text.encode(), "a.txt", world_rules, TODAY, published=PartialDate.parse("2019-06-30"))
    assert [(e.place.city, e.place.country, str(e.date), e.visitor, e.host) for e in analysis.events] == [
        ("Panmunjom", "KR", "2019-06-30", None, None)
    ]


def test_two_guests_who_meet_at_a_third_countrys_parade_hold_a_summit(rules: Rules) -> None:
    """The parade is the occasion, not their event; and "80 years since the war", an
    anniversary, names the occasion: it neither dates the talks nor makes them a look back."""
    text = (
        "Kim and Putin meet after Beijing parade\n"
        "Kim Jong Un and Vladimir Putin held talks in Beijing on Wednesday after both watched a military parade"
        " marking 80 years since the end of the Second World War."
    )
    event = one_event(rules, text, "2025-09-03")
    assert (event.kind, str(event.date), event.visitor, event.host) == ("summit", "2025-09-03", None, None)


def test_an_anniversary_of_a_day_long_past_does_not_make_its_clause_an_old_one(rules: Rules) -> None:
    """"The 80th anniversary of the end of the Second World War" is read as 9 May, months
    before a September page; but an anniversary names this year's occasion, not a day gone
    by, so the parade's clause keeps Beijing and the talks after it are the news."""
    text = (
        "Leaders gather in China\n"
        "Vladimir Putin watched a military parade in Beijing marking the 80th anniversary of the end of the"
        " Second World War, and afterwards held talks with Kim Jong Un."
    )
    event = one_event(rules, text, "2025-09-03")
    assert (event.place.city, event.status, event.leaders) == ("Beijing", Status.HELD, ("kim-jong-un", "vladimir-putin"))


def test_a_stop_on_the_way_is_not_where_the_visit_is(rules: Rules) -> None:
    text = (
        "Kim Jong Il on his way to Russia\n"
        "Kim Jong Il arrived in Russia on Saturday for talks with Vladimir Putin, the Kremlin said.\n"
        "His armoured train stopped at Omsk and went on through Novosibirsk, where Kim toured a factory."
    )
    event = one_event(rules, text, "2001-07-29")
    assert (event.place.city, event.place.country) == (None, "RU")


@pytest.mark.parametrize(
    ("later", "published"),
    [
        ("Putin's state visit of June 18-19, 2024 opened a new era, KCNA said.", "2024-06-20"),
        # A full date more than a month before the date line's day is history, not the news.
        ("Their first summit, on 25 April 2019, opened a new era, KCNA said.", "unknown"),
        # A full date days before, older than a month the text names with its year, is history
        # too: the page reports what came after it.
        ("The order was founded by a law of June 12, 1990; Kim was named for it in March 2024.", "unknown"),
    ],
)
def test_a_date_line_without_a_year_takes_it_from_a_date_days_before(rules: Rules, later: str, published: str) -> None:
    text = (
        "Kim sees Putin off\n"
        f"Pyongyang, June 20 (KCNA) -- Kim Jong Un saw Vladimir Putin off at the airport in Pyongyang. {later}"
    )
    analysis = analyse(text.encode(), "a.txt", rules, TODAY)
    assert str(analysis.published.date or "unknown") == published
    if published != "unknown":
        assert any(w.startswith(f"publication date {published}: the date line gives June 20 without the year") for w in analysis.warnings)


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        # The welcome every state visit has is no ceremony of its own.
        ("Putin in Beijing\nVladimir Putin arrived in Beijing on Thursday and was greeted with a military parade"
         " and a welcoming ceremony by Xi Jinping.", "visit", "held"),
        # "state visits to" is a noun, not "visits" the verb: a plan, not a visit held (one to
        # each country).
        ("Xi to tour Central Asia\nXi Jinping will pay state visits to Russia and Kazakhstan next week,"
         " and will meet Vladimir Putin.", "visit", "announced"),
    ],
)
def test_a_state_visits_welcome_and_the_noun_visits(rules: Rules, text: str, kind: str, status: str) -> None:
    events = draft_on(rules, text, "2024-05-14").events
    assert {(event.kind, event.status.value) for event in events} == {(kind, status)}


def test_a_trip_called_off_in_an_article_about_a_video_link_is_news(world_rules: Rules) -> None:
    """The sentence that calls the trip off names no place; the one that places the summit
    names no status: together they are the declined trip, though the headline is about video."""
    text = (
        "Putin to join BRICS summit by video\n"
        "Vladimir Putin will take part in the BRICS summit by video link, the Kremlin said.\n"
        "By mutual agreement, Putin will not attend in person.\n"
        "The summit is to be held in Johannesburg from August 22 to 24."
    )
    event = one_event(world_rules, text, "2023-07-19")
    assert (event.status.value, event.place.city, event.visitor, event.host) == (
        "declined", "Johannesburg", "vladimir-putin", "cyril-ramaphosa"
    )


def test_the_first_visit_since_last_year_is_news_not_a_look_back(rules: Rules) -> None:
    text = (
        "Xi lands in Moscow\n"
        "Xi Jinping landed in Moscow on Monday on his first state visit to Russia since the war began in February"
        " last year.\nXi will hold a summit with Vladimir Putin."
    )
    event = one_event(rules, text, "2023-03-20")
    assert (event.kind, event.status.value, str(event.date), event.place.city) == ("visit", "held", "2023-03-20", "Moscow")


def test_a_first_visit_told_as_past_is_a_look_back_beside_the_visit_to_come(rules: Rules) -> None:
    text = (
        "Xi to go to Russia again\n"
        "The Kremlin confirmed that Xi Jinping will go to Russia in March for talks with Vladimir Putin.\n"
        "No Chinese leader before him has visited Russia twice in office; his first visit was in 2013."
    )
    # An undated page: the year of the look back is not the visit's, nor is that visit held.
    (event,) = draft(rules, text).events
    assert (event.status.value, event.date) == ("confirmed", None)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # The text places something in the dateline's city: the summit is there.
        ("Yoon and Xi to meet\nLIMA, Nov. 14 (Wire) -- Yoon Suk Yeol will hold a summit with Xi Jinping on Friday"
         " on the sidelines of a regional meeting in Peru.\nAn aide gave the details at a briefing in Lima.", "Lima"),
        # Only the bureau's: "Moscow" is the government, not the place.
        ("Xi trip put off\nMOSCOW, Nov. 14 (Wire) -- A visit by Xi Jinping to Russia, which Moscow had hoped for"
         " this year, has been put off until next year.", None),
    ],
)
def test_a_dateline_city_places_the_event_only_where_the_text_places_something(
    world_rules: Rules, text: str, city: str | None
) -> None:
    event = one_event(world_rules, text, "2024-11-14")
    assert event.place.city == city


def test_a_day_local_time_across_the_date_line_is_the_day_after_the_page(rules: Rules) -> None:
    text = (
        "Putin lands in China\n"
        "Vladimir Putin landed in Beijing early Thursday local time for a state visit and talks with Xi Jinping."
    )
    event = one_event(rules, text, "2024-05-15")
    assert (event.status.value, str(event.date)) == ("held", "2024-05-16")


def test_a_trip_placed_only_in_a_clause_dated_before_the_article_is_a_look_back(world_rules: Rules) -> None:
    text = (
        "Modi to visit Ukraine\n"
        "Narendra Modi will visit Kyiv on Friday, the foreign ministry said on Monday.\n"
        "He was in Moscow in July and met Vladimir Putin."
    )
    analysis = analyse(text.encode(), "a.txt", world_rules, TODAY, published=PartialDate.parse("2024-08-19"))
    assert [(e.leaders, e.place.city, str(e.date)) for e in analysis.events] == [(("narendra-modi",), "Kyiv", "2024-08-23")]
    assert any(w.startswith("not drafted, looks back") and "Moscow" in w for w in analysis.warnings)


def test_a_meeting_is_dated_by_the_day_it_opened_not_the_day_it_ended(world_rules: Rules) -> None:
    text = (
        "Trump-Kim summit cut short\n"
        "The summit between Donald Trump and Kim Jong Un ended early on Thursday in Hanoi.\n"
        "The two-day summit had opened with a dinner on Wednesday evening."
    )
    assert str(one_event(world_rules, text, "2019-02-28").date) == "2019-02-27"


@pytest.mark.parametrize(
    "background",
    [
        "Xi and Vladimir Putin had met in Moscow, an aide recalled.",
        "Xi and Vladimir Putin have met three times in Moscow.",
        "Xi held talks in Moscow with then President Dmitry Medvedev.",
    ],
)
def test_a_meeting_told_as_past_makes_no_second_event(rules: Rules, background: str) -> None:
    text = f"Xi to visit Kazakhstan\nXi Jinping will travel to Kazakhstan on Wednesday.\n{background}"
    analysis = analyse(text.encode(), "a.txt", rules, TODAY, published=PartialDate.parse("2022-09-12"))
    assert [e.place.country for e in analysis.events] == ["KZ"]


def test_the_war_in_a_country_is_a_topic_not_a_destination(rules: Rules) -> None:
    text = "Xi and Putin talk\nXi Jinping held talks with Vladimir Putin on Tuesday about the war in Ukraine."
    analysis = analyse(text.encode(), "a.txt", rules, TODAY, published=PartialDate.parse("2023-03-21"))
    assert [e.place.country for e in analysis.events] == []


@pytest.mark.parametrize(
    ("text", "published", "events"),
    [
        ("Zelensky to meet Trump\nVolodymyr Zelensky will meet Donald Trump at the White House on Monday, days after"
         " Trump met Vladimir Putin in Alaska.", "2025-08-18", [("donald-trump", "volodymyr-zelensky")]),  # not Alaska
        ("Kim in Beijing again\nKim Jong Un arrived in Beijing on Tuesday for a two-day visit, a week after his summit"
         " with Donald Trump in Singapore.", "2018-06-19", [("kim-jong-un",)]),  # a host it does not name is the editor's
    ],
)
def test_what_came_days_before_the_news_is_another_story(
    world_rules: Rules, text: str, published: str, events: list[tuple[str, ...]]
) -> None:
    analysis = analyse(text.encode(), "a.txt", world_rules, TODAY, published=PartialDate.parse(published))
    assert [e.leaders for e in analysis.events] == events


def test_a_trip_put_off_is_dated_to_when_it_was_put_off_until(rules: Rules) -> None:
    text = (
        "Xi's Russia trip put off\n"
        "A visit by Xi Jinping to Russia, which Moscow had hoped for this year, has been put off until 2024,"
        " a Kremlin aide said on Thursday, without naming a day for Xi to meet Vladimir Putin."
    )
    event = one_event(rules, text, "2023-11-16")
    assert (event.status.value, str(event.date)) == ("postponed", "2024")


def test_a_meeting_ahead_and_the_leaders_other_meetings_are_not_this_ones(rules: Rules) -> None:
    analysis = draft(rules, "\n".join([
        "Xi and Kim hold talks in the north-east",
        "9 May 2018",
        "Xi Jinping and Kim Jong Un held talks in northeast China on Tuesday, ahead of the summit Kim is expected"
        " to hold with Vladimir Putin.",
        "Beijing wants a say before Kim's meeting with Putin planned for June.",
    ]))
    (event,) = analysis.events
    assert (event.leaders, event.status.value, event.visitor, event.host) == (
        ("kim-jong-un", "xi-jinping"), "held", "kim-jong-un", "xi-jinping"
    )
    assert (event.place.country, str(event.date)) == ("CN", "2018-05-08")


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("Putin and Xi discuss Ukraine", "Vladimir Putin spoke by telephone on Friday with Xi Jinping about the war in Ukraine."),
        ("Xi rings Putin over Ukraine", "Xi Jinping and Vladimir Putin discussed the war in Ukraine on Friday, Beijing said."),
    ],
)
def test_a_trip_told_in_an_article_whose_headline_or_lead_is_a_call_is_background(rules: Rules, headline: str, lead: str) -> None:
    analysis = draft(rules, "\n".join([
        headline,
        "14 July 2023",
        lead,
        "Putin also told Xi about his recent visit to Pyongyang, the statement said.",
    ]))
    assert analysis.events == ()


def test_a_headline_where_one_leader_speaks_to_another_tells_of_a_call(rules: Rules) -> None:
    # "X speaks to Y" and "X has talked to Y", with no place, is how a call is reported;
    # the topics the two then talked of ("backing for Ukraine") place no meeting.
    analysis = draft(
        rules,
        "Putin speaks to Chinese counterpart after party congress\n"
        "14 July 2023\n"
        "The two leaders talked trade and energy, among them their joint backing for Ukraine talks.\n"
        "Vladimir Putin has talked to Xi Jinping, whose party has given him a third term.",
    )
    assert analysis.events == ()


def test_a_headline_where_one_leader_speaks_to_another_somewhere_is_their_meeting(rules: Rules) -> None:
    # A caption's "speaks to", with the place it happens, tells of the meeting, not a call.
    (event,) = draft_on(
        rules,
        "Putin speaks to Kim at the Vostochny Cosmodrome\n"
        "North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome in"
        " Russia's Far East on Wednesday, the Kremlin said.",
        "2023-09-13",
    ).events
    assert (event.status.value, event.visitor, event.host, event.place.city) == (
        "held", "kim-jong-un", "vladimir-putin", "Vostochny Cosmodrome",
    )


def test_a_state_visit_is_hosted_by_the_head_of_state_the_page_names(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Lula in Berlin for a state visit",
        "Luiz Inacio Lula da Silva began a state visit to Germany on Monday, standing beside Chancellor Olaf Scholz"
        " at the Brandenburg Gate after an invitation from Frank-Walter Steinmeier, Germany's president.",
    ]), "2023-12-04")
    (event,) = analysis.events
    assert (event.visitor, event.host) == ("luiz-inacio-lula-da-silva", "frank-walter-steinmeier")
    assert "olaf-scholz" not in event.leaders


def test_a_leader_to_welcome_a_country_hosts_its_leader_at_home(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Biden to welcome Japan for a state visit",
        "Hosting the Japanese delegation comes as Washington tries to firm up its alliances in Asia, officials said.",
    ]), "2023-03")
    (event,) = analysis.events
    assert (event.visitor, event.host, event.status.value, event.place.country) == ("fumio-kishida", "joe-biden", "announced", "US")


@pytest.mark.parametrize("guest", ["Japan's top diplomat", "Japan's foreign minister", "Japan's new envoy"])
def test_a_leader_to_receive_a_countrys_minister_hosts_no_leader(world_rules: Rules, guest: str) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Biden to meet Tokyo's man on trade",
        f"Joe Biden is to receive {guest} on Thursday, the White House said, as the two sides argue over tariffs.",
    ]), "2023-03-06")
    assert analysis.events == ()


def test_each_invitation_a_call_carries_is_an_invited_visit_the_return_one_too(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Erdogan and Lula trade invitations in phone call",
        "Turkish President Recep Tayyip Erdogan invited Brazil's Luiz Inacio Lula da Silva to visit Turkey when the"
        " two spoke by telephone on Tuesday, his office said.",
        "Lula, who invited Erdogan to come to Brazil during the call, called Turkey a partner.",
    ]), "2023-05-30")
    assert sorted((e.status.value, e.visitor, e.host, e.place.country) for e in analysis.events) == [
        ("invited", "luiz-inacio-lula-da-silva", "recep-tayyip-erdogan", "TR"),
        ("invited", "recep-tayyip-erdogan", "luiz-inacio-lula-da-silva", "BR"),
    ]


def test_a_visit_a_leader_says_in_a_call_he_will_make_is_an_announced_visit(world_rules: Rules) -> None:
    call = "\n".join([
        "Lula and Erdogan talk trade by phone",
        "Brazilian President Luiz Inacio Lula da Silva and Turkish President Recep Tayyip Erdogan spoke by"
        " telephone on Tuesday about trade and the war in Gaza, Lula's office said.",
        "Erdogan said he meant to visit Brazil.",
    ])
    (event,) = draft_on(world_rules, call, "2024-03-06").events
    assert (event.status.value, event.visitor, event.place.country) == ("announced", "recep-tayyip-erdogan", "BR")
    # A trip the page tells with no word of its status ("flew to ... for talks") stays background.
    background = call.replace("Erdogan said he meant to visit Brazil.", "In January Erdogan flew to Brasilia for talks with Lula.")
    assert draft_on(world_rules, background, "2024-03-06").events == ()


def test_a_meeting_reported_in_the_past_perfect_is_the_news_not_a_look_back(rules: Rules) -> None:
    headline = "Kim and Xi hold surprise talks in China"
    lead = "Xi Jinping and Kim Jong Un held talks in northern China on Tuesday, in a visit nobody had announced."
    news = "Chinese state media showed the two leaders walking on the beach in Dalian; Xinhua said they had met on Monday and Tuesday."
    (event,) = draft_on(rules, "\n".join([headline, lead, news]), "2018-05-09").events
    assert (event.place.city, event.place.country) == ("Dalian", "CN")
    # How often they had met before is still a look back: it places nothing.
    older = "State media said the two had met twice before in Dalian, in 2016 and 2017."
    (event,) = draft_on(rules, "\n".join([headline, lead, older]), "2018-05-09").events
    assert (event.place.city, event.place.country) == (None, "CN")


def test_a_state_visit_is_hosted_by_the_monarch_the_page_names_by_title_alone(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Trump to make state visit to Britain",
        "Donald Trump will make a state visit to Britain in the autumn, after Theresa May invited him on her trip"
        " to Washington.",
        "The Queen will give a banquet for him at the palace.",
    ]), "2017-02-10")
    (event,) = analysis.events
    assert (event.visitor, event.host) == ("donald-trump", "elizabeth-ii")
    assert "theresa-may" not in event.leaders


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # An arrival still ahead is a plan, dated by its weekday after the page's Friday.
        ("Xi to land in Russia\nChinese President Xi Jinping will arrive in Moscow on Monday for talks with"
         " Vladimir Putin, the Kremlin said on Friday.", "2023-03-20"),
        # A headline's infinitive is its future: its weekday lies ahead too.
        ("Xi to arrive in Moscow on Monday\nChinese President Xi Jinping will pay a state visit to Russia and hold"
         " talks with Vladimir Putin, the Kremlin said on Friday.", "2023-03-20"),
    ],
)
def test_an_arrival_ahead_is_a_plan_dated_after_the_page(rules: Rules, text: str, date: str) -> None:
    event = one_event(rules, text, "2023-03-17")
    assert (event.status.value, str(event.date), "status" in event.doubts) == ("confirmed", date, False)


def test_talks_to_be_held_with_no_date_are_announced_in_so_many_words(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Putin-Erdogan talks set for Sochi",
        "The talks between Vladimir Putin and Recep Tayyip Erdogan are to be held in Sochi, the Kremlin said on"
        " Thursday, without giving a date.",
    ]), "2023-08-31")
    (event,) = analysis.events
    assert (event.status.value, event.place.city, "status" in event.doubts) == ("announced", "Sochi", False)


def test_an_invitation_carried_by_a_video_call_is_not_dated_by_the_call(rules: Rules) -> None:
    analysis = draft_on(rules, "\n".join([
        "Putin and Xi talk by video",
        "Vladimir Putin and Xi Jinping held talks by video link on Friday, and Putin invited Xi to make a state visit"
        " to Moscow next spring, the Kremlin said.",
    ]), "2022-12-30")
    (event,) = analysis.events
    assert (event.status.value, event.place.city, str(event.date)) == ("invited", "Moscow", "2023")


def test_a_visit_under_way_is_dated_by_the_page_not_by_its_programme_ahead(rules: Rules) -> None:
    analysis = draft_on(rules, "\n".join([
        "Kim in China on a state visit",
        "Kim Jong Un is in Beijing on his first state visit to China, Xinhua said.",
        "On Sunday the official programme opens with Kim laying a wreath in Tiananmen Square.",
        "He will then go to the welcome ceremony Xi Jinping is hosting at the Great Hall of the People.",
    ]), "2018-09-01")
    (event,) = analysis.events
    assert (event.status.value, str(event.date), event.place.city) == ("held", "2018-09-01", "Beijing")


def test_staying_home_from_an_occasion_another_leader_attended_is_declined_on_its_day(rules: Rules) -> None:
    analysis = draft_on(rules, "\n".join([
        "Kim marks victory anniversary at Russian mission",
        "Kim Jong Un went to the Russian embassy in Pyongyang on Friday for the 80th anniversary of the victory over"
        " Nazi Germany, state media said on Saturday.",
        "He did not travel to Moscow for the celebrations, which were attended by Xi Jinping and other leaders.",
    ]), "2025-05-10")
    events = [e for e in analysis.events if e.place.country == "RU"]
    assert [(e.kind, e.status.value, str(e.date), e.visitor, e.leaders) for e in events] == [
        ("ceremony", "declined", "2025-05-09", "kim-jong-un", ("kim-jong-un", "vladimir-putin"))
    ]


def test_a_visit_told_by_the_day_it_was_wrapped_up_began_days_before(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Xi ends Russia trip",
        "Xi Jinping wrapped up a three-day state visit to Russia on Wednesday, flying home from Moscow after talks"
        " with Vladimir Putin.",
    ]), "2023-03-23")
    assert (str(event.date), str(event.end)) == ("2023-03-20", "2023-03-22")


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        ("Biden to host Modi\nPresident Joe Biden will host Indian Prime Minister Narendra Modi for an official state"
         " visit on June 22, the White House said on Wednesday.", "2023-05-10", "confirmed"),
        ("Xi receives Lula\nChinese President Xi Jinping received Brazilian President Luiz Inacio Lula da Silva on"
         " Friday and the two signed fifteen agreements.", "2023-04-14", "held"),
    ],
)
def test_a_leader_who_hosts_another_by_name_does_so_at_home(world_rules: Rules, text: str, published: str, status: str) -> None:
    (event,) = draft_on(world_rules, text, published).events
    assert (event.status.value, event.place.country) == (status, "US" if "Biden" in text else "CN")
    assert event.host in ("joe-biden", "xi-jinping") and event.visitor in ("narendra-modi", "luiz-inacio-lula-da-silva")


def test_a_leader_who_left_home_for_abroad_has_set_off_for_a_visit_there(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Kim heads for Russia by train",
        "Kim Jong Un left Pyongyang by armoured train on Sunday afternoon for Russia, where he is expected to meet"
        " Vladimir Putin, state media said on Monday.",
    ]), "2023-09-11")
    assert (event.visitor, event.host, event.place.country, event.status.value) == (
        "kim-jong-un", "vladimir-putin", "RU", "confirmed"
    )


def test_a_visit_told_as_happening_is_dated_by_the_page_not_by_a_month_named_beside_it(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Russia's new president in China",
        "Russian President Dmitry Medvedev has arrived in Beijing on his first trip abroad.",
        "Mr Medvedev, sworn in this month, will hold talks with Hu Jintao during a two-day visit.",
    ]), "2008-05-23")
    assert (event.status.value, str(event.date)) == ("held", "2008-05-23")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A dateline with the month abbreviated, the day of the talks a weekday of the page's week;
        # the talks on the visit's second day, so the visit, dated the day it began, the day before.
        ("Putin and Xi hold talks in Moscow\nMOSCOW, Sept. 5 (Reuters) - Chinese President Xi Jinping held talks with"
         " Russian President Vladimir Putin in the Kremlin on Tuesday, on the second day of a state visit to Russia.",
         "2023-09-05", ("visit", "held", "2023-09-04", "xi-jinping", "vladimir-putin", "Moscow")),
        # A visit told in the past tense days later: "last Thursday" in the next week's paper.
        ("Putin's Ankara visit: what we know\nRussian President Vladimir Putin paid a one-day visit to Ankara last"
         " Thursday, where he held talks with President Recep Tayyip Erdogan on grain exports.",
         "2023-09-12", ("visit", "held", "2023-09-07", "vladimir-putin", "recep-tayyip-erdogan", "Ankara")),
        # The head of government the visitor meets hosts a working visit; the president's lunch does not change that.
        ("Modi in Berlin for talks with Scholz\nIndian Prime Minister Narendra Modi arrived in Berlin on Sunday for talks"
         " with Chancellor Olaf Scholz. President Frank-Walter Steinmeier will give a lunch in his honour.",
         "2024-10-27", ("visit", "held", "2024-10-27", "narendra-modi", "olaf-scholz", "Berlin")),
        # A condolence message is no visit, and the past meeting its sender recalls is a mention.
        ("Kim sends condolences to Putin\nNorth Korean leader Kim Jong Un sent a message of condolence to Russian"
         " President Vladimir Putin on Sunday over the attack on a concert hall, KCNA said.\nKim, who met Putin at the"
         " Vostochny Cosmodrome last September, said the two countries stood together.", "2024-03-24", None),
        # A leader who flew into the capital has arrived: the visit is held, whatever was confirmed before.
        ("Erdogan in Moscow\nTurkish President Recep Tayyip Erdogan flew into Moscow on Tuesday for talks with Vladimir"
         " Putin. His office had confirmed the trip the day before.", "2024-03-05",
         ("visit", "held", "2024-03-05", "recep-tayyip-erdogan", "vladimir-putin", "Moscow")),
        # An envoy who is to meet a leader is no leaders' visit.
        ("Lavrov arrives in Pyongyang\nRussian Foreign Minister Sergei Lavrov arrived in Pyongyang on Saturday for a"
         " three-day visit during which he is expected to meet Kim Jong Un.", "2024-07-13", None),
    ],
)
def test_shapes_editors_meet(world_rules: Rules, text: str, published: str, expected: tuple[str, ...] | None) -> None:
    events = draft_on(world_rules, text, published).events
    found = [(e.kind, e.status.value, str(e.date), e.visitor, e.host, e.place.city) for e in events]
    assert found == ([expected] if expected else [])


def test_the_stop_a_traveller_came_from_is_no_event_of_its_own(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Modi in Kyiv for talks with Zelensky",
        "Indian Prime Minister Narendra Modi arrived in Kyiv on Friday to meet President Volodymyr Zelensky.",
        "Modi had come to Poland on his way to Ukraine from Japan, where he held talks with Prime Minister Fumio"
        " Kishida, officials said.",
    ]), "2024-08-23")
    assert [(e.visitor, e.place.city) for e in analysis.events] == [("narendra-modi", "Kyiv")]


@pytest.mark.parametrize(
    "lines",
    [
        # "Beijing welcomes move": a welcome given to news, not to a visitor who has arrived.
        ["Modi to meet Xi in Wuhan on June 12-13; Beijing welcomes move",
         "Prime Minister Narendra Modi and President Xi Jinping will hold an informal summit in Wuhan."],
        # "after talks with his Indian counterpart" is the minister's, held; the leaders' meeting is ahead.
        ["Modi and Xi to meet",
         "The news came from the Chinese foreign minister in Beijing, after talks with his Indian counterpart: Modi"
         " and Xi will meet informally in Wuhan on June 12 and 13."],
    ],
)
def test_a_summit_ahead_stays_ahead_beside_a_welcome_or_a_ministers_talks(world_rules: Rules, lines: list[str]) -> None:
    """Not held: still ahead, and confirmed, its days fixed."""
    event = one_event(world_rules, "\n".join(lines), "2024-06-03")
    assert (event.status.value, str(event.date), event.place.city) == ("confirmed", "2024-06-12", "Wuhan")


def test_where_an_envoy_speaks_of_the_two_leaders_is_not_their_meeting_place(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Modi and Xi to hold a summit",
        "China's ambassador in New Delhi says the Wuhan meeting will bring the two leaders closer.",
        "Prime Minister Narendra Modi and President Xi Jinping will hold an informal summit in China next week.",
    ]), "2024-06-03")
    assert (event.place.country, event.visitor) == ("CN", "narendra-modi")


def test_a_welcome_planned_in_an_announcement_leaves_the_visit_ahead(world_rules: Rules) -> None:
    """Not held: still ahead, and confirmed, the day of the welcome fixed."""
    event = one_event(world_rules, "\n".join([
        "Modi expected in Paris on a state visit",
        "Narendra Modi is expected in France on a state visit next week, the Elysee said on Monday.",
        "He will be welcomed on Tuesday July 9 by President Emmanuel Macron in Paris.",
    ]), "2024-07-01")
    assert (event.status.value, str(event.date), event.host) == ("confirmed", "2024-07-09", "emmanuel-macron")


def test_a_ministers_talks_that_prepare_a_leaders_visit_are_not_the_visit(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Moscow prepares Putin's China trip",
        "Russian Foreign Minister Sergei Lavrov held talks with his Chinese counterpart in Beijing on Tuesday to"
        " prepare President Vladimir Putin's visit to China next month, the ministry said.",
    ]), "2024-04-09")
    assert (event.visitor, event.status.value, str(event.date), event.place.country) == (
        "vladimir-putin", "announced", "2024-05", "CN"
    )


def test_a_trip_named_as_a_starting_point_is_a_mention(rules: Rules) -> None:
    analysis = draft_on(rules, "\n".join([
        "Russia's trade with China grows",
        "Since Xi Jinping's visit to Moscow in March, Chinese trade with Russia has grown by a fifth, customs data showed.",
    ]), "2023-09-18")
    assert analysis.events == ()
    assert any("a starting point" in warning for warning in analysis.warnings)


@pytest.mark.parametrize("earlier", [
    "Last Thursday Modi had gone to Moscow for talks with Vladimir Putin.",
    "Two days before, Modi had flown to Moscow, where Vladimir Putin received him.",
    "Before Beijing, Modi had travelled to Moscow to see Vladimir Putin.",
])
def test_a_trip_told_in_the_past_perfect_beside_the_news_is_a_mention(world_rules: Rules, earlier: str) -> None:
    """"had gone to", "had flown to", "had been to": a trip that came before the news the page
    tells, named in passing, as "had visited" is."""
    analysis = draft_on(world_rules, "\n".join([
        "Modi lands in Beijing",
        "Indian Prime Minister Narendra Modi arrived in Beijing on Monday for talks with Xi Jinping.",
        earlier,
    ]), "2024-07-08")
    assert [(e.visitor, e.place.city) for e in analysis.events] == [("narendra-modi", "Beijing")]


def test_a_plan_in_reported_speech_beside_a_look_back_is_announced(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Kremlin on Putin's plans",
        "The Kremlin said on Tuesday that Vladimir Putin would visit Pyongyang at a convenient time, five years after"
        " he and Kim Jong Un first met in Vladivostok.",
    ]), "2024-05-14")
    assert (event.visitor, event.status.value, event.place.city) == ("vladimir-putin", "announced", "Pyongyang")


def test_the_place_a_trip_word_names_comes_before_the_city_where_the_news_was_told(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Beijing invites Kim",
        "Kim Jong Un has been invited to visit China, Chinese officials said on Tuesday after talks in Pyongyang.",
    ]), "2018-05-31")
    assert (event.status.value, event.visitor, event.place.country) == ("invited", "kim-jong-un", "CN")


def test_talks_after_which_a_leader_spoke_on_a_day_were_held_that_day(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Xi on the war",
        "Xi Jinping said on Tuesday after talks with Vladimir Putin in Moscow that the two countries would deepen trade.",
    ]), "2023-03-22")
    assert (event.status.value, str(event.date), event.place.city) == ("held", "2023-03-21", "Moscow")


def test_talks_expected_while_the_leaders_are_in_town_are_dated_to_the_month(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Xi and Putin in Astana; talks likely",
        "Xi Jinping and Vladimir Putin are both in Astana for the regional summit and are expected to hold talks on the"
        " sidelines, officials said on Tuesday.",
    ]), "2024-07-02")
    assert (event.status.value, str(event.date)) == ("rumoured", "2024-07")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Xi leaves Russia\nXi Jinping left Moscow on Wednesday, a day after holding talks with Vladimir Putin in the"
         " Kremlin.", "2023-03-21"),
        # Another's act days before is another story, and dates nothing here.
        ("Xi in Moscow\nXi Jinping held talks with Vladimir Putin in Moscow on Wednesday, two days after Kim Jong Un"
         " visited Vladivostok.", "2023-03-22"),
    ],
)
def test_talks_a_day_before_a_dated_departure_are_dated_by_it(rules: Rules, text: str, date: str) -> None:
    event = one_event(rules, text, "2023-03-23")
    assert (event.place.city, str(event.date)) == ("Moscow", date)


def test_a_date_line_without_a_year_takes_it_from_the_anniversary_the_text_marks(rules: Rules) -> None:
    analysis = draft(rules, "\n".join([
        "Putin and Kim hold talks in Beijing",
        "BEIJING, September 3. /TASS/. Vladimir Putin and Kim Jong Un held talks in Beijing on Wednesday after"
        " attending the parade for the 80th anniversary of the end of the Second World War.",
    ]))
    assert str(analysis.published.date) == "2025-09-03"
    assert any("taken from" in warning and "80th anniversary" in warning for warning in analysis.warnings)
    (event,) = analysis.events
    assert str(event.date) == "2025-09-03"


def test_a_welcome_received_from_a_host_does_not_make_the_guest_a_host(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Modi in Russia",
        "Indian Prime Minister Narendra Modi received a warm welcome from Vladimir Putin on arrival on Monday.",
    ]), "2024-07-08")
    assert [e.place.country for e in analysis.events if e.place.country == "IN"] == []


def test_an_earlier_trip_named_by_its_year_is_a_mention_even_on_an_undated_page(world_rules: Rules) -> None:
    text = "\n".join([
        "Modi in Kyiv",
        "Indian Prime Minister Narendra Modi arrived in Kyiv on Friday for talks with Volodymyr Zelensky.",
        "Modi follows Joe Biden, who walked the streets of the capital with Zelensky on his 2023 visit to Kyiv.",
    ])
    analysis = analyse(text.encode(), "a.txt", world_rules, TODAY)
    assert [(e.visitor, e.host, e.leaders) for e in analysis.events] == [
        ("narendra-modi", "volodymyr-zelensky", ("narendra-modi", "volodymyr-zelensky"))
    ]


def test_a_summit_named_for_its_city_is_there_not_where_a_leader_spoke_of_it(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Trump calls off summit with Putin",
        "Speaking at the White House on Thursday, US President Donald Trump said the Budapest summit he had planned"
        " with Vladimir Putin was cancelled.",
    ]), "2025-10-24")
    assert (event.kind, event.status.value, event.visitor, event.host, event.place.city) == (
        "summit", "cancelled", None, None, "Budapest"
    )


def test_a_trip_to_two_countries_is_a_visit_to_each(world_rules: Rules) -> None:
    events = draft_on(world_rules, "\n".join([
        "Obama delays Asia trip",
        "President Barack Obama has put off his trip to Indonesia and Australia, the White House said on Tuesday,"
        " so that he can stay in Washington for the budget vote.",
    ]), "2010-03-16").events
    assert [(e.visitor, e.status.value, e.place.country) for e in events] == [
        ("barack-obama", "postponed", "ID"), ("barack-obama", "postponed", "AU")
    ]


def test_a_trip_to_two_countries_stays_two_visits_when_the_headline_names_one(world_rules: Rules) -> None:
    """The headline tells Japan's group first; the sentence naming both is still the news of Korea's."""
    events = draft_on(world_rules, "\n".join([
        "Biden delays trip to Japan",
        "Joe Biden decided on Friday to put off his trip abroad to Japan and South Korea so that he could stay"
        " in Washington for the budget talks.",
    ]), "2023-11-10").events
    assert sorted((e.visitor, e.status.value, e.place.country) for e in events) == [
        ("joe-biden", "postponed", "JP"), ("joe-biden", "postponed", "KR")
    ]


def test_a_summit_a_visit_came_after_is_not_where_the_visit_is(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Lula welcomes Modi",
        "President Luiz Inacio Lula da Silva greeted Prime Minister Narendra Modi at the Planalto Palace in Brasilia"
        " on Monday, opening his state visit to Brazil, which comes after he took part in the BRICS summit in Rio de Janeiro.",
    ]), "2025-07-08")
    assert (event.visitor, event.host, event.place.city) == ("narendra-modi", "luiz-inacio-lula-da-silva", "Brasília")


def test_a_summit_a_leader_comes_from_is_no_stop_ahead_and_no_time_ahead(world_rules: Rules) -> None:
    """"Coming directly from the G20 summit in Rome, Italy" tells where the visitor came from:
    neither Rome nor Italy is a further stop of the trip, and "coming" puts nothing ahead, so the
    visit told in the past is held."""
    analysis = draft_on(world_rules, "\n".join([
        "Japan and India agree new deals",
        "Talks in Tokyo on Tuesday between Prime Minister Fumio Kishida and Prime Minister Narendra Modi ended with"
        " new deals on trade and rail.",
        "Coming directly from the G20 summit in Rome, Italy, Modi spent two days in Japan on an official visit.",
    ]), "2021-11-05")
    assert [(e.kind, e.status.value, e.visitor, e.host, e.place.country, e.place.city) for e in analysis.events] == [
        ("visit", "held", "narendra-modi", "fumio-kishida", "JP", "Tokyo")
    ]


def test_a_visit_told_only_after_the_summit_it_came_from_is_there_and_held(world_rules: Rules) -> None:
    """The one sentence of the visit opens on the summit the visitor came from: the visit is
    where he spends his days, told in the past, so held."""
    analysis = draft_on(world_rules, "\n".join([
        "Japan and India agree new deals",
        "Coming straight from the G20 summit in Rome, Modi spent two days in Japan on an official visit, meeting"
        " Prime Minister Fumio Kishida in Tokyo.",
    ]), "2021-11-05")
    assert [(e.kind, e.status.value, e.visitor, e.host, e.place.city) for e in analysis.events] == [
        ("visit", "held", "narendra-modi", "fumio-kishida", "Tokyo")
    ]


def test_an_occasion_named_the_summit_of_somewhere_does_not_make_a_visit_a_summit(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Obama and Lula talk trade",
        "Brazil's President Luiz Inacio Lula da Silva and President Barack Obama met in the Oval Office on Saturday.",
        "Their talks turned to the Summit of the Americas next month and to biofuels.",
    ]), "2009-03-16")
    assert (event.kind, event.visitor, event.host) == ("visit", "luiz-inacio-lula-da-silva", "barack-obama")


def test_a_groups_summit_named_after_the_word_is_no_summit_of_the_trip(world_rules: Rules) -> None:
    """"la cumbre del Mercosur" (the Mercosur summit, its group after the word) is the group's
    occasion, not a summit of the trip to Brazil told beside it."""
    event = one_event(world_rules, "\n".join([
        "Milei irá a Brasil",
        "Javier Milei pisará Brasil la próxima semana para un foro privado.",
        "En Brasilia lamentaron que el presidente argentino falte a la cumbre del Mercosur.",
    ]), "2024-07-01")
    assert (event.kind, event.visitor, event.place.country) == ("visit", "javier-milei", "BR")


def test_a_surname_in_sky_is_read_in_its_older_spelling(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Zelenskiy in Paris",
        "Ukraine's President Volodymyr Zelenskiy was received by President Emmanuel Macron at the Elysee on Monday.",
    ]), "2023-05-15")
    assert (event.visitor, event.host, event.place.city) == ("volodymyr-zelensky", "emmanuel-macron", "Paris")


def test_an_invitation_accepted_is_a_confirmed_trip(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Trump to attend parade in Paris",
        "The White House said on Tuesday that President Donald Trump had accepted an invitation from President"
        " Emmanuel Macron to the Bastille Day parade in Paris.",
    ]), "2017-06-28")
    assert (event.kind, event.status.value, event.visitor, event.host) == ("ceremony", "confirmed", "donald-trump", "emmanuel-macron")


def test_a_leader_staying_away_from_another_occasion_does_not_undo_a_meeting(world_rules: Rules) -> None:
    # Undated page: nothing marks October 2023 as the past, yet the meeting is told as held.
    text = "\n".join([
        "Lula meets Xi",
        "Brazil's President Luiz Inacio Lula da Silva met Xi Jinping in Beijing for talks on trade and climate.",
        "Lula stayed away from the Belt and Road forum in Beijing in October 2023, citing a fall.",
    ])
    (event,) = analyse(text.encode(), "a.txt", world_rules, TODAY).events
    assert (event.status.value, event.date, event.visitor, event.host) == (
        "held", None, "luiz-inacio-lula-da-silva", "xi-jinping"
    )


def test_a_meeting_the_headline_tells_with_no_place_beside_it_is_placed_at_the_one_city_named(rules: Rules) -> None:
    analysis = draft_on(rules, "\n".join([
        "Putin and Xi: the meeting behind closed doors",
        "The two sat together for three hours in a villa outside Harbin, aides said.",
        "No agreement came of it, and neither side spoke to the press afterwards.",
    ]), "2025-05-10")
    (event,) = analysis.events
    assert (sorted(event.leaders), event.place.city) == (["vladimir-putin", "xi-jinping"], "Harbin")
    assert "Harbin is the one city the article names: check it" in event.doubts["place"]


def test_a_leader_in_a_clause_of_as_or_while_about_something_else_is_no_participant(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Kim meets Putin in Vladivostok as Xi warns of trouble",
        "North Korean leader Kim Jong Un held talks with Russian President Vladimir Putin in Vladivostok on"
        " Thursday, while Xi Jinping urged calm in a speech in Beijing.",
    ]), "2019-04-25")
    assert sorted(event.leaders) == ["kim-jong-un", "vladimir-putin"]


def test_a_word_sharing_only_a_leaders_consonants_is_not_his_name(world_rules: Rules) -> None:
    # "मिलने" (to meet) spells milne: Meloni's consonants, but a vowel she does not have.
    assert world_rules.glossary.gloss("मिलने", "hi") == "मिलने"


def test_the_city_where_the_leaders_meet_beats_a_stop_on_the_way(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Kim's train crosses into Russia",
        "Kim Jong Un has arrived at Khasan, the first station over the border, officials said on Monday.",
        "His train is to go on to Vladivostok, where Kim will meet Vladimir Putin on Wednesday.",
    ]), "2026-04-20")
    assert (event.visitor, event.place.city) == ("kim-jong-un", "Vladivostok")


def test_a_visit_under_way_takes_the_one_city_its_leaders_sentences_name(rules: Rules) -> None:
    # No sentence with a word of the trip names a city; the one naming both leaders does.
    event = one_event(rules, "\n".join([
        "Putin arrives in North Korea",
        "Vladimir Putin arrived in North Korea on Wednesday, state media said.",
        "Kim Jong Un embraced Putin on the tarmac of Pyongyang airport before the two drove off together.",
        "The Kremlin said the two would sign a treaty.",
    ]), "2026-06-19")
    assert (event.status.value, event.place.city) == ("held", "Pyongyang")
    assert any("Pyongyang is the one city of the country the article names" in doubt for doubt in event.doubts.values())


def test_a_government_speaking_by_its_seat_places_no_visit(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Kim arrives in Russia",
        "Kim Jong Un arrived in Russia on Saturday, and the Kremlin confirmed he would meet Vladimir Putin in the coming days.",
    ]), "2026-08-20")
    assert (event.place.country, event.place.city) == ("RU", None)


def test_a_meeting_the_headline_tells_with_no_place_is_drafted_in_the_met_leaders_country(rules: Rules) -> None:
    # No sentence places the meeting; the headline names the country of the leader Xi meets.
    # Better a draft with a warning than none: the editor checks the warning.
    event = one_event(rules, "\n".join([
        "Xi aims to firm up Russia ties at a last summit",
        "Xi Jinping, China's long-serving president, sits down with Vladimir Putin to fix the gains of the past decade.",
        "The meeting is their twentieth, a sign of how close the two have become.",
    ]), "2026-05-12")
    assert (event.visitor, event.host, event.place.country, event.place.city, event.status.value) == (
        "xi-jinping", "vladimir-putin", "RU", None, "held"
    )
    assert "RU is the country of the leader met that the article names beside the meeting: check it" in event.doubts["place"]


def test_a_headline_telling_no_meeting_lends_no_country_to_one(rules: Rules) -> None:
    # Kim asking after Putin's health, in a minister's visit, is no meeting of theirs.
    analysis = draft_on(rules, "\n".join([
        "Minister in North Korea: Kim asks after Putin's health",
        "Kim Jong Un, who received the minister on Tuesday, asked how Vladimir Putin was.",
        "The two talked of ties between their countries.",
    ]), "2026-05-12")
    assert analysis.events == ()


def test_a_leader_told_as_on_a_visit_now_is_on_it_the_pages_day(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Kim in Russia for talks",
        "Kim Jong Un is on a visit to Russia these days, and met Vladimir Putin at the Kremlin.",
    ]), "2026-04-18")
    assert (event.status.value, str(event.date), event.place.city) == ("held", "2026-04-18", "Moscow")


@pytest.mark.parametrize("text", ["Xi's visit will strengthen ties, said Prime Minister Putin", "Xi's visit will strengthen ties, says PM Putin"])
def test_a_bare_surname_after_a_title_word_is_the_leaders(rules: Rules, text: str) -> None:
    # "Prime Minister Putin" (as he was in 2010): "Minister" is a title, not someone's first name.
    assert [leader for _, leader in find_leaders(text, PartialDate.parse("2010-05-01"), rules, set())] == ["xi-jinping", "vladimir-putin"]


def test_a_nordic_sj_for_sh_spells_the_leaders_name(world_rules: Rules) -> None:
    # Danish, Norwegian and Swedish write the sound sh as "sj": "Lukasjenko".
    glossed = world_rules.glossary.gloss("Lukasjenko mødte Putin i Moskva", "da")
    assert [hit.value for hit in world_rules.names.find(glossed)] == ["alexander-lukashenko", "vladimir-putin"]


def test_a_call_the_headline_tells_lends_no_country_to_a_meeting(rules: Rules) -> None:
    analysis = draft_on(rules, "\n".join([
        "Xi and Putin hold phone talks on Russia ties",
        "Xi Jinping and Vladimir Putin spoke by telephone on Tuesday about ties between China and Russia.",
        "The two leaders discussed their cooperation, the Kremlin said.",
    ]), "2026-05-12")
    assert analysis.events == ()


def test_a_sentence_opening_on_the_visit_just_told_dates_it(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Kim to visit Russia this week",
        "Kim Jong Un is to travel to Russia and meet Vladimir Putin this week, both sides announced on Tuesday.",
        "The state visit will run from Friday to Sunday, the Kremlin said.",
    ]), "2026-05-05")
    assert (event.status.value, str(event.date)) == ("confirmed", "2026-05-08")


def test_a_dated_agency_tag_at_the_head_of_the_lead_is_the_reports_date(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Kim to visit Russia",
        "Seoul, (Harbour Wire - 5th May, 2026) Kim Jong Un is to travel to Russia to meet Vladimir Putin"
        " later this week, the Kremlin announced.",
    ]), "2026-05-05")
    assert str(event.date) == "2026-05"  # "later this week": the month, not the tag's day


def test_talks_with_people_who_are_no_leaders_place_no_meeting(rules: Rules) -> None:
    # Putin stays home for budget talks with deputies in Moscow: Kim's visit he called off
    # is the one event, in North Korea, not a meeting in Moscow.
    analysis = draft_on(rules, "\n".join([
        "Putin calls off North Korea trip",
        "Kim Jong Un said the summit set for next week is off, after Vladimir Putin called off his visit to"
        " North Korea to deal with the budget talks with deputies in Moscow.",
    ]), "2026-05-12")
    assert [(e.place.country, e.status.value) for e in analysis.events] == [("KP", "cancelled")]


@pytest.mark.parametrize(
    ("language", "text"),
    [("it", "Kim Jong Un si trova in Russia per una visita"), ("fr", "Kim Jong Un se trouve en Russie pour une visite"),
     ("es", "Kim Jong Un se encuentra en Rusia de visita"), ("ru", "Ким Чен Ын находится в России с визитом")],
)
def test_a_leader_said_to_be_in_a_country_now_is_there_as_the_page_is_written(rules: Rules, language: str, text: str) -> None:
    glossed = rules.glossary.gloss(text, language)
    assert rules.as_it_happens.find(glossed)


def test_a_leader_unlikely_to_come_and_a_summit_that_could_take_place_join_no_visit(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Trump hosts Japan's leader in Palm Beach",
        "On Tuesday Donald Trump opened talks with Shinzo Abe, the prime minister of Japan, in Palm Beach.",
        "One leader unlikely to be coming to Palm Beach is Kim Jong Un.",
        "Trump said that summit could take place in June, and the two sides are in touch.",
    ]), "2018-04-18")
    assert (event.leaders, event.visitor, event.kind, str(event.date)) == (
        ("donald-trump", "shinzo-abe"), "shinzo-abe", "visit", "2018-04-17"
    )


def test_a_portuguese_sentence_opening_with_its_place_is_a_sentence_of_its_own(world_rules: Rules) -> None:
    # "Na" glossed "In" opens a sentence still; "se reuniram" is "met".
    event = one_event(world_rules, "\n".join([
        "Como foi a viagem de Bolsonaro aos EUA",
        "A viagem durou três dias. Na Casa Branca, em Washington, os presidentes Jair Bolsonaro e Donald Trump"
        " se reuniram para aproximar os dois países.",
    ]), "2019-03-20")
    assert (event.visitor, event.host, event.place.city, event.status.value) == (
        "jair-bolsonaro", "donald-trump", "Washington", "held"
    )


def test_a_past_weekday_the_day_after_the_pages_day_gives_the_month_alone(world_rules: Rules) -> None:
    # The page is dated Wednesday 10 July; "on Thursday" is not a week back (that would be
    # "last Thursday") but likely the day after, on a page dated a day early: July, no finer.
    event = one_event(world_rules, "\n".join([
        "Modi begins Russia visit",
        "Prime Minister Narendra Modi reached Moscow on Thursday evening for a two-day visit and a summit with"
        " President Vladimir Putin.",
    ]), "2024-07-10")
    assert (str(event.date), event.status.value, event.place.city) == ("2024-07", "held", "Moscow")


def test_a_leader_the_visitor_will_also_meet_joins_the_visit(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Singh in Moscow for summit",
        "Prime Minister Manmohan Singh arrived in Moscow on Thursday for a summit with President Dmitry Medvedev.",
        "Singh is also to see Prime Minister Vladimir Putin on Friday, once the summit is over.",
    ]), "2011-12-16")
    assert event.leaders == ("dmitry-medvedev", "manmohan-singh", "vladimir-putin")
    assert (event.visitor, event.host) == ("manmohan-singh", "dmitry-medvedev")


def test_a_meeting_of_a_group_of_countries_is_a_summit(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Khurelsukh to go to Kazan",
        "Ukhnaagiin Khurelsukh has accepted Vladimir Putin's invitation to the BRICS meeting, which will take place"
        " in October in Kazan.",
    ]), "2024-09-03")
    assert (event.kind, event.status.value, event.place.city, str(event.date)) == ("summit", "confirmed", "Kazan", "2024-10")


def test_a_glossed_word_is_capitalised_where_it_opens_a_sentence_alone(rules: Rules) -> None:
    # A German noun's capital mid-sentence is no sentence's start; "In Moskau" after a full stop is.
    assert rules.glossary.gloss("Scholz lobte den Besuch. In Moskau traf er Putin.", "de") == (
        "Scholz lobte den visit. In Moscow met er Putin."
    )
    assert rules.glossary.gloss("С Путиным он говорил. В Москве было холодно.", "ru").startswith("With Putin")


def test_talks_on_the_second_day_of_a_trip_date_it_from_the_day_before(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Xi holds talks with Putin",
        "Xi Jinping held talks with Vladimir Putin in Moscow on Tuesday, on the second day of Xi's three-day state"
        " visit to Russia.",
    ]), "2023-03-22")
    assert (event.place.city, str(event.date)) == ("Moscow", "2023-03-20")


def test_a_leader_looking_forward_to_a_visit_has_it_ahead(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Xi looks forward to his visit to Russia",
        "Xi Jinping said he looks forward to meeting his old friend Vladimir Putin during his state visit to Russia.",
    ]), "2023-03-10")
    assert (event.visitor, event.status.value) == ("xi-jinping", "announced")


@pytest.mark.parametrize(
    ("day", "status", "date"),
    [
        ("on Tuesday", "held", "2024-10-22"),  # the page's own day: the visitor is there, the visit under way
        ("on Thursday", "confirmed", "2024-10-24"),  # a day still ahead, fixed: confirmed
    ],
)
def test_talks_planned_for_the_pages_own_day_are_a_visit_held(world_rules: Rules, day: str, status: str, date: str) -> None:
    event = one_event(world_rules, "\n".join([
        "Modi and Putin to meet before the summit",
        f"Prime Minister Narendra Modi will hold one-on-one talks with President Vladimir Putin in Kazan {day}.",
        "The two leaders are expected to discuss trade and energy before the gathering opens.",
    ]), "2024-10-22")
    assert (event.status.value, str(event.date), event.visitor, event.host) == (status, date, "narendra-modi", "vladimir-putin")


@pytest.mark.parametrize(
    ("invitation", "status"),
    [
        # The host's invitation, passed on by an envoy: the trip the page is about is invited.
        ("It was the Chinese ambassador who passed on the invitation of the Chinese president.", "invited"),
        # An invitation the visitor gives someone else is none of the trip's.
        ("Modi has also invited Chinese carmakers to build plants in India.", "held"),
        # One taken up is no invitation still open.
        ("Modi took up the invitation of the Chinese president.", "held"),
        # A guest at a dinner is invited to the meal, not on a trip.
        ("Modi was one of seven guests invited to a dinner by the Chinese president.", "held"),
    ],
)
def test_a_trip_with_no_word_of_where_it_stands_is_invited_when_the_host_has_invited(
    world_rules: Rules, invitation: str, status: str
) -> None:
    event = one_event(world_rules, "\n".join([
        "Modi and the trip to China",
        invitation,
        "Part of the government had sought to keep its distance from Beijing after the border clashes of the past years.",
    ]), "2019-03")
    assert (event.status.value, event.visitor, event.place.country) == (status, "narendra-modi", "CN")


@pytest.mark.parametrize(
    "where",
    ["in the forests of Russia's east", "in Russia's Far East", "in the heart of Russia's far east"],
)
def test_a_part_of_a_country_named_by_its_possessive_places_the_meeting_there(rules: Rules, where: str) -> None:
    # "North Korea's Kim" names whose leader he is; "Russia's east" names where they met.
    event = one_event(rules, "\n".join([
        "Kim and Putin meet at a launch site",
        f"President Vladimir Putin met North Korea's Kim Jong Un on Wednesday {where}, at a site for launching rockets.",
        "The two leaders talked for hours about arms and the war, officials of both sides said.",
    ]), "2023-09-13")
    assert (event.place.country, event.visitor, event.host) == ("RU", "kim-jong-un", "vladimir-putin")


@pytest.mark.parametrize(
    "where",
    ["in Russia's Amur region", "in southern Russia's Rostov region", "in Russia's Tver district"],
)
def test_a_region_named_with_its_kind_after_a_country_s_possessive_places_the_meeting_in_that_country(
    rules: Rules, where: str
) -> None:
    # The gazetteer has no such region: the country that owns it is where they met.
    event = one_event(rules, "\n".join([
        "Kim and Putin meet far from both capitals",
        f"President Vladimir Putin met North Korea's Kim Jong Un on Wednesday {where}, at a site for launching rockets.",
        "The two leaders talked for hours about arms and the war, officials of both sides said.",
    ]), "2023-09-13")
    assert (event.place.country, event.visitor, event.host) == ("RU", "kim-jong-un", "vladimir-putin")


def test_an_office_a_country_owns_is_no_region_of_it(rules: Rules) -> None:
    # "China's Foreign Ministry" is the ministry's owner, capitalised as a region's name is: no place.
    event = one_event(rules, "\n".join([
        "Kim arrives in Moscow",
        "North Korean leader Kim Jong Un arrived in Moscow on Tuesday for talks with President Vladimir Putin, China's Foreign Ministry said.",
        "The two leaders are to discuss arms and the war, officials of both sides said.",
    ]), "2023-09-12")
    assert (event.place.country, event.place.city) == ("RU", "Moscow")


@pytest.mark.parametrize("told", ["said he was heading to Tokyo", "said: we are on our way to Tokyo", "was headed to Tokyo"])
def test_a_leader_told_on_his_way_is_on_a_trip_confirmed(world_rules: Rules, told: str) -> None:
    event = one_event(world_rules, "\n".join([
        "Biden sets off for Japan",
        f"President Joe Biden {told} for talks with Prime Minister Fumio Kishida next week.",
        "The two leaders are to discuss trade and the region's security, officials said.",
    ]), "2023-05-12")
    assert (event.status.value, event.visitor, event.place.country) == ("confirmed", "joe-biden", "JP")


@pytest.mark.parametrize(
    "text",
    [
        "A visit by German Foreign Minister Frank-Walter Steinmeier to Moscow is expected to bring no change, Lavrov said.",
        # A page's word order, read through its glossary: the office, a nationality, the name.
        "Lavrov said the visit of foreign minister German Frank Walter Steinmeier to Moscow would bring no change.",
    ],
)
def test_a_leader_named_in_a_ministers_office_makes_a_ministers_trip(world_rules: Rules, text: str) -> None:
    analysis = draft(world_rules, "\n".join(["Lavrov on the German minister's visit", text]))
    assert analysis.events == ()


def test_a_summit_agreed_in_a_call_and_placed_nowhere_is_no_event(world_rules: Rules) -> None:
    analysis = draft(world_rules, "\n".join([
        "Moon, Abe agree on early summit, cooperation on North Korea",
        "TOKYO (Reuters) - Japan's Prime Minister Shinzo Abe and South Korea's President Moon Jae-in agreed on"
        " Thursday to work together on North Korea and to hold a summit early, a Japanese spokesman said.",
        "The spokesman spoke to reporters after the leaders' phone call.",
    ]))
    assert analysis.events == ()
    assert analysis.warnings[-1] == "the article reports no visit or meeting: a source entry only, no event"


def test_a_duty_met_is_no_meeting_and_a_first_meeting_since_is_no_second_event(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Medvedev to visit the White House",
        "President Obama will welcome President Medvedev to Washington on June 24.",
        "Since they first met in London in April 2009, Obama and Medvedev have worked together, and Iran"
        " has been pressed to meet its international obligations.",
    ]), "2010-06-11")
    assert [(event.place.city, event.status.value) for event in analysis.events] == [("Washington", "confirmed")]


def test_a_leader_putting_off_his_own_trips_in_a_clause_is_not_in_the_visit_told(rules: Rules) -> None:
    event = one_event(rules, "\n".join([
        "Putin arrives in China for state visit",
        "Russian President Vladimir Putin landed in Beijing on Thursday for a state visit.",
        "He reached Beijing shortly after Ukraine's President Volodymyr Zelensky said he would put off all his"
        " coming trips abroad.",
    ]), "2024-05-16")
    assert (event.status.value, event.visitor, event.leaders, event.date) == (
        "held", "vladimir-putin", ("vladimir-putin",), PartialDate.parse("2024-05-16")
    )


def test_a_summit_a_letter_calls_off_is_news_even_in_a_one_line_brief(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Trump cancels summit with North Korea",
        "In a letter to North Korea's Kim Jong Un, President Trump says he is calling off the summit the two"
        " leaders were to hold in Singapore.",
    ]), "2018-05-24")
    assert (event.status.value, event.kind, event.place.city, set(event.leaders)) == (
        "cancelled", "summit", "Singapore", {"donald-trump", "kim-jong-un"}
    )


def test_a_further_stop_of_a_trip_under_way_is_a_visit_of_its_own(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Modi leaves for Russia",
        "Prime Minister Narendra Modi sets out today on a two-day visit to Moscow, invited by President Vladimir Putin.",
        '"For the next three days I will be in Russia on an official visit, and then in Austria," Modi wrote.',
        "In Moscow, Modi will hold talks with Putin.",
    ]), "2024-07-08")
    legs = [(event.place.country, event.status.value, event.leaders, event.host, event.date) for event in analysis.events]
    assert legs[1:] == [("AT", "confirmed", ("narendra-modi",), None, PartialDate.parse("2024-07"))]
    assert legs[0][:2] == ("RU", "held")


def test_words_of_going_on_to_a_place_are_a_trips_words(world_rules: Rules) -> None:
    """"Erdogan flies on to Italy": going on to a place is travelling there, though no word of
    the trip list ("visit", "travel") is in the sentence; the stop is one of the trip under way."""
    analysis = draft_on(world_rules, "\n".join([
        "Erdogan in Paris",
        "On Saturday Emmanuel Macron welcomed Recep Tayyip Erdogan in Paris for talks on trade.",
        "On Sunday Erdogan flies on to Italy.",
    ]), "2018-01-06")
    assert [(event.place.country, event.status.value, event.leaders) for event in analysis.events] == [
        ("FR", "held", ("emmanuel-macron", "recep-tayyip-erdogan")), ("IT", "confirmed", ("recep-tayyip-erdogan",)),
    ]


def test_going_on_with_no_place_after_it_is_no_trip(world_rules: Rules) -> None:
    """"After which" and "goes on to say" name no place gone to: nothing more is drafted."""
    analysis = draft_on(world_rules, "\n".join([
        "Erdogan in Paris",
        "On Saturday Emmanuel Macron welcomed Recep Tayyip Erdogan in Paris for talks on trade.",
        "Erdogan spoke for an hour, after which Italy was mentioned only once.",
    ]), "2018-01-06")
    assert [event.place.country for event in analysis.events] == ["FR"]


def test_a_stop_gone_on_to_years_ago_stays_a_mention(world_rules: Rules) -> None:
    """A past tour's going on, told with its year, looks back as any trip of that year does."""
    analysis = draft_on(world_rules, "\n".join([
        "Erdogan in Paris",
        "On Saturday Emmanuel Macron welcomed Recep Tayyip Erdogan in Paris for talks on trade.",
        "On his tour of 2014 Erdogan flies on to Italy from Paris, the page recalls.",
    ]), "2018-01-06")
    assert [event.place.country for event in analysis.events] == ["FR"]


def test_a_trip_to_another_country_later_in_the_year_is_no_further_stop(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Modi leaves for Russia",
        "Prime Minister Narendra Modi sets out today on a two-day visit to Moscow, invited by President Vladimir Putin.",
        "Modi is also expected to visit Austria in November, officials said.",
    ]), "2024-07-08")
    assert [event.place.country for event in analysis.events] == ["RU"]


def test_a_leader_who_came_last_month_is_no_guest_of_an_undated_pages_visit(world_rules: Rules) -> None:
    analysis = draft(world_rules, "\n".join([
        "Kishida in Kyiv",
        "Volodymyr Zelensky, the President of Ukraine, met the Prime Minister of Japan, Fumio Kishida, today, March 21.",
        "I am glad to welcome to Kyiv the Prime Minister of Japan, Fumio Kishida, Zelensky wrote.",
        "Kishida arrived in Ukraine unannounced, and the two leaders spoke about the war and about help for"
        " the rebuilding of the country's power plants and its railways.",
        "Other G7 leaders have already been to Ukraine; US President Joe Biden came last month.",
    ]))
    (event,) = analysis.events
    assert (event.leaders, event.visitor) == (("fumio-kishida", "volodymyr-zelensky"), "fumio-kishida")


def test_a_visit_next_year_is_dated_by_the_day_its_state_dinner_is_set_for(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Obama to host state dinner for Hollande",
        "President Obama will receive French President Francois Hollande in Washington next year on a state visit.",
        "Hollande will join Obama at a state dinner at the White House on Feb. 11, 2014, the White House said on Friday.",
    ]), "2013-11-22")
    assert (event.status.value, event.date, event.place.city) == ("confirmed", PartialDate.parse("2014-02-11"), "Washington")


def test_a_visitor_who_will_be_received_is_on_a_visit_ahead(world_rules: Rules) -> None:
    # "will be received by": the passive of "will receive", a plan, not the held "received".
    event = one_event(world_rules, "\n".join([
        "Scholz to meet Biden in Washington",
        "German Chancellor Olaf Scholz will be received by President Joe Biden at the White House next month.",
    ]), "2024-01-12")
    assert (event.status.value, event.visitor, event.host) == ("announced", "olaf-scholz", "joe-biden")


def test_two_leaders_met_where_no_sentence_says_are_placed_in_the_hosts_country(world_rules: Rules) -> None:
    """"The visiting Russian President" is the guest: the meeting is in the host's country,
    the city left to the editor, rather than no draft at all."""
    analysis = draft_on(world_rules, (
        "Abe and Putin discuss a peace treaty\n"
        "On Thursday Prime Minister Shinzo Abe sat down with the visiting Russian President, Vladimir Putin,"
        " at an inn in a small hot-spring town."
    ), "2016-12-16")
    (event,) = analysis.events
    assert (event.visitor, event.host, event.place.country, event.place.city) == ("vladimir-putin", "shinzo-abe", "JP", None)
    assert "home of the leader who received the visitor" in event.doubts["place"]


def test_talks_kept_going_at_a_distance_are_placed_nowhere(world_rules: Rules) -> None:
    """No status says the two met, and no one is visiting: Russia, the one home of theirs the
    page names, places no meeting."""
    analysis = draft_on(world_rules, (
        "Macron spoke with Putin again\n"
        "The talks were about the war in Ukraine. Macron still thinks it matters to keep the talks with"
        " Vladimir Putin going, the Elysee said, as Russia's army pressed on."
    ), "2022-03-22")
    assert analysis.events == ()


def test_an_invitation_to_a_place_is_drafted_once(world_rules: Rules) -> None:
    """"Invites Kim to Moscow" asks for a trip; the talks a minister held elsewhere, given
    no status of their own, make no second trip beside it."""
    analysis = draft_on(world_rules, (
        "Lavrov invites Kim to Moscow\n"
        "In the meeting with Kim, Lavrov said Russia stood ready to help. President Vladimir Putin had valued"
        " Kim's greetings. The talks in North Korea were about cooperation."
    ), "2018-06-01")
    assert [(e.status.value, e.visitor, e.place.city) for e in analysis.events] == [("invited", "kim-jong-un", "Moscow")]


def test_a_capital_that_wants_or_could_not_agree_is_its_government_not_a_place(world_rules: Rules) -> None:
    """The headline's meeting is placed in the one city where anyone is: Hanoi, where Trump
    spoke, not Pyongyang that wanted sanctions lifted nor Washington that would not agree."""
    analysis = draft_on(world_rules, (
        "Trump-Kim summit: live updates\n"
        "Speaking in Hanoi once his talks with the North Korean leader had ended without agreement, President Donald"
        " Trump gave reporters his account. Pyongyang wanted every sanction lifted, and Washington could not agree to that."
    ), "2019-02-28")
    (event,) = analysis.events
    assert (event.kind, event.status.value, event.place.city, sorted(event.leaders)) == (
        "summit", "held", "Hanoi", ["donald-trump", "kim-jong-un"]
    )


def test_a_capital_whose_statement_or_stance_is_told_is_its_government_not_a_place(world_rules: Rules) -> None:
    """A summit called off in a letter, placed nowhere by the page, is not placed in the
    capital whose latest statement the letter answers: with no place, no event."""
    analysis = draft_on(world_rules, (
        "Trump calls off summit with Kim\n"
        "The meeting set for next month is off, President Donald Trump told Kim Jong Un in a letter, citing"
        " the anger of Pyongyang's latest statement."
    ), "2018-05-24")
    assert analysis.events == ()


def test_a_capital_that_recognises_or_calls_a_thing_by_a_name_is_its_government_not_a_place(world_rules: Rules) -> None:
    """A visit under way whose sentences name no city keeps its country alone: "after Ankara
    recognised the new state" and "what Ankara calls a buffer zone" are the government, and so
    is the capital behind an aside ("Ankara, for its part, had said")."""
    analysis = draft_on(world_rules, (
        "Kishida flies to Turkey\n"
        "Japanese Prime Minister Fumio Kishida arrived in Turkey on Monday and held talks with President Recep"
        " Tayyip Erdogan. Erdogan spoke weeks after Ankara recognised the new state and set up what Ankara calls"
        " a buffer zone. Ankara, for its part, had said Erdogan would talk trade."
    ), "2023-05-08")
    (event,) = analysis.events
    assert (event.kind, event.status.value, event.visitor, event.place.country, event.place.city) == (
        "visit", "held", "fumio-kishida", "TR", None
    )


def test_two_capitals_whose_ties_are_told_are_governments_not_a_place(world_rules: Rules) -> None:
    """"The ties between Ankara and Tokyo" names two governments, not the city the visit is in:
    the visit under way keeps its country alone."""
    analysis = draft_on(world_rules, (
        "Kishida flies to Turkey\n"
        "Japanese Prime Minister Fumio Kishida arrived in Turkey on Monday and held talks with President Recep"
        " Tayyip Erdogan. Erdogan said the ties between Ankara and Tokyo had never been warmer."
    ), "2023-05-08")
    (event,) = analysis.events
    assert (event.visitor, event.place.country, event.place.city) == ("fumio-kishida", "TR", None)


def test_a_summit_the_headline_calls_off_is_placed_in_no_leaders_home(world_rules: Rules) -> None:
    """A summit called off that the page never places ("Tokyo calls off Kishida-Erdogan
    summit"; neither leader was to go to the other) has no place of its own: no event, where a
    summit the headline tells as held is placed in the home of the leader met."""
    analysis = draft_on(world_rules, (
        "Tokyo calls off Kishida-Erdogan summit\n"
        "After a row over trade, Japan has cancelled the summit it was to hold with Turkey. Prime Minister Fumio"
        " Kishida and President Recep Tayyip Erdogan will not sit down together, officials said."
    ), "2023-05-08")
    assert analysis.events == ()


def test_a_meeting_the_present_tense_sets_for_next_week_is_confirmed_and_past_trips_counted_are_no_news(world_rules: Rules) -> None:
    """"Before he meets Trump at the G20 summit in Japan next week" is a meeting set, news of
    its own though the page is undated; "has since been to China four times, and Beijing
    waited to see where the talks would lead" tells of trips gone by, no new one."""
    analysis = draft_on(world_rules, (
        "Xi visits Kim ahead of talks with Trump\n"
        "PYONGYANG: North Korea's leader Kim Jong Un received China's President Xi Jinping in Pyongyang on Thursday.\n"
        "Kim has since been to China four times, and Pyongyang has pressed Xi to return the visits; Beijing waited to"
        " see where the talks between Kim and Trump would lead.\n"
        "Analysts think Xi wants leverage before he meets Trump at the G20 summit in Japan next week."
    ), "2019-06-21")
    assert sorted((e.place.country, e.status.value, e.kind) for e in analysis.events) == [
        ("JP", "confirmed", "summit"), ("KP", "held", "visit")
    ]


def test_a_rumoured_meeting_takes_the_first_day_its_own_sentence_gives(world_rules: Rules) -> None:
    """Sources name the meeting's days ("the informal meeting ..., between October 11 and
    13"): its first day, though only a rumour; a day the city gives for other news would not do."""
    event = one_event(world_rules, (
        "Modi to host Xi in Tamil Nadu\n"
        "Prime Minister Narendra Modi and China's President Xi Jinping are likely to hold informal talks in October,"
        " when Xi comes to India, at Mamallapuram, the old town on the coast.\n"
        "Sources said that Mamallapuram has been picked as the venue for the informal meeting of Modi and Xi, between"
        " October 11 and 13.\n"
        "A security team that guards Modi will come to Mamallapuram next week to study the arrangements for Xi.\n"
        "The agenda of the informal summit is not settled yet, but sources said the two leaders are expected to tour"
        " the monuments there."
    ), "2019-09-03")
    assert (event.status.value, str(event.date), event.place.city) == ("rumoured", "2019-10-11", "Mamallapuram")


def test_a_prime_minister_opening_the_sentence_is_a_leader_not_a_minister_acting_for_one(world_rules: Rules) -> None:
    """"On Thursday Prime Minister Abe sat down with Putin": the day is the leaders' meeting's,
    not a minister's errand before it."""
    event = one_event(world_rules, (
        "Abe and Putin discuss a peace treaty\n"
        "On Thursday evening Prime Minister Shinzo Abe sat down with the visiting Russian President, Vladimir Putin,"
        " looking for common ground on the islands."
    ), "2016-12-16")
    assert (str(event.date), event.place.country) == ("2016-12-15", "JP")


def test_a_page_pasted_from_mid_article_that_opens_on_the_two_leaders_means_the_two_it_names_next(world_rules: Rules) -> None:
    """"The two leaders would meet at the end of April", before any leader is named: the two
    the page names next (the Russian president by his office)."""
    event = one_event(world_rules, (
        "The Kremlin's spokesman had said earlier that the two leaders would meet at the end of April.\n"
        "Last week Kim Jong Un said he was ready to work closely with the Russian president for peace.\n"
        "It will be Kim's first trip to Russia."
    ), "2019-04-22")
    assert (event.status.value, event.visitor, event.host, event.place.country, str(event.date)) == (
        "announced", "kim-jong-un", "vladimir-putin", "RU", "2019-04"
    )


@pytest.mark.parametrize("word", ["será", "serão"])
def test_portuguese_will_be_tells_a_trip_ahead(world_rules: Rules, word: str) -> None:
    event = one_event(world_rules, f"Kim irá à Rússia\n{word.capitalize()} a primeira ida de Kim Jong-un à Rússia, disse a agência.", "2019-04-22")
    assert (event.status.value, event.place.country) == ("announced", "RU")


def test_a_town_the_gazetteer_lacks_before_its_region_places_the_meeting(world_rules: Rules) -> None:
    """"In Rancho Mirage, California": the country is the region's, the town the page's (to
    check); the glossed Spanish "ambos mandatarios", both leaders, are the two named next."""
    event = one_event(world_rules, (
        "Antes de sentarse a conversar, ambos mandatarios caminaron juntos por la finca, en Rancho Mirage, California.\n"
        "En la primera reunión, el viernes, Xi Jinping y Barack Obama convinieron en construir un nuevo tipo de relación."
    ), "2013-06-08")
    assert (event.visitor, event.host, event.place.country, event.place.city) == ("xi-jinping", "barack-obama", "US", "Rancho Mirage")
    assert "not in the gazetteer" in event.doubts["place"]


def test_a_place_that_speaks_after_a_region_the_gazetteer_lacks_is_no_destination(rules: Rules) -> None:
    event = one_event(rules, (
        "Kim Jong Il to visit Russia: Kremlin\n"
        "North Korean leader Kim Jong-il will visit Russia later this month at the invitation of President Dmitry Medvedev.\n"
        "The two leaders will hold talks in Siberia, the Kremlin press service said."
    ), "2011-08-19")
    assert (event.place.country, event.place.city) == ("RU", None)


def test_journalists_visiting_make_no_visitor_of_the_leader_named_after_them(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, (
        "Putin talks to reporters\n"
        "Speaking to visiting journalists on Tuesday, Vladimir Putin said he hoped to meet Kim Jong Un again soon,"
        " but gave no date."
    ), "2024-01-16")
    assert analysis.events == ()


def test_welcoming_a_leaders_decision_receives_no_one(world_rules: Rules) -> None:
    """No place, and the one welcomed is a decision ("Xi Jinping's decision"), not a guest."""
    analysis = draft_on(world_rules, (
        "Scholz hails a decision\n"
        "Chancellor Olaf Scholz welcomed Xi Jinping's decision on trade with Europe, and said the two leaders had met"
        " often over the years and would surely meet again."
    ), "2023-05-10")
    assert analysis.events == ()


def test_the_state_dinner_of_a_state_visit_dates_it(rules: Rules) -> None:
    text = (
        "Xi to host Putin\n"
        "Xi Jinping will welcome Russia's President Vladimir Putin on a state visit, the Chinese foreign ministry said on Tuesday.\n"
        "A state banquet is set for May 16."
    )
    event = one_event(rules, text, "2024-05-07")
    assert (event.visitor, event.host, event.status.value, str(event.date)) == ("vladimir-putin", "xi-jinping", "confirmed", "2024-05-16")


def test_talks_set_for_today_on_an_undated_page_are_held_that_unknown_day(rules: Rules) -> None:
    text = "Putin in Beijing\nVladimir Putin is to hold talks with Xi Jinping in Beijing today, the Kremlin said."
    (event,) = analyse(text.encode(), "a.txt", rules, TODAY).events
    assert (event.status.value, event.visitor, event.host, event.date) == ("held", "vladimir-putin", "xi-jinping", None)


def test_a_further_stop_where_the_traveller_is_expected_is_a_visit_of_its_own(rules: Rules) -> None:
    text = (
        "Putin holds talks with Xi in Beijing\n"
        "Vladimir Putin held talks with Xi Jinping in Beijing on Thursday.\n"
        "After China he is expected in Kazakhstan on Sunday."
    )
    talks, stop = draft_on(rules, text, "2024-05-17").events
    assert (talks.place.country, talks.status.value) == ("CN", "held")
    # The headline's talks are the meeting's: the stop, where he meets nobody the page names, is a visit.
    assert (stop.place.country, stop.visitor, stop.host, stop.kind, stop.status.value, str(stop.date)) == (
        "KZ", "vladimir-putin", None, "visit", "confirmed", "2024-05-19"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Xi in Brasilia\nAfter the G20 summit, Xi Jinping arrived in Brasilia on Wednesday for talks with Lula.",
        # The group after the word, as Portuguese puts it: "a cúpula do G20".
        "Xi em Brasília\nApós a cúpula do G20, o presidente chinês Xi Jinping chegou a Brasília na quarta-feira para se"
        " reunir com Lula.",
    ],
)
def test_a_groups_summit_the_trip_follows_makes_no_summit_of_it(world_rules: Rules, text: str) -> None:
    (event,) = draft_on(world_rules, text, "2024-11-21").events
    assert (event.kind, event.visitor, event.host, event.place.city) == ("visit", "xi-jinping", "luiz-inacio-lula-da-silva", "Brasília")


def test_leaders_who_invite_each_other_make_an_invitation_to_each_ones_country(rules: Rules) -> None:
    text = (
        "Xi and Putin meet in Moscow\n"
        "Vladimir Putin received Xi Jinping in Moscow on Tuesday for talks on trade.\n"
        "Each leader invited the other to visit."
    )
    events = draft_on(rules, text, "2023-03-22").events
    assert [(e.status.value, e.visitor, e.host, e.place.country, e.place.city) for e in events] == [
        ("held", "xi-jinping", "vladimir-putin", "RU", "Moscow"),
        ("invited", "xi-jinping", "vladimir-putin", "RU", None),
        ("invited", "vladimir-putin", "xi-jinping", "CN", None),
    ]


def test_a_plan_for_next_year_in_the_country_of_a_visit_held_is_another_trip(rules: Rules) -> None:
    text = (
        "Kim visits Russia\n"
        "Kim Jong Un held talks with Vladimir Putin in Vladivostok on Wednesday.\n"
        "Kim also said he looked forward to coming back to Russia next year for a three-way summit that Russia is to host."
    )
    # The three-way summit is a group's summit ahead: confirmed (the gold convention on
    # announced and confirmed).
    held, planned = draft_on(rules, text, "2019-04-26").events
    assert (held.status.value, str(held.date), held.place.city) == ("held", "2019-04-24", "Vladivostok")
    assert (planned.status.value, str(planned.date), planned.kind, planned.place.city) == ("confirmed", "2020", "summit", None)


def test_a_leader_named_in_a_meeting_dated_by_the_time_since_it_is_not_at_the_news(rules: Rules) -> None:
    text = (
        "Kim lands in Beijing\n"
        "Kim Jong Un has landed in Beijing, where he is expected to tell Xi Jinping how last week's summit with"
        " Vladimir Putin went."
    )
    event = one_event(rules, text, "2019-04-30")
    assert (event.leaders, event.visitor, event.host, event.status.value) == (("kim-jong-un", "xi-jinping"), "kim-jong-un", "xi-jinping", "held")


@pytest.mark.parametrize(
    "text",
    [
        "Kim Visits China Before Meeting Putin, Medvedev\n"
        "Kim Jong Un arrived in Beijing on Tuesday for talks with Xi Jinping, Chinese state media said.",
        "Kim visits China\nKim Jong Un arrived in China on Tuesday for talks with Xi Jinping.\n"
        "He is expected to see Vladimir Putin again soon, and his trip to Beijing is read as a step ahead of that meeting.",
    ],
)
def test_leaders_the_traveller_is_to_meet_next_are_not_on_this_trip(rules: Rules, text: str) -> None:
    event = one_event(rules, text, "2019-01-09")
    assert (event.leaders, event.visitor, event.host) == (("kim-jong-un", "xi-jinping"), "kim-jong-un", "xi-jinping")


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Kim speak by telephone\nVladimir Putin had a telephone conversation with Kim Jong Un on Monday."
        " Mr Kim asked Mr Putin to visit Pyongyang later this year.",
        # Accepting the invitation in the same breath leaves it an invitation: no date, no plan yet.
        "Putin and Kim speak by telephone\nVladimir Putin had a telephone conversation with Kim Jong Un on Monday."
        " Kim asked President Putin to visit Pyongyang later this year, and Putin accepted the invitation.",
    ],
)
def test_a_leader_asked_by_another_to_visit_is_invited(rules: Rules, text: str) -> None:
    (event,) = draft_on(rules, text, "2024-03-04").events
    assert (event.status.value, event.visitor, event.host, event.place.city, str(event.date)) == (
        "invited", "vladimir-putin", "kim-jong-un", "Pyongyang", "2024"
    )


def test_a_visit_told_on_a_messaging_service_is_no_telegram(rules: Rules) -> None:
    """"Telegram", capitalised after "on", is where the news was posted, not a telegram sent."""
    text = (
        "Kim in Vladivostok\n"
        "Kim Jong Un arrived in Vladivostok on Tuesday for talks with Vladimir Putin, the Kremlin said on Telegram."
    )
    (event,) = draft_on(rules, text, "2023-09-12").events
    assert (event.status.value, event.visitor, event.host, event.place.city, str(event.date)) == (
        "held", "kim-jong-un", "vladimir-putin", "Vladivostok", "2023-09-12"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Kim Jong Un held a meeting\n"
        "Russia's president invited the North Korean leader to come to Russia again.\n"
        "On Wednesday in Beijing Vladimir Putin and Kim Jong Un sat down for talks at the Diaoyutai guesthouse,"
        " after a military parade in the Chinese capital.",
        # Russian's titles in the genitive: "президент России", "северокорейского лидера".
        "Путин и Ким Чен Ын провели переговоры\n"
        "Президент России пригласил северокорейского лидера снова приехать в Россию.\n"
        "В среду в Пекине Владимир Путин и Ким Чен Ын провели переговоры в резиденции Дяоюйтай после военного парада.",
    ],
)
def test_an_invitation_told_first_under_a_meetings_headline_is_news_beside_the_meeting(rules: Rules, text: str) -> None:
    events = draft_on(rules, text, "2025-09-03").events
    assert [(e.kind, e.status.value, e.visitor, e.host, e.place.country, e.place.city, e.date) for e in events] == [
        ("summit", "held", None, None, "CN", "Beijing", PartialDate.parse("2025-09-03")),
        ("visit", "invited", "kim-jong-un", "vladimir-putin", "RU", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # "Held back" puts a trip off, as "pushed back" does.
        ("Kim and the Russia trip\nKim Jong Un's visit to Russia to meet Vladimir Putin has been held back for security"
         " reasons, the Kremlin said on Monday.", None),
        # The city of an attack is the news's topic, no destination: the trip keeps its country alone.
        ("Kim puts off trip to Russia\nKim Jong Un's visit to Russia to meet Vladimir Putin has been held back over"
         " safety worries after the deadly bombing in Vladivostok last week, the Kremlin said on Monday.", None),
    ],
)
def test_a_trip_held_back_is_put_off_and_an_attacks_city_does_not_place_it(rules: Rules, text: str, city: str | None) -> None:
    (event,) = draft_on(rules, text, "2024-03-04").events
    assert (event.status.value, event.visitor, event.host, event.place.country, event.place.city) == (
        "postponed", "kim-jong-un", "vladimir-putin", "RU", city
    )


@pytest.mark.parametrize("office", ["Secretary of State Antony Blinken", "US Secretary of State, Antony Blinken,"])
def test_a_minister_named_after_his_office_stays_a_minister_when_named_alone(world_rules: Rules, office: str) -> None:
    """The name set off by commas after the office is the minister's as much as the name straight
    after it: his trip, in a sentence naming his president's administration, is no leader's visit."""
    text = (
        f"Talks in Kyiv\nThe {office} has come to Kyiv on a visit nobody announced, and is to see Volodymyr Zelensky there.\n"
        "A news agency says Blinken reached Kyiv on Tuesday on a trip kept quiet, to show that the Biden administration"
        " stands by Ukraine.\nA spokesman said Blinken would see Volodymyr Zelensky and the prime minister."
    )
    assert draft_on(world_rules, text, "2024-05-15").events == ()


@pytest.mark.parametrize(
    "meal",
    ["had lunch with Russian President Vladimir Putin on Tuesday", "lunched with Russian President Vladimir Putin on Tuesday",
     "dined with Russian President Vladimir Putin on Tuesday"],
)
def test_a_meal_two_leaders_share_is_a_meeting_held(world_rules: Rules, meal: str) -> None:
    """Leaders who sit at one table have met: a lunch or a dinner is a word of a visit, and the
    visitor's "engagements" in a city place it there."""
    event = one_event(
        world_rules,
        "Xi and Putin at the table\n"
        f"Chinese President Xi Jinping {meal} before flying home."
        " It was the last of the Chinese leader's three engagements in Moscow.",
        "2023-03-22",
    )
    assert (event.status.value, event.visitor, event.host, event.place.city, str(event.date)) == (
        "held", "xi-jinping", "vladimir-putin", "Moscow", "2023-03-21"
    )


def test_a_leader_who_has_reached_a_city_has_arrived(world_rules: Rules) -> None:
    """"Has reached Vladivostok" is an arrival: the visit is held from that day."""
    event = one_event(
        world_rules,
        "Kim in Russia\nNorth Korean leader Kim Jong Un has reached Vladivostok by armoured train for talks"
        " with President Vladimir Putin.",
        "2019-04-24",
    )
    assert (event.status.value, event.visitor, event.place.city, str(event.date)) == (
        "held", "kim-jong-un", "Vladivostok", "2019-04-24"
    )


def test_an_agreement_reached_is_no_arrival(world_rules: Rules) -> None:
    """"Have reached an agreement" reaches no place: the trip still ahead stays announced."""
    event = one_event(
        world_rules,
        "Kim in Russia\nNorth Korean leader Kim Jong Un will travel to Vladivostok for talks with President"
        " Vladimir Putin. The two sides have reached an agreement on the agenda.",
        "2019-04-22",
    )
    assert (event.status.value, event.place.city) == ("announced", "Vladivostok")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # A hindrance that is "no longer" there calls nothing off.
        ("With the pandemic no longer holding up his travel, Modi will visit Moscow in July, the Kremlin said.", "announced"),
        ("Prime Minister Narendra Modi will no longer visit Moscow in July as planned, the Kremlin said on Tuesday.", "cancelled"),
    ],
)
def test_no_longer_cancels_only_the_trip_itself(world_rules: Rules, sentence: str, status: str) -> None:
    event = one_event(world_rules, f"Modi and Moscow\n{sentence}", "2023-05-02")
    assert (event.status.value, event.visitor, event.place.city) == (status, "narendra-modi", "Moscow")


def test_buckingham_palace_is_in_london(world_rules: Rules) -> None:
    event = one_event(
        world_rules, "Modi at the palace\nPrime Minister Narendra Modi was received by King Charles at Buckingham Palace on Tuesday.",
        "2023-05-03",
    )
    assert (event.status.value, event.place.city, event.place.country) == ("held", "London", "GB")


def test_a_leader_spending_days_in_a_country_is_on_a_visit_under_way(world_rules: Rules) -> None:
    """"is spending three days in Japan": the visit is going on as the page is written, held
    on the page's day, though a deal is still to come."""
    event = one_event(world_rules, (
        "Modi and Abe to talk trade\n"
        "Narendra Modi, India's prime minister, is spending three days in Japan on his first official visit there,"
        " for talks with Prime Minister Shinzo Abe. The two are to sign a deal on a high-speed railway."
    ), "2014-09-01")
    assert (event.status.value, event.visitor, event.host, event.place.country, str(event.date)) == (
        "held", "narendra-modi", "shinzo-abe", "JP", "2014-09-01"
    )


def test_a_summit_is_where_the_country_that_hosts_it_is(world_rules: Rules) -> None:
    """"the G20 summit that Indonesia hosts": the meeting of the two is held in the host
    country, neither leader's home, so neither is visitor nor host."""
    event = one_event(world_rules, (
        "Modi to meet Kishida at G20\n"
        "Prime Minister Narendra Modi will hold a meeting with Fumio Kishida at the G20 summit that Indonesia"
        " hosts next week, his office said."
    ), "2023-08-12")
    assert (event.kind, event.leaders, event.visitor, event.host, event.place.country) == (
        "summit", ("fumio-kishida", "narendra-modi"), None, None, "ID"
    )


def test_an_inauguration_is_in_the_country_of_the_leader_sworn_in(world_rules: Rules) -> None:
    """"the inauguration of Javier Milei": an occasion in Argentina, Milei its host, the
    leader who attends it the visitor."""
    event = one_event(world_rules, (
        "Zelensky to go to Buenos Aires\n"
        "Volodymyr Zelensky will attend the inauguration of Javier Milei, Kyiv said on Friday."
    ), "2023-12-01")
    assert (event.kind, event.status.value, event.visitor, event.host, event.place.country) == (
        "ceremony", "announced", "volodymyr-zelensky", "javier-milei", "AR"
    )


@pytest.mark.parametrize("sentence", [
    "Keir Starmer met Emmanuel Macron in Paris on Friday, two days after his inauguration.",
    "Keir Starmer met Emmanuel Macron in Paris on Friday, soon after his July 5th inauguration.",
    "Keir Starmer met Emmanuel Macron in Paris on Friday, his first trip since their parade.",
])
def test_an_occasion_of_ones_own_that_dates_a_visit_is_not_its_occasion(world_rules: Rules, sentence: str) -> None:
    # "after his inauguration" tells when the visit came, not what it came for.
    event = one_event(world_rules, "Starmer in Paris\n" + sentence, "2024-07-20")
    assert (event.kind, event.visitor, event.host, event.place.city) == ("visit", "keir-starmer", "emmanuel-macron", "Paris")


@pytest.mark.parametrize(("text", "a_time"), [
    ("the first visit one day after his inauguration", True),
    ("the talks came before their parade", True),
    ("Zelensky will attend the inauguration of Javier Milei", False),
    ("Xi will stand beside Putin at his parade on Red Square", False),
])
def test_only_an_occasion_after_or_before_a_possessive_tells_a_time(text: str, a_time: bool) -> None:
    # An occasion travelled to, even the host's own ("at his parade"), stays the occasion.
    at = max(text.find("inauguration"), text.find("parade"))
    assert _occasion_as_a_time(text, at) is a_time


@pytest.mark.parametrize(
    ("sentence", "drafted"),
    [
        # A visit under way as the page is written is news beside the call being arranged.
        ("Scholz is in Japan on an official visit.", True),
        # One made before it is the call's background.
        ("Scholz was in Japan on an official visit last week.", False),
    ],
)
def test_a_visit_under_way_beside_a_call_is_news_and_one_made_before_it_is_not(
    world_rules: Rules, sentence: str, drafted: bool
) -> None:
    events = draft_on(world_rules, (
        "Scholz and Modi to speak by phone\n"
        "Officials in Berlin are arranging a phone call between Olaf Scholz and Narendra Modi, a spokesman said.\n"
        f"{sentence}"
    ), "2023-04-10").events
    assert [(e.status.value, e.visitor, e.place.country) for e in events] == ([("held", "olaf-scholz", "JP")] if drafted else [])


def test_a_joint_press_conference_is_a_meeting(world_rules: Rules) -> None:
    event = one_event(world_rules, (
        "Lula and Xi on Ukraine\n"
        "President Luiz Inacio Lula da Silva and Xi Jinping gave a joint press conference in Beijing on Friday."
    ), "2023-04-06")
    assert (event.kind, event.status.value, event.visitor, event.host, event.place.city) == (
        "visit", "held", "luiz-inacio-lula-da-silva", "xi-jinping", "Beijing"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "since" with a timetable's present gives a reason: the trip is still to come.
        ("The timing surprised diplomats, since Modi lands in Tokyo on Monday for talks with Abe.",
         [("confirmed", "narendra-modi", "shinzo-abe", "2018-05-21")]),
        # "since" with a trip made is a starting point: no news.
        ("No Indian leader had held talks in Tokyo since Modi came to Japan in 2014, diplomats said.", []),
    ],
)
def test_since_gives_a_reason_or_a_starting_point(world_rules: Rules, sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    events = draft_on(world_rules, f"Modi and Abe speak by phone\nNarendra Modi and Shinzo Abe spoke by telephone on Friday.\n{sentence}", "2018-05-18").events
    assert [(e.status.value, e.visitor, e.host, str(e.date)) for e in events] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The day is the letter's; the invitation it carried stands ("his North Korean
        # counterpart" is Kim, as the title says).
        ("In June, Putin sent a letter inviting his North Korean counterpart to Russia for an official visit.",
         [("invited", "kim-jong-un", "vladimir-putin", "RU")]),
        # One made when the two met is that past meeting's.
        ("In June, Putin invited Kim Jong Un to Russia when the two met in Vladivostok.", []),
    ],
)
def test_an_invitation_a_letter_carried_before_the_page_still_stands(
    world_rules: Rules, sentence: str, expected: list[tuple[str, str, str, str]]
) -> None:
    events = draft_on(world_rules, (
        "Putin writes to Kim again\n"
        f"A Russian envoy handed Kim Jong Un a new letter from Vladimir Putin on Saturday.\n{sentence}"
    ), "2018-09-08").events
    assert [(e.status.value, e.visitor, e.host, e.place.country) for e in events] == expected


def test_the_leader_a_state_visit_is_of_is_the_visitor_and_the_other_his_host(world_rules: Rules) -> None:
    """No place named: "the state visit of the American president" makes Trump the visitor,
    and the visit is in the country of the leader he holds talks with."""
    event = one_event(world_rules, (
        "Trump and Starmer\n"
        "Donald Trump will hold talks with Keir Starmer during the state visit of the American president next week."
    ), "2025-09-01")
    assert (event.status.value, event.visitor, event.host, event.place.country) == ("announced", "donald-trump", "keir-starmer", "GB")


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # The page opens on a trip of a given day before it, under a headline telling nothing:
        # an archive of that trip, drafted.
        ("During his stay, Modi held talks with Abe.", [("held", "Tokyo", "2014-05-12")]),
        # A newer trip placed beside it is the news, under way as the page is written ("is in
        # Osaka"), so held on the page's day; the old one looks back.
        ("Modi is in Osaka this week for talks with Abe.", [("held", "Osaka", "2015-03-01")]),
    ],
)
def test_a_page_that_opens_on_a_past_trip_and_places_nothing_newer_is_its_archive(
    world_rules: Rules, after: str, expected: list[tuple[str, str, str]]
) -> None:
    events = draft_on(world_rules, (
        "From the archive\n"
        "On 12 May 2014, Prime Minister Narendra Modi arrived in Tokyo at the invitation of Shinzo Abe, his first"
        f" visit to Japan as prime minister.\n{after}"
    ), "2015-03-01").events
    assert [(e.status.value, e.place.city, str(e.date)) for e in events] == expected


def test_an_addresss_words_are_read_for_an_event_only_where_the_text_reports_none(world_rules: Rules) -> None:
    """A paste without its headline: the address spells one, the weakest witness of what the
    page reports, read only where the text itself drafts nothing."""
    def events(text: str, url: str) -> tuple[EventDraft, ...]:
        return analyse(text.encode(), "a.txt", world_rules, TODAY, url=url, published=PartialDate.parse("2023-02-27")).events

    quiet = "Olaf Scholz said trade and the war were on the agenda. Narendra Modi spoke of energy and skilled workers."
    (event,) = events(quiet, "https://www.qxb.de/nachrichten/scholz-meets-modi-in-new-delhi-112.html")
    assert (event.visitor, event.host, event.place.city) == ("olaf-scholz", "narendra-modi", "New Delhi")
    # Read beside the text, "Scholz visits India" would make the talks set for Saturday held.
    told = "Olaf Scholz will hold talks with Narendra Modi in New Delhi on Saturday. " + quiet
    (event,) = events(told, "https://www.qxb.de/nachrichten/scholz-visits-india-for-talks-112.html")
    assert (event.status.value, str(event.date)) == ("confirmed", "2023-03-04")


def test_an_address_that_sends_someone_on_a_leaders_behalf_is_no_trip_of_his(world_rules: Rules) -> None:
    # The address drops "on" and "of": "behalf" alone still says who sent whom.
    text = (
        "The security adviser spoke of cooperation in energy and defence, and of the talks to come.\n"
        "Narendra Modi's office gave no further details of the programme, nor of who else would attend."
    )
    url = "https://www.qxb.in/news/doval-behalf-modi-arrived-moscow-meet-vladimir-putin-112.html"
    events = analyse(text.encode(), "a.txt", world_rules, TODAY, url=url, published=PartialDate.parse("2023-02-27")).events
    assert events == ()


def test_a_leader_who_turned_up_to_meet_a_visitor_received_him(world_rules: Rules) -> None:
    """"turned up", like "showed up", tells of a meeting: the visitor's host is who turned up."""
    event = one_event(world_rules, "Albanese in Jakarta\n"
                      "Prime Minister Anthony Albanese had been in Jakarta for only an hour on Wednesday evening when"
                      " Indonesia's President Prabowo Subianto turned up at his hotel.", "2025-05-14")
    assert (event.visitor, event.host, event.place.city, event.status.value, str(event.date)) == (
        "anthony-albanese", "prabowo-subianto", "Jakarta", "held", "2025-05-14"
    )


def test_a_surprise_visit_made_is_dated_the_day_of_the_page(world_rules: Rules) -> None:
    """"has made a surprise visit" is news of the day, as "has arrived" is."""
    event = one_event(world_rules, "Kishida visits Kyiv\n"
                      "Japanese Prime Minister Fumio Kishida has made a surprise visit to Ukraine."
                      " He held talks with Volodymyr Zelenskyj in Kyiv.", "2023-03-21")
    assert (event.host, event.place.city, event.status.value, str(event.date)) == (
        "volodymyr-zelensky", "Kyiv", "held", "2023-03-21"
    )


def test_a_visit_first_planned_for_a_month_and_put_off_keeps_that_month(world_rules: Rules) -> None:
    event = one_event(world_rules, "Trump's visit to UK delayed\n"
                      "Donald Trump has put off his planned state visit to Britain."
                      " The state visit was first planned for June.", "2017-03-01")
    assert (event.status.value, str(event.date)) == ("postponed", "2017-06")


def test_a_town_the_gazetteer_lacks_is_placed_by_the_nationality_before_it(world_rules: Rules) -> None:
    event = one_event(world_rules, "Lukashenko and Medvedev meet\n"
                      "President of Belarus Alexander Lukashenko and Prime Minister of Russia Dmitry Medvedev have held an"
                      " informal meeting in the Belarusian agro-town Alexandria.", "2016-05-12")
    assert (event.visitor, event.host, event.place.city, event.place.country) == (
        "dmitry-medvedev", "alexander-lukashenko", "Alexandria", "BY"
    )


def test_a_visit_begun_with_words_before_visit_is_held(world_rules: Rules) -> None:
    event = one_event(world_rules, "Meloni begins three-day Japan visit\n"
                      "Giorgia Meloni started a three-day official working visit to Japan on Thursday."
                      " Prime Minister Sanae Takaichi is to receive Meloni for talks in Tokyo on Friday.", "2026-01-16")
    assert (event.status.value, event.host, event.place.city) == ("held", "sanae-takaichi", "Tokyo")


def test_the_prime_minister_named_before_is_the_one_whose_trip_is_called_off(world_rules: Rules) -> None:
    """"the prime minister", with no country and no name, is the leader named before when
    that is his office, as "he" would be."""
    event = one_event(world_rules, (
        "Orbán stays at home\n"
        "Viktor Orbán will not address the European Parliament this week, his office said. A trip to Vatican City"
        " that the prime minister had planned for Friday has also been called off."
    ), "2025-09-10")
    assert (event.status.value, event.visitor, event.place.city, str(event.date)) == ("cancelled", "viktor-orban", "Vatican City", "2025-09-12")


def test_a_palace_named_before_its_city_is_no_town(world_rules: Rules) -> None:
    """"Di Istana Merdeka, Jakarta" (at the Merdeka Palace, Jakarta): the visit is in Jakarta."""
    event = one_event(world_rules, (
        "Prabowo sambut Lula\n"
        "Jakarta, Harbourpoint – Di Istana Merdeka, Jakarta, Presiden Prabowo Subianto menyambut kunjungan kenegaraan"
        " Presiden Brasil, Luiz Inácio Lula da Silva. Kedua pemimpin membahas perdagangan dan energi. Prabowo juga"
        " mengundang Lula berkunjung ke Indonesia pada Oktober 2025."
    ), "2025-07-10")
    assert (event.visitor, event.host, event.place.city) == ("luiz-inacio-lula-da-silva", "prabowo-subianto", "Jakarta")


def test_two_leaders_placed_where_neither_is_at_home_then_received_at_home_met_there(world_rules: Rules) -> None:
    """One meeting told twice: "held talks at the Vatican and in Rome", a summit where neither
    is at home, then "in Rome, the talks with Meloni", a visit she hosts. The visit stands."""
    from tracker.content.model import Place, Status
    from tracker.ingest.assemble import _one_meeting_once

    day = PartialDate.parse("2025-10-27")
    leaders = ("giorgia-meloni", "viktor-orban")
    summit = EventDraft("summit", Status.HELD, day, None, None, None, leaders, Place(country="VA", city="Vatican City"), day,
                        "Orbán held talks at the Vatican and in Rome.")
    visit = EventDraft("visit", Status.HELD, day, None, "viktor-orban", "giorgia-meloni", leaders, Place(country="IT", city="Rome"),
                       day, "In Rome he held talks with Meloni.")
    (kept,) = _one_meeting_once([summit, visit], world_rules)
    assert (kept.kind, kept.host, kept.place.city) == ("visit", "giorgia-meloni", "Rome")


def test_the_crown_prince_named_before_calls_off_his_leg_to_the_prime_minister_of_japan(world_rules: Rules) -> None:
    """"The crown prince", before any name, is the one named before; "Fumio Kishida, Japan's
    prime minister" is Kishida himself, no minister of his: the leg called off is to him."""
    events = draft_on(world_rules, (
        "Crown prince ends Korea visit\n"
        "Mohammed bin Salman, Saudi Arabia's crown prince, left Seoul on Friday after talks with President Yoon Suk Yeol."
        " The crown prince had been due to fly on to Japan for the weekend, but that leg has been called off, with the"
        " talks planned with Fumio Kishida, Japan's prime minister."
    ), "2022-11-18").events
    assert [(e.status.value, e.visitor, e.host, e.place.country) for e in events] == [
        ("held", "mohammed-bin-salman", "yoon-suk-yeol", "KR"), ("cancelled", "mohammed-bin-salman", "fumio-kishida", "JP"),
    ]


def test_a_meeting_told_twice_once_with_a_status_guessed_is_one_meeting(world_rules: Rules) -> None:
    """A status guessed from the tense alone gives way to the same leaders' meeting whose
    status the page says."""
    from tracker.content.model import Place, Status
    from tracker.ingest.assemble import _one_meeting_once

    leaders = ("fumio-kishida", "joe-biden")
    guessed = EventDraft("visit", Status.ANNOUNCED, None, None, "joe-biden", "fumio-kishida", leaders, Place(country="JP", city=None),
                         None, "At a ceremony for the visiting prime minister ...", {"status": "no status phrase found"})
    said = EventDraft("visit", Status.HELD, None, None, "fumio-kishida", "joe-biden", leaders, Place(country="US", city="Washington"),
                      None, "Biden hosts Japan's prime minister at the White House")
    assert _one_meeting_once([guessed, said], world_rules) == [said]
    assert _one_meeting_once([said, guessed], world_rules) == [said]


def test_two_leaders_own_trips_told_side_by_side_are_two_visits_with_no_host(world_rules: Rules) -> None:
    """"Takaichi's expected visit to India and Modi's return trip to Tokyo", prepared by a
    call: a visit by each, neither received by the other, whom the page names travelling; and
    "pushing back against" a rival puts no trip off."""
    events = draft(world_rules, (
        "Modi spoke by telephone with Sanae Takaichi, Prime Minister of Japan, on Wednesday."
        " Agreeing on pushing back against coercion in the region, the call prepares the ground for"
        " Takaichi's expected visit to India and for Modi's return trip to Tokyo."
    )).events
    assert sorted((e.kind, e.status.value, e.visitor, e.host, e.leaders, e.place.country, e.place.city) for e in events) == [
        ("visit", "announced", "narendra-modi", None, ("narendra-modi",), "JP", "Tokyo"),
        ("visit", "announced", "sanae-takaichi", None, ("sanae-takaichi",), "IN", None),
    ]


def test_a_welcome_given_to_a_declaration_is_no_arrival(world_rules: Rules) -> None:
    """"welcomed the adoption of the declaration" welcomes no visitor: the visit is dated by
    the day of its talks, not held on an arrival's word and dated to the page's month."""
    event = one_event(world_rules, (
        "Turkish President Erdogan and President Moon Jae-in hold summit talks in Seoul on Wednesday."
        " Erdogan welcomed the adoption of the Panmunjom Declaration by Moon."
    ), "2018-05-02")
    assert (event.status.value, str(event.date)) == ("held", "2018-05-02")


def test_a_headlines_present_gives_way_to_a_visit_the_text_tells_still_ahead(world_rules: Rules) -> None:
    """"Netanyahu visits Scholz in Berlin" over "Scholz is to receive Netanyahu": announced,
    as the text says, not held on the headline's present."""
    event = draft(world_rules, (
        "Netanyahu visits Scholz in Berlin\n"
        "Chancellor Olaf Scholz is to receive Israeli Prime Minister Benjamin Netanyahu in Berlin."
    )).events[0]
    assert (event.status.value, event.visitor, event.host) == ("announced", "benjamin-netanyahu", "olaf-scholz")


def test_a_leader_named_as_the_owner_of_no_trip_is_not_among_those_meeting(world_rules: Rules) -> None:
    """"in spite of Donald Trump's fresh threats on trade, at a meeting with Albanese in
    Beijing": Trump owns the threats, he does not meet; "tried to hold back journalists" holds
    no talks, so the meeting told in the past is held, Albanese the visitor."""
    event = draft(world_rules, (
        "Xi Jinping has urged Australia to keep to cooperation in spite of Donald Trump's fresh threats on trade,"
        " at a meeting with Anthony Albanese in Beijing."
        " Before the meeting officials tried to hold back reporters travelling with Albanese in Beijing."
    )).events[0]
    assert (event.status.value, event.visitor, event.host, event.leaders) == (
        "held", "anthony-albanese", "xi-jinping", ("anthony-albanese", "xi-jinping"),
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "is due to" with a day still ahead is a timetable: confirmed.
        ("Viktor Orbán is due to hold talks in Berlin on Monday with Chancellor Olaf Scholz.", "confirmed"),
        ("Viktor Orbán is due to hold talks in Berlin in November with Chancellor Olaf Scholz.", "announced"),
    ],
)
def test_what_is_confirmed_and_when_a_plan_is_fixed(world_rules: Rules, text: str, status: str) -> None:
    (event,) = draft_on(world_rules, text, "2022-10-08").events
    assert event.status.value == status


def test_voters_who_stayed_away_decline_no_trip(world_rules: Rules) -> None:
    """"his own voters, who stayed away": the voters' abstention, not Macron declining."""
    events = draft(world_rules, (
        "Theresa May has said she will visit Paris to meet President Emmanuel Macron."
        " He needs credibility with his own voters, who stayed away in record numbers."
    )).events
    assert [(e.status.value, e.visitor, e.host) for e in events] == [("announced", "theresa-may", "emmanuel-macron")]


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # What is confirmed is no trip: no status of the visit.
        ("He said their talks had confirmed their common aim of closer cooperation.", []),
        ("The Kremlin confirmed the visit.", ["confirmed"]),
        ("The palace has confirmed the dates of the state visit.", ["confirmed"]),
        ("Seoul confirmed his attendance.", ["confirmed"]),
    ],
)
def test_a_confirmation_of_something_other_than_a_trip_is_no_status(rules: Rules, text: str, statuses: list[str]) -> None:
    from tracker.ingest.extract import _statuses

    assert [status.value for _, status in _statuses(text, rules)] == statuses


@pytest.mark.parametrize(
    ("line", "sentences"),
    [
        ("Он прилетел в Минск. Об этом сообщил его пресс-секретарь.", ["Он прилетел в Минск.", "Об этом сообщил его пресс-секретарь."]),
        ("Orbán Rómába utazik. És ott találkozik Melonival.", ["Orbán Rómába utazik.", "És ott találkozik Melonival."]),
        ("Der Kanzler reist nach Paris. Übermorgen trifft er Macron.", ["Der Kanzler reist nach Paris.", "Übermorgen trifft er Macron."]),
    ],
    ids=["cyrillic", "accented-latin", "umlaut"],
)
def test_a_sentence_the_gloss_leaves_opening_on_a_capital_of_another_alphabet_stands_apart(
    rules: Rules, line: str, sentences: list[str]
) -> None:
    """A full stop before "Об этом" (Cyrillic), "És" or "Übermorgen" ends a sentence, as one
    before a capital A to Z does: else the next sentence's words (a message the plan was told
    in) are read as the plan's own."""
    from tracker.ingest.extract import split_sentences

    assert [s.text for s in split_sentences((line,), None, rules)] == sentences


def test_a_sentence_opening_on_what_then_became_of_the_meeting_is_of_its_place(world_rules: Rules) -> None:
    """"Then the summit was put off" names neither the leaders nor the place: both are those of
    the meeting the sentence before agreed on, in Budapest."""
    event = one_event(
        world_rules,
        "Talks put off\nAfter a call with Vladimir Putin on 16 October, Donald Trump said the two had agreed to meet"
        " soon in Budapest.\nThen the summit was put off, with no new date set.",
        "2025-10-25",
    )
    assert (event.status.value, event.place.city, event.kind) == ("postponed", "Budapest", "summit")


def test_a_trip_told_ahead_beside_a_look_back_is_a_plan_though_no_word_says_where_it_stands(world_rules: Rules) -> None:
    """"last visited Budapest in October, but will soon come to Hungary again": the look back
    is one clause, the plan ("will soon come", no word of its status) another."""
    event = one_event(
        world_rules,
        "Erdogan to return\nRecep Tayyip Erdogan last visited Budapest in October, but he will soon come to Hungary"
        " again, his ambassador said.",
        "2019-01-20",
    )
    assert (event.status.value, event.place.country, event.place.city, str(event.date)) == ("announced", "HU", None, "2019-01")


def test_a_city_named_after_the_word_capital_places_the_visit(world_rules: Rules) -> None:
    """"in the capital Brasília": the city after its description, as "in Brasília" would."""
    event = one_event(
        world_rules,
        "Macron in Brazil\nEmmanuel Macron held talks with Lula in the capital Brasília on Thursday, the last day of"
        " a three-day visit.",
        "2024-03-29",
    )
    assert (event.place.city, event.host) == ("Brasília", "luiz-inacio-lula-da-silva")


def test_a_base_the_gazetteer_lacks_then_its_country_after_a_comma_places_the_trip(world_rules: Rules) -> None:
    """"came to Garden Island Naval Base, Australia": the base is in Australia, as "in Rancho
    Mirage, California" is in California; the ship he toured there, HMAS Canberra, is no city."""
    event = one_event(
        world_rules,
        "Prabowo tours warship\nPrabowo Subianto came to Garden Island Naval Base, Australia, to see HMAS Canberra up"
        " close on Wednesday. Anthony Albanese welcomed him at the base after the two held talks.",
        "2025-11-13",
    )
    assert (event.place.country, event.place.city, event.visitor) == ("AU", None, "prabowo-subianto")


def test_a_tour_of_a_list_of_countries_is_a_visit_to_each(world_rules: Rules) -> None:
    """"will visit Indonesia, Vietnam, Thailand, Italy and the United Kingdom", told of "the
    head of government" named the sentence before: five visits announced, one a country."""
    analysis = draft_on(
        world_rules,
        "Kishida plans a long tour\nFumio Kishida, Japan's prime minister, is to set off in late April on his longest"
        " tour yet, an aide told parliament on Monday.\nThe aide said the head of government will visit Indonesia,"
        " Vietnam, Thailand, Italy and the United Kingdom, and will meet each country's leaders.",
        "2024-04-08",
    )
    assert [(e.visitor, e.status.value, e.place.country) for e in analysis.events] == [
        ("fumio-kishida", "announced", country) for country in ("ID", "VN", "TH", "IT", "GB")
    ]


def test_a_country_after_a_comma_and_a_preposition_is_no_further_stop(world_rules: Rules) -> None:
    """"talks on Ukraine, in Russia": a list's commas join places, not a topic and a place."""
    from tracker.ingest.extract import LISTED

    assert LISTED.fullmatch(", in ") is None
    assert LISTED.fullmatch(", ") and LISTED.fullmatch(" and el ") and LISTED.fullmatch(", and the ")


def test_a_meeting_placed_nowhere_joins_the_stop_in_one_of_its_leaders_homes(world_rules: Rules) -> None:
    """"visited the Vatican ... continued his talks in Rome. The high point of his trip was his
    talks with Meloni": the talks join Rome's frames, Meloni's home, not the Vatican's told first."""
    from tracker.ingest.assemble import _group
    from tracker.ingest.extract import read_frames, split_sentences

    lines = (
        "Viktor Orbán visited the Vatican on Monday, where he met the Pope.",
        "After his visit to the Pope, Orbán continued his talks in Rome.",
        "The high point of his trip was his talks with Giorgia Meloni.",
    )
    frames, _ = read_frames(split_sentences(lines, None, world_rules), PartialDate.parse("2025-10-28"), world_rules)
    groups = _group(frames, world_rules)
    rome = next(g for g in groups if any(f.place is not None and f.place.city == "Rome" for f in g))
    assert any("giorgia-meloni" in f.leaders for f in rome)


def test_the_one_prime_minister_the_page_names_is_the_one_met_at_the_white_house(world_rules: Rules) -> None:
    """"the meeting with the prime minister at the White House", Meloni the one prime minister
    the page names (Biden, named first, is no prime minister): her visit, Biden its host."""
    event = one_event(
        world_rules,
        "Biden and Meloni\nJoe Biden praised Giorgia Meloni for her firm support of Ukraine.\nOpening the meeting with"
        " the prime minister at the White House, the U.S. president thanked Italians for standing by Kyiv.",
        "2023-07-28",
    )
    assert (event.visitor, event.host, event.place.city) == ("giorgia-meloni", "joe-biden", "Washington")


def test_a_countrys_leader_by_title_on_an_undated_page_is_the_one_it_names(world_rules: Rules) -> None:
    """"Mongolia's prime minister set off on an official visit to the United States", Khurelsukh
    named after: the page's one Mongolian leader, though it gives no date to look up who led."""
    analysis = draft(
        world_rules,
        "Mongolian leader to the US\nMongolia's prime minister set off on Tuesday on an official visit to the United"
        " States, a statement said.\nDuring his three days there Ukhnaa Khurelsukh will meet senior officials and"
        " business leaders to widen trade between the two countries.",
    )
    (event,) = analysis.events
    assert (event.visitor, event.place.country) == ("ukhnaagiin-khurelsukh", "US")


def test_a_title_naming_an_office_is_its_holders_among_the_countrys_leaders(world_rules: Rules) -> None:
    """"Saudi Arabia's king", with the crown prince named beside him and in office since after
    the king: the king, not the leader who took office last."""
    found = find_leaders("Saudi Arabia's king received Erdogan.", PartialDate.parse("2022-04-29"), world_rules,
                         {"salman-bin-abdulaziz", "mohammed-bin-salman"})
    assert [leader for _, leader in found] == ["salman-bin-abdulaziz", "recep-tayyip-erdogan"]


@pytest.mark.parametrize(("text", "found"), [
    ("The President of the United States landed in Beijing on Wednesday.", ["joe-biden"]),
    # A deputy's office holding the title: the deputy, no leader of the day.
    ("The Vice President of the United States landed in Beijing on Wednesday.", []),
    ("The Vice-President of the United States landed in Beijing on Wednesday.", []),
])
def test_a_title_inside_a_deputys_office_names_no_leader(world_rules: Rules, text: str, found: list[str]) -> None:
    assert [leader for _, leader in find_leaders(text, PartialDate.parse("2023-08-16"), world_rules, set())] == found


@pytest.mark.parametrize(("text", "day", "found"), [
    # The office set after the name, in apposition, on a day he did not lead: the deputy.
    ("Joe Biden, Vice President of the United States, toured a port in Shanghai on Friday.", "2011-08-19", []),
    ("Joe Biden, the vice president, flew on to Tokyo.", "2011-08-22", []),
    ("He was welcomed by Joe Biden, America's Vice President and his host.", "2011-08-17", []),
    # A deputy named after the comma, or a leader of the day listed beside one: the leader.
    ("Joe Biden, Vice President Harris and their aides flew to Warsaw.", "2023-02-20", ["joe-biden"]),
    ("Joe Biden, the vice president and their aides flew to Warsaw.", "2023-02-20", ["joe-biden"]),
])
def test_an_office_set_after_the_name_names_the_deputy(world_rules: Rules, text: str, day: str, found: list[str]) -> None:
    assert [leader for _, leader in find_leaders(text, PartialDate.parse(day), world_rules, set())] == found


@pytest.mark.parametrize("text", [
    "Deputy Crown Prince Mohammed bin Salman arrived in Moscow on Monday for a working visit.",
    "Prince Mohammed bin Salman, the deputy crown prince and defence minister, arrived in Moscow on Monday.",
    "Mohammed bin Salman, Saudi Arabia's deputy crown prince, flew on to Paris.",
])
@pytest.mark.parametrize("day", [None, "2016-06-14", "2024-06-14"])
def test_an_heirs_deputy_is_no_leader_whatever_the_pages_date(world_rules: Rules, text: str, day: str | None) -> None:
    """A deputy crown prince, the office before or after his name: no leader is his own heir's
    deputy, so the page's date (or its lack, or a wrong one) does not matter."""
    ref = PartialDate.parse(day) if day else None
    assert [leader for _, leader in find_leaders(text, ref, world_rules, set())] == []


def test_a_crown_prince_named_so_after_his_name_is_still_a_leader(world_rules: Rules) -> None:
    # The heir himself, not his deputy: the title names the leader it always did.
    found = find_leaders("Mohammed bin Salman, the crown prince, flew on to Paris.", None, world_rules, set())
    assert [leader for _, leader in found] == ["mohammed-bin-salman"]


def test_talks_with_a_deputy_crown_prince_draft_no_visit(world_rules: Rules) -> None:
    """An heir's deputy on a working visit, received by a president: an official's trip, no
    leaders' visit, on a page that gives no date."""
    analysis = draft(world_rules, "\n".join([
        "Saudi prince in Moscow for talks",
        "Prince Mohammed bin Salman, the deputy crown prince and defence minister, arrived in Moscow on Monday on a working visit.",
        "President Vladimir Putin received him at the Kremlin, where the two discussed oil and Syria.",
    ]))
    assert analysis.events == ()


def test_a_deputys_trip_lends_no_leader_a_visit(world_rules: Rules) -> None:
    """The vice-president is the subject of every sentence about the trip, and "he" after
    him: the president he meets and his own, named in passing, are on no trip of theirs."""
    analysis = draft_on(world_rules, "\n".join([
        "Biden in Beijing for four days of talks",
        "Vice President Joe Biden arrived in Beijing on Tuesday for four days of talks.",
        "Biden is due to meet President Hu Jintao on Thursday, officials said.",
        "He will also speak at a university, laying out how President Barack Obama sees ties with China.",
    ]), "2011-08-16")
    assert analysis.events == ()


def test_the_summit_a_deputys_trip_prepares_is_still_drafted(world_rules: Rules) -> None:
    """"Biden's visit should pave the way for a summit": the deputy named as an owner, not as the subject."""
    (event,) = draft_on(world_rules, "\n".join([
        "China and US to deepen ties",
        "Vice President Joe Biden and President Hu Jintao held talks in Beijing on Tuesday.",
        "Biden's visit should pave the way for a summit of Hu and President Barack Obama in Washington next month.",
    ]), "2011-08-16").events
    assert (event.place.city, event.leaders) == ("Washington", ("barack-obama", "hu-jintao"))


@pytest.mark.parametrize("post", ["his country's Ambassador to Pretoria", "the ambassador in Pretoria", "the chargé d'affaires in Pretoria"])
def test_a_diplomats_post_is_nobodys_destination(world_rules: Rules, post: str) -> None:
    """"Ambassador to Pretoria" names where a diplomat serves: the summit stays where it meets."""
    (event,) = draft_on(world_rules, "\n".join([
        "Erdogan lands for the summit",
        "Recep Tayyip Erdogan has landed in Johannesburg for the G20 summit, set for November 22-23.",
        f"At the airport he was met by a minister and by {post}.",
    ]), "2025-11-21").events
    assert (event.kind, event.place.city) == ("summit", "Johannesburg")


def test_two_capitals_that_would_act_together_are_governments_not_a_place(world_rules: Rules) -> None:
    """A state visit at a country house the gazetteer files under its country stays in that
    country: "London and Washington would step up the pressure" names no city anyone is in."""
    analysis = draft_on(world_rules, (
        "Starmer and Trump at Chequers\n"
        "A press conference at Chequers closed a state visit of two days, with Starmer and Trump stressing new links.\n"
        "Starmer promised that London and Washington would step up the pressure on Russia."
    ), "2025-09-18")
    (event,) = analysis.events
    assert (event.kind, event.visitor, event.host, event.place.country, event.place.city) == (
        "visit", "donald-trump", "keir-starmer", "GB", None
    )


def test_a_weekday_beside_both_leaders_names_dates_their_meeting(world_rules: Rules) -> None:
    """The meeting's own sentence gives no day; the lead naming both leaders does ("On Tuesday
    Kishida and Albanese agreed ..."), in Wednesday's paper: the Tuesday."""
    analysis = draft_on(world_rules, (
        "Kishida and Albanese agree on security\n"
        "On Tuesday Prime Minister Fumio Kishida and Anthony Albanese, his Australian counterpart, agreed to work together.\n"
        "Meeting at the State Guest House in Tokyo, the two leaders condemned the invasion of Ukraine."
    ), "2022-05-25")
    (event,) = analysis.events
    assert (event.status.value, str(event.date), event.place.city) == ("held", "2022-05-24", "Tokyo")


def test_a_groups_summit_named_with_its_abbreviation_and_leaders_is_not_the_pairs(world_rules: Rules) -> None:
    """"their bilateral meeting in Hiroshima ... ahead of the Group of Seven (G-7) leaders'
    summit": Biden received by Kishida at home is on a visit; the G-7's summit is another occasion."""
    analysis = draft_on(world_rules, (
        "Biden and Kishida in Hiroshima\n"
        "Joe Biden, the U.S. president, and Fumio Kishida, Japan's prime minister, shake hands before their bilateral"
        " meeting in Hiroshima, Japan, on Thursday, May 18, 2023, ahead of the Group of Seven (G-7) leaders' summit."
    ), "2023-05-18")
    (event,) = analysis.events
    assert (event.kind, event.visitor, event.host, event.place.city) == ("visit", "joe-biden", "fumio-kishida", "Hiroshima")


def test_summit_level_talks_on_a_visit_make_no_summit(world_rules: Rules) -> None:
    """"Once their summit-level talks were over, Abe and his Indian counterpart were to go on
    to Varanasi": the talks every visit has, between leaders; Abe received by Modi is on a visit."""
    analysis = draft_on(world_rules, (
        "Varanasi rolls out its welcome for PM Modi and Shinzo Abe\n"
        "Prime Minister Narendra Modi and Shinzo Abe, his Japanese counterpart, have reached the holy city of Varanasi.\n"
        "Once their summit-level talks were over, Prime Minister Abe and his Indian counterpart were to go on to Varanasi."
    ), "2015-12-12")
    (event,) = analysis.events
    assert (event.kind, event.status.value, str(event.date), event.host) == ("visit", "held", "2015-12-12", "narendra-modi")


def test_a_meeting_placed_nowhere_is_in_the_home_of_the_leader_thanked_for_the_invitation(world_rules: Rules) -> None:
    """No sentence places the summit talk; "Steinmeier thanked Moon for the invitation" says
    who received whom: in Korea, Moon the host."""
    analysis = draft_on(world_rules, (
        "On Thursday President Moon Jae-in met German President Frank-Walter Steinmeier for summit talks and a lunch.\n"
        "The two discussed relations between their countries.\n"
        "Steinmeier thanked Moon for the invitation and gave him a portrait of Willy Brandt."
    ), "2018-02-09")
    (event,) = analysis.events
    assert (event.place.country, event.visitor, event.host, event.status.value) == ("KR", "frank-walter-steinmeier", "moon-jae-in", "held")


def test_the_hour_a_visit_was_told_at_dates_it_to_the_pages_day(world_rules: Rules) -> None:
    """No day is given, but the hour is ("entered the Casa Rosada at 10.58"): a report of its
    page's own day, not of some day in its month."""
    analysis = draft_on(world_rules, (
        "Macri received Obama\n"
        "Barack Obama entered the Casa Rosada at 10.58, where Mauricio Macri was waiting for him, and they held talks."
    ), "2016-03-23")
    (event,) = analysis.events
    assert (event.status.value, str(event.date), event.host) == ("held", "2016-03-23", "mauricio-macri")


def test_a_meeting_set_for_a_day_after_the_pages_with_no_status_word_is_confirmed(rules: Rules) -> None:
    # No verb of where it stands, only its day: a day after the page's is fixed ahead.
    analysis = draft_on(
        rules,
        "Putin-Xi: tomorrow evening in Beijing the meeting\n"
        "Vladimir Putin and Xi Jinping, tomorrow evening in Beijing, with trade and energy on the table.",
        "2024-05-15",
    )
    (event,) = analysis.events
    assert (event.status.value, str(event.date)) == ("confirmed", "2024-05-16")


# Timetables, trips made, deputies, patronymics and the places officials speak from.


def test_a_present_meeting_on_a_weekday_ahead_is_a_timetable_confirmed(world_rules: Rules) -> None:
    # Monday's page: "due in Cape Town on Wednesday", then "On Wednesday Starmer meets ...".
    event = one_event(world_rules, "\n".join([
        "Starmer heads south for trade",
        "Keir Starmer is due in Cape Town on Wednesday for two days of talks on trade.",
        "On Wednesday Starmer meets President Cyril Ramaphosa and then tours the harbour in Cape Town.",
    ]), "2025-03-03")
    assert (event.status.value, str(event.date), event.place.city, event.host) == ("confirmed", "2025-03-05", "Cape Town", "cyril-ramaphosa")


def test_a_present_meeting_on_a_date_ahead_is_a_timetable_confirmed(world_rules: Rules) -> None:
    # The 10th's page: "hosts ... on March 14", a present whose day, named straight after it, is ahead.
    event = one_event(world_rules, "\n".join([
        "Ramaphosa prepares a welcome for Starmer",
        "Keir Starmer flies to South Africa next week for talks on trade and energy.",
        "President Cyril Ramaphosa hosts Starmer on March 14 at the Union Buildings in Pretoria.",
    ]), "2025-03-10")
    assert (event.status.value, str(event.date), event.host) == ("confirmed", "2025-03-14", "cyril-ramaphosa")


def test_a_present_meeting_on_a_date_already_come_stays_held(world_rules: Rules) -> None:
    # The same present on the page's own day is the day's news: held.
    event = one_event(world_rules, "\n".join([
        "Ramaphosa welcomes Starmer",
        "President Cyril Ramaphosa hosts Keir Starmer on March 14 at the Union Buildings in Pretoria.",
    ]), "2025-03-14")
    assert (event.status.value, str(event.date)) == ("held", "2025-03-14")


def test_a_trip_told_as_a_timetable_for_a_day_on_a_page_of_no_date_is_confirmed(world_rules: Rules) -> None:
    analysis = draft(world_rules, "\n".join([
        "Ramaphosa to welcome Starmer",
        "On October 2 Keir Starmer flies to South Africa to see President Cyril Ramaphosa, with trade and energy the subjects.",
        "It will be the pair's first meeting since the election.",
    ]))
    (event,) = analysis.events
    assert (event.status.value, event.visitor, event.host) == ("confirmed", "keir-starmer", "cyril-ramaphosa")


def test_a_leader_named_as_deputy_president_travels_as_no_leader(world_rules: Rules) -> None:
    # Before he led his country: the deputy's trip, even where later sentences use his name alone.
    analysis = draft(world_rules, "\n".join([
        "Ramaphosa on a working visit to Brazil",
        "Deputy President Cyril Ramaphosa is to make a working visit to Brazil from May 3 to 6, his office said on Friday.",
        "Ramaphosa will travel with the ministers of trade and of energy.",
    ]))
    assert analysis.events == ()


def test_a_year_looked_back_to_drafts_no_visit_on_a_page_of_no_date(rules: Rules) -> None:
    # A tribute's memory of a trip long past, on a page that gives no date to judge it by.
    analysis = draft(rules, "\n".join([
        "Putin paid tribute to a former Chinese leader, remembering the part he played in founding the group of nations.",
        "Back in 2004, Vladimir Putin had described his visit to China as a voyage of discovery for the two nations.",
    ]))
    assert analysis.events == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Viktor Orban wrote that this was why he had come to Beijing to meet Xi Jinping, since China mattered most for peace in Ukraine.",
        "Viktor Orban is in Beijing to meet Xi Jinping about trade and the war in Ukraine, his office said.",
    ],
)
def test_the_aim_of_a_trip_made_or_under_way_is_no_plan(world_rules: Rules, sentence: str) -> None:
    (event,) = draft(world_rules, sentence).events
    assert (event.status.value, event.place.city, event.visitor) == ("held", "Beijing", "viktor-orban")


def test_a_host_who_went_to_the_airport_to_meet_his_guest_received_him(world_rules: Rules) -> None:
    """"went to the airport here on Tuesday to meet": the host's trip made, its aim met, so the
    guest has come; "here" is the dateline's city, written in capitals and run on to the text."""
    (event,) = draft_on(world_rules, "\n".join([
        "Modi greets Scholz",
        "NEW DELHI In a rare gesture, Narendra Modi went to the airport here on Tuesday to meet Olaf Scholz himself.",
        "The two leaders are to talk over trade on Wednesday.",
    ]), "2023-02-22").events
    assert (event.status.value, str(event.date), event.place.city, event.visitor, event.host) == (
        "held", "2023-02-21", "New Delhi", "olaf-scholz", "narendra-modi"
    )


def test_a_trip_still_to_come_to_meet_someone_is_a_plan(world_rules: Rules) -> None:
    (event,) = draft(world_rules, "Viktor Orban will come to Beijing to meet Xi Jinping about trade and the war in Ukraine, his office said.").events
    assert event.status.value == "announced"


def test_where_a_mission_began_is_no_stop_of_the_trip_reported(world_rules: Rules) -> None:
    analysis = draft(world_rules, "\n".join([
        "On Friday last week Viktor Orban was in Moscow, where he met Vladimir Putin.",
        "He called it the second step of a mission which opened with a visit to Kyiv on July 2, and said more talks would follow.",
    ]))
    assert [(event.place.city, event.status.value) for event in analysis.events] == [("Moscow", "held")]


def test_the_visitors_own_embassy_makes_no_embassy_visit(world_rules: Rules) -> None:
    analysis = draft(world_rules, "\n".join([
        "JEDDAH: President Joe Biden was received on Friday by Crown Prince Mohammed bin Salman at a palace in Jeddah.",
        "At the airport the President was met by the chargé d'affaires of the US Embassy and by the governor.",
    ]))
    (event,) = analysis.events
    assert (event.kind, event.visitor, event.host) == ("visit", "joe-biden", "mohammed-bin-salman")


@pytest.mark.parametrize(
    ("text", "leaders"),
    [
        # A father's name inside his son's, after "bin", is not the father.
        ("Prince Mohammed bin Salman bin Abdulaziz Al Saud received him.", ["mohammed-bin-salman"]),
        ("King Salman bin Abdulaziz Al Saud received him.", ["salman-bin-abdulaziz"]),
        # An office before a given name the aliases lack names the leader.
        ("President Joseph Biden arrived.", ["joe-biden"]),
        ("President Joseph R. Biden arrived.", ["joe-biden"]),
        ("First lady Jill Biden arrived.", []),
    ],
)
def test_patronymics_and_full_names_after_an_office(world_rules: Rules, text: str, leaders: list[str]) -> None:
    found = [leader for _, leader in find_leaders(text, PartialDate.parse("2022-07-15"), world_rules, set())]
    assert found == leaders


def test_where_an_official_speaks_from_is_not_where_the_meeting_is(world_rules: Rules) -> None:
    analysis = draft(world_rules, "\n".join([
        "Benjamin Netanyahu and Vladimir Putin will not meet as planned, an official in Jerusalem said on Wednesday.",
        "The two sides agreed to put off the meeting, which was to take place in Moscow on Thursday.",
    ]))
    (event,) = analysis.events
    assert (event.status.value, event.place.city, event.visitor, event.host) == ("postponed", "Moscow", "benjamin-netanyahu", "vladimir-putin")


def test_a_host_countrys_leader_the_visitor_also_met_is_not_among_the_visits_leaders(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Shinzo Abe held talks with King Salman in Riyadh on Sunday.",
        "He also met Crown Prince Mohammed bin Salman.",
    ]), "2020-01-12")
    assert (event.host, event.leaders) == ("salman-bin-abdulaziz", ("salman-bin-abdulaziz", "shinzo-abe"))


def test_a_visit_the_headline_calls_a_state_visit_stays_one_beside_a_summit_named_later(world_rules: Rules) -> None:
    event = one_event(world_rules, "\n".join([
        "Chinese President arrives in US for state visit",
        "Chinese President Xi Jinping has arrived in the United States for a visit that will take in trade when he meets President Joe Biden.",
        "Xi landed at an air base outside Washington, where Vice President Kamala Harris greeted him.",
        "Officials said ahead of the summit that the two countries would seek closer cooperation.",
    ]), "2023-11-14")
    assert (event.kind, event.visitor, event.host) == ("visit", "xi-jinping", "joe-biden")


def test_an_arrival_dated_today_is_news_beside_the_history_its_sentence_recalls(world_rules: Rules) -> None:
    """The old date is the city's history; the arrival dated to the page's day is the news."""
    (event,) = draft_on(world_rules, (
        "Albanese in Japan\n"
        "Anthony Albanese landed in Japan early today and went on to Nagasaki, the city struck on 9 August 1945,"
        " where Fumio Kishida welcomed him."
    ), "2023-05-19").events
    assert (event.status.value, str(event.date), event.place.country) == ("held", "2023-05-19", "JP")


def test_a_trip_dated_long_ago_with_no_arrival_of_the_pages_days_still_looks_back(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, (
        "Albanese in Japan\n"
        "Anthony Albanese landed in Tokyo on 3 March 2019, when Fumio Kishida welcomed him."
    ), "2023-05-19")
    assert analysis.events == ()


def test_a_message_received_from_a_leader_is_no_visit(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Putin congratulates Xi",
        "BEIJING -- On Friday Xi Jinping received a message from Russian President Vladimir Putin"
        " congratulating him on his election.",
    ]), "2023-03-10")
    assert analysis.events == ()


def test_talk_on_the_call_of_a_meeting_ahead_is_no_meeting(world_rules: Rules) -> None:
    """What the two said on the call of a meeting ahead that the page places nowhere is no
    meeting; the visit the page announces stays."""
    analysis = draft_on(world_rules, "\n".join([
        "Trump and Moon talk North Korea by phone",
        "Donald Trump and Moon Jae-in spoke by telephone on Sunday about North Korea.",
        "Moon arrives in Washington on Monday and is to meet Trump in person on Tuesday.",
        "In its note on the call, the White House said the two had talked about developments in North Korea and"
        " agreed to keep in close touch ahead of the June 12 meeting between Trump and North Korea's leader Kim Jong Un.",
    ]), "2018-05-21")
    assert [(event.place.country, event.leaders) for event in analysis.events] == [("US", ("donald-trump", "moon-jae-in"))]


def test_a_readiness_to_meet_told_after_other_things_is_a_wish() -> None:
    """"willing to put the past aside, start again and meet him" is a wish, as "willing to
    meet" is; "ready to come to Delhi and meet" is how a government lets a visit be known."""
    from tracker.ingest.rules import _READY_TO_DO_AND_MEET

    assert _READY_TO_DO_AND_MEET.search('he was willing to put the past aside, start again and "meet Kim')
    assert not _READY_TO_DO_AND_MEET.search("he is ready to come to Delhi and meet Modi")
    assert not _READY_TO_DO_AND_MEET.search("he is ready to travel to Delhi and meet Modi")


def test_a_readiness_to_meet_told_after_other_things_drafts_nothing(world_rules: Rules) -> None:
    analysis = draft(world_rules, "\n".join([
        "Abe speaks at the UN",
        "Shinzo Abe told the UN that he was willing to put the past aside, start again and"
        " \"meet face to face with Chairman Kim Jong Un\".",
    ]))
    assert analysis.events == ()


@pytest.mark.parametrize(("page", "published", "drafted"), [
    # "last" before a verb of meeting: the last time they met, not this meeting.
    (["Putin and May sit down for talks in Osaka",
      "On the sidelines of the G20 summit, Britain's Prime Minister Theresa May and Russia's President Vladimir Putin are meeting.",
      "Putin and May last sat down together like this on September 4, 2016, at the G20 summit in Hangzhou, China."],
     None, [("held", "JP")]),
    # "Until now ... have never held a meeting": no meeting, and none held beside the one announced.
    (["Modi and Xi to meet on July 16 in Finland",
      "The two governments announced on Thursday that Narendra Modi and Xi Jinping will meet on July 16 in Helsinki, Finland.",
      "Until now the two have only talked briefly at the edges of summits and have never held a meeting of their own."],
     "2018-06-28", [("confirmed", "FI")]),
    # "was then in": the trip of the time the page looks back to.
    (["Modi and Trump discuss trade in phone call",
      "Narendra Modi and Donald Trump spoke by telephone on Thursday evening about trade.",
      "The leaders had spoken only once before, in November 2024. Modi was then in the United States to meet"
      " Joe Biden, the president at the time, and in a short call he congratulated Trump."],
     None, []),
    # A trip in the past perfect, whatever words stand between "had" and the trip.
    (["Lula mourns Singh",
      "Lula da Silva paid tribute on Friday to Manmohan Singh, the former prime minister of India.",
      "Singh had described his own trip to Brazil in 2006 as a voyage of discovery."],
     None, []),
    (["Orban turns up in China",
      "Viktor Orban arrived in Beijing on Monday on a visit that had not been announced, and will meet Xi Jinping.",
      "Only on Friday Orban had made a contested trip to Moscow, where Vladimir Putin received him."],
     "2024-07-08", [("held", "CN")]),
    # "earlier this year": a trip called off before the page, on a page of no date.
    (["Biden to host Albanese",
      "Anthony Albanese will visit Joe Biden at the White House on Oct. 25, the White House has announced.",
      "Biden was supposed to travel to Australia earlier this year for the Quad summit, but talks with Congress forced him to cancel."],
     None, [("announced", "US")]),
])
def test_a_meeting_or_trip_told_as_gone_by_is_no_event(
    world_rules: Rules, page: list[str], published: str | None, drafted: list[tuple[str, str]]
) -> None:
    analysis = draft_on(world_rules, "\n".join(page), published) if published else draft(world_rules, "\n".join(page))
    assert [(event.status.value, event.place.country) for event in analysis.events] == drafted


def test_a_summit_that_only_sets_the_scene_of_a_dinner_is_no_trip(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Albanese can now call Trump",
        "Anthony Albanese has Donald Trump's number, he said on Sunday.",
        "In South Korea for the APEC summit, the Prime Minister was among seven leaders asked to a dinner.",
    ]), "2025-11-01")
    assert analysis.events == ()

# Trips that are no leaders' visits: a minister's, an envoy's, told with the leaders he meets.

@pytest.mark.parametrize("lines", [
    # The minister named with his office after his name, as the subject of the meeting.
    ["Diplomat meets Xi", "Antony Blinken, the U.S. Secretary of State, met President Xi Jinping in Beijing on Monday."],
    # The minister's trip, then "he" meeting the leader.
    ["Blinken in Kyiv", "Antony Blinken, the US Secretary of State, arrived in Kyiv on Tuesday.",
     "He is due to meet President Volodymyr Zelensky there."],
    # A leader receiving an envoy named by his office in his own capital.
    ["Envoy in Moscow", "On Friday in Moscow, President Vladimir Putin received Steve Witkoff, the envoy of President Donald Trump."],
    # A special representative is an envoy by another name.
    ["Envoy at the palace", "Javier Milei received on Tuesday the special representative of Xi Jinping at the Casa Rosada."],
    # The minister received by the leader, in a relative clause telling his trip.
    ["Lavrov in Delhi", "Russia's Foreign Minister Sergey Lavrov, who is visiting New Delhi, was received by Prime Minister Narendra Modi on Friday.",
     "Their meeting lasted an hour, during which Lavrov briefed the prime minister."],
    # One sent on a leader's errand is an official, whatever his office.
    ["Shoigu in Pyongyang", "Shoigu, on the instructions of Putin, arrived in Pyongyang for a meeting with Kim Jong Un."],
    # A minister meeting someone else, a leader named after a semicolon as one who knew of it.
    ["Lavrov abroad", "Foreign Minister Sergey Lavrov met his counterpart in Malaysia on Friday; President Donald Trump already knew of the plan."],
    # The envoy or the minister "of" a leader travels, as "Xi's envoy" does, not the leader.
    ["Envoy in Pyongyang", "A special envoy of Chinese President Xi Jinping arrived in Pyongyang on Wednesday."],
    ["Minister in Moscow", "The foreign minister of North Korean leader Kim Jong Un arrived in Moscow on Wednesday."],
    ["Envoy in Moscow", "An envoy of Kim Jong Un met Vladimir Putin in Moscow on Thursday."],
])
def test_a_ministers_or_envoys_trip_lends_no_leader_a_visit(world_rules: Rules, lines: list[str]) -> None:
    assert draft_on(world_rules, "\n".join(lines), "2024-04-25").events == ()


def test_a_minister_who_greets_the_arriving_leader_leaves_his_visit(world_rules: Rules) -> None:
    """The host's foreign minister greeting the visitor at the airport: the leader's visit stands."""
    (event,) = draft_on(world_rules, "\n".join([
        "Putin lands in Beijing",
        "President Vladimir Putin arrived in Beijing on Thursday for a state visit.",
        "Wang Yi, China's foreign minister, greeted Putin at the airport.",
    ]), "2024-05-16").events
    assert (event.visitor, event.place.city) == ("vladimir-putin", "Beijing")


def test_a_minister_announcing_the_leaders_trip_leaves_it(world_rules: Rules) -> None:
    """The minister as the subject of a saying verb: what he says is news of the leader's trip."""
    (event,) = draft_on(world_rules, "\n".join([
        "Xi to visit Moscow",
        "Wang Yi, China's foreign minister, said on Monday that President Xi Jinping will visit Moscow next week.",
    ]), "2023-03-13").events
    assert (event.visitor, event.place.city) == ("xi-jinping", "Moscow")


def test_a_minister_who_prepares_the_leaders_trip_leaves_it(world_rules: Rules) -> None:
    """"Lavrov arrived to prepare Putin's visit": the leader owns a trip the sentence tells."""
    (event,) = draft_on(world_rules, "\n".join([
        "Putin to visit Pyongyang",
        "Foreign Minister Sergey Lavrov arrived in Pyongyang on Monday to prepare President Vladimir Putin's visit to North Korea next month.",
    ]), "2024-05-13").events
    assert (event.visitor, event.place.city, event.status) == ("vladimir-putin", "Pyongyang", Status.ANNOUNCED)


@pytest.mark.parametrize(("lines", "visitor"), [
    # A leader's own title with "of" in it: he is the one who travels.
    (["Modi in Moscow", "The Prime Minister of India, Narendra Modi, arrived in Moscow on Monday for talks with Vladimir Putin."],
     "narendra-modi"),
    # A minister "of" his country, travelling with the leader: the leader's visit stands.
    (["Modi in Moscow", "Prime Minister Narendra Modi arrived in Moscow on Monday with the foreign minister of India."],
     "narendra-modi"),
    # A delegation "of" a leader is one he may lead himself: his trip stands.
    (["Xi in Moscow", "The delegation of President Xi Jinping arrived in Moscow on Monday for talks with Vladimir Putin."],
     "xi-jinping"),
])
def test_an_office_of_a_country_leaves_the_leaders_own_trip(world_rules: Rules, lines: list[str], visitor: str) -> None:
    (event,) = draft_on(world_rules, "\n".join(lines), "2024-07-08").events
    assert (event.visitor, event.place.city) == (visitor, "Moscow")


def test_ministers_travelling_with_the_leader_leave_his_visit(world_rules: Rules) -> None:
    (event,) = draft_on(world_rules, "\n".join([
        "Modi in Moscow",
        "Prime Minister Narendra Modi arrived in Moscow on Monday, with Foreign Minister Subrahmanyam Jaishankar.",
        "He will hold talks with President Vladimir Putin on Tuesday.",
    ]), "2024-07-08").events
    assert (event.visitor, event.host, event.place.city) == ("narendra-modi", "vladimir-putin", "Moscow")


def test_the_two_countries_are_not_the_two_leaders(world_rules: Rules) -> None:
    """"The two countries" after a minister's talks names no leader told before."""
    analysis = draft_on(world_rules, "\n".join([
        "Lavrov in Delhi",
        "Prime Minister Narendra Modi spoke of India's ties with Russia on Monday.",
        "Subrahmanyam Jaishankar, the foreign minister, said his talks with Lavrov covered ties between the two countries and Afghanistan.",
    ]), "2022-04-01")
    assert analysis.events == ()


def test_a_minister_greeting_the_returning_leader_leaves_his_trip(world_rules: Rules) -> None:
    """"Prime Minister A B C" names the leader, and a minister who greets him at home on his
    return is no one he met on his trip."""
    (event,) = draft_on(world_rules, "\n".join([
        "Modi back from Washington",
        "Returning from a five-day visit to the United States, Prime Minister Narendra Damodardas Modi landed in New Delhi on Tuesday.",
        "He said his talks in Washington had gone well, and was greeted by Home Minister Amit Shah.",
    ]), "2023-06-27").events
    assert (event.visitor, event.place.country) == ("narendra-modi", "US")


def test_a_relative_who_shares_the_leader_s_family_name_is_no_aide_of_his(world_rules: Rules) -> None:
    """"his daughter Kim Ju-ae" names a relative by the word for her tie to him; "Kim", a word
    of the leader's own name, stays his, so "Kim will travel" is still the leader's trip."""
    (event,) = draft_on(world_rules, "\n".join([
        "Kim to travel to Russia for talks with Putin",
        "Kim will travel by armoured train to Vladivostok in the coming days to meet Russian President Vladimir Putin, the Kremlin said on Monday.",
        "On Sunday he watched a parade in Pyongyang, standing beside his daughter Kim Ju-ae.",
    ]), "2023-09-11").events
    assert (event.visitor, event.host, event.place.city) == ("kim-jong-un", "vladimir-putin", "Vladivostok")


def test_an_aide_the_news_is_told_according_to_is_its_source_not_its_traveller(world_rules: Rules) -> None:
    """"According to Lavrov, Putin said he could not come ...": the minister named by his office
    reports the leader's words; the trip turned down is the leader's, not the minister's."""
    (event,) = draft_on(world_rules, "\n".join([
        "Putin will miss the Paris summit",
        "Sergei Lavrov, the Russian foreign minister, briefed reporters on Wednesday.",
        "According to Lavrov, Putin said he was sorry he could not come to the summit in Paris on June 6, as he is due elsewhere on a trip that day.",
    ]), "2024-05-22").events
    assert (event.status.value, event.visitor, event.place.city, str(event.date)) == ("declined", "vladimir-putin", "Paris", "2024-06-06")


def test_a_leader_in_office_at_a_state_funeral_is_on_a_trip_not_a_look_back(world_rules: Rules) -> None:
    """"The state funeral of Elizabeth II ... and Biden will attend": the leader out of office
    in the sentence is the one mourned, no party to the trip, and no reason to read it as past."""
    event = one_event(world_rules, "\n".join([
        "Biden to attend the Queen's funeral",
        "Queen Elizabeth II will be given a state funeral in London on September 19, and President Joe Biden will be there, the White House confirmed on Thursday.",
    ]), "2022-09-15")
    assert (event.kind, event.status.value, event.visitor, event.place.city, str(event.date)) == (
        "ceremony", "confirmed", "joe-biden", "London", "2022-09-19"
    )


def test_a_funeral_with_no_leader_in_office_still_looks_back(world_rules: Rules) -> None:
    """The mourned leader alone is no trip: the sentence keeps its look back."""
    analysis = draft_on(world_rules, "\n".join([
        "Remembering Abe",
        "Shinzo Abe, Japan's former prime minister, was given a state funeral in Tokyo.",
    ]), "2022-09-28")
    assert analysis.events == ()


def test_leaving_for_a_country_is_a_trip(world_rules: Rules) -> None:
    """"will leave for China": setting off, as "sets off for" and "flies to" are."""
    event = one_event(world_rules, "\n".join([
        "Netanyahu's trip",
        "Prime Minister Benjamin Netanyahu will leave for China on Sunday, his office said.",
    ]), "2017-03-16")
    assert (event.visitor, event.place.country) == ("benjamin-netanyahu", "CN")


@pytest.mark.parametrize(
    ("sentence", "drafted"),
    [
        ("Six years after they last sat down together, Donald Trump and Xi Jinping met in Busan on Thursday.", True),
        ("Two years ago, Donald Trump and Xi Jinping met in Busan.", False),
    ],
    ids=["counted-from-the-last-meeting", "years-ago-still-looks-back"],
)
def test_a_time_counted_from_an_older_meeting_in_the_opening_clause_is_no_look_back(world_rules: Rules, sentence: str, drafted: bool) -> None:
    """"N years after they last met, A and B met in C": the opening clause counts the time since
    the older meeting; the meeting after it is the news."""
    analysis = draft_on(world_rules, "\n".join(["Trump and Xi talk trade", sentence]), "2025-10-31")
    events = [(e.status.value, e.place.city) for e in analysis.events]
    assert events == ([("held", "Busan")] if drafted else [])


def test_a_call_told_by_its_length_is_no_meeting(world_rules: Rules) -> None:
    """"In the 30-minute call the two talked over trade": a call, whatever its length, not talks held."""
    analysis = draft_on(world_rules, "\n".join([
        "Moon and Trump on the phone",
        "In the 30-minute call Donald Trump and Moon Jae-in talked over trade and North Korea.",
    ]), "2017-05-11")
    assert analysis.events == ()


def test_a_leader_talking_of_his_own_visits_to_a_country_looks_back(world_rules: Rules) -> None:
    """"Xi talked warmly about his own visits to Australia": past trips the talk was about, not
    where the meeting was; the caption's "their meeting in Bali" places it."""
    event = one_event(world_rules, "\n".join([
        "Albanese meets Xi",
        "Anthony Albanese and Xi Jinping at their meeting in Bali.",
        "Albanese said Xi talked warmly about his own visits to Australia during the meeting.",
    ]), "2022-11-16")
    assert (event.kind, event.place.city, event.visitor, event.host) == ("summit", "Bali", None, None)


def test_a_trip_the_host_is_back_from_first_does_not_place_the_visit(world_rules: Rules) -> None:
    """"heading to London next week for talks with May, once she is back from her trip to India":
    India is a trip before the visit, not where it is."""
    event = one_event(world_rules, "\n".join([
        "Orbán to meet May",
        "Viktor Orbán is heading to London next week for talks with Theresa May, once she is back from her trip to India.",
    ]), "2016-11-01")
    assert (event.kind, event.visitor, event.host, event.place.city, event.place.country) == (
        "visit", "viktor-orban", "theresa-may", "London", "GB"
    )

def test_wishes_a_leader_received_from_another_are_no_visit(world_rules: Rules) -> None:
    """"received Xi's warmest wishes": the verb of receiving a guest, but what came is a message."""
    analysis = draft_on(world_rules, "\n".join([
        "Xi sends New Year wishes to Putin",
        "MOSCOW -- Vladimir Putin and the Russian people received Xi Jinping's warmest wishes for the coming year.",
        "Putin also received good wishes from Xi Jinping for his birthday.",
    ]), "2024-12-30")
    assert analysis.events == ()


def test_a_fear_that_did_not_come_true_is_no_trip_declined(world_rules: Rules) -> None:
    """"did not come true" is an idiom, not a leader who did not come."""
    analysis = draft_on(world_rules, "\n".join([
        "Macron visits Scholz in Berlin",
        "Emmanuel Macron arrived in Berlin on Monday for talks with Olaf Scholz.",
        "The fears that Scholz could turn away from Paris did not come true, Macron said.",
    ]), "2023-06-05")
    assert [(event.status.value, event.place.country) for event in analysis.events] == [("held", "DE")]


def test_trips_told_after_has_since_look_back(world_rules: Rules) -> None:
    """"has since travelled to China four times": "since" after "has" is the adverb, no
    starting point, and the trips it tells are gone by; "would go" in the clause after it
    is the future of the past, no plan."""
    analysis = draft_on(world_rules, "\n".join([
        "Xi visits Kim",
        "Xi Jinping arrived in Pyongyang on Thursday and was welcomed by Kim Jong Un.",
        "Kim has since travelled to China four times and has pressed Xi to return the visits,"
        " while Beijing waited to see how Kim's talks with Trump would go.",
    ]), "2019-06-20")
    assert [(event.visitor, event.place.country) for event in analysis.events] == [("xi-jinping", "KP")]


@pytest.mark.parametrize(
    "clause",
    [
        "urged him to act swiftly to rein in North Korea",
        "they adopted security guarantees for North Korea",
    ],
)
def test_a_country_reined_in_or_given_guarantees_is_a_topic_not_a_destination(world_rules: Rules, clause: str) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Envoy to visit Pyongyang",
        f"Donald Trump met Xi Jinping on his tour and {clause}.",
    ]), "2017-11-15")
    assert all(event.place.country != "KP" for event in analysis.events)


def test_leaders_who_have_never_met_look_back_beside_the_meeting_announced(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Trump to meet Putin in Helsinki",
        "Vladimir Putin and Donald Trump will meet in Helsinki on July 16, the White House announced on Thursday.",
        "So far the two leaders have never had a meeting of their own: they have only talked briefly at summits.",
    ]), "2018-06-28")
    assert [(event.status.value, str(event.date)) for event in analysis.events] == [("confirmed", "2018-07-16")]


def test_where_two_leaders_last_met_is_not_where_they_meet_next_and_a_hope_is_no_event(world_rules: Rules) -> None:
    """The phrases after "last met", set off by commas ("at a summit in Bali, Indonesia"), are
    the look back's; a meeting a trip is only expected to "clear the way for" is placed nowhere."""
    analysis = draft_on(world_rules, "\n".join([
        "Minister meets Xi in Beijing",
        "Joe Biden and Xi Jinping last met late last year, at a G20 summit in Bali, Indonesia,"
        " and the minister's trip is expected to clear the way for them to meet again in November.",
    ]), "2023-06-19")
    assert analysis.events == ()


def test_a_meeting_placed_and_dated_beside_where_the_leaders_last_met_is_announced(world_rules: Rules) -> None:
    """The same look back beside a meeting the page places and dates: that meeting is news."""
    analysis = draft_on(world_rules, "\n".join([
        "Biden and Xi to meet in Washington",
        "Joe Biden and Xi Jinping last met late last year, at a G20 summit in Bali, Indonesia,"
        " and they will meet again in Washington in November, the White House said.",
    ]), "2023-06-19")
    assert [(event.status.value, event.place.city) for event in analysis.events] == [("announced", "Washington")]

def test_leaders_who_will_sit_down_together_make_a_meeting(rules: Rules) -> None:
    """"Sit down" is a meeting's word, as "sat down" and "sits down" are: the sentence naming
    where two leaders will sit down together tells their meeting."""
    events = draft_on(rules, "\n".join([
        "Kim and Putin talk trade",
        "Officials said Kim Jong Un will sit down with Vladimir Putin in Kazan on Tuesday.",
    ]), "2024-10-20").events
    assert [(e.place.city, sorted(e.leaders)) for e in events] == [("Kazan", ["kim-jong-un", "vladimir-putin"])]


def test_a_funeral_abroad_is_a_ceremony_and_whose_funeral_it_is_no_party_to_it(world_rules: Rules) -> None:
    """A leader at a funeral abroad attends an occasion, a ceremony; the one mourned ("the
    funeral of Queen Elizabeth II") is neither a guest nor, though she led the country that
    month, its host."""
    (event,) = draft_on(world_rules, "\n".join([
        "Xi mourns the Queen",
        "Xi Jinping was among the leaders at Westminster Abbey in London on Monday for the state funeral of Queen Elizabeth II.",
    ]), "2022-09-20").events
    assert (event.kind, event.status.value, event.place.city) == ("ceremony", "held", "London")
    assert (event.visitor, event.host, event.leaders) == ("xi-jinping", None, ("xi-jinping",))


def test_leaders_meeting_where_neither_is_at_home_hold_a_summit(world_rules: Rules) -> None:
    """A second meeting placed in a third country, which no word of the page calls a visit
    or a summit, is a summit; the headline's "visit" names the trip it places elsewhere."""
    events = draft_on(world_rules, "\n".join([
        "Kim readies for China visit",
        "Kim Jong Un is due in Beijing at the end of next month.",
        "Aides confirmed that Kim Jong Un will sit down with Xi Jinping, China's president, in Vladivostok, Russia,"
        " as early as next week, opening a new chapter.",
    ]), "2019-03-20").events
    assert [(e.place.city, e.kind) for e in events] == [("Beijing", "visit"), ("Vladivostok", "summit")]


def test_the_un_general_assembly_is_held_in_new_york(world_rules: Rules) -> None:
    """"On the sidelines of the UN General Assembly": the meeting is where the Assembly sits."""
    (event,) = draft_on(world_rules, "\n".join([
        "Yoon and Netanyahu talk trade",
        "On the sidelines of the UN General Assembly on Wednesday, Benjamin Netanyahu sat down with Yoon Suk Yeol.",
    ]), "2023-09-21").events
    assert (event.place.city, event.place.country, event.kind) == ("New York", "US", "summit")


def test_a_meeting_at_the_margins_of_a_summit_named_for_its_city_is_held_there(world_rules: Rules) -> None:
    """"At the margins of the Kazan BRICS summit": "margins of", as "sidelines of", makes the
    city before the summit's name where the meeting is."""
    (event,) = draft_on(world_rules, "\n".join([
        "Xi and Modi talk trade",
        "Xi Jinping and Narendra Modi held talks on Wednesday at the margins of the Kazan BRICS summit.",
    ]), "2024-10-23").events
    assert (event.place.city, event.place.country, event.kind) == ("Kazan", "RU", "summit")


def test_a_wish_to_meet_with_no_place_or_time_is_no_event(world_rules: Rules) -> None:
    """A leader who "wants to meet" another, the page giving the meeting neither a place nor a
    time, tells a wish, not a meeting planned."""
    analysis = draft_on(world_rules, "\n".join([
        "Putin wants to meet with Lula to discuss peace",
        "The Kremlin sent an official invitation to Brazil's president for talks on ending the war.",
    ]), "2023-04-20")
    assert analysis.events == ()


@pytest.mark.parametrize(("headline", "sentence"), [
    ("Putin and Lula", "Putin wants to meet Lula in Brasília next month, the Kremlin said on Monday."),
    ("Putin wants to meet with Lula next month to discuss peace", ""),
])
def test_a_wish_to_meet_given_a_place_or_a_time_is_still_an_event(world_rules: Rules, headline: str, sentence: str) -> None:
    """The same wish given a place or a month: a meeting the page tells of, drafted as before."""
    analysis = draft_on(world_rules, "\n".join([
        headline, *([sentence] if sentence else []),
        "The Kremlin sent an official invitation to Brazil's president for talks on ending the war.",
    ]), "2023-04-20")
    assert [(event.status.value, str(event.date)) for event in analysis.events] == [("announced", "2023-05")]


_DEPARTS_FOR_TALKS = (
    "PM Kishida Departs Tokyo for South Korea for Talks With President Yoon",
    "Prime Minister Fumio Kishida is on a two-day visit to South Korea: he took off from Tokyo on Sunday morning,"
    " and talks with President Yoon Suk Yeol in Seoul are set for that afternoon.",
)


def test_what_leaders_agreed_they_would_do_is_no_time_ahead_for_their_past_summit(world_rules: Rules) -> None:
    """"Agreed at their summit in March: that they would visit each other again": the future
    told in the past leaves the summit's March in the past, no summit ahead."""
    events = draft_on(world_rules, "\n".join([
        *_DEPARTS_FOR_TALKS,
        "The visit carries out what the two leaders agreed at their summit in Tokyo in March: that they would visit each other again.",
    ]), "2023-05-07").events
    assert [(event.place.city, event.status.value) for event in events] == [("Seoul", "held")]


def test_a_plan_dated_after_what_a_leader_promised_he_would_do_is_ahead(world_rules: Rules) -> None:
    """A date after the "would" ("promised that he would visit Tokyo in July") is the plan's own."""
    events = draft_on(world_rules, "\n".join([*_DEPARTS_FOR_TALKS, "Yoon promised that he would visit Tokyo in July."]), "2023-05-07").events
    assert [(event.place.city, event.status.value, str(event.date)) for event in events] == [
        ("Seoul", "held", "2023-05-07"), ("Tokyo", "announced", "2023-07")
    ]


def test_a_former_holder_of_a_title_is_not_its_holder_of_the_day(world_rules: Rules) -> None:
    """"The former US president" names one who led, not the president of the page's day."""
    analysis = draft_on(world_rules, "\n".join([
        "Obama to lunch with Macron",
        "The Elysee said on Thursday that the former US president would lunch with Emmanuel Macron in Paris on Saturday.",
        "Obama backed Macron in the French election campaign.",
    ]), "2017-11-30")
    assert analysis.events == ()


def test_the_title_of_the_day_still_names_its_holder(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Trump to lunch with Macron",
        "The Elysee said on Thursday that the US president would lunch with Emmanuel Macron in Paris on Saturday.",
        "Obama backed Macron in the French election campaign.",
    ]), "2017-11-30")
    assert [event.visitor for event in analysis.events] == ["donald-trump"]


def test_a_welcome_had_in_a_season_gone_by_is_a_look_back(world_rules: Rules) -> None:
    """"The welcome Trump had in Paris in the summer", on a page of late November: the summer
    is over, the trip an older story named in passing."""
    analysis = draft_on(world_rules, "\n".join([
        "Obama to lunch with Macron",
        "Barack Obama will lunch with Emmanuel Macron in Paris on Saturday, the Elysee said on Thursday.",
        "Do not look for the welcome Donald Trump had in Paris in the summer, when he dined on the Eiffel Tower.",
    ]), "2017-11-30")
    assert analysis.events == ()


def test_a_visit_planned_for_the_summer_in_november_is_still_ahead(world_rules: Rules) -> None:
    """A sentence looking ahead keeps its season ("will make a state visit ... in the summer")."""
    analysis = draft_on(world_rules, "\n".join([
        "Trump to visit Paris",
        "Donald Trump will make a state visit to France in the summer, the Elysee said on Thursday.",
    ]), "2017-11-02")
    assert [event.status.value for event in analysis.events] == ["announced"]


@pytest.mark.parametrize("sentence", [
    "Donald Trump has been left off the guest list of the climate summit Emmanuel Macron holds in Paris on December 12.",
    "Donald Trump was not invited to the climate summit Emmanuel Macron holds in Paris on December 12, to which other leaders are invited.",
    # The negation written short, with the straight or the curled apostrophe.
    "Donald Trump wasn't invited to the climate summit Emmanuel Macron holds in Paris on December 12, to which other leaders are invited.",
    "Donald Trump hasn’t been invited to the climate summit Emmanuel Macron holds in Paris on December 12.",
])
def test_a_leader_left_off_a_guest_list_is_no_guest(world_rules: Rules, sentence: str) -> None:
    analysis = draft_on(world_rules, "\n".join(["Macron hosts climate summit", sentence, "About 100 other leaders are expected."]), "2017-11-30")
    assert analysis.events == ()


def test_a_leader_invited_to_a_summit_is_invited(world_rules: Rules) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Macron hosts climate summit",
        "Emmanuel Macron has invited Donald Trump to the climate summit he holds in Paris on December 12.",
    ]), "2017-11-30")
    assert [event.status.value for event in analysis.events] == ["invited"]

@pytest.mark.parametrize(
    ("text", "leaders"),
    [
        # A surname-first leader's surname before a hyphened given name not his own: another man.
        ("Yoon Young-chan, the president's press secretary, spoke to reporters.", []),
        ("Yoon Suk-yeol spoke to reporters.", ["yoon-suk-yeol"]),
        ("Yoon spoke to reporters.", ["yoon-suk-yeol"]),
        # The surname as the first half of another man's hyphened given name, after his own
        # surname, even at the sentence's head: another man.
        ("Park Yoon-ho, a former ambassador, is to travel to Moscow.", []),
        ("An envoy, Park Yoon-ho, met Yoon in Seoul.", ["yoon-suk-yeol"]),
        # A leader's name joined to an English word is still the leader.
        ("The Yoon-led government spoke to reporters.", ["yoon-suk-yeol"]),
        ("Under Yoon-era rules, Yoon spoke to reporters.", ["yoon-suk-yeol", "yoon-suk-yeol"]),
    ],
)
def test_a_surname_first_leaders_surname_before_another_given_name_is_someone_else(
    world_rules: Rules, text: str, leaders: list[str]
) -> None:
    assert [leader for _, leader in find_leaders(text, PartialDate.parse("2023-05-01"), world_rules, set())] == leaders


def test_a_leader_called_elect_once_is_the_one_elected_all_through_the_page(world_rules: Rules) -> None:
    """"President-elect Yoon" in one sentence, "Modi asked Yoon to visit India" in the next:
    the one about to take office is invited, not one whose time is over."""
    (event,) = draft_on(world_rules, "\n".join([
        "Modi calls Yoon",
        "Narendra Modi spoke by telephone on Thursday with South Korea's President-elect, Yoon Suk Yeol, to congratulate him.",
        "Modi asked Yoon to visit India at his convenience.",
    ]), "2022-03-17").events
    assert (event.status.value, event.visitor, event.host, event.place.country) == ("invited", "yoon-suk-yeol", "narendra-modi", "IN")


def test_a_vice_president_elect_beside_a_leader_does_not_make_him_the_one_elected(world_rules: Rules) -> None:
    """"Trump and Vice President-elect Pence" calls Pence elected, not Trump: the outgoing
    president receiving his successor at home stays no leaders' meeting."""
    analysis = draft_on(world_rules, "\n".join([
        "Obama to receive Trump",
        "President Barack Obama receives Donald Trump at the White House in Washington on Thursday.",
        "Afterwards Donald Trump and Vice President-elect Mike Pence will see congressional leaders.",
    ]), "2016-11-09")
    assert analysis.events == ()


def test_a_leader_asked_by_another_to_come_is_invited(world_rules: Rules) -> None:
    """The asking told in the passive, the one asked named first: an invitation, not a visit
    made (the visits recalled beside it are history)."""
    (event,) = draft_on(world_rules, "\n".join([
        "Modi and Netanyahu talk",
        "Benjamin Netanyahu was asked by Narendra Modi to come to India at a date that suits them both.",
        "Netanyahu came to India in January 2018.",
    ]), "2023-01-12").events
    assert (event.status.value, event.visitor, event.host, event.place.country) == ("invited", "benjamin-netanyahu", "narendra-modi", "IN")


def test_congratulations_a_president_elect_received_are_no_visit(world_rules: Rules) -> None:
    """"Received congratulations" is a message, not a guest received: with a president-elect
    kept as news all through the page, it must not become a visit."""
    analysis = draft_on(world_rules, "\n".join([
        "Erdogan congratulates President-elect Biden",
        "Joe Biden has received congratulations from Recep Tayyip Erdogan on his victory in the US election.",
        "The message reached the president-elect Joe Biden on Tuesday.",
    ]), "2020-11-11")
    assert analysis.events == ()


def test_a_meeting_with_a_leader_named_after_an_abbreviated_country_is_a_leaders_meeting(world_rules: Rules) -> None:
    """"Talks with U.S. President Joe Biden": the abbreviation's dots do not end whom the talks
    are with, so they are no talks with people who lead nothing."""
    (event,) = draft_on(world_rules, "\n".join([
        "Erdogan's Washington trip put off",
        "Owing to a clash of dates, Recep Tayyip Erdogan's talks with U.S. President Joe Biden, set for the White House on 9 May,"
        " have been put off, an aide said.",
    ]), "2024-04-26").events
    assert (event.status.value, event.visitor, event.place.city, str(event.date)) == ("postponed", "recep-tayyip-erdogan", "Washington", "2024-05-09")


@pytest.mark.parametrize(
    "text",
    [
        # The headline sets the envoy straight after the leader's bare name; the lead tells
        # only the envoy's meeting, and the one city named is of a meeting gone by.
        "Xi meets Putin envoy again\nOn Friday Xi Jinping once more received Vladimir Putin's special envoy for talks."
        "\nLast month in Moscow Xi and Putin agreed to widen trade.",
        "Kim holds talks with Xi aide\nKim Jong Un held talks with a senior adviser to Xi Jinping on Tuesday."
        "\nLast month in Beijing Kim and Xi agreed to widen trade.",
    ],
)
def test_a_meeting_with_an_envoy_a_headline_names_by_his_leaders_bare_name_is_no_visit(rules: Rules, text: str) -> None:
    assert draft_on(rules, text, "2024-05-10").events == ()


def test_a_leaders_visit_stays_beside_his_envoy_named_by_his_bare_name(rules: Rules) -> None:
    """The envoy beside the leader in the headline does not take the leader out of the lead."""
    text = (
        "Putin envoy prepares ground as Xi arrives in Moscow\n"
        "Xi Jinping arrived in Moscow on Monday for a state visit and talks with Vladimir Putin."
    )
    event = one_event(rules, text, "2024-05-10")
    assert (event.visitor, event.host, event.place.city) == ("xi-jinping", "vladimir-putin", "Moscow")


def test_a_leaders_own_office_after_his_bare_name_is_no_proxy(rules: Rules) -> None:
    """An office a page's word order sets after the leader's own name is his ("Kim leader"),
    not someone acting for him: only the words of one who acts for another are read so."""
    text = "Putin president meets Kim in Pyongyang\nVladimir Putin met Kim Jong Un in Pyongyang on Wednesday for talks."
    event = one_event(rules, text, "2024-06-19")
    assert (event.visitor, event.host) == ("vladimir-putin", "kim-jong-un")

def test_an_arrival_here_is_in_the_city_of_a_dateline_run_into_the_sentence(world_rules: Rules) -> None:
    """"Mumbai, Oct 4 ... after he landed here on Tuesday": the dateline's dash lost, its city
    opens the sentence, and "here" is that city."""
    (event,) = draft_on(world_rules, "\n".join([
        "Modi welcomes Xi",
        "Mumbai, Oct 4 A grand welcome awaited President Xi Jinping after he landed here on Tuesday,"
        " Prime Minister Narendra Modi acting as his host.",
    ]), "2019-10-04").events
    assert (event.visitor, event.host, event.place.city) == ("xi-jinping", "narendra-modi", "Mumbai")


def test_a_dateline_run_on_and_an_arrival_here_are_read_as_written() -> None:
    from tracker.ingest.extract import _ARRIVED_HERE, _DATELINE_RUN_ON

    assert _DATELINE_RUN_ON.match("Mumbai, Oct 4 Crowds", len("Mumbai"))
    assert _ARRIVED_HERE.search("after he landed here on Tuesday")
    assert not _ARRIVED_HERE.search("after he landed in Delhi; here the talks")


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # A word of a meeting held, put ahead by an infinitive's "to": a plan.
        ("In Hanoi the president is to sit down with the prime minister for talks.", ["announced"]),
        ("A trade pact and two accords are to be signed during the stay.", ["announced"]),
        ("Her state visit starts in Oslo, where she is then to sit down with the king.", ["announced"]),
        # A perfect infinitive is past, and the aim of a trip made is the trip's.
        ("He said he was pleased to have met the chancellor in Vienna.", ["held"]),
        ("The president came to Lisbon to sit down with the prime minister.", ["held"]),
        # The words themselves, with no "to" before them, are a meeting held.
        ("The two presidents sat down together in Accra on Monday.", ["held"]),
    ],
)
def test_a_held_word_after_an_infinitives_to_is_a_plan(rules: Rules, text: str, statuses: list[str]) -> None:
    from tracker.ingest.extract import _statuses

    assert [status.value for _, status in _statuses(text, rules)] == statuses


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # An ordinal before the one who did it: a record, no plan of a trip.
        ("She is the first Chilean leader to visit Mongolia since the two set up ties.", []),
        ("He was the last Danish prime minister to pay a state visit to Peru.", []),
        ("The king is the only European head of state to make the trip this year.", []),
        # Not before the infinitive: still a plan.
        ("The first thing he will do is fly to Lima to meet the president.", ["announced"]),
        ("The chancellor plans to visit Lima next month.", ["announced"]),
    ],
)
def test_an_infinitive_after_an_ordinal_tells_a_record_not_a_plan(rules: Rules, text: str, statuses: list[str]) -> None:
    from tracker.ingest.extract import _statuses

    assert [status.value for _, status in _statuses(text, rules)] == statuses


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        # Arrived for a summit that opens on a later day: set off for it, confirmed.
        ("Leaders gather in Lima\nXi Jinping and Joe Biden have arrived in Lima for the summit, which will"
         " open on Friday, 15 November.", "summit", "confirmed"),
        # The summit opens the day they arrive: held.
        ("Leaders gather in Lima\nXi Jinping and Joe Biden have arrived in Lima for the summit, which will"
         " open later on Wednesday, 13 November.", "summit", "held"),
        # A visit begins with the arrival, whenever its talks come; so does a summit with its
        # host at home, the visitor's arrival beginning his visit.
        ("Xi in Washington\nXi Jinping has arrived in Washington for talks with Joe Biden, which will"
         " be held on Friday, 15 November.", "visit", "held"),
        ("Xi in Washington\nXi Jinping has arrived in Washington for his summit with Joe Biden, which will"
         " open on Friday, 15 November.", "summit", "held"),
    ],
)
def test_a_summit_its_leaders_arrived_for_is_confirmed_until_it_opens(world_rules: Rules, text: str, kind: str, status: str) -> None:
    (event,) = draft_on(world_rules, text, "2024-11-13").events
    assert (event.kind, event.status.value) == (kind, status)


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # "ever" before a word of a meeting held: the record it sets, no meeting held.
        ("It is the first summit of the group the city has ever hosted.", []),
        ("He has hosted the summit of the group in the city.", ["held"]),
    ],
)
def test_a_held_word_after_ever_tells_a_record(rules: Rules, text: str, statuses: list[str]) -> None:
    from tracker.ingest.extract import _statuses

    assert [status.value for _, status in _statuses(text, rules)] == statuses


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # A participle naming who hosts an occasion of a plan told before it: no meeting held.
        ("The queen will fly to Oslo in May for a state visit hosted by the king.", ["announced"]),
        ("Next spring the chancellor comes to Lima on a working visit hosted by the president.", []),
        # The same participle in a report of what happened: held.
        ("The chancellor attended a state banquet hosted by the president on Monday.", ["held"]),
        # A finite verb, not a participle of an occasion: held as before.
        ("The president hosted the chancellor in Lima, and the two will meet again in May.", ["held", "announced"]),
    ],
)
def test_a_held_participle_of_an_occasion_planned_names_its_host_not_a_meeting(rules: Rules, text: str, statuses: list[str]) -> None:
    from tracker.ingest.extract import _statuses

    assert [status.value for _, status in _statuses(text, rules)] == statuses


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # The beginning of a visit told with the visitor's possessive, as with an article: held.
        ("The chancellor began her visit in Cusco, a city far from the capital.", ["held"]),
        ("The king began his first state visit with a wreath-laying in Lima.", ["held"]),
        ("The chancellor began a visit to Peru with a wreath-laying.", ["held"]),
        # The invitation it was made at is how the trip came about, no news of its own.
        ("The chancellor began her official visit, made at the president's invitation, in Cusco.", ["held"]),
    ],
)
def test_a_visit_begun_with_the_visitors_possessive_is_held(rules: Rules, text: str, statuses: list[str]) -> None:
    from tracker.ingest.extract import _statuses

    assert [status.value for _, status in _statuses(text, rules)] == statuses


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # What the leaders said "after their meeting" tells a meeting held, as "after their talks" does.
        ("At a press conference after their meeting in Lima, the two leaders said they had confirmed that trade would grow.", ["held", "confirmed"]),
        ("Following their meeting, the president and the chancellor took questions.", ["held"]),
    ],
)
def test_what_was_said_after_their_meeting_tells_it_held(rules: Rules, text: str, statuses: list[str]) -> None:
    from tracker.ingest.extract import _statuses

    assert [status.value for _, status in _statuses(text, rules)] == statuses


def test_a_meeting_the_leaders_spoke_after_is_held_not_confirmed(rules: Rules) -> None:
    # "had confirmed that" their countries would work together is what they agreed, not a
    # trip confirmed: the meeting they spoke after was held.
    event = one_event(rules, "\n".join([
        "China and Russia vow to deepen trade",
        "At a joint press conference after their meeting in Beijing, Xi Jinping and Vladimir Putin said they had"
        " confirmed that the two countries would expand trade.",
    ]), "2024-05-16")
    assert (event.status.value, event.place.city) == ("held", "Beijing")


def test_a_groups_summit_held_now_in_a_place_places_its_leader_there(world_rules: Rules) -> None:
    """"From <city>, where the <group> summit is under way, <leader> said": the clause after the
    place tells the group meeting there now, so the leader is there, though "from" would
    otherwise make the city where he came from."""
    event = one_event(world_rules, "\n".join([
        "Modi speaks at BRICS",
        "",
        "From Johannesburg, where the BRICS summit is under way, Prime Minister Modi said the talks had gone well.",
    ]), "2019-06-28")
    assert (event.place.country, event.place.city, event.kind, event.status) == ("ZA", "Johannesburg", "summit", Status.HELD)


@pytest.mark.parametrize("text", [
    # A summit held there before: a look back, not where anyone is now.
    "Johannesburg, where the BRICS summit was held last year, is a city Prime Minister Modi said he liked.",
    # A ministers' meeting is no summit of leaders.
    "From Johannesburg, where the BRICS foreign ministers' meeting is under way, Prime Minister Modi said the talks had gone well.",
    # A summit of no group the page names.
    "From Johannesburg, where the summit is under way, Prime Minister Modi said the talks had gone well for both of the countries.",
    # A call to a leader who is at the summit: nobody went anywhere to meet.
    "Prime Minister Modi spoke by telephone on Friday with President Ramaphosa, who is in Johannesburg, where the BRICS summit is under way, and the two discussed trade.",
])
def test_a_summit_held_elsewhere_or_before_or_of_ministers_places_no_leader(world_rules: Rules, text: str) -> None:
    assert draft_on(world_rules, "\n".join(["News of the day", "", text]), "2019-06-28").events == ()


@pytest.mark.parametrize(("text", "held"), [
    ("Osaka, where the G20 summit is taking place, ", True),
    ("Japan is where the Group of Seven gathering is now taking place", True),
    ("Osaka, where the G20 summit was held, ", False),
    ("Osaka, where the G20 finance ministers are meeting, ", False),
    ("Osaka, where the summit is held, ", False),
])
def test_the_clause_of_a_groups_summit_held_after_a_place(world_rules: Rules, text: str, held: bool) -> None:
    from tracker.ingest.extract import _group_summit_held_here

    place = world_rules.places.find(text)[0]
    assert _group_summit_held_here(text, place.end, world_rules) is held


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Xi went over the plan for direct Kazakh-Uzbek talks in Beijing on June 3.",
        "Putin and Xi said they backed the idea that Kazakhstan and Uzbekistan hold direct talks in Beijing on June 3.",
    ],
)
def test_two_other_countries_talks_are_no_meeting_of_the_leaders_who_discuss_them(rules: Rules, text: str) -> None:
    # The talks are between two other countries' delegations: Putin and Xi only talk them over.
    analysis = draft_on(rules, "\n".join(["Leaders discuss the talks", text]), "2026-05-20")
    assert analysis.events == ()


@pytest.mark.parametrize(
    "text",
    [
        # Their own countries' talks, by their countries' names: the leaders' meeting.
        "Russia and China will hold talks in Beijing on June 3, where Putin is to meet Xi.",
        # Cities stand for a leader's meeting as often as for a government's talks.
        "Moscow and Beijing will hold talks in Beijing on June 3, where Putin is to meet Xi.",
        # A pair of words that names no two nations is no pair of countries.
        "Putin and Xi will hold heart-To-Heart talks in Beijing on June 3.",
        "Putin and Xi will hold Russian-Chinese talks in Beijing on June 3.",
    ],
)
def test_talks_of_the_leaders_own_countries_are_still_their_meeting(rules: Rules, text: str) -> None:
    analysis = draft_on(rules, "\n".join(["Putin to visit China", text]), "2026-05-20")
    assert [(e.place.city, str(e.date)) for e in analysis.events] == [("Beijing", "2026-06-03")]


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # A word of a meeting held, negated: no meeting held.
        ("No Chilean and Peruvian presidents have held talks in the port since 1998.", []),
        ("No Canadian leader had visited the island since the storm of 2004.", []),
        ("The two presidents have not met since the border dispute flared.", []),
        ("The chancellor has never visited the capital in her years in office.", []),
        ("The premier hasn't yet met the new king.", []),
        # Not negated, or negated only in another clause: held.
        ("The two presidents have met twice this year.", ["held"]),
        ("The chancellor did not speak to reporters, but met the king at noon.", ["held"]),
        ("There was no press conference after the two presidents met at noon.", ["held"]),
    ],
)
def test_a_word_of_a_meeting_held_that_is_negated_tells_none(rules: Rules, text: str, statuses: list[str]) -> None:
    from tracker.ingest.extract import _statuses

    assert [status.value for _, status in _statuses(text, rules)] == statuses


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # A "when" clause after a year tells that year's meeting, to place another thing in time.
        ("The two navies have trained together since 2009, when the presidents met in Lima.", []),
        ("The port opened in May 1998, when the king hosted the emir for the first time.", []),
        # A "when" after no year, or a meeting told in the clause before it: held.
        ("The presidents met in Lima on Monday, when the talks turned to trade.", ["held"]),
        ("The talks went well when the presidents met in Lima.", ["held"]),
    ],
)
def test_a_word_of_a_meeting_held_in_a_when_clause_after_a_year_tells_that_years_meeting(
    rules: Rules, text: str, statuses: list[str]
) -> None:
    from tracker.ingest.extract import _statuses

    assert [status.value for _, status in _statuses(text, rules)] == statuses


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Having come to a named place is an arrival: the visit is under way, its talks still ahead.
        ("Lula in Rome\nBrazil's president, Luiz Inacio Lula da Silva, had come to Rome for a meeting with Prime Minister"
         " Giorgia Meloni. The two are expected to discuss trade.", "held"),
        ("Lula in Rome\nLuiz Inacio Lula da Silva has come to Rome, where Giorgia Meloni is expected to receive him"
         " for talks on trade.", "held"),
        # A coming recalled in a "when" clause is another trip's: the trip still ahead stays announced.
        ("Lula to Rome\nLuiz Inacio Lula da Silva will travel to Rome to meet Giorgia Meloni; they last met in 2019,"
         " when he came to Rome as a private citizen.", "announced"),
        # "Came to power" reaches no place: the trip still ahead stays announced.
        ("Lula to Rome\nLuiz Inacio Lula da Silva, who came to power in January, will travel to Rome to meet"
         " Giorgia Meloni for talks on trade.", "announced"),
    ],
)
def test_a_leader_who_has_come_to_a_named_place_has_arrived(world_rules: Rules, text: str, status: str) -> None:
    event = one_event(world_rules, text, "2023-06-20")
    assert (event.status.value, event.place.city) == (status, "Rome")


@pytest.mark.parametrize(
    ("text", "status", "visitor", "host", "country"),
    [
        # One leader receiving another told by a noun, not a verb: the host is at home.
        ("Erdogan was Lula's host for a day of talks on grain and shipping.", "held", "luiz-inacio-lula-da-silva", "recep-tayyip-erdogan", "TR"),
        ("Ramaphosa was host to Scholz for talks on energy and trade.", "held", "olaf-scholz", "cyril-ramaphosa", "ZA"),
        # A copula of the future: the visit is ahead.
        ("Modi will be Macron's guest for talks on defence and space.", "announced", "narendra-modi", "emmanuel-macron", "FR"),
        ("Meloni is to be the guest of Prime Minister Modi for talks on trade.", "announced", "giorgia-meloni", "narendra-modi", "IN"),
    ],
)
def test_a_leader_told_as_anothers_host_or_guest_receives_him_at_home(
    world_rules: Rules, text: str, status: str, visitor: str, host: str, country: str
) -> None:
    (event,) = draft_on(world_rules, "\n".join(["News of the day", "", text]), "2024-05-10").events
    assert (event.status.value, event.visitor, event.host, event.place.country) == (status, visitor, host, country)


@pytest.mark.parametrize(
    "text",
    [
        # A host of a thing, not of a leader; a guest of no leader; two leaders of one country.
        "Lula was host of the trade fair that Scholz opened by video.",
        "Erdogan was a guest of the party congress, where Scholz spoke by video link.",
        "Scholz was Steinmeier's guest for a concert in Berlin.",
    ],
)
def test_a_host_or_guest_of_no_leader_abroad_is_no_visit(world_rules: Rules, text: str) -> None:
    from tracker.ingest.extract import _host_by_noun, find_leaders

    named = find_leaders(text, PartialDate.parse("2024-05-10"), world_rules, set())
    assert _host_by_noun(text, named, world_rules) is None


@pytest.mark.parametrize(
    "text",
    [
        # A leader who says he will keep away from an occasion abroad turns it down, as "stayed away" tells one missed.
        "Scholz said on Monday that he would stay away from the parade Putin holds in Moscow.",
        "Scholz will stay away from the parade Putin holds in Moscow, his office said on Monday.",
    ],
)
def test_a_leader_who_will_stay_away_declines(world_rules: Rules, text: str) -> None:
    (event,) = draft_on(world_rules, "\n".join(["News of the day", "", text]), "2024-05-06").events
    assert (event.status.value, event.visitor, event.host, event.place.country) == ("declined", "olaf-scholz", "vladimir-putin", "RU")


@pytest.mark.parametrize(
    "text",
    [
        # The refusal holds the invitation ("declined the invitation"), and no verb of going
        # follows it: the invitation to the place is still the trip's word, turned down.
        "President Lula declined the invitation of Vladimir Putin to Moscow for the May forum, his office said.",
        "Lula has rejected the invitation of President Putin to Moscow, citing his schedule.",
    ],
)
def test_an_invitation_to_a_place_declined_is_a_visit_declined(world_rules: Rules, text: str) -> None:
    (event,) = draft_on(world_rules, "\n".join(["News of the day", "", text]), "2024-04-10").events
    assert (event.status.value, event.visitor, event.host, event.place.city) == (
        "declined", "luiz-inacio-lula-da-silva", "vladimir-putin", "Moscow"
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # The gloss makes the preposition English and leaves the page's own article before the
        # country ("for la China", "in die Turkey"): the country is still where the trip goes.
        ("Voyage de Macron\n\nLe président Emmanuel Macron part pour la Chine dimanche soir, pour une visite d'État de trois jours.", "CN"),
        ("Reise\n\nBundespräsident Frank-Walter Steinmeier reist am Montag in die Türkei zu einem Staatsbesuch bei Präsident Recep Tayyip Erdogan.", "TR"),
    ],
)
def test_a_country_after_a_glossed_marker_and_its_own_article_is_where_the_trip_goes(world_rules: Rules, text: str, country: str) -> None:
    (event,) = draft_on(world_rules, text, "2024-10-20").events
    assert event.place.country == country


def test_rio_alone_is_rio_de_janeiro_and_places_a_summit_there(world_rules: Rules) -> None:
    """"the G20 summit in Rio": the city's short name, as the press writes it, places the
    summit in Brazil, its host Brazil's leader; "China's Xi" names a leader, not a place."""
    event = one_event(
        world_rules,
        "Scholz meets China's Xi at G20\nOlaf Scholz sat down with Xi Jinping, his Chinese counterpart, on"
        " Tuesday at the margins of the G20 summit in Rio.",
        "2024-11-19",
    )
    assert (event.kind, event.visitor, event.host, event.place.city, event.place.country) == (
        "summit",
        None,
        "luiz-inacio-lula-da-silva",
        "Rio de Janeiro",
        "BR",
    )


def test_a_state_named_rio_is_not_rio_de_janeiro(world_rules: Rules) -> None:
    """"Rio" names the city only as a word of its own: a Brazilian state whose name begins
    with it ("Rio Grande do Sul") is in Brazil, with no city."""
    event = one_event(
        world_rules,
        "Scholz tours flooded Brazilian state with Lula\nOlaf Scholz arrived in Rio Grande do Sul on"
        " Monday, where Luiz Inácio Lula da Silva showed him the flooded towns.",
        "2024-05-13",
    )
    assert (event.visitor, event.place.city, event.place.country) == ("olaf-scholz", None, "BR")


def test_a_leader_asked_by_country_and_office_to_come_is_invited(world_rules: Rules) -> None:
    """English news names a foreign leader by his country and office before his name ("China's
    President Xi Jinping"): asked so to come to a city, he is invited there, as "asked Xi to
    come" is; told in a video call, the invitation is still the call's news of a trip."""
    (event,) = draft_on(world_rules, "\n".join([
        "Putin and Xi hold a video call",
        "In a video call on Friday, Russia's President Vladimir Putin asked China's President Xi Jinping to come to Moscow next spring.",
        "The two sides also went over trade and energy, and the Kremlin said it would give the date of the trip later.",
    ]), "2022-12-20").events
    assert (event.status.value, event.visitor, event.host, event.place.city) == ("invited", "xi-jinping", "vladimir-putin", "Moscow")


@pytest.mark.parametrize(
    "sentence",
    [
        # A call alone: nobody is asked to come anywhere.
        "In a video call on Friday, Russia's President Vladimir Putin asked China's President Xi Jinping about the talks in Geneva.",
        # A minister asked to come is no leader's trip.
        "In a video call on Friday, Vladimir Putin asked China's Foreign Minister Wang Yi to pass on his greetings to Xi Jinping.",
    ],
)
def test_a_call_asking_no_leader_to_come_drafts_nothing(world_rules: Rules, sentence: str) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Putin and Xi hold a video call",
        sentence,
        "The two sides also went over trade and energy, and the Kremlin said it would give more details later.",
    ]), "2022-12-20")
    assert analysis.events == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Recep Tayyip Erdogan said he looked forward to visiting South Korea soon.",
        "Recep Tayyip Erdogan said he looked forward to coming to South Korea soon.",
    ],
)
def test_a_leader_looking_forward_to_his_trip_announces_it(world_rules: Rules, sentence: str) -> None:
    """A leader who says he looks forward to visiting or coming to a country makes his trip
    public as going to take place: an announced visit, news beside the call it was said in."""
    (event,) = draft_on(world_rules, "\n".join([
        "Moon and Erdogan speak by phone",
        "On Wednesday Moon Jae-in and Recep Tayyip Erdogan spoke by telephone about trade between their countries.",
        sentence,
    ]), "2017-06-08").events
    assert (event.status.value, event.visitor, event.place.country) == ("announced", "recep-tayyip-erdogan", "KR")


@pytest.mark.parametrize(
    "sentence",
    [
        # Looking forward to another call is no trip.
        "Recep Tayyip Erdogan said he looked forward to speaking with Moon again soon.",
        # A minister's trip is no leader's.
        "Turkey's foreign minister said he looked forward to visiting South Korea soon.",
        # A trip made long ago, recalled in passing.
        "Recep Tayyip Erdogan recalled how he had looked forward to visiting South Korea back in 2012.",
    ],
)
def test_looking_forward_to_no_trip_of_a_leader_drafts_nothing(world_rules: Rules, sentence: str) -> None:
    analysis = draft_on(world_rules, "\n".join([
        "Moon and Erdogan speak by phone",
        "On Wednesday Moon Jae-in and Recep Tayyip Erdogan spoke by telephone about trade between their countries.",
        sentence,
    ]), "2017-06-08")
    assert analysis.events == ()


def test_a_meeting_hoped_for_beside_a_trip_called_off_is_no_meeting_held(world_rules: Rules) -> None:
    """"Had hoped Kishida might sit down with Yoon" is a meeting that may come about, and
    "the forum, which the Korean government is hosting" says who holds the forum: neither is
    a meeting held, so the trip called off stands as the page's news."""
    (event,) = draft_on(world_rules, "\n".join([
        "Kishida will not go to South Korea on 20 March as had been planned, his office said.",
        "Tokyo had hoped Kishida might sit down with Yoon Suk Yeol during the forum, which the Korean government is hosting.",
        "The two sides could not agree on the timing, so the trip was cancelled.",
    ]), "2024-03-02").events
    assert (event.status.value, event.visitor, event.host, event.place.country, str(event.date)) == (
        "cancelled", "fumio-kishida", "yoon-suk-yeol", "KR", "2024-03-20"
    )


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # A modal of what may come about before a word of a meeting: a rumour.
        ("Officials said Xi Jinping could sit down with Vladimir Putin in Moscow next month.", "rumoured"),
        # Theresa May is no modal: she sat down with Trump.
        ("In Davos on Thursday Theresa May sat down with Donald Trump for talks.", "held"),
        # A leader hosting is still a meeting held; the relative clause is the forum's.
        ("Vladimir Putin met Xi Jinping in Kazan on Tuesday at the forum, which Russia is hosting.", "held"),
    ],
)
def test_a_word_of_a_meeting_held_after_a_modal(world_rules: Rules, sentence: str, status: str) -> None:
    event, *_ = draft_on(world_rules, "\n".join([
        "Leaders meet",
        sentence,
        "Officials in Seoul said they were watching closely.",
    ]), "2018-01-26" if "May" in sentence else "2024-03-02").events
    assert event.status.value == status
