# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`fine_tuning.checkpoints.permissions.list`: GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions (operation `listFineTuningCheckpointPermissions`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.list_fine_tuning_checkpoint_permission_response import (
    ListFineTuningCheckpointPermissionResponse,
)
from ...models.list_fine_tuning_checkpoint_permissions_order import (
    ListFineTuningCheckpointPermissionsOrder,
)
from ...types import UNSET, Unset, add_query_param, encode_path_segment

OPERATION_ID = "listFineTuningCheckpointPermissions"
ENDPOINT_ID = "fine_tuning.checkpoints.permissions.list"
METHOD = "GET"
PATH = "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions"
STREAMABLE = False


def request_kwargs(
    fine_tuned_model_checkpoint: str,
    *,
    project_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFineTuningCheckpointPermissionsOrder | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `fine_tuning.checkpoints.permissions.list`.

    Args:
        fine_tuned_model_checkpoint (str):
        project_id (str | Unset):
        after (str | Unset):
        limit (int | Unset):
        order (ListFineTuningCheckpointPermissionsOrder | Unset): One of: 'ascending',
            'descending' (others kept).

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    add_query_param(params, "project_id", project_id)
    add_query_param(params, "after", after)
    add_query_param(params, "limit", limit)
    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    add_query_param(params, "order", json_order)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            fine_tuned_model_checkpoint=encode_path_segment(fine_tuned_model_checkpoint),
        ),
        "params": params,
    }

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
