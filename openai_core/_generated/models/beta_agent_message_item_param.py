# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaAgentMessageItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "author",
        "recipient",
        "content",
        "agent",
        "id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaAgentMessageItemParam:
    """Schema `BetaAgentMessageItemParam`.

    Attributes:
        type_ (Literal['agent_message']): Always 'agent_message'.
        author (str):
        recipient (str):
        content (list[BetaEncryptedContentParam | BetaInputImageContentParamAutoParam | BetaInputTextContentParam]):
        agent (BetaAgentTagParam | None | Unset):
        id (None | str | Unset):
    """

    type_: Literal["agent_message"]
    author: str
    recipient: str
    content: list[
        BetaEncryptedContentParam | BetaInputImageContentParamAutoParam | BetaInputTextContentParam
    ]
    agent: BetaAgentTagParam | None | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        author = self.author

        recipient = self.recipient

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, BetaInputTextContentParam):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, BetaInputImageContentParamAutoParam):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTagParam):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "author": author,
                "recipient": recipient,
                "content": content,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['agent_message']", d["type"])
        if type_ != "agent_message":
            raise ValueError(f"type must match const 'agent_message', got '{type_}'")

        author = d["author"]

        recipient = d["recipient"]

        content = []
        _content = d["content"]
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> (
                BetaEncryptedContentParam
                | BetaInputImageContentParamAutoParam
                | BetaInputTextContentParam
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = BetaInputTextContentParam.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_1 = BetaInputImageContentParamAutoParam.from_dict(data)

                    return content_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_2 = BetaEncryptedContentParam.from_dict(data)

                return content_item_type_2

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        def _parse_agent(data: object) -> BetaAgentTagParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = BetaAgentTagParam.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaAgentTagParam | None | Unset", data)

        agent = _parse_agent(d.get("agent", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        id = _parse_id(d.get("id", UNSET))

        beta_agent_message_item_param = cls(
            type_=type_,
            author=author,
            recipient=recipient,
            content=content,
            agent=agent,
            id=id,
        )

        beta_agent_message_item_param.additional_properties = _extra_fields(d)
        return beta_agent_message_item_param

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
from ..models.beta_agent_tag_param import BetaAgentTagParam  # noqa: E402
from ..models.beta_encrypted_content_param import BetaEncryptedContentParam  # noqa: E402
from ..models.beta_input_image_content_param_auto_param import BetaInputImageContentParamAutoParam  # noqa: E402
from ..models.beta_input_text_content_param import BetaInputTextContentParam  # noqa: E402
