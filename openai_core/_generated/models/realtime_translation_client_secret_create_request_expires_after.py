# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationClientSecretCreateRequestExpiresAfter")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "anchor",
        "seconds",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeTranslationClientSecretCreateRequestExpiresAfter:
    """
    Attributes:
        anchor (Literal['created_at'] | Unset): Always 'created_at'.
        seconds (int | Unset): Range 10..7200. Server default: 600. Default: 600.
    """

    anchor: Literal["created_at"] | Unset = UNSET
    seconds: int | Unset = 600
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anchor = self.anchor

        seconds = self.seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anchor is not UNSET:
            field_dict["anchor"] = anchor
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        anchor = cast("Literal['created_at'] | Unset", d.get("anchor", UNSET))
        if anchor != "created_at" and not isinstance(anchor, Unset):
            raise ValueError(f"anchor must match const 'created_at', got '{anchor}'")

        seconds = d.get("seconds", UNSET)

        realtime_translation_client_secret_create_request_expires_after = cls(
            anchor=anchor,
            seconds=seconds,
        )

        realtime_translation_client_secret_create_request_expires_after.additional_properties = (
            _extra_fields(d)
        )
        return realtime_translation_client_secret_create_request_expires_after

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
