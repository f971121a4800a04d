"""Where articles come from: an address fetched over HTTP (served here from 127.0.0.1), a
saved page with its address given, a date the editor settles; and the command's imports."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PAGES, REPO, PageServer, snapshot

from tracker.cli import main
from tracker.content.validate import validate_content

ARTICLES = REPO / "tests" / "fixtures" / "articles"


def test_an_address_is_fetched_and_recorded_in_the_source(content: Path, page_server: PageServer) -> None:
    address = f"{page_server.base}/2024/06/19/putin-state-visit.html"
    assert main(["ingest", "--content", str(content), address]) == 0
    loaded = validate_content(content)
    (source,) = [s for s in loaded.sources.values() if s.url == address]
    assert source.title == "Putin arrives in Pyongyang on state visit"
    assert source.publisher == "Daily Example" and str(source.published) == "2024-06-19"
    (event,) = [e for e in loaded.events.values() if source.id in e.sources]
    assert (event.visitor, event.host, event.status.value) == ("vladimir-putin", "kim-jong-un", "held")


@pytest.mark.parametrize(
    ("path", "options", "message"),
    [
        ("/gone.html", [], "the server answered 404 Not Found (check the address)"),
        ("/slow/2024/06/19/putin-state-visit.html", ["--timeout", "0.5"],
         "no answer within 0.5 s (try again later, or save the page and ingest the file)"),
    ],
)
def test_an_address_that_fails_gets_one_line_naming_it_and_writes_nothing(
    content: Path, page_server: PageServer, capsys: pytest.CaptureFixture[str], path: str, options: list[str], message: str
) -> None:
    before = snapshot(content)
    address = page_server.base + path
    assert main(["ingest", "--content", str(content), *options, address]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {address}: {message}",
        "1 of 1 article(s) and feed(s) not ingested.",
    ]
    assert snapshot(content) == before


def test_a_malformed_address_is_named(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "--content", str(content), "http://[oops/"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == "error: http://[oops/: cannot fetch (Invalid IPv6 URL)"


def test_an_address_nobody_answers_at_is_named(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as unused:  # a port nothing listens on
        unused.bind(("127.0.0.1", 0))
        address = f"http://127.0.0.1:{unused.getsockname()[1]}/x.html"
    assert main(["ingest", "--content", str(content), address]) == 1
    assert capsys.readouterr().err.splitlines()[0].startswith(f"error: {address}: cannot fetch (")


def test_a_saved_page_takes_its_address_from_url(content: Path) -> None:
    page = PAGES / "2024" / "06" / "19" / "putin-state-visit.html"
    assert main(["ingest", "--content", str(content), "--url", "https://daily.example.org/2024/06/19/putin", str(page)]) == 0
    urls = [s.url for s in validate_content(content).sources.values()]
    assert "https://daily.example.org/2024/06/19/putin" in urls


def test_published_settles_a_date_the_page_does_not_give(content: Path, tmp_path: Path) -> None:
    article = tmp_path / "undated.txt"
    article.write_text(
        "Putin invites Kim to Russia\n\nRussian President Vladimir Putin has invited North Korean leader"
        " Kim Jong Un to visit Russia at a convenient time, the Kremlin said, without giving a date.\n",
        encoding="utf-8",
    )
    assert main(["ingest", "--content", str(content), "--published", "2018-06-14", str(article)]) == 0
    (source,) = [s for s in validate_content(content).sources.values() if s.title == "Putin invites Kim to Russia"]
    assert str(source.published) == "2018-06-14"
    text = (content / "sources" / f"{source.id}.yaml").read_text(encoding="utf-8")
    assert "published: 2018-06-14\n" in text  # settled by the editor: no "# check:" on it


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--published", "9 May 2015"], "argument --published: '9 May 2015' is not in the form YYYY, YYYY-MM or YYYY-MM-DD (write 2015-05-09)"),
        (["--published", "2015-02-30"], "argument --published: '2015-02-30' is not a real day (February 2015 has 28 days)"),
        (["--timeout", "0"], "argument --timeout: '0' is not a number of seconds between 0 and 600"),
        (["--timeout", "soon"], "argument --timeout: 'soon' is not a number of seconds between 0 and 600"),
        (["--url", "ftp://example.org/x"], "argument --url: 'ftp://example.org/x' is not an http:// or https:// address"),
        (["--url", "https://example.org/x", "a.txt", "b.txt"], "--url and --published describe one article; give exactly one ARTICLE"),
        (["--url", "https://example.org/x", "https://example.org/y"], "--url is for a saved page; an address given as ARTICLE is its own URL"),
        ([], "give an ARTICLE, a --feed, or --watch (with feeds set in pyproject.toml)"),
    ],
)
def test_wrong_options_are_refused_before_anything_is_read(
    content: Path, capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    before = snapshot(content)
    args = ["ingest", "--content", str(content), *options]
    if not any(arg.endswith((".txt", "/y")) for arg in options) and options:
        args.append(str(ARTICLES / "putin-pyongyang-2000.txt"))
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == f"build.py ingest: error: {message}"
    assert snapshot(content) == before


def test_build_and_check_do_not_import_the_ingester(tmp_path: Path) -> None:
    """The ingester (trafilatura, ruamel, its rules) is loaded for `ingest` only."""
    script = (
        "import sys\n"
        "from tracker.cli import main\n"
        f"assert main(['build', '--content', {str(REPO / 'tests' / 'fixtures' / 'content')!r}, '--out', {str(tmp_path / 'site')!r}]) == 0\n"
        f"assert main(['check', '--content', {str(REPO / 'content')!r}]) == 0\n"
        "print(sorted(name for name in sys.modules if name.startswith(('tracker.ingest', 'trafilatura', 'feedparser'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_a_page_whose_address_has_no_html_suffix_is_read_as_html(content: Path, page_server: PageServer) -> None:
    (page_server.folder / "article").mkdir()
    shutil.copy(page_server.folder / "2024" / "06" / "19" / "putin-state-visit.html", page_server.folder / "article" / "8d41f2")
    address = f"{page_server.base}/article/8d41f2"
    assert main(["ingest", "--content", str(content), address]) == 0
    (source,) = [s for s in validate_content(content).sources.values() if s.url == address]
    assert source.title == "Putin arrives in Pyongyang on state visit"
