import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.outputs import markdown
from tracker.outputs.markdown import forget_texts, is_plain, is_web_url, markdown_to_html, markdown_to_text, parse


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        ("**bold** and *em*", "<p><strong>bold</strong> and <em>em</em></p>\n"),
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"),
        ("[ok](https://example.org/a?b=1&c=2)", '<p><a href="https://example.org/a?b=1&amp;c=2">ok</a></p>\n'),
        ("[js](javascript:alert(1))", "<p>[js](javascript:alert(1))</p>\n"),
        ("[rel](/events/x/)", "<p>[rel](/events/x/)</p>\n"),
        ("[mail](mailto:a@b.c)", "<p>[mail](mailto:a@b.c)</p>\n"),
        ("![img](https://example.org/x.png)", '<p>!<a href="https://example.org/x.png">img</a></p>\n'),
        ("<https://example.org>", '<p><a href="https://example.org">https://example.org</a></p>\n'),
    ],
)
def test_markdown_escapes_html_and_keeps_only_web_links(markdown: str, html: str) -> None:
    assert str(markdown_to_html(markdown)) == html


@pytest.mark.parametrize(
    ("url", "allowed"),
    [("https://a.b/", True), ("HTTP://a.b/", True), ("javascript:x", False), ("data:text/html,x", False), ("//a.b", False)],
)
def test_only_http_and_https_are_web_urls(url: str, allowed: bool) -> None:
    assert is_web_url(url) is allowed


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("**Bold** and *em*,\nover two lines.", "Bold and em, over two lines."),
        ("First paragraph.\n\nSecond  one.", "First paragraph. Second one."),
        ("Read [the report](https://example.org/r) and `code`.", "Read the report and code."),
        ("<b>Not markup</b> & more", "<b>Not markup</b> & more"),
        # A link the page does not make shows as the page shows it, brackets and all.
        ("See [rel](/events/x/).", "See [rel](/events/x/)."),
        ("![img](https://example.org/x.png)", "!img"),
    ],
)
def test_plain_text_is_the_words_the_page_shows(markdown: str, text: str) -> None:
    assert markdown_to_text(markdown) == text


def test_one_text_gives_the_same_html_and_plain_text_whichever_is_asked_first() -> None:
    text = "A *fresh* text, [linked](https://example.org/fresh)."
    assert markdown_to_text(text) == "A fresh text, linked."
    assert str(markdown_to_html(text)) == '<p>A <em>fresh</em> text, <a href="https://example.org/fresh">linked</a>.</p>\n'


def test_each_text_is_parsed_once_a_build(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []

    def counted(text: str) -> tuple[object, str]:
        parsed.append(text)
        return parse(text)

    monkeypatch.setattr(markdown, "parse", counted)
    forget_texts()  # what earlier tests converted
    texts = [f"Talks on *day {n}*." for n in range(3)]
    for _ in range(2):  # the page, then the feed, the calendar, the data files
        assert [markdown_to_text(text) for text in texts] == ["Talks on day 0.", "Talks on day 1.", "Talks on day 2."]
        assert str(markdown_to_html(texts[0])) == "<p>Talks on <em>day 0</em>.</p>\n"
    assert parsed == texts
    forget_texts()  # the next build parses its own texts
    markdown_to_html(texts[0])
    assert parsed == [*texts, texts[0]]


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from("aXé"), st.text(alphabet=" \u00a0\u2028\x0c\tbYé1.,;:!?'\"()#-+=%@$^{}|/~*_[]<>&\\`", max_size=24))
def test_a_plain_line_converts_as_the_parser_converts_it(first: str, rest: str) -> None:
    markdown = first + rest
    if is_plain(markdown):
        assert (str(markdown_to_html(markdown)), markdown_to_text(markdown)) == tuple(map(str, parse(markdown)))


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("Kim arrived by train.", True),
        ('He said "soon" (on Tuesday); 3 days early!', True),
        ("1. Not a sentence", False),
        ("- A list", False),
        ("# A heading", False),
        ("An *emphasis*", False),
        ("A [link](https://example.org)", False),
        ("Two\nlines", False),
        (" Leading space", False),
        ("", False),
    ],
)
def test_only_a_line_of_words_skips_the_parser(markdown: str, plain: bool) -> None:
    assert is_plain(markdown) is plain
