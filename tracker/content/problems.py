"""Problems found in content: values, collected and reported together, never raised one by one."""

from __future__ import annotations

from dataclasses import dataclass

Location = tuple[str | int, ...]
"""A path into a document: mapping keys and list indexes, e.g. ("timeline", 0, "date")."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the content, said so that an editor can find and fix it."""

    path: str
    """The file, as the editor knows it (relative to the working directory where possible)."""
    line: int
    """1-based; 0 when the problem is not on any line (a missing folder)."""
    field: str
    """The field in dotted form, e.g. `timeline[1].sources[0]`; empty for the file as a whole."""
    message: str
    """What is wrong, then in parentheses how to fix it."""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ContentError(Exception):
    """The content has problems; the build stops and reports all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__(f"{len(self.problems)} problem(s) in the content")


def dotted(location: Location) -> str:
    """("timeline", 0, "date") -> "timeline[0].date", the form messages use."""
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text
