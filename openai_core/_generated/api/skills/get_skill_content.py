# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`skills.content`: GET /skills/{skill_id}/content (operation `GetSkillContent`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

from typing import Any

import httpx

from ...types import encode_path_segment

OPERATION_ID = "GetSkillContent"
ENDPOINT_ID = "skills.content"
METHOD = "GET"
PATH = "/skills/{skill_id}/content"
STREAMABLE = False


def request_kwargs(
    skill_id: str,
) -> dict[str, Any]:
    """
    Build the request for `skills.content`.

    Args:
        skill_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            skill_id=encode_path_segment(skill_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> bytes:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    return response.content
