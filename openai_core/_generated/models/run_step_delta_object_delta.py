# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStepDeltaObjectDelta")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "step_details",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RunStepDeltaObjectDelta:
    """
    Attributes:
        step_details (RunStepDeltaStepDetailsMessageCreationObject | RunStepDeltaStepDetailsToolCallsObject | Unset):
    """

    step_details: (
        RunStepDeltaStepDetailsMessageCreationObject
        | RunStepDeltaStepDetailsToolCallsObject
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_details: dict[str, Any] | Unset
        if isinstance(self.step_details, Unset):
            step_details = UNSET
        elif isinstance(self.step_details, RunStepDeltaStepDetailsMessageCreationObject):
            step_details = self.step_details.to_dict()
        else:
            step_details = self.step_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step_details is not UNSET:
            field_dict["step_details"] = step_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_step_details(
            data: object,
        ) -> (
            RunStepDeltaStepDetailsMessageCreationObject
            | RunStepDeltaStepDetailsToolCallsObject
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                step_details_type_0 = RunStepDeltaStepDetailsMessageCreationObject.from_dict(data)

                return step_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            step_details_type_1 = RunStepDeltaStepDetailsToolCallsObject.from_dict(data)

            return step_details_type_1

        step_details = _parse_step_details(d.get("step_details", UNSET))

        run_step_delta_object_delta = cls(
            step_details=step_details,
        )

        run_step_delta_object_delta.additional_properties = _extra_fields(d)
        return run_step_delta_object_delta

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
from ..models.run_step_delta_step_details_message_creation_object import (
    RunStepDeltaStepDetailsMessageCreationObject,  # noqa: E402
)
from ..models.run_step_delta_step_details_tool_calls_object import (
    RunStepDeltaStepDetailsToolCallsObject,  # noqa: E402
)
