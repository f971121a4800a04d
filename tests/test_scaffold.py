"""`python build.py new`: the file it writes passes `check`, its ID follows the fields,
nothing is overwritten, and what is missing is asked for (in a terminal) or named."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, write_the_todos

from tracker.cli import main
from tracker.content.problems import ContentError
from tracker.content.validate import validate_content
from tracker.editors.scaffold import Existing, ScaffoldError, collect, create_whole, derive_id
from tracker.editors.skeletons import SKELETONS, scalar

EVENT_OPTIONS = [
    "--title", "Kim Jong Un's visit to Moscow", "--date", "2025-05-09", "--status", "announced",
    "--visitor", "kim-jong-un", "--host", "vladimir-putin", "--country", "RU", "--city", "Moscow",
    "--source", "wire-2019-04-22-trip-announced",
]


def test_new_event_from_options_passes_check(content_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "event", "--content", str(content_dir), *EVENT_OPTIONS]) == 0
    path = content_dir / "events" / "kim-jong-un-visit-to-moscow-2025.yaml"
    assert capsys.readouterr().out == f"wrote {path}: replace the TODOs, then run: python build.py check\n"
    text = path.read_text(encoding="utf-8")
    first, _, schema = text.partition("\n")[0].partition("$schema=")
    assert first == "# yaml-language-server: " and (path.parent / schema).resolve() == REPO / "schema" / "event.schema.json"
    assert "title: Kim Jong Un's visit to Moscow\n" in text
    assert "leaders: [kim-jong-un, vladimir-putin]" in text
    # The timeline's first report is dated from the source it cites.
    assert "  - date: 2019-04-22  # when this happened or was reported\n" in text
    event = validate_content(write_the_todos(content_dir)).events["kim-jong-un-visit-to-moscow-2025"]
    assert (event.place.city, event.place.country, str(event.date), event.status.value) == ("Moscow", "RU", "2025-05-09", "announced")


def test_new_leader_and_source_pass_check(content_dir: Path) -> None:
    assert main(["new", "leader", "--content", str(content_dir), "--name", "Kim Jong Il", "--country", "kp",
                 "--office", "General Secretary of the Workers' Party of Korea", "--native-name", "김정일"]) == 0
    assert main(["new", "source", "--content", str(content_dir), "--publisher", "Yonhap", "--title",
                 "Kim Jong Il arrives in Ulan-Ude: report", "--published", "2011-08-21",
                 "--url", "https://en.yna.co.kr/x?a=1#b"]) == 0
    content = validate_content(write_the_todos(content_dir))
    assert content.leaders["kim-jong-il"].country == "KP"
    assert content.leaders["kim-jong-il"].native_name == "김정일"
    source = content.sources["yonhap-2011-08-21-kim-jong-il-arrives-in"]
    assert (source.title, source.url, source.language) == (
        "Kim Jong Il arrives in Ulan-Ude: report", "https://en.yna.co.kr/x?a=1#b", "en")


def test_values_yaml_would_misread_are_quoted(content_dir: Path) -> None:
    # Norway's code is NO, which YAML 1.1 reads as false; a title with ": " or a leading quote.
    assert main(["new", "event", "--content", str(content_dir), "--title", '"Yes": a summit in Oslo',
                 "--date", "2019", "--status", "rumoured", "--country", "NO",
                 "--source", "wire-2019-04-22-trip-announced", "--id", "oslo"]) == 0
    event = validate_content(write_the_todos(content_dir)).events["oslo"]
    assert (event.title, event.place.country, event.visitor, event.leaders) == ('"Yes": a summit in Oslo', "NO", None, ())
    for value in ["NO", "yes", "null", "2015", "a: b", "#x", "[x]", "plain text", "Kim's"]:
        assert scalar(value) == value or scalar(value).startswith('"')


def test_missing_and_wrong_options_are_all_named_and_nothing_is_written(
    content_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sorted(content_dir.rglob("*"))
    assert main(["new", "event", "--content", str(content_dir), "--title", "A visit", "--date", "9 May 2015",
                 "--visitor", "kim-jong-um", "--country", "Russia"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "error: --date: '9 May 2015' is not in the form YYYY, YYYY-MM or YYYY-MM-DD (write 2015-05-09)",
        "error: --status is missing: Status now: rumoured | invited | announced | confirmed | held | postponed | cancelled | declined",
        "error: --visitor: no leader has the ID 'kim-jong-um'; did you mean kim-jong-un? "
        "(IDs are the file names in content/leaders/; add one with: python build.py new leader)",
        "error: --country: 'Russia' is not a country (use the two-letter ISO 3166-1 code, e.g. RU or KP; "
        "did you mean RU (Russian Federation)?)",
        "error: --source is missing: Source ID of the report (add it first with: python build.py new source)",
        "Nothing was written. Give the options above (see --help), or run in a terminal to be asked.",
    ]
    assert sorted(content_dir.rglob("*")) == before


def test_an_existing_file_is_never_overwritten(content_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = content_dir / "leaders" / "kim-jong-un.yaml"
    before = path.read_bytes()
    assert main(["new", "leader", "--content", str(content_dir), "--name", "Kim Jong Un", "--country", "KP",
                 "--office", "Supreme Leader"]) == 2
    assert capsys.readouterr().err == f"error: {path} already exists; edit it, or choose another ID with --id\n"
    assert path.read_bytes() == before


def test_an_entry_with_the_same_id_as_yml_is_not_doubled(content_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (content_dir / "leaders" / "kim-jong-un.yaml").rename(content_dir / "leaders" / "kim-jong-un.yml")
    assert main(["new", "leader", "--content", str(content_dir), "--name", "Kim Jong Un", "--country", "KP",
                 "--office", "Supreme Leader"]) == 2
    assert capsys.readouterr().err.endswith("kim-jong-un.yml already exists; edit it, or choose another ID with --id\n")
    assert not (content_dir / "leaders" / "kim-jong-un.yaml").exists()


@pytest.mark.parametrize(
    ("kind", "values", "expected"),
    [
        ("event", {"title": "Kim Jong Un visits Vladivostok", "date": "2019-04-25"}, "kim-jong-un-visits-vladivostok-2019"),
        ("event", {"title": "Victory Day 2015", "date": "2015-05-09"}, "victory-day-2015"),
        ("event", {"title": "Ким Чен Ын и Путин: саммит на космодроме Восточный", "date": "2023-09"}, ""),
        ("leader", {"name": "Dmitry Medvedev"}, "dmitry-medvedev"),
        ("source", {"publisher": "Deutsche Welle", "title": "Kim Jong Un to visit Russia", "published": "2015-01-28"},
         "deutsche-welle-2015-01-28-kim-jong-un-to-visit"),
    ],
)
def test_the_id_is_derived_from_the_fields(kind: str, values: dict[str, str], expected: str) -> None:
    assert derive_id(kind, values) == expected


def test_a_title_without_latin_letters_needs_an_id(content_dir: Path) -> None:
    with pytest.raises(ScaffoldError) as error:
        collect("leader", {"name": "김정은", "country": "KP", "office": "x"}, Existing.read(content_dir))
    assert error.value.messages == ["cannot make an ID from the fields given (give one with --id, e.g. --id leader-name)"]


def test_answers_are_checked_and_asked_again(content_dir: Path) -> None:
    answers = iter(["Putin visits Pyongyang", "19 June 2024", "2024-06-19", "held", "", "vladimir-putn",
                    "vladimir-putin", "kim-jong-un", "KP", "Pyongyang", "wire-2019-04-22-trip-announced", ""])
    questions: list[str] = []
    told: list[str] = []

    def ask(question: str) -> str:
        questions.append(question)
        return next(answers)

    values = collect("event", {}, Existing.read(content_dir), ask, told.append)
    assert "  - date: 2024-06-19  # when this happened or was reported\n" in SKELETONS["event"](values, Existing.read(content_dir).published)
    assert values["date"] == "2024-06-19" and values["kind"] == "visit" and values["visitor"] == "vladimir-putin"
    assert values["id"] == "putin-visits-pyongyang-2024"
    assert questions[-1] == "ID, the file name (Enter for the one shown) [putin-visits-pyongyang-2024]: "
    assert told == [
        "  '19 June 2024' is not in the form YYYY, YYYY-MM or YYYY-MM-DD (write 2024-06-19)",
        "  no leader has the ID 'vladimir-putn'; did you mean vladimir-putin? "
        "(IDs are the file names in content/leaders/; add one with: python build.py new leader)",
    ]


def _run_in_terminal(args: list[str], answers: list[str], cwd: Path, timeout: float = 20) -> tuple[int, str]:
    """Run build.py with a pseudo-terminal as stdin/stdout, answering each question as it comes."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, str(REPO / "build.py"), *args],
        stdin=terminal, stdout=terminal, stderr=terminal, cwd=cwd, close_fds=True,
        env={**os.environ, "GITHUB_ACTIONS": "false"},
    )
    os.close(terminal)
    transcript = b""
    pending = list(answers)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(controller, 4096)
                except OSError:
                    break  # the child closed the terminal
                if not chunk:
                    break
                transcript += chunk
                if pending and transcript.rstrip().endswith(b":"):
                    os.write(controller, pending.pop(0).encode() + b"\n")
            elif process.poll() is not None:
                break
        code = process.wait(timeout=max(0.1, deadline - time.monotonic()))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(controller)
    return code, transcript.decode("utf-8").replace("\r\n", "\n")


