"""Dates written in prose or another country's order get the form to write instead."""

from __future__ import annotations

import pytest

from tracker.content.hints import date_hint


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("9 May 2015", "write 2015-05-09"),
        ("May 9, 2015", "write 2015-05-09"),
        ("9th of May 2015", "write 2015-05-09"),
        ("May 2015", "write 2015-05"),  # the precision given is kept
        ("2015/05/09", "write 2015-05-09"),
        ("25/12/2019", "write 2019-12-25"),  # only one reading is a real date
        ("12.25.2019", "write 2019-12-25"),
        ("9/5/2015", "write 2015-05-09 or 2015-09-05, whichever is meant (YYYY-MM-DD)"),
        ("spring", None),
        ("Saturday", None),  # no year: nothing to suggest
        ("soon", None),
    ],
)
def test_date_hint(written: str, hint: str | None) -> None:
    assert date_hint(written) == hint
