"""The Markdown summary that becomes a pull request's description: text from web pages is
shown as written and can never become a link, a mention or markup."""

from __future__ import annotations

from pathlib import Path

from tracker.ingest.drafts import FileChange
from tracker.ingest.report import IngestResult, markdown


def test_text_from_a_page_stays_inert_in_the_description() -> None:
    hostile = "Kim @everyone [win](javascript:alert(1)) `code` <img src=x onerror=alert(1)>\n## heading"
    result = IngestResult(
        "https://example.org/a",
        record={"source": {"title": hostile}, "warnings": [f"publisher {hostile}"]},
        changes=[FileChange(Path("content/sources/a.yaml"), "x", True)],
    )
    failed = IngestResult("https://example.org/b", error="https://example.org/b: the server answered 404 Not Found")
    body = markdown([result, failed], [], dry_run=False)
    inert = "`Kim @everyone [win](javascript:alert(1)) 'code' <img src=x onerror=alert(1)> ## heading`"
    assert f"### 1. {inert}" in body.splitlines()
    assert f"- check: `publisher {inert[1:]}" in body.splitlines()
    assert "- created `content/sources/a.yaml`" in body.splitlines()
    assert "- `https://example.org/b: the server answered 404 Not Found`" in body.splitlines()
    # Every line holding page text keeps it inside one code span.
    assert all(line.count("`") % 2 == 0 for line in body.splitlines())
