# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..models.beta_callable_tool_allowed_caller import (
    BetaCallableToolAllowedCaller,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaFunctionShellToolParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "environment",
        "allowed_callers",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_environment(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "container_auto":
            return BetaContainerAutoParam.from_dict(data)
        if tag == "local":
            return BetaLocalEnvironmentParam.from_dict(data)
        if tag == "container_reference":
            return BetaContainerReferenceParam.from_dict(data)
        return _choose_environment(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaFunctionShellToolParam(_Model):
    """Schema `BetaFunctionShellToolParam`.

    Attributes:
        type (Literal['shell']): Always 'shell'.
        environment (BetaContainerAutoParam | BetaContainerReferenceParam | BetaLocalEnvironmentParam | None | Unset):
        allowed_callers (list[BetaCallableToolAllowedCaller] | None | Unset):
    """

    type: Literal["shell"]
    environment: (
        BetaContainerAutoParam
        | BetaContainerReferenceParam
        | BetaLocalEnvironmentParam
        | None
        | Unset
    ) = UNSET
    allowed_callers: list[BetaCallableToolAllowedCaller] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("type",)
    _oc_consts = {"type": "shell"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        if self.environment is not UNSET:
            field_dict["environment"] = dump(self.environment)
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
        type_ = d.get("type")
        _environment = d.get("environment", UNSET)
        environment = _read_environment(_environment)
        allowed_callers = d.get("allowed_callers", UNSET)
        beta_function_shell_tool_param = cls(
            type=type_,
            environment=environment,
            allowed_callers=allowed_callers,
        )
        if type_ is None:
            beta_function_shell_tool_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_function_shell_tool_param.additional_properties = _extra_fields(d)
        return beta_function_shell_tool_param

    @property
    def type_(self) -> Literal["shell"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["shell"]) -> None:
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
from ..models.beta_container_auto_param import BetaContainerAutoParam  # noqa: E402
from ..models.beta_container_reference_param import BetaContainerReferenceParam  # noqa: E402
from ..models.beta_local_environment_param import BetaLocalEnvironmentParam  # noqa: E402

_choose_environment = ModelChoice(
    BetaContainerAutoParam, BetaLocalEnvironmentParam, BetaContainerReferenceParam
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaFunctionShellToolParam._oc_fields = (
    ("type", "type", True, ("const", "shell")),
    (
        "environment",
        "environment",
        False,
        (
            "union",
            (
                BetaContainerAutoParam,
                BetaLocalEnvironmentParam,
                BetaContainerReferenceParam,
                "null",
            ),
        ),
    ),
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
