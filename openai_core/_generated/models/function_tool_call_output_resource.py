# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_tool_call_output_resource_status import (
    FunctionToolCallOutputResourceStatus,
    check_function_tool_call_output_resource_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionToolCallOutputResource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "output",
        "status",
        "call_id",
        "name",
        "namespace",
        "caller",
        "created_by",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class FunctionToolCallOutputResource:
    """Schema `FunctionToolCallOutputResource`.

    Attributes:
        id (str):
        type_ (Literal['function_call_output']): Always 'function_call_output'.
        output (list[InputFileContent | InputImageContent | InputTextContent] | str):
        status (FunctionToolCallOutputResourceStatus): One of: 'in_progress', 'completed', 'incomplete' (others kept).
        call_id (str | Unset):
        name (str | Unset):
        namespace (str | Unset):
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset):
        created_by (str | Unset):
    """

    id: str
    type_: Literal["function_call_output"]
    output: list[InputFileContent | InputImageContent | InputTextContent] | str
    status: FunctionToolCallOutputResourceStatus
    call_id: str | Unset = UNSET
    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(output_type_1_item_data, InputTextContent):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, InputImageContent):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

        status: str = self.status

        call_id = self.call_id

        name = self.name

        namespace = self.namespace

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, DirectToolCallCallerParam):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ProgramToolCallCallerParam):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "output": output,
                "status": status,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if caller is not UNSET:
            field_dict["caller"] = caller
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        type_ = cast("Literal['function_call_output']", d["type"])
        if type_ != "function_call_output":
            raise ValueError(f"type must match const 'function_call_output', got '{type_}'")

        def _parse_output(
            data: object,
        ) -> list[InputFileContent | InputImageContent | InputTextContent] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = []
                _output_type_1 = data
                for output_type_1_item_data in _output_type_1:

                    def _parse_output_type_1_item(
                        data: object,
                    ) -> InputFileContent | InputImageContent | InputTextContent:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_function_and_custom_tool_call_output_type_0 = (
                                InputTextContent.from_dict(data)
                            )

                            return componentsschemas_function_and_custom_tool_call_output_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_function_and_custom_tool_call_output_type_1 = (
                                InputImageContent.from_dict(data)
                            )

                            return componentsschemas_function_and_custom_tool_call_output_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_function_and_custom_tool_call_output_type_2 = (
                            InputFileContent.from_dict(data)
                        )

                        return componentsschemas_function_and_custom_tool_call_output_type_2

                    output_type_1_item = _parse_output_type_1_item(output_type_1_item_data)

                    output_type_1.append(output_type_1_item)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[InputFileContent | InputImageContent | InputTextContent] | str", data)

        output = _parse_output(d["output"])

        status = check_function_tool_call_output_resource_status(d["status"])

        call_id = d.get("call_id", UNSET)

        name = d.get("name", UNSET)

        namespace = d.get("namespace", UNSET)

        def _parse_caller(
            data: object,
        ) -> DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_call_caller_param_type_0 = (
                    DirectToolCallCallerParam.from_dict(data)
                )

                return componentsschemas_tool_call_caller_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_call_caller_param_type_1 = (
                    ProgramToolCallCallerParam.from_dict(data)
                )

                return componentsschemas_tool_call_caller_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset", data
            )

        caller = _parse_caller(d.get("caller", UNSET))

        created_by = d.get("created_by", UNSET)

        function_tool_call_output_resource = cls(
            id=id,
            type_=type_,
            output=output,
            status=status,
            call_id=call_id,
            name=name,
            namespace=namespace,
            caller=caller,
            created_by=created_by,
        )

        function_tool_call_output_resource.additional_properties = _extra_fields(d)
        return function_tool_call_output_resource

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
from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam  # noqa: E402
from ..models.input_file_content import InputFileContent  # noqa: E402
from ..models.input_image_content import InputImageContent  # noqa: E402
from ..models.input_text_content import InputTextContent  # noqa: E402
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam  # noqa: E402
