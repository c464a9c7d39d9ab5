# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "version",
        "state_variables",
        "tracing",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class WorkflowParam:
    """Schema `WorkflowParam`.

    Attributes:
        id (str):
        version (str | Unset):
        state_variables (WorkflowParamStateVariables | Unset):
        tracing (WorkflowTracingParam | Unset): Schema `WorkflowTracingParam`.
    """

    id: str
    version: str | Unset = UNSET
    state_variables: WorkflowParamStateVariables | Unset = UNSET
    tracing: WorkflowTracingParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        state_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state_variables, Unset):
            state_variables = self.state_variables.to_dict()

        tracing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracing, Unset):
            tracing = self.tracing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if state_variables is not UNSET:
            field_dict["state_variables"] = state_variables
        if tracing is not UNSET:
            field_dict["tracing"] = tracing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        version = d.get("version", UNSET)

        _state_variables = d.get("state_variables", UNSET)
        state_variables: WorkflowParamStateVariables | Unset
        if isinstance(_state_variables, Unset):
            state_variables = UNSET
        else:
            state_variables = WorkflowParamStateVariables.from_dict(_state_variables)

        _tracing = d.get("tracing", UNSET)
        tracing: WorkflowTracingParam | Unset
        if isinstance(_tracing, Unset):
            tracing = UNSET
        else:
            tracing = WorkflowTracingParam.from_dict(_tracing)

        workflow_param = cls(
            id=id,
            version=version,
            state_variables=state_variables,
            tracing=tracing,
        )

        workflow_param.additional_properties = _extra_fields(d)
        return workflow_param

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
from ..models.workflow_param_state_variables import WorkflowParamStateVariables  # noqa: E402
from ..models.workflow_tracing_param import WorkflowTracingParam  # noqa: E402
