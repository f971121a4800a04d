"""The hostile corpus (tests/fixtures/hostile/): content an attacker might send by pull request.

Every case in `refused.yaml` must stop the build with a message naming file and line, and
leave the site built before byte for byte as it was. Every case in `inert.yaml` must build,
and every output must be inert when read back with the parser its readers use.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import feedparser
import icalendar
import lxml.html
import pytest
from conftest import FIXTURE_CONTENT, text_of
from hostile_corpus import apply_case, make_outside, read_cases
from test_write import every_file

from tracker.content.model import Content
from tracker.content.problems import ContentError
from tracker.content.validate import validate_content
from tracker.outputs.calendar_ics import summary_of
from tracker.outputs.dataset import CSV_FIELDS, FORMULA_TRIGGERS
from tracker.outputs.pages import place_text
from tracker.pipeline import build_site
from tracker.settings import Settings

SETTINGS = Settings(title="Test tracker", base_url="https://example.org/visits/")
REFUSED = read_cases("refused")
INERT = read_cases("inert")
ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_corpus_is_large_and_every_case_is_named_once() -> None:
    names = [case["case"] for case in REFUSED + INERT]
    assert len(names) >= 60 and len(set(names)) == len(names)


@pytest.fixture(scope="module")
def previous_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site, built once: each refused case starts from a copy of it."""
    site = tmp_path_factory.mktemp("previous") / "site"
    build_site(FIXTURE_CONTENT, site, SETTINGS)
    return site


def prepare(case: dict[str, Any], folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the fixture content with the case applied; messages name it `content/...`."""
    shutil.copytree(FIXTURE_CONTENT, folder / "content")
    make_outside(folder)
    apply_case(case, folder / "content", folder)
    monkeypatch.chdir(folder)
    return Path("content")


@pytest.mark.parametrize("case", REFUSED, ids=[case["case"] for case in REFUSED])
def test_hostile_content_is_refused_and_the_site_is_untouched(
    case: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, previous_site: Path
) -> None:
    site = tmp_path / "site"
    shutil.copytree(previous_site, site)
    before = every_file(site)
    content = prepare(case, tmp_path, monkeypatch)
    with pytest.raises(ContentError) as raised:
        build_site(content, site, SETTINGS)
    messages = [str(problem) for problem in raised.value.problems]
    assert any(message.startswith(case["error"]) for message in messages), messages
    assert all(re.match(r"^content[^:]*:[1-9][0-9]*: ", message) for message in messages), messages
    assert every_file(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "outside", "outside.yaml", "site"]


@pytest.mark.parametrize("case", INERT, ids=[case["case"] for case in INERT])
def test_hostile_content_builds_and_every_output_is_inert(
    case: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content_dir = prepare(case, tmp_path, monkeypatch)
    site = tmp_path / "site"
    build_site(content_dir, site, SETTINGS)
    content = validate_content(content_dir)
    for page in site.rglob("*.html"):
        assert_inert_html(page, content)
    assert_inert_calendar(site / "events.ics", content)
    assert_inert_feed(site / "feed.xml", content)
    assert_inert_csv(site / "events.csv", content)
    assert [event["id"] for event in json.loads((site / "events.json").read_bytes())["events"]] == [
        event.id for event in content.events_in_order()
    ]
    if "shows" in case:
        page = lxml.html.fromstring((site / case.get("page", "events/vladivostok-2019/") / "index.html").read_bytes())
        assert " ".join(case["shows"].split()) in text_of(page.cssselect("main")[0])


OUR_SCRIPTS = {f"/visits/assets/{name}" for name in ("filter.js", "search.js")}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "data", "srcset", "background", "xlink:href"}
NEVER = {"iframe", "object", "embed", "img", "style", "base", "frame", "frameset", "applet", "math", "video", "audio"}


def scheme(url: str) -> str | None:
    """The scheme a browser would see: it ignores leading blanks and control characters, and tabs and newlines anywhere."""
    cleaned = re.sub(r"[\t\n\r]", "", url).lstrip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
    found = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", cleaned)
    return found.group(1).lower() if found else None


def assert_inert_html(path: Path, content: Content) -> None:
    page = lxml.html.fromstring(path.read_bytes())
    for element in page.iter():
        if not isinstance(element.tag, str):
            continue  # a comment or processing instruction of our own
        tag = element.tag.rpartition("}")[2].lower()
        assert tag not in NEVER, (path, tag)
        for name, value in element.attrib.items():
            name = name.rpartition("}")[2].lower()
            assert not name.startswith("on"), (path, tag, name, value)
            if name in URL_ATTRIBUTES or (tag == "meta" and name == "content" and "url=" in value.lower()):
                assert scheme(value) in (None, "http", "https"), (path, tag, name, value)
        if tag == "meta":
            assert element.get("http-equiv") is None, path
        if tag == "script":
            if element.get("src") is not None:
                assert element.get("src") in OUR_SCRIPTS, path
            else:
                assert element.get("type") == "application/ld+json", path
                data = json.loads(element.text or "")  # one whole JSON document: nothing closed the tag
                event = content.events[path.parent.name]
                assert data["name"] == event.title


ICS_PROPERTIES = {"UID", "DTSTAMP", "SEQUENCE", "DTSTART", "DTEND", "SUMMARY", "STATUS", "LOCATION", "CATEGORIES", "DESCRIPTION", "TRANSP", "URL"}


def _one_line_break(text: str) -> str:
    return re.sub(r"\r\n?", "\n", text)


def assert_inert_calendar(path: Path, content: Content) -> None:
    raw = path.read_bytes()
    lines = raw.split(b"\r\n")
    assert all(len(line) <= 75 and b"\r" not in line and b"\n" not in line for line in lines)
    calendar = icalendar.Calendar.from_ical(raw)
    events = calendar.walk("VEVENT")
    assert len(events) == len(content.events)
    for found in events:
        assert set(found.keys()) <= ICS_PROPERTIES
        event = content.events[str(found["UID"]).split("@")[0]]
        assert str(found["SUMMARY"]) == _one_line_break(summary_of(event))
        assert str(found["LOCATION"]) == _one_line_break(place_text(event))


def assert_inert_feed(path: Path, content: Content) -> None:
    raw = path.read_bytes()
    parsed = feedparser.parse(raw)
    assert not parsed.bozo, parsed.bozo_exception
    developments = sum(len(event.timeline) for event in content.events.values())
    assert len(parsed.entries) == developments
    root = ET.fromstring(raw)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == developments and len(root.findall(f".//{ATOM}entry")) == developments
    titles = sorted(entry.findtext(f"{ATOM}title", "") for entry in entries)
    expected = sorted(
        _one_line_break(f"{item.status.label}: {event.title} ({item.date.display()})").replace("\r", "\n")
        for event in content.events.values()
        for item in event.timeline
    )
    assert titles == expected


def assert_inert_csv(path: Path, content: Content) -> None:
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8"), newline="")))
    assert rows[0] == list(CSV_FIELDS)
    assert len(rows) == len(content.events) + 1
    for row in rows[1:]:
        assert len(row) == len(CSV_FIELDS)
        assert not any(cell.startswith(FORMULA_TRIGGERS) for cell in row), row
        title = content.events[row[0]].title
        assert row[CSV_FIELDS_INDEX["title"]] == ("'" + title if title.startswith(FORMULA_TRIGGERS) else title)


CSV_FIELDS_INDEX = {name: index for index, name in enumerate(CSV_FIELDS)}
