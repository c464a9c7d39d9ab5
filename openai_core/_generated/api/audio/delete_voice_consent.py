# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`audio.voice_consents.delete`: DELETE /audio/voice_consents/{consent_id} (operation `deleteVoiceConsent`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.voice_consent_deleted_resource import VoiceConsentDeletedResource
from ...types import encode_path_segment

OPERATION_ID = "deleteVoiceConsent"
ENDPOINT_ID = "audio.voice_consents.delete"
METHOD = "DELETE"
PATH = "/audio/voice_consents/{consent_id}"
STREAMABLE = False


def request_kwargs(
    consent_id: str,
) -> dict[str, Any]:
    """
    Build the request for `audio.voice_consents.delete`.

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


def parse_response(response: httpx.Response) -> VoiceConsentDeletedResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = VoiceConsentDeletedResource.from_dict(data)

    return response_200
