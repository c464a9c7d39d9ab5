# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`audio.voice_consents.retrieve`: GET /audio/voice_consents/{consent_id} (operation `getVoiceConsent`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.voice_consent_resource import VoiceConsentResource
from ...types import encode_path_segment

OPERATION_ID = "getVoiceConsent"
ENDPOINT_ID = "audio.voice_consents.retrieve"
METHOD = "GET"
PATH = "/audio/voice_consents/{consent_id}"
STREAMABLE = False


def request_kwargs(
    consent_id: str,
) -> dict[str, Any]:
    """
    Build the request for `audio.voice_consents.retrieve`.

    Args:
        consent_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            consent_id=encode_path_segment(consent_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> VoiceConsentResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = VoiceConsentResource.from_dict(data)

    return response_200
