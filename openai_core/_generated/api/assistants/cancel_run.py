# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`threads.runs.cancel`: POST /threads/{thread_id}/runs/{run_id}/cancel (operation `cancelRun`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.run_object import RunObject
from ...types import encode_path_segment

OPERATION_ID = "cancelRun"
ENDPOINT_ID = "threads.runs.cancel"
METHOD = "POST"
PATH = "/threads/{thread_id}/runs/{run_id}/cancel"
STREAMABLE = False


def request_kwargs(
    thread_id: str,
    run_id: str,
) -> dict[str, Any]:
    """
    Build the request for `threads.runs.cancel`.

    Args:
        thread_id (str):
        run_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            thread_id=encode_path_segment(thread_id),
            run_id=encode_path_segment(run_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> RunObject:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = RunObject.from_dict(data)

    return response_200
