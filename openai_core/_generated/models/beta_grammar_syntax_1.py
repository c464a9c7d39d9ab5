# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaGrammarSyntax1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaGrammarSyntax1 = Literal["lark", "regex"]

BETA_GRAMMAR_SYNTAX_1_VALUES: set[BetaGrammarSyntax1] = {
    "lark",
    "regex",
}


def check_beta_grammar_syntax_1(value: str) -> BetaGrammarSyntax1:
    """Return `value` as `BetaGrammarSyntax1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaGrammarSyntax1, got {value!r}")
    return cast(BetaGrammarSyntax1, value)
