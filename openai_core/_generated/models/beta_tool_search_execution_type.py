# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaToolSearchExecutionType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaToolSearchExecutionType = Literal["client", "server"]

BETA_TOOL_SEARCH_EXECUTION_TYPE_VALUES: set[BetaToolSearchExecutionType] = {
    "client",
    "server",
}


def check_beta_tool_search_execution_type(value: str) -> BetaToolSearchExecutionType:
    """Return `value` as `BetaToolSearchExecutionType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaToolSearchExecutionType, got {value!r}")
    return cast(BetaToolSearchExecutionType, value)
