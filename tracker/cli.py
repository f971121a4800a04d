"""The command line: parse arguments, call one function, turn known errors into stderr and an exit code."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from tracker.build import build_site
from tracker.problems import ContentError
from tracker.search import SearchIndexError, build_search_index
from tracker.settings import SettingsError, read_settings
from tracker.validate import load_content

COMMANDS = ("build", "check")


def make_parser() -> argparse.ArgumentParser:
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
    command("check", "validate the content and report every problem; write nothing")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0].startswith("-") and args_list[0] not in ("-h", "--help")):
        args_list.insert(0, "build")
    args = make_parser().parse_args(args_list)
    try:
        if args.command == "check":
            content = load_content(args.content)
            print(f"ok: {len(content.events)} events, {len(content.leaders)} leaders, {len(content.sources)} sources")
            return 0
        settings = read_settings().with_overrides(base_url=args.base_url)
        started = time.perf_counter()
        files = build_site(args.content, args.out, settings, finishing=[build_search_index])
        print(f"built {len(files)} files into {args.out} in {time.perf_counter() - started:.2f}s")
        return 0
    except ContentError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"{len(error.problems)} problem(s) found; nothing was written.", file=sys.stderr)
        return 1
    except (SettingsError, SearchIndexError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
