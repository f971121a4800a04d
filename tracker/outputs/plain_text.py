"""Content Markdown as plain text, for places that take no markup: meta descriptions, feeds, calendars, CSV."""

from __future__ import annotations

import functools

from markdown_it import MarkdownIt

_PARSER = MarkdownIt("commonmark", {"html": False})


@functools.lru_cache(maxsize=1 << 17)
def markdown_to_text(markdown: str) -> str:
    """The words a reader would see, whitespace collapsed; links keep their text, not their target.

    Cached by text: descriptions, feeds, calendars and the CSV all ask for the same texts.
    """
    words: list[str] = []
    for token in _PARSER.parse(markdown):
        for child in token.children or ():
            if child.type in ("text", "code_inline", "html_inline"):
                words.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                words.append(" ")
        if token.type == "paragraph_close":
            words.append(" ")
    return " ".join("".join(words).split())


def shorten(text: str, limit: int = 200) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "…"
