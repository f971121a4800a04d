"""What is under `content/`: the entry files of each kind, and the files that are out of place.

Every file under `content/` must be a plain file where an entry or a rule file belongs,
named by a valid ID. The folders are listed once, as strings: a path object and a system
call per file were most of the time of checking a large content folder.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tracker.content.problems import Problem

ENTRY_KINDS = ("events", "leaders", "sources")
"""The folders of `content/`, one entry a file."""
RULE_FILES = ("gazetteer.yaml", "ingest-cues.yaml", "publishers.yaml")
"""The YAML files at the top of `content/` that are not entries: the ingester's rules."""
ENTRY_SUFFIXES = (".yaml", ".yml")
ID_FORM = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
"""An entry's ID, which is its file name without the suffix."""


def slug(text: str, words: int = 0) -> str:
    """`text` in the form of an ID, cut to its first `words` words (0: all of them):
    "Kim Jong-un's trip to Ūlan-Ude!" -> "kim-jong-un-trip-to-ulan-ude". A possessive loses its
    "s" rather than becoming a word of its own; letters outside ASCII lose their accents, and
    those with no ASCII form are dropped, so a name in another script gives "".
    """
    unpossessive = re.sub(r"['\u2019]s\b", "", text)
    ascii_text = unicodedata.normalize("NFKD", unpossessive).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(parts[:words] if words else parts)


def display_path(path: Path) -> str:
    """A path as messages show it: relative to the working directory when inside it.

    Only the folder is resolved, so a symbolic link is named as itself, not as its target.
    """
    shown = path.parent.resolve() / path.name
    try:
        return str(shown.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(shown)


def split_name(name: str) -> tuple[str, str]:
    """A file name's stem and suffix, as pathlib splits them: `.gitkeep` has no suffix."""
    dot = name.rfind(".")
    return (name[:dot], name[dot:]) if 0 < dot < len(name) - 1 else (name, "")


@dataclass(frozen=True)
class Listing:
    """What is under `content/`: each kind's entry files, and the files that are out of place."""

    entries: dict[str, list[tuple[str, str, bool]]]
    """Each kind's entry files: name, ID (the name's stem) and whether it is a symbolic link
    (listed, its name being an ID, but never read); sorted, so every run reads them in one order."""
    problems: list[Problem]


def list_content(content_dir: Path) -> Listing:
    """The entry files under `content_dir`, and every file that is not what it seems.

    A symbolic link anywhere (it could publish a file from outside the repository), a YAML file
    outside the entry folders or with a suffix in capitals, any other file in an entry folder
    (each would be silently ignored; hidden files such as .gitkeep apart),
    an entry named by no valid ID or by a name Windows reserves, and two entries whose names
    differ only in case (they collide on macOS and Windows checkouts).
    """
    entries: dict[str, list[tuple[str, str, bool]]] = {kind: [] for kind in ENTRY_KINDS}
    problems: list[Problem] = []
    _list_folder(content_dir, (), entries, problems)
    for kind in ENTRY_KINDS:
        seen: dict[str, str] = {}
        for name, stem, _ in entries[kind]:
            if not ID_FORM.match(stem):
                fixed = slug(stem) or "an-id"
                problems.append(
                    Problem(
                        display_path(content_dir / kind / name), 1, "",
                        f"the file name {stem!r} is not a valid ID "
                        f"(use lowercase letters, digits and single hyphens: rename it to {fixed}.yaml)",
                    )
                )
            elif stem.upper() in _WINDOWS_DEVICES:
                problems.append(
                    Problem(
                        display_path(content_dir / kind / name), 1, "",
                        f"the ID {stem!r} names a device on Windows, where the file cannot be checked out "
                        f"(rename it, e.g. to {stem}-1.yaml)",
                    )
                )
            folded = stem.casefold()
            if folded in seen and split_name(seen[folded])[0] != stem:
                problems.append(
                    Problem(
                        display_path(content_dir / kind / name), 1, "",
                        f"differs only in case from {display_path(content_dir / kind / seen[folded])}; the two collide on "
                        "macOS and Windows (keep one)",
                    )
                )
            seen.setdefault(folded, name)
    return Listing(entries, problems)


def _list_folder(
    folder: Path, relative: tuple[str, ...], entries: dict[str, list[tuple[str, str, bool]]], problems: list[Problem]
) -> None:
    """Walk `folder` (never into a link), noting the entry files and the files out of place.

    Names are compared as strings and each file's kind comes from its folder's listing: a
    path object and a system call per file were most of the time of a large content check."""
    try:
        with os.scandir(folder) as scan:
            found = sorted(scan, key=lambda entry: entry.name)
    except OSError:
        return  # as os.walk: a folder that cannot be listed is passed over
    kind = relative[0] if len(relative) == 1 and relative[0] in ENTRY_KINDS else None
    listed = entries[kind] if kind is not None else None
    subfolders = []
    for entry in found:
        name = entry.name
        stem, suffix = split_name(name)
        is_entry = listed is not None and suffix in ENTRY_SUFFIXES
        if entry.is_symlink():
            problems.append(
                Problem(display_path(folder / name), 1, "", "is a symbolic link; content must be plain files (put the file itself here)")
            )
        elif entry.is_dir():
            subfolders.append(name)
            continue
        elif not is_entry:  # an entry file has nothing wrong that _file_problem looks for
            _file_problem(folder, relative, name, listed is not None, problems)
        if is_entry and listed is not None and (entry.is_symlink() or entry.is_file()):
            listed.append((name, stem, entry.is_symlink()))
    for name in subfolders:
        _list_folder(folder / name, relative + (name,), entries, problems)


def _file_problem(folder: Path, relative: tuple[str, ...], name: str, in_entry_folder: bool, problems: list[Problem]) -> None:
    lowered = name.lower()
    if lowered.endswith(ENTRY_SUFFIXES) and not name.endswith(ENTRY_SUFFIXES):
        stem, suffix = split_name(name)
        problems.append(
            Problem(
                display_path(folder / name), 1, "",
                f"ends in {suffix}, which the build does not read (rename it to {stem}.yaml)",
            )
        )
    elif not name.startswith(".") and not lowered.endswith(ENTRY_SUFFIXES) and in_entry_folder:
        problems.append(
            Problem(
                display_path(folder / name), 1, "",
                "is not an entry, so the build ignores it (entries are YAML files ending in .yaml: rename or remove it)",
            )
        )
    elif name.endswith(ENTRY_SUFFIXES) and not (in_entry_folder or (relative == () and name in RULE_FILES)):
        problems.append(
            Problem(
                display_path(folder / name), 1, "",
                f"is not in an entry folder, so it would be ignored (move it into content/{'/, content/'.join(ENTRY_KINDS)}/)",
            )
        )


_WINDOWS_DEVICES = frozenset(["CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10))])
"""File names Windows reserves, whatever the suffix: `nul.yaml` cannot exist in a Windows checkout."""


def shown_folder(content_dir: Path, kind: str) -> str:
    """An entry folder as messages show it, resolved once, not for each file: resolving was a
    tenth of a large build."""
    return str(Path(display_path(content_dir / kind / "_")).parent)


def missing_folder(content_dir: Path) -> Problem:
    return Problem(display_path(content_dir), 0, "", "no such content folder (give --content DIR)")
