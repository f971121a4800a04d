"""What the last build made, so the next one can skip what has not changed.

One JSON file per output folder, in one git-ignored folder beside it (`.build-cache/`).
It is only a hint: deleting it costs one full build; a file that cannot be read is
ignored with a warning; and nothing in it is believed about the site without checking the
live files' size, modification time and inode (write.Record.matches).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from tracker.content.load import ParsedFiles
from tracker.outputs import render
from tracker.outputs.write import Manifest, Record
from tracker.settings import PROJECT_DIR, Settings

FORMAT = 1
PACKAGE_DIR = PROJECT_DIR / "tracker"
SCHEMA_DIR = PROJECT_DIR / "schema"


@dataclass(frozen=True)
class Saved:
    """One build's record: what it read, and what it wrote."""

    inputs: str
    """A digest of every content file's name, size and modification time, and of the salt
    (the code, templates, schemas and settings)."""
    outputs: Manifest


def _digest(parts: Iterable[str | bytes]) -> str:
    hasher = hashlib.blake2b(digest_size=20)
    for part in parts:
        hasher.update(part.encode("utf-8") if isinstance(part, str) else part)
        hasher.update(b"\0")
    return hasher.hexdigest()


def _files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file() and "__pycache__" not in path.parts)


def code_salt(settings: Settings, finishing: Iterable[object]) -> str:
    """What every output depends on: our code, templates and schemas (their bytes), the
    settings, and the finishing steps' names."""
    sources = [*_files(PACKAGE_DIR), *_files(render.TEMPLATE_DIR), *_files(SCHEMA_DIR)]
    finishing_names = [getattr(step, "__qualname__", repr(step)) for step in finishing]
    return _digest([repr(settings), *finishing_names, *(part for path in sources for part in (str(path), path.read_bytes()))])


def _git_head(content_dir: Path) -> str:
    """The commit checked out, which the pages' history of changes comes from; "" outside git."""
    try:
        done = subprocess.run(
            ["git", "-C", str(content_dir), "rev-parse", "HEAD"], capture_output=True, text=True, check=False
        )
    except OSError:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def input_digest(content_dir: Path, salt: str) -> str:
    """Every content file's name, size and modification time (nanoseconds), the commit checked
    out (the pages show the entries' history), and the salt."""
    parts = [salt, str(content_dir.resolve()), _git_head(content_dir)]
    for root, folders, names in os.walk(content_dir):
        folders.sort()
        for name in sorted(names):
            info = os.lstat(os.path.join(root, name))  # a link is refused by the loader, never followed
            parts.append(f"{root}/{name} {info.st_size} {info.st_mtime_ns}")
    return _digest(parts)


@dataclass(frozen=True)
class BuildCache:
    folder: Path

    @classmethod
    def beside(cls, out: Path) -> BuildCache:
        """The cache folder next to the output folder: `site/` -> `.build-cache/`."""
        return cls(out.resolve().parent / ".build-cache")

    def _file(self, out: Path) -> Path:
        resolved = out.resolve()
        return self.folder / f"{resolved.name}-{_digest([str(resolved)])[:12]}.json"

    def load(self, out: Path) -> Saved | None:
        """The last build's record for `out`, or None (with a warning when it is unreadable)."""
        path = self._file(out)
        if not path.is_file():
            return None
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") != FORMAT:
                return None
            outputs = {name: Record(**fields) for name, fields in raw["outputs"].items()}
            return Saved(str(raw["inputs"]), outputs)
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
            print(f"warning: ignoring the build cache {path} ({error}); building everything", file=sys.stderr)
            return None

    def save(self, out: Path, saved: Saved) -> None:
        """Write the record atomically: a killed build leaves the old record or the new one."""
        record = {
            "format": FORMAT,
            "inputs": saved.inputs,
            "outputs": {name: asdict(entry) for name, entry in saved.outputs.items()},
        }
        self._write(self._file(out), record)

    def _parsed_file(self, content_dir: Path) -> Path:
        resolved = content_dir.resolve()
        return self.folder / f"parsed-{resolved.name}-{_digest([str(resolved)])[:12]}.json"

    def load_parsed(self, content_dir: Path, salt: str) -> ParsedFiles:
        """The content files the last build parsed, if it ran the same code and settings
        (`salt`); none, with a warning, when the record cannot be read."""
        path = self._parsed_file(content_dir)
        if not path.is_file():
            return ParsedFiles()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") != FORMAT or raw.get("salt") != salt:
                return ParsedFiles()
            files = raw["files"]
            if not all(isinstance(key, str) and isinstance(text, str) for key, text in files.items()):
                raise ValueError("a parsed file is not text")
            return ParsedFiles(earlier=files)
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
            print(f"warning: ignoring the build cache {path} ({error}); parsing every content file", file=sys.stderr)
            return ParsedFiles()

    def save_parsed(self, content_dir: Path, salt: str, parsed: ParsedFiles) -> None:
        self._write(self._parsed_file(content_dir), {"format": FORMAT, "salt": salt, "files": parsed.now})

    def _write(self, path: Path, record: object) -> None:
        """Write `record` as JSON atomically: a killed build leaves the old file or the new one."""
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".cache-", dir=self.folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(record, stream, separators=(",", ":"))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
