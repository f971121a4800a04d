"""Shared test helpers: the fixture content, a site builder, an HTML reader, the seeds."""

from __future__ import annotations

import http.server
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, NoReturn
from pathlib import Path

import lxml.html
import pytest

from tracker.content.provenance import read_provenance
from tracker.content.validate import validate_content
from tracker.ingest.rules import Rules, load_rules
from tracker.pipeline import build_site, render_content
from tracker.settings import Settings

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


@pytest.fixture
def files_parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every content file parsed from now on (not those a build takes as it kept them)."""
    from tracker.content import load

    names: list[str] = []
    parse = load._parse

    def counted(text: str, path: str, max_values: int = load.MAX_VALUES) -> Any:
        names.append(Path(path).name)
        return parse(text, path, max_values)

    monkeypatch.setattr(load, "_parse", counted)
    return names


PROJECT_PARTS = ("build.py", "pyproject.toml", "tracker", "templates", "schema")
"""What a checkout needs to build, beside its content."""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A private copy of the project (code, templates, schemas, settings) with the fixture
    content as its content/: a checkout to break, or to point a command at."""
    root = tmp_path / "project"
    root.mkdir()
    for part in PROJECT_PARTS:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, root / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, root / part)
    shutil.copytree(FIXTURE_CONTENT, root / "content")
    return root


def run_build_py(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python build.py ARGS` run in `project` as a user would, with the project's own code."""
    return subprocess.run(
        [sys.executable, "build.py", *args], cwd=project, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def rules() -> Rules:
    """The ingester's rules as the project ships them: cue words, gazetteer, leaders' aliases."""
    content = REPO / "content"
    return load_rules(content, validate_content(content).leaders)


@pytest.fixture(scope="module")
def world_rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    """The rules with the other leaders the real-like pages name (Trump, Moon, Erdogan...)."""
    from grade_ingest import REAL_LIKE, empty_content

    content = empty_content(tmp_path_factory.mktemp("world") / "content", extra_leaders=REAL_LIKE / "leaders")
    return load_rules(content, validate_content(content).leaders)


def fixture_file_count(settings: Settings) -> int:
    """How many files a build of the fixture content writes (the number `build` reports)."""
    content = validate_content(FIXTURE_CONTENT)
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


def missing(flag: str, what: str) -> NoReturn:
    """Something a test needs is absent: skip on a user's machine, fail where `flag` is 1 (CI),
    so that CI never passes by skipping."""
    if os.environ.get(flag) == "1":
        pytest.fail(f"{flag}=1 but {what}")
    pytest.skip(what)


def shared(name: str) -> Path:
    """A file or folder in ../shared; skip where absent (a user's clone), fail in CI."""
    path = SHARED / name
    if not path.exists():
        missing("REQUIRE_SHARED", f"{path} is absent: ../shared lives beside the repository, not in it")
    return path


def shared_seeds() -> Path:
    """The seed articles in ../shared/seeds."""
    return shared("seeds")


def write_the_todos(content_dir: Path) -> Path:
    """Do what an editor does after `new`: write our own words where the skeleton says TODO."""
    for path in content_dir.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("TODO: summary.", "Written by an editor.").replace("TODO: note.", "An editor's note."), encoding="utf-8")
    return content_dir


PAGES = TESTS / "fixtures" / "pages"


@dataclass(frozen=True)
class PageServer:
    """Our own fixture pages and feeds served over HTTP from 127.0.0.1, as news sites serve them."""

    base: str
    """http://127.0.0.1:PORT, which `{BASE}` in the served feeds stands for."""
    folder: Path


@pytest.fixture
def page_server(tmp_path: Path) -> Iterator[PageServer]:
    """Serve tests/fixtures/pages; /slow/... answers only after two seconds; the rest is 404."""
    folder = tmp_path / "served"
    shutil.copytree(PAGES, folder)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
            path = urllib.parse.urlsplit(self.path).path
            if path.startswith("/slow/"):
                time.sleep(2)
            target = (folder / path.lstrip("/")).resolve()
            if not target.is_file() or folder.resolve() not in target.parents:
                self.send_error(404)
                return
            body = target.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml" if target.suffix == ".rss" else "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Server(http.server.ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: object, client_address: object) -> None:
            # A client that gave up (the timeout test) leaves the slow answer nowhere to go;
            # anything else is a fault of the test server, to be seen.
            if not isinstance(sys.exc_info()[1], ConnectionError):
                super().handle_error(request, client_address)  # type: ignore[arg-type]

    server = Server(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for feed in (folder / "feed.rss", folder / "feed.atom"):
        feed.write_text(feed.read_text(encoding="utf-8").replace("{BASE}", base), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield PageServer(base, folder)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A private copy of the repository's content: the hand-written entries and the ingester's rules."""
    target = tmp_path / "content"
    shutil.copytree(REPO / "content", target)
    return target


def snapshot(folder: Path) -> dict[str, str]:
    """Every YAML file under `folder` with its text: compare two to see that nothing was written."""
    return {str(p.relative_to(folder)): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.yaml"))}
