# Problems an editor can cause, reported as `file:line:col: path: message` with a hint.
"""The one error type the CLI and the MkDocs adapter show to editors."""

from __future__ import annotations

import html
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in the data, located as precisely as the YAML allows."""

    file: str
    line: int
    column: int
    path: str
    message: str
    hint: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        text = f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class DataError(Exception):
    """Raised with every problem found, so an editor sees them all at once."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__(self.report())

    def report(self) -> str:
        """All problems, one per line, followed by a count."""
        count = len(self.problems)
        lines = [str(problem) for problem in self.problems]
        lines.append(f"{count} problem{'s' if count != 1 else ''} found; nothing was written.")
        return "\n".join(lines)


def problems_banner(report: str) -> str:
    """The HTML a page shows at its top while the data is broken (served with the last good
    version): an alert with every problem, escaped once."""
    return (
        '<div class="admonition failure explainer-data-problems" role="alert">'
        '<p class="admonition-title">The data has problems: this is the last good version</p>'
        f"<pre><code>{html.escape(report)}</code></pre></div>"
    )
