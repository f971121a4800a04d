"""The output folder: the build replaces it whole, so it refuses any folder it did not make
and never touches the project it reads from. Nothing is lost: a build killed at any moment
leaves the previous site complete, and the next build cleans what the killed one left beside
it, and nothing else."""

from __future__ import annotations

import gc
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any
from pathlib import Path

import pytest
from conftest import FIXTURE_CONTENT, REPO, run_build_py

from tracker import workers
from tracker.outputs import write
from tracker.outputs.render import SiteFiles
from tracker.outputs.write import Output
from tracker.outputs.write import (
    MARKER,
    OWNER_SUFFIX,
    OWNER_TEXT,
    OutputFolderError,
    check_output_folder,
    clean_leftovers,
    output_key,
    write_site,
)


def outputs(files: SiteFiles) -> list[Output]:
    return [Output(path, (data,), lambda data=data: data) for path, data in files.items()]


def every_file(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    ("out", "why"),
    [
        (".", "is the project ({project}), which the build reads"),
        ("..", "holds the project ({project}), which the build reads"),
        ("content", "is the content ({project}/content), which the build reads"),
        ("content/events", "is inside content/, which the build reads"),
        ("templates", "is the templates ({project}/templates), which the build reads"),
        ("templates/static", "is inside templates/, which the build reads"),
    ],
)
def test_build_refuses_to_write_over_the_project(project: Path, out: str, why: str) -> None:
    before = every_file(project.parent)
    result = run_build_py(project, "--out", out)
    assert result.returncode == 2, result.stderr
    why = why.format(project=project)
    assert result.stderr.startswith(f"error: cannot write the site into {(project / out).resolve()}: it {why}")
    assert "choose a folder of its own, e.g. site" in result.stderr
    assert every_file(project.parent) == before


@pytest.mark.parametrize("marker", [".git", "content", "templates"])
def test_build_refuses_a_folder_that_looks_like_a_project(project: Path, tmp_path: Path, marker: str) -> None:
    other = tmp_path / "other-project"
    (other / marker).mkdir(parents=True)
    (other / marker / "keep.txt").write_text("mine", encoding="utf-8")
    result = run_build_py(project, "--out", str(other))
    assert result.returncode == 2
    assert f"it holds {marker}/, so it looks like a project, not a built site" in result.stderr
    assert (other / marker / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_an_existing_folder_is_replaced_only_when_empty_or_made_by_the_build(tmp_path: Path) -> None:
    files = {"index.html": b"<!doctype html><title>t</title>"}
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "todo.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputFolderError) as error:
        write_site(outputs(files), notes)
    assert f"it is not empty and has no {MARKER}, so the build did not make it" in str(error.value)
    assert every_file(notes) == {"todo.txt": b"mine"}

    empty = tmp_path / "empty"
    empty.mkdir()
    write_site(outputs(files), empty)
    assert sorted(every_file(empty)) == [MARKER, "index.html"]
    write_site(outputs({"about.html": b"x"}), empty)  # made by the build now: replaced whole
    assert sorted(every_file(empty)) == [MARKER, "about.html"]


def test_a_file_is_no_output_folder(tmp_path: Path) -> None:
    (tmp_path / "site").write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputFolderError, match="it is a file, not a folder"):
        check_output_folder(tmp_path / "site")


def test_the_content_folder_given_is_protected_wherever_it_lies(tmp_path: Path) -> None:
    content = tmp_path / "elsewhere" / "content"
    with pytest.raises(OutputFolderError, match=r"it holds the content \(.*/elsewhere/content\), which the build reads"):
        check_output_folder(tmp_path / "elsewhere", content)
    with pytest.raises(OutputFolderError, match=r"it is inside .*content/, which the build reads"):
        check_output_folder(content / "site", content)
    check_output_folder(tmp_path / "site", FIXTURE_CONTENT)  # beside the content: fine


def test_serve_and_check_links_refuse_the_project_too(project: Path) -> None:
    before = every_file(project)
    serve = run_build_py(project, "serve", "--out", ".", "--port", "0")
    assert serve.returncode == 2
    assert serve.stderr.startswith(f"error: cannot write the site into {project}: it is the project ({project})")
    links = run_build_py(project, "check", "--links", ".")
    assert links.returncode == 2
    assert f"error: {project} is not a site the build made (no {MARKER} in it): build it first (make site)" in links.stderr
    assert every_file(project) == before


