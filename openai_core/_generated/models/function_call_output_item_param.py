# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_item_status import (
    FunctionCallItemStatus,
    check_function_call_item_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionCallOutputItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "output",
        "id",
        "call_id",
        "name",
        "namespace",
        "caller",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class FunctionCallOutputItemParam:
    """Schema `FunctionCallOutputItemParam`.

    Attributes:
        type_ (Literal['function_call_output']): Always 'function_call_output'.
        output (list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam] | str):
        id (None | str | Unset):
        call_id (None | str | Unset):
        name (None | str | Unset):
        namespace (None | str | Unset):
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset):
        status (FunctionCallItemStatus | None | Unset):
    """

    type_: Literal["function_call_output"]
    output: (
        list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam] | str
    )
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset = UNSET
    status: FunctionCallItemStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(output_type_1_item_data, InputTextContentParam):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, InputImageContentParamAutoParam):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "output": output,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if caller is not UNSET:
            field_dict["caller"] = caller
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['function_call_output']", d["type"])
        if type_ != "function_call_output":
            raise ValueError(f"type must match const 'function_call_output', got '{type_}'")

        def _parse_output(
            data: object,
        ) -> (
            list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = []
                _output_type_1 = data
                for output_type_1_item_data in _output_type_1:

                    def _parse_output_type_1_item(
                        data: object,
                    ) -> (
                        InputFileContentParam
                        | InputImageContentParamAutoParam
                        | InputTextContentParam
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_0 = InputTextContentParam.from_dict(data)

                            return output_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_1 = InputImageContentParamAutoParam.from_dict(
                                data
                            )

                            return output_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_1_item_type_2 = InputFileContentParam.from_dict(data)

                        return output_type_1_item_type_2

                    output_type_1_item = _parse_output_type_1_item(output_type_1_item_data)

                    output_type_1.append(output_type_1_item)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam] | str",
                data,
            )

        output = _parse_output(d["output"])

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        id = _parse_id(d.get("id", UNSET))

        def _parse_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        call_id = _parse_call_id(d.get("call_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.get("name", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        namespace = _parse_namespace(d.get("namespace", UNSET))

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

        def _parse_status(data: object) -> FunctionCallItemStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_function_call_item_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("FunctionCallItemStatus | None | Unset", data)

        status = _parse_status(d.get("status", UNSET))

        function_call_output_item_param = cls(
            type_=type_,
            output=output,
            id=id,
            call_id=call_id,
            name=name,
            namespace=namespace,
            caller=caller,
            status=status,
        )

        function_call_output_item_param.additional_properties = _extra_fields(d)
        return function_call_output_item_param

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
from ..models.input_file_content_param import InputFileContentParam  # noqa: E402
from ..models.input_image_content_param_auto_param import InputImageContentParamAutoParam  # noqa: E402
from ..models.input_text_content_param import InputTextContentParam  # noqa: E402
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam  # noqa: E402
