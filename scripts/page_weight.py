#!/usr/bin/env python3
"""Print the weight of the heaviest pages of a built site: HTML + the CSS and JS it loads.

Pagefind's bundle (pagefind/: its JS, WebAssembly and index) loads only on the search
page once a reader types, and is left out, as the budget says. Usage:

    python scripts/page_weight.py [SITE] [--base-url /repo/] [--limit 50]

Exits 1 when the heaviest page is over the limit (in KB of 1024 bytes).
"""

from __future__ import annotations

import argparse
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

EXCLUDED = "pagefind/"


class _Loads(HTMLParser):
    """Collects the stylesheets and scripts a page loads."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "link" and found.get("rel") == "stylesheet" and found.get("href"):
            self.urls.append(found["href"] or "")
        elif tag == "script" and found.get("src"):
            self.urls.append(found["src"] or "")


def page_weights(site: Path, base_path: str = "/") -> list[tuple[int, str, list[str]]]:
    """(total bytes, page, the files counted) for every HTML page, heaviest first."""
    found = []
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site).as_posix()
        if relative.startswith(EXCLUDED):
            continue
        parser = _Loads()
        parser.feed(page.read_text(encoding="utf-8"))
        loaded = parser.urls
        counted = [relative]
        total = page.stat().st_size
        for url in dict.fromkeys(loaded):
            path = urlsplit(url).path
            if not path.startswith(base_path):
                continue
            asset = path[len(base_path):]
            if asset.startswith(EXCLUDED) or not (site / asset).is_file():
                continue
            total += (site / asset).stat().st_size
            counted.append(asset)
        found.append((total, relative, counted))
    return sorted(found, key=lambda item: (-item[0], item[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", type=Path, default=Path("site"))
    parser.add_argument("--base-url", default="/", help="the base path the site was built with (default /)")
    parser.add_argument("--limit", type=float, default=50.0, help="budget in KB (default 50)")
    args = parser.parse_args(argv)
    base_path = urlsplit(args.base_url).path or "/"
    base_path = base_path if base_path.endswith("/") else base_path + "/"
    weights = page_weights(args.site, base_path)
    if not weights:
        print(f"no pages under {args.site}", file=sys.stderr)
        return 2
    for total, page, counted in weights[:5]:
        print(f"{total / 1024:6.1f} KB  {page}  ({' + '.join(counted)})")
    heaviest = weights[0][0] / 1024
    verdict = "within" if heaviest <= args.limit else "OVER"
    print(f"heaviest page: {heaviest:.1f} KB, {verdict} the {args.limit:g} KB budget (HTML + CSS + JS, search index excluded)")
    return 0 if heaviest <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
