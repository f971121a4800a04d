"""Stage 1: raw input (text copied from a web page, or an HTML file) -> clean article lines.

Drops what is not the article: navigation and "skip to" lines, share and comment footers,
agency boilerplate, captions printed twice, a body pasted twice. What counts as noise is
listed in content/ingest-cues.yaml; this module only applies those lists.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tracker.content.model import PartialDate
from tracker.ingest.rules import Rules, normal

if TYPE_CHECKING:
    import lxml.html  # imported where a page is parsed: only HTML needs it

HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.IGNORECASE)
_LIST_NUMBER = re.compile(r"^\d+\.\s+")
_STAMP = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b")
"""A year or a time of day: a date line, not a photo credit, whatever its slashes."""


class InputError(Exception):
    """The input cannot be read as an article; the message says why."""


@dataclass(frozen=True)
class HtmlMeta:
    """What the HTML page says about itself (its <meta> tags), as the extractor read it."""

    title: str | None
    sitename: str | None
    author: str | None
    date: str | None
    """ISO date, when the page gives one (its metadata or address)."""
    url: str | None
    page_title: str | None = None
    """The <title> as written, site name and all ("Headline - The Moscow Times")."""
    text_date: str | None = None
    """ISO date found by searching the page's text, for when nothing better dates it."""
    language: str | None = None
    """The page's declared language (its <html lang>), as a code: "en", "ru", "pt-BR"."""
    mastheads: tuple[str, ...] = ()
    """Short texts where a site prints its own name: its logo or brand box, its copyright line."""
    captions: tuple[str, ...] = ()
    """The photos' captions, without their credits, each once: the extractor drops them."""
    stamps: tuple[str, ...] = ()
    """The page's short pieces of text between tags, in order ("Published 2 July 2022", "By
    Jane Roe"): a metadata block the extractor drops with the furniture keeps the byline."""


@dataclass(frozen=True)
class Article:
    """An article's text, cleaned, with the raw lines kept for publisher footers."""

    name: str
    """Where it came from: a path, or "-" for standard input."""
    lines: tuple[str, ...]
    """The article's lines, non-empty, noise removed, in order."""
    raw: tuple[str, ...]
    """Every line as given (after HTML extraction), for mastheads and footers."""
    html: HtmlMeta | None = None


def decode(data: bytes, name: str) -> str:
    """Bytes -> text, refusing what is not text."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty (give the article's text or HTML)")
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: this is a binary file, not an article (give plain text or HTML)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise InputError(f"{name}: not readable as text ({error.reason}); save it as UTF-8") from error
    control = sum(1 for char in text if unicodedata.category(char) == "Cc" and char not in "\n\r\t")
    if control > len(text) // 100 + 2:
        raise InputError(f"{name}: this looks like a binary file, not an article (give plain text or HTML)")
    return text


def from_html(data: bytes, name: str, today: dt.date) -> tuple[str, HtmlMeta]:
    """Extract the article from an HTML page with trafilatura (no network is used).

    The page's date comes from its metadata and its address only (htmldate's original date,
    no search of the free text, where a "viewed on" stamp may stand), and never after `today`.
    """
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    # Passing max_date also keeps htmldate from reading the clock for it.
    dates: dict[str, Any] = {"original_date": True, "extensive_search": False, "max_date": today.isoformat()}
    page = data.decode("utf-8", errors="replace")
    document = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False, date_extraction_params=dates,
    )
    def field(key: str) -> str | None:
        value = getattr(document, key, None)
        return str(value) if value else None

    text = field("text")
    # A page kept as its headline and a line or two under it ("... meets Macron in Rome" over
    # "This item first appeared on ...") is as much an article as any of fifteen words: the
    # headline tells its news.
    if not text or word_count(text) < 20 and word_count(f"{field('title') or ''} {text}") < _ARTICLE_WORDS:
        raise InputError(f"{name}: no article found in this HTML page (save the article page itself, or paste its text)")
    root = _markup(page)
    date = _month_only(root, field("date"))
    meta = HtmlMeta(
        title=field("title"), sitename=field("sitename"), author=field("author"), date=date, url=field("url"),
        page_title=_page_title(page), text_date=None if date else _text_date(page, today),
        mastheads=_mastheads(root), language=_declared_language(page), captions=_captions(root),
        stamps=_stamps(root),
    )
    heading = [meta.title] if meta.title and not text.startswith(meta.title) else []
    body = _captions_apart(text, root)
    leads = _leads_dropped(root, text)
    if leads:
        # The lead goes where the page prints it, under the headline.
        first, _, rest = "\n".join([*heading, body]).partition("\n")
        return "\n".join([first, *leads, rest]), meta
    return "\n".join([*heading, body]), meta


_LEAD_MIN_WORDS = 12
_TEASER = "contains(translate(@class, 'TEASR', 'teasr'), 'teaser')"


def _leads_dropped(root: lxml.html.HtmlElement | None, text: str) -> list[str]:
    """The paragraphs a page prints under its headline as its lead, where the extractor left
    them out: a news site may mark its standfirst as a "teaser", and the extractor drops every
    teaser as a link to another story. A teaser paragraph that follows the page's headline and
    reads as a sentence (not a clipped "... to visit India on April 30: N...") is the lead, the
    page's news in one sentence; a teaser box elsewhere is left out as before."""
    if root is None:
        return []
    leads = []
    for element in root.xpath(f"//h1/following-sibling::p[{_TEASER}]"):
        lead = " ".join(element.text_content().split())
        if word_count(lead) >= _LEAD_MIN_WORDS and not lead.endswith(("...", "\u2026")) and lead not in text:
            leads.append(lead)
    return leads


