# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`evals.delete`: DELETE /evals/{eval_id} (operation `deleteEval`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.delete_eval_response_200 import DeleteEvalResponse200
from ...types import encode_path_segment

OPERATION_ID = "deleteEval"
ENDPOINT_ID = "evals.delete"
METHOD = "DELETE"
PATH = "/evals/{eval_id}"
STREAMABLE = False


def request_kwargs(
    eval_id: str,
) -> dict[str, Any]:
    """
    Build the request for `evals.delete`.

    Args:
        eval_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            eval_id=encode_path_segment(eval_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> DeleteEvalResponse200:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = DeleteEvalResponse200.from_dict(data)

    return response_200
