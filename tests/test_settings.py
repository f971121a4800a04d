import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import FIXTURE_CONTENT, REPO

from tracker.cli import main
from tracker.settings import Settings, SettingsError, read_settings


def test_the_project_settings_are_valid() -> None:
    settings = read_settings()
    assert settings.title and settings.base_url == "/"


def test_missing_file_or_table_gives_working_defaults(tmp_path: Path) -> None:
    assert read_settings(tmp_path / "absent.toml") == Settings()
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert read_settings(tmp_path / "pyproject.toml") == Settings()


def test_an_unknown_setting_is_named(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.tracker]\ntitel = "x"\n')
    with pytest.raises(SettingsError) as error:
        read_settings(path)
    assert str(error.value) == f"{path}: [tool.tracker]: unknown setting(s) titel (known: title, description, base_url, cname, max_file_bytes, feeds)"


def test_a_bad_base_url_is_named(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.tracker]\nbase_url = "repo"\n')
    with pytest.raises(SettingsError, match="must start with /"):
        read_settings(path)


def test_command_line_values_override_and_none_leaves_alone() -> None:
    assert Settings().with_overrides(base_url="/v/", title=None) == Settings(base_url="/v/")


# --- cname: a custom domain for GitHub Pages ---


def test_a_cname_is_read_and_checked(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.tracker]\ncname = "visits.example.org"\n')
    assert read_settings(path).cname == "visits.example.org"
    path.write_text('[tool.tracker]\ncname = "https://visits.example.org/"\n')
    with pytest.raises(SettingsError) as error:
        read_settings(path)
    assert str(error.value) == (
        f"{path}: [tool.tracker]: cname 'https://visits.example.org/' must be a bare host name such as "
        "visits.example.org (no https://, no path)"
    )


def test_the_size_limit_is_a_whole_number_setting(tmp_path: Path) -> None:
    project = tmp_path / "pyproject.toml"
    project.write_text("[tool.tracker]\nmax_file_bytes = 2000\n", encoding="utf-8")
    assert read_settings(project).max_file_bytes == 2000
    for wrong in ('"2000"', "true", "0"):
        project.write_text(f"[tool.tracker]\nmax_file_bytes = {wrong}\n", encoding="utf-8")
        with pytest.raises(SettingsError, match="max_file_bytes should be a"):
            read_settings(project)


def test_the_size_limit_setting_reaches_check(
    content_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "pyproject.toml"
    project.write_text("[tool.tracker]\nmax_file_bytes = 300\n", encoding="utf-8")
    monkeypatch.setattr("tracker.cli.read_settings", lambda: read_settings(project))
    assert main(["check", "--content", str(content_dir)]) == 1
    assert "vladivostok-2019.yaml:1: is larger than the limit of 300 bytes" in capsys.readouterr().err
def test_an_installed_copy_says_the_tracker_runs_from_its_checkout(tmp_path: Path) -> None:
    """`pip install .` copies only the packages pyproject.toml lists, without templates/,
    schema/ or the settings beside them: that copy must say so plainly (exit code 2), not
    crash or build with default settings. The copy is made here as the wheel would hold it
    (a real `pip install .` needs the network for its build tools)."""
    installed = tmp_path / "installed"
    packages = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    for package in packages:
        folder = Path(*package.split("."))
        (installed / folder).mkdir(parents=True)
        for module in (REPO / folder).glob("*.py"):
            shutil.copy2(module, installed / folder / module.name)
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(FIXTURE_CONTENT, elsewhere / "content")
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from tracker.cli import main; sys.exit(main(sys.argv[1:]))", "build"],
        cwd=elsewhere, env={**os.environ, "PYTHONPATH": str(installed)},
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.stderr == (
        f"error: {installed} has no templates/, schema/ or pyproject.toml beside the tracker package: "
        "the tracker runs from its checkout (run it there, installed with pip install -e . or make site)\n"
    )
    assert result.returncode == 2
    assert not (elsewhere / "site").exists()


# --- feeds: the news feeds `ingest --watch` reads ---


def test_feeds_are_a_list_of_addresses(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.tracker]\nfeeds = ["https://example.org/rss.xml", "http://example.net/atom"]\n')
    assert read_settings(path).feeds == ("https://example.org/rss.xml", "http://example.net/atom")
    assert Settings().feeds == ()


@pytest.mark.parametrize("value", ['"https://example.org/rss.xml"', '["feeds.example.org/rss"]', "[1]"])
def test_feeds_that_are_not_a_list_of_addresses_are_named(tmp_path: Path, value: str) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(f"[tool.tracker]\nfeeds = {value}\n")
    with pytest.raises(SettingsError) as error:
        read_settings(path)
    assert str(error.value).startswith(f"{path}: [tool.tracker]: feeds should be a list of http(s) addresses, e.g.")
