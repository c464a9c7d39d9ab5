# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.beta_input_message_resource_role import (
    BetaInputMessageResourceRole,
)
from ..models.beta_input_message_resource_status import (
    BetaInputMessageResourceStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaInputMessageResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
class BetaInputMessageResource(_Model):
    """Schema `BetaInputMessageResource`.

    Attributes:
        type (Literal['message']): Always 'message'.
        role (BetaInputMessageResourceRole): One of: 'user', 'system', 'developer' (others kept).
        content (list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent]): Schema
            `BetaInputMessageContentList`.
        id (str):
        agent (BetaAgentTag | None | Unset):
        status (BetaInputMessageResourceStatus | Unset): One of: 'in_progress', 'completed', 'incomplete' (others kept).
    """

    type: Literal["message"]
    role: BetaInputMessageResourceRole
    content: list[BetaInputFileContent | BetaInputImageContent | BetaInputTextContent]
    id: str
    agent: BetaAgentTag | None | Unset = UNSET
    status: BetaInputMessageResourceStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "role",
        "content",
        "id",
    )
    _oc_consts = {"type": "message"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["role"] = self.role
        field_dict["content"] = dump(self.content)
        field_dict["id"] = self.id
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
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
        type_ = d.get("type")
        role = d.get("role")
        _content = d.get("content")
        content = (
            [_read_componentsschemas_beta_input_message_content_list_item(_i0) for _i0 in _content]
            if isinstance(_content, list)
            else _content
        )
        id = d.get("id")
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        status = d.get("status", UNSET)
        beta_input_message_resource = cls(
            type=type_,
            role=role,
            content=content,
            id=id,
            agent=agent,
            status=status,
        )
        if type_ is None or role is None or content is None or id is None:
            beta_input_message_resource._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_input_message_resource.additional_properties = _extra_fields(d)
        return beta_input_message_resource

    @property
    def type_(self) -> Literal["message"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["message"]) -> None:
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
BetaInputMessageResource._oc_fields = (
    ("type", "type", True, ("const", "message")),
    (
        "role",
        "role",
        True,
        ("enum", "BetaInputMessageResourceRole", ("developer", "system", "user")),
    ),
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
    ("id", "id", True, "string"),
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
    (
        "status",
        "status",
        False,
        ("enum", "BetaInputMessageResourceStatus", ("completed", "in_progress", "incomplete")),
    ),
)
