"""`python build.py serve`: a local preview that rebuilds when content or templates change.

The site is served from `site/` under its base path (`/repo/` is served at
http://127.0.0.1:8000/repo/), as GitHub Pages will serve it, 404 page included. A change
that breaks the build, whatever failed (the content, a template, the search index, a bug),
prints the problem and leaves the last good build in place: the build writes all or
nothing, so the server never sees a half-written site.
"""

from __future__ import annotations

import functools
import gc
import http.server
import os
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from tracker.content.problems import ContentError
from tracker.outputs.cache import BuildCache, FileStamp, Metadata
from tracker.outputs.search import SearchIndexError
from tracker.outputs.urls import Urls
from tracker.outputs.write import FinishingStep, check_output_folder
from tracker.pipeline import build_site
from tracker.settings import TEMPLATE_DIR, Settings

Report = Callable[[str], None]


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site folder under the base path, with the site's 404 page."""

    base_path = "/"

    def do_GET(self) -> None:
        if self.path in ("/", "") and self.base_path != "/":
            self.send_response(302)  # the bare address leads to the site, as a project page would not
            self.send_header("Location", self.base_path)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_GET()

    def translate_path(self, path: str) -> str:
        route = path.split("?", 1)[0].split("#", 1)[0]
        if not route.startswith(self.base_path):
            return str(Path(self.directory) / ".missing")  # outside the base path: 404
        return super().translate_path("/" + route[len(self.base_path):])

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        self.send_error(404)  # a static host lists no folders
        return None

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # the preview's own messages are what matter in the terminal


def describe_failure(error: Exception) -> str:
    """What failed and where: `file:line: Error: message` for a template, the message of a
    known failure, the traceback of anything else (a bug)."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        return f"{error.filename}:{error.lineno}: TemplateSyntaxError: {error.message}"
    if isinstance(error, SearchIndexError):
        return f"error: {error}"
    in_templates = [
        frame for frame in traceback.extract_tb(error.__traceback__)
        if Path(frame.filename).is_relative_to(TEMPLATE_DIR)
    ]
    if in_templates:
        return f"{in_templates[-1].filename}:{in_templates[-1].lineno}: {type(error).__name__}: {error}"
    return "".join(traceback.format_exception(error)).rstrip()


def _settle() -> None:
    """After a build, once its report is out: free its garbage in one full collection, then
    freeze what lives on (what the cache remembers, hundreds of thousands of objects) out of
    the collector's reach, so that the full collections the polls' allocations set off between
    builds do not walk it all (0.4 s each at 10,000 events). The next build unfreezes it."""
    gc.collect()
    gc.freeze()


@dataclass
class Preview:
    """A build, a server for its output, and a watcher that rebuilds on change."""

    content_dir: Path
    out: Path
    settings: Settings
    host: str = "127.0.0.1"
    port: int = 8000
    """0 lets the operating system choose a free port."""
    report: Report = print
    finishing: tuple[FinishingStep, ...] = ()
    """The same finishing steps as `build` (e.g. a search index), so the preview matches."""
    _server: http.server.ThreadingHTTPServer | None = field(default=None, init=False, repr=False)
    _seen: Metadata | None = field(default=None, init=False, repr=False)
    """What the last poll found of the files the build reads."""
    _code: dict[str, FileStamp] = field(default_factory=dict, init=False, repr=False)
    """Our Python code as it was when the preview started: the code it runs."""
    _cache: BuildCache = field(init=False, repr=False)
    """One cache for every build of this preview: it remembers what the last build read and
    wrote, and reads a file again only when the one on disk is not that one."""

    def __post_init__(self) -> None:
        self._cache = BuildCache.beside(self.out, remembering=True)

    @property
    def url(self) -> str:
        """The address of the home page, once started."""
        assert self._server is not None, "start() first"
        return f"http://{self.host}:{self._server.server_port}{Urls.from_base_url(self.settings.base_url).base_path}"

    def start(self) -> str:
        """Build once and start serving in a background thread; returns the URL.

        Raises OutputFolderError, serving nothing, when `out` is not a folder to build into.
        """
        check_output_folder(self.out, self.content_dir)
        self._seen = Metadata.read(self.content_dir)
        self._code = self._seen.python_code()
        self.rebuild(self._seen)
        _settle()
        self.out.mkdir(parents=True, exist_ok=True)
        base_path = Urls.from_base_url(self.settings.base_url).base_path
        handler_class = type("PreviewHandler", (_Handler,), {"base_path": base_path})
        handler = functools.partial(handler_class, directory=str(self.out.resolve()))
        self._server = http.server.ThreadingHTTPServer((self.host, self.port), handler)
        threading.Thread(target=self._server.serve_forever, name="preview-server", daemon=True).start()
        return self.url

    def rebuild(self, metadata: Metadata | None = None) -> bool:
        """Build the site; if anything fails, print what and where, and keep the last good build.
        `metadata`: of the files the build reads, when the caller has just read it."""
        try:
            written = build_site(self.content_dir, self.out, self.settings, self.finishing, self._cache, metadata)
        except ContentError as error:
            for problem in error.problems:
                self.report(str(problem))
            self.report(f"{len(error.problems)} problem(s); still serving the last good build.")
            return False
        except Exception as error:  # a preview outlives any failed build: the next save may fix it
            self.report(describe_failure(error))
            self.report("the build failed; still serving the last good build.")
            return False
        self.report(f"built {written.files} files ({written.written} written)")
        return True

    def poll(self) -> bool:
        """Rebuild if any file the build reads (content, templates, schemas, code) came, went
        or changed since the last poll; True when it did. The build takes the files' metadata
        from the poll rather than list and `lstat` them all again.

        Once our Python code changed, this process, which runs the code it started with,
        builds no more: its cache would record what the old code made as the new code's."""
        metadata = Metadata.read(self.content_dir)
        if metadata == self._seen:
            return False
        self._seen = metadata
        if metadata.python_code() != self._code:
            self.report("the build's Python code changed: stop the preview and start it again to build with it.")
            return False
        self.rebuild(metadata)
        _settle()
        return True

    def watch(self, stop: threading.Event, interval: float = 0.5) -> None:
        """Poll until `stop` is set."""
        while not stop.wait(interval):
            self.poll()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
