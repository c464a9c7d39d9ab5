# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.beta_callable_tool_allowed_caller import (
    BetaCallableToolAllowedCaller,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaFunctionToolParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaFunctionToolParam(_Model):
    """Schema `BetaFunctionToolParam`.

    Attributes:
        name (str): Length 1..128. Pattern `^[a-zA-Z0-9_-]+$`.
        type (Literal['function']): Always 'function'.
        description (None | str | Unset):
        parameters (BetaEmptyModelParam | None | Unset):
        strict (bool | None | Unset):
        output_schema (BetaFunctionToolParamOutputSchemaType0 | None | Unset):
        defer_loading (bool | Unset):
        allowed_callers (list[BetaCallableToolAllowedCaller] | None | Unset):
    """

    name: str
    type: Literal["function"]
    description: None | str | Unset = UNSET
    parameters: BetaEmptyModelParam | None | Unset = UNSET
    strict: bool | None | Unset = UNSET
    output_schema: BetaFunctionToolParamOutputSchemaType0 | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    allowed_callers: list[BetaCallableToolAllowedCaller] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "name",
        "type",
    )
    _oc_consts = {"type": "function"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["type"] = self.type
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.parameters is not UNSET:
            field_dict["parameters"] = dump(self.parameters)
        if self.strict is not UNSET:
            field_dict["strict"] = self.strict
        if self.output_schema is not UNSET:
            field_dict["output_schema"] = dump(self.output_schema)
        if self.defer_loading is not UNSET:
            field_dict["defer_loading"] = self.defer_loading
        if self.allowed_callers is not UNSET:
            field_dict["allowed_callers"] = self.allowed_callers
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        name = d.get("name")
        type_ = d.get("type")
        description = d.get("description", UNSET)
        _parameters = d.get("parameters", UNSET)
        parameters = (
            BetaEmptyModelParam.from_dict(_parameters)
            if isinstance(_parameters, dict)
            else _parameters
        )
        strict = d.get("strict", UNSET)
        _output_schema = d.get("output_schema", UNSET)
        output_schema = (
            BetaFunctionToolParamOutputSchemaType0.from_dict(_output_schema)
            if isinstance(_output_schema, dict)
            else _output_schema
        )
        defer_loading = d.get("defer_loading", UNSET)
        allowed_callers = d.get("allowed_callers", UNSET)
        beta_function_tool_param = cls(
            name=name,
            type=type_,
            description=description,
            parameters=parameters,
            strict=strict,
            output_schema=output_schema,
            defer_loading=defer_loading,
            allowed_callers=allowed_callers,
        )
        if name is None or type_ is None:
            beta_function_tool_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_function_tool_param.additional_properties = _extra_fields(d)
        return beta_function_tool_param

    @property
    def type_(self) -> Literal["function"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["function"]) -> None:
        self.type = value

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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaFunctionToolParam._oc_fields = (
    ("name", "name", True, "string"),
    ("type", "type", True, ("const", "function")),
    (
        "description",
        "description",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "parameters",
        "parameters",
        False,
        (
            "union",
            (
                BetaEmptyModelParam,
                "null",
            ),
        ),
    ),
    (
        "strict",
        "strict",
        False,
        (
            "union",
            (
                "boolean",
                "null",
            ),
        ),
    ),
    (
        "output_schema",
        "output_schema",
        False,
        (
            "union",
            (
                BetaFunctionToolParamOutputSchemaType0,
                "null",
            ),
        ),
    ),
    ("defer_loading", "defer_loading", False, "boolean"),
    (
        "allowed_callers",
        "allowed_callers",
        False,
        (
            "union",
            (
                ("list", ("enum", "BetaCallableToolAllowedCaller", ("direct", "programmatic"))),
                "null",
            ),
        ),
    ),
)
