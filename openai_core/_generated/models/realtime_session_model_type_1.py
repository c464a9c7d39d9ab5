# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `RealtimeSessionModelType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

RealtimeSessionModelType1 = Literal[
    "gpt-4o-mini-realtime-preview",
    "gpt-4o-mini-realtime-preview-2024-12-17",
    "gpt-4o-realtime-preview",
    "gpt-4o-realtime-preview-2024-10-01",
    "gpt-4o-realtime-preview-2024-12-17",
    "gpt-4o-realtime-preview-2025-06-03",
    "gpt-audio-1.5",
    "gpt-audio-mini",
    "gpt-audio-mini-2025-10-06",
    "gpt-audio-mini-2025-12-15",
    "gpt-realtime",
    "gpt-realtime-1.5",
    "gpt-realtime-2025-08-28",
    "gpt-realtime-mini",
    "gpt-realtime-mini-2025-10-06",
    "gpt-realtime-mini-2025-12-15",
]

REALTIME_SESSION_MODEL_TYPE_1_VALUES: set[RealtimeSessionModelType1] = {
    "gpt-4o-mini-realtime-preview",
    "gpt-4o-mini-realtime-preview-2024-12-17",
    "gpt-4o-realtime-preview",
    "gpt-4o-realtime-preview-2024-10-01",
    "gpt-4o-realtime-preview-2024-12-17",
    "gpt-4o-realtime-preview-2025-06-03",
    "gpt-audio-1.5",
    "gpt-audio-mini",
    "gpt-audio-mini-2025-10-06",
    "gpt-audio-mini-2025-12-15",
    "gpt-realtime",
    "gpt-realtime-1.5",
    "gpt-realtime-2025-08-28",
    "gpt-realtime-mini",
    "gpt-realtime-mini-2025-10-06",
    "gpt-realtime-mini-2025-12-15",
}


def check_realtime_session_model_type_1(value: str) -> RealtimeSessionModelType1:
    """Return `value` as `RealtimeSessionModelType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for RealtimeSessionModelType1, got {value!r}")
    return cast(RealtimeSessionModelType1, value)
