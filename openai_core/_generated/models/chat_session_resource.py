# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.chat_session_status import ChatSessionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatSessionResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "expires_at",
        "client_secret",
        "workflow",
        "user",
        "rate_limits",
        "max_requests_per_1_minute",
        "status",
        "chatkit_configuration",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ChatSessionResource(_Model):
    """Schema `ChatSessionResource`.

    Attributes:
        id (str):
        expires_at (int):
        client_secret (str):
        workflow (ChatkitWorkflow): Schema `ChatkitWorkflow`.
        user (str):
        rate_limits (ChatSessionRateLimits): Schema `ChatSessionRateLimits`.
        max_requests_per_1_minute (int):
        status (ChatSessionStatus): Schema `ChatSessionStatus`.
        chatkit_configuration (ChatSessionChatkitConfiguration): Schema `ChatSessionChatkitConfiguration`.
        object (Literal['chatkit.session'] | Unset): Always 'chatkit.session'.
    """

    id: str
    expires_at: int
    client_secret: str
    workflow: ChatkitWorkflow
    user: str
    rate_limits: ChatSessionRateLimits
    max_requests_per_1_minute: int
    status: ChatSessionStatus
    chatkit_configuration: ChatSessionChatkitConfiguration
    object: Literal["chatkit.session"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "expires_at",
        "client_secret",
        "workflow",
        "user",
        "rate_limits",
        "max_requests_per_1_minute",
        "status",
        "chatkit_configuration",
    )
    _oc_consts = {"object": "chatkit.session"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["expires_at"] = self.expires_at
        field_dict["client_secret"] = self.client_secret
        field_dict["workflow"] = dump(self.workflow)
        field_dict["user"] = self.user
        field_dict["rate_limits"] = dump(self.rate_limits)
        field_dict["max_requests_per_1_minute"] = self.max_requests_per_1_minute
        field_dict["status"] = self.status
        field_dict["chatkit_configuration"] = dump(self.chatkit_configuration)
        if self.object is not UNSET:
            field_dict["object"] = self.object
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        expires_at = d.get("expires_at")
        client_secret = d.get("client_secret")
        _workflow = d.get("workflow")
        workflow = (
            ChatkitWorkflow.from_dict(_workflow) if isinstance(_workflow, dict) else _workflow
        )
        user = d.get("user")
        _rate_limits = d.get("rate_limits")
        rate_limits = (
            ChatSessionRateLimits.from_dict(_rate_limits)
            if isinstance(_rate_limits, dict)
            else _rate_limits
        )
        max_requests_per_1_minute = d.get("max_requests_per_1_minute")
        status = d.get("status")
        _chatkit_configuration = d.get("chatkit_configuration")
        chatkit_configuration = (
            ChatSessionChatkitConfiguration.from_dict(_chatkit_configuration)
            if isinstance(_chatkit_configuration, dict)
            else _chatkit_configuration
        )
        object_ = d.get("object", UNSET)
        chat_session_resource = cls(
            id=id,
            expires_at=expires_at,
            client_secret=client_secret,
            workflow=workflow,
            user=user,
            rate_limits=rate_limits,
            max_requests_per_1_minute=max_requests_per_1_minute,
            status=status,
            chatkit_configuration=chatkit_configuration,
            object=object_,
        )
        if (
            id is None
            or expires_at is None
            or client_secret is None
            or workflow is None
            or user is None
            or rate_limits is None
            or max_requests_per_1_minute is None
            or status is None
            or chatkit_configuration is None
        ):
            chat_session_resource._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            chat_session_resource.additional_properties = _extra_fields(d)
        return chat_session_resource

    @property
    def object_(self) -> Literal["chatkit.session"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["chatkit.session"] | Unset) -> None:
        self.object = value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: the classes above exist before any model that refers back to them is loaded.
from ..models.chat_session_chatkit_configuration import ChatSessionChatkitConfiguration  # noqa: E402
from ..models.chat_session_rate_limits import ChatSessionRateLimits  # noqa: E402
from ..models.chatkit_workflow import ChatkitWorkflow  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ChatSessionResource._oc_fields = (
    ("id", "id", True, "string"),
    ("expires_at", "expires_at", True, "integer"),
    ("client_secret", "client_secret", True, "string"),
    ("workflow", "workflow", True, ChatkitWorkflow),
    ("user", "user", True, "string"),
    ("rate_limits", "rate_limits", True, ChatSessionRateLimits),
    ("max_requests_per_1_minute", "max_requests_per_1_minute", True, "integer"),
    ("status", "status", True, ("enum", "ChatSessionStatus", ("active", "cancelled", "expired"))),
    ("chatkit_configuration", "chatkit_configuration", True, ChatSessionChatkitConfiguration),
    ("object", "object", False, ("const", "chatkit.session")),
)
