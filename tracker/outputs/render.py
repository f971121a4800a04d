"""Pages to files: Jinja templates in, a mapping of output path -> bytes out. No disk writes.

Autoescape is on for every template and Markdown renders with raw HTML off, so nothing
from content can inject markup; only http(s) links survive.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import jinja2.compiler
from markupsafe import Markup

try:  # markupsafe's own escaping of a string (C, with a pure-Python fallback), without its Markup wrapper
    from markupsafe._speedups import _escape_inner
except ImportError:  # pragma: no cover - where the C extension is not built
    from markupsafe._native import _escape_inner

from tracker.outputs.markdown import forget_texts, is_web_url, markdown_to_html
from tracker.outputs.pages import EventRow, PageSpec, Pages
from tracker.outputs.timeline_svg import draw_timeline, forget_marks
from tracker.outputs.urls import Urls
from tracker.outputs.write import OncePerBuild, Output
from tracker.settings import TEMPLATE_DIR, Settings

STATIC_DIR = TEMPLATE_DIR / "static"

SiteFiles = dict[str, bytes]
"""Output path relative to the site's root (`events/x/index.html`) -> file contents (for tests)."""


def escaped_text(value: Any) -> str:
    """What `markupsafe.escape` gives, as a plain string: a value a template prints is only
    joined into the page, and wrapping each one in a `Markup` first (a call in Python, for
    every date, name and link of 30,000 pages) took a tenth of the render."""
    if type(value) is str:
        return _escape_inner(value)
    if hasattr(value, "__html__"):
        return value.__html__()  # type: ignore[no-any-return]
    return _escape_inner(str(value))


class _CodeGenerator(jinja2.compiler.CodeGenerator):
    """Jinja's, printing each value through `escaped_text` rather than `markupsafe.escape`:
    the same characters, without a `Markup` made for each."""

    def visit_Template(self, node: jinja2.nodes.Template, frame: jinja2.compiler.Frame | None = None) -> None:
        self.writeline(f"from {__name__} import escaped_text")
        super().visit_Template(node, frame)

    def _output_child_pre(self, node: jinja2.nodes.Expr, frame: jinja2.compiler.Frame, finalize: Any) -> None:
        if frame.eval_ctx.volatile or not frame.eval_ctx.autoescape or finalize.src is not None:
            super()._output_child_pre(node, frame, finalize)
        else:
            self.write("escaped_text(")


class _Environment(jinja2.Environment):
    code_generator_class = _CodeGenerator