def build_command(content: Path, out: Path) -> list[str]:
    return [sys.executable, str(REPO / "build.py"), "--content", str(content), "--out", str(out), "--base-url", "/"]


@pytest.fixture(scope="module")
def big_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture content and 100 more events: a build that takes long enough to be killed mid-way."""
    content = tmp_path_factory.mktemp("big") / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    event = (content / "events" / "vladivostok-2019.yaml").read_text(encoding="utf-8")
    for number in range(100):
        (content / "events" / f"summit-{number}.yaml").write_text(
            event.replace("Summit in Vladivostok", f"Summit number {number}"), encoding="utf-8"
        )
    return content


def test_a_build_killed_at_any_moment_leaves_the_previous_site_and_the_next_cleans_up(
    big_content: Path, tmp_path: Path
) -> None:
    previous = tmp_path / "previous"
    subprocess.run(build_command(FIXTURE_CONTENT, previous), check=True, capture_output=True)
    complete_new = tmp_path / "complete-new"
    subprocess.run(build_command(big_content, complete_new), check=True, capture_output=True)
    old, new = every_file(previous), every_file(complete_new)

    # Beside the site, what no build made: each must survive every clean-up.
    work = tmp_path / "work"
    work.mkdir()
    decoys = {
        ".site-build-decoy": "a folder with our name but no marker",
        ".site-new-old-style": "an unrelated hidden folder",
        "notes": "an editor's folder",
    }
    for name, text in decoys.items():
        (work / name).mkdir()
        (work / name / "keep.txt").write_text(text, encoding="utf-8")
    (work / ".site-build-1-forged.owner").write_text("not ours\n", encoding="utf-8")
    (work / ".site-build-1-forged").mkdir()
    untouchable = sorted(p.name for p in work.iterdir())
    site = work / "site"

    def staged() -> list[Path]:
        return [p for p in work.glob(f".site-build-*{OWNER_SUFFIX}") if p.name not in untouchable]

    def holds(name: str) -> bool:
        return any((marker.with_name(marker.name.removesuffix(OWNER_SUFFIX)) / name).exists() for marker in staged())

    # Kill points, by what the build has done so far: still loading; staging folder claimed;
    # pages being written; Pagefind indexing the staged site; shortly after that; just swapped.
    moments = {
        "loading": lambda: True,
        "staging claimed": lambda: bool(staged()),
        "writing pages": lambda: holds("events"),
        "indexing": lambda: holds("pagefind"),
        "late indexing": lambda: holds("pagefind/pagefind-entry.json"),
        "swapped, removing the previous site": lambda: (site / "events" / "summit-0").exists(),
    }
    outcomes = []
    for moment, reached in moments.items():
        shutil.rmtree(site, ignore_errors=True)
        shutil.copytree(previous, site)
        before = set(staged())
        process = subprocess.Popen(
            build_command(big_content, site), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: Pagefind, its child, dies with it
        )
        while not reached() and process.poll() is None:
            time.sleep(0.002)
        if process.poll() is None:  # on a busy machine the build can finish before the moment is seen
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        found = every_file(site)
        assert found in (old, new), f"killed while {moment}: site/ is neither the previous site nor the new one"
        outcomes.append((moment, "previous" if found == old else "new", len(set(staged()) - before)))

    # The kills landed mid-build: the previous site survived builds that left work behind.
    assert sum(outcome == "previous" and left for _, outcome, left in outcomes) >= 3, outcomes
    subprocess.run(build_command(big_content, site), check=True, capture_output=True)
    assert every_file(site) == new
    # Beside the site, only what the build keeps there: its cache and the site before (the spare).
    assert sorted(p.name for p in work.iterdir()) == sorted(untouchable + ["site", ".build-cache", ".site-old"])
    for name, text in decoys.items():
        assert (work / name / "keep.txt").read_text(encoding="utf-8") == text


def test_the_build_of_a_running_process_is_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "site"
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        folder = tmp_path / f".site-build-{running.pid}-abc123"
        folder.mkdir()
        owner = folder.with_name(folder.name + OWNER_SUFFIX)
        owner.write_text(OWNER_TEXT, encoding="utf-8")
        clean_leftovers(out)
        assert folder.is_dir() and owner.is_file()
    finally:
        running.kill()
        running.wait()
    clean_leftovers(out)
    assert not folder.exists() and not owner.exists()


def test_a_previous_site_set_aside_mid_swap_is_put_back(tmp_path: Path) -> None:
    # Where no atomic exchange exists, a swap is two renames; a build that died between them
    # left `site` missing and the previous site set aside, which the next build restores first.
    out = tmp_path / "site"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    retired = tmp_path / f".site-build-{dead.stdout.strip()}-xyz-retired"
    retired.mkdir()
    (retired / "index.html").write_text("previous", encoding="utf-8")
    # A build killed as it wrote its marker leaves it empty: the name alone says whose it is.
    retired.with_name(retired.name + OWNER_SUFFIX).write_text("", encoding="utf-8")
    clean_leftovers(out)
    assert (out / "index.html").read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_failed_finishing_step_leaves_nothing_beside_the_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(outputs({"index.html": b"first"}), out)

    def fail(staged: Path) -> None:
        raise RuntimeError("indexing failed")

    with pytest.raises(RuntimeError):
        write_site(outputs({"index.html": b"second"}), out, finishing=[fail])
    assert (out / "index.html").read_bytes() == b"first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


@dataclass(frozen=True)
class Row:
    title: str


def test_an_output_is_keyed_by_the_value_of_what_it_reads_not_its_identity() -> None:
    def key(*rows: Row, salt: bytes = b"salt") -> str:
        return output_key(Output("list/index.html", ("list.html", rows), lambda: b""), salt)

    first = key(Row("Summit"), Row("Visit"))
    assert key(Row("Summit"), Row("Visit")) == first  # equal values, other objects
    assert key(Row("Visit"), Row("Summit")) != first
    assert key(Row("Summit"), Row("Visit, edited")) != first
    assert key(Row("Summit"), Row("Visit"), salt=b"other code") != first


def _thresholds_while_made() -> bytes:
    return repr(gc.get_threshold()).encode("ascii")


def test_a_build_makes_its_files_without_full_collections_and_restores_the_collector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the files are made, in the workers and in the build's own process, the collector
    keeps to its young generations (a full one walks every object the build keeps); after the
    build, failed or not, it is as it was, for a preview server that builds again and again."""
    monkeypatch.setattr(write, "PARALLEL_FROM", 1)
    monkeypatch.setattr(workers, "cores", lambda: 2)
    before = gc.get_threshold()
    made = [Output(f"page-{n}.txt", (n,), _thresholds_while_made) for n in range(4)]
    made.append(Output.of_pieces("feed.txt", (), lambda: [_thresholds_while_made()], whole_site=True))
    write_site(made, tmp_path / "site")
    seen = {path: data.decode("ascii") for path, data in every_file(tmp_path / "site").items() if path != MARKER}
    assert len(seen) == 5
    assert set(seen.values()) == {repr((before[0], before[1], write._NEVER))}  # made by the workers and by this process
    assert gc.get_threshold() == before
    site = every_file(tmp_path / "site")
    monkeypatch.setattr(workers, "cores", lambda: 1)  # one process makes them all: the same
    write_site([Output(f"page-{n}.txt", (n, "again"), _thresholds_while_made) for n in range(4)], tmp_path / "other")
    other = every_file(tmp_path / "other")
    del other[MARKER]
    assert set(other.values()) == {repr((before[0], before[1], write._NEVER)).encode("ascii")}

    def broken() -> bytes:
        raise RuntimeError("a template failed")

    monkeypatch.setattr(workers, "cores", lambda: 2)
    with pytest.raises(RuntimeError, match="a template failed"):
        write_site([*made, Output.of_pieces("broken.txt", (), lambda: [broken()], whole_site=True)], tmp_path / "site")
    assert gc.get_threshold() == before
    assert every_file(tmp_path / "site") == site


