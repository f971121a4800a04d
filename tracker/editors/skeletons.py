"""The text of a new entry: commented YAML that passes `check` once its TODOs are written.

Values are written so that they read back exactly as typed, by the build (YAML 1.1) and by
editors' IDEs (YAML 1.2); what only a person can write is marked TODO.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping

import yaml

from tracker.content.model import Kind

_YAML_12_NUMBER = re.compile(
    r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
    r"|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)"
)


def scalar(value: str) -> str:
    """A YAML scalar that reads back as exactly `value` (a string), plain when that is safe.

    Safe means both readers see this string: PyYAML (YAML 1.1, the build) and YAML 1.2's core
    schema (editors' IDEs), which reads a few numbers 1.1 does not, such as `1e3` and `0o17`.
    """
    plain = f"key: {value}"
    try:
        if value and not _YAML_12_NUMBER.fullmatch(value) and yaml.safe_load(plain) == {"key": value}:
            return value
    except yaml.YAMLError:
        pass
    return json.dumps(value, ensure_ascii=False)


def header(kind: str, schema: str) -> str:
    """The first lines: the schema for editors' IDEs (relative to the file) and what to do next."""
    return (
        f"# yaml-language-server: $schema={schema}\n"
        f"# Written by `python build.py new {kind}`. Replace every TODO, delete the comments you no\n"
        "# longer need, then run `python build.py check` (or open a pull request and read its checks)."
    )


def _event(values: Mapping[str, str], published: Mapping[str, str]) -> str:
    people = [scalar(who) for who in (values["visitor"], values["host"]) if who]
    # A trip held is dated by when it happened; anything else by when the source reported it.
    reported = values["date"] if values["status"] == "held" else published.get(values["source"], values["date"])
    lines = [
        f"title: {scalar(values['title'])}",
        f"kind: {values['kind']}  # {' | '.join(k.value for k in Kind)}",
        f"status: {values['status']}  # must equal the status of the last timeline entry",
        f"date: {values['date']}  # when it took or was to take place: YYYY, YYYY-MM or YYYY-MM-DD",
        "# end: YYYY-MM-DD  # the last day, for a trip of several days",
        f"visitor: {scalar(values['visitor'])}  # who travelled" if values["visitor"] else "# visitor: leader-id  # who travelled",
        f"host: {scalar(values['host'])}  # who received" if values["host"] else "# host: leader-id  # who received",
        f"leaders: [{', '.join(people)}]  # everyone involved, visitor and host included"
        if people else "# leaders: [leader-id]  # everyone involved",
        "place:",
        f"  city: {scalar(values['city'])}" if values["city"] else "  # city: the city, when the sources say",
        f"  country: {scalar(values['country'])}",
        "# TODO: one to three sentences in your own words: what happened or was planned, and what came of it.",
        "summary: >-",
        "  TODO: summary.",
        "timeline:  # dated developments, oldest first; each cites at least one source",
        f"  - date: {reported}  # when this happened or was reported",
        f"    status: {values['status']}",
        "    # TODO: what this source reports, in your own words.",
        "    note: >-",
        "      TODO: note.",
        '    # quote: {text: "A short quote, one sentence at most", by: Who said it}',
        f"    sources: [{scalar(values['source'])}]",
        "# related: [other-event-id]  # IDs of related events",
    ]
    return "\n".join(lines) + "\n"


def _leader(values: Mapping[str, str], published: Mapping[str, str]) -> str:
    lines = [
        f"name: {scalar(values['name'])}",
        f"native_name: {scalar(values['native_name'])}" if values["native_name"] else "# native_name: the name in the leader's own script",
        "# aliases: [Other Spelling]  # other spellings the ingester should recognise",
        f"country: {scalar(values['country'])}",
        f"office: {scalar(values['office'])}",
        f"# offices: [{{title: {scalar(values['office'])}, from: YYYY-MM, to: null}}]  # every span in every office, oldest first",
        "# TODO: one or two sentences in your own words.",
        "summary: >-",
        "  TODO: summary.",
    ]
    return "\n".join(lines) + "\n"


def _source(values: Mapping[str, str], published: Mapping[str, str]) -> str:
    lines = [
        f"publisher: {scalar(values['publisher'])}",
        f"title: {scalar(values['title'])}",
        f"published: {values['published']}",
        '# time: "HH:MM"  # local time of publication, in quotes',
        f"author: {scalar(values['author'])}" if values["author"] else "# author: the byline",
        f"url: {scalar(values['url'])}" if values["url"] else "# url: https://...  # where to read it",
        f"language: {scalar(values['language'])}" if values["language"] else "# language: en",
    ]
    return "\n".join(lines) + "\n"


SKELETONS: dict[str, Callable[[Mapping[str, str], Mapping[str, str]], str]] = {"event": _event, "leader": _leader, "source": _source}
"""Kind -> the text of a new entry, from its checked fields and the sources' published dates."""
