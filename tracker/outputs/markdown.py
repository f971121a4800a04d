"""Content Markdown, parsed once, as safe HTML for pages and as plain text for places that
take no markup (meta descriptions, feeds, calendars, CSV).

Raw HTML is off and images are disabled (a picture from content would load a third
party's server); only http(s) links survive. The plain text is read from the same token
stream, so it holds the words a reader sees on the page.
"""

from __future__ import annotations

import functools

from markdown_it import MarkdownIt
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


@functools.lru_cache(maxsize=1 << 17)
def _converted(markdown: str) -> tuple[Markup, str]:
    """The HTML and the plain text of one text, from one parse.

    Cached by text: one summary appears on its page, in the feeds, the calendars and the
    data files, and parsing was most of the build's time before.
    """
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
