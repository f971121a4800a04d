"""Problems as GitHub Actions annotations: the exact line GitHub reads, escaping included."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.cli import main
from tracker.content.problems import Problem
from tracker.editors.annotations import annotation, escape_data, escape_property, in_github_actions, workflow_commands


@pytest.mark.parametrize(
    ("problem", "expected"),
    [
        (
            Problem("content/events/x.yaml", 5, "date", "'9 May 2015' is not valid (write 2015-05-09)"),
            "::error file=content/events/x.yaml,line=5,title=date::'9 May 2015' is not valid (write 2015-05-09)",
        ),
        (
            Problem("content/events/x.yaml", 12, "timeline[0].sources[1]", "no source has the ID 'dw'"),
            "::error file=content/events/x.yaml,line=12,title=timeline[0].sources[1]::no source has the ID 'dw'",
        ),
        # No line (a missing folder) and no field: those properties are left out.
        (Problem("content", 0, "", "no such content folder"), "::error file=content::no such content folder"),
        # The message keeps colons and commas; %, CR and LF are escaped.
        (
            Problem("a.yaml", 1, "summary", "100% wrong: a, b\r\nc"),
            "::error file=a.yaml,line=1,title=summary::100%25 wrong: a, b%0D%0Ac",
        ),
        # Property values also escape : and , (which would end the property).
        (
            Problem("dir,x/a:b.yaml", 3, "place.city", "m"),
            "::error file=dir%2Cx/a%3Ab.yaml,line=3,title=place.city::m",
        ),
    ],
)
def test_annotation_lines(problem: Problem, expected: str) -> None:
    assert annotation(problem) == expected


def test_escaping_follows_github_rules() -> None:
    assert escape_data("50%\r\n:,") == "50%25%0D%0A:,"
    assert escape_property("50%\r\n:,") == "50%25%0D%0A%3A%2C"


def test_only_github_actions_turns_them_on() -> None:
    assert in_github_actions({"GITHUB_ACTIONS": "true"})
    assert not in_github_actions({})
    assert not in_github_actions({"GITHUB_ACTIONS": "false"})


def test_check_in_github_actions_annotates_each_problem(
    content_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    event = content_dir / "events" / "vladivostok-2019.yaml"
    event.write_text(
        event.read_text(encoding="utf-8").replace("date: 2019-04\n", "date: 25 April 2019\n", 1), encoding="utf-8"
    )
    monkeypatch.chdir(content_dir.parent)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert main(["check", "--content", "content"]) == 1
    out, err = capsys.readouterr()
    assert out == (
        "::error file=content/events/vladivostok-2019.yaml,line=5,title=date::"
        "'25 April 2019' is not in the form YYYY, YYYY-MM or YYYY-MM-DD (write 2019-04-25)\n"
    )
    assert err.splitlines() == [
        "content/events/vladivostok-2019.yaml:5: date: '25 April 2019' is not in the form YYYY, YYYY-MM or YYYY-MM-DD "
        "(write 2019-04-25)",
        "1 problem(s) found; nothing was written.",
    ]


def test_check_outside_github_actions_prints_no_annotations(
    content_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (content_dir / "leaders" / "kim-jong-un.yaml").write_text("name: K\n", encoding="utf-8")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert main(["check", "--content", str(content_dir)]) == 1
    assert "::error" not in capsys.readouterr().out


def test_past_githubs_limit_the_last_annotation_points_to_the_log() -> None:
    problems = [Problem(f"content/events/e{n:02d}.yaml", n, "title", "is missing") for n in range(1, 13)]
    lines = workflow_commands(problems)
    assert len(lines) == 10
    assert lines[8] == "::error file=content/events/e09.yaml,line=9,title=title::is missing"
    assert lines[9] == (
        "::error title=3 more problems::GitHub shows only 10 annotations; all 12 problems are listed in this step's log."
    )
    assert workflow_commands(problems[:10]) == [annotation(problem) for problem in problems[:10]]
