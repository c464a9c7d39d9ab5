# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`skills.retrieve`: GET /skills/{skill_id} (operation `GetSkill`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.skill_resource import SkillResource
from ...types import encode_path_segment

OPERATION_ID = "GetSkill"
ENDPOINT_ID = "skills.retrieve"
METHOD = "GET"
PATH = "/skills/{skill_id}"
STREAMABLE = False


def request_kwargs(
    skill_id: str,
) -> dict[str, Any]:
    """
    Build the request for `skills.retrieve`.

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


def parse_response(response: httpx.Response) -> SkillResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = SkillResource.from_dict(data)

    return response_200
