# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_callable_tool_allowed_caller import (
    BetaCallableToolAllowedCaller,
    check_beta_callable_tool_allowed_caller,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaFunctionToolParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "type",
        "description",
        "parameters",
        "strict",
        "output_schema",
        "defer_loading",
        "allowed_callers",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaFunctionToolParam:
    """Schema `BetaFunctionToolParam`.

    Attributes:
        name (str): Length 1..128. Pattern `^[a-zA-Z0-9_-]+$`.
        type_ (Literal['function']): Always 'function'.
        description (None | str | Unset):
        parameters (BetaEmptyModelParam | None | Unset):
        strict (bool | None | Unset):
        output_schema (BetaFunctionToolParamOutputSchemaType0 | None | Unset):
        defer_loading (bool | Unset):
        allowed_callers (list[BetaCallableToolAllowedCaller] | None | Unset):
    """

    name: str
    type_: Literal["function"]
    description: None | str | Unset = UNSET
    parameters: BetaEmptyModelParam | None | Unset = UNSET
    strict: bool | None | Unset = UNSET
    output_schema: BetaFunctionToolParamOutputSchemaType0 | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    allowed_callers: list[BetaCallableToolAllowedCaller] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, BetaEmptyModelParam):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, BetaFunctionToolParamOutputSchemaType0):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

        defer_loading = self.defer_loading

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item: str = allowed_callers_type_0_item_data
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = self.allowed_callers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        type_ = cast("Literal['function']", d["type"])
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        description = _parse_description(d.get("description", UNSET))

        def _parse_parameters(data: object) -> BetaEmptyModelParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_type_0 = BetaEmptyModelParam.from_dict(data)

                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaEmptyModelParam | None | Unset", data)

        parameters = _parse_parameters(d.get("parameters", UNSET))

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        strict = _parse_strict(d.get("strict", UNSET))

        def _parse_output_schema(
            data: object,
        ) -> BetaFunctionToolParamOutputSchemaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_schema_type_0 = BetaFunctionToolParamOutputSchemaType0.from_dict(data)

                return output_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaFunctionToolParamOutputSchemaType0 | None | Unset", data)

        output_schema = _parse_output_schema(d.get("output_schema", UNSET))

        defer_loading = d.get("defer_loading", UNSET)

        def _parse_allowed_callers(
            data: object,
        ) -> list[BetaCallableToolAllowedCaller] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = data
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = check_beta_callable_tool_allowed_caller(
                        allowed_callers_type_0_item_data
                    )

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                return allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[BetaCallableToolAllowedCaller] | None | Unset", data)

        allowed_callers = _parse_allowed_callers(d.get("allowed_callers", UNSET))

        beta_function_tool_param = cls(
            name=name,
            type_=type_,
            description=description,
            parameters=parameters,
            strict=strict,
            output_schema=output_schema,
            defer_loading=defer_loading,
            allowed_callers=allowed_callers,
        )

        beta_function_tool_param.additional_properties = _extra_fields(d)
        return beta_function_tool_param

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
from ..models.beta_empty_model_param import BetaEmptyModelParam  # noqa: E402
from ..models.beta_function_tool_param_output_schema_type_0 import (
    BetaFunctionToolParamOutputSchemaType0,  # noqa: E402
)
