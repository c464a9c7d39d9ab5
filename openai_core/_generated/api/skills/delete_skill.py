# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`skills.delete`: DELETE /skills/{skill_id} (operation `DeleteSkill`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.deleted_skill_resource import DeletedSkillResource
from ...types import encode_path_segment

OPERATION_ID = "DeleteSkill"
ENDPOINT_ID = "skills.delete"
METHOD = "DELETE"
PATH = "/skills/{skill_id}"
STREAMABLE = False


def request_kwargs(
    skill_id: str,
) -> dict[str, Any]:
    """
    Build the request for `skills.delete`.

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


def parse_response(response: httpx.Response) -> DeletedSkillResource:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = DeletedSkillResource.from_dict(data)

    return response_200
