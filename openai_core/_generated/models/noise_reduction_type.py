# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `NoiseReductionType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

NoiseReductionType = Literal["far_field", "near_field"]

NOISE_REDUCTION_TYPE_VALUES: set[NoiseReductionType] = {
    "far_field",
    "near_field",
}


def check_noise_reduction_type(value: str) -> NoiseReductionType:
    """Return `value` as `NoiseReductionType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for NoiseReductionType, got {value!r}")
    return cast(NoiseReductionType, value)
