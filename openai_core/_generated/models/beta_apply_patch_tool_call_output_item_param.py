# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_apply_patch_call_output_status_param import (
    BetaApplyPatchCallOutputStatusParam,
    check_beta_apply_patch_call_output_status_param,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaApplyPatchToolCallOutputItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "call_id",
        "status",
        "agent",
        "id",
        "caller",
        "output",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaApplyPatchToolCallOutputItemParam:
    """Schema `BetaApplyPatchToolCallOutputItemParam`.

    Attributes:
        type_ (Literal['apply_patch_call_output']): Always 'apply_patch_call_output'.
        call_id (str): Length 1..64.
        status (BetaApplyPatchCallOutputStatusParam): Schema `BetaApplyPatchCallOutputStatusParam`.
        agent (BetaAgentTagParam | None | Unset):
        id (None | str | Unset):
        caller (BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset):
        output (None | str | Unset):
    """

    type_: Literal["apply_patch_call_output"]
    call_id: str
    status: BetaApplyPatchCallOutputStatusParam
    agent: BetaAgentTagParam | None | Unset = UNSET
    id: None | str | Unset = UNSET
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        status: str = self.status

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTagParam):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, BetaDirectToolCallCallerParam):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, BetaProgramToolCallCallerParam):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "status": status,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['apply_patch_call_output']", d["type"])
        if type_ != "apply_patch_call_output":
            raise ValueError(f"type must match const 'apply_patch_call_output', got '{type_}'")

        call_id = d["call_id"]

        status = check_beta_apply_patch_call_output_status_param(d["status"])

        def _parse_agent(data: object) -> BetaAgentTagParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = BetaAgentTagParam.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaAgentTagParam | None | Unset", data)

        agent = _parse_agent(d.get("agent", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        id = _parse_id(d.get("id", UNSET))

        def _parse_caller(
            data: object,
        ) -> BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_call_caller_param_type_0 = (
                    BetaDirectToolCallCallerParam.from_dict(data)
                )

                return componentsschemas_beta_tool_call_caller_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_call_caller_param_type_1 = (
                    BetaProgramToolCallCallerParam.from_dict(data)
                )

                return componentsschemas_beta_tool_call_caller_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset",
                data,
            )

        caller = _parse_caller(d.get("caller", UNSET))

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        output = _parse_output(d.get("output", UNSET))

        beta_apply_patch_tool_call_output_item_param = cls(
            type_=type_,
            call_id=call_id,
            status=status,
            agent=agent,
            id=id,
            caller=caller,
            output=output,
        )

        beta_apply_patch_tool_call_output_item_param.additional_properties = _extra_fields(d)
        return beta_apply_patch_tool_call_output_item_param

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
from ..models.beta_direct_tool_call_caller_param import BetaDirectToolCallCallerParam  # noqa: E402
from ..models.beta_program_tool_call_caller_param import BetaProgramToolCallCallerParam  # noqa: E402