def _captions_apart(text: str, root: lxml.html.HtmlElement | None) -> str:
    """The extracted text with each photo caption on a line of its own: the extractor may run
    the captions of the figures after a paragraph into that paragraph's line ("... has been
    called off. People in Seoul follow ... EPA-EFE/STR A letter from ..."), and the line then
    passes for a caption, dropped with the paragraph it carries."""
    if root is None:
        return text
    for element in root.xpath("//figcaption"):
        caption = " ".join(element.text_content().split())
        if len(caption.split()) < 4:
            continue  # a bare credit or label may stand in a sentence
        text = re.sub(rf"(?<=[^\n])[ ]+{re.escape(caption)}|{re.escape(caption)}[ ]+(?=[^\n])", lambda hit: f"\n{hit[0].strip()}\n", text)
    return text


_MONTH = re.compile(r"(?:19|20)\d{2}-\d{2}")
_DATE_KEY = re.compile(r"date|published|time", re.IGNORECASE)


def _month_only(root: lxml.html.HtmlElement | None, date: str | None) -> str | None:
    """The page's date as its metadata gives it: a month alone ("2023-01") stays a month, where
    the date reader fills in a day of its own (the clock's)."""
    if root is None or date is None:
        return date
    for tag in root.iter("meta"):
        content = (tag.get("content") or "").strip()
        keys = " ".join(tag.get(key) or "" for key in ("property", "name", "itemprop"))
        if _MONTH.fullmatch(content) and _DATE_KEY.search(keys) and date.startswith(content):
            return content
    return date


def _page_title(page: str) -> str | None:
    match = re.search(r"<title[^>]*>(.*?)</title>", page, re.IGNORECASE | re.DOTALL)
    return " ".join(html.unescape(match.group(1)).split()) if match else None


def _declared_language(page: str) -> str | None:
    match = re.search(r"<html\b[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)", page, re.IGNORECASE)
    return match.group(1) if match else None


# The commonest English words, which any English news text is full of and other languages
# lack ("in" is German, Dutch and Italian too, and so is "will", wants; "to", "at", "for" and
# "by" are Norwegian, Danish or Swedish words, "two", "that", "town").
_ENGLISH = {"the", "and", "of", "is", "was", "on", "that", "with", "said", "his", "has",
            "he", "from", "it", "have", "were", "this", "who", "after", "their"}


def foreign_language(article: Article) -> str | None:
    """The language of an article not in English ("Russian", or "a language other than
    English" when the page does not say which), else None. The cue words are English, so
    such a page is read for its names alone; the editor is told rather than left with nothing."""
    # Line by line: a post quoted in English (an embedded tweet) does not make a page in
    # Romanian English; a page is English when most of its words are in English lines.
    english = other = 0
    for line in article.lines:
        words = re.findall(r"[^\W\d_]+", line.lower())
        if sum(word in _ENGLISH for word in words) >= 0.05 * len(words):
            english += len(words)
        else:
            other += len(words)
    if other <= english:
        return None
    code = ((article.html.language or "") if article.html else "").split("-")[0].lower()  # "pt-BR": pt
    import pycountry  # imported here: only a page in another language needs a language's name

    language = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
    return str(language.name) if language is not None else "a language other than English"


