"""Pages to files: Jinja templates in, a mapping of output path -> bytes out. No disk writes.

Autoescape is on for every template and Markdown renders with raw HTML off, so nothing
from content can inject markup; only http(s) links survive.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup

from tracker.pages import Pages
from tracker.timeline_svg import draw_timeline
from tracker.settings import Settings
from tracker.urls import Urls

TEMPLATE_DIR = Path(__file__).resolve().parents[1] / "templates"
STATIC_DIR = TEMPLATE_DIR / "static"

SiteFiles = dict[str, bytes]
"""Output path relative to the site's root (`events/x/index.html`) -> file contents."""


def is_web_url(url: str) -> bool:
    """Only http(s) URLs ever become links."""
    return url.lower().startswith(("http://", "https://"))


def _markdown_renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable("image")  # a picture from content would load a third party's server
    md.validateLink = is_web_url  # type: ignore[method-assign]
    return md


_MARKDOWN = _markdown_renderer()


def markdown_to_html(text: str) -> Markup:
    """Content Markdown as safe HTML: raw HTML is escaped, links other than http(s) are dropped."""
    return Markup(_MARKDOWN.render(text))


def make_environment(template_dir: Path = TEMPLATE_DIR) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["markdown"] = markdown_to_html
    env.tests["web_url"] = is_web_url
    env.filters["timeline_svg"] = draw_timeline
    return env


@dataclass(frozen=True)
class Renderer:
    """Renders templates with what every page shares: settings and the URL builder."""

    env: jinja2.Environment
    settings: Settings
    urls: Urls

    def __call__(self, template: str, path: str | None, **context: Any) -> bytes:
        """Render `template` for the page at site-relative `path` (None: a page with no address of its own)."""
        canonical = None if path is None else self.urls.absolute(self.urls.page(path))
        html = self.env.get_template(template).render(
            site=self.settings,
            urls=self.urls,
            canonical=canonical,
            og_url=canonical if canonical and is_web_url(canonical) else None,  # Open Graph wants a full URL or none
            **context,
        )
        return html.encode("utf-8")


def render_site(pages: Pages, settings: Settings, urls: Urls) -> SiteFiles:
    """Every file of the site, keyed by its output path."""
    render = Renderer(make_environment(), settings, urls)
    files: SiteFiles = {}

    def add(template: str, path: str, **context: Any) -> None:
        files[Urls.output_file(path)] = render(template, path, **context)

    add("index.html", "", page=pages.index)
    for event in pages.events:
        add("event.html", f"events/{event.id}/", page=event)
    add("leaders.html", "leaders/", leaders=pages.leaders)
    for leader in pages.leader_pages:
        add("leader.html", f"leaders/{leader.id}/", page=leader)
    add("pairs.html", "pairs/", pairs=pages.pair_rows)
    for pair in pages.pairs:
        add("pair.html", pair.path, page=pair)
    add("sources.html", "sources/", sources=pages.sources)
    for source in pages.sources:
        add("source.html", f"sources/{source.citation.id}/", page=source)
    for browse_page in pages.browse.pages:
        add("browse.html", browse_page.path, page=browse_page)
    add("search.html", "search/")
    add("about.html", "about/", page=pages.about)
    add("changes.html", "changes/", page=pages.changes)
    files["404.html"] = render("404.html", None)  # served at any address, so it claims none

    # The search page is noindex: listing it in the sitemap would contradict that.
    page_paths = sorted(path for path in files if path.endswith("index.html") and path != "search/index.html")
    sitemap = [urls.absolute(urls.page(path.removesuffix("index.html"))) for path in page_paths]
    files["sitemap.xml"] = render("sitemap.xml", "sitemap.xml", locations=sitemap)
    files["robots.txt"] = render("robots.txt", "robots.txt", sitemap=urls.absolute(urls.page("sitemap.xml")))
    files[".nojekyll"] = b""  # GitHub Pages: serve files as they are, no Jekyll pass
    if settings.cname:
        files["CNAME"] = f"{settings.cname}\n".encode("ascii")  # GitHub Pages: the custom domain
    for asset in sorted(STATIC_DIR.iterdir()):
        if asset.is_file():
            files[f"assets/{asset.name}"] = asset.read_bytes()
    return files
