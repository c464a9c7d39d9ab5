# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateChatSessionBody")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateChatSessionBody:
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

    def to_dict(self) -> dict[str, Any]:
        workflow = self.workflow.to_dict()

        user = self.user

        expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.to_dict()

        rate_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_limits, Unset):
            rate_limits = self.rate_limits.to_dict()

        chatkit_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chatkit_configuration, Unset):
            chatkit_configuration = self.chatkit_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow": workflow,
                "user": user,
            }
        )
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if rate_limits is not UNSET:
            field_dict["rate_limits"] = rate_limits
        if chatkit_configuration is not UNSET:
            field_dict["chatkit_configuration"] = chatkit_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        workflow = WorkflowParam.from_dict(d["workflow"])

        user = d["user"]

        _expires_after = d.get("expires_after", UNSET)
        expires_after: ExpiresAfterParam | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = ExpiresAfterParam.from_dict(_expires_after)

        _rate_limits = d.get("rate_limits", UNSET)
        rate_limits: RateLimitsParam | Unset
        if isinstance(_rate_limits, Unset):
            rate_limits = UNSET
        else:
            rate_limits = RateLimitsParam.from_dict(_rate_limits)

        _chatkit_configuration = d.get("chatkit_configuration", UNSET)
        chatkit_configuration: ChatkitConfigurationParam | Unset
        if isinstance(_chatkit_configuration, Unset):
            chatkit_configuration = UNSET
        else:
            chatkit_configuration = ChatkitConfigurationParam.from_dict(_chatkit_configuration)

        create_chat_session_body = cls(
            workflow=workflow,
            user=user,
            expires_after=expires_after,
            rate_limits=rate_limits,
            chatkit_configuration=chatkit_configuration,
        )

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
