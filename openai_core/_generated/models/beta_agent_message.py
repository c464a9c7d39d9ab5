# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaAgentMessage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "author",
        "recipient",
        "content",
        "agent",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaAgentMessage:
    """Schema `BetaAgentMessage`.

    Attributes:
        type_ (Literal['agent_message']): Always 'agent_message'.
        id (str):
        author (str):
        recipient (str):
        content (list[BetaComputerScreenshotContent | BetaEncryptedContent | BetaInputFileContent |
            BetaInputImageContent | BetaInputTextContent | BetaOutputTextContent | BetaReasoningTextContent |
            BetaRefusalContent | BetaSummaryTextContent | BetaTextContent]):
        agent (BetaAgentTag | Unset): Schema `BetaAgentTag`.
    """

    type_: Literal["agent_message"]
    id: str
    author: str
    recipient: str
    content: list[
        BetaComputerScreenshotContent
        | BetaEncryptedContent
        | BetaInputFileContent
        | BetaInputImageContent
        | BetaInputTextContent
        | BetaOutputTextContent
        | BetaReasoningTextContent
        | BetaRefusalContent
        | BetaSummaryTextContent
        | BetaTextContent
    ]
    agent: BetaAgentTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        author = self.author

        recipient = self.recipient

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, BetaInputTextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, BetaOutputTextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, BetaTextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, BetaSummaryTextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, BetaReasoningTextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, BetaRefusalContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, BetaInputImageContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, BetaComputerScreenshotContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, BetaInputFileContent):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "author": author,
                "recipient": recipient,
                "content": content,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['agent_message']", d["type"])
        if type_ != "agent_message":
            raise ValueError(f"type must match const 'agent_message', got '{type_}'")

        id = d["id"]

        author = d["author"]

        recipient = d["recipient"]

        content = []
        _content = d["content"]
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> (
                BetaComputerScreenshotContent
                | BetaEncryptedContent
                | BetaInputFileContent
                | BetaInputImageContent
                | BetaInputTextContent
                | BetaOutputTextContent
                | BetaReasoningTextContent
                | BetaRefusalContent
                | BetaSummaryTextContent
                | BetaTextContent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = BetaInputTextContent.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_1 = BetaOutputTextContent.from_dict(data)

                    return content_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_2 = BetaTextContent.from_dict(data)

                    return content_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_3 = BetaSummaryTextContent.from_dict(data)

                    return content_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_4 = BetaReasoningTextContent.from_dict(data)

                    return content_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_5 = BetaRefusalContent.from_dict(data)

                    return content_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_6 = BetaInputImageContent.from_dict(data)

                    return content_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_7 = BetaComputerScreenshotContent.from_dict(data)

                    return content_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_8 = BetaInputFileContent.from_dict(data)

                    return content_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_9 = BetaEncryptedContent.from_dict(data)

                return content_item_type_9

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        _agent = d.get("agent", UNSET)
        agent: BetaAgentTag | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = BetaAgentTag.from_dict(_agent)

        beta_agent_message = cls(
            type_=type_,
            id=id,
            author=author,
            recipient=recipient,
            content=content,
            agent=agent,
        )

        beta_agent_message.additional_properties = _extra_fields(d)
        return beta_agent_message

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
from ..models.beta_computer_screenshot_content import BetaComputerScreenshotContent  # noqa: E402
from ..models.beta_encrypted_content import BetaEncryptedContent  # noqa: E402
from ..models.beta_input_file_content import BetaInputFileContent  # noqa: E402
from ..models.beta_input_image_content import BetaInputImageContent  # noqa: E402
from ..models.beta_input_text_content import BetaInputTextContent  # noqa: E402
from ..models.beta_output_text_content import BetaOutputTextContent  # noqa: E402
from ..models.beta_reasoning_text_content import BetaReasoningTextContent  # noqa: E402
from ..models.beta_refusal_content import BetaRefusalContent  # noqa: E402
from ..models.beta_summary_text_content import BetaSummaryTextContent  # noqa: E402
from ..models.beta_text_content import BetaTextContent  # noqa: E402
