"""Content Markdown, parsed once, as safe HTML for pages and as plain text for places that
take no markup (meta descriptions, feeds, calendars, CSV).

Raw HTML is off and images are disabled (a picture from content would load a third
party's server); only http(s) links survive. The plain text is read from the same token
stream, so it holds the words a reader sees on the page.
"""

from __future__ import annotations

import functools
import re

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markupsafe import Markup


def is_web_url(url: str) -> bool:
    """Only http(s) URLs ever become links."""
    return url.lower().startswith(("http://", "https://"))


def _markdown_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable("image")
    md.validateLink = is_web_url  # type: ignore[method-assign]
    return md


_MARKDOWN = _markdown_parser()


_MARKUP = re.compile(r"[\\`*_\[\]<>&\x00-\x1f\x7f]")
"""What may start Markdown inside a line (escapes, code, emphasis, links, HTML, entities), and control characters (line ends, tabs)."""


def is_plain(markdown: str) -> bool:
    """One line that CommonMark reads as a paragraph of text and nothing else: it starts
    with a letter (no heading, list, quote or code block), has no space at either end and
    nothing that may start inline markup. Most notes and many summaries are such a line."""
    return bool(markdown) and markdown[0].isalpha() and markdown == markdown.strip() and not _MARKUP.search(markdown)


def parse(markdown: str) -> tuple[Markup, str]:
    """The HTML and the plain text of one text, read from one token stream."""
    tokens = _MARKDOWN.parse(markdown)
    words: list[str] = []
    for token in tokens:
        for child in token.children or ():
            if child.type in ("text", "code_inline", "html_inline"):
                words.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                words.append(" ")
        if token.type == "paragraph_close":
            words.append(" ")
    html = Markup(_MARKDOWN.renderer.render(tokens, _MARKDOWN.options, {}))
    return html, " ".join("".join(words).split())


@functools.cache
def _converted(markdown: str) -> tuple[Markup, str]:
    """The HTML and the plain text of one text: what `parse` gives, without the parser for a plain line.

    Cached by text: one summary appears on its page, in the feeds, the calendars and the
    data files, and parsing was most of the build's time before. The cache holds every
    text of the content, however many: a fixed bound smaller than the content (290,000
    summaries and notes at 100,000 events) made the last users of each text parse it
    again. `forget_texts` empties it when a build starts, so it holds one build's texts.
    """
    if is_plain(markdown):
        return Markup(f"<p>{escapeHtml(markdown)}</p>\n"), " ".join(markdown.split())
    return parse(markdown)


def forget_texts() -> None:
    """Drop the texts an earlier build converted (a preview server builds again and again)."""
    _converted.cache_clear()


def markdown_to_html(markdown: str) -> Markup:
    """Content Markdown as safe HTML: raw HTML is escaped, links other than http(s) are dropped."""
    return _converted(markdown)[0]


def markdown_to_text(markdown: str) -> str:
    """The words a reader would see, whitespace collapsed; links keep their text, not their target."""
    return _converted(markdown)[1]


def shorten(text: str, limit: int = 200) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "…"
