# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ChatCompletionModalitiesType0Item`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ChatCompletionModalitiesType0Item = Literal["audio", "text"]

CHAT_COMPLETION_MODALITIES_TYPE_0_ITEM_VALUES: set[ChatCompletionModalitiesType0Item] = {
    "audio",
    "text",
}


def check_chat_completion_modalities_type_0_item(value: str) -> ChatCompletionModalitiesType0Item:
    """Return `value` as `ChatCompletionModalitiesType0Item`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ChatCompletionModalitiesType0Item, got {value!r}")
    return cast(ChatCompletionModalitiesType0Item, value)
