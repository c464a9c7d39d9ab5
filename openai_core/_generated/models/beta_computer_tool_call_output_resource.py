# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_computer_tool_call_output_resource_status import (
    BetaComputerToolCallOutputResourceStatus,
    check_beta_computer_tool_call_output_resource_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaComputerToolCallOutputResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "call_id",
        "output",
        "status",
        "agent",
        "acknowledged_safety_checks",
        "created_by",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaComputerToolCallOutputResource:
    """Schema `BetaComputerToolCallOutputResource`.

    Attributes:
        type_ (Literal['computer_call_output']): Always 'computer_call_output'.
        id (str):
        call_id (str):
        output (BetaComputerScreenshotImage): Schema `BetaComputerScreenshotImage`.
        status (BetaComputerToolCallOutputResourceStatus): One of: 'in_progress', 'completed', 'incomplete' (others
            kept).
        agent (BetaAgentTag | None | Unset):
        acknowledged_safety_checks (list[BetaComputerCallSafetyCheckParam] | Unset):
        created_by (str | Unset):
    """

    type_: Literal["computer_call_output"]
    id: str
    call_id: str
    output: BetaComputerScreenshotImage
    status: BetaComputerToolCallOutputResourceStatus
    agent: BetaAgentTag | None | Unset = UNSET
    acknowledged_safety_checks: list[BetaComputerCallSafetyCheckParam] | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        call_id = self.call_id

        output = self.output.to_dict()

        status: str = self.status

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTag):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        acknowledged_safety_checks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acknowledged_safety_checks, Unset):
            acknowledged_safety_checks = []
            for acknowledged_safety_checks_item_data in self.acknowledged_safety_checks:
                acknowledged_safety_checks_item = acknowledged_safety_checks_item_data.to_dict()
                acknowledged_safety_checks.append(acknowledged_safety_checks_item)

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "call_id": call_id,
                "output": output,
                "status": status,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = acknowledged_safety_checks
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['computer_call_output']", d["type"])
        if type_ != "computer_call_output":
            raise ValueError(f"type must match const 'computer_call_output', got '{type_}'")

        id = d["id"]

        call_id = d["call_id"]

        output = BetaComputerScreenshotImage.from_dict(d["output"])

        status = check_beta_computer_tool_call_output_resource_status(d["status"])

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

        _acknowledged_safety_checks = d.get("acknowledged_safety_checks", UNSET)
        acknowledged_safety_checks: list[BetaComputerCallSafetyCheckParam] | Unset = UNSET
        if _acknowledged_safety_checks is not UNSET:
            acknowledged_safety_checks = []
            for acknowledged_safety_checks_item_data in _acknowledged_safety_checks:
                acknowledged_safety_checks_item = BetaComputerCallSafetyCheckParam.from_dict(
                    acknowledged_safety_checks_item_data
                )

                acknowledged_safety_checks.append(acknowledged_safety_checks_item)

        created_by = d.get("created_by", UNSET)

        beta_computer_tool_call_output_resource = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            output=output,
            status=status,
            agent=agent,
            acknowledged_safety_checks=acknowledged_safety_checks,
            created_by=created_by,
        )

        beta_computer_tool_call_output_resource.additional_properties = _extra_fields(d)
        return beta_computer_tool_call_output_resource

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
from ..models.beta_computer_call_safety_check_param import BetaComputerCallSafetyCheckParam  # noqa: E402
from ..models.beta_computer_screenshot_image import BetaComputerScreenshotImage  # noqa: E402
