# Explainer-microsite generator: structured article data → Markdown pages and chart data.
"""Public API: load data, render pages, write output. The MkDocs adapter is `mkdocs_plugin`."""

from generators.loader import load, load_explainer
from generators.model import Explainer
from generators.output_folder import write_atomically
from generators.problems import DataError, Problem
from generators.site import OutputFile, site_files

__all__ = [
    "DataError",
    "Explainer",
    "OutputFile",
    "Problem",
    "load",
    "load_explainer",
    "site_files",
    "write_atomically",
]
