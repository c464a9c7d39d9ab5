# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`audio.voice_consents.update`: POST /audio/voice_consents/{consent_id} (operation `updateVoiceConsent`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.update_voice_consent_request import UpdateVoiceConsentRequest
from ...models.voice_consent_resource import VoiceConsentResource
from ...types import encode_path_segment

OPERATION_ID = "updateVoiceConsent"
ENDPOINT_ID = "audio.voice_consents.update"
METHOD = "POST"
PATH = "/audio/voice_consents/{consent_id}"
STREAMABLE = False


def request_kwargs(
    consent_id: str,
    *,
    body: UpdateVoiceConsentRequest,
) -> dict[str, Any]:
    """
    Build the request for `audio.voice_consents.update`.

    Args:
        consent_id (str):
        body (UpdateVoiceConsentRequest): Schema `UpdateVoiceConsentRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            consent_id=encode_path_segment(consent_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
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
