# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `EditImageBodyJsonParamInputFidelityType0`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

EditImageBodyJsonParamInputFidelityType0 = Literal["high", "low"]

EDIT_IMAGE_BODY_JSON_PARAM_INPUT_FIDELITY_TYPE_0_VALUES: set[
    EditImageBodyJsonParamInputFidelityType0
] = {
    "high",
    "low",
}


def check_edit_image_body_json_param_input_fidelity_type_0(
    value: str,
) -> EditImageBodyJsonParamInputFidelityType0:
    """Return `value` as `EditImageBodyJsonParamInputFidelityType0`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for EditImageBodyJsonParamInputFidelityType0, got {value!r}")
    return cast(EditImageBodyJsonParamInputFidelityType0, value)
