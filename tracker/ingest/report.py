"""What an ingest run did, for a person (YAML comments), a script (JSON lines) or a pull
request's description (Markdown). Errors also go to stderr, from the command line."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Any, TextIO

from tracker.ingest.drafts import FileChange
from tracker.ingest.feed import Selection

FORMATS = ("yaml", "json", "markdown")

MARKDOWN_LIMIT = 60_000
"""GitHub refuses a pull request description over 65,536 characters."""


@dataclass
class IngestResult:
    """What happened to one article: the JSON form scripts read, and the files touched."""

    name: str
    record: dict[str, Any] = field(default_factory=dict)
    """{"source": ..., "events": [...], "warnings": [...]}."""
    changes: list[FileChange] = field(default_factory=list)
    error: str | None = None
    unchanged: bool = False
    """True when the article was ingested before: nothing to change."""


def report(results: list[IngestResult], selections: list[Selection], output: str, dry_run: bool, out: TextIO) -> None:
    """Write what happened to `out` in the `output` format."""
    if output == "json":
        _json(results, selections, out)
    elif output == "markdown":
        text = markdown(results, selections, dry_run)
        if len(text) > MARKDOWN_LIMIT:
            text = text[:MARKDOWN_LIMIT] + "\n\n(cut here: too long for a pull request description; run ingest locally for the rest)\n"
        out.write(text)
    else:
        _yaml(results, selections, dry_run, out)


def _verb(change: FileChange, dry_run: bool) -> str:
    if dry_run:
        return "would create" if change.create else "would update"
    return "created" if change.create else "updated"


def _yaml(results: list[IngestResult], selections: list[Selection], dry_run: bool, out: TextIO) -> None:
    for selection in selections:
        out.write(f"# feed {selection.summary()}\n")
    for result in results:
        if result.error:
            continue
        out.write(f"# {result.name}\n")
        for change in result.changes:
            out.write(f"# {_verb(change, dry_run)} {change.path}\n")
            if dry_run:
                out.write(change.text + "\n")
        for warning in result.record.get("warnings", []):
            out.write(f"# warning: {warning}\n")


def _json(results: list[IngestResult], selections: list[Selection], out: TextIO) -> None:
    """One object per article, even for one that failed; feed summaries on stderr."""
    for selection in selections:
        print(f"feed {selection.summary()}", file=sys.stderr)
    for result in results:
        if result.error:
            # What was read, when anything was (an undated page is drafted, then held back).
            failed: dict[str, Any] = {"source": None, "events": [], "warnings": [], **result.record, "error": result.error}
            out.write(json.dumps(failed, ensure_ascii=False) + "\n")
        else:
            out.write(json.dumps(result.record, ensure_ascii=False, sort_keys=False) + "\n")


def _code(text: str) -> str:
    """Text from a web page as a Markdown code span: shown as written, never a link, a
    mention or markup (a backtick inside could close the span, so it becomes a quote)."""
    return "`" + " ".join(text.replace("`", "'").split()) + "`"


def markdown(results: list[IngestResult], selections: list[Selection], dry_run: bool) -> str:
    """A pull request description: each article with its files and warnings, then failures."""
    drafted = [result for result in results if not result.error and result.changes]
    known = [result for result in results if not result.error and not result.changes]
    failed = [result for result in results if result.error]
    lines = [
        "Draft entries from the news, written by `python build.py ingest` for an editor to review.",
        "Nothing is published until this pull request is merged.",
        "",
        "Each guess is marked `# check:` in the files. Correct the drafts on this branch (write the",
        "summaries and notes in our own words), then merge; or close the pull request to drop them.",
    ]
    if not drafted:
        lines += ["", "No new drafts."]
    for number, result in enumerate(drafted, 1):
        title = result.record.get("source", {}).get("title") or result.name
        lines += ["", f"### {number}. {_code(title)}", "", _code(result.name), ""]
        lines += [f"- {_verb(change, dry_run)} `{change.path}`" for change in result.changes]
        lines += [f"- check: {_code(warning)}" for warning in result.record.get("warnings", [])]
    if known:
        lines += ["", "### Already ingested, nothing changed", ""]
        lines += [f"- {_code(result.name)}" for result in known]
    if failed:
        lines += ["", "### Not ingested", ""]
        lines += [f"- {_code(result.error or '')}" for result in failed]
    if selections:
        lines += ["", "### Feeds read", ""]
        lines += [f"- {_code(selection.summary())}" for selection in selections]
    return "\n".join(lines) + "\n"
