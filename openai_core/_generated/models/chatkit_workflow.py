# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatkitWorkflow")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "tracing",
        "version",
        "state_variables",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatkitWorkflow:
    """Schema `ChatkitWorkflow`.

    Attributes:
        id (str):
        tracing (ChatkitWorkflowTracing): Schema `ChatkitWorkflowTracing`.
        version (None | str | Unset):
        state_variables (ChatkitWorkflowStateVariablesType0 | None | Unset):
    """

    id: str
    tracing: ChatkitWorkflowTracing
    version: None | str | Unset = UNSET
    state_variables: ChatkitWorkflowStateVariablesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tracing = self.tracing.to_dict()

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        state_variables: dict[str, Any] | None | Unset
        if isinstance(self.state_variables, Unset):
            state_variables = UNSET
        elif isinstance(self.state_variables, ChatkitWorkflowStateVariablesType0):
            state_variables = self.state_variables.to_dict()
        else:
            state_variables = self.state_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tracing": tracing,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if state_variables is not UNSET:
            field_dict["state_variables"] = state_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        tracing = ChatkitWorkflowTracing.from_dict(d["tracing"])

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        version = _parse_version(d.get("version", UNSET))

        def _parse_state_variables(
            data: object,
        ) -> ChatkitWorkflowStateVariablesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_variables_type_0 = ChatkitWorkflowStateVariablesType0.from_dict(data)

                return state_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatkitWorkflowStateVariablesType0 | None | Unset", data)

        state_variables = _parse_state_variables(d.get("state_variables", UNSET))

        chatkit_workflow = cls(
            id=id,
            tracing=tracing,
            version=version,
            state_variables=state_variables,
        )

        chatkit_workflow.additional_properties = _extra_fields(d)
        return chatkit_workflow

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
from ..models.chatkit_workflow_state_variables_type_0 import ChatkitWorkflowStateVariablesType0  # noqa: E402
from ..models.chatkit_workflow_tracing import ChatkitWorkflowTracing  # noqa: E402
