"""The whole build, top to bottom: read and check everything, then write."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tracker.calendar_ics import EventCache, render_ics
from tracker.dataset import render_csv, render_json
from tracker.feeds import EntryCache, render_atom
from tracker.model import Content
from tracker.pages import build_pages
from tracker.provenance import Provenance, read_provenance
from tracker.render import SiteFiles, render_site
from tracker.settings import Settings
from tracker.subscriptions import subscriptions
from tracker.urls import Urls
from tracker.validate import load_content
from tracker.write import FinishingStep, check_output_folder, write_site


def render_content(content: Content, settings: Settings, provenance: Provenance = Provenance()) -> SiteFiles:
    """Every file of the site for validated content (and what git knows of it); pure, so tests can call it directly."""
    urls = Urls.from_base_url(settings.base_url)
    pages = build_pages(content, urls, provenance, settings)
    files = render_site(pages, settings, urls)
    for event_page in pages.events:  # "Cite this entry" as a file too, for reference managers
        if event_page.cite:
            files[Urls.citation_path(event_page.id)] = event_page.cite.csl_json().encode("utf-8")
    # The same data for feed readers, calendars and researchers .
    entries: EntryCache = {}
    vevents: EventCache = {}
    for subscription in subscriptions(content):  # the whole site's, each leader's, each pair's
        files[f"{subscription.page}feed.xml"] = render_atom(content, settings, urls, subscription, entries)
        files[f"{subscription.page}events.ics"] = render_ics(content, settings, urls, subscription, vevents)
    files["events.json"] = render_json(content, settings, urls)
    files["events.csv"] = render_csv(content, settings, urls)
    return files


def build_site(
    content_dir: Path,
    out: Path,
    settings: Settings,
    finishing: Iterable[FinishingStep] = (),
) -> SiteFiles:
    """Validate `content_dir`, render, and swap the result into `out`.

    Raises ContentError (nothing written) when the content has problems, and
    OutputFolderError when `out` is a folder the build must not replace.
    """
    check_output_folder(out, content_dir)
    content = load_content(content_dir, settings.max_file_bytes)
    provenance = read_provenance(content_dir, content)  # git and the entries' bytes, read here once
    files = render_content(content, settings, provenance)
    write_site(files, out, finishing)
    return files
