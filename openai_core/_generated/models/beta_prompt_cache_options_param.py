# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_prompt_cache_mode_enum import (
    BetaPromptCacheModeEnum,
    check_beta_prompt_cache_mode_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaPromptCacheOptionsParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "ttl",
        "mode",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaPromptCacheOptionsParam:
    """Schema `BetaPromptCacheOptionsParam`.

    Attributes:
        ttl (Literal['30m'] | Unset): Schema `BetaPromptCacheTTLEnum`.
        mode (BetaPromptCacheModeEnum | Unset): Schema `BetaPromptCacheModeEnum`.
    """

    ttl: Literal["30m"] | Unset = UNSET
    mode: BetaPromptCacheModeEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ttl = self.ttl

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        ttl = cast("Literal['30m'] | Unset", d.get("ttl", UNSET))
        if ttl != "30m" and not isinstance(ttl, Unset):
            raise ValueError(f"ttl must match const '30m', got '{ttl}'")

        _mode = d.get("mode", UNSET)
        mode: BetaPromptCacheModeEnum | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_beta_prompt_cache_mode_enum(_mode)

        beta_prompt_cache_options_param = cls(
            ttl=ttl,
            mode=mode,
        )

        beta_prompt_cache_options_param.additional_properties = _extra_fields(d)
        return beta_prompt_cache_options_param

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
