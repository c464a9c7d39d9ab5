# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_message_phase import BetaMessagePhase, check_beta_message_phase
from ..models.beta_output_message_status import (
    BetaOutputMessageStatus,
    check_beta_output_message_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaOutputMessage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "role",
        "content",
        "status",
        "agent",
        "phase",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaOutputMessage:
    """Schema `BetaOutputMessage`.

    Attributes:
        id (str):
        type_ (Literal['message']): Always 'message'.
        role (Literal['assistant']): Always 'assistant'.
        content (list[BetaOutputTextContent | BetaRefusalContent]):
        status (BetaOutputMessageStatus): One of: 'in_progress', 'completed', 'incomplete' (others kept).
        agent (BetaAgentTag | None | Unset):
        phase (BetaMessagePhase | None | Unset):
    """

    id: str
    type_: Literal["message"]
    role: Literal["assistant"]
    content: list[BetaOutputTextContent | BetaRefusalContent]
    status: BetaOutputMessageStatus
    agent: BetaAgentTag | None | Unset = UNSET
    phase: BetaMessagePhase | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        role = self.role

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, BetaOutputTextContent):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        status: str = self.status

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTag):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, str):
            phase = self.phase
        else:
            phase = self.phase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "role": role,
                "content": content,
                "status": status,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        type_ = cast("Literal['message']", d["type"])
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        role = cast("Literal['assistant']", d["role"])
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        content = []
        _content = d["content"]
        for content_item_data in _content:

            def _parse_content_item(data: object) -> BetaOutputTextContent | BetaRefusalContent:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_output_message_content_type_0 = (
                        BetaOutputTextContent.from_dict(data)
                    )

                    return componentsschemas_beta_output_message_content_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_output_message_content_type_1 = BetaRefusalContent.from_dict(
                    data
                )

                return componentsschemas_beta_output_message_content_type_1

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        status = check_beta_output_message_status(d["status"])

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

        def _parse_phase(data: object) -> BetaMessagePhase | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = check_beta_message_phase(data)

                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaMessagePhase | None | Unset", data)

        phase = _parse_phase(d.get("phase", UNSET))

        beta_output_message = cls(
            id=id,
            type_=type_,
            role=role,
            content=content,
            status=status,
            agent=agent,
            phase=phase,
        )

        beta_output_message.additional_properties = _extra_fields(d)
        return beta_output_message

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
from ..models.beta_output_text_content import BetaOutputTextContent  # noqa: E402
from ..models.beta_refusal_content import BetaRefusalContent  # noqa: E402
