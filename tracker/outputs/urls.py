"""Every internal URL of the site comes from here, so that a sub-path works everywhere.

Pages link with absolute paths that start with the base path (`/` or `/repo/`). That
keeps links right from any depth, including the 404 page, which a host serves at
whatever address was asked for.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

_quoted = functools.cache(quote)
"""Each path quoted once: a build asks for the same leader's, event's or source's URL
hundreds of thousands of times over (one entry a page of the site)."""


def normalise_base_url(base_url: str) -> tuple[str, str]:
    """Split a base URL into (origin, path): "https://x.io/repo" -> ("https://x.io", "/repo/").

    A bare path gives an empty origin. Raise ValueError for anything else.
    """
    parts = urlsplit(base_url.strip())
    if parts.scheme and parts.scheme not in ("http", "https"):
        raise ValueError(f"base URL {base_url!r} must be a path like /repo/ or an http(s) URL")
    if parts.scheme and not parts.netloc:
        raise ValueError(f"base URL {base_url!r} has no host")
    if not parts.scheme and (parts.netloc or not parts.path.startswith("/")):
        raise ValueError(f"base URL {base_url!r} must start with / (e.g. /repo/) or be an http(s) URL")
    if parts.query or parts.fragment:
        raise ValueError(f"base URL {base_url!r} must not have a query or fragment")
    path = parts.path or "/"
    if not path.endswith("/"):
        path += "/"
    origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme else ""
    return origin, path


@dataclass(frozen=True)
class Follow:
    """A page's own Atom feed and calendar (see subscriptions.py), as the page links them."""

    name: str
    """Whose events they carry: "Kim Jong Un"."""
    feed: str
    calendar: str


@dataclass(frozen=True)
class Urls:
    """Builds the URL of every page and asset, and the output file that serves it."""

    base_path: str = "/"
    """Always starts and ends with a slash."""
    origin: str = ""
    """`https://host` when the site's full address is known, else empty."""

    @classmethod
    def from_base_url(cls, base_url: str) -> Urls:
        origin, path = normalise_base_url(base_url)
        return cls(base_path=path, origin=origin)

    def page(self, path: str = "") -> str:
        """The URL of a site-relative path: "" is the home page, "events/x/" a page."""
        return self.base_path + _quoted(path)

    def home(self) -> str:
        return self.page()

    def event(self, event_id: str) -> str:
        return self.page(f"events/{event_id}/")

    def leaders(self) -> str:
        return self.page("leaders/")

    def leader(self, leader_id: str) -> str:
        return self.page(self.leader_path(leader_id))

    @staticmethod
    def leader_path(leader_id: str) -> str:
        """A leader's page, site-relative: where its feed and calendar sit too."""
        return f"leaders/{leader_id}/"

    def sources(self) -> str:
        return self.page("sources/")

    def source(self, source_id: str) -> str:
        return self.page(f"sources/{source_id}/")

    def pairs(self) -> str:
        return self.page("pairs/")

    @staticmethod
    def pair_path(one: str, other: str) -> str:
        """A pair's site-relative path, the two leader IDs in sorted order: one address per pair.

        IDs never hold two hyphens in a row, so `--` cannot be misread.
        """
        first, second = sorted((one, other))
        return f"pairs/{first}--{second}/"

    def pair(self, one: str, other: str) -> str:
        return self.page(self.pair_path(one, other))

    def year(self, year: int) -> str:
        return self.page(f"years/{year}/")

    def status(self, status: str) -> str:
        return self.page(f"status/{status}/")

    def about(self) -> str:
        return self.page("about/")

    def search(self) -> str:
        return self.page("search/")

    def search_bundle(self) -> str:
        """Pagefind's output folder, written by the search finishing step."""
        return self.page("pagefind/")

    def feed(self, scope: str = "") -> str:
        """The Atom feed of a page's events: "" the whole site, "leaders/x/" one leader's."""
        return self.page(f"{scope}feed.xml")

    def calendar(self, scope: str = "") -> str:
        """The calendar of a page's events, beside its feed."""
        return self.page(f"{scope}events.ics")

    def follow(self, name: str, scope: str) -> Follow:
        """The feed and calendar of the page at `scope` ("leaders/x/")."""
        return Follow(name, self.feed(scope), self.calendar(scope))

    def citation(self, event_id: str) -> str:
        """An event's citation as CSL-JSON, for reference managers."""
        return self.page(self.citation_path(event_id))

    @staticmethod
    def citation_path(event_id: str) -> str:
        return f"events/{event_id}/cite.json"

    def changes(self) -> str:
        return self.page("changes/")

    def data_json(self) -> str:
        return self.page("events.json")

    def data_csv(self) -> str:
        return self.page("events.csv")

    def asset(self, name: str) -> str:
        return self.page(f"assets/{name}")

    def host(self) -> str:
        """The site's host and base path without slashes at the ends (`example.org/visits`); empty when no origin is known."""
        host = self.origin.split("://", 1)[-1]
        return f"{host}{self.base_path}".rstrip("/") if host else ""

    def absolute(self, url: str) -> str:
        """A full URL where the origin is known (canonical links, sitemap), else the path."""
        return self.origin + url

    @staticmethod
    def output_file(path: str) -> str:
        """The file that serves a site-relative path: "events/x/" -> "events/x/index.html"."""
        return path + "index.html" if path == "" or path.endswith("/") else path
