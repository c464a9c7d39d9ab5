# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`fine_tuning.checkpoints.permissions.delete`: DELETE /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id} (operation `deleteFineTuningCheckpointPermission`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.delete_fine_tuning_checkpoint_permission_response import (
    DeleteFineTuningCheckpointPermissionResponse,
)
from ...types import encode_path_segment

OPERATION_ID = "deleteFineTuningCheckpointPermission"
ENDPOINT_ID = "fine_tuning.checkpoints.permissions.delete"
METHOD = "DELETE"
PATH = "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}"
STREAMABLE = False


def request_kwargs(
    fine_tuned_model_checkpoint: str,
    permission_id: str,
) -> dict[str, Any]:
    """
    Build the request for `fine_tuning.checkpoints.permissions.delete`.

    Args:
        fine_tuned_model_checkpoint (str):
        permission_id (str):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            fine_tuned_model_checkpoint=encode_path_segment(fine_tuned_model_checkpoint),
            permission_id=encode_path_segment(permission_id),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> DeleteFineTuningCheckpointPermissionResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = DeleteFineTuningCheckpointPermissionResponse.from_dict(data)

    return response_200
