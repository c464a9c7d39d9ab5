# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_input_message_role import BetaInputMessageRole, check_beta_input_message_role
from ..models.beta_input_message_status import (
    BetaInputMessageStatus,
    check_beta_input_message_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaInputMessage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "role",
        "content",
        "agent",
        "type",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaInputMessage:
    """Schema `BetaInputMessage`.

    Attributes:
        role (BetaInputMessageRole): One of: 'user', 'system', 'developer' (others kept).
        content (list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent]): Schema
            `BetaInputMessageContentList`.
        agent (BetaAgentTag | None | Unset):
        type_ (Literal['message'] | Unset): Always 'message'.
        status (BetaInputMessageStatus | Unset): One of: 'in_progress', 'completed', 'incomplete' (others kept).
    """

    role: BetaInputMessageRole
    content: list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent]
    agent: BetaAgentTag | None | Unset = UNSET
    type_: Literal["message"] | Unset = UNSET
    status: BetaInputMessageStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        content = []
        for componentsschemas_beta_input_message_content_list_item_data in self.content:
            componentsschemas_beta_input_message_content_list_item: dict[str, Any]
            if isinstance(
                componentsschemas_beta_input_message_content_list_item_data, BetaInputTextContent
            ):
                componentsschemas_beta_input_message_content_list_item = (
                    componentsschemas_beta_input_message_content_list_item_data.to_dict()
                )
            elif isinstance(
                componentsschemas_beta_input_message_content_list_item_data, BetaInputImageContent
            ):
                componentsschemas_beta_input_message_content_list_item = (
                    componentsschemas_beta_input_message_content_list_item_data.to_dict()
                )
            else:
                componentsschemas_beta_input_message_content_list_item = (
                    componentsschemas_beta_input_message_content_list_item_data.to_dict()
                )

            content.append(componentsschemas_beta_input_message_content_list_item)

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTag):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        type_ = self.type_

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        role = check_beta_input_message_role(d["role"])

        content = []
        _content = d["content"]
        for componentsschemas_beta_input_message_content_list_item_data in _content:

            def _parse_componentsschemas_beta_input_message_content_list_item(
                data: object,
            ) -> BetaInputFileContent | BetaInputImageContent | BetaInputTextContent:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_input_content_type_0 = BetaInputTextContent.from_dict(
                        data
                    )

                    return componentsschemas_beta_input_content_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_input_content_type_1 = BetaInputImageContent.from_dict(
                        data
                    )

                    return componentsschemas_beta_input_content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_input_content_type_2 = BetaInputFileContent.from_dict(data)

                return componentsschemas_beta_input_content_type_2

            componentsschemas_beta_input_message_content_list_item = (
                _parse_componentsschemas_beta_input_message_content_list_item(
                    componentsschemas_beta_input_message_content_list_item_data
                )
            )

            content.append(componentsschemas_beta_input_message_content_list_item)

        def _parse_agent(data: object) -> BetaAgentTag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = BetaAgentTag.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaAgentTag | None | Unset", data)

        agent = _parse_agent(d.get("agent", UNSET))

        type_ = cast("Literal['message'] | Unset", d.get("type", UNSET))
        if type_ != "message" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'message', got '{type_}'")

        _status = d.get("status", UNSET)
        status: BetaInputMessageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_beta_input_message_status(_status)

        beta_input_message = cls(
            role=role,
            content=content,
            agent=agent,
            type_=type_,
            status=status,
        )

        beta_input_message.additional_properties = _extra_fields(d)
        return beta_input_message

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
from ..models.beta_agent_tag import BetaAgentTag  # noqa: E402
from ..models.beta_input_file_content import BetaInputFileContent  # noqa: E402
from ..models.beta_input_image_content import BetaInputImageContent  # noqa: E402
from ..models.beta_input_text_content import BetaInputTextContent  # noqa: E402
