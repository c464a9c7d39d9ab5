# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FineTuneMethodType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FineTuneMethodType = Literal["dpo", "reinforcement", "supervised"]

FINE_TUNE_METHOD_TYPE_VALUES: set[FineTuneMethodType] = {
    "dpo",
    "reinforcement",
    "supervised",
}


def check_fine_tune_method_type(value: str) -> FineTuneMethodType:
    """Return `value` as `FineTuneMethodType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for FineTuneMethodType, got {value!r}")
    return cast(FineTuneMethodType, value)
