# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "input",
        "outputs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter:
    """
    Attributes:
        input_ (str | Unset):
        outputs (list[RunStepDeltaStepDetailsToolCallsCodeOutputImageObject |
            RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject] | Unset):
    """

    input_: str | Unset = UNSET
    outputs: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
            | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item: dict[str, Any]
                if isinstance(
                    outputs_item_data, RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
                ):
                    outputs_item = outputs_item_data.to_dict()
                else:
                    outputs_item = outputs_item_data.to_dict()

                outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_ = d.get("input", UNSET)

        _outputs = d.get("outputs", UNSET)
        outputs: (
            list[
                RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
                | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
            ]
            | Unset
        ) = UNSET
        if _outputs is not UNSET:
            outputs = []
            for outputs_item_data in _outputs:

                def _parse_outputs_item(
                    data: object,
                ) -> (
                    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
                    | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        outputs_item_type_0 = (
                            RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject.from_dict(data)
                        )

                        return outputs_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    outputs_item_type_1 = (
                        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.from_dict(data)
                    )

                    return outputs_item_type_1

                outputs_item = _parse_outputs_item(outputs_item_data)

                outputs.append(outputs_item)

        run_step_delta_step_details_tool_calls_code_object_code_interpreter = cls(
            input_=input_,
            outputs=outputs,
        )

        run_step_delta_step_details_tool_calls_code_object_code_interpreter.additional_properties = _extra_fields(
            d
        )
        return run_step_delta_step_details_tool_calls_code_object_code_interpreter

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
from ..models.run_step_delta_step_details_tool_calls_code_output_image_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,  # noqa: E402
)
from ..models.run_step_delta_step_details_tool_calls_code_output_logs_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,  # noqa: E402
)