def test_what_is_made_once_a_build_is_made_again_for_other_objects_or_once_forgotten() -> None:
    made: list[tuple[object, ...]] = []

    def pieces(*values: object) -> list[str]:
        made.append(values)
        return [f"piece of {value}" for value in values]

    once = write.OncePerBuild(pieces)
    content, urls = ["event"], ["/"]
    first = once(content, urls)
    assert once(content, urls) is first  # the same build asks again: made once
    other = ["event"]
    assert once(other, urls) == first and len(made) == 2  # an equal value, another object: another build's
    write.OncePerBuild.forget_all()
    assert once(other, urls) == first and len(made) == 3


def _file_of_pieces(texts: list[str], notes: list[str], made: list[str]) -> Output:
    """`list.txt`: a head, the texts as one run of pieces, the notes as another, a tail."""

    def run(values: list[str], between: bytes) -> write.Pieces:
        def make(position: int) -> bytes:
            made.append(values[position])
            return f"<{values[position]}>".encode("utf-8")

        return write.Pieces([f"piece/{value}" for value in values], "list.txt", make, between)

    def parts() -> write.Parts:
        return [b"head\n", run(texts, b",\n"), b"\nnotes: ", run(notes, b""), b"\ntail\n"]

    return Output.of_pieces("list.txt", (tuple(texts), tuple(notes)), parts, whole_site=True)


