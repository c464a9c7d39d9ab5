# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`beta.responses.retrieve`: GET /responses/{response_id}?beta=true (operation `beta_getResponse`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.beta_include_enum import BetaIncludeEnum
from ...models.beta_response import BetaResponse
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "beta_getResponse"
ENDPOINT_ID = "beta.responses.retrieve"
METHOD = "GET"
PATH = "/responses/{response_id}?beta=true"
STREAMABLE = False


def request_kwargs(
    response_id: str,
    *,
    include: list[BetaIncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `beta.responses.retrieve`.

    Args:
        response_id (str):
        include (list[BetaIncludeEnum] | Unset):
        stream (bool | Unset):
        starting_after (int | Unset):
        include_obfuscation (bool | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    add_query_param(params, "include", json_include)
    add_query_param(params, "stream", stream)
    add_query_param(params, "starting_after", starting_after)
    add_query_param(params, "include_obfuscation", include_obfuscation)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            response_id=encode_path_segment(response_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> BetaResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = BetaResponse.from_dict(data)

    return response_200
