"""The JSON Schemas under `schema/`, and what they say is wrong in an editor's words.

The schemas are the one statement of each entry's fields, also read by editors' IDEs: they
check shape, types and allowed values (validate.py checks what a schema cannot).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import marshal
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import fastjsonschema
from fastjsonschema.ref_resolver import RefResolver

from tracker.content.hints import date_hint
from tracker.content.load import Document
from tracker.content.problems import Location, Problem, dotted
from tracker.settings import SCHEMA_DIR

if TYPE_CHECKING:
    import jsonschema

SCHEMA_FILES = {"events": "event.schema.json", "leaders": "leader.schema.json", "sources": "source.schema.json"}
DATE_PATTERN = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
"""The schemas' pattern for a date; a value that fails it gets a hint in the form to use."""
TEXT_PATTERN = "\\S"
"""The schemas' pattern for a text that must say something: a space alone is as empty as nothing."""

_TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of fields",
    "null": "nothing (null)",
}


@cache
def load_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema for one kind of entry ("events", "leaders" or "sources")."""
    schema: dict[str, Any] = json.loads((SCHEMA_DIR / SCHEMA_FILES[kind]).read_text(encoding="utf-8"))
    return schema


@cache
def _validator(kind: str) -> jsonschema.Draft202012Validator:
    # Imported only to explain an entry the quick check refused: the import is a third of
    # a rebuild's check of 10,000 events.
    import jsonschema

    return jsonschema.Draft202012Validator(load_schema(kind))


_COMPILED_IN: Path | None = None
"""Where the schemas compiled by fastjsonschema are kept between builds (`keep_compiled_in`)."""


def keep_compiled_in(folder: Path | None) -> None:
    """Keep each schema's compiled check in `folder` (the build cache), and take it from there
    rather than compile it again: compiling the event schema is a quarter of the check of a
    rebuild after one edit. None: compiled afresh each run."""
    global _COMPILED_IN
    _COMPILED_IN = folder


@cache
def _quick_check(kind: str) -> Callable[[Any], Any]:
    """The same schema compiled to Python code: about thirty times faster on valid entries,
    which are nearly all of them. It stops at the first error, so an entry it rejects goes
    through jsonschema, which names every error."""
    schema = load_schema(kind)
    if _COMPILED_IN is None:
        check: Callable[[Any], Any] = fastjsonschema.compile(schema)
        return check
    namespace: dict[str, Any] = {}
    exec(_compiled_code(kind, schema, _COMPILED_IN), namespace)  # code generated from our own schema, by this run or an earlier one
    name = RefResolver.from_schema(schema, handlers={}, store={}).get_scope_name()
    kept: Callable[[Any], Any] = namespace[name]
    return kept


def _compiled_code(kind: str, schema: dict[str, Any], folder: Path) -> Any:
    """The schema's check as Python bytecode, from `folder` where an earlier run kept it for
    the same schema, fastjsonschema and Python; else generated, compiled and kept. A kept file
    whose bytes are not those written is ignored with a warning, never run."""
    from tracker.outputs.cache import ignore_damaged, read_sealed, write_sealed

    made_from = json.dumps(schema, sort_keys=True) + fastjsonschema.VERSION + sys.version
    path = folder / f"schema-{kind}-{hashlib.blake2b(made_from.encode(), digest_size=12).hexdigest()}.code"
    try:
        return marshal.loads(read_sealed(path))
    except FileNotFoundError:
        pass
    except (OSError, ValueError, EOFError, TypeError) as error:
        ignore_damaged(path, error, "compiling the schema again")
    compiled = compile(fastjsonschema.compile_to_code(schema), f"<{SCHEMA_FILES[kind]}>", "exec")
    code = marshal.dumps(compiled)
    try:
        for other in folder.glob(f"schema-{kind}-*.code"):  # an earlier schema's, or another Python's
            other.unlink(missing_ok=True)
        write_sealed(path, code)
    except OSError:
        pass  # a cache only: the next run compiles the schema again
    return compiled


def suggest(word: str, choices: list[str] | tuple[str, ...] | set[str]) -> str:
    """' did you mean x?' for a near miss, or nothing."""
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]}?" if close else ""


def schema_problems(document: Document, kind: str) -> list[Problem]:
    """What the entry's JSON Schema says is wrong, in an editor's words."""
    try:
        _quick_check(kind)(document.data)
        return []
    except fastjsonschema.JsonSchemaException:
        pass
    problems: list[Problem] = []
    for error in _validator(kind).iter_errors(document.data):
        location: Location = tuple(error.absolute_path)
        problems.extend(_explain(document, location, error))
    return problems


def _explain(document: Document, location: Location, error: jsonschema.ValidationError) -> list[Problem]:
    keyword = str(error.validator)
    schema: dict[str, Any] = dict(error.schema) if isinstance(error.schema, dict) else {}
    value: Any = error.instance
    expected: Any = error.validator_value
    fix = schema.get("x-fix")

    def at(where: Location, message: str) -> Problem:
        return Problem(document.path, document.line(where), dotted(where), message)

    if keyword == "required":
        properties = schema.get("properties", {})
        return [
            at(location + (name,), f"is missing (add `{name}:` here; {properties.get(name, {}).get('description', 'required')})")
            for name in expected
            if name not in value
        ]
    if keyword == "additionalProperties":
        known = list(schema.get("properties", {}))
        return [
            at(
                location + (name,),
                f"is not a known field (allowed here: {', '.join(known)}{suggest(name, known)})",
            )
            for name in value
            if name not in known
        ]
    if keyword == "enum":
        choices = [str(choice) for choice in expected]
        return [at(location, f"{value!r} is not allowed (use one of: {', '.join(choices)}{suggest(str(value), choices)})")]
    if keyword == "type":
        types = expected if isinstance(expected, list) else [expected]
        wanted = " or ".join(_TYPE_NAMES[name] for name in types if name != "null")
        hint = ""
        if "string" in types and isinstance(value, bool):
            hint = " (YAML reads yes, no, on, off and NO as true/false: put the value in quotes)"
        elif "string" in types and not isinstance(value, (dict, list)):
            hint = " (put the value in quotes)"
        elif "array" in types:
            hint = " (write a list, e.g. [a, b])"
        elif fix:
            hint = f" ({fix})"
        return [at(location, f"should be {wanted}, not {value!r}{hint}")]
    if keyword == "pattern" and error.validator_value == DATE_PATTERN and isinstance(value, str):
        date_form = date_hint(value)
        if date_form:
            return [at(location, f"{value!r} is not in the form YYYY, YYYY-MM or YYYY-MM-DD ({date_form})")]
    if keyword == "pattern" and error.validator_value == TEXT_PATTERN:
        if value == "":
            return []  # minLength says it: "must not be empty"
        return [at(location, f"must not be blank ({fix or schema.get('description', 'give a value')})")]
    if keyword in ("pattern", "minimum", "maximum"):
        return [at(location, f"{value!r} is not valid ({fix or error.message})")]
    if keyword in ("minItems", "minLength"):
        return [at(location, f"must not be empty ({fix or schema.get('description', 'give a value')})")]
    if keyword == "uniqueItems":
        return [at(location, "lists the same value more than once (remove the repeat)")]
    return [at(location, error.message)]
