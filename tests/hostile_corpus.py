"""The hostile corpus under tests/fixtures/hostile/: read the cases and apply them to a copy
of the fixture content. Shared by the corpus test and scripts/hostile_limits.py."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

CORPUS = Path(__file__).resolve().parent / "fixtures" / "hostile"


def _billion_laughs() -> str:
    lines = ['a0: &a0 "lol"']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 10)]
    return "\n".join(lines) + "\npublisher: *a9\n"


GENERATORS: dict[str, Callable[[], str]] = {
    "billion-laughs": _billion_laughs,
    "huge-integer": lambda: "publisher: Wire\ntitle: " + "9" * 5000 + "\npublished: 2019\n",
    "just-over-the-limit": lambda: _padded("title: x\n", 1_000_001),
    "fifty-megabytes": lambda: "title: x\nsummary: " + "lol " * 12_500_000 + "\n",
    "deep-flow": lambda: "title: " + "[" * 10_000 + "]" * 10_000 + "\n",
    "deep-block": lambda: "title:\n" + "- " * 10_000 + "x\n",
    "long-list": lambda: "leaders: [" + "a, " * 100_000 + "]\n",
    "wide-mapping": lambda: "place: {" + ",".join(f"k{n}:0" for n in range(100_000)) + "}\n",
    "long-word": lambda: _fixture("events/vladivostok-2019.yaml").replace(
        "title: Summit in Vladivostok", "title: " + "Vladivostok" * 45 + "Okays"
    ),
    "at-the-limit": lambda: _padded("publisher: Fixture Wire\ntitle: Padded\npublished: 2019-04-22\n", 1_000_000),
}
"""Files too large or too repetitive to keep as text in the corpus."""


def _fixture(relative: str) -> str:
    return (Path(__file__).resolve().parent / "fixtures" / "content" / relative).read_text(encoding="utf-8")


def _padded(text: str, size: int) -> str:
    """`text` and a comment, `size` bytes in all."""
    return text + "#" * (size - len(text.encode("utf-8")) - 1) + "\n"


def read_cases(name: str) -> list[dict[str, Any]]:
    """The cases of one corpus file (`refused` or `inert`)."""
    cases: list[dict[str, Any]] = yaml.safe_load((CORPUS / f"{name}.yaml").read_text(encoding="utf-8"))
    return cases


def _set(data: Any, dotted: str, value: Any) -> None:
    *parents, last = [int(part) if part.isdigit() else part for part in dotted.split(".")]
    for part in parents:
        data = data[part]
    data[last] = value


def apply_case(case: dict[str, Any], content: Path, outside: Path) -> None:
    """Change the content folder as the case says. `outside` is where link targets are resolved."""
    for relative in case.get("remove", ()):
        target = content / relative
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()
    for relative, text in case.get("write", {}).items():
        path = content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(case.get("encoding", "utf-8")))
    for relative, generator in case.get("make", {}).items():
        (content / relative).write_text(GENERATORS[generator](), encoding="utf-8")
    for relative, fields in case.get("edit", {}).items():
        path = content / relative
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for dotted, value in fields.items():
            _set(data, dotted, value)
        # One top-level field a line, as editors write them: each dumped on its own.
        dumped = (
            yaml.safe_dump(
                {key: value}, allow_unicode=True, width=10**6,
                default_flow_style=None if isinstance(value, (list, dict)) else False,
            )
            for key, value in data.items()
        )
        path.write_text("".join(dumped), encoding="utf-8")
    for relative, target in case.get("symlink", {}).items():
        link = content / relative
        link.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target if target.startswith("/") else outside / target, link)


def make_outside(folder: Path) -> None:
    """What links in the corpus point at: a valid-looking entry and a folder of them, outside content/."""
    secret = "publisher: Secret\ntitle: Not for publication\npublished: 2019\n"
    (folder / "outside.yaml").write_text(secret, encoding="utf-8")
    (folder / "outside").mkdir()
    (folder / "outside" / "secret.yaml").write_text(secret, encoding="utf-8")
