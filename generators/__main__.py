# `python -m generators` runs the `explainer` command line.
import sys

from generators.cli import main

sys.exit(main())
