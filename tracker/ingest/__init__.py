"""Ingest: a raw news article -> draft entries (a source, a new event or a timeline update).

The stages, in order, one module each:

    fetch     a file, standard input or an http(s) address -> bytes (feed: a news feed's items)
    clean     raw text or HTML -> the article's lines, page furniture removed
    meta      headline, publisher, author, publication date
    gloss     a page in another language: the words the rules turn on, in English
    extract   sentences -> frames (a sentence about a visit, with its leaders and places)
    assemble  frames -> draft events; a publication date where the article gives none
    match     drafts -> new events, or updates of events already in content/
    write     the entries as YAML (new files, or an appended timeline entry), all or none
    report    what happened: YAML comments, JSON lines, or Markdown for a pull request

`ingest()` runs them for each article; all reading and checking happens before anything
is written, under a lock on the content folder. The rules come from content/: leaders' aliases, gazetteer.yaml, ingest-cues.yaml.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TextIO

from tracker.content.model import Content, DatePrecision, PartialDate
from tracker.content.problems import ContentError
from tracker.content.validate import validate_content
from tracker.ingest.assemble import Published, draft_events
from tracker.ingest.clean import Article, InputError, foreign_language, read_article
from tracker.ingest.drafts import LOCK_FILE, FileChange, apply_changes, changes_for, locked
from tracker.ingest.extract import EventDraft, Sentence, read_frames, split_sentences
from tracker.ingest.feed import Selection, address_key, read_feed, select
from tracker.ingest.fetch import TIMEOUT, is_url, read_input
from tracker.ingest.match import Plan, plan_events, source_id
from tracker.ingest.meta import SourceDraft, read_source
from tracker.ingest.report import IngestResult, report
from tracker.ingest.rules import Rules, load_rules
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
    language = foreign_language(article)
    glossed: str | None = None
    if language:
        # The cue words are English: the page's own words that matter are glossed into it.
        declared = article.html.language if article.html else None
        glossed = rules.glossary.language_of(source.body, declared)
        if source.published is None:
            # A date line in the page's language ("8 Luglio 2024", "5 de março de 2023"), read
            # as glossed: the page's own date, as an English one would be.
            in_english = replace(
                article,
                lines=tuple(rules.glossary.gloss(line, glossed) for line in article.lines),
                raw=tuple(rules.glossary.gloss(line, glossed) for line in article.raw),
            )
            dated = read_source(in_english, rules, today, url=url)
            if dated.published is not None:
                source = replace(source, published=dated.published, month_day=None)
        body = tuple(rules.glossary.gloss(line, glossed) for line in source.body)
        headline = source.title and rules.glossary.gloss(source.title, glossed)
    else:
        body, headline = source.body, source.title
    # An address's words are the weakest witness of what a page reports: read only where the
    # text itself reports nothing (below).
    sentences = split_sentences(body, None if source.title_from_address else headline, rules)
    countries = {leader.country for leader in rules.leaders.values()}
    described = (hit.value.country in countries for s in sentences for hit in rules.titles.find(s.text))
    unread = (
        f"the page is in {language}, and the ingester reads English: it read the page through a"
        " glossary of the words that matter (content/ingest-cues.yaml), not its every word; check"
        " each field against the page (or ingest an English report of it)"
    ) if language and rules.glossary.knows(glossed) else (
        f"the page is in {language}, which the ingester cannot read: content/ingest-cues.yaml has"
        " no glossary of it, so only the leaders', places' and countries' names were read; check"
        " each field against the page (add the language's words to the glossary, or ingest an"
        " English report of it)"
    ) if language else None
    if not any(rules.names.find(s.text) for s in sentences) and not any(described):
        raise InputError(
            f"{name}: names none of the leaders in content/leaders/ (add the leader, or an alias, first)"
            + (f"; {unread}" if unread else "")
        )
    if unread:
        warnings.append(unread)
    dated_by_text = _year_from_text(source.month_day, sentences, rules)
    if published is not None:
        published_as = Published(published, "")
    elif source.published is not None:
        published_as = Published(source.published, "")
    elif dated_by_text is not None:
        year_from_text, mention = dated_by_text
        published_as = Published(year_from_text, "")
        warnings.append(
            f"publication date {year_from_text}: the date line gives {year_from_text.first_day():%B}"
            f" {year_from_text.day} without the year,"
            f" taken from {mention!r} in the text; check it (or give it with --published)"
        )
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
    # A page with no date of its own that reprints a dated report reads its story from the
    # report's day ("on Sunday", "May 3"), though the page itself stays undated.
    counted_from = published_as if published_as.date is not None or source.reported is None else Published(source.reported, "")
    events, found = _drafts(sentences, counted_from, source, rules)
    if not events and source.title_from_address:
        events, found = _drafts(split_sentences(body, headline, rules), counted_from, source, rules)
    warnings.extend(found)
    if not events:
        warnings.append("the article reports no visit or meeting: a source entry only, no event")
    return Analysis(article, source, published_as, tuple(events), tuple(warnings))


def _drafts(sentences: list[Sentence], published_as: Published, source: SourceDraft, rules: Rules) -> tuple[list[EventDraft], list[str]]:
    """The events the sentences report, and what the editor should check of them."""
    frames, mentioned = read_frames(sentences, published_as.date, rules)
    return draft_events(frames, sentences, published_as.date, rules, mentioned, source.dateline, source.filed_from, source.opened_from)


def _year_from_text(
    month_day: tuple[int, int] | None, sentences: list[Sentence], rules: Rules
) -> tuple[PartialDate, str] | None:
    """A year-less date line's year, from the one year of the full dates the text gives up
    to a month before that day ("Pyongyang, September 18 (KCNA) -- ... his visit from
    September 12 to 17, 2023"): news reports what has just happened; else from the one
    anniversary it marks ("the 80th anniversary of the end of the war"). None unless one year fits.
    A full date older than a month the text names with its year is history, not the news
    ("a decree of July 1, 1998 restored the order", on a page that names April 2019): a page
    is not dated before what it reports."""
    if month_day is None:
        return None
    fits: dict[int, str] = {}
    years: dict[int, str] = {}  # of the anniversaries the text marks ("the 80th anniversary of the war's end")
    latest_month = 0  # the latest year of a month or a day the text names with its year
    for sentence in sentences:
        for mention in find_dates(sentence.text, None, rules, False):
            if mention.kind == "anniversary" and mention.date is not None:
                years.setdefault(mention.date.year, mention.text)
            if mention.kind in ("full", "range", "month-year") and mention.date is not None:
                latest_month = max(latest_month, (mention.end or mention.date).year)
            last = mention.end or mention.date
            if mention.kind not in ("full", "range") or last is None or last.precision is not DatePrecision.DAY:
                continue
            try:
                day = dt.date(last.year, *month_day)
            except ValueError:
                continue
            if 0 <= (day - last.first_day()).days <= 31:
                fits.setdefault(last.year, mention.text)
    fits = {year: text for year, text in fits.items() if year >= latest_month}
    if not fits and len(years) == 1:
        fits = years  # an anniversary is marked in its year
    if len(fits) != 1:
        return None
    ((year, text),) = fits.items()
    return PartialDate(year, *month_day), text


@dataclass(frozen=True)
class Page:
    """One thing to ingest: where it is, and what the editor or a feed says about it."""

    name: str
    """A path, an http(s) address, or "-" for standard input; messages name it."""
    url: str | None = None
    """The page's address, recorded in its source entry."""
    published: PartialDate | None = None
    """A date the editor settled, which overrides the page's."""
    feed_date: PartialDate | None = None
    """The day a feed dates the item: used only when the page itself gives no date."""


def ingest(
    names: list[str],
    content_dir: Path,
    *,
    feeds: tuple[str, ...] = (),
    url: str | None = None,
    published: PartialDate | None = None,
    timeout: float = TIMEOUT,
    dry_run: bool = False,
    output: str = "yaml",
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    today: dt.date,
) -> list[IngestResult]:
    """Ingest each article in turn, each one seeing the entries the ones before it drafted.

    `names` are files, http(s) addresses or "-"; `url` and `published` (the page's address
    and an editor's date) apply to each of them; `today` bounds the dates read (the caller's
    clock; tests pin it). Each feed adds its new items that name a tracked leader (see `feed.select`).
    Everything is drafted and checked in a scratch copy of the content first; only then,
    unless `dry_run`, are the new and changed files written to `content_dir`, all or none,
    under a lock so that two runs cannot undo each other's updates.
    Raises ContentError when the content itself is broken, RulesError for bad rule files,
    WriteError when the files cannot be written (then none is).
    """
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    results: list[IngestResult] = []
    selections: list[Selection] = []
    with nullcontext() if dry_run else locked(content_dir):
        # The content must be valid before we add to it. This is its one full check before
        # each draft's own. The rules (which ingest never changes) are read from the real
        # folder, so any message names the real file.
        content = validate_content(content_dir)
        rules = load_rules(content_dir, content.leaders)
        pages = [Page(name, url=url or (name if is_url(name) else None), published=published) for name in names]
        known = {address_key(source.url) for source in content.sources.values() if source.url}
        for feed in feeds:
            try:
                items = read_feed(feed, stdin, timeout)
            except InputError as error:
                results.append(IngestResult(feed, error=str(error)))
                continue
            selections.append(select(feed, items, rules.names, known))
            pages += [Page(item.link, url=item.link, feed_date=item.published) for item in selections[-1].to_draft]
        with tempfile.TemporaryDirectory() as scratch:
            work = Path(scratch) / "content"
            shutil.copytree(content_dir, work, ignore=shutil.ignore_patterns(LOCK_FILE))
            originals: dict[Path, str | None] = {}  # each file the drafts touch, as it was (None: new)
            for page in pages:
                result = IngestResult(page.name)
                results.append(result)
                try:
                    data = read_input(page.name, stdin, timeout)
                except InputError as error:
                    result.error = str(error)
                    continue
                content = _ingest_one(result, data, page, work, content, rules, today, originals)
            changes = [
                FileChange(content_dir / path, (work / path).read_text(encoding="utf-8"), before is None, before)
                for path, before in originals.items()
            ]
            for result in results:
                result.changes = [replace(change, path=content_dir / change.path.relative_to(work)) for change in result.changes]
        # Everything has been drafted and checked: now, and only now, touch content_dir.
        if not dry_run:
            apply_changes(changes)
    report(results, selections, output, dry_run, stdout)
    return results


def _ingest_one(
    result: IngestResult,
    data: bytes,
    page: Page,
    work: Path,
    content: Content,
    rules: Rules,
    today: dt.date,
    originals: dict[Path, str | None],
) -> Content:
    """Draft one article into the scratch content `work`, keeping it only if it passes the
    check; return the content as it now is (checked once, here, for the next article)."""
    try:
        analysis = analyse(data, result.name, rules, today, url=page.url, published=page.published)
        if page.feed_date and analysis.published.date is None:
            analysis = analyse(data, result.name, rules, today, url=page.url, published=page.feed_date)
            analysis = replace(analysis, warnings=(
                *analysis.warnings, f"publication date {page.feed_date} from the feed: the page gives none"
            ))
    except InputError as error:
        result.error = str(error)
        return content
    title = _title(analysis)
    publisher = analysis.source.publisher or "Unidentified publisher"
    published = analysis.published.date
    plans = plan_events(list(analysis.events), content, set(), (publisher, published) if published else None)
    sid = source_id(analysis.source, published, title)
    result.record = _record(analysis, sid, plans)
    if published is None:
        # A source needs its date; the editor settles it, and nothing is written till then.
        result.error = f"{result.name}: the publication date is unknown, so nothing is written (give it with --published YYYY-MM-DD)"
        return content
    known = _known_source(content, sid, title, published)
    if known:
        result.unchanged = True
        result.record["source"]["id"] = known
        result.record["warnings"].append(f"already ingested: source {known} exists; nothing changed")
        return content
    changes = changes_for(analysis, sid, title, plans, work, content)
    before = {change.path: change.path.read_text(encoding="utf-8") if change.path.exists() else None for change in changes}
    for change in changes:
        change.path.write_text(change.text, encoding="utf-8")
    try:
        checked = validate_content(work)
    except ContentError as error:
        for path, text in before.items():
            if text is None:
                path.unlink()
            else:
                path.write_text(text, encoding="utf-8")
        problems = "; ".join(str(problem) for problem in error.problems[:3])
        result.error = f"{result.name}: the draft would not pass the check, so nothing is written: {problems}"
        return content
    for path, text in before.items():
        originals.setdefault(path.relative_to(work), text)
    result.changes = changes
    return checked


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
