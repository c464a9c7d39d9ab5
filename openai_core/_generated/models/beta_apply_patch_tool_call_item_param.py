# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.beta_apply_patch_call_status_param import (
    BetaApplyPatchCallStatusParam,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaApplyPatchToolCallItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "call_id",
        "status",
        "operation",
        "agent",
        "id",
        "caller",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_operation(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "create_file":
            return BetaApplyPatchCreateFileOperationParam.from_dict(data)
        if tag == "delete_file":
            return BetaApplyPatchDeleteFileOperationParam.from_dict(data)
        if tag == "update_file":
            return BetaApplyPatchUpdateFileOperationParam.from_dict(data)
        return _choose_operation(data)
    return data


def _read_caller(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "direct":
            return BetaDirectToolCallCallerParam.from_dict(data)
        if tag == "program":
            return BetaProgramToolCallCallerParam.from_dict(data)
        return _choose_caller(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaApplyPatchToolCallItemParam(_Model):
    """Schema `BetaApplyPatchToolCallItemParam`.

    Attributes:
        type (Literal['apply_patch_call']): Always 'apply_patch_call'.
        call_id (str): Length 1..64.
        status (BetaApplyPatchCallStatusParam): Schema `BetaApplyPatchCallStatusParam`.
        operation (BetaApplyPatchCreateFileOperationParam | BetaApplyPatchDeleteFileOperationParam |
            BetaApplyPatchUpdateFileOperationParam): Schema `BetaApplyPatchOperationParam`.
        agent (BetaAgentTagParam | None | Unset):
        id (None | str | Unset):
        caller (BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset):
    """

    type: Literal["apply_patch_call"]
    call_id: str
    status: BetaApplyPatchCallStatusParam
    operation: (
        BetaApplyPatchCreateFileOperationParam
        | BetaApplyPatchDeleteFileOperationParam
        | BetaApplyPatchUpdateFileOperationParam
    )
    agent: BetaAgentTagParam | None | Unset = UNSET
    id: None | str | Unset = UNSET
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "call_id",
        "status",
        "operation",
    )
    _oc_consts = {"type": "apply_patch_call"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["call_id"] = self.call_id
        field_dict["status"] = self.status
        field_dict["operation"] = dump(self.operation)
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.caller is not UNSET:
            field_dict["caller"] = dump(self.caller)
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
        call_id = d.get("call_id")
        status = d.get("status")
        _operation = d.get("operation")
        operation = _read_operation(_operation)
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTagParam.from_dict(_agent) if isinstance(_agent, dict) else _agent
        id = d.get("id", UNSET)
        _caller = d.get("caller", UNSET)
        caller = _read_caller(_caller)
        beta_apply_patch_tool_call_item_param = cls(
            type=type_,
            call_id=call_id,
            status=status,
            operation=operation,
            agent=agent,
            id=id,
            caller=caller,
        )
        if type_ is None or call_id is None or status is None or operation is None:
            beta_apply_patch_tool_call_item_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_apply_patch_tool_call_item_param.additional_properties = _extra_fields(d)
        return beta_apply_patch_tool_call_item_param

    @property
    def type_(self) -> Literal["apply_patch_call"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["apply_patch_call"]) -> None:
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
from ..models.beta_apply_patch_create_file_operation_param import (
    BetaApplyPatchCreateFileOperationParam,  # noqa: E402
)
from ..models.beta_apply_patch_delete_file_operation_param import (
    BetaApplyPatchDeleteFileOperationParam,  # noqa: E402
)
from ..models.beta_apply_patch_update_file_operation_param import (
    BetaApplyPatchUpdateFileOperationParam,  # noqa: E402
)
from ..models.beta_direct_tool_call_caller_param import BetaDirectToolCallCallerParam  # noqa: E402
from ..models.beta_program_tool_call_caller_param import BetaProgramToolCallCallerParam  # noqa: E402

_choose_operation = ModelChoice(
    BetaApplyPatchCreateFileOperationParam,
    BetaApplyPatchDeleteFileOperationParam,
    BetaApplyPatchUpdateFileOperationParam,
)
_choose_caller = ModelChoice(BetaDirectToolCallCallerParam, BetaProgramToolCallCallerParam)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaApplyPatchToolCallItemParam._oc_fields = (
    ("type", "type", True, ("const", "apply_patch_call")),
    ("call_id", "call_id", True, "string"),
    (
        "status",
        "status",
        True,
        ("enum", "BetaApplyPatchCallStatusParam", ("completed", "in_progress")),
    ),
    (
        "operation",
        "operation",
        True,
        (
            "union",
            (
                BetaApplyPatchCreateFileOperationParam,
                BetaApplyPatchDeleteFileOperationParam,
                BetaApplyPatchUpdateFileOperationParam,
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
    (
        "caller",
        "caller",
        False,
        (
            "union",
            (
                BetaDirectToolCallCallerParam,
                BetaProgramToolCallCallerParam,
                "null",
            ),
        ),
    ),
)
