# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaImageGenToolModelType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaImageGenToolModelType1 = Literal[
    "gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5", "gpt-image-2", "gpt-image-2-2026-04-21"
]

BETA_IMAGE_GEN_TOOL_MODEL_TYPE_1_VALUES: set[BetaImageGenToolModelType1] = {
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
}


def check_beta_image_gen_tool_model_type_1(value: str) -> BetaImageGenToolModelType1:
    """Return `value` as `BetaImageGenToolModelType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaImageGenToolModelType1, got {value!r}")
    return cast(BetaImageGenToolModelType1, value)
