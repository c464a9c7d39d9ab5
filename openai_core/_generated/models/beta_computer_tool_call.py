# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_computer_tool_call_status import (
    BetaComputerToolCallStatus,
    check_beta_computer_tool_call_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaComputerToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaComputerToolCall:
    """Schema `BetaComputerToolCall`.

    Attributes:
        type_ (Literal['computer_call']): Always 'computer_call'.
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

    type_: Literal["computer_call"]
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

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        call_id = self.call_id

        pending_safety_checks = []
        for pending_safety_checks_item_data in self.pending_safety_checks:
            pending_safety_checks_item = pending_safety_checks_item_data.to_dict()
            pending_safety_checks.append(pending_safety_checks_item)

        status: str = self.status

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTag):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        action: dict[str, Any] | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, BetaClickParam):
            action = self.action.to_dict()
        elif isinstance(self.action, BetaDoubleClickAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BetaDragParam):
            action = self.action.to_dict()
        elif isinstance(self.action, BetaKeyPressAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BetaMoveParam):
            action = self.action.to_dict()
        elif isinstance(self.action, BetaScreenshotParam):
            action = self.action.to_dict()
        elif isinstance(self.action, BetaScrollParam):
            action = self.action.to_dict()
        elif isinstance(self.action, BetaTypeParam):
            action = self.action.to_dict()
        else:
            action = self.action.to_dict()

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for componentsschemas_beta_computer_action_list_item_data in self.actions:
                componentsschemas_beta_computer_action_list_item: dict[str, Any]
                if isinstance(
                    componentsschemas_beta_computer_action_list_item_data, BetaClickParam
                ):
                    componentsschemas_beta_computer_action_list_item = (
                        componentsschemas_beta_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_computer_action_list_item_data, BetaDoubleClickAction
                ):
                    componentsschemas_beta_computer_action_list_item = (
                        componentsschemas_beta_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_computer_action_list_item_data, BetaDragParam
                ):
                    componentsschemas_beta_computer_action_list_item = (
                        componentsschemas_beta_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_computer_action_list_item_data, BetaKeyPressAction
                ):
                    componentsschemas_beta_computer_action_list_item = (
                        componentsschemas_beta_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_computer_action_list_item_data, BetaMoveParam
                ):
                    componentsschemas_beta_computer_action_list_item = (
                        componentsschemas_beta_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_computer_action_list_item_data, BetaScreenshotParam
                ):
                    componentsschemas_beta_computer_action_list_item = (
                        componentsschemas_beta_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_computer_action_list_item_data, BetaScrollParam
                ):
                    componentsschemas_beta_computer_action_list_item = (
                        componentsschemas_beta_computer_action_list_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_beta_computer_action_list_item_data, BetaTypeParam
                ):
                    componentsschemas_beta_computer_action_list_item = (
                        componentsschemas_beta_computer_action_list_item_data.to_dict()
                    )
                else:
                    componentsschemas_beta_computer_action_list_item = (
                        componentsschemas_beta_computer_action_list_item_data.to_dict()
                    )

                actions.append(componentsschemas_beta_computer_action_list_item)

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
        if agent is not UNSET:
            field_dict["agent"] = agent
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
            pending_safety_checks_item = BetaComputerCallSafetyCheckParam.from_dict(
                pending_safety_checks_item_data
            )

            pending_safety_checks.append(pending_safety_checks_item)

        status = check_beta_computer_tool_call_status(d["status"])

        def _parse_agent(data: object) -> BetaAgentTag | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = BetaAgentTag.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaAgentTag | None | Unset", data)

        agent = _parse_agent(d.get("agent", UNSET))

        def _parse_action(
            data: object,
        ) -> (
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
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_computer_action_type_0 = BetaClickParam.from_dict(data)

                return componentsschemas_beta_computer_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_computer_action_type_1 = BetaDoubleClickAction.from_dict(
                    data
                )

                return componentsschemas_beta_computer_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_computer_action_type_2 = BetaDragParam.from_dict(data)

                return componentsschemas_beta_computer_action_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_computer_action_type_3 = BetaKeyPressAction.from_dict(data)

                return componentsschemas_beta_computer_action_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_computer_action_type_4 = BetaMoveParam.from_dict(data)

                return componentsschemas_beta_computer_action_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_computer_action_type_5 = BetaScreenshotParam.from_dict(data)

                return componentsschemas_beta_computer_action_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_computer_action_type_6 = BetaScrollParam.from_dict(data)

                return componentsschemas_beta_computer_action_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_computer_action_type_7 = BetaTypeParam.from_dict(data)

                return componentsschemas_beta_computer_action_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_beta_computer_action_type_8 = BetaWaitParam.from_dict(data)

            return componentsschemas_beta_computer_action_type_8

        action = _parse_action(d.get("action", UNSET))

        _actions = d.get("actions", UNSET)
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
        if _actions is not UNSET:
            actions = []
            for componentsschemas_beta_computer_action_list_item_data in _actions:

                def _parse_componentsschemas_beta_computer_action_list_item(
                    data: object,
                ) -> (
                    BetaClickParam
                    | BetaDoubleClickAction
                    | BetaDragParam
                    | BetaKeyPressAction
                    | BetaMoveParam
                    | BetaScreenshotParam
                    | BetaScrollParam
                    | BetaTypeParam
                    | BetaWaitParam
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_0 = BetaClickParam.from_dict(
                            data
                        )

                        return componentsschemas_beta_computer_action_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_1 = (
                            BetaDoubleClickAction.from_dict(data)
                        )

                        return componentsschemas_beta_computer_action_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_2 = BetaDragParam.from_dict(
                            data
                        )

                        return componentsschemas_beta_computer_action_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_3 = (
                            BetaKeyPressAction.from_dict(data)
                        )

                        return componentsschemas_beta_computer_action_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_4 = BetaMoveParam.from_dict(
                            data
                        )

                        return componentsschemas_beta_computer_action_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_5 = (
                            BetaScreenshotParam.from_dict(data)
                        )

                        return componentsschemas_beta_computer_action_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_6 = BetaScrollParam.from_dict(
                            data
                        )

                        return componentsschemas_beta_computer_action_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_computer_action_type_7 = BetaTypeParam.from_dict(
                            data
                        )

                        return componentsschemas_beta_computer_action_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_computer_action_type_8 = BetaWaitParam.from_dict(data)

                    return componentsschemas_beta_computer_action_type_8

                componentsschemas_beta_computer_action_list_item = (
                    _parse_componentsschemas_beta_computer_action_list_item(
                        componentsschemas_beta_computer_action_list_item_data
                    )
                )

                actions.append(componentsschemas_beta_computer_action_list_item)

        beta_computer_tool_call = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            pending_safety_checks=pending_safety_checks,
            status=status,
            agent=agent,
            action=action,
            actions=actions,
        )

        beta_computer_tool_call.additional_properties = _extra_fields(d)
        return beta_computer_tool_call

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
