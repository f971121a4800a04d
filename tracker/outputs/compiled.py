"""Templates compiled by one build, kept for the next (in `.build-cache/`): Jinja compiles each
template to Python on first use, which a rebuild that renders one page spends most of its
rendering time on.

Each file holds one template's code, with the digest of its source (Jinja's own check: an
edited template is compiled afresh) and a digest of the file's own bytes (ours: a file cut
short or changed on disk is ignored with a warning, never run). The folder is named after
the build's salt (our code, templates and settings, `cache.code_salt`), so code that sets up
the templates differently never runs what other code compiled; the folders of other salts go.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

from tracker.outputs.cache import ignore_damaged, read_sealed, write_sealed


class CompiledTemplates(jinja2.BytecodeCache):
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def in_cache(cls, cache_folder: Path, salt: str) -> CompiledTemplates:
        """The compiled templates for `salt` in the build cache `cache_folder`; those of other salts are removed."""
        name = f"templates-{hashlib.blake2b(f'{salt} {jinja2.__version__} {sys.version}'.encode(), digest_size=8).hexdigest()}"
        if cache_folder.is_dir():
            for other in cache_folder.glob("templates-*"):
                if other.name != name and other.is_dir() and not other.is_symlink():
                    shutil.rmtree(other, ignore_errors=True)
        return cls(cache_folder / name)

    def _file(self, bucket: Bucket) -> Path:
        return self.folder / f"{bucket.key}.code"

    def load_bytecode(self, bucket: Bucket) -> None:
        path = self._file(bucket)
        try:
            code = read_sealed(path)
        except (FileNotFoundError, NotADirectoryError):
            return
        except (OSError, ValueError) as error:
            ignore_damaged(path, error, "compiling the template again")
            return
        bucket.bytecode_from_string(code)  # an edited template's code is dropped here: its source's digest differs

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            write_sealed(self._file(bucket), bucket.bytecode_to_string())  # whole or not at all, even with workers writing the same
        except OSError:
            pass  # a cache only: the next build compiles the template again
