# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_tool_call_status import (
    CodeInterpreterToolCallStatus,
    check_code_interpreter_tool_call_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeInterpreterToolCall")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "status",
        "container_id",
        "code",
        "outputs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CodeInterpreterToolCall:
    """Schema `CodeInterpreterToolCall`.

    Attributes:
        type_ (Literal['code_interpreter_call']): Always 'code_interpreter_call'.
        id (str):
        status (CodeInterpreterToolCallStatus): One of: 'in_progress', 'completed', 'incomplete', 'interpreting',
            'failed' (others kept).
        container_id (str):
        code (None | str | Unset):
        outputs (list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None | Unset):
    """

    type_: Literal["code_interpreter_call"]
    id: str
    status: CodeInterpreterToolCallStatus
    container_id: str
    code: None | str | Unset = UNSET
    outputs: list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        status: str = self.status

        container_id = self.container_id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        outputs: list[dict[str, Any]] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, list):
            outputs = []
            for outputs_type_0_item_data in self.outputs:
                outputs_type_0_item: dict[str, Any]
                if isinstance(outputs_type_0_item_data, CodeInterpreterOutputLogs):
                    outputs_type_0_item = outputs_type_0_item_data.to_dict()
                else:
                    outputs_type_0_item = outputs_type_0_item_data.to_dict()

                outputs.append(outputs_type_0_item)

        else:
            outputs = self.outputs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "status": status,
                "container_id": container_id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['code_interpreter_call']", d["type"])
        if type_ != "code_interpreter_call":
            raise ValueError(f"type must match const 'code_interpreter_call', got '{type_}'")

        id = d["id"]

        status = check_code_interpreter_tool_call_status(d["status"])

        container_id = d["container_id"]

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        code = _parse_code(d.get("code", UNSET))

        def _parse_outputs(
            data: object,
        ) -> list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                outputs_type_0 = []
                _outputs_type_0 = data
                for outputs_type_0_item_data in _outputs_type_0:

                    def _parse_outputs_type_0_item(
                        data: object,
                    ) -> CodeInterpreterOutputImage | CodeInterpreterOutputLogs:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            outputs_type_0_item_type_0 = CodeInterpreterOutputLogs.from_dict(data)

                            return outputs_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        outputs_type_0_item_type_1 = CodeInterpreterOutputImage.from_dict(data)

                        return outputs_type_0_item_type_1

                    outputs_type_0_item = _parse_outputs_type_0_item(outputs_type_0_item_data)

                    outputs_type_0.append(outputs_type_0_item)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None | Unset", data
            )

        outputs = _parse_outputs(d.get("outputs", UNSET))

        code_interpreter_tool_call = cls(
            type_=type_,
            id=id,
            status=status,
            container_id=container_id,
            code=code,
            outputs=outputs,
        )

        code_interpreter_tool_call.additional_properties = _extra_fields(d)
        return code_interpreter_tool_call

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
from ..models.code_interpreter_output_image import CodeInterpreterOutputImage  # noqa: E402
from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogs  # noqa: E402