def test_new_in_a_terminal_asks_for_what_is_missing(content_dir: Path) -> None:
    code, transcript = _run_in_terminal(
        ["new", "event", "--content", "content", "--title", "Putin visits Pyongyang"],
        ["19 June 2024", "2024-06-19", "held", "", "vladimir-putin", "kim-jong-un", "North Korea", "Pyongyang",
         "wire-2019-04-22-trip-announced", ""],
        cwd=content_dir.parent,
    )
    assert code == 0, transcript
    assert "  '19 June 2024' is not in the form YYYY, YYYY-MM or YYYY-MM-DD (write 2024-06-19)\n" in transcript
    assert "ID, the file name (Enter for the one shown) [putin-visits-pyongyang-2024]: " in transcript
    assert transcript.endswith(
        "wrote content/events/putin-visits-pyongyang-2024.yaml: replace the TODOs, then run: python build.py check\n"
    )
    event = validate_content(write_the_todos(content_dir)).events["putin-visits-pyongyang-2024"]
    assert (event.visitor, event.host, event.place.country, event.status.value) == ("vladimir-putin", "kim-jong-un", "KP", "held")


def test_the_skeletons_todos_fail_check_until_written(content_dir: Path) -> None:
    assert main(["new", "event", "--content", str(content_dir), *EVENT_OPTIONS, "--id", "draft"]) == 0
    with pytest.raises(ContentError) as raised:
        validate_content(content_dir)
    todo = "still holds the TODO placeholder that `new` wrote (replace it with your own words)"
    assert [str(p).split(":", 1)[1] for p in raised.value.problems] == [f"16: summary: {todo}", f"22: timeline[0].note: {todo}"]
    assert validate_content(write_the_todos(content_dir)).events["draft"].summary == "Written by an editor."


def test_create_whole_never_replaces_a_file_and_leaves_nothing_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "x.yaml"
    create_whole(target, b"first\n")
    with pytest.raises(FileExistsError):
        create_whole(target, b"second\n")
    assert target.read_bytes() == b"first\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.yaml"]


def test_runs_of_new_at_once_write_one_whole_file(content_dir: Path) -> None:
    # Eight processes race for one ID: exactly one wins, the file is whole, the others are told.
    command = [sys.executable, str(REPO / "build.py"), "new", "event", "--content", str(content_dir), *EVENT_OPTIONS, "--id", "race"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(8)]
    results = [(run.returncode, run.communicate(timeout=120)[1]) for run in runs]
    results = [(run.returncode, err) for run, (_, err) in zip(runs, results)]
    assert sorted(code for code, _ in results) == [0] + [2] * 7
    assert all("already exists" in err for code, err in results if code != 0)
    assert (content_dir / "events" / "race.yaml").read_text(encoding="utf-8").endswith("# related: [other-event-id]  # IDs of related events\n")
    assert sorted(p.name for p in (content_dir / "events").iterdir() if p.name.startswith(".")) == []
