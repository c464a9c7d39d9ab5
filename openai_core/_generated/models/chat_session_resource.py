# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_session_status import ChatSessionStatus, check_chat_session_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatSessionResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatSessionResource:
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
        object_ (Literal['chatkit.session'] | Unset): Always 'chatkit.session'.
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
    object_: Literal["chatkit.session"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        expires_at = self.expires_at

        client_secret = self.client_secret

        workflow = self.workflow.to_dict()

        user = self.user

        rate_limits = self.rate_limits.to_dict()

        max_requests_per_1_minute = self.max_requests_per_1_minute

        status: str = self.status

        chatkit_configuration = self.chatkit_configuration.to_dict()

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "expires_at": expires_at,
                "client_secret": client_secret,
                "workflow": workflow,
                "user": user,
                "rate_limits": rate_limits,
                "max_requests_per_1_minute": max_requests_per_1_minute,
                "status": status,
                "chatkit_configuration": chatkit_configuration,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        expires_at = d["expires_at"]

        client_secret = d["client_secret"]

        workflow = ChatkitWorkflow.from_dict(d["workflow"])

        user = d["user"]

        rate_limits = ChatSessionRateLimits.from_dict(d["rate_limits"])

        max_requests_per_1_minute = d["max_requests_per_1_minute"]

        status = check_chat_session_status(d["status"])

        chatkit_configuration = ChatSessionChatkitConfiguration.from_dict(
            d["chatkit_configuration"]
        )

        object_ = cast("Literal['chatkit.session'] | Unset", d.get("object", UNSET))
        if object_ != "chatkit.session" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'chatkit.session', got '{object_}'")

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
            object_=object_,
        )

        chat_session_resource.additional_properties = _extra_fields(d)
        return chat_session_resource

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
