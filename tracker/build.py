"""The whole build, top to bottom: read and check everything, then write."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tracker.model import Content
from tracker.pages import build_pages
from tracker.render import SiteFiles, render_site
from tracker.settings import Settings
from tracker.urls import Urls
from tracker.validate import load_content
from tracker.write import FinishingStep, write_site


def render_content(content: Content, settings: Settings) -> SiteFiles:
    """Every file of the site for validated content; pure, so tests can call it directly."""
    urls = Urls.from_base_url(settings.base_url)
    return render_site(build_pages(content, urls), settings, urls)


def build_site(
    content_dir: Path,
    out: Path,
    settings: Settings,
    finishing: Iterable[FinishingStep] = (),
) -> SiteFiles:
    """Validate `content_dir`, render, and swap the result into `out`.

    Raises ContentError (nothing written) when the content has problems.
    """
    content = load_content(content_dir)
    files = render_content(content, settings)
    write_site(files, out, finishing)
    return files
