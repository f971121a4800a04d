"""What machines read about a page: schema.org JSON-LD and the Open Graph description.

Status maps onto schema.org's `eventStatus` as DESIGN.md says (Status.schema_org);
attendance onto `eventAttendanceMode` and `attendee`, and the leaders who took part are
the `performer`s.
"""

from __future__ import annotations

from typing import Any

from tracker.content.model import AttendanceMode, Content, Event
from tracker.outputs.markdown import markdown_to_text, shorten
from tracker.outputs.urls import Urls


def event_description(event: Event) -> str:
    """One line for search engines and link previews."""
    return shorten(f"{event.status.label}, {event.date.display()}. {markdown_to_text(event.summary)}", 200)


_MODES = {
    frozenset({AttendanceMode.VIDEO}): "https://schema.org/OnlineEventAttendanceMode",
    frozenset({AttendanceMode.IN_PERSON, AttendanceMode.VIDEO}): "https://schema.org/MixedEventAttendanceMode",
}


def attendance_mode(event: Event) -> str:
    """Online when every leader who took part did so by video, mixed when some did; else offline."""
    taking_part = frozenset(
        a.mode for a in event.attendance if a.mode in (AttendanceMode.IN_PERSON, AttendanceMode.VIDEO)
    )
    return _MODES.get(taking_part, "https://schema.org/OfflineEventAttendanceMode")


def event_json_ld(event: Event, content: Content, urls: Urls, place_name: str) -> dict[str, Any]:
    """A schema.org `Event`; dates keep their precision (ISO 8601 allows `2019-04`)."""
    address: dict[str, Any] = {"@type": "PostalAddress", "addressCountry": event.place.country}
    if event.place.city:
        address["addressLocality"] = event.place.city
    location: dict[str, Any] = {"@type": "Place", "name": place_name, "address": address}
    if event.place.wikidata:
        location["sameAs"] = f"https://www.wikidata.org/wiki/{event.place.wikidata}"
    # A leader recorded as absent or represented did not take part in person or by video.
    not_there = {a.leader for a in event.attendance if a.mode in (AttendanceMode.ABSENT, AttendanceMode.REPRESENTED)}

    def person(leader_id: str) -> dict[str, Any]:
        leader = content.leaders[leader_id]
        found: dict[str, Any] = {"@type": "Person", "name": leader.name, "url": urls.absolute(urls.leader(leader_id))}
        if leader.wikidata:
            found["sameAs"] = f"https://www.wikidata.org/wiki/{leader.wikidata}"
        return found

    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": markdown_to_text(event.summary),
        "url": urls.absolute(urls.event(event.id)),
        "startDate": str(event.date),
        "endDate": str(event.end or event.date),
        "eventStatus": event.status.schema_org,
        "eventAttendanceMode": attendance_mode(event),
        "location": location,
        "performer": [person(i) for i in event.leaders if i not in not_there],
    }
    if event.attendance:
        data["attendee"] = [
            person(a.leader) if a.by is None else {"@type": "Person", "name": a.by.name, "jobTitle": a.by.role}
            for a in event.attendance
            if a.mode is not AttendanceMode.ABSENT
        ]
    if event.host:
        data["organizer"] = person(event.host)
    return data
