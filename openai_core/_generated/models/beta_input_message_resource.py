# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_input_message_resource_role import (
    BetaInputMessageResourceRole,
    check_beta_input_message_resource_role,
)
from ..models.beta_input_message_resource_status import (
    BetaInputMessageResourceStatus,
    check_beta_input_message_resource_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaInputMessageResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "role",
        "content",
        "id",
        "agent",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaInputMessageResource:
    """Schema `BetaInputMessageResource`.

    Attributes:
        type_ (Literal['message']): Always 'message'.
        role (BetaInputMessageResourceRole): One of: 'user', 'system', 'developer' (others kept).
        content (list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent]): Schema
            `BetaInputMessageContentList`.
        id (str):
        agent (BetaAgentTag | None | Unset):
        status (BetaInputMessageResourceStatus | Unset): One of: 'in_progress', 'completed', 'incomplete' (others kept).
    """

    type_: Literal["message"]
    role: BetaInputMessageResourceRole
    content: list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent]
    id: str
    agent: BetaAgentTag | None | Unset = UNSET
    status: BetaInputMessageResourceStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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

        id = self.id

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTag):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "role": role,
                "content": content,
                "id": id,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['message']", d["type"])
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        role = check_beta_input_message_resource_role(d["role"])

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

        id = d["id"]

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

        _status = d.get("status", UNSET)
        status: BetaInputMessageResourceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_beta_input_message_resource_status(_status)

        beta_input_message_resource = cls(
            type_=type_,
            role=role,
            content=content,
            id=id,
            agent=agent,
            status=status,
        )

        beta_input_message_resource.additional_properties = _extra_fields(d)
        return beta_input_message_resource

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
