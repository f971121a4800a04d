"""Site settings: declared once here, read from `[tool.tracker]` in pyproject.toml.

Every setting has a default that works, so an empty table builds a correct site.
Command-line options override the file.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from tracker.outputs.urls import normalise_base_url

PROJECT_DIR = Path(__file__).resolve().parents[1]  # tracker/ sits in the checkout's root
"""The checkout: the code runs from it, beside its templates/, schema/ and settings."""
PROJECT_FILE = PROJECT_DIR / "pyproject.toml"
TEMPLATE_DIR = PROJECT_DIR / "templates"
SCHEMA_DIR = PROJECT_DIR / "schema"

DEFAULT_MAX_FILE_BYTES = 1_000_000
"""The size limit of one content file (the `max_file_bytes` setting); the largest entry is a few KB."""


class SettingsError(Exception):
    """A setting is unknown or of the wrong type."""


CHECKOUT_PARTS = ("templates", "schema", "pyproject.toml")
"""What the code reads beside its package: it runs from its checkout, not from an installed copy."""


def check_checkout(root: Path = PROJECT_DIR) -> None:
    """Raise SettingsError unless `root` holds the templates, schemas and settings the code reads.

    `pip install .` copies only the package, so a copy installed that way cannot build:
    say so rather than fail on the first missing file or build with default settings.
    """
    if not all((root / part).exists() for part in CHECKOUT_PARTS):
        raise SettingsError(
            f"{root} has no templates/, schema/ or pyproject.toml beside the tracker package: "
            "the tracker runs from its checkout (run it there, installed with pip install -e . or make site)"
        )


@dataclass(frozen=True)
class Settings:
    title: str = "Visit tracker"
    """The site's name, shown in every page's header and title."""
    description: str = "Visits and meetings between heads of state, with their sources."
    """One sentence for the home page and search engines."""
    base_url: str = "/"
    """Where the site is served: `/` at a domain's root, `/repo/` for a GitHub project page,
    or a full URL (`https://user.github.io/repo/`), which also makes canonical links absolute."""
    cname: str = ""
    """A custom domain, e.g. `visits.example.org`: the build writes it to a `CNAME` file at the
    site's root, as hosts that publish a branch or folder expect. Publishing with the Actions
    workflow, GitHub ignores that file: enter the domain under Settings -> Pages too.
    Empty (the default) for the `user.github.io` address."""
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    """The largest content file the build reads, in bytes (default 1,000,000): a larger one is
    refused with an error rather than tying up the build. An entry is a few KB."""
    feeds: tuple[str, ...] = ()
    """News feeds to watch, a list of RSS or Atom addresses: `python build.py ingest --watch`
    (run daily by `.github/workflows/watch.yml`) drafts their new items that name a tracked
    leader, for an editor to review in a pull request. Empty (the default): none."""

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given settings replaced; None leaves a setting as it is.

        Raises SettingsError for a value that cannot work."""
        chosen = {key: value for key, value in overrides.items() if value is not None}
        try:
            if "base_url" in chosen:
                normalise_base_url(chosen["base_url"])  # fail early on a bad value
            if chosen.get("cname"):
                check_cname(chosen["cname"])
        except ValueError as error:
            raise SettingsError(str(error)) from error
        return replace(self, **chosen)


_HOSTNAME = r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$"
"""Compiled on first use (`re` keeps it), not when a rebuild with nothing to do imports this."""


def check_cname(cname: str) -> None:
    """Raise ValueError unless `cname` is a bare host name such as visits.example.org."""
    if not re.match(_HOSTNAME, cname):
        raise ValueError(
            f"cname {cname!r} must be a bare host name such as visits.example.org (no https://, no path)"
        )


def is_http_address(address: str) -> bool:
    """One http:// or https:// address, with no spaces (the only kind fetched or linked)."""
    return address.lower().startswith(("http://", "https://")) and len(address.split()) == 1


SETTING_NAMES = tuple(f.name for f in fields(Settings))
_SETTING_TYPES = {f.name: type(getattr(Settings(), f.name)) for f in fields(Settings)}
_TYPE_WORDS = {str: "a string", int: "a whole number"}


def read_settings(path: Path = PROJECT_FILE) -> Settings:
    """Settings from a pyproject.toml's `[tool.tracker]` table (defaults when absent)."""
    if not path.is_file():
        return Settings()
    table = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("tracker", {})
    unknown = sorted(set(table) - set(SETTING_NAMES))
    if unknown:
        raise SettingsError(
            f"{path}: [tool.tracker]: unknown setting(s) {', '.join(unknown)} (known: {', '.join(SETTING_NAMES)})"
        )
    for name, value in table.items():
        if name == "feeds":
            if not isinstance(value, list) or not all(isinstance(feed, str) and is_http_address(feed) for feed in value):
                raise SettingsError(
                    f"{path}: [tool.tracker]: feeds should be a list of http(s) addresses, e.g."
                    f' ["https://example.org/rss.xml"], not {value!r}'
                )
            table[name] = tuple(value)
            continue
        wanted = _SETTING_TYPES[name]
        if type(value) is not wanted:  # not isinstance: TOML's true is no number of bytes
            raise SettingsError(f"{path}: [tool.tracker]: {name} should be {_TYPE_WORDS[wanted]}, not {value!r}")
        if wanted is int and value < 1:
            raise SettingsError(f"{path}: [tool.tracker]: {name} should be a positive number, not {value!r}")
    try:
        return Settings().with_overrides(**table)
    except SettingsError as error:
        raise SettingsError(f"{path}: [tool.tracker]: {error}") from error
