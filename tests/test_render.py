import pytest

from tracker.outputs.render import is_web_url, markdown_to_html


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
