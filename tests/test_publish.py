"""What GitHub Pages needs from the build: a CNAME file for a custom domain, none without one."""

from __future__ import annotations

from conftest import FIXTURE_CONTENT

from tracker.content.validate import validate_content
from tracker.pipeline import render_content
from tracker.settings import Settings


def test_a_cname_setting_writes_the_cname_file() -> None:
    files = render_content(validate_content(FIXTURE_CONTENT), Settings(cname="visits.example.org"))
    assert files["CNAME"] == b"visits.example.org\n"


def test_no_cname_setting_writes_no_cname_file() -> None:
    assert "CNAME" not in render_content(validate_content(FIXTURE_CONTENT), Settings())
