#!/usr/bin/env python3
"""Synthetic content for the benchmark: the same archive in our format and as a Hugo site.

    python bench/generate.py N DIR

writes DIR/content/ (N events, about 60 leaders, N/2 sources: valid entries of realistic
size, as an editor would write them) and the same data as two Hugo sites (hugo_site.py):
DIR/hugo-same/, whose layouts make the same kinds of files as our build (pages, feeds,
calendars, data files, citations), and DIR/hugo/, the pages alone (the index, one page per
event, leader and source, the lists, the pages by year and by status), as the comparison
began. The output depends on N alone, so two runs give byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

from hugo_site import PAGES_ONLY, SAME_FILES, write_hugo

LEADER_COUNT = 60
COUNTRIES = ("RU", "KP", "CN", "KR", "US", "JP", "VN", "MN", "IN", "FR", "DE", "GB", "BY", "LA", "KZ")
KINDS = ("visit", "summit", "ceremony", "embassy-visit", "other")
# A trip's story: what each timeline can end as, and the steps that may lead there.
ENDINGS = ("held", "held", "held", "confirmed", "cancelled", "postponed", "declined", "announced", "rumoured")
LEADUP = {
    "held": ("announced", "confirmed"),
    "confirmed": ("rumoured", "announced"),
    "cancelled": ("announced", "confirmed"),
    "postponed": ("invited", "confirmed"),
    "declined": ("rumoured", "invited"),
    "announced": ("rumoured", "invited"),
    "rumoured": (),
}
CITIES = ("Moscow", "Pyongyang", "Vladivostok", "Beijing", "Hanoi", "Ulan-Ude", "Khabarovsk", "Seoul", "Tokyo", "Minsk")
PUBLISHERS = ("Wire Service A", "The Daily Record", "Evening Courier", "Pacific Herald", "Northern Gazette", "Radio Bulletin")
WORDS = (
    "leaders talks delegation railway border agreement ministers visit capital summit treaty "
    "trade cooperation banquet ceremony parade anniversary envoy statement spokesman invitation "
    "schedule arrival departure station guesthouse palace harbour cosmodrome factory exchange "
    "officials reported confirmed announced postponed security weather journey train flight "
    "morning evening week month delegates interpreters agenda energy grain fisheries science"
).split()


@dataclass(frozen=True)
class Leader:
    id: str
    name: str
    country: str
    office: str
    summary: str


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    title: str
    published: str
    url: str


@dataclass(frozen=True)
class Step:
    date: str
    status: str
    note: str
    quote: tuple[str, str] | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    kind: str
    status: str
    date: str
    visitor: str
    host: str
    leaders: tuple[str, ...]
    city: str
    country: str
    summary: str
    timeline: tuple[Step, ...]
    related: tuple[str, ...]


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def _summary(rng: random.Random) -> str:
    """A paragraph of Markdown: emphasis, sometimes a link or a second paragraph."""
    sentences = [_sentence(rng, 8, 16) for _ in range(rng.randint(3, 5))]
    first = sentences[0].split(" ")
    first[1] = f"*{first[1]}*"
    sentences[0] = " ".join(first)
    if rng.random() < 0.3:
        sentences[-1] = sentences[-1][:-1] + f" ([report](https://example.org/{rng.randint(1, 10**6)}))."
    text = " ".join(sentences)
    if rng.random() < 0.3:
        text += "\n\n" + _sentence(rng, 10, 20)
    return text


def make_archive(n: int) -> tuple[list[Leader], list[Source], list[Event]]:
    rng = random.Random(n)
    leaders = [
        Leader(
            id=f"leader-{i:02d}",
            name=f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS).capitalize()} {i}",
            country=COUNTRIES[i % len(COUNTRIES)],
            office="Head of state",
            summary=_sentence(rng, 12, 24),
        )
        for i in range(LEADER_COUNT)
    ]
    source_count = max(1, n // 2)
    sources: list[Source] = []
    events: list[Event] = []
    for i in range(source_count):
        year = 1950 + (i * 75) // source_count
        sources.append(
            Source(
                id=f"source-{i:06d}",
                publisher=rng.choice(PUBLISHERS),
                title=_sentence(rng, 5, 10)[:-1],
                published=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                url=f"https://news.example.org/{year}/{i}",
            )
        )
    for i in range(n):
        year = 1950 + (i * 75) // n
        month, day = rng.randint(2, 12), rng.randint(1, 28)
        ending = rng.choice(ENDINGS)
        statuses = [*rng.sample(LEADUP[ending], rng.randint(0, len(LEADUP[ending]))), ending][-4:]
        statuses = sorted(statuses[:-1], key=list(LEADUP[ending]).index) + [ending]
        involved = rng.sample(leaders, rng.randint(2, 4))
        own_source = sources[(i * source_count) // n].id  # every source cited at least once
        timeline = []
        for position, status in enumerate(statuses):
            cited = {own_source} if position == 0 else {rng.choice(sources).id}
            if rng.random() < 0.3:
                cited.add(rng.choice(sources).id)
            quote = (_sentence(rng, 4, 9), rng.choice(involved).name) if rng.random() < 0.5 else None
            step_month = max(1, month - len(statuses) + position + 1)
            timeline.append(Step(f"{year}-{step_month:02d}", status, _sentence(rng, 10, 22), quote, tuple(sorted(cited))))
        related = (f"event-{i - 1:06d}",) if i and rng.random() < 0.1 else ()
        events.append(
            Event(
                id=f"event-{i:06d}",
                title=f"{involved[0].name} {rng.choice(('visits', 'meets', 'hosts', 'invites'))} {involved[1].name} ({i})",
                kind=rng.choice(KINDS),
                status=ending,
                date=f"{year}-{month:02d}-{day:02d}",
                visitor=involved[0].id,
                host=involved[1].id,
                leaders=tuple(leader.id for leader in involved),
                city=rng.choice(CITIES),
                country=involved[1].country,
                summary=_summary(rng),
                timeline=tuple(timeline),
                related=related,
            )
        )
    return leaders, sources, events


def _q(text: str) -> str:
    """A YAML (and TOML) double-quoted string; JSON's escapes are valid in both."""
    return json.dumps(text, ensure_ascii=False)


