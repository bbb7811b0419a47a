# The `explainer` command line: check, build, site, serve, export, schema, verify, scaffold, new.
"""Command-line entry point. Exit status: 0 success, 1 problems in the data, 2 wrong usage."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from generators import loader, preview
from generators.builders import BUILDERS
from generators.builders.base import plugin_data_dir
from generators.export import export_json
from generators.output_folder import OutputFolderError, write_atomically
from generators.problems import DataError, Problem
from generators.project import project_files, refuse_foreign_project
from generators.scaffold import NotEmptyError, hints, scaffold, write_draft, write_starter
from generators.schema import dump, schemas
from generators.site import site_files
from generators.verify import parse_source, verify_quotes

DEFAULT_OUT = "build/explainer"
DEFAULT_SCHEMA_DIR = "schemas"
DEFAULT_CONFIG = "mkdocs.yml"
DEFAULT_ADDRESS = "127.0.0.1:8000"


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
            help="data folder (default: the one mkdocs.yml gives the explainer plugin, else "
            "$EXPLAINER_DATA, else data/)",
        )
        return command

    with_data(commands.add_parser("check", help="validate the data and report every problem"))
    build = with_data(commands.add_parser("build", help="write the generated Markdown to a folder"))
    build.add_argument("--out", metavar="DIR", default=DEFAULT_OUT, help=f"default: {DEFAULT_OUT}")
    site = with_data(
        commands.add_parser("site", help="write a complete project for a site builder to a folder")
    )
    site.add_argument("--out", metavar="DIR", required=True, help="folder to write the project to")
    site.add_argument(
        "--builder", choices=sorted(BUILDERS), default="mkdocs", help="default: mkdocs"
    )
    site.add_argument(
        "--config",
        metavar="FILE",
        default=DEFAULT_CONFIG,
        help=f"the project's config, beside docs/ and overrides/ (default: {DEFAULT_CONFIG})",
    )
    serving = with_data(
        commands.add_parser("serve", help="preview the site; it rebuilds when the data is saved")
    )
    serving.add_argument(
        "--builder", choices=sorted(BUILDERS), default="mkdocs", help="default: mkdocs"
    )
    serving.add_argument("--config", metavar="FILE", default=DEFAULT_CONFIG)
    serving.add_argument("--dev-addr", metavar="IP:PORT", default=DEFAULT_ADDRESS)
    serving.add_argument(
        "--out",
        metavar="DIR",
        help="where a builder without the hook gets its project (default: build/serve-BUILDER)",
    )
    with_data(commands.add_parser("export", help="print the validated data as one JSON document"))
    schema = commands.add_parser("schema", help="write JSON Schema files for the data files")
    schema.add_argument(
        "--out", metavar="DIR", default=DEFAULT_SCHEMA_DIR, help=f"default: {DEFAULT_SCHEMA_DIR}"
    )
    verify = with_data(
        commands.add_parser("verify", help="check every quote verbatim against a source text")
    )
    verify.add_argument("source", metavar="SOURCE", help="text with lines 'P1: …', 'P2: …'")
    draft = commands.add_parser(
        "scaffold",
        help="draft a data folder from a plain-text article",
        description=(
            "Draft a data folder from a plain-text article (wire copy, web copy with a date "
            "line, or a press release): quotes and speakers, people, dates and figures, each "
            "citing its paragraph, with '# REVIEW:' on what the rules were unsure of."
        ),
    )
    draft.add_argument("article", metavar="ARTICLE", help="plain text, or lines 'P1: …'")
    draft.add_argument("--out", metavar="DIR", required=True, help="folder to write the draft to")
    draft.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        type=_date,
        help="publication date, for relative dates (default: the date the text gives)",
    )
    draft.add_argument("--force", action="store_true", help="overwrite data files in DIR")
    new = commands.add_parser(
        "new",
        help="start an explainer folder with example records",
        description=(
            "Start an explainer folder with placeholder records that check and build, and a "
            "commented example record in every file."
        ),
    )
    new.add_argument("name", metavar="NAME", help="folder to create")
    return parser


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a date in the form YYYY-MM-DD"
        ) from None


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
    except OutputFolderError as error:  # `build --out` names a folder it must not replace
        print(f"explainer: {error}", file=sys.stderr)
        return 2
    except OSError as error:  # the disk, not the data: a folder that cannot be written, say
        where = f"{error.filename}: " if error.filename else ""
        print(
            f"explainer: {where}{error.strerror or error} "
            "(check that the folder can be created and written to; nothing was changed)",
            file=sys.stderr,
        )
        return 1


def _data_dir(args: argparse.Namespace) -> Path:
    """--data, else the folder mkdocs.yml's `explainer` plugin names (as MkDocs builds it),
    else $EXPLAINER_DATA, else data/."""
    if args.data:
        return Path(args.data)
    configured = plugin_data_dir(Path(getattr(args, "config", DEFAULT_CONFIG)))
    if configured is not None:
        return Path(os.path.relpath(configured)) if not configured.is_absolute() else configured
    return loader.data_dir_from_env()


def _run(args: argparse.Namespace) -> int:
    if args.command == "schema":
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for name, schema in schemas().items():
            (out / name).write_text(dump(schema), encoding="utf-8")
        print(f"wrote {len(schemas())} schema files to {out}/")
        return 0
    if args.command == "scaffold":
        return _scaffold(Path(args.article), Path(args.out), args.published, force=args.force)
    if args.command == "new":
        return _new(Path(args.name))
    data_dir = _data_dir(args)
    if args.command == "serve":
        return _serve(args, data_dir)
    loaded = loader.load(data_dir)
    explainer = loaded.explainer
    if args.command == "check":
        counts = ", ".join(
            kind.count(len(kind.records(explainer))) for kind in loader.DATA_FILES if kind.is_list
        )
        print(f"{data_dir}: OK ({counts})")
    elif args.command == "build":
        files = site_files(explainer)
        write_atomically(files, Path(args.out))
        print(f"wrote {len(files)} files to {args.out}/")
    elif args.command == "site":
        builder = BUILDERS[args.builder]
        files = project_files(explainer, Path(args.config), Path(data_dir), builder)
        write_atomically(files, Path(args.out), refuse_foreign_project)
        print(
            f"wrote a {builder.name} project of {len(files)} files to {args.out}/; "
            f"build it there with: {' '.join(builder.build_command)}"
        )
    elif args.command == "export":
        sys.stdout.write(export_json(explainer))
    elif args.command == "verify":
        return _verify(loaded, Path(args.source))
    return 0


def _serve(args: argparse.Namespace, data_dir: Path) -> int:
    """MkDocs runs the hook itself; another builder previews the project `explainer site` writes."""
    if args.builder == "mkdocs":
        command = [sys.executable, "-m", *BUILDERS["mkdocs"].serve_command]
        command += ["--config-file", args.config, "--dev-addr", args.dev_addr]
        env = os.environ | {"EXPLAINER_DATA": str(data_dir)}
        os.execve(sys.executable, command, env)  # MkDocs' server in this process: signals reach it
    out = Path(args.out or f"build/serve-{args.builder}")
    return preview.serve(Path(args.config), data_dir, BUILDERS[args.builder], out, args.dev_addr)


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


def _scaffold(article: Path, out: Path, published: dt.date | None, *, force: bool) -> int:
    """Draft a data folder from an article, then check the draft as an editor would."""
    try:
        text = article.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        print(f"{article}: cannot read the article: {reason}", file=sys.stderr)
        return 2
    try:
        source, draft = scaffold(text, published)
    except ValueError as error:
        print(f"{article}: {error}", file=sys.stderr)
        return 2
    if not source.paragraphs:
        print(f"{article}: no paragraphs found", file=sys.stderr)
        return 1
    try:
        write_draft(out, source, draft, article.name, force=force)
    except NotEmptyError as error:
        print(str(error), file=sys.stderr)
        return 2
    try:
        loaded = loader.load(out)
        problems = verify_quotes(loaded, parse_source((out / "source.txt").read_text("utf-8")))
        if problems:
            raise DataError(problems)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        print("explainer scaffold wrote a draft that does not validate: a bug", file=sys.stderr)
        return 1
    review = draft.review_items()
    print(f"wrote a draft to {out}/ ({draft.counts()}) and {out}/source.txt")
    print(f"{len(review)} items to review, each marked '# REVIEW:' in its file:")
    for file, record_id, note in review:
        print(f"  {file} {record_id}: {note}")
    print(hints.after_scaffold(out))
    return 0


def _new(folder: Path) -> int:
    """Start an explainer folder whose files explain themselves."""
    try:
        written = write_starter(folder)
    except NotEmptyError as error:
        print(f"{error}: choose a new folder name", file=sys.stderr)
        return 2
    print(f"created {folder}/ with {len(written)} files: placeholders that check and build")
    print(hints.after_new(folder))
    return 0
