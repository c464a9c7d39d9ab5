# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.beta_input_message_role import BetaInputMessageRole
from ..models.beta_input_message_status import (
    BetaInputMessageStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaInputMessage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_componentsschemas_beta_input_message_content_list_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "input_text":
            return BetaInputTextContent.from_dict(data)
        if tag == "input_image":
            return BetaInputImageContent.from_dict(data)
        if tag == "input_file":
            return BetaInputFileContent.from_dict(data)
        return _choose_componentsschemas_beta_input_message_content_list_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaInputMessage(_Model):
    """Schema `BetaInputMessage`.

    Attributes:
        role (BetaInputMessageRole): One of: 'user', 'system', 'developer' (others kept).
        content (list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent]): Schema
            `BetaInputMessageContentList`.
        agent (BetaAgentTag | None | Unset):
        type (Literal['message'] | Unset): Always 'message'.
        status (BetaInputMessageStatus | Unset): One of: 'in_progress', 'completed', 'incomplete' (others kept).
    """

    role: BetaInputMessageRole
    content: list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent]
    agent: BetaAgentTag | None | Unset = UNSET
    type: Literal["message"] | Unset = UNSET
    status: BetaInputMessageStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "role",
        "content",
    )
    _oc_consts = {"type": "message"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["role"] = self.role
        field_dict["content"] = dump(self.content)
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
        if self.type is not UNSET:
            field_dict["type"] = self.type
        if self.status is not UNSET:
            field_dict["status"] = self.status
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        role = d.get("role")
        _content = d.get("content")
        content = (
            [_read_componentsschemas_beta_input_message_content_list_item(_i0) for _i0 in _content]
            if isinstance(_content, list)
            else _content
        )
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        type_ = d.get("type", UNSET)
        status = d.get("status", UNSET)
        beta_input_message = cls(
            role=role,
            content=content,
            agent=agent,
            type=type_,
            status=status,
        )
        if role is None or content is None:
            beta_input_message._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_input_message.additional_properties = _extra_fields(d)
        return beta_input_message

    @property
    def type_(self) -> Literal["message"] | Unset:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["message"] | Unset) -> None:
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
from ..models.beta_input_file_content import BetaInputFileContent  # noqa: E402
from ..models.beta_input_image_content import BetaInputImageContent  # noqa: E402
from ..models.beta_input_text_content import BetaInputTextContent  # noqa: E402

_choose_componentsschemas_beta_input_message_content_list_item = ModelChoice(
    BetaInputTextContent, BetaInputImageContent, BetaInputFileContent
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaInputMessage._oc_fields = (
    ("role", "role", True, ("enum", "BetaInputMessageRole", ("developer", "system", "user"))),
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
                    BetaInputImageContent,
                    BetaInputFileContent,
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
                BetaAgentTag,
                "null",
            ),
        ),
    ),
    ("type", "type", False, ("const", "message")),
    (
        "status",
        "status",
        False,
        ("enum", "BetaInputMessageStatus", ("completed", "in_progress", "incomplete")),
    ),
)
