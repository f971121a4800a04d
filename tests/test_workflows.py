"""The GitHub Actions workflows, as far as they can be tested offline: valid YAML, pinned
actions, the Makefile targets the README names, and those commands passing here."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from conftest import REPO, read_html

from tracker.cli import main, make_parser
from tracker.editors.linkcheck import broken_links

WORKFLOWS = REPO / ".github" / "workflows"
README = (REPO / "README.md").read_text(encoding="utf-8")
MAKEFILE = (REPO / "Makefile").read_text(encoding="utf-8")


def load(name: str) -> dict[str, Any]:
    workflow: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    workflow["on"] = workflow.pop(True)  # YAML 1.1 reads the key `on` as true
    return workflow


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def in_order(wanted: list[str], found: list[str]) -> bool:
    """`wanted` appear in `found` in this order (other steps may come between)."""
    remaining = iter(found)
    return all(item in remaining for item in wanted)


def commands(workflow: dict[str, Any]) -> list[str]:
    return [line.strip() for step in steps(workflow) if "run" in step for line in step["run"].splitlines() if line.strip()]


@pytest.mark.parametrize("name", ["pages.yml", "check.yml", "watch.yml"])
def test_each_workflow_pins_its_actions_and_runs_only_make_targets_the_readme_names(name: str) -> None:
    workflow = load(name)
    # Pinned to a commit, not to a tag that can move: what runs with the repository's
    # tokens is the code that was reviewed.
    uses = [step["uses"] for step in steps(workflow) if "uses" in step]
    assert uses and all(re.fullmatch(r"actions/[a-z-]+@[0-9a-f]{40}", use) for use in uses), uses
    targets = [command.split()[1] for command in commands(workflow) if command.startswith("make ")]
    assert targets
    for target in targets:
        assert re.search(rf"^{target}:", MAKEFILE, re.MULTILINE), f"make {target} is not in the Makefile"
        assert f"make {target}" in README, f"the README does not mention make {target}"


def test_pages_builds_for_the_pages_address_and_deploys_on_push_to_main() -> None:
    workflow = load("pages.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    uses = [step["uses"].split("@")[0] if "uses" in step else step["run"] for step in build["steps"]]
    assert in_order([
        "actions/checkout",
        "actions/setup-python",
        "actions/configure-pages",
        "make site BASE_URL=${{ steps.pages.outputs.base_url }}/",
        "actions/upload-pages-artifact",
    ], uses)
    by_action = dict(zip(uses, build["steps"]))
    assert by_action["actions/configure-pages"]["id"] == "pages"
    # setup-python's pip cache is keyed on a dependency file; ours is pyproject.toml.
    assert by_action["actions/setup-python"]["with"] == {"python-version": "3.11", "cache": "pip", "cache-dependency-path": "pyproject.toml"}
    assert by_action["actions/upload-pages-artifact"]["with"] == {"path": "site"}
    # A shallow clone has no corrections log: the build needs every commit.
    assert by_action["actions/checkout"]["with"] == {"fetch-depth": 0}
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_check_validates_tests_builds_and_checks_links_on_every_pull_request() -> None:
    workflow = load("check.yml")
    assert "pull_request" in workflow["on"]
    assert in_order([
        "make check AS_OF=$(git log -1 --format=%cs)",
        "make test",
        "make site BASE_URL=/${{ github.event.repository.name }}/",
        "make linkcheck BASE_URL=/${{ github.event.repository.name }}/",
    ], commands(workflow))


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_the_makefile_turns_the_pages_base_url_into_the_build_option() -> None:
    dry_run = subprocess.run(
        ["make", "-n", "-C", str(REPO), "site", "linkcheck", "BASE_URL=https://user.github.io/visit-tracker/"],
        capture_output=True, text=True, check=True,
    ).stdout
    assert "build.py --base-url https://user.github.io/visit-tracker/" in dry_run
    assert "build.py check --links site --base-url https://user.github.io/visit-tracker/" in dry_run


@pytest.mark.parametrize("base_url", ["https://user.github.io/visit-tracker/", "/visit-tracker/"])
def test_the_real_content_built_for_a_project_page_stays_under_its_sub_path(
    base_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    # What the workflows run, in order: check, build, link check.
    assert main(["check", "--content", str(REPO / "content")]) == 0
    assert main(["build", "--content", str(REPO / "content"), "--out", str(site), "--base-url", base_url]) == 0
    assert main(["check", "--content", str(REPO / "content"), "--links", str(site), "--base-url", base_url]) == 0
    assert capsys.readouterr().out.endswith(f"ok: every internal link in {site} works under {base_url}\n")
    assert broken_links(site, "/visit-tracker/") == []
    # Every address on every page either leaves for another site or stays under /visit-tracker/.
    escaping = []
    for page in sorted(site.rglob("*.html")):
        for element, attribute, link, _ in read_html(page).iterlinks():
            parts = urlsplit(link)
            if parts.scheme in ("", "http", "https") and parts.netloc in ("", "user.github.io"):
                if parts.path and not parts.path.startswith("/visit-tracker/") and not parts.path.startswith("#"):
                    escaping.append(f"{page.relative_to(site)}: {link}")
    listed = re.findall(r"<loc>(.*?)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8"))
    listed += re.findall(r"^Sitemap: (\S+)$", (site / "robots.txt").read_text(encoding="utf-8"), re.MULTILINE)
    assert len(listed) > 10
    escaping += [url for url in listed if not urlsplit(url).path.startswith("/visit-tracker/")]
    assert escaping == []


def test_check_links_names_a_link_that_escapes_the_sub_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site"
    assert main(["build", "--content", str(REPO / "content"), "--out", str(site), "--base-url", "/visit-tracker/"]) == 0
    page = site / "leaders" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</main>", '<a href="/events/">x</a></main>', 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "--content", str(REPO / "content"), "--links", str(site), "--base-url", "/visit-tracker/"]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if not line.startswith("warning: ")]  # overdue events
    assert errors == [
        f"{site}/leaders/index.html: /events/ (escapes the site's base path /visit-tracker/)",
        f"1 broken link(s) in {site}.",
    ]


def test_the_workflows_are_valid_github_actions_workflows() -> None:
    """Against the workflow schema GitHub's editor uses (SchemaStore's, shipped with check-jsonschema)."""
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
         *sorted(str(path) for path in WORKFLOWS.glob("*.yml"))],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok -- validation done"


def test_check_links_without_a_built_site_says_to_build_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--content", str(REPO / "content"), "--links", str(tmp_path / "site")]) == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if not line.startswith("warning: ")]  # overdue events
    assert errors == [f"error: no site in {tmp_path / 'site'} (build it first: make site)"]


def test_watch_drafts_from_the_feeds_daily_into_one_pull_request_and_publishes_nothing() -> None:
    workflow = load("watch.yml")
    assert set(workflow["on"]) == {"schedule", "workflow_dispatch"}
    assert re.fullmatch(r"\d+ \d+ \* \* \*", workflow["on"]["schedule"][0]["cron"])  # once a day
    # It may push a branch and open a pull request; it cannot deploy Pages or touch anything else.
    assert workflow["permissions"] == {"contents": "write", "pull-requests": "write"}
    branch = workflow["env"]["BRANCH"]
    assert branch != "main"
    run = commands(workflow)
    assert in_order([
        "make check",
        ".venv/bin/python build.py ingest --watch --format markdown > drafts.md || status=$?",
        "git add content",
        'git push --force-with-lease origin "$BRANCH"',
    ], run)
    # One pull request from the fixed branch: opened when none is open, else its description updated.
    assert any(line.startswith('gh pr create --base main --head "$BRANCH" ') and "--body-file body.md" in line for line in run)
    assert 'gh pr edit "$BRANCH" --body-file description.md' in run
    assert not any("main" in line for line in run if line.startswith("git push"))
    # The options the workflow gives ingest exist.
    help_text = make_parser()._subparsers._group_actions[0].choices["ingest"].format_help()  # type: ignore[union-attr]
    assert "--watch" in help_text and "markdown" in help_text
