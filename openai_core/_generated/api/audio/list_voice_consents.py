# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`audio.voice_consents.list`: GET /audio/voice_consents (operation `listVoiceConsents`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.voice_consent_list_resource import VoiceConsentListResource
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "listVoiceConsents"
ENDPOINT_ID = "audio.voice_consents.list"
METHOD = "GET"
PATH = "/audio/voice_consents"
STREAMABLE = False


def request_kwargs(
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `audio.voice_consents.list`.

    Args:
        after (str | Unset):
        limit (int | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "after", after)
    add_query_param(params, "limit", limit)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> VoiceConsentListResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = VoiceConsentListResource.from_dict(data)

    return response_200
