"""Helpful corrections for values an editor is likely to get nearly right."""

from __future__ import annotations

import datetime as dt
import re

from tracker.content.model import PartialDate

_NUMERIC = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")
"""9/5/2015, 09.05.2015: day and month order depend on the writer's country."""


def date_hint(text: str) -> str | None:
    """How to write a date given in another form: "9 May 2015" -> "write 2015-05-09".

    Keeps the precision the editor gave ("May 2015" -> 2015-05). None when the text
    does not read as a date, so that the plain rule is shown instead.
    """
    numeric = _NUMERIC.match(text)
    if numeric:
        first, second, year = (int(part) for part in numeric.groups())
        readings = []
        for day, month in ((first, second), (second, first)):
            try:
                readings.append(dt.date(year, month, day).isoformat())
            except ValueError:
                pass
        readings = sorted(set(readings))
        if len(readings) == 1:
            return f"write {readings[0]}"
        if len(readings) == 2:
            return f"write {readings[0]} or {readings[1]}, whichever is meant (YYYY-MM-DD)"
        return None
    from dateutil import parser as dateparser  # imported only for a wrong date: a tenth of a rebuild's check

    # Parse twice with different defaults: a part that changes was not in the text.
    try:
        one = dateparser.parse(text, default=dt.datetime(1, 1, 1))
        two = dateparser.parse(text, default=dt.datetime(2, 2, 2))
    except (ValueError, OverflowError):
        return None
    if one.year != two.year or not 1000 <= one.year <= 9999:
        return None
    if one.month != two.month:
        return f"write {one.year:04d}"
    if one.day != two.day:
        return f"write {one.year:04d}-{one.month:02d}"
    return f"write {one.year:04d}-{one.month:02d}-{one.day:02d}"


def parse_date(text: str) -> PartialDate:
    """A date typed by an editor (an option or an answer); raise ValueError saying what is
    wrong and, for a near miss such as "9 May 2015", the form to write."""
    text = text.strip()
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        hint = date_hint(text)
        raise ValueError(f"{text!r} is not in the form YYYY, YYYY-MM or YYYY-MM-DD ({hint})" if hint else str(error)) from error