def _block(text: str, indent: str) -> str:
    return "\n".join(indent + line if line else "" for line in text.split("\n"))


def event_yaml(event: Event) -> str:
    lines = [
        "# yaml-language-server: $schema=../../schema/event.schema.json",
        f"title: {_q(event.title)}",
        f"kind: {event.kind}",
        f"status: {event.status}",
        f"date: {event.date}",
        f"visitor: {event.visitor}",
        f"host: {event.host}",
        f"leaders: [{', '.join(event.leaders)}]",
        f"place: {{city: {event.city}, country: {event.country}}}",
        "summary: |-",
        _block(event.summary, "  "),
        "timeline:",
    ]
    for step in event.timeline:
        lines += [f"  - date: {step.date}", f"    status: {step.status}", f"    note: {_q(step.note)}"]
        if step.quote:
            lines.append(f"    quote: {{text: {_q(step.quote[0])}, by: {_q(step.quote[1])}}}")
        lines.append(f"    sources: [{', '.join(step.sources)}]")
    if event.related:
        lines.append(f"related: [{', '.join(event.related)}]")
    return "\n".join(lines) + "\n"


def leader_yaml(leader: Leader) -> str:
    return (
        "# yaml-language-server: $schema=../../schema/leader.schema.json\n"
        f"name: {_q(leader.name)}\ncountry: {leader.country}\noffice: {leader.office}\nsummary: {_q(leader.summary)}\n"
    )


def source_yaml(source: Source) -> str:
    return (
        "# yaml-language-server: $schema=../../schema/source.schema.json\n"
        f"publisher: {source.publisher}\ntitle: {_q(source.title)}\npublished: {source.published}\nurl: {source.url}\n"
    )


def write_content(root: Path, leaders: list[Leader], sources: list[Source], events: list[Event]) -> None:
    for kind, entries, render in (
        ("leaders", leaders, leader_yaml),
        ("sources", sources, source_yaml),
        ("events", events, event_yaml),
    ):
        folder = root / kind
        folder.mkdir(parents=True)
        for entry in entries:
            (folder / f"{entry.id}.yaml").write_text(render(entry), encoding="utf-8")  # type: ignore[arg-type]


def generate(n: int, out: Path) -> None:
    """Write `out/content/`, `out/hugo/` and `out/hugo-same/` for N events; `out` must not hold them yet."""
    leaders, sources, events = make_archive(n)
    write_content(out / "content", leaders, sources, events)
    write_hugo(out / "hugo", PAGES_ONLY, leaders, sources, events)
    write_hugo(out / "hugo-same", SAME_FILES, leaders, sources, events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=int, metavar="N", help="how many events")
    parser.add_argument("out", type=Path, metavar="DIR", help="where to write content/, hugo/ and hugo-same/ (must not exist)")
    args = parser.parse_args()
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty; give a new folder")
    generate(args.events, args.out)
    print(f"wrote {args.events} events into {args.out}/content, {args.out}/hugo and {args.out}/hugo-same")


if __name__ == "__main__":
    main()
