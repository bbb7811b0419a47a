# The `explainer` command line: check, build, export, schema, verify.
"""Command-line entry point. Exit status: 0 success, 1 problems in the data, 2 wrong usage."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generators import loader
from generators.export import export_json
from generators.problems import DataError, Problem
from generators.schema import dump, schemas
from generators.site import site_files, write_atomically
from generators.verify import parse_source, verify_quotes

DEFAULT_OUT = "build/explainer"
DEFAULT_SCHEMA_DIR = "schemas"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="explainer",
        description="Turn an article's structured data into an explainer site's pages.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_data(command: argparse.ArgumentParser) -> argparse.ArgumentParser:
        command.add_argument(
            "--data",
            metavar="DIR",
            help="data folder (default: $EXPLAINER_DATA, else data/)",
        )
        return command

    with_data(commands.add_parser("check", help="validate the data and report every problem"))
    build = with_data(commands.add_parser("build", help="write the generated Markdown to a folder"))
    build.add_argument("--out", metavar="DIR", default=DEFAULT_OUT, help=f"default: {DEFAULT_OUT}")
    with_data(commands.add_parser("export", help="print the validated data as one JSON document"))
    schema = commands.add_parser("schema", help="write JSON Schema files for the data files")
    schema.add_argument(
        "--out", metavar="DIR", default=DEFAULT_SCHEMA_DIR, help=f"default: {DEFAULT_SCHEMA_DIR}"
    )
    verify = with_data(
        commands.add_parser("verify", help="check every quote verbatim against a source text")
    )
    verify.add_argument("source", metavar="SOURCE", help="text with lines 'P1: …', 'P2: …'")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.command == "schema":
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for name, schema in schemas().items():
            (out / name).write_text(dump(schema), encoding="utf-8")
        print(f"wrote {len(schemas())} schema files to {out}/")
        return 0
    data_dir = loader.data_dir_from_env(args.data)
    loaded = loader.load(data_dir)
    explainer = loaded.explainer
    if args.command == "check":
        counts = ", ".join(
            f"{len(getattr(explainer, f.kind))} {f.kind}" for f in loader.DATA_FILES if f.is_list
        )
        print(f"{data_dir}: OK ({counts})")
    elif args.command == "build":
        files = site_files(explainer)
        write_atomically(files, Path(args.out))
        print(f"wrote {len(files)} files to {args.out}/")
    elif args.command == "export":
        sys.stdout.write(export_json(explainer))
    elif args.command == "verify":
        return _verify(loaded, Path(args.source))
    return 0


def _verify(loaded: loader.Loaded, source: Path) -> int:
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        print(f"{source}: cannot read source text: {reason}", file=sys.stderr)
        return 2
    paragraphs = parse_source(text)
    if not paragraphs:
        problem = Problem(str(source), 1, 1, "", "no paragraph lines ('P1: …') found")
        raise DataError([problem])
    problems = verify_quotes(loaded, paragraphs)
    if problems:
        raise DataError(problems)
    count = len(loaded.explainer.quotes)
    print(f"{source}: all {count} quotes found verbatim in the paragraphs they cite")
    return 0