_BRAND = "logo|brand|masthead|site-?name|site-?title"


def _markup(page: str) -> lxml.html.HtmlElement | None:
    """The page's markup, parsed once for the furniture the extractor drops; None where there
    is none to read."""
    import lxml.html

    try:
        return lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return None


def _mastheads(root: lxml.html.HtmlElement | None) -> tuple[str, ...]:
    """The page's own name as its furniture prints it, which the extractor drops with the rest
    of the furniture: a logo's or brand box's text, a footer's copyright line."""
    if root is None:
        return ()
    found = root.xpath(
        f"//*[re:test(@class, '{_BRAND}', 'i') or re:test(@id, '{_BRAND}', 'i')]"
        " | //footer//*[contains(text(), '©')] | //footer[contains(text(), '©')]"
        " | //header//a[@href='/'] | //a[@rel='home']",  # the link home bears the site's name
        namespaces={"re": "http://exslt.org/regular-expressions"},
    )
    texts = (" ".join((element.text_content() or element.get("alt") or "").split()) for element in found)
    return tuple(text for text in texts if text and len(text.split()) <= 8)


_CLOSING_CREDIT = re.compile(r"\([^()]*\w\s/\s\w[^()]*\)$")
"""A caption's closing credit in brackets, its agency and photographer apart: "(picture
alliance / dpa / Jane Roe)", "(Jane Roe / X)"."""
_CLOSING_LABEL = re.compile(r"[.!?]\s+(?:Picture|Image|Photo|Photograph)\s*:\s*(?:[A-Z][\w.&'’\-]*\s*){1,3}$")
"""A caption's closing credit after its label, past the caption's last sentence: "Picture:
Getty", "Image: Alamy"."""
_CREDIT = re.compile(r"\s*\b(?:photo|photograph|picture|image)s?\s*:.*$", re.IGNORECASE)
"""A caption's credit ("Photo: AFP"), which names the agency, not the scene."""


def _captions(root: lxml.html.HtmlElement | None) -> tuple[str, ...]:
    """The photos' captions as sentences of their own, their credits cut off, each once."""
    if root is None:
        return ()
    texts = (_CREDIT.sub("", " ".join(element.text_content().split())) for element in root.xpath("//figcaption"))
    return tuple(dict.fromkeys(text for text in texts if text))


def _unmarked(caption: str, rules: Rules) -> str:
    """A caption read as a sentence of the page: the bracketed marks of where each person
    stands in the photo ("(left)") taken out, for they would make it furniture."""
    for mark in rules.caption_marks:
        if mark.startswith("(") and mark.endswith(")"):
            caption = re.sub(rf"\s*{re.escape(mark)}", "", caption, flags=re.IGNORECASE)
    return caption


_SHORT_PAGE = 4
"""Lines at most, headline and all, that make a page no more than its headline and a few
summary points: its captions tell much of what it reports, and are read with it."""


def _stamps(root: lxml.html.HtmlElement | None) -> tuple[str, ...]:
    """The short pieces of visible text (a dozen words at most) between the headline and the
    text's first paragraph, where a page prints its date, byline and source; captions left
    out. Further down, other stories' bylines and dates stand in lists of links."""
    if root is None:
        return ()
    headline = next(root.iter("h1"), None)
    stamps: list[str] = []
    for at, text in enumerate(filter(None, _visible_texts(root, headline))):
        if len(text.split()) > 12 and (at or headline is None):
            break  # the text begins (a long headline is no paragraph)
        stamps.append(text)
    return tuple(stamps)


_UNSEEN = ("figcaption", "figure", "script", "style", "head")


def _visible_texts(root: lxml.html.HtmlElement, start: lxml.html.HtmlElement | None) -> Iterator[str]:
    """Each run of text the page shows, in the order it shows them, from `start` on (the whole
    page where None); captions, scripts and styles left out."""
    started = start is None

    def walk(element: lxml.html.HtmlElement) -> Iterator[str]:
        nonlocal started
        started = started or element is start
        if isinstance(element.tag, str) and element.tag not in _UNSEEN:
            if started and element.text:
                yield " ".join(element.text.split())
            for child in element:
                yield from walk(child)
                if started and child.tail:
                    yield " ".join(child.tail.split())

    return walk(root)


