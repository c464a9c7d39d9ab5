# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `PromptCacheModeEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

PromptCacheModeEnum = Literal["explicit", "implicit"]

PROMPT_CACHE_MODE_ENUM_VALUES: set[PromptCacheModeEnum] = {
    "explicit",
    "implicit",
}


def check_prompt_cache_mode_enum(value: str) -> PromptCacheModeEnum:
    """Return `value` as `PromptCacheModeEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for PromptCacheModeEnum, got {value!r}")
    return cast(PromptCacheModeEnum, value)
