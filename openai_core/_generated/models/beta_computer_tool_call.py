# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.beta_computer_tool_call_status import (
    BetaComputerToolCallStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaComputerToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "call_id",
        "pending_safety_checks",
        "status",
        "agent",
        "action",
        "actions",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_action(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_action(data)
    return data


def _read_componentsschemas_beta_computer_action_list_item(data: Any) -> Any:
    if isinstance(data, dict):
        return _choose_componentsschemas_beta_computer_action_list_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaComputerToolCall(_Model):
    """Schema `BetaComputerToolCall`.

    Attributes:
        type (Literal['computer_call']): Always 'computer_call'.
        id (str):
        call_id (str):
        pending_safety_checks (list[BetaComputerCallSafetyCheckParam]):
        status (BetaComputerToolCallStatus): One of: 'in_progress', 'completed', 'incomplete' (others kept).
        agent (BetaAgentTag | None | Unset):
        action (BetaClickParam | BetaDoubleClickAction | BetaDragParam | BetaKeyPressAction | BetaMoveParam |
            BetaScreenshotParam | BetaScrollParam | BetaTypeParam | BetaWaitParam | Unset): Schema `BetaComputerAction`.
        actions (list[BetaClickParam | BetaDoubleClickAction | BetaDragParam | BetaKeyPressAction | BetaMoveParam |
            BetaScreenshotParam | BetaScrollParam | BetaTypeParam | BetaWaitParam] | Unset): Schema
            `BetaComputerActionList`.
    """

    type: Literal["computer_call"]
    id: str
    call_id: str
    pending_safety_checks: list[BetaComputerCallSafetyCheckParam]
    status: BetaComputerToolCallStatus
    agent: BetaAgentTag | None | Unset = UNSET
    action: (
        BetaClickParam
        | BetaDoubleClickAction
        | BetaDragParam
        | BetaKeyPressAction
        | BetaMoveParam
        | BetaScreenshotParam
        | BetaScrollParam
        | BetaTypeParam
        | BetaWaitParam
        | Unset
    ) = UNSET
    actions: (
        list[
            BetaClickParam
            | BetaDoubleClickAction
            | BetaDragParam
            | BetaKeyPressAction
            | BetaMoveParam
            | BetaScreenshotParam
            | BetaScrollParam
            | BetaTypeParam
            | BetaWaitParam
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "id",
        "call_id",
        "pending_safety_checks",
        "status",
    )
    _oc_consts = {"type": "computer_call"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["call_id"] = self.call_id
        field_dict["pending_safety_checks"] = dump(self.pending_safety_checks)
        field_dict["status"] = self.status
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
        if self.action is not UNSET:
            field_dict["action"] = dump(self.action)
        if self.actions is not UNSET:
            field_dict["actions"] = dump(self.actions)
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
        call_id = d.get("call_id")
        _pending_safety_checks = d.get("pending_safety_checks")
        pending_safety_checks = (
            [
                (BetaComputerCallSafetyCheckParam.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _pending_safety_checks
            ]
            if isinstance(_pending_safety_checks, list)
            else _pending_safety_checks
        )
        status = d.get("status")
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        _action = d.get("action", UNSET)
        action = _read_action(_action)
        _actions = d.get("actions", UNSET)
        actions = (
            [_read_componentsschemas_beta_computer_action_list_item(_i0) for _i0 in _actions]
            if isinstance(_actions, list)
            else _actions
        )
        beta_computer_tool_call = cls(
            type=type_,
            id=id,
            call_id=call_id,
            pending_safety_checks=pending_safety_checks,
            status=status,
            agent=agent,
            action=action,
            actions=actions,
        )
        if (
            type_ is None
            or id is None
            or call_id is None
            or pending_safety_checks is None
            or status is None
        ):
            beta_computer_tool_call._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_computer_tool_call.additional_properties = _extra_fields(d)
        return beta_computer_tool_call

    @property
    def type_(self) -> Literal["computer_call"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["computer_call"]) -> None:
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
from ..models.beta_click_param import BetaClickParam  # noqa: E402
from ..models.beta_computer_call_safety_check_param import BetaComputerCallSafetyCheckParam  # noqa: E402
from ..models.beta_double_click_action import BetaDoubleClickAction  # noqa: E402
from ..models.beta_drag_param import BetaDragParam  # noqa: E402
from ..models.beta_key_press_action import BetaKeyPressAction  # noqa: E402
from ..models.beta_move_param import BetaMoveParam  # noqa: E402
from ..models.beta_screenshot_param import BetaScreenshotParam  # noqa: E402
from ..models.beta_scroll_param import BetaScrollParam  # noqa: E402
from ..models.beta_type_param import BetaTypeParam  # noqa: E402
from ..models.beta_wait_param import BetaWaitParam  # noqa: E402

_choose_action = ModelChoice(
    BetaClickParam,
    BetaDoubleClickAction,
    BetaDragParam,
    BetaKeyPressAction,
    BetaMoveParam,
    BetaScreenshotParam,
    BetaScrollParam,
    BetaTypeParam,
    BetaWaitParam,
)
_choose_componentsschemas_beta_computer_action_list_item = ModelChoice(
    BetaClickParam,
    BetaDoubleClickAction,
    BetaDragParam,
    BetaKeyPressAction,
    BetaMoveParam,
    BetaScreenshotParam,
    BetaScrollParam,
    BetaTypeParam,
    BetaWaitParam,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaComputerToolCall._oc_fields = (
    ("type", "type", True, ("const", "computer_call")),
    ("id", "id", True, "string"),
    ("call_id", "call_id", True, "string"),
    (
        "pending_safety_checks",
        "pending_safety_checks",
        True,
        ("list", BetaComputerCallSafetyCheckParam),
    ),
    (
        "status",
        "status",
        True,
        ("enum", "BetaComputerToolCallStatus", ("completed", "in_progress", "incomplete")),
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
    (
        "action",
        "action",
        False,
        (
            "union",
            (
                BetaClickParam,
                BetaDoubleClickAction,
                BetaDragParam,
                BetaKeyPressAction,
                BetaMoveParam,
                BetaScreenshotParam,
                BetaScrollParam,
                BetaTypeParam,
                BetaWaitParam,
            ),
        ),
    ),
    (
        "actions",
        "actions",
        False,
        (
            "list",
            (
                "union",
                (
                    BetaClickParam,
                    BetaDoubleClickAction,
                    BetaDragParam,
                    BetaKeyPressAction,
                    BetaMoveParam,
                    BetaScreenshotParam,
                    BetaScrollParam,
                    BetaTypeParam,
                    BetaWaitParam,
                ),
            ),
        ),
    ),
)
