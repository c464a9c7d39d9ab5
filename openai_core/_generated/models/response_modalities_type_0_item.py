# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ResponseModalitiesType0Item`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ResponseModalitiesType0Item = Literal["audio", "text"]

RESPONSE_MODALITIES_TYPE_0_ITEM_VALUES: set[ResponseModalitiesType0Item] = {
    "audio",
    "text",
}


def check_response_modalities_type_0_item(value: str) -> ResponseModalitiesType0Item:
    """Return `value` as `ResponseModalitiesType0Item`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ResponseModalitiesType0Item, got {value!r}")
    return cast(ResponseModalitiesType0Item, value)
