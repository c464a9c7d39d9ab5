# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_tool_call_status import (
    ComputerToolCallStatus,
    check_computer_tool_call_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "call_id",
        "pending_safety_checks",
        "status",
        "action",
        "actions",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ComputerToolCall:
    """Schema `ComputerToolCall`.

    Attributes:
        type_ (Literal['computer_call']): Always 'computer_call'.
        id (str):
        call_id (str):
        pending_safety_checks (list[ComputerCallSafetyCheckParam]):
        status (ComputerToolCallStatus): One of: 'in_progress', 'completed', 'incomplete' (others kept).
        action (ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam | ScrollParam
            | TypeParam | Unset | WaitParam): Schema `ComputerAction`.
        actions (list[ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam |
            ScrollParam | TypeParam | WaitParam] | Unset): Schema `ComputerActionList`.
    """

    type_: Literal["computer_call"]
    id: str
    call_id: str
    pending_safety_checks: list[ComputerCallSafetyCheckParam]
    status: ComputerToolCallStatus
    action: (
        ClickParam
        | DoubleClickAction
        | DragParam
        | KeyPressAction
        | MoveParam
        | ScreenshotParam
        | ScrollParam
        | TypeParam
        | Unset
        | WaitParam
    ) = UNSET
    actions: (
        list[
            ClickParam
            | DoubleClickAction
            | DragParam
            | KeyPressAction
            | MoveParam
            | ScreenshotParam
            | ScrollParam
            | TypeParam
            | WaitParam
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        call_id = self.call_id

        pending_safety_checks = []
        for pending_safety_checks_item_data in self.pending_safety_checks:
            pending_safety_checks_item = pending_safety_checks_item_data.to_dict()
            pending_safety_checks.append(pending_safety_checks_item)

        status: str = self.status

        action: dict[str, Any] | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, ClickParam):
            action = self.action.to_dict()
        elif isinstance(self.action, DoubleClickAction):
            action = self.action.to_dict()
        elif isinstance(self.action, DragParam):
            action = self.action.to_dict()
        elif isinstance(self.action, KeyPressAction):
            action = self.action.to_dict()
        elif isinstance(self.action, MoveParam):
            action = self.action.to_dict()
        elif isinstance(self.action, ScreenshotParam):
            action = self.action.to_dict()
        elif isinstance(self.action, ScrollParam):
            action = self.action.to_dict()
        elif isinstance(self.action, TypeParam):
            action = self.action.to_dict()
        else:
            action = self.action.to_dict()

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for componentsschemas_computer_action_list_item_data in self.actions:
                componentsschemas_computer_action_list_item: dict[str, Any]
                if isinstance(componentsschemas_computer_action_list_item_data, ClickParam):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_computer_action_list_item_data, DoubleClickAction
                ):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_computer_action_list_item_data, DragParam):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_computer_action_list_item_data, KeyPressAction):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_computer_action_list_item_data, MoveParam):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_computer_action_list_item_data, ScreenshotParam):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_computer_action_list_item_data, ScrollParam):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_computer_action_list_item_data, TypeParam):
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )
                else:
                    componentsschemas_computer_action_list_item = (
                        componentsschemas_computer_action_list_item_data.to_dict()
                    )

                actions.append(componentsschemas_computer_action_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "call_id": call_id,
                "pending_safety_checks": pending_safety_checks,
                "status": status,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['computer_call']", d["type"])
        if type_ != "computer_call":
            raise ValueError(f"type must match const 'computer_call', got '{type_}'")

        id = d["id"]

        call_id = d["call_id"]

        pending_safety_checks = []
        _pending_safety_checks = d["pending_safety_checks"]
        for pending_safety_checks_item_data in _pending_safety_checks:
            pending_safety_checks_item = ComputerCallSafetyCheckParam.from_dict(
                pending_safety_checks_item_data
            )

            pending_safety_checks.append(pending_safety_checks_item)

        status = check_computer_tool_call_status(d["status"])

        def _parse_action(
            data: object,
        ) -> (
            ClickParam
            | DoubleClickAction
            | DragParam
            | KeyPressAction
            | MoveParam
            | ScreenshotParam
            | ScrollParam
            | TypeParam
            | Unset
            | WaitParam
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_0 = ClickParam.from_dict(data)

                return componentsschemas_computer_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_1 = DoubleClickAction.from_dict(data)

                return componentsschemas_computer_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_2 = DragParam.from_dict(data)

                return componentsschemas_computer_action_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_3 = KeyPressAction.from_dict(data)

                return componentsschemas_computer_action_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_4 = MoveParam.from_dict(data)

                return componentsschemas_computer_action_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_5 = ScreenshotParam.from_dict(data)

                return componentsschemas_computer_action_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_6 = ScrollParam.from_dict(data)

                return componentsschemas_computer_action_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_computer_action_type_7 = TypeParam.from_dict(data)

                return componentsschemas_computer_action_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_computer_action_type_8 = WaitParam.from_dict(data)

            return componentsschemas_computer_action_type_8

        action = _parse_action(d.get("action", UNSET))

        _actions = d.get("actions", UNSET)
        actions: (
            list[
                ClickParam
                | DoubleClickAction
                | DragParam
                | KeyPressAction
                | MoveParam
                | ScreenshotParam
                | ScrollParam
                | TypeParam
                | WaitParam
            ]
            | Unset
        ) = UNSET
        if _actions is not UNSET:
            actions = []
            for componentsschemas_computer_action_list_item_data in _actions:

                def _parse_componentsschemas_computer_action_list_item(
                    data: object,
                ) -> (
                    ClickParam
                    | DoubleClickAction
                    | DragParam
                    | KeyPressAction
                    | MoveParam
                    | ScreenshotParam
                    | ScrollParam
                    | TypeParam
                    | WaitParam
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_computer_action_type_0 = ClickParam.from_dict(data)

                        return componentsschemas_computer_action_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_computer_action_type_1 = DoubleClickAction.from_dict(data)

                        return componentsschemas_computer_action_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_computer_action_type_2 = DragParam.from_dict(data)

                        return componentsschemas_computer_action_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_computer_action_type_3 = KeyPressAction.from_dict(data)

                        return componentsschemas_computer_action_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_computer_action_type_4 = MoveParam.from_dict(data)

                        return componentsschemas_computer_action_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_computer_action_type_5 = ScreenshotParam.from_dict(data)

                        return componentsschemas_computer_action_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_computer_action_type_6 = ScrollParam.from_dict(data)

                        return componentsschemas_computer_action_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_computer_action_type_7 = TypeParam.from_dict(data)

                        return componentsschemas_computer_action_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_computer_action_type_8 = WaitParam.from_dict(data)

                    return componentsschemas_computer_action_type_8

                componentsschemas_computer_action_list_item = (
                    _parse_componentsschemas_computer_action_list_item(
                        componentsschemas_computer_action_list_item_data
                    )
                )

                actions.append(componentsschemas_computer_action_list_item)

        computer_tool_call = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            pending_safety_checks=pending_safety_checks,
            status=status,
            action=action,
            actions=actions,
        )

        computer_tool_call.additional_properties = _extra_fields(d)
        return computer_tool_call

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
from ..models.click_param import ClickParam  # noqa: E402
from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam  # noqa: E402
from ..models.double_click_action import DoubleClickAction  # noqa: E402
from ..models.drag_param import DragParam  # noqa: E402
from ..models.key_press_action import KeyPressAction  # noqa: E402
from ..models.move_param import MoveParam  # noqa: E402
from ..models.screenshot_param import ScreenshotParam  # noqa: E402
from ..models.scroll_param import ScrollParam  # noqa: E402
from ..models.type_param import TypeParam  # noqa: E402
from ..models.wait_param import WaitParam  # noqa: E402
