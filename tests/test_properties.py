"""Properties of the loader and validator over random entries (hypothesis).

Random valid events always build; random invalid ones always fail with every problem naming
the file that is wrong; and no input whatever, not even random bytes, makes the loader or
the validator raise anything but ContentError.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import FIXTURE_CONTENT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.content.model import Kind, Status
from tracker.content.problems import ContentError
from tracker.content.validate import validate_content
from tracker.pipeline import render_content
from tracker.settings import Settings

# `make test` runs the same 50 examples every time (the suite is deterministic, and the
# machine is shared); HYPOTHESIS_PROFILE=explore searches wider, with fresh examples each run.
settings.register_profile("default", max_examples=50, deadline=None, derandomize=True, database=None)
settings.register_profile("explore", max_examples=1000, deadline=None, derandomize=False, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
EXAMPLES = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
LEADERS = ["kim-jong-un", "vladimir-putin"]
SOURCES = ["gazette-2015-05-01-trip-off", "wire-2019-04-22-trip-announced"]
GENERATED = "events/generated.yaml"


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the fixture content; each example writes one more event into it, then removes it."""
    folder = tmp_path_factory.mktemp("properties") / "content"
    shutil.copytree(FIXTURE_CONTENT, folder)
    yield folder


def with_file(content: Path, data: bytes, check: Callable[[Path], None]) -> None:
    path = content / GENERATED
    path.write_bytes(data)
    try:
        check(path)
    finally:
        path.unlink()


# Text an editor might type: any character YAML and our outputs carry (no control characters,
# surrogates or non-characters), never the placeholder TODO. (The Unicode line separators are
# line breaks to YAML 1.1, and PyYAML does not always quote them when it writes: a quirk of the
# test's writer, not of the loader.)
NONCHARACTERS = [*range(0xFDD0, 0xFDF0), *(plane + last for plane in range(0, 0x110000, 0x10000) for last in (0xFFFE, 0xFFFF))]
TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs", "Cc"),
        blacklist_characters="".join(map(chr, [0x2028, 0x2029, *NONCHARACTERS])),
    ),
    min_size=1,
    max_size=60,
).filter(lambda text: "TODO" not in text)

DAYS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2040, 12, 31))


@st.composite
def partial_dates(draw: st.DrawFn) -> tuple[str, dt.date]:
    """A date as an editor writes it, at day, month or year precision, and its first day."""
    day = draw(DAYS)
    form = draw(st.sampled_from(["%Y-%m-%d", "%Y-%m", "%Y"]))
    first = day if form == "%Y-%m-%d" else day.replace(day=1) if form == "%Y-%m" else day.replace(month=1, day=1)
    return day.strftime(form), first


@st.composite
def valid_events(draw: st.DrawFn) -> dict[str, Any]:
    dates = sorted(draw(st.lists(partial_dates(), min_size=1, max_size=4)), key=lambda pair: pair[1])
    statuses = [draw(st.sampled_from(list(Status))).value for _ in dates]
    leaders = draw(st.lists(st.sampled_from(LEADERS), min_size=0, max_size=2, unique=True))
    timeline = []
    for (date, _), status in zip(dates, statuses):
        entry: dict[str, Any] = {"date": date, "status": status, "note": draw(TEXT),
                                 "sources": draw(st.lists(st.sampled_from(SOURCES), min_size=1, max_size=2, unique=True))}
        if draw(st.booleans()):
            entry["quote"] = {"text": draw(TEXT), "by": draw(TEXT)}
        timeline.append(entry)
    event: dict[str, Any] = {
        "title": draw(TEXT),
        "kind": draw(st.sampled_from(list(Kind))).value,
        "status": statuses[-1],
        "date": draw(partial_dates())[0],
        "place": {"country": draw(st.sampled_from(["RU", "KP", "NO", "CN"]))},
        "summary": draw(TEXT),
        "timeline": timeline,
    }
    if leaders:
        event["leaders"] = leaders
        if draw(st.booleans()):
            event["visitor"] = leaders[0]
    if draw(st.booleans()):
        event["place"]["city"] = draw(TEXT)
    return event


