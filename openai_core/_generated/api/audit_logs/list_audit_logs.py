# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
`organization.audit_logs.list`: GET /organization/audit_logs (operation `list-audit-logs`).

Pure: `request_kwargs` builds the request and `parse_response` reads a successful response; no I/O.
"""

import json
from typing import Any

import httpx

from ...models.audit_log_event_type import AuditLogEventType
from ...models.list_audit_logs_effective_at import ListAuditLogsEffectiveAt
from ...models.list_audit_logs_response import ListAuditLogsResponse
from ...types import UNSET, Unset, add_query_param

OPERATION_ID = "list-audit-logs"
ENDPOINT_ID = "organization.audit_logs.list"
METHOD = "GET"
PATH = "/organization/audit_logs"
STREAMABLE = False


def request_kwargs(
    *,
    effective_at: ListAuditLogsEffectiveAt | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    event_types: list[AuditLogEventType] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    resource_ids: list[str] | Unset = UNSET,
    tenant_only: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:
    """
    Build the request for `organization.audit_logs.list`.

    Args:
        effective_at (ListAuditLogsEffectiveAt | Unset):
        project_ids (list[str] | Unset):
        event_types (list[AuditLogEventType] | Unset):
        actor_ids (list[str] | Unset):
        actor_emails (list[str] | Unset):
        resource_ids (list[str] | Unset):
        tenant_only (bool | Unset):
        limit (int | Unset):
        after (str | Unset):
        before (str | Unset):

    Returns:
        Keyword arguments for `httpx.Request` (method, url relative to the base URL, params, body).
    """

    params: dict[str, Any] = {}
    json_effective_at: dict[str, Any] | Unset = UNSET
    if not isinstance(effective_at, Unset):
        json_effective_at = effective_at.to_dict()
    add_query_param(params, "effective_at", json_effective_at)
    json_project_ids: list[str] | Unset = UNSET
    if not isinstance(project_ids, Unset):
        json_project_ids = project_ids

    add_query_param(params, "project_ids[]", json_project_ids)
    json_event_types: list[str] | Unset = UNSET
    if not isinstance(event_types, Unset):
        json_event_types = []
        for event_types_item_data in event_types:
            event_types_item: str = event_types_item_data
            json_event_types.append(event_types_item)

    add_query_param(params, "event_types[]", json_event_types)
    json_actor_ids: list[str] | Unset = UNSET
    if not isinstance(actor_ids, Unset):
        json_actor_ids = actor_ids

    add_query_param(params, "actor_ids[]", json_actor_ids)
    json_actor_emails: list[str] | Unset = UNSET
    if not isinstance(actor_emails, Unset):
        json_actor_emails = actor_emails

    add_query_param(params, "actor_emails[]", json_actor_emails)
    json_resource_ids: list[str] | Unset = UNSET
    if not isinstance(resource_ids, Unset):
        json_resource_ids = resource_ids

    add_query_param(params, "resource_ids[]", json_resource_ids)
    add_query_param(params, "tenant_only", tenant_only)
    add_query_param(params, "limit", limit)
    add_query_param(params, "after", after)
    add_query_param(params, "before", before)

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ListAuditLogsResponse:
    """
    Read a successful (2xx) response of this operation.

    Args:
        response: The HTTP response; its status was already checked by the caller.
    """
    data = json.loads(response.content)
    response_200 = ListAuditLogsResponse.from_dict(data)

    return response_200
