"""News feeds: an RSS or Atom feed -> the addresses of the articles worth drafting.

An item is kept when its headline or summary names a tracked leader (a name or alias in
content/leaders/), and skipped when it was ingested before: ingest records each page's
address as its source entry's `url`, so an item whose address a source already has is
known. (A page that reaches the content under another address, say its canonical one, is
still recognised after fetching, by its headline and date, and then changes nothing.)
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TextIO
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from tracker.content.model import PartialDate
from tracker.ingest.clean import InputError
from tracker.ingest.fetch import TIMEOUT, is_url, read_input
from tracker.ingest.rules import PhraseSet


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed, as the feed gives it."""

    title: str
    link: str
    """The article's address."""
    summary: str
    published: PartialDate | None
    """The day the feed dates the item, in the feed's own time zone (never converted)."""


@dataclass
class Selection:
    """A feed's items sorted into those to draft and those left alone, with why."""

    feed: str
    items: int = 0
    to_draft: list[FeedItem] = field(default_factory=list)
    already: list[FeedItem] = field(default_factory=list)
    """Items whose address a source entry (or an earlier item of this run) already has."""
    unrelated: int = 0
    """Items that name none of the tracked leaders."""

    def summary(self) -> str:
        return (
            f"{self.feed}: {self.items} item(s); {len(self.to_draft)} to draft, {len(self.already)} already"
            f" ingested (a source has the address), {self.unrelated} naming none of our leaders"
        )


def read_feed(location: str, stdin: TextIO, timeout: float = TIMEOUT) -> list[FeedItem]:
    """The items of the RSS or Atom feed at `location` (an address or a saved file)."""
    import feedparser  # type: ignore[import-untyped]  # only `ingest --feed` needs it

    data = read_input(location, stdin, timeout)
    parsed = feedparser.parse(data)
    if not parsed.get("version"):
        why = parsed.get("bozo_exception") or "no <rss> or <feed> element"
        raise InputError(f"{location}: not an RSS or Atom feed ({why})")
    items = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        if not is_url(link):
            continue  # nothing to fetch; a feed may carry notices without a page
        items.append(
            FeedItem(
                title=" ".join(str(entry.get("title") or "").split()),
                link=link,
                summary=" ".join(_text(entry.get("summary") or "").split()),
                published=_day(entry.get("published") or entry.get("updated")),
            )
        )
    return items


def select(feed: str, items: Iterable[FeedItem], names: PhraseSet, known: set[str]) -> Selection:
    """Sort `items`: the new ones naming a leader go to `to_draft`; `known` (addresses as
    `address_key` gives them) grows by each item kept, so a second feed's copy is skipped."""
    selection = Selection(feed)
    for item in items:
        selection.items += 1
        if not names.find(item.title) and not names.find(item.summary):
            selection.unrelated += 1
        elif address_key(item.link) in known:
            selection.already.append(item)
        else:
            known.add(address_key(item.link))
            selection.to_draft.append(item)
    return selection


def address_key(url: str) -> str:
    """An address in the form compared for "already ingested": scheme and host in lower case,
    no fragment, no `utm_` tracking parameters (which feeds add), no trailing slash."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # malformed (fetching it will say so); compared as written
        return url.strip()
    query = urlencode([(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if not key.startswith("utm_")])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), query, ""))


def _day(stamp: Any) -> PartialDate | None:
    """The calendar day of an RSS (RFC 822) or Atom (RFC 3339) time stamp, as written there."""
    text = str(stamp or "").strip()
    if not text:
        return None
    try:
        return PartialDate.from_date(email.utils.parsedate_to_datetime(text).date())
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return PartialDate.from_date(dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date())
    except ValueError:
        return None


def _text(markup: Any) -> str:
    """A summary's words without its markup (summaries are often HTML)."""
    return html.unescape(re.sub(r"<[^>]*>", " ", str(markup)))
