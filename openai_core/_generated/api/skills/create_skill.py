# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`skills.create`: POST /skills (operation `CreateSkill`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_skill_body import CreateSkillBody
from ...models.skill_resource import SkillResource
from ...types import UNSET, Unset

OPERATION_ID = "CreateSkill"
ENDPOINT_ID = "skills.create"
METHOD = "POST"
PATH = "/skills"
STREAMABLE = False


def request_kwargs(
    *,
    body: CreateSkillBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `skills.create`.

    Args:
        body (CreateSkillBody | Unset): Schema `CreateSkillBody`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

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
