# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_click_button_type import BetaClickButtonType, check_beta_click_button_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaClickParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "button",
        "x",
        "y",
        "keys",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaClickParam:
    """Schema `BetaClickParam`.

    Attributes:
        type_ (Literal['click']): Always 'click'.
        button (BetaClickButtonType): Schema `BetaClickButtonType`.
        x (int):
        y (int):
        keys (list[str] | None | Unset):
    """

    type_: Literal["click"]
    button: BetaClickButtonType
    x: int
    y: int
    keys: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        button: str = self.button

        x = self.x

        y = self.y

        keys: list[str] | None | Unset
        if isinstance(self.keys, Unset):
            keys = UNSET
        elif isinstance(self.keys, list):
            keys = self.keys

        else:
            keys = self.keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "button": button,
                "x": x,
                "y": y,
            }
        )
        if keys is not UNSET:
            field_dict["keys"] = keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['click']", d["type"])
        if type_ != "click":
            raise ValueError(f"type must match const 'click', got '{type_}'")

        button = check_beta_click_button_type(d["button"])

        x = d["x"]

        y = d["y"]

        def _parse_keys(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keys_type_0 = cast("list[str]", data)

                return keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        keys = _parse_keys(d.get("keys", UNSET))

        beta_click_param = cls(
            type_=type_,
            button=button,
            x=x,
            y=y,
            keys=keys,
        )

        beta_click_param.additional_properties = _extra_fields(d)
        return beta_click_param

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
