# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaPromptCacheModeEnum`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaPromptCacheModeEnum = Literal["explicit", "implicit"]

BETA_PROMPT_CACHE_MODE_ENUM_VALUES: set[BetaPromptCacheModeEnum] = {
    "explicit",
    "implicit",
}


def check_beta_prompt_cache_mode_enum(value: str) -> BetaPromptCacheModeEnum:
    """Return `value` as `BetaPromptCacheModeEnum`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaPromptCacheModeEnum, got {value!r}")
    return cast(BetaPromptCacheModeEnum, value)
