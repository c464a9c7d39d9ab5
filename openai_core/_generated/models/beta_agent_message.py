# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaAgentMessage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_content_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_content_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaAgentMessage(_Model):
    """Schema `BetaAgentMessage`.

    Attributes:
        type (Literal['agent_message']): Always 'agent_message'.
        id (str):
        author (str):
        recipient (str):
        content (list[BetaComputerScreenshotContent | BetaEncryptedContent | BetaInputFileContent |
            BetaInputImageContent | BetaInputTextContent | BetaOutputTextContent | BetaReasoningTextContent |
            BetaRefusalContent | BetaSummaryTextContent | BetaTextContent]):
        agent (BetaAgentTag | Unset): Schema `BetaAgentTag`.
    """

    type: Literal["agent_message"]
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

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "author",
        "recipient",
        "content",
    )
    _oc_consts = {"type": "agent_message"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["author"] = self.author
        field_dict["recipient"] = self.recipient
        field_dict["content"] = dump(self.content)
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        id = d.get("id")
        author = d.get("author")
        recipient = d.get("recipient")
        _content = d.get("content")
        content = (
            [_read_content_item(_i0) for _i0 in _content]
            if isinstance(_content, list)
            else _content
        )
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        beta_agent_message = cls(
            type=type_,
            id=id,
            author=author,
            recipient=recipient,
            content=content,
            agent=agent,
        )
        if type_ is None or id is None or author is None or recipient is None or content is None:
            beta_agent_message._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_agent_message.additional_properties = _extra_fields(d)
        return beta_agent_message

    @property
    def type_(self) -> Literal["agent_message"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["agent_message"]) -> None:
        self.type = value

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

_choose_content_item = ModelChoice(
    BetaInputTextContent,
    BetaOutputTextContent,
    BetaTextContent,
    BetaSummaryTextContent,
    BetaReasoningTextContent,
    BetaRefusalContent,
    BetaInputImageContent,
    BetaComputerScreenshotContent,
    BetaInputFileContent,
    BetaEncryptedContent,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaAgentMessage._oc_fields = (
    ("type", "type", True, ("const", "agent_message")),
    ("id", "id", True, "string"),
    ("author", "author", True, "string"),
    ("recipient", "recipient", True, "string"),
    (
        "content",
        "content",
        True,
        (
            "list",
            (
                "union",
                (
                    BetaInputTextContent,
                    BetaOutputTextContent,
                    BetaTextContent,
                    BetaSummaryTextContent,
                    BetaReasoningTextContent,
                    BetaRefusalContent,
                    BetaInputImageContent,
                    BetaComputerScreenshotContent,
                    BetaInputFileContent,
                    BetaEncryptedContent,
                ),
            ),
        ),
    ),
    ("agent", "agent", False, BetaAgentTag),
)
