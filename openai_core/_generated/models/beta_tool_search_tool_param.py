# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_tool_search_execution_type import (
    BetaToolSearchExecutionType,
    check_beta_tool_search_execution_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaToolSearchToolParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "execution",
        "description",
        "parameters",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaToolSearchToolParam:
    """Schema `BetaToolSearchToolParam`.

    Attributes:
        type_ (Literal['tool_search']): Always 'tool_search'.
        execution (BetaToolSearchExecutionType | Unset): Schema `BetaToolSearchExecutionType`.
        description (None | str | Unset):
        parameters (BetaEmptyModelParam | None | Unset):
    """

    type_: Literal["tool_search"]
    execution: BetaToolSearchExecutionType | Unset = UNSET
    description: None | str | Unset = UNSET
    parameters: BetaEmptyModelParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        execution: str | Unset = UNSET
        if not isinstance(self.execution, Unset):
            execution = self.execution

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if execution is not UNSET:
            field_dict["execution"] = execution
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['tool_search']", d["type"])
        if type_ != "tool_search":
            raise ValueError(f"type must match const 'tool_search', got '{type_}'")

        _execution = d.get("execution", UNSET)
        execution: BetaToolSearchExecutionType | Unset
        if isinstance(_execution, Unset):
            execution = UNSET
        else:
            execution = check_beta_tool_search_execution_type(_execution)

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

        beta_tool_search_tool_param = cls(
            type_=type_,
            execution=execution,
            description=description,
            parameters=parameters,
        )

        beta_tool_search_tool_param.additional_properties = _extra_fields(d)
        return beta_tool_search_tool_param

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
