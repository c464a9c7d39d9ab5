# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_apply_patch_call_status_param import (
    BetaApplyPatchCallStatusParam,
    check_beta_apply_patch_call_status_param,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaApplyPatchToolCallItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaApplyPatchToolCallItemParam:
    """Schema `BetaApplyPatchToolCallItemParam`.

    Attributes:
        type_ (Literal['apply_patch_call']): Always 'apply_patch_call'.
        call_id (str): Length 1..64.
        status (BetaApplyPatchCallStatusParam): Schema `BetaApplyPatchCallStatusParam`.
        operation (BetaApplyPatchCreateFileOperationParam | BetaApplyPatchDeleteFileOperationParam |
            BetaApplyPatchUpdateFileOperationParam): Schema `BetaApplyPatchOperationParam`.
        agent (BetaAgentTagParam | None | Unset):
        id (None | str | Unset):
        caller (BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset):
    """

    type_: Literal["apply_patch_call"]
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

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        status: str = self.status

        operation: dict[str, Any]
        if isinstance(self.operation, BetaApplyPatchCreateFileOperationParam):
            operation = self.operation.to_dict()
        elif isinstance(self.operation, BetaApplyPatchDeleteFileOperationParam):
            operation = self.operation.to_dict()
        else:
            operation = self.operation.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "status": status,
                "operation": operation,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id
        if caller is not UNSET:
            field_dict["caller"] = caller

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['apply_patch_call']", d["type"])
        if type_ != "apply_patch_call":
            raise ValueError(f"type must match const 'apply_patch_call', got '{type_}'")

        call_id = d["call_id"]

        status = check_beta_apply_patch_call_status_param(d["status"])

        def _parse_operation(
            data: object,
        ) -> (
            BetaApplyPatchCreateFileOperationParam
            | BetaApplyPatchDeleteFileOperationParam
            | BetaApplyPatchUpdateFileOperationParam
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_apply_patch_operation_param_type_0 = (
                    BetaApplyPatchCreateFileOperationParam.from_dict(data)
                )

                return componentsschemas_beta_apply_patch_operation_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_apply_patch_operation_param_type_1 = (
                    BetaApplyPatchDeleteFileOperationParam.from_dict(data)
                )

                return componentsschemas_beta_apply_patch_operation_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_beta_apply_patch_operation_param_type_2 = (
                BetaApplyPatchUpdateFileOperationParam.from_dict(data)
            )

            return componentsschemas_beta_apply_patch_operation_param_type_2

        operation = _parse_operation(d["operation"])

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

        beta_apply_patch_tool_call_item_param = cls(
            type_=type_,
            call_id=call_id,
            status=status,
            operation=operation,
            agent=agent,
            id=id,
            caller=caller,
        )

        beta_apply_patch_tool_call_item_param.additional_properties = _extra_fields(d)
        return beta_apply_patch_tool_call_item_param

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
