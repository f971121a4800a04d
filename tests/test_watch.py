"""The news watch, run as GitHub would run it, offline: the workflow's own shell steps in a
scratch repository whose `origin` is a local bare repository, the feed served from
127.0.0.1, and a stand-in for the `gh` command that keeps its one pull request in files."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO, PageServer

FAKE_GH = """#!{python}
# Stands in for GitHub's `gh`: one pull request, kept in files beside this script.
import pathlib, sys
here = pathlib.Path(__file__).parent
args = sys.argv[1:]
with (here / "calls").open("a") as calls:
    calls.write(" ".join(args) + "\\n")
if args[:2] == ["pr", "view"]:
    if not (here / "state").exists():
        sys.exit("no pull requests found")
    print((here / ("state" if "state" in args else "body")).read_text().rstrip("\\n"))
elif args[:2] in (["pr", "create"], ["pr", "edit"]):
    (here / "body").write_text(pathlib.Path(args[args.index("--body-file") + 1]).read_text())
    (here / "state").write_text("OPEN")
else:
    sys.exit(f"unexpected gh call: {{args}}")
"""


def git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, text=True).stdout


def workflow() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((REPO / ".github" / "workflows" / "watch.yml").read_text(encoding="utf-8"))
    return loaded


def run_the_watch(workspace: Path, origin: Path, env: dict[str, str]) -> None:
    """What a scheduled run does: a fresh checkout of origin (all history), then the steps."""
    if workspace.exists():
        shutil.rmtree(workspace)
    subprocess.run(["git", "clone", "--quiet", str(origin), str(workspace)], check=True)
    venv = workspace / ".venv" / "bin"
    venv.mkdir(parents=True)
    (venv / "python").write_text(f'#!/bin/sh\nexec {sys.executable} "$@"\n')
    (venv / "python").chmod(0o755)
    steps = {step.get("name"): step for step in workflow()["jobs"]["watch"]["steps"]}
    for name in ("Start from the drafts branch", "Draft entries from the watched feeds", "Open or update the pull request"):
        result = subprocess.run(["bash", "-e", "-c", steps[name]["run"]], cwd=workspace, env=env, capture_output=True, text=True)
        assert result.returncode == 0, f"{name}: {result.stdout}{result.stderr}"


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_watch_opens_one_pull_request_then_adds_to_it(tmp_path: Path, page_server: PageServer) -> None:
    # A project with one watched feed, pushed to a local "origin".
    project = tmp_path / "project"
    for folder in ("tracker", "content", "schema", "templates"):
        shutil.copytree(REPO / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__", ".ingest.lock"))
    shutil.copy(REPO / "build.py", project)
    # The project's own feeds give way to the one served here (the watch never goes online).
    pyproject = re.sub(r"(?ms)^feeds = \[.*?\]\n", "", (REPO / "pyproject.toml").read_text(encoding="utf-8"))
    (project / "pyproject.toml").write_text(pyproject + f'feeds = ["{page_server.base}/feed.rss"]\n', encoding="utf-8")
    (project / ".gitignore").write_text(".venv/\n.ingest.lock\n__pycache__/\ndrafts.md\nbody.md\ndescription.md\n")
    git(project, "init", "--quiet", "--initial-branch=main")
    git(project, "-c", "user.name=Maintainer", "-c", "user.email=m@example.org", "add", ".")
    git(project, "-c", "user.name=Maintainer", "-c", "user.email=m@example.org", "commit", "--quiet", "-m", "Start")
    origin = tmp_path / "origin.git"
    subprocess.run(["git", "clone", "--quiet", "--bare", str(project), str(origin)], check=True)
    main_before = git(origin, "rev-parse", "main")

    gh = tmp_path / "gh-bin"
    gh.mkdir()
    (gh / "gh").write_text(FAKE_GH.format(python=sys.executable))
    (gh / "gh").chmod(0o755)
    env = {**os.environ, "PATH": f"{gh}{os.pathsep}{os.environ['PATH']}", "GH_TOKEN": "not-needed",
           "BRANCH": workflow()["env"]["BRANCH"]}
    branch = env["BRANCH"]

    # First day: two items name a leader; one pull request is opened with both.
    run_the_watch(tmp_path / "day1", origin, env)
    calls = (gh / "calls").read_text().splitlines()
    assert [call for call in calls if call.startswith(("pr create", "pr edit"))] == [
        f"pr create --base main --head {branch} --title Drafts from the news (review before merging) --body-file body.md"
    ]
    body = (gh / "body").read_text()
    assert "### 1. `Putin arrives in Pyongyang on state visit`" in body
    source = "content/sources/daily-example-2024-06-19-putin-arrives-in-pyongyang-on-state.yaml"
    assert f"- created `{source}`" in body
    drafted = git(origin, "show", f"{branch}:{source}")
    assert "title: Putin arrives in Pyongyang on state visit" in drafted and f"url: {page_server.base}/" in drafted
    assert git(origin, "rev-parse", "main") == main_before  # nothing published

    # Second day: a new item; the same pull request gains it, yesterday's drafts kept.
    feed = page_server.folder / "feed.rss"
    new_item = (
        "<item><title>Putin and Kim sign mutual defence pact</title>"
        f"<link>{page_server.base}/2024/06/19/pact-signed.html</link>"
        "<pubDate>Wed, 19 Jun 2024 18:00:00 +0900</pubDate></item>\n</channel>"
    )
    feed.write_text(feed.read_text(encoding="utf-8").replace("</channel>", new_item), encoding="utf-8")
    run_the_watch(tmp_path / "day2", origin, env)
    calls = (gh / "calls").read_text().splitlines()
    assert [call.split(" --")[0] for call in calls if call.startswith(("pr create", "pr edit"))] == [
        "pr create", f"pr edit {branch}"
    ]
    body = (gh / "body").read_text()
    assert "`Putin and Kim sign mutual defence pact in Pyongyang`" in body  # today's
    assert "`Putin arrives in Pyongyang on state visit`" in body  # yesterday's, further down
    assert body.index("mutual defence pact") < body.index("Putin arrives in Pyongyang")
    log = git(origin, "log", "--format=%s", f"main..{branch}").splitlines()
    assert len(log) == 2 and all(subject.startswith("Drafts from the news, ") for subject in log)
    assert git(origin, "rev-parse", "main") == main_before

    # Third day: nothing new in the feed; the pull request is left alone.
    run_the_watch(tmp_path / "day3", origin, env)
    assert len((gh / "calls").read_text().splitlines()) == len(calls) + 1  # only the look at its state
    assert len(git(origin, "log", "--format=%s", f"main..{branch}").splitlines()) == 2
