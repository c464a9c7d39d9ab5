# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `VerbosityType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

VerbosityType0 = Literal["high", "low", "medium"]

VERBOSITY_TYPE_0_VALUES: set[VerbosityType0] = {
    "high",
    "low",
    "medium",
}


def check_verbosity_type_0(value: str) -> VerbosityType0:
    """Return `value` as `VerbosityType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for VerbosityType0, got {value!r}")
    return cast(VerbosityType0, value)