@pytest.mark.parametrize(
    ("texts", "notes", "remade", "spliced"),
    [
        (["a", "B", "c", "d", "e"], ["x", "y"], ["B"], True),  # a piece longer
        (["a", "b", "c", "d", ""], ["x", "y"], [""], True),  # the last one shorter
        (["A", "b", "c", "D", "e"], ["x", "Y"], ["A", "D", "Y"], True),  # several, in two runs
        (["e", "d", "c", "b", "a"], ["x", "y"], ["e", "d", "b", "a"], True),  # the same, reordered: each where it was not made again
        (["a", "b", "new", "c", "d", "e"], ["x", "y"], ["new"], False),  # one added in the middle: another frame
        (["a", "b", "d", "e"], ["x", "y"], [], False),  # one removed
        (["a", "b", "c", "d", "e"], [], [], False),  # a run emptied
    ],
)
def test_a_file_of_pieces_rebuilt_is_the_file_made_afresh_remaking_only_the_changed_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, texts: list[str], notes: list[str], remade: list[str], spliced: bool
) -> None:
    """While the frame (the fixed bytes, the runs' lengths) is the last file's, the file is the
    last one with the changed pieces' bytes replaced; otherwise it is joined piece by piece."""
    from tracker.outputs.cache import BuildCache

    site, cache = tmp_path / "site", BuildCache(tmp_path / "cache")
    made: list[str] = []
    first = _file_of_pieces(["a", "b", "c", "d", "e"], ["x", "y"], made)
    manifest, _ = write_site([first], site, indexes=cache.piece_indexes(site, "salt"))
    ways: list[str] = []
    monkeypatch.setattr(write._LastFile, "spliced", _counted(ways, "spliced", write._LastFile.spliced))
    monkeypatch.setattr(write, "join_pieces", _counted(ways, "joined", write.join_pieces))

    made.clear()
    again = _file_of_pieces(texts, notes, made)
    manifest, _ = write_site([again], site, previous=manifest, indexes=cache.piece_indexes(site, "salt"))
    assert sorted(made) == sorted(remade)
    assert ways == (["spliced"] if spliced else ["joined"])
    assert (site / "list.txt").read_bytes() == again.make()

    ways.clear()  # and where the pieces lie now is recorded truly: the last of each run, edited
    last = _file_of_pieces([*texts[:-1], texts[-1] + "!"], [*notes[:-1], *(note + "!" for note in notes[-1:])], made)
    write_site([last], site, previous=manifest, indexes=cache.piece_indexes(site, "salt"))
    assert ways == ["spliced"] and (site / "list.txt").read_bytes() == last.make()


def _counted(ways: list[str], way: str, function: Any) -> Any:
    def counted(*arguments: Any) -> Any:
        ways.append(way)
        return function(*arguments)

    return counted
