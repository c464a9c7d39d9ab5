# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectRateLimitUpdateRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "max_requests_per_1_minute",
        "max_tokens_per_1_minute",
        "max_images_per_1_minute",
        "max_audio_megabytes_per_1_minute",
        "max_requests_per_1_day",
        "batch_1_day_max_input_tokens",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ProjectRateLimitUpdateRequest(_Model):
    """Schema `ProjectRateLimitUpdateRequest`.

    Attributes:
        max_requests_per_1_minute (int | Unset):
        max_tokens_per_1_minute (int | Unset):
        max_images_per_1_minute (int | Unset):
        max_audio_megabytes_per_1_minute (int | Unset):
        max_requests_per_1_day (int | Unset):
        batch_1_day_max_input_tokens (int | Unset):
    """

    max_requests_per_1_minute: int | Unset = UNSET
    max_tokens_per_1_minute: int | Unset = UNSET
    max_images_per_1_minute: int | Unset = UNSET
    max_audio_megabytes_per_1_minute: int | Unset = UNSET
    max_requests_per_1_day: int | Unset = UNSET
    batch_1_day_max_input_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ()
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.max_requests_per_1_minute is not UNSET:
            field_dict["max_requests_per_1_minute"] = self.max_requests_per_1_minute
        if self.max_tokens_per_1_minute is not UNSET:
            field_dict["max_tokens_per_1_minute"] = self.max_tokens_per_1_minute
        if self.max_images_per_1_minute is not UNSET:
            field_dict["max_images_per_1_minute"] = self.max_images_per_1_minute
        if self.max_audio_megabytes_per_1_minute is not UNSET:
            field_dict["max_audio_megabytes_per_1_minute"] = self.max_audio_megabytes_per_1_minute
        if self.max_requests_per_1_day is not UNSET:
            field_dict["max_requests_per_1_day"] = self.max_requests_per_1_day
        if self.batch_1_day_max_input_tokens is not UNSET:
            field_dict["batch_1_day_max_input_tokens"] = self.batch_1_day_max_input_tokens
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        max_requests_per_1_minute = d.get("max_requests_per_1_minute", UNSET)
        max_tokens_per_1_minute = d.get("max_tokens_per_1_minute", UNSET)
        max_images_per_1_minute = d.get("max_images_per_1_minute", UNSET)
        max_audio_megabytes_per_1_minute = d.get("max_audio_megabytes_per_1_minute", UNSET)
        max_requests_per_1_day = d.get("max_requests_per_1_day", UNSET)
        batch_1_day_max_input_tokens = d.get("batch_1_day_max_input_tokens", UNSET)
        project_rate_limit_update_request = cls(
            max_requests_per_1_minute=max_requests_per_1_minute,
            max_tokens_per_1_minute=max_tokens_per_1_minute,
            max_images_per_1_minute=max_images_per_1_minute,
            max_audio_megabytes_per_1_minute=max_audio_megabytes_per_1_minute,
            max_requests_per_1_day=max_requests_per_1_day,
            batch_1_day_max_input_tokens=batch_1_day_max_input_tokens,
        )
        if not _FIELDS.issuperset(d):
            project_rate_limit_update_request.additional_properties = _extra_fields(d)
        return project_rate_limit_update_request

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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ProjectRateLimitUpdateRequest._oc_fields = (
    ("max_requests_per_1_minute", "max_requests_per_1_minute", False, "integer"),
    ("max_tokens_per_1_minute", "max_tokens_per_1_minute", False, "integer"),
    ("max_images_per_1_minute", "max_images_per_1_minute", False, "integer"),
    ("max_audio_megabytes_per_1_minute", "max_audio_megabytes_per_1_minute", False, "integer"),
    ("max_requests_per_1_day", "max_requests_per_1_day", False, "integer"),
    ("batch_1_day_max_input_tokens", "batch_1_day_max_input_tokens", False, "integer"),
)