def dump(data: Any) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


@EXAMPLES
@given(event=valid_events())
def test_random_valid_events_always_build(content: Path, event: dict[str, Any]) -> None:
    def check(path: Path) -> None:
        built = validate_content(content)
        assert built.events["generated"].title == event["title"]
        files = render_content(built, Settings(title="Test tracker"))
        assert "events/generated/index.html" in files

    with_file(content, dump(event), check)


def _drop(field: str) -> Callable[[dict[str, Any]], Any]:
    def mutate(event: dict[str, Any]) -> None:
        del event[field]

    return mutate


def _set(field: str, value: Any) -> Callable[[dict[str, Any]], Any]:
    def mutate(event: dict[str, Any]) -> None:
        event[field] = value

    return mutate


def _in_timeline(field: str, value: Any) -> Callable[[dict[str, Any]], Any]:
    def mutate(event: dict[str, Any]) -> None:
        event["timeline"][0][field] = value

    return mutate


def _reverse_timeline(event: dict[str, Any]) -> None:
    first = dict(event["timeline"][0], date="2041")
    event["timeline"] = [first, dict(event["timeline"][0], date="1949")]
    event["status"] = event["timeline"][-1]["status"]


MUTATIONS: list[Callable[[dict[str, Any]], Any]] = [
    *(_drop(field) for field in ("title", "kind", "status", "date", "place", "summary", "timeline")),
    _set("status", "hold"), _set("kind", "visitation"), _set("date", "9 May 2015"), _set("date", "2015-02-30"),
    _set("title", ""), _set("title", ["a", "list"]), _set("summary", None), _set("leaders", "kim-jong-un"),
    _set("visitor", "kim-jong-il"), _set("related", ["no-such-event"]), _set("place", {"country": "XX"}),
    _set("place", {"city": "Moscow"}), _set("timeline", []), _set("unknown_field", 1), _set("summary", "TODO: summary."),
    _set("end", "1900"), _in_timeline("sources", []), _in_timeline("sources", ["no-such-source"]),
    _in_timeline("status", "done"), _in_timeline("date", "2015-13"), _in_timeline("quote", {"text": "x"}),
    _reverse_timeline,
]


@EXAMPLES
@given(event=valid_events(), mutations=st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=3))
def test_random_invalid_events_always_fail_naming_their_file(
    content: Path, event: dict[str, Any], mutations: list[Callable[[dict[str, Any]], Any]]
) -> None:
    for mutate in mutations:
        try:
            mutate(event)
        except (KeyError, IndexError, TypeError):
            pass  # an earlier mutation removed what this one changes: still invalid

    def check(path: Path) -> None:
        with pytest.raises(ContentError) as raised:
            validate_content(content)
        assert {problem.path for problem in raised.value.problems} == {str(path)}
        assert all(problem.line >= 1 for problem in raised.value.problems)

    with_file(content, dump(event), check)


YAMLISH = st.lists(
    st.sampled_from([
        "title", "timeline", ":", ": ", "-", "- ", " ", "  ", "\n", "\t", "[", "]", "{", "}", ",", "&a ", "*a", "!!str ",
        "!x ", "'", '"', "#", "?", "|", ">-", "---", "...", "2019-04-22", "2015", "~", "null", "yes", "NO", "\\x00",
        "\ufeff", "\r\n", "é", "김", "\U0001F600", "%YAML 1.1", "<<", "9" * 5000, "TODO",
    ]),
    max_size=40,
).map("".join)


@EXAMPLES
@given(data=st.one_of(st.binary(max_size=200), YAMLISH.map(lambda text: text.encode("utf-8")), valid_events().map(dump)))
def test_no_input_makes_the_loader_or_validator_raise_anything_but_a_content_error(content: Path, data: bytes) -> None:
    def check(path: Path) -> None:
        try:
            validate_content(content)
        except ContentError as error:
            assert {problem.path for problem in error.problems} == {str(path)}

    with_file(content, data, check)
