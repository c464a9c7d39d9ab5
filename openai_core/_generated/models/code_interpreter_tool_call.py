# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.code_interpreter_tool_call_status import (
    CodeInterpreterToolCallStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeInterpreterToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "status",
        "container_id",
        "code",
        "outputs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_outputs(data: Any) -> Any:
    if isinstance(data, list):
        return [_read_outputs_type_0_item(_i1) for _i1 in data] if isinstance(data, list) else data
    return data


def _read_outputs_type_0_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "logs":
            return CodeInterpreterOutputLogs.from_dict(data)
        if tag == "image":
            return CodeInterpreterOutputImage.from_dict(data)
        return _choose_outputs_type_0_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CodeInterpreterToolCall(_Model):
    """Schema `CodeInterpreterToolCall`.

    Attributes:
        type (Literal['code_interpreter_call']): Always 'code_interpreter_call'.
        id (str):
        status (CodeInterpreterToolCallStatus): One of: 'in_progress', 'completed', 'incomplete', 'interpreting',
            'failed' (others kept).
        container_id (str):
        code (None | str | Unset):
        outputs (list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None | Unset):
    """

    type: Literal["code_interpreter_call"]
    id: str
    status: CodeInterpreterToolCallStatus
    container_id: str
    code: None | str | Unset = UNSET
    outputs: list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "status",
        "container_id",
    )
    _oc_consts = {"type": "code_interpreter_call"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["status"] = self.status
        field_dict["container_id"] = self.container_id
        if self.code is not UNSET:
            field_dict["code"] = self.code
        if self.outputs is not UNSET:
            field_dict["outputs"] = dump(self.outputs)
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
        status = d.get("status")
        container_id = d.get("container_id")
        code = d.get("code", UNSET)
        _outputs = d.get("outputs", UNSET)
        outputs = _read_outputs(_outputs)
        code_interpreter_tool_call = cls(
            type=type_,
            id=id,
            status=status,
            container_id=container_id,
            code=code,
            outputs=outputs,
        )
        if type_ is None or id is None or status is None or container_id is None:
            code_interpreter_tool_call._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            code_interpreter_tool_call.additional_properties = _extra_fields(d)
        return code_interpreter_tool_call

    @property
    def type_(self) -> Literal["code_interpreter_call"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["code_interpreter_call"]) -> None:
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
from ..models.code_interpreter_output_image import CodeInterpreterOutputImage  # noqa: E402
from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogs  # noqa: E402

_choose_outputs_type_0_item = ModelChoice(CodeInterpreterOutputLogs, CodeInterpreterOutputImage)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CodeInterpreterToolCall._oc_fields = (
    ("type", "type", True, ("const", "code_interpreter_call")),
    ("id", "id", True, "string"),
    (
        "status",
        "status",
        True,
        (
            "enum",
            "CodeInterpreterToolCallStatus",
            ("completed", "failed", "in_progress", "incomplete", "interpreting"),
        ),
    ),
    ("container_id", "container_id", True, "string"),
    (
        "code",
        "code",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "outputs",
        "outputs",
        False,
        (
            "union",
            (
                (
                    "list",
                    (
                        "union",
                        (
                            CodeInterpreterOutputLogs,
                            CodeInterpreterOutputImage,
                        ),
                    ),
                ),
                "null",
            ),
        ),
    ),
)
