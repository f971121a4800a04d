"""`python build.py new event|leader|source`: write a commented skeleton for an editor to finish.

The key fields come from options or, in a terminal, from questions. Each answer is checked
as it comes (a date in the right form, a leader or source that exists) so that the file
written is valid but for what only a person can write (summaries, notes), marked TODO, which
`check` refuses until it is written. The ID is derived from the fields, and an existing file
is never overwritten.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from tracker.content.layout import slug
from tracker.content.model import Kind, Status

# The command line builds its options from FIELDS on every run, `build` included: what only
# writing an entry needs (YAML, the schemas, the country list) is imported where it is used.

Ask = Callable[[str], str]
"""Asks a question and returns the answer (`input` in a terminal)."""


class ScaffoldError(Exception):
    """The options are incomplete or wrong; nothing was written."""

    def __init__(self, messages: list[str], advice: str = "") -> None:
        self.messages = messages
        self.advice = advice
        """A last line on what to do next, when there is more to say."""
        super().__init__("; ".join(messages))


@dataclass(frozen=True)
class Existing:
    """What is already in the content folder, to check references against."""

    ids: Mapping[str, frozenset[str]]
    """Entry IDs by kind ("events", "leaders", "sources")."""
    published: Mapping[str, str]
    """Each source's `published` date as written."""

    @classmethod
    def read(cls, content_dir: Path) -> Existing:
        from tracker.content.load import read_documents

        documents, ids, _ = read_documents(content_dir)  # problems in other files are `check`'s business
        published = {
            doc.id: str(doc.data.get("published"))
            for doc in documents["sources"]
            if isinstance(doc.data, dict) and doc.data.get("published") is not None
        }
        return cls({kind: frozenset(found) for kind, found in ids.items()}, published)


Check = Callable[[str, Existing], str]
"""Returns the value to write, or raises ValueError saying what is wrong and how to fix it."""


@dataclass(frozen=True)
class Field:
    """One key field of a new entry: a command-line option and a question."""

    name: str
    """The option is `--name` (with `-` for `_`)."""
    question: str
    """What a person is asked, and what --help says."""
    check: Check
    required: bool = True
    default: str = ""
    """Used when the field is optional and not given."""


def _text(value: str, existing: Existing) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return " ".join(value.split())


def _date(value: str, existing: Existing) -> str:
    from tracker.content.hints import parse_date

    parse_date(value)
    return value.strip()


def _country(value: str, existing: Existing) -> str:
    import pycountry

    try:
        return str(pycountry.countries.lookup(value.strip()).alpha_2)
    except LookupError:
        pass
    try:
        close = pycountry.countries.search_fuzzy(value.strip())[0]
        hint = f"; did you mean {close.alpha_2} ({close.name})?"
    except LookupError:
        hint = ""
    raise ValueError(f"{value!r} is not a country (use the two-letter ISO 3166-1 code, e.g. RU or KP{hint})")


def _reference(kind: str, how_to_add: str) -> Check:
    def check(value: str, existing: Existing) -> str:
        from tracker.content.schema import suggest

        value = value.strip()
        if value not in existing.ids[kind]:
            raise ValueError(
                f"no {kind[:-1]} has the ID {value!r}{suggest(value, set(existing.ids[kind]))} "
                f"(IDs are the file names in content/{kind}/; {how_to_add})"
            )
        return value

    return check


def _choice(choices: tuple[str, ...]) -> Check:
    def check(value: str, existing: Existing) -> str:
        from tracker.content.schema import suggest

        value = value.strip()
        if value not in choices:
            raise ValueError(f"{value!r} is not one of {', '.join(choices)}{suggest(value, choices)}")
        return value

    return check


def _url(value: str, existing: Existing) -> str:
    value = value.strip()
    if not re.match(r"^https?://\S+$", value):
        raise ValueError(f"{value!r} is not a web address (give the full address starting with https://)")
    return value


def _language(value: str, existing: Existing) -> str:
    value = value.strip()
    if not re.match(r"^[a-z]{2,3}(-[A-Z]{2})?$", value):
        raise ValueError(f"{value!r} is not a language code (use e.g. en, ko or ru)")
    return value


def _id(value: str, existing: Existing) -> str:
    from tracker.content.layout import ID_FORM

    value = value.strip()
    if not ID_FORM.match(value):
        raise ValueError(f"{value!r} is not an ID (use lowercase letters, digits and single hyphens, e.g. {slug(value) or 'kim-putin-summit-2023'})")
    return value


_LEADER = _reference("leaders", "add one with: python build.py new leader")
_SOURCE = _reference("sources", "add one first with: python build.py new source")
_ID = Field("id", "ID, the file name (Enter for the one shown)", _id, required=False)

FIELDS: dict[str, tuple[Field, ...]] = {
    "event": (
        Field("title", "Title, a short headline in our own words", _text),
        Field("date", "When it took or was to take place (YYYY-MM-DD, YYYY-MM or YYYY)", _date),
        Field("status", "Status now: " + " | ".join(s.value for s in Status), _choice(tuple(s.value for s in Status))),
        Field("kind", "Kind: " + " | ".join(k.value for k in Kind), _choice(tuple(k.value for k in Kind)), required=False, default="visit"),
        Field("visitor", "Visitor: leader ID of who travelled (Enter if nobody did)", _LEADER, required=False),
        Field("host", "Host: leader ID of who received (Enter if none)", _LEADER, required=False),
        Field("country", "Country where it happens (two-letter code, e.g. RU)", _country),
        Field("city", "City (Enter if the sources don't say)", _text, required=False),
        Field("source", "Source ID of the report (add it first with: python build.py new source)", _SOURCE),
        _ID,
    ),
    "leader": (
        Field("name", "Name as the site shows it, e.g. Kim Jong Un", _text),
        Field("country", "Country (two-letter code, e.g. KP)", _country),
        Field("office", "Office, e.g. President of Russia", _text),
        Field("native_name", "Name in the leader's own script (Enter to skip)", _text, required=False),
        _ID,
    ),
    "source": (
        Field("publisher", "Publisher, e.g. Deutsche Welle", _text),
        Field("title", "Headline as published", _text),
        Field("published", "Publication date (YYYY-MM-DD)", _date),
        Field("url", "Web address (Enter if none)", _url, required=False),
        Field("author", "Byline (Enter if none)", _text, required=False),
        Field("language", "Language code, e.g. en", _language, required=False, default="en"),
        _ID,
    ),
}
KINDS = tuple(FIELDS)
FOLDERS = {"event": "events", "leader": "leaders", "source": "sources"}


