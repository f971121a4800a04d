from tracker.outputs.render import utf8


def test_a_page_encoded_in_batches_is_the_page_encoded_whole() -> None:
    pieces = ["<p>", "Kim → Putin ✕ " * 5000, "</p>", "", "—", "<svg>" + "x" * 70000 + "</svg>", "\n"]
    whole = "".join(pieces).encode("utf-8")
    assert utf8(pieces) == whole
    assert utf8(pieces, batch=3) == whole  # a batch after nearly every piece
    assert utf8(iter(pieces), batch=1 << 30) == whole  # one batch, from a generator as Jinja gives
    assert utf8([]) == b""


HOSTILE = "<script>alert('x')</script> & \"quoted\" > less"


def test_a_printed_value_is_escaped_as_markupsafe_escapes_it() -> None:
    from markupsafe import Markup, escape

    from tracker.outputs.render import escaped_text

    class Html:
        def __html__(self) -> str:
            return "<b>trusted</b>"

    for value in (HOSTILE, "", "plain words", 1956, 3.5, None, Markup("<i>kept</i>"), Html(), ["<a>"]):
        assert escaped_text(value) == str(escape(value)), value
    assert escaped_text(HOSTILE) == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#34;quoted&#34; &gt; less"


def test_the_sites_templates_print_the_same_characters_as_jinjas_own_escaping() -> None:
    import jinja2
    from markupsafe import Markup

    from tracker.outputs.render import make_environment

    source = (
        "{% macro row(x) %}<li title='{{ x }}'>{{ x }}</li>{% endmacro %}"
        "{% macro framed(x) %}<div>{{ x }}{{ caller() }}</div>{% endmacro %}"
        "{% set kept %}<b>{{ name }}</b>{% endset %}"
        "<p>{{ name }} {{ count }} {{ safe }} {{ name | upper }} {{ kept }} {{ row(name) }}</p>"
        "{% for item in items %}{{ loop.index }}:{{ item }};{% endfor %}"
        "{% call framed(name) %}<em>{{ name }}</em>{% endcall %}"
    )
    values = {"name": HOSTILE, "count": 7, "safe": Markup("<i>ok</i>"), "items": ["a<b", 'q"', Markup("<s>")]}
    ours = make_environment().from_string(source).render(**values)
    jinjas = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(source).render(**values)
    assert ours == jinjas
    assert "<script>" not in ours and "&lt;script&gt;" in ours and "<i>ok</i>" in ours
