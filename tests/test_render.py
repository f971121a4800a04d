from tracker.outputs.render import utf8


def test_a_page_encoded_in_batches_is_the_page_encoded_whole() -> None:
    pieces = ["<p>", "Kim → Putin ✕ " * 5000, "</p>", "", "—", "<svg>" + "x" * 70000 + "</svg>", "\n"]
    whole = "".join(pieces).encode("utf-8")
    assert utf8(pieces) == whole
    assert utf8(pieces, batch=3) == whole  # a batch after nearly every piece
    assert utf8(iter(pieces), batch=1 << 30) == whole  # one batch, from a generator as Jinja gives
    assert utf8([]) == b""
