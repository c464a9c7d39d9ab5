"""Run every example: `python -m examples` (what `make demo` does)."""

from __future__ import annotations

from examples import (
    async_chat,
    chat,
    errors,
    jobs,
    pagination,
    responses,
    responses_structured,
    responses_tools,
    stored_completions,
    structured,
    tools,
)
from examples._setup import demo

EXAMPLES = [
    chat,
    stored_completions,
    pagination,
    errors,
    structured,
    tools,
    jobs,
    async_chat,
    responses,
    responses_structured,
    responses_tools,
]


def main() -> None:
    with demo() as d:
        for module in EXAMPLES:
            print(f"\n== {module.__name__.removeprefix('examples.')} ==")
            module.run(d)


if __name__ == "__main__":
    main()
