# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateChatSessionBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "workflow",
        "user",
        "expires_after",
        "rate_limits",
        "chatkit_configuration",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateChatSessionBody(_Model):
    """Schema `CreateChatSessionBody`.

    Attributes:
        workflow (WorkflowParam): Schema `WorkflowParam`.
        user (str): Length 1..any.
        expires_after (ExpiresAfterParam | Unset): Schema `ExpiresAfterParam`.
        rate_limits (RateLimitsParam | Unset): Schema `RateLimitsParam`.
        chatkit_configuration (ChatkitConfigurationParam | Unset): Schema `ChatkitConfigurationParam`.
    """

    workflow: WorkflowParam
    user: str
    expires_after: ExpiresAfterParam | Unset = UNSET
    rate_limits: RateLimitsParam | Unset = UNSET
    chatkit_configuration: ChatkitConfigurationParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "workflow",
        "user",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["workflow"] = dump(self.workflow)
        field_dict["user"] = self.user
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = dump(self.expires_after)
        if self.rate_limits is not UNSET:
            field_dict["rate_limits"] = dump(self.rate_limits)
        if self.chatkit_configuration is not UNSET:
            field_dict["chatkit_configuration"] = dump(self.chatkit_configuration)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _workflow = d.get("workflow")
        workflow = WorkflowParam.from_dict(_workflow) if isinstance(_workflow, dict) else _workflow
        user = d.get("user")
        _expires_after = d.get("expires_after", UNSET)
        expires_after = (
            ExpiresAfterParam.from_dict(_expires_after)
            if isinstance(_expires_after, dict)
            else _expires_after
        )
        _rate_limits = d.get("rate_limits", UNSET)
        rate_limits = (
            RateLimitsParam.from_dict(_rate_limits)
            if isinstance(_rate_limits, dict)
            else _rate_limits
        )
        _chatkit_configuration = d.get("chatkit_configuration", UNSET)
        chatkit_configuration = (
            ChatkitConfigurationParam.from_dict(_chatkit_configuration)
            if isinstance(_chatkit_configuration, dict)
            else _chatkit_configuration
        )
        create_chat_session_body = cls(
            workflow=workflow,
            user=user,
            expires_after=expires_after,
            rate_limits=rate_limits,
            chatkit_configuration=chatkit_configuration,
        )
        if workflow is None or user is None:
            create_chat_session_body._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_chat_session_body.additional_properties = _extra_fields(d)
        return create_chat_session_body

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
from ..models.chatkit_configuration_param import ChatkitConfigurationParam  # noqa: E402
from ..models.expires_after_param import ExpiresAfterParam  # noqa: E402
from ..models.rate_limits_param import RateLimitsParam  # noqa: E402
from ..models.workflow_param import WorkflowParam  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateChatSessionBody._oc_fields = (
    ("workflow", "workflow", True, WorkflowParam),
    ("user", "user", True, "string"),
    ("expires_after", "expires_after", False, ExpiresAfterParam),
    ("rate_limits", "rate_limits", False, RateLimitsParam),
    ("chatkit_configuration", "chatkit_configuration", False, ChatkitConfigurationParam),
)
