# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RunStepDetailsToolCallsCodeObjectCodeInterpreter")

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
class RunStepDetailsToolCallsCodeObjectCodeInterpreter:
    """
    Attributes:
        input_ (str):
        outputs (list[RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject]):
    """

    input_: str
    outputs: list[
        RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        outputs = []
        for outputs_item_data in self.outputs:
            outputs_item: dict[str, Any]
            if isinstance(outputs_item_data, RunStepDetailsToolCallsCodeOutputLogsObject):
                outputs_item = outputs_item_data.to_dict()
            else:
                outputs_item = outputs_item_data.to_dict()

            outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "outputs": outputs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_ = d["input"]

        outputs = []
        _outputs = d["outputs"]
        for outputs_item_data in _outputs:

            def _parse_outputs_item(
                data: object,
            ) -> (
                RunStepDetailsToolCallsCodeOutputImageObject
                | RunStepDetailsToolCallsCodeOutputLogsObject
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    outputs_item_type_0 = RunStepDetailsToolCallsCodeOutputLogsObject.from_dict(
                        data
                    )

                    return outputs_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                outputs_item_type_1 = RunStepDetailsToolCallsCodeOutputImageObject.from_dict(data)

                return outputs_item_type_1

            outputs_item = _parse_outputs_item(outputs_item_data)

            outputs.append(outputs_item)

        run_step_details_tool_calls_code_object_code_interpreter = cls(
            input_=input_,
            outputs=outputs,
        )

        run_step_details_tool_calls_code_object_code_interpreter.additional_properties = (
            _extra_fields(d)
        )
        return run_step_details_tool_calls_code_object_code_interpreter

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
from ..models.run_step_details_tool_calls_code_output_image_object import (
    RunStepDetailsToolCallsCodeOutputImageObject,  # noqa: E402
)
from ..models.run_step_details_tool_calls_code_output_logs_object import (
    RunStepDetailsToolCallsCodeOutputLogsObject,  # noqa: E402
)
