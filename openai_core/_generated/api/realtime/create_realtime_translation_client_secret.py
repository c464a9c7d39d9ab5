# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`realtime.translations.client_secrets.create`: POST /realtime/translations/client_secrets (operation `create-realtime-translation-client-secret`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.realtime_translation_client_secret_create_request import (
    RealtimeTranslationClientSecretCreateRequest,
)
from ...models.realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse,
)

OPERATION_ID = "create-realtime-translation-client-secret"
ENDPOINT_ID = "realtime.translations.client_secrets.create"
METHOD = "POST"
PATH = "/realtime/translations/client_secrets"
STREAMABLE = False


def request_kwargs(
    *,
    body: RealtimeTranslationClientSecretCreateRequest,
) -> dict[str, Any]:
    """
    Build the request for `realtime.translations.client_secrets.create`.

    Args:
        body (RealtimeTranslationClientSecretCreateRequest): Schema
            `RealtimeTranslationClientSecretCreateRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> RealtimeTranslationClientSecretCreateResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = RealtimeTranslationClientSecretCreateResponse.from_dict(data)

    return response_200
