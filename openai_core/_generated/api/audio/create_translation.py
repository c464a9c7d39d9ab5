# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`audio.translations.create`: POST /audio/translations (operation `createTranslation`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_translation_request import CreateTranslationRequest
from ...models.create_translation_response_json import CreateTranslationResponseJson
from ...models.create_translation_response_verbose_json import CreateTranslationResponseVerboseJson

OPERATION_ID = "createTranslation"
ENDPOINT_ID = "audio.translations.create"
METHOD = "POST"
PATH = "/audio/translations"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateTranslationRequest,
) -> dict[str, Any]:
    """
    Build the request for `audio.translations.create`.

    Args:
        body (CreateTranslationRequest): Schema `CreateTranslationRequest`.

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


def parse_response(
    response: httpx.Response,
) -> CreateTranslationResponseJson | CreateTranslationResponseVerboseJson:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)

    def _parse_response_200(
        data: object,
    ) -> CreateTranslationResponseJson | CreateTranslationResponseVerboseJson:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = CreateTranslationResponseJson.from_dict(data)

            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        response_200_type_1 = CreateTranslationResponseVerboseJson.from_dict(data)

        return response_200_type_1

    response_200 = _parse_response_200(data)

    return response_200
