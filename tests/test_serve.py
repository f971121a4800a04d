"""`python build.py serve`: a real server on 127.0.0.1 (a port the OS picks), under the base
path, rebuilding on change and keeping the last good build when a change is invalid."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import fixture_file_count

from tracker.editors.serve import Preview
from tracker.outputs import cache
from tracker.outputs.search import SearchIndexError
from tracker.pipeline import build_site
from tracker.settings import Settings


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read().decode("utf-8")


def save(path: Path, text: str) -> None:
    """Save as editors do: all at once, so that no poll sees a half-written file."""
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def eventually(condition: Callable[[], bool], timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def preview(content_dir: Path, tmp_path: Path) -> Iterator[tuple[Preview, list[str]]]:
    messages: list[str] = []
    running = Preview(
        content_dir, tmp_path / "site", Settings(title="Test tracker", base_url="/repo/"),
        port=0, report=messages.append,
    )
    running.start()
    stop = threading.Event()
    watcher = threading.Thread(target=running.watch, args=(stop, 0.05), daemon=True)
    watcher.start()
    try:
        yield running, messages
    finally:
        stop.set()
        watcher.join(timeout=5)
        running.stop()


def test_the_site_is_served_under_its_base_path(preview: tuple[Preview, list[str]]) -> None:
    running, messages = preview
    assert running.url.startswith("http://127.0.0.1:") and running.url.endswith("/repo/")
    assert messages == [f"built {fixture_file_count(running.settings)} files ({fixture_file_count(running.settings)} written)"]
    status, home = fetch(running.url)
    assert status == 200 and "Test tracker" in home
    assert fetch(running.url + "assets/style.css")[0] == 200
    # Outside the base path, and for pages that do not exist: the site's own 404 page.
    root = running.url.removesuffix("repo/")
    status, page = fetch(root)  # the bare address redirects to the site
    assert status == 200 and "Test tracker" in page
    for missing in (root + "events/", running.url + "events/no-such-event/"):
        status, page = fetch(missing)
        assert status == 404 and "Test tracker" in page


def test_a_change_rebuilds_and_a_broken_change_keeps_the_last_good_build(
    preview: tuple[Preview, list[str]], content_dir: Path
) -> None:
    running, messages = preview
    event = content_dir / "events" / "vladivostok-2019.yaml"
    page = running.url + "events/vladivostok-2019/"
    text = event.read_text(encoding="utf-8")
    title = text.split("title: ", 1)[1].split("\n", 1)[0]

    save(event, text.replace(title, "A title changed while serving", 1))
    assert eventually(lambda: "A title changed while serving" in fetch(page)[1])
    assert eventually(lambda: len(messages) == 2)  # the report follows the swap
    total = fixture_file_count(running.settings)
    assert messages[-1].startswith(f"built {total} files (")
    written = int(messages[-1].split("(")[1].split()[0])
    assert 0 < written < total  # the pages that show the title, not the whole site

    save(event, text.replace("date: 2019-04\n", "date: 25 April 2019\n", 1))
    assert eventually(lambda: messages[-1].endswith("still serving the last good build."))
    assert messages[-2:] == [
        f"{event}:5: date: '25 April 2019' is not in the form YYYY, YYYY-MM or YYYY-MM-DD (write 2019-04-25)",
        "1 problem(s); still serving the last good build.",
    ]
    status, body = fetch(page)
    assert status == 200 and "A title changed while serving" in body


def test_the_preview_serves_each_edit_and_its_site_is_that_of_a_clean_build(
    preview: tuple[Preview, list[str]], content_dir: Path, tmp_path: Path
) -> None:
    running, messages = preview
    event = content_dir / "events" / "vladivostok-2019.yaml"
    page = running.url + "events/vladivostok-2019/"
    for builds, summary in enumerate(("A summary edited while serving.", "Edited again while serving."), start=2):
        text = event.read_text(encoding="utf-8")
        save(event, re.sub("summary: .*", f"summary: {summary}", text, count=1))
        assert eventually(lambda: summary in fetch(page)[1])
        assert eventually(lambda: len(messages) == builds)  # the report follows the swap
    build_site(content_dir, tmp_path / "clean" / "site", running.settings)
    assert files(tmp_path / "site") == files(tmp_path / "clean" / "site")


def files(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_a_poll_builds_once_for_each_change_of_what_the_build_reads(content_dir: Path, tmp_path: Path) -> None:
    messages: list[str] = []
    running = Preview(content_dir, tmp_path / "site", Settings(), port=0, report=messages.append)
    running.start()
    try:
        assert not running.poll()  # nothing changed since the first build
        event = content_dir / "events" / "vladivostok-2019.yaml"
        text = event.read_text(encoding="utf-8")
        copy = content_dir / "events" / "vladivostok-2019-again.yaml"
        for change in (
            lambda: save(event, text.replace("Summit in Vladivostok", "Summit at Vladivostok", 1)),  # edited
            lambda: save(copy, text),  # added
            lambda: copy.unlink(),  # removed
        ):
            change()
            assert running.poll()
            assert not running.poll()  # one build a change, not one a poll
        assert len(messages) == 4 and all(message.startswith("built ") for message in messages), messages
    finally:
        running.stop()


def test_a_preview_whose_python_code_changed_builds_no_more_and_says_so(
    content_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = tmp_path / "tracker"
    code.mkdir()
    (code / "pipeline.py").write_text("# the build\n", encoding="utf-8")
    monkeypatch.setattr(cache, "PACKAGE_DIR", code)  # the code the build digests and the preview watches
    messages: list[str] = []
    running = Preview(content_dir, tmp_path / "site", Settings(), port=0, report=messages.append)
    running.start()
    try:
        save(code / "pipeline.py", "# the build, changed\n")
        assert not running.poll()
        said = "the build's Python code changed: stop the preview and start it again to build with it."
        assert messages[1:] == [said]
        event = content_dir / "events" / "vladivostok-2019.yaml"
        save(event, event.read_text(encoding="utf-8").replace("Summit in Vladivostok", "A new title", 1))
        assert not running.poll()
        assert messages[1:] == [said, said]
        assert "Summit in Vladivostok" in fetch(running.url + "events/vladivostok-2019/")[1]
    finally:
        running.stop()


def test_a_preview_started_on_broken_content_serves_once_it_is_fixed(content_dir: Path, tmp_path: Path) -> None:
    event = content_dir / "events" / "vladivostok-2019.yaml"
    good = event.read_text(encoding="utf-8")
    save(event, good.replace("status: held", "status: hold", 1))
    messages: list[str] = []
    running = Preview(content_dir, tmp_path / "site", Settings(), port=0, report=messages.append)
    running.start()
    try:
        assert messages[-1] == "1 problem(s); still serving the last good build."
        assert fetch(running.url)[0] == 404  # nothing built yet
        save(event, good)
        assert eventually(lambda: running.poll() or fetch(running.url)[0] == 200)
        assert messages[-1].startswith("built ")
    finally:
        running.stop()


@pytest.fixture
def served_project(project: Path) -> Iterator[tuple[str, list[str], subprocess.Popen[str]]]:
    """`python build.py serve` running in a copy of the project: its URL, its output so far, the process."""
    process = subprocess.Popen(
        [sys.executable, "build.py", "serve", "--port", "0"],
        cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    lines: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.rstrip("\n"))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert eventually(lambda: any(line.startswith("serving ") for line in lines), timeout=60), lines
        url = next(line for line in lines if line.startswith("serving ")).split()[1]
        yield url, lines, process
    finally:
        process.terminate()
        process.wait(timeout=10)
        reader.join(timeout=10)
        assert process.stdout is not None
        process.stdout.close()


TEMPLATE_TYPOS = [
    ("a syntax error", "<h1>Visits and meetings</h1>", "<h1>{% if %}Visits</h1>", ":7: TemplateSyntaxError: "),
    ("an undefined variable", "<h1>Visits and meetings</h1>", "<h1>{{ site.titel }}</h1>", ":7: UndefinedError: "),
    (
        "a stray ValueError",
        "<h1>Visits and meetings</h1>",
        '<h1>{{ "{:d}".format("x") }}</h1>',
        ":7: ValueError: Unknown format code 'd'",
    ),
]


@pytest.mark.parametrize(("typo", "good", "bad", "said"), TEMPLATE_TYPOS, ids=[case[0] for case in TEMPLATE_TYPOS])
def test_a_broken_template_is_reported_and_the_last_good_build_stays_up(
    served_project: tuple[str, list[str], subprocess.Popen[str]], project: Path, typo: str, good: str, bad: str, said: str
) -> None:
    url, lines, process = served_project
    template = project / "templates" / "index.html"
    text = template.read_text(encoding="utf-8")
    assert fetch(url)[0] == 200 and good in fetch(url)[1]

    save(template, text.replace(good, bad, 1))
    assert eventually(lambda: lines[-1].endswith("still serving the last good build."), timeout=30), lines
    assert lines[-1] == "the build failed; still serving the last good build."
    assert any(line.startswith(f"{template}{said}") for line in lines), lines
    assert process.poll() is None, "the preview died"
    assert fetch(url)[0] == 200 and good in fetch(url)[1]

    save(template, text.replace(good, "<h1>Fixed while serving</h1>", 1))
    assert eventually(lambda: "Fixed while serving" in fetch(url)[1], timeout=30), lines


def test_a_failed_search_index_is_reported_and_the_last_good_build_stays_up(content_dir: Path, tmp_path: Path) -> None:
    failing = threading.Event()

    def search_index(site: Path) -> None:
        if failing.is_set():
            raise SearchIndexError("pagefind failed (1): no space left on device")

    messages: list[str] = []
    running = Preview(
        content_dir, tmp_path / "site", Settings(), port=0, report=messages.append,
        finishing=(search_index,),
    )
    running.start()
    try:
        event = content_dir / "events" / "vladivostok-2019.yaml"
        failing.set()
        save(event, event.read_text(encoding="utf-8").replace("Summit in Vladivostok", "A new title", 1))
        assert running.poll()
        assert messages[-2:] == [
            "error: pagefind failed (1): no space left on device",
            "the build failed; still serving the last good build.",
        ]
        status, page = fetch(running.url + "events/vladivostok-2019/")
        assert status == 200 and "Summit in Vladivostok" in page
    finally:
        running.stop()
