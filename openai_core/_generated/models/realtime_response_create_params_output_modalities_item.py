# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeResponseCreateParamsOutputModalitiesItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeResponseCreateParamsOutputModalitiesItem = Literal["audio", "text"]

REALTIME_RESPONSE_CREATE_PARAMS_OUTPUT_MODALITIES_ITEM_VALUES: set[
    RealtimeResponseCreateParamsOutputModalitiesItem
] = {
    "audio",
    "text",
}


def check_realtime_response_create_params_output_modalities_item(
    value: str,
) -> RealtimeResponseCreateParamsOutputModalitiesItem:
    """Return `value` as `RealtimeResponseCreateParamsOutputModalitiesItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeResponseCreateParamsOutputModalitiesItem, got {value!r}"
        )
    return cast(RealtimeResponseCreateParamsOutputModalitiesItem, value)
