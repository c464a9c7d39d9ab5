# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CallableToolAllowedCaller`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CallableToolAllowedCaller = Literal["direct", "programmatic"]

CALLABLE_TOOL_ALLOWED_CALLER_VALUES: set[CallableToolAllowedCaller] = {
    "direct",
    "programmatic",
}


def check_callable_tool_allowed_caller(value: str) -> CallableToolAllowedCaller:
    """Return `value` as `CallableToolAllowedCaller`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CallableToolAllowedCaller, got {value!r}")
    return cast(CallableToolAllowedCaller, value)
