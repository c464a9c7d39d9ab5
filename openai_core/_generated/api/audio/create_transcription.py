# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`audio.transcriptions.create`: POST /audio/transcriptions (operation `createTranscription`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_transcription_request import CreateTranscriptionRequest
from ...models.create_transcription_response_diarized_json import (
    CreateTranscriptionResponseDiarizedJson,
)
from ...models.create_transcription_response_json import CreateTranscriptionResponseJson
from ...models.create_transcription_response_verbose_json import (
    CreateTranscriptionResponseVerboseJson,
)

OPERATION_ID = "createTranscription"
ENDPOINT_ID = "audio.transcriptions.create"
METHOD = "POST"
PATH = "/audio/transcriptions"
STREAMABLE = True


def request_kwargs(
    *,
    body: CreateTranscriptionRequest,
) -> dict[str, Any]:
    """
    Build the request for `audio.transcriptions.create` (it can answer a stream).

    Args:
        body (CreateTranscriptionRequest): Schema `CreateTranscriptionRequest`.

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
) -> (
    CreateTranscriptionResponseDiarizedJson
    | CreateTranscriptionResponseJson
    | CreateTranscriptionResponseVerboseJson
):
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)

    def _parse_response_200(
        data: object,
    ) -> (
        CreateTranscriptionResponseDiarizedJson
        | CreateTranscriptionResponseJson
        | CreateTranscriptionResponseVerboseJson
    ):
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = CreateTranscriptionResponseJson.from_dict(data)

            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CreateTranscriptionResponseDiarizedJson.from_dict(data)

            return response_200_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        response_200_type_2 = CreateTranscriptionResponseVerboseJson.from_dict(data)

        return response_200_type_2

    response_200 = _parse_response_200(data)

    return response_200
