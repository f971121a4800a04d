"""Stages 5-6 and the command: new entries or timeline updates, written so that `check` passes,
existing files keeping their comments, a second run changing nothing."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, snapshot

from tracker.cli import main
from tracker.content.validate import validate_content
from tracker.ingest.drafts import FileChange, WriteError, apply_changes

ARTICLES = REPO / "tests" / "fixtures" / "articles"
HOSTILE = REPO / "tests" / "fixtures" / "ingest-hostile"


# An event as an editor left it before the summit took place: confirmed, with the place the
# reports expected. The real entry has since been brought up to date.
STALE_SUMMIT_2023 = """\
# yaml-language-server: $schema=../../schema/event.schema.json
title: Kim Jong Un to meet Vladimir Putin in Russia's Far East
kind: summit
status: confirmed
date: 2023-09
visitor: kim-jong-un
host: vladimir-putin
leaders: [kim-jong-un, vladimir-putin]
# Where Kim's train was reported to be heading; the source does not say where the two
# leaders would actually meet. Revisit when a report of the meeting itself is added.
place: {city: Vladivostok, country: RU}
summary: Kim Jong Un left Pyongyang by armoured train for the Russian Far East.
timeline:
  - date: 2023-09-11
    status: confirmed
    note: The Kremlin says Kim will visit Russia at Putin's invitation in the coming days.
    sources: [joongang-2023-09-11-kim-to-meet-putin]
"""

# A summit known only to the month, with one report: that it was held.
HELD_IN_APRIL_2019 = """\
# yaml-language-server: $schema=../../schema/event.schema.json
title: Kim Jong Un meets Vladimir Putin in Vladivostok
kind: summit
status: held
date: 2019-04
visitor: kim-jong-un
host: vladimir-putin
leaders: [kim-jong-un, vladimir-putin]
place: {city: Vladivostok, country: RU}
summary: Kim Jong Un went by train to Vladivostok for talks with Vladimir Putin.
timeline:
  - date: 2019-04
    status: held
    note: Kim travels to Vladivostok for talks with Putin.
    sources: [joongang-2023-09-11-kim-to-meet-putin]
