"""What an article does to the content: news makes or updates an event; a past trip named in
passing, a call, a letter or an envoy's visit makes and updates nothing; an undated page
is drafted but not written until the editor gives its date."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import snapshot
from grade_ingest import TODAY

from tracker.content.model import PartialDate
from tracker.ingest import ingest


def run(content: Path, tmp_path: Path, text: str, **options: object) -> tuple[list[dict[str, object]], list[str | None]]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    out = io.StringIO()
    results = ingest([str(article)], content, output="json", stdout=out, today=TODAY, **options)
    return [json.loads(line) for line in out.getvalue().splitlines()], [result.error for result in results]


def test_a_past_meeting_named_in_passing_updates_nothing(content: Path, tmp_path: Path) -> None:
    before = (content / "events" / "kim-putin-vladivostok-2019.yaml").read_text(encoding="utf-8")
    text = (
        "Kim and Putin meet at space centre\n"
        "13 September 2023\n"
        "North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome on Wednesday.\n"
        "The two leaders last met in Vladivostok in April 2019, when Kim travelled by train."
    )
    (record,), errors = run(content, tmp_path, text)
    assert errors == [None]
    assert [(event["action"], event["id"]) for event in record["events"]] == [("update", "kim-putin-summit-2023")]
    assert (content / "events" / "kim-putin-vladivostok-2019.yaml").read_text(encoding="utf-8") == before


def test_a_letter_that_carries_an_invitation_is_an_invited_entry(content: Path, tmp_path: Path) -> None:
    text = (
        "Putin invites Kim to Moscow in letter\n"
        "12 June 2024\n"
        "Russian President Vladimir Putin invited North Korean leader Kim Jong Un to visit Moscow in a letter"
        " delivered on Wednesday, KCNA said."
    )
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert errors == [None]
    assert [(event["status"], event["place"]) for event in record["events"]] == [
        ("invited", {"city": "Moscow", "country": "RU"})
    ]


def test_an_envoys_visit_is_no_leaders_visit(content: Path, tmp_path: Path) -> None:
    text = (
        "Kim's envoy meets Putin\n"
        "20 November 2024\n"
        "Kim Jong Un's foreign minister met Vladimir Putin in Moscow on Tuesday, carrying a message from Kim."
    )
    before = snapshot(content)
    (record,), errors = run(content, tmp_path, text)
    assert errors == [None] and record["events"] == []
    assert len(snapshot(content)) == len(before) + 1  # the source entry only


def test_an_undated_page_is_drafted_but_not_written_until_the_editor_dates_it(content: Path, tmp_path: Path) -> None:
    text = (
        "Kim to visit Russia\n"
        "Moscow, Aug. 19 (Yonhap) -- North Korean leader Kim Jong Un will visit Vladivostok later this month,"
        " the Kremlin said."
    )
    before = snapshot(content)
    (record,), errors = run(content, tmp_path, text)
    assert record["source"]["published"] == "unknown"
    assert any("publication date unknown" in warning and "--published" in warning for warning in record["warnings"])
    assert errors[0] is not None and "nothing is written (give it with --published YYYY-MM-DD)" in errors[0]
    assert snapshot(content) == before
    (record,), errors = run(content, tmp_path, text, published=PartialDate.parse("2023-08-19"))
    assert errors == [None] and record["source"]["published"] == "2023-08-19"
    assert snapshot(content) != before


# A report in Russian, with a headline in Cyrillic that spells no ID.
PUTIN_IN_PYONGYANG_RU = (
    "Путин прилетел в Пхеньян\n"
    "Президент России Владимир Путин прилетел в Пхеньян для переговоров с Ким Чен Ыном, сообщили в Кремле."
    " Визит продлится два дня, стороны подпишут договор о партнёрстве.\n"
)


def test_a_headline_in_another_script_names_its_source_by_the_address(content: Path, tmp_path: Path) -> None:
    (record,), errors = run(
        content, tmp_path, PUTIN_IN_PYONGYANG_RU, dry_run=True, url="https://example.ru/politika/19/06/2024/putin-v-phenyane.html"
    )
    assert errors == [None]
    assert record["source"]["published"] == "2024-06-19"
    # The page writes no name of its own, so the site is cited by its address, not by the word
    # the address holds.
    assert (record["source"]["publisher"], record["source"]["id"]) == ("Example.ru", "example-ru-2024-06-19-putin-v-phenyane")
    assert [(e["visitor"], e["host"], e["place"]["city"]) for e in record["events"]] == [
        ("vladimir-putin", "kim-jong-un", "Pyongyang")
    ]


def test_a_site_whose_address_is_in_another_script_is_cited_and_filed_by_it(content: Path, tmp_path: Path) -> None:
    (record,), errors = run(
        content, tmp_path, PUTIN_IN_PYONGYANG_RU, dry_run=True, url="https://xn--e1afmkfd.xn--p1ai/politika/19/06/2024/putin-v-phenyane.html"
    )
    assert errors == [None]
    # Cited as its readers write the address; filed under an ID in Latin letters, as every ID is.
    assert (record["source"]["publisher"], record["source"]["id"]) == ("Пример.рф", "primer-rf-2024-06-19-putin-v-phenyane")


def test_a_minister_named_once_by_office_is_no_leader_when_named_again_by_surname(content: Path, tmp_path: Path) -> None:
    text = (
        "Choe meets Putin in Moscow\n"
        "12 November 2024\n"
        "North Korean Foreign Minister Choe Son Hui sat down with Russian President Vladimir Putin on Monday,"
        " at the close of a week-long trip to Russia.\n"
        "Nobody had announced a meeting with Putin before Choe landed in Moscow, the Kremlin said.\n"
        "The trip is expected to open the way for Kim to meet Putin again."
    )
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert errors == [None]
    assert record["events"] == []
    assert "the article reports no visit or meeting: a source entry only, no event" in record["warnings"]


def test_talk_of_a_leaders_trip_around_a_ministers_trip_is_no_event(content: Path, tmp_path: Path) -> None:
    text = (
        "Moscow's top diplomat flies to Pyongyang\n"
        "Seoul, 9 March 2026\n"
        "Russia's foreign minister left for Pyongyang on Monday for three days of talks with his counterpart,"
        " amid talk that the two may discuss a possible visit to Russia by North Korean leader Kim Jong Un.\n"
        "A source in Moscow said Kim might go to Russia later this year."
    )
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert errors == [None]
    assert record["events"] == []
    assert any("article about a minister's or an envoy's trip (kim-jong-un" in w for w in record["warnings"])


def test_a_ministers_trip_put_off_is_no_leaders_visit_put_off(content: Path, tmp_path: Path) -> None:
    # The ministers were to go under their leaders' agreement; putting their trip off puts
    # off no trip of Putin's or Kim's.
    text = (
        "Moscow delays Pyongyang trip\n"
        "Seoul, 9 March 2026\n"
        "Russia's foreign and defence ministers have put off a visit to North Korea planned for Sunday.\n"
        "Sergei Ivanko and Pavel Orlov were to go to Pyongyang on Sunday under an agreement between"
        " Vladimir Putin and Kim Jong Un, the ministry said on Saturday.\n"
        "Both now say the trip is postponed, and a new date is being sought."
    )
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert errors == [None]
    assert record["events"] == []
    assert any("article about a minister's or an envoy's trip" in w for w in record["warnings"])


def test_a_plan_given_a_time_in_an_article_about_a_ministers_trip_is_drafted(content: Path, tmp_path: Path) -> None:
    text = (
        "Moscow's top diplomat flies to Pyongyang\n"
        "Seoul, 9 March 2026\n"
        "Russia's foreign minister left for Pyongyang on Monday to prepare a visit, and the Kremlin said"
        " North Korean leader Kim Jong Un will visit Moscow on 20 April."
    )
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert errors == [None]
    assert [(e["visitor"], e["status"], e["date"]) for e in record["events"]] == [("kim-jong-un", "confirmed", "2026-04-20")]


def test_a_trip_put_off_in_a_sentence_naming_no_place_is_the_trip_told_just_before(content: Path, tmp_path: Path) -> None:
    text = (
        "Xi's trip to Moscow off\n"
        "16 May 2026\n"
        "Chinese President Xi Jinping and Russian President Vladimir Putin plan to meet at the G20 summit in"
        " Johannesburg on 20 November.\n"
        "Xi's visit to Moscow to see Putin, planned for next week, is in doubt.\n"
        "Xi would now have to postpone the trip, the Kremlin said."
    )
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert errors == [None]
    statuses = {event["place"]["city"]: event["status"] for event in record["events"]}
    assert statuses.get("Moscow") == "postponed"
    assert statuses.get("Johannesburg") != "postponed"


def test_a_page_dated_before_its_leaders_took_office_is_drafted_with_a_warning(content: Path, tmp_path: Path) -> None:
    # Kim Jong Un took office in 2011, Xi Jinping in 2013: a page dated 2005 that tells of them
    # as leaders has its date wrong, and its news is still news.
    text = (
        "Xi hails Kim during historic visit\n"
        "On 2 March 2005, North Korean leader Kim Jong Un arrived in Beijing and held talks with Xi Jinping,"
        " days into his time as leader."
    )
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert [(e["visitor"], e["host"], e["place"]["city"]) for e in record["events"]] == [
        ("kim-jong-un", "xi-jinping", "Beijing")
    ]
    assert any("kim-jong-un, xi-jinping took office only after the page's date 2005-03-02: check the date" in w for w in record["warnings"])


def test_a_leader_not_yet_in_office_beside_one_who_was_does_not_join_the_event(content: Path, tmp_path: Path) -> None:
    text = (
        "Kim arrives in Moscow\n"
        "2 March 2005\n"
        "North Korean leader Kim Jong Il arrived in Moscow for talks with President Vladimir Putin,"
        " and his son Kim Jong Un greeted Putin at the Kremlin."
    )
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert [e["leaders"] for e in record["events"]] == [["kim-jong-il", "vladimir-putin"]]


def test_a_leader_named_as_a_starting_point_does_not_join_the_trip(content: Path, tmp_path: Path) -> None:
    text = (
        "Xi and Putin meet in Moscow\n"
        "2 March 2026\n"
        "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on Monday.\n"
        "Xi flew in on Sunday with a large delegation; no Chinese leader had made such a trip since"
        " Kim Jong Un came to Moscow years ago."
    )
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert errors == [None]
    assert [e["leaders"] for e in record["events"]] == [["vladimir-putin", "xi-jinping"]]


def test_a_summit_nobody_has_confirmed_is_no_confirmed_summit(content: Path, tmp_path: Path) -> None:
    text = (
        "Analysts weigh a second summit\n"
        "20 February 2019\n"
        "Analysts say a second summit between Kim Jong Un and Vladimir Putin could take place in Vladivostok, though"
        " neither side has confirmed a date or a venue for the meeting."
    )
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert [event["status"] for event in record["events"]] == []


def test_an_invitation_given_a_time_of_its_own_beside_a_held_visit_is_drafted_too(content: Path, tmp_path: Path) -> None:
    text = (
        "Xi ends two days of talks in Moscow\n"
        "Moscow, 14 May 2026\n"
        "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on Wednesday.\n"
        "Xi told Putin that he would be welcome to visit China next year, and Putin said he would think it over."
    )
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert errors == [None]
    assert [(e["visitor"], e["status"], e["date"], e["place"]["country"]) for e in record["events"]] == [
        ("xi-jinping", "held", "2026-05-13", "RU"),
        ("vladimir-putin", "invited", "2027", "CN"),
    ]


def test_a_leader_the_visitor_will_not_meet_is_no_party_to_the_trip(content: Path, tmp_path: Path) -> None:
    text = (
        "Kim off to China to tour factories\n"
        "1 July 2024\n"
        "North Korean leader Kim Jong Un will travel to China on Saturday to tour factories in Dandong, but he will"
        " not meet Chinese President Xi Jinping, a spokesman said on Monday."
    )
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert errors == [None]
    assert [(e["visitor"], e["host"], e["leaders"], e["place"]["country"]) for e in record["events"]] == [
        ("kim-jong-un", None, ["kim-jong-un"], "CN"),
    ]


def test_a_visit_told_with_no_word_of_a_plan_takes_the_one_city_and_day_its_leaders_are_placed_on(content: Path, tmp_path: Path) -> None:
    text = (
        "Kim Jong Un makes first visit to Russia's Far East\n"
        "22 May 2023\n"
        "Russia wants more partners in Asia to lean on, an official in Moscow said.\n"
        "Kim Jong Un with Russian President Vladimir Putin at a shipyard in Vladivostok on Sunday."
    )
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert errors == [None]
    assert [(e["status"], e["date"], e["host"], e["place"]) for e in record["events"]] == [
        ("held", "2023-05-21", "vladimir-putin", {"city": "Vladivostok", "country": "RU"}),
    ]


def test_a_president_elect_not_yet_in_office_joins_the_visit(content: Path, tmp_path: Path) -> None:
    # Xi took office in March 2013; named "President-elect" at a page of February, he makes
    # news as the one elected, no look back.
    text = (
        "Putin welcomes Xi in Moscow\n"
        "20 February 2013\n"
        "Meeting in Moscow on Wednesday, Russian President Vladimir Putin and Chinese President-elect"
        " Xi Jinping agreed to deepen ties."
    )
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert errors == [None]
    assert [(e["leaders"], e["host"], e["place"]["city"]) for e in record["events"]] == [
        (["vladimir-putin", "xi-jinping"], "vladimir-putin", "Moscow")
    ]


NON_VISITS = {
    "a call": (
        "Putin and Xi hold phone call\n14 March 2024\n"
        "Russian President Vladimir Putin held a telephone conversation with Chinese President Xi Jinping on Thursday,"
        " the Kremlin said. The two leaders discussed trade and agreed to stay in close contact."
    ),
    "a video call, each leader at home": (
        "Xi and Putin talk by video link\n21 January 2025\n"
        "Chinese President Xi Jinping and Russian President Vladimir Putin held talks by video link on Tuesday.\n"
        "Putin spoke from his residence outside Moscow, while Xi joined from Beijing."
    ),
    "a letter handed over at an embassy": (
        "Kim sends letter to Putin\n1 October 2024\n"
        "North Korean leader Kim Jong Un sent a letter to Russian President Vladimir Putin on Tuesday, praising their friendship.\n"
        "The letter was handed over at the Russian embassy in Pyongyang."
    ),
    "a condolence message over an attack": (
        "Xi sends condolences to Putin over concert hall attack\n23 March 2024\n"
        "Chinese President Xi Jinping sent a message of condolence to Russian President Vladimir Putin on Saturday"
        " over the attack on a concert hall near Moscow."
    ),
    "a congratulatory telegram": (
        "Kim congratulates Putin on his re-election\n18 March 2024\n"
        "North Korean leader Kim Jong Un sent a congratulatory telegram to Vladimir Putin on Monday after his victory in the election."
    ),
    "an envoy's trip": (
        "Xi's special envoy arrives in Pyongyang\n11 April 2024\n"
        "Zhao Leji, a senior Chinese official sent as Xi Jinping's special envoy, arrived in Pyongyang on Thursday"
        " for a three-day visit, and will meet Kim Jong Un."
    ),
    "a foreign minister's trip": (
        "Lavrov in Pyongyang\n19 October 2023\n"
        "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for talks, two days after"
        " Vladimir Putin said he was ready to deepen ties with Kim Jong Un."
    ),
    "a visit named as background": (
        "Russia ships wheat to North Korea\n3 February 2025\n"
        "Russia sent a first shipment of wheat to North Korea this week, officials said, the latest sign of warming ties"
        " since Putin's visit to Pyongyang in June 2024."
    ),
    "a visit denied": (
        "Kremlin denies Putin plans trip to Pyongyang\n2 May 2024\n"
        "The Kremlin on Thursday denied reports that Vladimir Putin was preparing to visit North Korea to see Kim Jong Un."
    ),
    "a visit ruled out": (
        "Beijing rules out Xi visit to Moscow this year\n9 September 2025\n"
        "China has ruled out a visit by Xi Jinping to Moscow this year, officials said on Tuesday, despite Vladimir Putin's invitations."
    ),
    "a report of a visit dismissed": (
        "No Kim visit to Moscow, Kremlin says\n10 October 2025\n"
        "The Kremlin dismissed as false a report that Kim Jong Un would visit Moscow in November for talks with Vladimir Putin."
    ),
    "a meeting's words on a disaster's place": (
        "Xi and Putin talk trade\n2 June 2025\n"
        "Xi Jinping met Vladimir Putin on the sidelines of the summit and agreed to expand trade.\n"
        "At the meeting, Xi expressed sympathy for the victims of the floods, which left hundreds dead in Russia's Far East and in Mongolia."
    ),
}


@pytest.mark.parametrize("text", NON_VISITS.values(), ids=NON_VISITS.keys())
def test_a_contact_a_proxys_trip_or_a_trip_denied_drafts_no_event(content: Path, tmp_path: Path, text: str) -> None:
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert errors == [None]
    assert record["events"] == []


def test_a_message_that_carries_an_invitation_is_an_invited_entry_only(content: Path, tmp_path: Path) -> None:
    text = (
        "Putin invites Kim to Moscow in New Year message\n1 January 2025\n"
        "Russian President Vladimir Putin sent Kim Jong Un a New Year message on Wednesday in which he invited the North"
        " Korean leader to visit Moscow."
    )
    (record,), errors = run(content, tmp_path, text, dry_run=True)
    assert errors == [None]
    assert [(event["status"], event["place"]) for event in record["events"]] == [("invited", {"city": "Moscow", "country": "RU"})]
