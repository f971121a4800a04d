"""CAMEO codes: one table, from status, who travelled and where they met."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import FIXTURE_CONTENT

from tracker.content.model import Event, Place, Status
from tracker.content.validate import validate_content
from tracker.outputs.cameo import cameo_code

CONTENT = validate_content(FIXTURE_CONTENT)
SUMMIT = CONTENT.events["vladivostok-2019"]  # Kim Jong Un (KP) to Vladimir Putin (RU), in Russia


def held(**changes: object) -> Event:
    return dataclasses.replace(SUMMIT, status=Status.HELD, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (Status.RUMOURED, "036"), (Status.INVITED, "036"), (Status.ANNOUNCED, "036"),
        (Status.CONFIRMED, "036"), (Status.POSTPONED, "036"),
        (Status.CANCELLED, "125"), (Status.DECLINED, "125"),
    ],
)
def test_plans_express_intent_and_what_is_called_off_rejects(status: Status, code: str) -> None:
    assert cameo_code(SUMMIT, status, CONTENT) == code


@pytest.mark.parametrize(
    ("event", "code", "case"),
    [
        (held(), "042", "the visitor received in the host's country"),
        (held(host=None, place=Place("KP", "Pyongyang")), "042", "an embassy visit: a visitor and no host of ours"),
        (held(visitor=None), "043", "a host in their own country, the one leader from abroad not named visitor"),
        (held(visitor=None, leaders=("vladimir-putin",)), "043", "a host whose guest is none of our leaders"),
        (held(visitor=None, host=None, place=Place("CN", "Beijing")), "044", "two leaders from abroad, no host of ours"),
        (held(place=Place("CN", "Beijing")), "044", "both abroad, in a third country"),
        (held(visitor=None, host=None, place=Place("CN", "Beijing")), "044", "a meeting with no visitor nor host"),
    ],
)
def test_a_held_meeting_is_a_visit_a_hosting_or_a_third_location(event: Event, code: str, case: str) -> None:
    assert cameo_code(event, Status.HELD, CONTENT) == code, case


def test_every_status_has_a_rule_and_every_code_is_one_of_the_five() -> None:
    assert {cameo_code(SUMMIT, status, CONTENT) for status in Status} == {"036", "042", "125"}


def test_two_leaders_from_abroad_meeting_at_a_third_leaders_home_meet_at_a_third_location() -> None:
    putin = CONTENT.leaders["vladimir-putin"]
    xi = dataclasses.replace(putin, id="xi-jinping", name="Xi Jinping", country="CN")
    content = dataclasses.replace(CONTENT, leaders={**CONTENT.leaders, "xi-jinping": xi})
    parade = held(visitor=None, host="xi-jinping", place=Place("CN", "Beijing"),
                  leaders=("kim-jong-un", "vladimir-putin", "xi-jinping"))
    assert cameo_code(parade, Status.HELD, content) == "044"
    just_kim = dataclasses.replace(parade, leaders=("kim-jong-un", "xi-jinping"))
    assert cameo_code(just_kim, Status.HELD, content) == "043"  # Xi hosts Kim
