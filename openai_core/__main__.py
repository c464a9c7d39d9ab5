"""`python -m openai_core`: the command-line interface (see openai_core._cli)."""

from __future__ import annotations

from ._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
