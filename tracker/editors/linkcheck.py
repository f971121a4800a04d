"""Walk a built site and report every internal link or asset that does not resolve.

Used by `python build.py check --links SITE` (`make linkcheck`) and by the tests; needs
only the standard library, so it runs wherever the build runs.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

_LINK_ATTRIBUTES = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src", "form": "action"}


class _PageLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        attribute = _LINK_ATTRIBUTES.get(tag)
        if attribute and values.get(attribute):
            self.links.append(str(values[attribute]))


def _read(page: Path) -> _PageLinks:
    parser = _PageLinks()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def url_of(site: Path, page: Path, base_path: str) -> str:
    """The URL path a host serves `page` at."""
    relative = page.relative_to(site).as_posix()
    return base_path + relative.removesuffix("index.html")


def broken_links(site: Path, base_path: str = "/") -> list[str]:
    """Every internal link of every HTML page under `site` that does not resolve, as
    `page: link (why)`. `base_path` is where the site is served, e.g. `/repo/`."""
    problems: list[str] = []
    parsed: dict[Path, _PageLinks] = {}
    pages = sorted(site.rglob("*.html"))
    for page in pages:
        parsed[page] = _read(page)
    for page in pages:
        here = url_of(site, page, base_path)
        shown = page.relative_to(site).as_posix()
        for link in parsed[page].links:
            target = urlsplit(urljoin(here, link))
            if target.scheme in ("http", "https", "mailto") and urlsplit(link).scheme:
                continue
            if target.scheme or target.netloc:
                problems.append(f"{shown}: {link} (not a web link)")
                continue
            path = unquote(target.path)
            if not path.startswith(base_path):
                problems.append(f"{shown}: {link} (escapes the site's base path {base_path})")
                continue
            file = site / path[len(base_path):]
            if path.endswith("/"):
                file = file / "index.html"
            if not file.is_file():
                problems.append(f"{shown}: {link} (no such file {file.relative_to(site).as_posix()})")
                continue
            if target.fragment and file.suffix == ".html":
                ids = parsed[file].ids if file in parsed else _read(file).ids
                if unquote(target.fragment) not in ids:
                    problems.append(f"{shown}: {link} (no element with id {target.fragment!r})")
    return problems
