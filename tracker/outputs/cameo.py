"""CAMEO event codes, so the dataset joins GDELT and other event data coded the same way.

CAMEO (the Conflict and Mediation Event Observations codebook, which GDELT uses) codes
an event as "actor 1 does X to actor 2". We read every event and every timeline step
from the visitor's side: actor 1 is the `visitor` (or, with no visitor, the `host`),
actor 2 the other. This is the one table that decides the code:

| status of the event or step                        | who and where                                     | code |
| -------------------------------------------------- | ------------------------------------------------- | ---- |
| rumoured, invited, announced, confirmed, postponed | any                                               | 036 express intent to meet or negotiate |
| cancelled, declined                                | any                                               | 125 reject proposal to meet, discuss, or negotiate |
| held                                               | a visitor; no host, or the place in the host's country | 042 make a visit |
| held                                               | a host in their own country, no visitor, at most one other leader from abroad | 043 host a visit |
| held                                               | anything else: no visitor nor host, the place outside the host's country, or two leaders from abroad meeting at a host's | 044 meet at a "third" location |

A postponement keeps the intent to meet (CAMEO has no code for putting off), so it
stays 036. A visit with no host of ours (an embassy, say) is still a visit: 042. Two
leaders who both travelled to a third leader's country and met there (Kim Jong Un and
Vladimir Putin at Xi Jinping's parade in Beijing) meet at a third location: 044.
"""

from __future__ import annotations

from tracker.content.model import Content, Event, Status

EXPRESS_INTENT_TO_MEET = "036"
MAKE_A_VISIT = "042"
HOST_A_VISIT = "043"
MEET_AT_THIRD_LOCATION = "044"
REJECT_PROPOSAL_TO_MEET = "125"

BY_STATUS: dict[Status, str | None] = {
    Status.RUMOURED: EXPRESS_INTENT_TO_MEET,
    Status.INVITED: EXPRESS_INTENT_TO_MEET,
    Status.ANNOUNCED: EXPRESS_INTENT_TO_MEET,
    Status.CONFIRMED: EXPRESS_INTENT_TO_MEET,
    Status.POSTPONED: EXPRESS_INTENT_TO_MEET,
    Status.CANCELLED: REJECT_PROPOSAL_TO_MEET,
    Status.DECLINED: REJECT_PROPOSAL_TO_MEET,
    Status.HELD: None,  # who met whom where decides: below
}


def cameo_code(event: Event, status: Status, content: Content) -> str:
    """The code of `event` standing at `status` (its own, or one timeline step's)."""
    code = BY_STATUS[status]
    if code is not None:
        return code
    host_country = content.leaders[event.host].country if event.host else None
    at_host = host_country is None or host_country == event.place.country
    if event.visitor and at_host:
        return MAKE_A_VISIT
    from_abroad = [i for i in event.leaders if i != event.host and content.leaders[i].country != event.place.country]
    if event.host and at_host and len(from_abroad) <= 1:
        return HOST_A_VISIT
    return MEET_AT_THIRD_LOCATION
