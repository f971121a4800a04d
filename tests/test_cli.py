"""The command line as an editor or maintainer meets it: output, errors, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURE_CONTENT, fixture_file_count, run_build_py

from tracker.cli import BUG, COMMANDS, main
from tracker.settings import read_settings


def test_the_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    listed = capsys.readouterr().out.split("COMMAND", 2)[-1]
    assert all(f"    {command} " in listed for command in COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_takes_content(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert "--content DIR" in capsys.readouterr().out


def test_check_reports_counts_when_all_is_well(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--content", str(FIXTURE_CONTENT)]) == 0
    assert capsys.readouterr().out == "ok: 3 events, 2 leaders, 3 sources\n"


def test_check_prints_every_problem_and_exits_non_zero(content_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (content_dir / "leaders" / "kim-jong-un.yaml").write_text("name: K\ncountry: kp\n", encoding="utf-8")
    assert main(["check", "--content", str(content_dir)]) == 1
    err = capsys.readouterr().err.replace(f"{content_dir}/", "").splitlines()
    assert err == [
        "leaders/kim-jong-un.yaml:1: office: is missing (add `office:` here; The office the site tracks the leader in, e.g. President of Russia.)",
        "leaders/kim-jong-un.yaml:1: summary: is missing (add `summary:` here; One or two sentences in our own words (Markdown).)",
        "leaders/kim-jong-un.yaml:2: country: 'kp' is not valid (use the two-letter ISO 3166-1 code in capitals, e.g. RU or KP)",
        "3 problem(s) found; nothing was written.",
    ]


def test_build_without_a_command_builds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["--content", str(FIXTURE_CONTENT), "--out", str(out), "--base-url", "/repo/"]) == 0
    files = fixture_file_count(read_settings().with_overrides(base_url="/repo/"))
    assert capsys.readouterr().out.startswith(f"built {files} files into {out} ({files} written, the rest unchanged) in ")
    assert '<link rel="stylesheet" href="/repo/assets/style.css">' in (out / "index.html").read_text()


def test_a_bad_base_url_is_an_error_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--content", str(FIXTURE_CONTENT), "--out", str(tmp_path / "o"), "--base-url", "repo"]) == 2
    assert capsys.readouterr().err == "error: base URL 'repo' must start with / (e.g. /repo/) or be an http(s) URL\n"
    assert not (tmp_path / "o").exists()


def test_a_bad_base_url_for_the_link_check_is_an_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    assert main(["build", "--content", str(FIXTURE_CONTENT), "--out", str(site)]) == 0
    assert main(["check", "--content", str(FIXTURE_CONTENT), "--links", str(site), "--base-url", "repo"]) == 2
    assert capsys.readouterr().err == "error: base URL 'repo' must start with / (e.g. /repo/) or be an http(s) URL\n"


def test_year_0_is_a_content_problem_with_its_file_line_and_field(
    content_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = content_dir / "events" / "vladivostok-2019.yaml"
    event.write_text(event.read_text(encoding="utf-8").replace("- date: 2019-04-22", "- date: 0000-05-09"), encoding="utf-8")
    for command in (["check"], ["build", "--out", str(tmp_path / "site")]):
        assert main([*command, "--content", str(content_dir)]) == 1
        assert capsys.readouterr().err.splitlines() == [
            f"{event}:12: timeline[0].date: '0000-05-09' is out of range (years run 0001-9998) (fix the date)",
            "1 problem(s) found; nothing was written.",
        ]


def test_an_unexpected_error_is_shown_as_a_bug_with_its_traceback(project: Path) -> None:
    """A stray ValueError (here from a template) is no problem of the content: it shows
    where it happened and exits with its own code, not as a one-line 'error:'."""
    template = project / "templates" / "about.html"
    text = template.read_text(encoding="utf-8")
    template.write_text(text.replace("<h1>About this tracker</h1>", '<h1>{{ "{:d}".format("x") }}</h1>', 1), encoding="utf-8")
    result = run_build_py(project)
    assert result.returncode == BUG == 3
    assert "Traceback (most recent call last):" in result.stderr
    assert f'File "{project / "templates" / "about.html"}", line' in result.stderr
    assert "ValueError: Unknown format code 'd'" in result.stderr
    assert result.stderr.rstrip().endswith(
        "error: this is a bug in the tracker, not a problem in the content: please report it with the traceback above"
    )
    assert not (project / "site").exists()
