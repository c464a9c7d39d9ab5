# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeBetaResponseCreateParamsModalitiesItem`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeBetaResponseCreateParamsModalitiesItem = Literal["audio", "text"]

REALTIME_BETA_RESPONSE_CREATE_PARAMS_MODALITIES_ITEM_VALUES: set[
    RealtimeBetaResponseCreateParamsModalitiesItem
] = {
    "audio",
    "text",
}


def check_realtime_beta_response_create_params_modalities_item(
    value: str,
) -> RealtimeBetaResponseCreateParamsModalitiesItem:
    """Return `value` as `RealtimeBetaResponseCreateParamsModalitiesItem`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for RealtimeBetaResponseCreateParamsModalitiesItem, got {value!r}"
        )
    return cast(RealtimeBetaResponseCreateParamsModalitiesItem, value)
