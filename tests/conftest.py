"""Shared test helpers: the fixture content, a site builder, an HTML reader, the seeds."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import lxml.html
import pytest

from tracker.build import build_site, render_content
from tracker.ingest.rules import Rules, load_rules
from tracker.provenance import read_provenance
from tracker.settings import Settings
from tracker.validate import load_content

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
FIXTURE_CONTENT = TESTS / "fixtures" / "content"
SHARED = REPO.parent / "shared"


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """A private copy of the fixture content, free to break."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, target)
    return target


@pytest.fixture(scope="module")
def rules() -> Rules:
    """The ingester's rules as the project ships them: cue words, gazetteer, leaders' aliases."""
    content = REPO / "content"
    return load_rules(content, load_content(content).leaders)


def fixture_file_count(settings: Settings) -> int:
    """How many files a build of the fixture content writes (the number `build` reports)."""
    content = load_content(FIXTURE_CONTENT)
    return len(render_content(content, settings, read_provenance(FIXTURE_CONTENT, content)))


def rewind_to_confirmed(content_dir: Path) -> Path:
    """Turn the fixture Victory Day 2015 trip back to how it stood before its cancellation: confirmed."""
    path = content_dir / "events" / "victory-day-2015.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.split("  - date: 2015-04-30")[0].replace("status: cancelled", "status: confirmed"), encoding="utf-8")
    return path


SiteBuilder = Callable[..., Path]


@pytest.fixture
def build(tmp_path: Path) -> SiteBuilder:
    """Build a site from `content` (the fixture content by default) and return its folder."""

    def run(content: Path = FIXTURE_CONTENT, base_url: str = "/", out: Path | None = None) -> Path:
        out = out or tmp_path / "site"
        build_site(content, out, Settings(title="Test tracker", base_url=base_url))
        return out

    return run


def read_html(path: Path) -> lxml.html.HtmlElement:
    """A built page, parsed as a browser would."""
    return lxml.html.fromstring(path.read_bytes())


def text_of(element: lxml.html.HtmlElement) -> str:
    """The element's visible text with whitespace collapsed."""
    return " ".join(element.text_content().split())


def shared_seeds() -> Path:
    """The seed articles in ../shared/seeds; skip where absent (a user's clone), fail in CI."""
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        if os.environ.get("REQUIRE_SHARED") == "1":
            pytest.fail(f"REQUIRE_SHARED=1 but {seeds} is missing")
        pytest.skip(f"{seeds} is absent: the seed articles live beside the repository, not in it")
    return seeds
