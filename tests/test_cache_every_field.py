"""A rebuild after an edit of any text an editor may change equals a clean build.

`test_cache.py` walks the edits by kind (an entry added, renamed, deleted; a template changed);
this walks every free-text field of the fixture content, one edit a step, each kept for the
next, so that a rebuild which skips what an edit does not reach is checked against every field
a page, feed, calendar or data file may show, not only those a test thought of.
"""

from __future__ import annotations

import re
from pathlib import Path

from test_cache import clean, incremental, tree, workspace  # noqa: F401  (workspace: a fixture)

TEXT_FIELDS = ("title", "summary", "note", "quote", "name", "native_name", "city", "publisher", "author", "claimed_by")
# A field's value as it starts on its line, in block or flow style; block scalars, lists and
# mappings are left out (their text is on other lines, or is IDs). A leader's `office` must be
# one of its offices' titles, so neither is edited alone.
TEXT_VALUE = re.compile(rf"\b(?P<field>{'|'.join(TEXT_FIELDS)}): (?=[^>|\[{{\s])")


def text_fields(content: Path) -> list[tuple[Path, int]]:
    """Each free-text value in the content, as its file and the offset where its text starts."""
    return [(path, match.end()) for path in sorted(content.rglob("*.yaml"))
            for match in TEXT_VALUE.finditer(path.read_text(encoding="utf-8"))
            if not (path.parent.name == "leaders" and match["field"] == "title")]


def prefix_value(path: Path, offset: int) -> None:
    text = path.read_text(encoding="utf-8")
    quote = text[offset] if text[offset] in "\"'" else ""
    at = offset + len(quote)
    path.write_text(text[:at] + "Edited " + text[at:], encoding="utf-8")


def test_a_rebuild_after_any_text_edit_equals_a_clean_build(workspace: Path) -> None:  # noqa: F811
    fields = text_fields(workspace / "content")
    assert len(fields) > 30, "the fixture content should have text of every kind to edit"
    incremental(workspace)
    # from the end of each file backwards, so the offsets still to come stay where they were
    for path, offset in sorted(fields, key=lambda field: (str(field[0]), -field[1])):
        line = path.read_text(encoding="utf-8")[:offset].count("\n") + 1
        prefix_value(path, offset)
        written = incremental(workspace)
        where = f"after editing {path.relative_to(workspace)}:{line}"
        assert tree(workspace / "site") == clean(workspace), where
        assert written.written > 0, where
