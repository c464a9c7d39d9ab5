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

T = TypeVar("T", bound="BetaAgentMessageItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_content_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "input_text":
            return BetaInputTextContentParam.from_dict(data)
        if tag == "input_image":
            return BetaInputImageContentParamAutoParam.from_dict(data)
        if tag == "encrypted_content":
            return BetaEncryptedContentParam.from_dict(data)
        return _choose_content_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaAgentMessageItemParam(_Model):
    """Schema `BetaAgentMessageItemParam`.

    Attributes:
        type (Literal['agent_message']): Always 'agent_message'.
        author (str):
        recipient (str):
        content (list[BetaEncryptedContentParam | BetaInputImageContentParamAutoParam | BetaInputTextContentParam]):
        agent (BetaAgentTagParam | None | Unset):
        id (None | str | Unset):
    """

    type: Literal["agent_message"]
    author: str
    recipient: str
    content: list[
        BetaEncryptedContentParam | BetaInputImageContentParamAutoParam | BetaInputTextContentParam
    ]
    agent: BetaAgentTagParam | None | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "author",
        "recipient",
        "content",
    )
    _oc_consts = {"type": "agent_message"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["author"] = self.author
        field_dict["recipient"] = self.recipient
        field_dict["content"] = dump(self.content)
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
        if self.id is not UNSET:
            field_dict["id"] = self.id
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
        author = d.get("author")
        recipient = d.get("recipient")
        _content = d.get("content")
        content = (
            [_read_content_item(_i0) for _i0 in _content]
            if isinstance(_content, list)
            else _content
        )
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTagParam.from_dict(_agent) if isinstance(_agent, dict) else _agent
        id = d.get("id", UNSET)
        beta_agent_message_item_param = cls(
            type=type_,
            author=author,
            recipient=recipient,
            content=content,
            agent=agent,
            id=id,
        )
        if type_ is None or author is None or recipient is None or content is None:
            beta_agent_message_item_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_agent_message_item_param.additional_properties = _extra_fields(d)
        return beta_agent_message_item_param

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
from ..models.beta_agent_tag_param import BetaAgentTagParam  # noqa: E402
from ..models.beta_encrypted_content_param import BetaEncryptedContentParam  # noqa: E402
from ..models.beta_input_image_content_param_auto_param import BetaInputImageContentParamAutoParam  # noqa: E402
from ..models.beta_input_text_content_param import BetaInputTextContentParam  # noqa: E402

_choose_content_item = ModelChoice(
    BetaInputTextContentParam, BetaInputImageContentParamAutoParam, BetaEncryptedContentParam
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaAgentMessageItemParam._oc_fields = (
    ("type", "type", True, ("const", "agent_message")),
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
                    BetaInputTextContentParam,
                    BetaInputImageContentParamAutoParam,
                    BetaEncryptedContentParam,
                ),
            ),
        ),
    ),
    (
        "agent",
        "agent",
        False,
        (
            "union",
            (
                BetaAgentTagParam,
                "null",
            ),
        ),
    ),
    (
        "id",
        "id",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
)
