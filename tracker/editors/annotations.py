"""Problems as GitHub Actions workflow commands, so they show on a pull request's diff.

When a check runs in GitHub Actions (the `GITHUB_ACTIONS` variable is `true`), each
problem is also printed as `::error file=PATH,line=N,title=FIELD::message`; GitHub puts
the message next to that line of the changed file. Escaping follows GitHub's toolkit
(actions/toolkit, packages/core/src/command.ts): `%`, CR and LF in the message; those and
`:` and `,` in property values.

GitHub shows at most ten error annotations per step and drops the rest silently
(actions/toolkit, docs/problem-matchers.md), so past nine the last one says how many more
there are and where to read them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tracker.content.problems import Problem

PER_STEP = 10
"""Error annotations GitHub shows for one step."""


def in_github_actions(environ: Mapping[str, str]) -> bool:
    """True when running as a GitHub Actions step."""
    return environ.get("GITHUB_ACTIONS") == "true"


def escape_data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value (file, title, ...)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(problem: Problem, level: str = "error") -> str:
    """One `::error ...::message` line for a problem (`::warning` for a warning)."""
    properties = [f"file={escape_property(problem.path)}"]
    if problem.line:
        properties.append(f"line={problem.line}")
    if problem.field:
        properties.append(f"title={escape_property(problem.field)}")
    return f"::{level} {','.join(properties)}::{escape_data(problem.message)}"


def workflow_commands(problems: Sequence[Problem], limit: int = PER_STEP) -> list[str]:
    """The annotation lines for `problems`, within GitHub's limit per step."""
    if len(problems) <= limit:
        return [annotation(problem) for problem in problems]
    shown = [annotation(problem) for problem in problems[: limit - 1]]
    hidden = len(problems) - (limit - 1)
    return shown + [
        f"::error title={escape_property(f'{hidden} more problems')}::"
        + escape_data(f"GitHub shows only {limit} annotations; all {len(problems)} problems are listed in this step's log.")
    ]