"""


def test_a_report_of_a_known_trip_updates_its_event_and_keeps_the_comments(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = content / "events" / "kim-putin-summit-2023.yaml"
    event.write_text(STALE_SUMMIT_2023, encoding="utf-8")
    before = event.read_text(encoding="utf-8")
    assert main(["ingest", "--content", str(content), str(ARTICLES / "vostochny-2023-held.txt")]) == 0
    after = event.read_text(encoding="utf-8")
    # Everything that was there is still there, comments included; the report is appended.
    kept = [line for line in before.splitlines() if not line.startswith("status:")]
    assert all(line in after.splitlines() for line in kept)
    assert "status: held" in after.splitlines()
    assert (
        "sources: [ap-2023-09-13-putin-and-kim-meet-at-russian]  # check: place: the article says"
        " Vostochny Cosmodrome, kim-putin-summit-2023 says Vladivostok"
    ) in after
    assert "# Where Kim's train was reported to be heading" in after
    out = capsys.readouterr().out
    assert f"# updated {event}" in out
    assert "place: the article says Vostochny Cosmodrome, kim-putin-summit-2023 says Vladivostok" in out
    assert main(["check", "--content", str(content)]) == 0


def test_ingesting_the_same_article_again_changes_nothing_and_says_so(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = str(ARTICLES / "putin-visit-announced-2024.txt")
    assert main(["ingest", "--content", str(content), article]) == 0
    first = snapshot(content)
    capsys.readouterr()
    assert main(["ingest", "--content", str(content), article]) == 0
    assert snapshot(content) == first
    assert "already ingested" in capsys.readouterr().out


def test_a_new_event_and_its_source_pass_check_and_mark_guesses(content: Path, tmp_path: Path) -> None:
    article = tmp_path / "invited.txt"
    article.write_text(
        "Kim invited to Russia\n\nJune 16, 2016\n\n"
        "Russian President Vladimir Putin has invited North Korean leader Kim Jong Un to visit Russia, "
        "the Kremlin said on Thursday, without giving a date.\n",
        encoding="utf-8",
    )
    assert main(["ingest", "--content", str(content), str(article)]) == 0
    text = (content / "events" / "kim-jong-un-ru-2016.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schema/event.schema.json\n")
    assert "status: invited\n" in text
    # The page gives no time for the visit: its year only stands in, and says so.
    assert "date: 2016  # check: the page gives no time for it: unknown (a date is required, so the page's year stands in)" in text
    assert "place: {country: RU}  # check: the article names the country only" in text
    # A place known only by its country is named as readers know it, not by its code.
    assert "title: Kim Jong Un's trip to Russia\n" in text
    assert "# check: drafted by the ingester; write it in our own words" in text
    loaded = validate_content(content)
    assert loaded.events["kim-jong-un-ru-2016"].sources == ("unattributed-2016-06-16-kim-invited-to-russia",)
    source = (content / "sources" / "unattributed-2016-06-16-kim-invited-to-russia.yaml").read_text(encoding="utf-8")
    assert "publisher: Unidentified publisher  # check: no publisher found in the text; name it" in source


def test_dry_run_prints_the_entries_and_writes_nothing(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(content)
    assert main(["ingest", "--dry-run", "--content", str(content), str(ARTICLES / "putin-pyongyang-2000.txt")]) == 0
    assert snapshot(content) == before
    out = capsys.readouterr().out
    assert "# would create" in out and "visitor: vladimir-putin" in out and "# check:" in out


def test_json_gives_one_object_per_article(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    articles = [str(ARTICLES / "victory-day-2025-skip.txt"), str(ARTICLES / "phone-call-2025.txt")]
    assert main(["ingest", "--dry-run", "--format", "json", "--content", str(content), *articles]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert set(first) == {"source", "events", "warnings"}
    (event,) = first["events"]
    assert event == {
        "action": "update", "id": "kim-jong-un-victory-day-2025", "kind": "ceremony", "status": "declined",
        "date": "2025-05-09", "visitor": "kim-jong-un", "host": "vladimir-putin",
        "leaders": ["kim-jong-un", "vladimir-putin"], "place": {"city": "Moscow", "country": "RU"},
    }
    assert second["events"] == []
    assert "the article reports no visit or meeting: a source entry only, no event" in second["warnings"]


def test_standard_input(content: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    text = (ARTICLES / "postponed-2018.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["ingest", "--dry-run", "--format", "json", "--content", str(content), "-"]) == 0
    (record,) = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert record["events"][0]["status"] == "postponed"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "the file is empty"),
        ("binary.txt", "binary file"),
        ("no-article.html", "no article found in this HTML page"),
        ("unknown-leader.txt", "names none of the leaders in content/leaders/"),
    ],
)
def test_bad_input_gets_one_clear_line_and_writes_nothing(
    content: Path, capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    before = snapshot(content)
    assert main(["ingest", "--content", str(content), str(HOSTILE / name)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0].startswith(f"error: {HOSTILE / name}: ") and message in err
    assert snapshot(content) == before


def test_a_missing_file_is_an_error_and_the_good_articles_still_go_in(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "--content", str(content), str(ARTICLES / "nope.txt"), str(ARTICLES / "putin-pyongyang-2000.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err
    assert validate_content(content).events["putin-pyongyang-2000"].sources[-1] == (
        "unattributed-2000-07-19-putin-makes-historic-visit-to-pyongyang"
    )


def test_every_cue_list_and_ingest_option_is_in_the_readme() -> None:
    import yaml

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Ingesting an article") :]
    cues = yaml.safe_load((REPO / "content" / "ingest-cues.yaml").read_text(encoding="utf-8"))
    assert [key for key in cues if f"`{key}`" not in section] == []
    from tracker.cli import make_parser

    help_text = make_parser()._subparsers._group_actions[0].choices["ingest"].format_help()  # type: ignore[union-attr]
    for option in ("--content", "--dry-run", "--format", "--url", "--published", "--feed", "--watch", "--timeout", "markdown"):
        assert option in help_text and option in section


def test_a_seed_already_entered_by_hand_is_recognised_by_its_headline(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from conftest import shared_seeds

    (seed,) = shared_seeds().glob("000_*.txt")
    before = snapshot(content)
    assert main(["ingest", "--content", str(content), str(seed)]) == 0
    assert snapshot(content) == before
    assert "already ingested: source independent-2015-05-01-kim-snubs-putin exists" in capsys.readouterr().out


def test_two_reports_of_one_trip_dated_a_day_apart_make_one_event(content: Path) -> None:
    articles = [str(ARTICLES / "putin-visit-announced-2024.txt"), str(ARTICLES / "defence-pact-2024.txt")]
    before = validate_content(content).events["putin-pyongyang-2024"]
    assert main(["ingest", "--content", str(content), *articles]) == 0
    loaded = validate_content(content)
    assert set(loaded.events) == set(validate_content(REPO / "content").events)
    event = loaded.events["putin-pyongyang-2024"]
    assert [entry.status.value for entry in event.timeline] == [entry.status.value for entry in before.timeline]
    assert event.status.value == "held" and len(event.sources) == len(before.sources) + 2


def test_a_missing_rules_file_is_named_and_nothing_is_written(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (content / "gazetteer.yaml").unlink()
    before = snapshot(content)
    assert main(["ingest", "--content", str(content), str(ARTICLES / "putin-pyongyang-2000.txt")]) == 2
    assert capsys.readouterr().err == (
        f"error: {content / 'gazetteer.yaml'}: missing (the ingester reads its rules from it; restore it from git)\n"
    )
    assert snapshot(content) == before


def test_json_has_an_object_for_a_failed_article_too(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    articles = [str(HOSTILE / "empty.txt"), str(ARTICLES / "phone-call-2025.txt")]
    assert main(["ingest", "--dry-run", "--format", "json", "--content", str(content), *articles]) == 1
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first == {"source": None, "events": [], "warnings": [], "error": f"{HOSTILE / 'empty.txt'}: the file is empty (give the article's text or HTML)"}
    assert second["source"]["publisher"] == "TASS"


def test_a_late_report_of_an_early_stage_does_not_undo_a_held_event(content: Path, tmp_path: Path) -> None:
    # A summit held, dated April 2019; a report dated 18 April that the trip is announced
    # belongs before that entry, and the event stays held.
    (content / "events" / "kim-putin-vladivostok-2019.yaml").write_text(HELD_IN_APRIL_2019, encoding="utf-8")
    article = tmp_path / "announced.txt"
    article.write_text(
        "Kim to visit Russia this month\n\nApril 18, 2019\n\n"
        "North Korean leader Kim Jong Un will visit Russia later this month for talks with"
        " President Vladimir Putin, the Kremlin announced on Thursday.\n",
        encoding="utf-8",
    )
    assert main(["ingest", "--content", str(content), str(article)]) == 0
    event = validate_content(content).events["kim-putin-vladivostok-2019"]
    assert event.status.value == "held"
    assert [(str(e.date), e.status.value) for e in event.timeline][-2:] == [("2019-04-18", "announced"), ("2019-04", "held")]


# --- writing: modes kept, no temporary files left, all or nothing, never over a file, one run at a time ---


def test_an_updated_entry_keeps_its_file_mode(content: Path) -> None:
    event = content / "events" / "kim-putin-summit-2023.yaml"
    event.chmod(0o664)
    assert main(["ingest", "--content", str(content), str(ARTICLES / "vostochny-2023-held.txt")]) == 0
    assert "status: held" in event.read_text(encoding="utf-8").splitlines()
    assert event.stat().st_mode & 0o7777 == 0o664


def test_a_new_entry_gets_the_mode_any_new_file_gets(tmp_path: Path) -> None:
    from grade_ingest import empty_content

    content = empty_content(tmp_path / "content")  # the record has this trip: start without it
    assert main(["ingest", "--content", str(content), str(ARTICLES / "putin-pyongyang-2000.txt")]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert (content / "events" / "vladimir-putin-pyongyang-2000.yaml").stat().st_mode & 0o7777 == 0o666 & ~umask


def _files(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())


def test_a_write_that_fails_leaves_no_temporary_file_and_the_entry_as_it_was(content: Path) -> None:
    event = content / "events" / "kim-putin-summit-2023.yaml"
    before, listing = event.read_text(encoding="utf-8"), _files(content)
    # A lone surrogate cannot be encoded: the write fails after the temporary file exists.
    with pytest.raises(WriteError) as error:
        apply_changes([FileChange(event, before + "note: \ud800\n", False, before)])
    assert str(error.value).startswith(f"{event}: cannot write (")
    assert str(error.value).endswith("; nothing was written")
    assert event.read_text(encoding="utf-8") == before and _files(content) == listing


def test_when_one_of_several_files_fails_none_is_written(content: Path) -> None:
    new = content / "sources" / "a-new-source.yaml"
    event = content / "events" / "kim-putin-summit-2023.yaml"
    before, listing = event.read_text(encoding="utf-8"), _files(content)
    with pytest.raises(WriteError):
        apply_changes([
            FileChange(new, "publisher: X\n", True),
            FileChange(event, before + "# fine\n", False, before),
            FileChange(content / "events" / "bad.yaml", "title: \ud800\n", True),
        ])
    assert event.read_text(encoding="utf-8") == before and _files(content) == listing


def test_a_failure_half_way_through_writing_puts_back_what_was_written(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = content / "events" / "kim-putin-summit-2023.yaml", content / "events" / "kim-putin-vladivostok-2019.yaml"
    texts, listing = {p: p.read_text(encoding="utf-8") for p in (first, second)}, _files(content)
    replace, calls = os.replace, []

    def disk_full_on_the_second_file(source: str, target: str) -> None:
        calls.append(target)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        replace(source, target)

    monkeypatch.setattr(os, "replace", disk_full_on_the_second_file)
    with pytest.raises(WriteError) as error:
        apply_changes([FileChange(p, texts[p] + "# more\n", False, texts[p]) for p in (first, second)])
    assert str(error.value) == f"{second}: cannot write (No space left on device); nothing was written"
    assert {p: p.read_text(encoding="utf-8") for p in texts} == texts and _files(content) == listing


def test_an_existing_file_is_never_overwritten(content: Path) -> None:
    taken = content / "events" / "kim-putin-summit-2023.yaml"
    before = taken.read_text(encoding="utf-8")
    with pytest.raises(WriteError) as error:
        apply_changes([FileChange(taken, "title: other\n", True)])
    assert str(error.value) == f"{taken}: already exists, and ingest never overwrites a file; nothing was written"
    assert taken.read_text(encoding="utf-8") == before


def test_an_entry_edited_while_ingest_ran_is_not_overwritten(content: Path) -> None:
    event = content / "events" / "kim-putin-summit-2023.yaml"
    read = event.read_text(encoding="utf-8")
    event.write_text(read + "# an editor's change\n", encoding="utf-8")
    with pytest.raises(WriteError) as error:
        apply_changes([FileChange(event, read + "# the draft\n", False, read)])
    assert str(error.value) == (
        f"{event}: changed on disk while ingest was drafting (run ingest again); nothing was written"
    )
    assert event.read_text(encoding="utf-8").endswith("# an editor's change\n")


def test_two_runs_at_once_both_land_in_one_event(tmp_path: Path) -> None:
    """Both articles report one trip: whichever run comes second must see the first's event."""
    from grade_ingest import empty_content

    content = empty_content(tmp_path / "content")  # the record has this trip: start without it
    runs = [
        subprocess.Popen(
            [sys.executable, str(REPO / "build.py"), "ingest", "--content", str(content), str(ARTICLES / name)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for name in ("putin-visit-announced-2024.txt", "defence-pact-2024.txt")
    ]
    outcomes = [(run.communicate(timeout=120)[1], run.returncode) for run in runs]
    assert [code for _, code in outcomes] == [0, 0], outcomes
    event = validate_content(content).events["vladimir-putin-pyongyang-2024"]
    assert [entry.status.value for entry in event.timeline] == ["confirmed", "held"]
    assert len(event.sources) == 2


def test_the_content_is_checked_once_per_drafted_article(content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once at the start, then once per draft (which must pass before it is kept)."""
    import tracker.content.validate
    import tracker.ingest

    calls: list[Path] = []
    real = tracker.content.validate.validate_content

    def counted(folder: Path) -> object:
        calls.append(folder)
        return real(folder)

    monkeypatch.setattr(tracker.content.validate, "validate_content", counted)
    monkeypatch.setattr(tracker.ingest, "validate_content", counted)
    articles = ["putin-pyongyang-2000.txt", "postponed-2018.txt", "vostochny-2023-held.txt"]
    assert main(["ingest", "--content", str(content), *(str(ARTICLES / name) for name in articles)]) == 0
    assert len(calls) == 1 + len(articles)


def test_a_missing_content_folder_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere"
    assert main(["ingest", "--content", str(missing), str(ARTICLES / "putin-pyongyang-2000.txt")]) == 1
    assert capsys.readouterr().err.splitlines()[0] == f"{missing}: no such content folder (give --content DIR)"
    assert not missing.exists()
