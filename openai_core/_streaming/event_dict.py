"""
The JSON events of Responses and assistants streams, as dicts whose keys also read as attributes.

The official SDK hands these events out as models (`event.type`, `event.delta`,
`event.response.id`); this SDK hands out the decoded JSON, so that an event a provider shapes its
own way is never lost. `EventDict` is that dict, unchanged for `event["type"]`, `.get()`, `==`,
`json.dumps`, copies and pickling, with attribute reads on top, for every object in the event
(they are made while the JSON is decoded, so `event.item.content[0].text` works too).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .errors import decode_json_data

__all__ = ["EventDict", "decode_event_data"]


class EventDict(dict[str, Any]):
    """
    A decoded JSON object whose keys read as attributes: `event.type` is `event["type"]`.

    A key the object lacks raises AttributeError, naming the keys it has (use `.get()` for keys
    that may be absent); names starting with an underscore are never keys.
    """

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            pass
        if name.startswith("_"):
            raise AttributeError(name)
        raise AttributeError(
            f"This event has no {name!r} key; its keys are {sorted(self)}. Use .get({name!r}) "
            "for a key that may be absent."
        )

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *(key for key in self if key.isidentifier())})


_scan_event: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder(  # type: ignore[attr-defined]
    object_hook=EventDict
).scan_once


def decode_event_data(data: str) -> Any:
    """
    Decode the `data` of one event as JSON, every object an `EventDict`.

    Raises:
        StreamError: The data is not JSON; the message shows it, shortened.
    """
    return decode_json_data(data, _scan_event, EventDict)
