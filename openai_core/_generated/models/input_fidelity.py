# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `InputFidelity`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

InputFidelity = Literal["high", "low"]

INPUT_FIDELITY_VALUES: set[InputFidelity] = {
    "high",
    "low",
}


def check_input_fidelity(value: str) -> InputFidelity:
    """Return `value` as `InputFidelity`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for InputFidelity, got {value!r}")
    return cast(InputFidelity, value)