def _text_date(page: str, today: dt.date) -> str | None:
    """A date from the page's visible text (htmldate's extensive search): a byline's "Sep 04,
    2025". Only a fallback, checked against the address by the caller. A photo's caption
    dates the photo, not the page; and a year the text mentions ("his previous visit was in
    2017") is no date: the day must be written in full."""
    from htmldate import find_date

    from tracker.ingest.meta import dates_written  # here: meta reads what this module makes

    page = re.sub(r"<(figcaption|figure)\b.*?</\1\s*>", " ", page, flags=re.IGNORECASE | re.DOTALL)
    found: str | None = find_date(
        page, extensive_search=True, original_date=True, max_date=today.isoformat()
    )
    # Written where a date stamp is, in a short piece of text of its own; in a paragraph's
    # sentence ("his previous visit was from February 28 to March 2, 2023") it dates the story's past.
    texts = (piece.partition(">")[2] for piece in page.split("<"))
    stamps = " | ".join(html.unescape(text) for text in texts if len(text.split()) <= 12)
    return found if found and PartialDate.parse(found[:10]) in dates_written(stamps) else None


def read_article(data: bytes, name: str, rules: Rules, today: dt.date) -> Article:
    """Turn raw input into an Article; raise InputError for input that is no article.
    `today` bounds the dates a saved page's metadata may give (the clock is not read)."""
    html: HtmlMeta | None = None
    if name.lower().endswith((".html", ".htm")) or HTML_START.match(data[:512]):
        decode(data, name)  # refuse empty and binary input before the extractor sees it
        text, html = from_html(data, name, today)
    else:
        text = "\n".join(unwrap(decode(data, name).splitlines()))
    raw = tuple(_tidy(line) for line in text.splitlines())
    lines = clean_lines(raw, rules)
    if html is not None and html.captions and len(lines) <= _SHORT_PAGE:
        # A page kept as a headline and summary points tells the rest under its photo.
        raw = (*raw, *(_unmarked(caption, rules) for caption in html.captions))
        lines = clean_lines(raw, rules)
    if not lines or not _enough(lines):
        raise InputError(f"{name}: too little text left after removing page furniture to be an article")
    return Article(name=name, lines=lines, raw=raw, html=html)


_ENDS_SENTENCE = (".", "!", "?", ":", '"', "'", "”", "’", ")", "。")


