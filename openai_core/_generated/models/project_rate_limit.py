# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectRateLimit")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "model",
        "max_requests_per_1_minute",
        "max_tokens_per_1_minute",
        "object",
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
class ProjectRateLimit(_Model):
    """Schema `ProjectRateLimit`.

    Attributes:
        id (str):
        model (str):
        max_requests_per_1_minute (int):
        max_tokens_per_1_minute (int):
        object (Literal['project.rate_limit'] | Unset): Always 'project.rate_limit'.
        max_images_per_1_minute (int | Unset):
        max_audio_megabytes_per_1_minute (int | Unset):
        max_requests_per_1_day (int | Unset):
        batch_1_day_max_input_tokens (int | Unset):
    """

    id: str
    model: str
    max_requests_per_1_minute: int
    max_tokens_per_1_minute: int
    object: Literal["project.rate_limit"] | Unset = UNSET
    max_images_per_1_minute: int | Unset = UNSET
    max_audio_megabytes_per_1_minute: int | Unset = UNSET
    max_requests_per_1_day: int | Unset = UNSET
    batch_1_day_max_input_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "model",
        "max_requests_per_1_minute",
        "max_tokens_per_1_minute",
    )
    _oc_consts = {"object": "project.rate_limit"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["model"] = self.model
        field_dict["max_requests_per_1_minute"] = self.max_requests_per_1_minute
        field_dict["max_tokens_per_1_minute"] = self.max_tokens_per_1_minute
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.max_images_per_1_minute is not UNSET:
            field_dict["max_images_per_1_minute"] = self.max_images_per_1_minute
        if self.max_audio_megabytes_per_1_minute is not UNSET:
            field_dict["max_audio_megabytes_per_1_minute"] = self.max_audio_megabytes_per_1_minute
        if self.max_requests_per_1_day is not UNSET:
            field_dict["max_requests_per_1_day"] = self.max_requests_per_1_day
        if self.batch_1_day_max_input_tokens is not UNSET:
            field_dict["batch_1_day_max_input_tokens"] = self.batch_1_day_max_input_tokens
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        model = d.get("model")
        max_requests_per_1_minute = d.get("max_requests_per_1_minute")
        max_tokens_per_1_minute = d.get("max_tokens_per_1_minute")
        object_ = d.get("object", UNSET)
        max_images_per_1_minute = d.get("max_images_per_1_minute", UNSET)
        max_audio_megabytes_per_1_minute = d.get("max_audio_megabytes_per_1_minute", UNSET)
        max_requests_per_1_day = d.get("max_requests_per_1_day", UNSET)
        batch_1_day_max_input_tokens = d.get("batch_1_day_max_input_tokens", UNSET)
        project_rate_limit = cls(
            id=id,
            model=model,
            max_requests_per_1_minute=max_requests_per_1_minute,
            max_tokens_per_1_minute=max_tokens_per_1_minute,
            object=object_,
            max_images_per_1_minute=max_images_per_1_minute,
            max_audio_megabytes_per_1_minute=max_audio_megabytes_per_1_minute,
            max_requests_per_1_day=max_requests_per_1_day,
            batch_1_day_max_input_tokens=batch_1_day_max_input_tokens,
        )
        if (
            id is None
            or model is None
            or max_requests_per_1_minute is None
            or max_tokens_per_1_minute is None
        ):
            project_rate_limit._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            project_rate_limit.additional_properties = _extra_fields(d)
        return project_rate_limit

    @property
    def object_(self) -> Literal["project.rate_limit"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["project.rate_limit"] | Unset) -> None:
        self.object = value

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
ProjectRateLimit._oc_fields = (
    ("id", "id", True, "string"),
    ("model", "model", True, "string"),
    ("max_requests_per_1_minute", "max_requests_per_1_minute", True, "integer"),
    ("max_tokens_per_1_minute", "max_tokens_per_1_minute", True, "integer"),
    ("object", "object", False, ("const", "project.rate_limit")),
    ("max_images_per_1_minute", "max_images_per_1_minute", False, "integer"),
    ("max_audio_megabytes_per_1_minute", "max_audio_megabytes_per_1_minute", False, "integer"),
    ("max_requests_per_1_day", "max_requests_per_1_day", False, "integer"),
    ("batch_1_day_max_input_tokens", "batch_1_day_max_input_tokens", False, "integer"),
)
