"""Ingest: a raw news article -> draft entries (a source, a new event or a timeline update).

The stages, in order, one module each:

    clean     raw text or HTML -> the article's lines, page furniture removed
    meta      headline, publisher, author, publication date
    extract   sentences -> frames (a sentence about a visit, with its leaders and places)
    assemble  frames -> draft events; a publication date where the article gives none
    match     drafts -> new events, or updates of events already in content/
    write     the entries as YAML (new files, or an appended timeline entry)

`ingest()` runs them for each article; all reading and checking happens before anything
is written. The rules come from content/: leaders' aliases, gazetteer.yaml, ingest-cues.yaml.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from tracker.ingest.match import Plan, plan_events, source_id
from tracker.ingest.rules import load_rules
from tracker.model import Content, PartialDate
from tracker.ingest.write import FileChange, apply_changes, changes_for

from tracker.problems import ContentError
from tracker.validate import load_content

from tracker.ingest.assemble import Published, draft_events
from tracker.ingest.clean import Article, InputError, read_article
from tracker.ingest.extract import EventDraft, Sentence, read_frames, split_sentences
from tracker.ingest.meta import SourceDraft, read_source
from tracker.ingest.rules import Rules, in_office
from tracker.ingest.when import find_dates

__all__ = ["Analysis", "InputError", "IngestResult", "analyse", "ingest"]


@dataclass(frozen=True)
class Analysis:
    """Everything read from one article, before it is compared with the content."""

    article: Article
    source: SourceDraft
    published: Published
    events: tuple[EventDraft, ...]
    warnings: tuple[str, ...]


def analyse(
    data: bytes,
    name: str,
    rules: Rules,
    today: dt.date,
    *,
    url: str | None = None,
    published: PartialDate | None = None,
) -> Analysis:
    """Read one article; raise InputError when it is no article or names no known leader.

    `url` is the page's address when the editor knows it (a saved page may not say it);
    `published` is a date the editor settles, and overrides whatever the page says.
    `today` bounds the dates inferred; nothing here reads the clock.
    """
    article = read_article(data, name, rules, today)
    source = read_source(article, rules, today, url=url)
    warnings = list(source.notes)
    sentences = split_sentences(source.body, source.title, rules)
    countries = {leader.country for leader in rules.leaders.values()}
    described = (hit.value.country in countries for s in sentences for hit in rules.titles.find(s.text))
    if not any(rules.names.find(s.text) for s in sentences) and not any(described):
        raise InputError(
            f"{name}: names none of the leaders in content/leaders/ (add the leader, or an alias, first)"
        )
    if published is not None:
        published_as = Published(published, "")
    elif source.published is not None:
        published_as = Published(source.published, "")
    else:
        # No guess: not the clock's year, not the latest year the text names. What depends
        # on the date (who was in office, news or a look back) is then left undecided.
        clue = ""
        if source.month_day is not None:
            month, day = source.month_day
            clue = f" (a date line gives {dt.date(2000, month, day):%B} {day} without the year)"
        published_as = Published(None, "unknown")
        warnings.append(
            f"publication date unknown: neither the page, its address nor its text gives it{clue};"
            " give it with --published YYYY-MM-DD"
        )
    frames, mentioned = read_frames(sentences, published_as.date, rules)
    events, found = draft_events(
        frames, sentences, published_as.date, rules, mentioned, source.dateline, source.filed_from
    )
    warnings.extend(found)
    if not events:
        warnings.append("the article reports no visit or meeting: a source entry only, no event")
    return Analysis(article, source, published_as, tuple(events), tuple(warnings))


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


def ingest(
    names: list[str],
    content_dir: Path,
    *,
    dry_run: bool = False,
    output: str = "yaml",
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    today: dt.date,
    url: str | None = None,
    published: PartialDate | None = None,
) -> list[IngestResult]:
    """Ingest each article in turn, each one seeing the entries the ones before it drafted.

    Everything is drafted and checked in a scratch copy of the content first; only then,
    unless `dry_run`, are the new and changed files written to `content_dir`.
    `today` bounds the dates read (the caller's clock; tests pin it); `url` and `published`
    are the page's address and an editor's date, for every article named.
    Raises ContentError when the content itself is broken, RulesError for bad rule files.
    """
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    # The content must be valid before we add to it; the rules (which ingest never
    # changes) are read once, from the real folder, so any message names the real file.
    rules = load_rules(content_dir, load_content(content_dir).leaders)
    results: list[IngestResult] = []
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch) / "content"
        shutil.copytree(content_dir, work)
        for name in names:
            result = IngestResult(name)
            results.append(result)
            try:
                data = _read(name, stdin)
            except OSError as error:
                result.error = f"{name}: cannot read ({error.strerror or error})"
                continue
            _ingest_one(result, data, work, rules, today, url, published)
            result.changes = [
                FileChange(content_dir / change.path.relative_to(work), change.text, change.create)
                for change in result.changes
            ]
        # Everything has been drafted and checked: now, and only now, touch content_dir.
        if not dry_run:
            apply_changes([change for result in results for change in result.changes])
    _report(results, output, dry_run, stdout)
    return results


def _read(name: str, stdin: TextIO) -> bytes:
    if name != "-":
        return Path(name).read_bytes()
    buffer = getattr(stdin, "buffer", None)
    return buffer.read() if buffer is not None else stdin.read().encode("utf-8")


def _ingest_one(
    result: IngestResult,
    data: bytes,
    work: Path,
    rules: Rules,
    today: dt.date,
    url: str | None = None,
    published: PartialDate | None = None,
) -> None:
    """Draft one article into the scratch content `work`, keeping it only if it loads."""
    content = load_content(work)
    try:
        analysis = analyse(data, result.name, rules, today, url=url, published=published)
    except InputError as error:
        result.error = str(error)
        return
    title = _title(analysis)
    publisher = analysis.source.publisher or "Unidentified publisher"
    published = analysis.published.date
    plans = plan_events(list(analysis.events), content, set(), (publisher, published) if published else None)
    sid = source_id(analysis.source, published, title)
    result.record = _record(analysis, sid, plans)
    if published is None:
        # A source needs its date; the editor settles it, and nothing is written till then.
        result.error = f"{result.name}: the publication date is unknown, so nothing is written (give it with --published YYYY-MM-DD)"
        return
    known = _known_source(content, sid, title, published)
    if known:
        result.unchanged = True
        result.record["source"]["id"] = known
        result.record["warnings"].append(f"already ingested: source {known} exists; nothing changed")
        return
    changes = changes_for(analysis, sid, title, plans, work)
    before = {change.path: change.path.read_text(encoding="utf-8") if change.path.exists() else None for change in changes}
    for change in changes:
        change.path.write_text(change.text, encoding="utf-8")
    try:
        load_content(work)
    except ContentError as error:
        for path, text in before.items():
            if text is None:
                path.unlink()
            else:
                path.write_text(text, encoding="utf-8")
        problems = "; ".join(str(problem) for problem in error.problems[:3])
        result.error = f"{result.name}: the draft would not pass the check, so nothing is written: {problems}"
        return
    result.changes = changes


def _known_source(content: Content, sid: str, title: str, published: PartialDate) -> str | None:
    """The ID of a source already in the content for this article: same ID, or same headline and date."""
    if sid in content.sources:
        return sid
    for source in content.sources.values():
        same_day = source.published.contains(published) or published.contains(source.published)
        if same_day and " ".join(source.title.split()).casefold() == " ".join(title.split()).casefold():
            return source.id
    return None


def _title(analysis: Analysis) -> str:
    if analysis.source.title:
        return analysis.source.title
    words = analysis.source.body[0].split() if analysis.source.body else ["Untitled"]
    return " ".join(words[:12]) + (" ..." if len(words) > 12 else "")


def _record(analysis: Analysis, sid: str, plans: list[Plan]) -> dict[str, Any]:
    source = analysis.source
    warnings = list(analysis.warnings)
    for plan in plans:
        warnings.extend(f"{plan.event_id}: {field}: {why}" for field, why in plan.draft.doubts.items())
        warnings.extend(f"{plan.event_id}: {note}" for note in plan.notes)
    return {
        "source": {
            "id": sid,
            "publisher": source.publisher,
            "title": _title(analysis),
            "published": str(analysis.published.date or "unknown"),
            "time": source.time,
            "author": source.author,
            "url": source.url,
        },
        "events": [
            {
                "action": plan.action,
                "id": plan.event_id,
                "kind": plan.draft.kind,
                "status": plan.draft.status.value,
                "date": str(plan.draft.date or "unknown"),
                "visitor": plan.draft.visitor,
                "host": plan.draft.host,
                "leaders": list(plan.draft.leaders),
                "place": {"city": plan.draft.place.city, "country": plan.draft.place.country},
            }
            for plan in plans
        ],
        "warnings": warnings,
    }


def _report(results: list[IngestResult], output: str, dry_run: bool, out: TextIO) -> None:
    """What happened, on standard output; errors go to stderr from the CLI (and, in JSON, here too)."""
    for result in results:
        if result.error:
            if output == "json":  # one object per article, even for one that failed, with what was read
                failed: dict[str, Any] = {"source": None, "events": [], "warnings": [], **result.record, "error": result.error}
                out.write(json.dumps(failed, ensure_ascii=False) + "\n")
            continue
        if output == "json":
            out.write(json.dumps(result.record, ensure_ascii=False, sort_keys=False) + "\n")
            continue
        out.write(f"# {result.name}\n")
        for change in result.changes:
            verb = ("would create" if change.create else "would update") if dry_run else (
                "created" if change.create else "updated"
            )
            out.write(f"# {verb} {change.path}\n")
            if dry_run:
                out.write(change.text + "\n")
        for warning in result.record.get("warnings", []):
            out.write(f"# warning: {warning}\n")
