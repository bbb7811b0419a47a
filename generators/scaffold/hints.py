# The `next:` steps `explainer scaffold` and `explainer new` print: commands that run as printed.
"""Next steps as shell commands a new user can paste: the `explainer` and `mkdocs` of the
running environment (`.venv/bin/explainer`, not a bare `explainer` that is not on the PATH),
paths quoted for the shell, and `cd` to the project when the preview must start there."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def command(name: str, cwd: Path | None = None) -> str:
    """The path of a script installed beside the running Python, as short as it can be said."""
    script = Path(sys.executable).parent / name
    if not script.is_file():
        return name
    return shlex.quote(_short(script, cwd or Path.cwd()))


def _short(path: Path, cwd: Path) -> str:
    """`path` relative to `cwd` when it is inside it (`.venv/bin/explainer`), else absolute."""
    absolute = path.absolute()
    try:
        return absolute.relative_to(cwd.absolute()).as_posix()
    except ValueError:
        return absolute.as_posix()


def preview(folder: Path, cwd: Path | None = None) -> str:
    """The command that previews a data folder's site (MkDocs runs in the project folder)."""
    here = (cwd or Path.cwd()).absolute()
    data = shlex.quote(_short(folder, PROJECT) if here != PROJECT else _short(folder, here))
    serve = f"EXPLAINER_DATA={data} {command('mkdocs', PROJECT if here != PROJECT else here)}"
    serve += " serve --livereload"
    if here != PROJECT:
        return f"cd {shlex.quote(PROJECT.as_posix())} && {serve}"
    return serve


def after_scaffold(out: Path) -> str:
    """What to do once a draft is written."""
    explainer, folder = command("explainer"), shlex.quote(str(out))
    return (
        "next: curate the records, then\n"
        f"  {explainer} check --data {folder}\n"
        f"  {explainer} verify --data {folder} {shlex.quote(str(out / 'source.txt'))}\n"
        f"  {preview(out)}"
    )


def after_new(folder: Path) -> str:
    """What to do once an empty explainer is started."""
    explainer, quoted = command("explainer"), shlex.quote(str(folder))
    source = shlex.quote(str(folder / "source.txt"))
    return (
        "next:\n"
        f"  1. draft the data from the article: {explainer} scaffold ARTICLE.txt --out {quoted}"
        " --force\n"
        f"     (or paste the article into {source} as lines P1: …, P2: …)\n"
        "  2. replace the placeholder records; each file shows an example record in comments\n"
        f"  3. {explainer} check --data {quoted}\n"
        f"  4. {explainer} verify --data {quoted} {source}\n"
        f"  5. {preview(folder)}"
    )
