# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`fine_tuning.checkpoints.permissions.create`: POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions (operation `createFineTuningCheckpointPermission`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.create_fine_tuning_checkpoint_permission_request import (
    CreateFineTuningCheckpointPermissionRequest,
)
from ...models.list_fine_tuning_checkpoint_permission_response import (
    ListFineTuningCheckpointPermissionResponse,
)
from ...types import encode_path_segment

OPERATION_ID = "createFineTuningCheckpointPermission"
ENDPOINT_ID = "fine_tuning.checkpoints.permissions.create"
METHOD = "POST"
PATH = "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions"
STREAMABLE = False


def request_kwargs(
    fine_tuned_model_checkpoint: str,
    *,
    body: CreateFineTuningCheckpointPermissionRequest,
) -> dict[str, Any]:
    """
    Build the request for `fine_tuning.checkpoints.permissions.create`.

    Args:
        fine_tuned_model_checkpoint (str):
        body (CreateFineTuningCheckpointPermissionRequest): Schema
            `CreateFineTuningCheckpointPermissionRequest`.

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            fine_tuned_model_checkpoint=encode_path_segment(fine_tuned_model_checkpoint),
        ),
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ListFineTuningCheckpointPermissionResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ListFineTuningCheckpointPermissionResponse.from_dict(data)

    return response_200