def option(field: Field) -> str:
    return "--" + field.name.replace("_", "-")


def derive_id(kind: str, values: Mapping[str, str]) -> str:
    """The ID a new entry gets from its fields, following the existing files' pattern."""
    if kind == "event":
        words = slug(values["title"], 6)
        year = values["date"][:4]
        return words if words.endswith(year) or not words else f"{words}-{year}"
    if kind == "leader":
        return slug(values["name"])
    publisher, title = slug(values["publisher"], 3), slug(values["title"], 5)
    return "-".join(part for part in (publisher, values["published"], title) if part)


def collect(
    kind: str,
    given: Mapping[str, str | None],
    existing: Existing,
    ask: Ask | None = None,
    tell: Callable[[str], None] = print,
) -> dict[str, str]:
    """The checked value of every field: from `given`, else asked (when `ask` is set).

    Raises ScaffoldError naming every missing or wrong option when it cannot ask.
    """
    from tracker.content.layout import ID_FORM

    values: dict[str, str] = {}
    errors: list[str] = []
    for field in FIELDS[kind]:
        raw = given.get(field.name)
        if raw is not None:
            try:
                values[field.name] = _checked(field, raw, values, kind, existing)
            except ValueError as error:
                if ask is None:
                    errors.append(f"{option(field)}: {error}")
                    continue
                tell(f"{option(field)}: {error}")
            else:
                continue
        if ask is not None:
            values[field.name] = _ask(field, values, kind, existing, ask, tell)
        elif field.required:
            errors.append(f"{option(field)} is missing: {field.question}")
        else:
            values[field.name] = field.default
    if errors:
        raise ScaffoldError(errors, "Nothing was written. Give the options above (see --help), or run in a terminal to be asked.")
    if not values.get("id"):
        values["id"] = derive_id(kind, values)
    if not ID_FORM.match(values["id"]):
        raise ScaffoldError([f"cannot make an ID from the fields given (give one with --id, e.g. --id {kind}-name)"])
    return values


def _checked(field: Field, raw: str, values: Mapping[str, str], kind: str, existing: Existing) -> str:
    if not raw.strip() and not field.required:
        return field.default
    return field.check(raw, existing)


def _ask(field: Field, values: Mapping[str, str], kind: str, existing: Existing, ask: Ask, tell: Callable[[str], None]) -> str:
    default = derive_id(kind, values) if field.name == "id" else field.default
    while True:
        answer = ask(f"{field.question}{f' [{default}]' if default else ''}: ").strip()
        if not answer:
            if default or not field.required:
                return default
            tell("  This one is needed.")
            continue
        try:
            return _checked(field, answer, values, kind, existing)
        except ValueError as error:
            tell(f"  {error}")


def write_entry(content_dir: Path, kind: str, values: Mapping[str, str], existing: Existing) -> Path:
    """Write the skeleton; never replaces a file. Returns its path."""
    from tracker.content.layout import ENTRY_SUFFIXES, display_path
    from tracker.content.schema import SCHEMA_FILES
    from tracker.settings import SCHEMA_DIR
    from tracker.editors import skeletons

    folder = content_dir / FOLDERS[kind]
    path = folder / f"{values['id']}.yaml"
    taken = [folder / f"{values['id']}{suffix}" for suffix in ENTRY_SUFFIXES]
    for found in taken:
        if found.exists() or found.is_symlink():
            raise ScaffoldError([f"{display_path(found)} already exists; edit it, or choose another ID with --id"])
    schema = Path(os.path.relpath(SCHEMA_DIR / SCHEMA_FILES[FOLDERS[kind]], folder.resolve())).as_posix()
    text = skeletons.header(kind, schema) + "\n" + skeletons.SKELETONS[kind](values, existing.published)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        create_whole(path, text.encode("utf-8"))
    except FileExistsError:
        raise ScaffoldError([f"{display_path(path)} already exists; edit it, or choose another ID with --id"]) from None
    return path


def create_whole(path: Path, data: bytes) -> None:
    """Create `path` holding `data`, all at once: nobody ever sees it half-written, and an
    existing file (even one created a moment ago by another run) is never replaced.

    The data goes to a temporary file first (created with O_EXCL, under a name no entry can
    have), then a hard link gives it its name: unlike a rename, a link fails when the name is
    taken. Raises FileExistsError then.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.new")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with open(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.link(temporary, path)
    finally:
        temporary.unlink()


def new_entry(
    content_dir: Path,
    kind: str,
    given: Mapping[str, str | None],
    ask: Ask | None = None,
    tell: Callable[[str], None] = print,
) -> Path:
    """Collect the fields (asking when possible) and write the new entry's file."""
    existing = Existing.read(content_dir)
    values = collect(kind, given, existing, ask, tell)
    return write_entry(content_dir, kind, values, existing)