def unwrap(lines: list[str]) -> list[str]:
    """Plain text hard-wrapped at a fixed width (a wire copy, an e-mail) -> one line a
    paragraph, so that no sentence is cut at a line end ("arrived in Moscow on" / "Monday").

    Text is taken as wrapped when several lines stop near one width mid-sentence. Then a
    line that does not end a sentence is joined to the next when the next goes on in lower
    case, or the line reaches that width (the next word did not fit); a headline or a byline,
    shorter, stays on its own line. Text that is not wrapped is left as it is."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    mid_sentence = [
        line for line in lines
        if len(line.rstrip()) >= width - 15 and not line.rstrip().endswith(_ENDS_SENTENCE)
    ]
    wrapped = 40 <= width <= 100 and len(mid_sentence) >= 3
    joined: list[str] = []
    for before, line in zip(["", *lines], lines):
        before = before.rstrip()
        goes_on = wrapped and bool(line.strip()) and bool(before) and not before.endswith(_ENDS_SENTENCE)
        if goes_on and (line.lstrip()[:1].islower() or len(before) >= width - 15):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def _tidy(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\t", " ")
    return re.sub(r" {2,}", " ", line).strip()


def _key(line: str) -> str:
    """A line reduced to its letters and digits, of any script (a Russian page's lines are not
    all one empty key), to find copies that differ only in quotes."""
    return re.sub(r"[\W_]+", "", line.lower())


def is_noise(line: str, rules: Rules, *, captions: bool = True) -> bool:
    """A line of page furniture: navigation, sharing, boilerplate; a photo's caption too,
    unless `captions` is False."""
    plain = normal(_LIST_NUMBER.sub("", line))
    if plain in rules.drop_lines or plain.startswith(rules.drop_starts):
        return True
    # A photo caption or credit: "(left)", "File photo", "Ahn Young-joon / AP / TASS".
    lowered = line.lower()
    credit = " / " in line and len(line.split()) <= 8 and not _STAMP.search(line)  # "April 24, 2019 / 9:05 AM" is a date
    # "... in Berlin. (picture alliance / dpa / Jane Roe)"; "... at the White House. Picture: Getty"
    credited = _CLOSING_CREDIT.search(line) is not None or _CLOSING_LABEL.search(line) is not None
    if credit or captions and (credited or any(mark in lowered for mark in rules.caption_marks)):
        return True
    # Breadcrumbs and menus: several short items joined by separators; not a wire line that
    # stamps the story with its year and time ("ANI | Moscow | Updated: 23-02-2022 17:34 IST").
    stamped = bool(re.search(r"\b(?:19|20)\d{2}\b", line) and re.search(r"\b\d{1,2}:\d{2}\b", line))
    return line.count(" | ") >= 2 and not stamped or line.count(" > ") >= 1 and len(line.split()) < 12


def clean_lines(raw: tuple[str, ...], rules: Rules) -> tuple[str, ...]:
    lines = _article_lines(raw, rules, captions=True)
    if not _enough(lines):
        # A photo page whose caption is the whole story ("Zelensky (center) is welcomed to
        # the White House by Biden (right)"): the caption is the article.
        lines = _article_lines(raw, rules, captions=False)
    return lines


def _article_lines(raw: tuple[str, ...], rules: Rules, *, captions: bool) -> tuple[str, ...]:
    lines: list[str] = []
    in_list = False
    for line in raw:
        if not line:
            continue
        plain = normal(_LIST_NUMBER.sub("", line))
        if any(plain.startswith(marker) for marker in rules.end_markers) and lines:
            break
        if plain.rstrip(":") in rules.list_headings and any(kept.endswith(_ENDS_SENTENCE) for kept in lines):
            in_list = True  # "Related Stories" below the article's text: other stories' headlines follow
            continue
        if in_list and not line.endswith(_ENDS_SENTENCE):
            continue
        in_list = False
        if is_noise(line, rules, captions=captions):
            continue
        lines.append(line)
    # A headline printed again further down is not part of the body (do this first, or
    # the two copies may end up side by side and pass for a caption).
    if lines:
        head = _key(lines[0])
        lines = [lines[0]] + [line for line in lines[1:] if _key(line) != head]
    # A feed item is its headline and its standfirst printed twice: that line is no caption
    # when it is all the text there is, so one copy stays.
    captionless = _drop_captions(lines)
    lines = captionless if _enough(captionless) else [line for i, line in enumerate(lines) if i == 0 or _key(line) != _key(lines[i - 1])]
    lines = _drop_second_copy(lines)
    return tuple(lines)


def _enough(lines: list[str] | tuple[str, ...]) -> bool:
    """Enough words to be an article."""
    return sum(word_count(line) for line in lines) >= _ARTICLE_WORDS


_ARTICLE_WORDS = 15
"""The fewest words an article has, headline and all."""


_UNSPACED_LETTERS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
"""Chinese characters and Japanese kana, written without spaces between words."""

_THAI_LETTERS = re.compile(r"[\u0e00-\u0e7f]")
"""Thai letters and vowel signs, written without spaces between words."""


def word_count(text: str) -> int:
    """Words in `text`: those spaces part, and in a script written without spaces one for every
    two characters (a Chinese word's usual length), or four in Thai, whose vowels are signs of
    their own."""
    return len(text.split()) + len(_UNSPACED_LETTERS.findall(text)) // 2 + len(_THAI_LETTERS.findall(text)) // 4


def _drop_captions(lines: list[str]) -> list[str]:
    """A line printed twice in a row is a photo caption (with its alt text): drop both."""
    kept: list[str] = []
    index = 0
    while index < len(lines):
        if index + 1 < len(lines) and _key(lines[index]) == _key(lines[index + 1]):
            index += 2
            continue
        kept.append(lines[index])
        index += 1
    return kept


def _drop_second_copy(lines: list[str]) -> list[str]:
    """A body pasted twice: keep the first copy of any run of three or more repeated lines."""
    keys = [_key(line) for line in lines]
    seen: dict[str, int] = {}
    kept: list[str] = []
    index = 0
    while index < len(lines):
        first = seen.get(keys[index])
        if first is not None and keys[first + 1 : first + 3] == keys[index + 1 : index + 3]:
            # Skip the copy for as long as it follows the first one.
            offset = 0
            while index + offset < len(lines) and first + offset < index and keys[first + offset] == keys[index + offset]:
                offset += 1
            index += offset
            continue
        seen.setdefault(keys[index], index)
        kept.append(lines[index])
        index += 1
    return kept
