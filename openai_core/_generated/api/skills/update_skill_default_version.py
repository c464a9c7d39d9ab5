# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`skills.update`: POST /skills/{skill_id} (operation `UpdateSkillDefaultVersion`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.set_default_skill_version_body import SetDefaultSkillVersionBody
from ...models.skill_resource import SkillResource
from ...types import UNSET, Unset, encode_path_segment

OPERATION_ID = "UpdateSkillDefaultVersion"
ENDPOINT_ID = "skills.update"
METHOD = "POST"
PATH = "/skills/{skill_id}"
STREAMABLE = False


def request_kwargs(
    skill_id: str,
    *,
    body: SetDefaultSkillVersionBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `skills.update`.

    Args:
        skill_id (str):
        body (SetDefaultSkillVersionBody | Unset): Schema `SetDefaultSkillVersionBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            skill_id=encode_path_segment(skill_id),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
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
