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

T = TypeVar("T", bound="BetaApplyPatchToolParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "allowed_callers",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaApplyPatchToolParam:
    """Schema `BetaApplyPatchToolParam`.

    Attributes:
        type_ (Literal['apply_patch']): Always 'apply_patch'.
        allowed_callers (list[BetaCallableToolAllowedCaller] | None | Unset):
    """

    type_: Literal["apply_patch"]
    allowed_callers: list[BetaCallableToolAllowedCaller] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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
                "type": type_,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['apply_patch']", d["type"])
        if type_ != "apply_patch":
            raise ValueError(f"type must match const 'apply_patch', got '{type_}'")

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

        beta_apply_patch_tool_param = cls(
            type_=type_,
            allowed_callers=allowed_callers,
        )

        beta_apply_patch_tool_param.additional_properties = _extra_fields(d)
        return beta_apply_patch_tool_param

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
