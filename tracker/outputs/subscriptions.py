"""Feeds and calendars for part of the site: one leader's events, one pair's.

A subscription is a page's events as an Atom feed and an iCalendar file beside that page
(`/leaders/<id>/feed.xml`, `/leaders/<id>/events.ics`); the whole site's are at the root.
`pipeline.py` writes each subscription's files with `feeds.render_atom` and
`calendar_ics.render_ics`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tracker.content.model import Content, Event
from tracker.outputs.pairs import shared_events
from tracker.outputs.urls import Urls
from tracker.settings import Settings


@dataclass(frozen=True)
class Subscription:
    """The events of one page, for feed readers and calendar apps."""

    page: str
    """The page's site-relative path: "" for the home page, "leaders/x/" for a leader's."""
    name: str
    """What the feed and calendar are called, after the site's title: "Kim Jong Un"; empty for the whole site."""
    event_ids: tuple[str, ...] | None = None
    """The events it carries, oldest first; None for every event. A tuple, not a set: it is
    part of what the files are made from, and a set's order (so its pickle) differs between
    processes."""

    def events(self, content: Content) -> list[Event]:
        """Its events, oldest first."""
        if self.event_ids is None:
            return content.events_in_order()
        return [content.events[event_id] for event_id in self.event_ids]

    def title(self, settings: Settings) -> str:
        return f"{settings.title}: {self.name}" if self.name else settings.title


WHOLE_SITE = Subscription(page="", name="")


def _every(page: str) -> bool:
    return True


def leader_subscription(content: Content, leader_id: str) -> Subscription:
    """A leader's events: the ones they were involved in."""
    involved = tuple(event.id for event in content.events_of(leader_id))
    return Subscription(Urls.leader_path(leader_id), content.leaders[leader_id].name, involved)


def pair_subscriptions(
    content: Content, shared: dict[tuple[str, str], list[Event]] | None = None, wanted: Callable[[str], bool] = _every
) -> list[Subscription]:
    """Each pair's events: those the two leaders share (the pairs pages list the same;
    `shared`, when they have been found already); only those of the pages `wanted`."""
    return [
        Subscription(page, f"{content.leaders[one].name} and {content.leaders[other].name}", tuple(event.id for event in events))
        for (one, other), events in (shared_events(content) if shared is None else shared).items()
        if wanted(page := Urls.pair_path(one, other))
    ]


def subscriptions(
    content: Content, shared: dict[tuple[str, str], list[Event]] | None = None, wanted: Callable[[str], bool] = _every
) -> list[Subscription]:
    """Every feed and calendar the site offers: the whole site's, each leader's, each pair's
    (`shared`: every two leaders' shared events, when they have been found already); only
    those of the pages `wanted` (site-relative: "" for the whole site's, `leaders/x/`)."""
    ids = sorted(content.leaders)
    leaders = [leader_subscription(content, leader_id) for leader_id in ids if wanted(Urls.leader_path(leader_id))]
    return [*([WHOLE_SITE] if wanted(WHOLE_SITE.page) else []), *leaders, *pair_subscriptions(content, shared, wanted)]

