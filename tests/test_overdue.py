"""`check` warns about events still invited, announced or confirmed after their date: by a pinned day, never the clock."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from conftest import FIXTURE_CONTENT, REPO, rewind_to_confirmed

from tracker.cli import main
from tracker.content.model import PartialDate
from tracker.content.validate import validate_content
from tracker.editors.overdue import is_overdue, newest_source_date, overdue_warnings


def test_a_confirmed_visit_is_overdue_only_once_its_day_has_passed(content_dir: Path) -> None:
    path = rewind_to_confirmed(content_dir)
    content = validate_content(content_dir)
    assert overdue_warnings(content, dt.date(2015, 5, 9)) == []  # the day itself: it may be happening
    [warning] = overdue_warnings(content, dt.date(2015, 5, 10))
    assert str(warning) == (
        f"{path}:12: status: still 'confirmed' on 2015-05-10, but the event's date (9 May 2015) has passed "
        "with no later report (add a timeline entry saying what became of it: held, postponed, cancelled or declined)"
    )


def test_a_date_known_to_the_month_passes_when_the_month_is_over() -> None:
    summit = validate_content(FIXTURE_CONTENT).events["vladivostok-2019"]
    announced = dataclasses.replace(summit, status=summit.timeline[0].status)
    assert not is_overdue(announced, dt.date(2019, 4, 30))
    assert is_overdue(announced, dt.date(2019, 5, 1))
    assert not is_overdue(summit, dt.date(2030, 1, 1))  # held: its story is told
    still_on = dataclasses.replace(announced, timeline=(
        *summit.timeline[:1], dataclasses.replace(summit.timeline[0], date=PartialDate(2019, 5, 2))
    ))
    assert not is_overdue(still_on, dt.date(2019, 6, 1))  # reported on since its date: the story goes on


def add_source(content_dir: Path, published: str) -> None:
    (content_dir / "sources" / "newest.yaml").write_text(
        f"publisher: Fixture Wire\ntitle: A later report\npublished: {published}\n", encoding="utf-8"
    )


def test_without_a_day_given_the_newest_source_date_decides(content_dir: Path) -> None:
    add_source(content_dir, "2030-01-15")
    assert newest_source_date(validate_content(content_dir)) == dt.date(2030, 1, 15)
    add_source(content_dir, "2031")  # known to the year: counted from its first day, so it never warns early
    assert newest_source_date(validate_content(content_dir)) == dt.date(2031, 1, 1)


def test_check_prints_warnings_and_still_passes(content_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rewind_to_confirmed(content_dir)
    assert main(["check", "--content", str(content_dir), "--as-of", "2015-06-01"]) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith("warning: ") and "still 'confirmed' on 2015-06-01" in captured.err
    assert "1 event(s) overdue for an update as of 2015-06-01" in captured.out
    assert main(["check", "--content", str(content_dir), "--as-of", "2015-05-01"]) == 0
    assert "warning" not in capsys.readouterr().err
    assert main(["check", "--content", str(content_dir)]) == 0  # as of the newest source's date, whatever the clock says
    assert "still 'confirmed' on 2019-04-26" in capsys.readouterr().err  # the fixture's newest source


def test_in_github_actions_a_warning_is_a_warning_annotation(
    content_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rewind_to_confirmed(content_dir)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert main(["check", "--content", str(content_dir), "--as-of", "2015-06-01"]) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if line.startswith("::")]
    assert line.startswith(f"::warning file={content_dir}/events/victory-day-2015.yaml,line=12,title=status::still")


def test_a_day_that_is_not_real_is_refused_with_the_form_to_write(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--content", str(FIXTURE_CONTENT), "--as-of", "2015-02-30"])
    assert "--as-of: '2015-02-30' is not a real day written YYYY-MM-DD" in capsys.readouterr().err


def test_make_check_passes_the_day_given_as_as_of() -> None:
    dry_run = subprocess.run(
        ["make", "-n", "-C", str(REPO), "check", "AS_OF=2024-01-31"], capture_output=True, text=True, check=True
    ).stdout
    assert "build.py check --as-of 2024-01-31" in dry_run
