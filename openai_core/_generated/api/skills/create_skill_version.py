# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`skills.versions.create`: POST /skills/{skill_id}/versions (operation `CreateSkillVersion`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_skill_version_body import CreateSkillVersionBody
from ...models.skill_version_resource import SkillVersionResource
from ...types import UNSET, Unset, encode_path_segment

OPERATION_ID = "CreateSkillVersion"
ENDPOINT_ID = "skills.versions.create"
METHOD = "POST"
PATH = "/skills/{skill_id}/versions"
STREAMABLE = False


def request_kwargs(
    skill_id: str,
    *,
    body: CreateSkillVersionBody | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `skills.versions.create`.

    Args:
        skill_id (str):
        body (CreateSkillVersionBody | Unset): Schema `CreateSkillVersionBody`.

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
        _kwargs["files"] = body.to_multipart()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> SkillVersionResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = SkillVersionResource.from_dict(data)

    return response_200
