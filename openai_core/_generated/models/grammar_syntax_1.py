# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `GrammarSyntax1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

GrammarSyntax1 = Literal["lark", "regex"]

GRAMMAR_SYNTAX_1_VALUES: set[GrammarSyntax1] = {
    "lark",
    "regex",
}


def check_grammar_syntax_1(value: str) -> GrammarSyntax1:
    """Return `value` as `GrammarSyntax1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for GrammarSyntax1, got {value!r}")
    return cast(GrammarSyntax1, value)
