"""The command line: parse arguments, call one function, turn known errors into stderr and an exit code."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from typing import TYPE_CHECKING

from tracker.content.problems import ContentError, Problem
from tracker.editors.annotations import annotation, in_github_actions, workflow_commands
from tracker.outputs.cache import BuildCache
from tracker.outputs.search import SearchIndexError, build_search_index
from tracker.outputs.write import MARKER, OutputFolderError
from tracker.pipeline import build_site
from tracker.settings import SettingsError, check_checkout, is_http_address, read_settings

if TYPE_CHECKING:
    import datetime as dt

    from tracker.content.model import PartialDate

# The content model, YAML, Jinja and Markdown, and what only some commands need (dates,
# threads, tracebacks) are imported where a command needs them, not here: `build` with
# nothing to rebuild decides so before loading them.

COMMANDS = ("build", "check", "new", "serve", "ingest")

BUG = 3
"""The exit code of an unexpected error: a bug in the tracker, not a problem in the content
(1) or in an option, a setting or the output folder (2)."""

FINISHING = (build_search_index,)
"""Run on the complete site before it goes live, by `build` and `serve` alike: the search index."""


def make_parser(entry_options: bool = True) -> argparse.ArgumentParser:
    """The command line; without `entry_options`, `new` takes none of its kinds' options (they
    come from the content model, which a `build` with nothing to rebuild never loads)."""
    parser = argparse.ArgumentParser(
        prog="build.py",
        description="Build the visit tracker's static site from the YAML entries under content/.",
        epilog="With no command, `build` runs: python build.py --base-url /repo/",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument(
            "--content", type=Path, default=Path("content"), metavar="DIR",
            help="the content folder (default: content)",
        )
        return sub

    build = command("build", "validate the content and write the site (the default command)")
    build.add_argument("--out", type=Path, default=Path("site"), metavar="DIR", help="output folder (default: site)")
    build.add_argument(
        "--base-url", metavar="URL",
        help="where the site is served: / (default), /repo/ for a project page, or a full https:// URL",
    )
    build.add_argument(
        "--no-search", action="store_true",
        help="leave out the search index (Pagefind): a quicker preview; the search page then finds nothing",
    )
    check = command("check", "validate the content and report every problem; write nothing")
    # --- for editors: link check, new entries, local preview ---
    check.add_argument(
        "--links", type=Path, metavar="SITE",
        help="also check every internal link of the site built in SITE (use the same --base-url as the build)",
    )
    check.add_argument("--base-url", metavar="URL", help="the base URL SITE was built with (default: from pyproject.toml)")
    check.add_argument(
        "--as-of", type=_iso_day, metavar="YYYY-MM-DD",
        help="warn about events still invited, announced or confirmed whose date had passed by this day "
        "(default: the newest source's date in the content)",
    )
    new = command("new", "write a new entry's file: a commented skeleton that passes check, with the right ID")
    kinds = new.add_subparsers(dest="entry", metavar="KIND", required=True)
    if entry_options:
        from tracker.editors import scaffold

        for kind, fields in scaffold.FIELDS.items():
            sub = kinds.add_parser(
                kind, help=f"a new {kind}", description=f"Write content/{scaffold.FOLDERS[kind]}/<id>.yaml. "
                "Missing options are asked for in a terminal; otherwise they are errors.",
            )
            sub.add_argument(  # SUPPRESS: keep `new --content DIR event` working too
                "--content", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="the content folder (default: content)"
            )
            for field in fields:
                sub.add_argument(scaffold.option(field), dest=field.name, metavar="TEXT", help=field.question)
    serve = command("serve", "build, serve the site on 127.0.0.1 and rebuild when content or templates change")
    serve.add_argument("--out", type=Path, default=Path("site"), metavar="DIR", help="output folder (default: site)")
    serve.add_argument("--base-url", metavar="URL", help="serve under this base path, as the build would (default: from pyproject.toml)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    # --- ingest: articles and news feeds -> draft entries ---
    ingest = command("ingest", "draft a source and an event (or a timeline update) from news articles or feeds")
    ingest.add_argument(
        "articles", nargs="*", metavar="ARTICLE",
        help="an http(s) address (fetched), a saved .html page, a text file, or - for standard input",
    )
    ingest.add_argument(
        "--feed", action="append", default=[], metavar="FEED",
        help="an RSS or Atom feed (address or saved file): draft its new items that name a tracked leader;"
        " repeat for several (default with --watch: the feeds setting)",
    )
    ingest.add_argument(
        "--watch", action="store_true", help="read every feed in the `feeds` setting of pyproject.toml's [tool.tracker]",
    )
    ingest.add_argument("--url", metavar="URL", type=_http_url, help="the address of a saved page (recorded in its source entry)")
    ingest.add_argument(
        "--published", metavar="DATE", type=_partial_date,
        help="the publication date, YYYY, YYYY-MM or YYYY-MM-DD, when the page does not give it (overrides the page)",
    )
    ingest.add_argument(
        "--timeout", type=_seconds, metavar="SECONDS",
        help="how long to wait for a page or feed over the network (default: 20)",
    )
    ingest.add_argument("--dry-run", action="store_true", help="print what would be written; write nothing")
    ingest.add_argument(
        "--format", choices=("yaml", "json", "markdown"), default="yaml",
        help="yaml (default): the entries and warnings; json: one object per article, for scripts;"
        " markdown: a summary for a pull request's description",
    )
    return parser


def report(problems: Sequence[Problem]) -> None:
    """Every problem on stderr, and as workflow annotations when running in GitHub Actions."""
    for problem in problems:
        print(problem, file=sys.stderr)
    sys.stderr.flush()
    if in_github_actions(os.environ):
        for line in workflow_commands(problems):
            print(line, flush=True)


def _iso_day(text: str) -> dt.date:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a real day written YYYY-MM-DD") from None


def warn(warnings: Sequence[Problem]) -> None:
    """Warnings on stderr, and as warning annotations in GitHub Actions; they do not fail the check."""
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    sys.stderr.flush()
    if in_github_actions(os.environ):
        for warning in warnings:
            print(annotation(warning, "warning"), flush=True)


def _check(args: argparse.Namespace) -> int:
    from tracker.content.validate import validate_content
    from tracker.editors.overdue import newest_source_date, overdue_warnings
    from tracker.outputs.urls import Urls

    content = validate_content(args.content, read_settings().max_file_bytes)
    print(f"ok: {len(content.events)} events, {len(content.leaders)} leaders, {len(content.sources)} sources")
    as_of = args.as_of or newest_source_date(content)
    if as_of:
        stale = overdue_warnings(content, as_of)
        if stale:
            warn(stale)
            print(f"{len(stale)} event(s) overdue for an update as of {as_of.isoformat()} (warnings, not errors)")
    if args.links is None:
        return 0
    base_url = read_settings().with_overrides(base_url=args.base_url).base_url
    if not args.links.is_dir():
        print(f"error: no site in {args.links} (build it first: make site)", file=sys.stderr)
        return 2
    if not (args.links / MARKER).is_file():
        print(
            f"error: {args.links.resolve()} is not a site the build made (no {MARKER} in it): build it first (make site)",
            file=sys.stderr,
        )
        return 2
    from tracker.editors.linkcheck import broken_links  # only this command needs it

    problems = broken_links(args.links, Urls.from_base_url(base_url).base_path)
    for problem in problems:
        print(f"{args.links}/{problem}", file=sys.stderr)
    if problems:
        print(f"{len(problems)} broken link(s) in {args.links}.", file=sys.stderr)
        return 1
    print(f"ok: every internal link in {args.links} works under {base_url}")
    return 0


def _new(args: argparse.Namespace) -> int:
    from tracker.editors import scaffold

    given = {field.name: getattr(args, field.name) for field in scaffold.FIELDS[args.entry]}
    ask = input if sys.stdin.isatty() else None
    try:
        path = scaffold.new_entry(args.content, args.entry, given, ask)
    except scaffold.ScaffoldError as error:
        for message in error.messages:
            print(f"error: {message}", file=sys.stderr)
        if error.advice:
            print(error.advice, file=sys.stderr)
        return 2
    except (EOFError, KeyboardInterrupt):
        print("\ncancelled; nothing was written.", file=sys.stderr)
        return 1
    print(f"wrote {path}: replace the TODOs, then run: python build.py check")
    return 0


def _serve(args: argparse.Namespace) -> int:
    import threading

    from tracker.editors.serve import Preview  # only this command needs the server

    settings = read_settings().with_overrides(base_url=args.base_url)
    preview = Preview(
        args.content, args.out, settings, port=args.port, finishing=FINISHING,
        report=lambda message: print(message, flush=True),  # seen at once, even through a pipe
    )
    try:
        url = preview.start()
    except OSError as error:
        print(f"error: cannot serve on {preview.host}:{args.port} ({error.strerror}); choose another --port", file=sys.stderr)
        return 2
    print(f"serving {url}  (Ctrl-C to stop; rebuilds when content/ or templates/ change)", flush=True)
    try:
        preview.watch(threading.Event())
    except KeyboardInterrupt:
        pass
    finally:
        preview.stop()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0].startswith("-") and args_list[0] not in ("-h", "--help")):
        args_list.insert(0, "build")
    helped = "-h" in args_list or "--help" in args_list
    parser = make_parser(entry_options=args_list[0] not in COMMANDS or args_list[0] == "new" or helped)
    args = parser.parse_args(args_list)
    try:
        check_checkout()
        if args.command == "ingest":
            (ingest_parser,) = (a.choices["ingest"] for a in parser._actions if isinstance(a, argparse._SubParsersAction))
            return run_ingest(args, ingest_parser)
        if args.command == "check":
            return _check(args)
        if args.command == "new":
            return _new(args)
        if args.command == "serve":
            return _serve(args)
        settings = read_settings().with_overrides(base_url=args.base_url)
        started = time.perf_counter()
        finishing = () if args.no_search else FINISHING
        written = build_site(args.content, args.out, settings, finishing, BuildCache.beside(args.out))
        print(
            f"built {written.files} files into {args.out} ({written.written} written, the rest unchanged)"
            f" in {time.perf_counter() - started:.2f}s"
        )
        return 0
    except ContentError as error:
        report(error.problems)
        print(f"{len(error.problems)} problem(s) found; nothing was written.", file=sys.stderr)
        return 1
    except (SettingsError, SearchIndexError, OutputFolderError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except Exception:
        import traceback

        traceback.print_exc()
        print(
            "error: this is a bug in the tracker, not a problem in the content: please report it with the traceback above",
            file=sys.stderr,
        )
        return BUG


def _http_url(text: str) -> str:
    if not is_http_address(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not an http:// or https:// address")
    return text


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds <= 600:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds between 0 and 600")
    return seconds


def _partial_date(text: str) -> PartialDate:
    """A date as content writes it; a near miss is told the form to write, as in `check`."""
    from tracker.content.hints import parse_date

    try:
        return parse_date(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def run_ingest(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Ingest articles and feeds; a bad article is one line on stderr, and the exit code is 1.

    The ingest package is imported here, not at the top: `build` never needs it.
    """
    feeds = tuple(args.feed) + (read_settings().feeds if args.watch else ())
    if not args.articles and not feeds:
        if args.watch:  # none is the default: nothing to do is no error
            print("nothing to watch: no feeds under [tool.tracker] in pyproject.toml (add feeds = [...])", file=sys.stderr)
            return 0
        parser.error("give an ARTICLE, a --feed, or --watch (with feeds set in pyproject.toml)")
    if (args.url or args.published) and len(args.articles) != 1:
        parser.error("--url and --published describe one article; give exactly one ARTICLE")
    if args.url and is_http_address(args.articles[0]):
        parser.error("--url is for a saved page; an address given as ARTICLE is its own URL")
    import datetime as dt

    from tracker.ingest import ingest
    from tracker.ingest.drafts import WriteError
    from tracker.ingest.rules import RulesError

    try:
        results = ingest(
            args.articles, args.content, feeds=feeds, url=args.url, published=args.published,
            dry_run=args.dry_run, output=args.format, today=dt.date.today(),  # the edge where the clock is read
            **({"timeout": args.timeout} if args.timeout is not None else {}),
        )
    except (RulesError, WriteError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    failed = [result for result in results if result.error]
    for result in failed:
        print(f"error: {result.error}", file=sys.stderr)
    if failed:
        print(f"{len(failed)} of {len(results)} article(s) and feed(s) not ingested.", file=sys.stderr)
    return 1 if failed else 0