def make_environment(template_dir: Path | None = None, compiled: jinja2.BytecodeCache | None = None) -> jinja2.Environment:
    env = _Environment(
        loader=jinja2.FileSystemLoader(template_dir or TEMPLATE_DIR),
        bytecode_cache=compiled,  # templates compiled by an earlier build (compiled.CompiledTemplates)
        autoescape=True,
        auto_reload=False,  # a new environment for every build: no need to stat each template per page
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["markdown"] = markdown_to_html
    env.tests["web_url"] = is_web_url
    env.filters["timeline_svg"] = draw_timeline

    # What many pages repeat (a status, a date, a citation, an event's row in a list)
    # depends only on its value: each fragment is rendered once per build and reused,
    # `{{ c | citation }}`, rather than its macro called again on every page that shows it.
    # Templates are looked up when first used: they are compiled against these filters.
    def once(name: str) -> Callable[[Any], Markup]:
        return functools.cache(lambda value: getattr(env.get_template("_macros.html").module, name)(value))

    for name in _FRAGMENTS:
        env.filters[name] = once(name)

    # Found by the row object, not its value: hashing every field of a row at each lookup
    # took about a fifth of the time of the pages that list events. Each row is kept with
    # its HTML, so its id cannot stand for another row while it is here.
    rendered_rows: dict[tuple[int, int], tuple[EventRow, Markup]] = {}

    def event_row(row: EventRow, level: int) -> Markup:
        known = rendered_rows.get((id(row), level))
        if known is None:
            known = rendered_rows[id(row), level] = (row, row_macro()(row, level))
        return known[1]

    @functools.cache
    def row_macro() -> Callable[[EventRow, int], Markup]:
        """The row as a macro of its template's module, made once: each row rendered by
        itself as a template took a new context and an import of the macros it uses."""
        return env.get_template("_event_row.html").module.event_row  # type: ignore[attr-defined,no-any-return]

    def event_rows(rows: Iterable[EventRow], level: int = 3) -> Markup:
        """Events in a list: each row rendered once, shown on the index, year, status, leader, pair and source pages."""
        return Markup("".join([event_row(row, level) for row in rows]))

    env.filters["event_rows"] = event_rows
    return env


_FRAGMENTS = ("status", "date", "citation", "source_links")
"""The macros of `_macros.html` that are also filters, each rendered once per distinct value."""


@dataclass(frozen=True)
class Renderer:
    """Renders templates with what every page shares: settings and the URL builder."""

    env: jinja2.Environment
    settings: Settings
    urls: Urls

    @functools.cached_property
    def _chrome(self) -> dict[str, Markup]:
        """What every page shows the same (the site's links and name in its head, its header and
        footer): rendered once."""
        return {
            part: Markup(self.env.get_template(f"_{part}.html").render(site=self.settings, urls=self.urls))
            for part in ("site_head", "header", "footer")
        }

    @functools.cached_property
    def _templates(self) -> dict[str, jinja2.Template]:
        """Each template once looked up: the environment's own cache takes a lock at each lookup."""
        return {}

    def __call__(self, template: str, path: str | None, streamed: bool = False, **context: Any) -> bytes:
        """Render `template` for the page at site-relative `path` (None: a page with no address
        of its own); `streamed`, a page listing every event, encoded a part at a time (`utf8`).
        Any other page is joined whole: a page is hundreds of short pieces, and taking them
        one by one in Python, as `utf8` does, took a twelfth of the render."""
        canonical = None if path is None else self.urls.absolute(self.urls.page(path))
        found = self._templates.get(template)
        if found is None:
            found = self._templates[template] = self.env.get_template(template)
        pieces = found.generate(
            site=self.settings,
            urls=self.urls,
            **self._chrome,
            canonical=canonical,
            og_url=canonical if canonical and is_web_url(canonical) else None,  # Open Graph wants a full URL or none
            **context,
        )
        return utf8(pieces) if streamed else "".join(pieces).encode("utf-8")


def utf8(pieces: Iterable[str], batch: int = 1 << 16) -> bytes:
    """The pieces of a page, joined and encoded about `batch` characters at a time.

    A big page (the index at 10,000 events: 15 MB, its timeline drawing alone 8 MB) never
    exists whole as text, which Python stores at two bytes a character once it holds an
    arrow or a dash; most pages are one batch.
    """
    encoded: list[bytes] = []
    part: list[str] = []
    size = 0
    for piece in pieces:
        part.append(piece)
        size += len(piece)
        if size >= batch:
            encoded.append("".join(part).encode("utf-8"))
            part, size = [], 0
    encoded.append("".join(part).encode("utf-8"))
    return b"".join(encoded)


def render_site(pages: Pages, settings: Settings, urls: Urls, compiled: jinja2.BytecodeCache | None = None) -> list[Output]:
    """Every page of the site, in a fixed order; each is rendered only when asked for."""
    forget_texts()  # the caches hold one build's texts, marks and pieces, however many: none of an earlier build
    forget_marks()
    OncePerBuild.forget_all()
    render = Renderer(make_environment(compiled=compiled), settings, urls)
    outputs: list[Output] = []

    def add(template: str, path: str | None, output: str | None = None, whole_site: bool = False, **context: Any) -> None:
        """The page at site-relative `path` (None: one that claims no address), from `template`."""
        made = functools.partial(render, template, path, **context)
        outputs.append(Output(output or Urls.output_file(path or ""), (template, path, context), made, whole_site=whole_site))

    for spec in pages.specs():  # each laid out only when rendered, and keyed by what it shows
        made = functools.partial(_render_laid_out, render, spec)
        reads = (spec.template, spec.path, spec.shows)
        outputs.append(Output(Urls.output_file(spec.path), reads, made, whole_site=spec.whole_site))
    add("search.html", "search/")
    add("404.html", None, "404.html")  # served at any address, so it claims none

    if pages.wanted("sitemap.xml"):  # it shows which pages there are, no entry: a rebuild lists it only when they change
        # The search page is noindex: listing it in the sitemap would contradict that.
        sitemap = [urls.absolute(urls.page(path)) for path in sorted(pages.paths(), key=Urls.output_file)]  # listed or not
        add("sitemap.xml", "sitemap.xml", locations=sitemap)
    add("robots.txt", "robots.txt", sitemap=urls.absolute(urls.page("sitemap.xml")))
    outputs.append(Output(".nojekyll", (), lambda: b""))  # GitHub Pages: serve files as they are, no Jekyll pass
    if settings.cname:
        cname = f"{settings.cname}\n".encode("ascii")  # GitHub Pages: the custom domain
        outputs.append(Output("CNAME", (cname,), lambda: cname))
    for asset in sorted(STATIC_DIR.iterdir()):
        if asset.is_file():
            outputs.append(Output(f"assets/{asset.name}", (asset.read_bytes(),), asset.read_bytes))
    return outputs


def _render_laid_out(render: Renderer, spec: PageSpec) -> bytes:
    return render(spec.template, spec.path, spec.whole_site, **spec.layout())
