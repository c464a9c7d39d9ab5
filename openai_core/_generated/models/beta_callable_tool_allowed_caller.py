# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaCallableToolAllowedCaller`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaCallableToolAllowedCaller = Literal["direct", "programmatic"]

BETA_CALLABLE_TOOL_ALLOWED_CALLER_VALUES: set[BetaCallableToolAllowedCaller] = {
    "direct",
    "programmatic",
}


def check_beta_callable_tool_allowed_caller(value: str) -> BetaCallableToolAllowedCaller:
    """Return `value` as `BetaCallableToolAllowedCaller`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaCallableToolAllowedCaller, got {value!r}")
    return cast(BetaCallableToolAllowedCaller, value)
