# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`audio.voice_consents.create`: POST /audio/voice_consents (operation `createVoiceConsent`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_voice_consent_request import CreateVoiceConsentRequest
from ...models.voice_consent_resource import VoiceConsentResource

OPERATION_ID = "createVoiceConsent"
ENDPOINT_ID = "audio.voice_consents.create"
METHOD = "POST"
PATH = "/audio/voice_consents"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateVoiceConsentRequest,
) -> dict[str, Any]:
    """
    Build the request for `audio.voice_consents.create`.

    Args:
        body (CreateVoiceConsentRequest): Schema `CreateVoiceConsentRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    _kwargs["files"] = body.to_multipart()

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
