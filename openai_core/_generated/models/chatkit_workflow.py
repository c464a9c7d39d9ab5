# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chatkit_workflow_state_variables_type_0 import ChatkitWorkflowStateVariablesType0
    from ..models.chatkit_workflow_tracing import ChatkitWorkflowTracing


T = TypeVar("T", bound="ChatkitWorkflow")


@_attrs_define
class ChatkitWorkflow:
    """Schema `ChatkitWorkflow`.

    Attributes:
        id (str):
        version (None | str):
        state_variables (ChatkitWorkflowStateVariablesType0 | None):
        tracing (ChatkitWorkflowTracing): Schema `ChatkitWorkflowTracing`.
    """

    id: str
    version: None | str
    state_variables: ChatkitWorkflowStateVariablesType0 | None
    tracing: ChatkitWorkflowTracing
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chatkit_workflow_state_variables_type_0 import (
            ChatkitWorkflowStateVariablesType0,  # noqa: PLC0415
        )

        id = self.id

        version: None | str
        version = self.version

        state_variables: dict[str, Any] | None
        if isinstance(self.state_variables, ChatkitWorkflowStateVariablesType0):
            state_variables = self.state_variables.to_dict()
        else:
            state_variables = self.state_variables

        tracing = self.tracing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version": version,
                "state_variables": state_variables,
                "tracing": tracing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chatkit_workflow_state_variables_type_0 import (
            ChatkitWorkflowStateVariablesType0,  # noqa: PLC0415
        )
        from ..models.chatkit_workflow_tracing import ChatkitWorkflowTracing  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        version = _parse_version(d.pop("version"))

        def _parse_state_variables(data: object) -> ChatkitWorkflowStateVariablesType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_variables_type_0 = ChatkitWorkflowStateVariablesType0.from_dict(data)

                return state_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatkitWorkflowStateVariablesType0 | None, data)

        state_variables = _parse_state_variables(d.pop("state_variables"))

        tracing = ChatkitWorkflowTracing.from_dict(d.pop("tracing"))

        chatkit_workflow = cls(
            id=id,
            version=version,
            state_variables=state_variables,
            tracing=tracing,
        )

        chatkit_workflow.additional_properties = d
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
