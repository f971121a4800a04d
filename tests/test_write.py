"""The output folder: the build replaces it whole, so it refuses any folder it did not make
and never touches the project it reads from."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURE_CONTENT, run_build_py
from tracker.write import MARKER, OutputFolderError, check_output_folder, write_site


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
        write_site(files, notes)
    assert f"it is not empty and has no {MARKER}, so the build did not make it" in str(error.value)
    assert every_file(notes) == {"todo.txt": b"mine"}

    empty = tmp_path / "empty"
    empty.mkdir()
    write_site(files, empty)
    assert sorted(every_file(empty)) == [MARKER, "index.html"]
    write_site({"about.html": b"x"}, empty)  # made by the build now: replaced whole
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
