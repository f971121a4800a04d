""""Cite this entry": an event as BibTeX and as CSL-JSON, for reference managers.

Pure: an event, its content version and the date it last changed in, text out. The
version is a hash of the entry's file (see provenance.py), so a citation names the exact
text it cites and the same entry always gives the same citation. Nothing here reads the
clock: there is no access date; a reader adds their own.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import orjson

_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
}
_LATEX_SPECIAL = re.compile("|".join(re.escape(char) for char in _LATEX_SPECIALS))
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def bibtex_text(text: str) -> str:
    """Text as a BibTeX field value shows it: LaTeX's special characters escaped, braces always balanced."""
    return _LATEX_SPECIAL.sub(lambda match: _LATEX_SPECIALS[match.group()], " ".join(text.split()))


@dataclass(frozen=True)
class EntryCitation:
    """What a citation of one entry says."""

    key: str
    """The event's ID: a BibTeX key and a CSL `id`."""
    title: str
    site: str
    """The site's title, cited as the author and the container."""
    url: str
    version: str
    """The entry's content version."""
    changed: dt.date | None
    """When the entry last changed, from git; None when not known."""

    def bibtex(self) -> str:
        fields = [
            ("title", "{" + bibtex_text(self.title) + "}"),  # double braces keep the title's capitals
            ("author", "{" + bibtex_text(self.site) + "}"),  # an institution, not "Last, First"
            ("url", self.url.replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C")),
            ("version", bibtex_text(self.version)),
            ("note", f"Entry version {bibtex_text(self.version)}"),
        ]
        if self.changed:
            fields += [("year", str(self.changed.year)), ("month", _MONTHS[self.changed.month - 1])]
        body = ",\n".join(
            f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}" for name, value in fields
        )
        return f"@misc{{{self.key},\n{body}\n}}\n"

    def csl(self) -> dict[str, Any]:
        item: dict[str, Any] = {
            "id": self.key,
            "type": "webpage",
            "title": self.title,
            "author": [{"literal": self.site}],
            "container-title": self.site,
            "URL": self.url,
            "version": self.version,
        }
        if self.changed:
            item["issued"] = {"date-parts": [[self.changed.year, self.changed.month, self.changed.day]]}
        return item

    def csl_json(self) -> str:
        """A CSL-JSON document: a list of one item, as reference managers import it."""
        return orjson.dumps([self.csl()], option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"

