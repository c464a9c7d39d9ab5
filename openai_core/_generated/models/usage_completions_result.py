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

T = TypeVar("T", bound="UsageCompletionsResult")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "input_tokens",
        "output_tokens",
        "num_model_requests",
        "object",
        "input_cached_tokens",
        "input_cache_write_tokens",
        "input_uncached_tokens",
        "input_text_tokens",
        "output_text_tokens",
        "input_cached_text_tokens",
        "input_audio_tokens",
        "input_cached_audio_tokens",
        "output_audio_tokens",
        "input_image_tokens",
        "input_cached_image_tokens",
        "output_image_tokens",
        "project_id",
        "user_id",
        "api_key_id",
        "model",
        "batch",
        "service_tier",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class UsageCompletionsResult(_Model):
    """Schema `UsageCompletionsResult`.

    Attributes:
        input_tokens (int):
        output_tokens (int):
        num_model_requests (int):
        object (Literal['organization.usage.completions.result'] | Unset): Always
            'organization.usage.completions.result'.
        input_cached_tokens (int | Unset):
        input_cache_write_tokens (int | Unset):
        input_uncached_tokens (int | Unset):
        input_text_tokens (int | Unset):
        output_text_tokens (int | Unset):
        input_cached_text_tokens (int | Unset):
        input_audio_tokens (int | Unset):
        input_cached_audio_tokens (int | Unset):
        output_audio_tokens (int | Unset):
        input_image_tokens (int | Unset):
        input_cached_image_tokens (int | Unset):
        output_image_tokens (int | Unset):
        project_id (None | str | Unset):
        user_id (None | str | Unset):
        api_key_id (None | str | Unset):
        model (None | str | Unset):
        batch (bool | None | Unset):
        service_tier (None | str | Unset):
    """

    input_tokens: int
    output_tokens: int
    num_model_requests: int
    object: Literal["organization.usage.completions.result"] | Unset = UNSET
    input_cached_tokens: int | Unset = UNSET
    input_cache_write_tokens: int | Unset = UNSET
    input_uncached_tokens: int | Unset = UNSET
    input_text_tokens: int | Unset = UNSET
    output_text_tokens: int | Unset = UNSET
    input_cached_text_tokens: int | Unset = UNSET
    input_audio_tokens: int | Unset = UNSET
    input_cached_audio_tokens: int | Unset = UNSET
    output_audio_tokens: int | Unset = UNSET
    input_image_tokens: int | Unset = UNSET
    input_cached_image_tokens: int | Unset = UNSET
    output_image_tokens: int | Unset = UNSET
    project_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    api_key_id: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    batch: bool | None | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "input_tokens",
        "output_tokens",
        "num_model_requests",
    )
    _oc_consts = {"object": "organization.usage.completions.result"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["input_tokens"] = self.input_tokens
        field_dict["output_tokens"] = self.output_tokens
        field_dict["num_model_requests"] = self.num_model_requests
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.input_cached_tokens is not UNSET:
            field_dict["input_cached_tokens"] = self.input_cached_tokens
        if self.input_cache_write_tokens is not UNSET:
            field_dict["input_cache_write_tokens"] = self.input_cache_write_tokens
        if self.input_uncached_tokens is not UNSET:
            field_dict["input_uncached_tokens"] = self.input_uncached_tokens
        if self.input_text_tokens is not UNSET:
            field_dict["input_text_tokens"] = self.input_text_tokens
        if self.output_text_tokens is not UNSET:
            field_dict["output_text_tokens"] = self.output_text_tokens
        if self.input_cached_text_tokens is not UNSET:
            field_dict["input_cached_text_tokens"] = self.input_cached_text_tokens
        if self.input_audio_tokens is not UNSET:
            field_dict["input_audio_tokens"] = self.input_audio_tokens
        if self.input_cached_audio_tokens is not UNSET:
            field_dict["input_cached_audio_tokens"] = self.input_cached_audio_tokens
        if self.output_audio_tokens is not UNSET:
            field_dict["output_audio_tokens"] = self.output_audio_tokens
        if self.input_image_tokens is not UNSET:
            field_dict["input_image_tokens"] = self.input_image_tokens
        if self.input_cached_image_tokens is not UNSET:
            field_dict["input_cached_image_tokens"] = self.input_cached_image_tokens
        if self.output_image_tokens is not UNSET:
            field_dict["output_image_tokens"] = self.output_image_tokens
        if self.project_id is not UNSET:
            field_dict["project_id"] = self.project_id
        if self.user_id is not UNSET:
            field_dict["user_id"] = self.user_id
        if self.api_key_id is not UNSET:
            field_dict["api_key_id"] = self.api_key_id
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.batch is not UNSET:
            field_dict["batch"] = self.batch
        if self.service_tier is not UNSET:
            field_dict["service_tier"] = self.service_tier
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        input_tokens = d.get("input_tokens")
        output_tokens = d.get("output_tokens")
        num_model_requests = d.get("num_model_requests")
        object_ = d.get("object", UNSET)
        input_cached_tokens = d.get("input_cached_tokens", UNSET)
        input_cache_write_tokens = d.get("input_cache_write_tokens", UNSET)
        input_uncached_tokens = d.get("input_uncached_tokens", UNSET)
        input_text_tokens = d.get("input_text_tokens", UNSET)
        output_text_tokens = d.get("output_text_tokens", UNSET)
        input_cached_text_tokens = d.get("input_cached_text_tokens", UNSET)
        input_audio_tokens = d.get("input_audio_tokens", UNSET)
        input_cached_audio_tokens = d.get("input_cached_audio_tokens", UNSET)
        output_audio_tokens = d.get("output_audio_tokens", UNSET)
        input_image_tokens = d.get("input_image_tokens", UNSET)
        input_cached_image_tokens = d.get("input_cached_image_tokens", UNSET)
        output_image_tokens = d.get("output_image_tokens", UNSET)
        project_id = d.get("project_id", UNSET)
        user_id = d.get("user_id", UNSET)
        api_key_id = d.get("api_key_id", UNSET)
        model = d.get("model", UNSET)
        batch = d.get("batch", UNSET)
        service_tier = d.get("service_tier", UNSET)
        usage_completions_result = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            num_model_requests=num_model_requests,
            object=object_,
            input_cached_tokens=input_cached_tokens,
            input_cache_write_tokens=input_cache_write_tokens,
            input_uncached_tokens=input_uncached_tokens,
            input_text_tokens=input_text_tokens,
            output_text_tokens=output_text_tokens,
            input_cached_text_tokens=input_cached_text_tokens,
            input_audio_tokens=input_audio_tokens,
            input_cached_audio_tokens=input_cached_audio_tokens,
            output_audio_tokens=output_audio_tokens,
            input_image_tokens=input_image_tokens,
            input_cached_image_tokens=input_cached_image_tokens,
            output_image_tokens=output_image_tokens,
            project_id=project_id,
            user_id=user_id,
            api_key_id=api_key_id,
            model=model,
            batch=batch,
            service_tier=service_tier,
        )
        if input_tokens is None or output_tokens is None or num_model_requests is None:
            usage_completions_result._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            usage_completions_result.additional_properties = _extra_fields(d)
        return usage_completions_result

    @property
    def object_(self) -> Literal["organization.usage.completions.result"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["organization.usage.completions.result"] | Unset) -> None:
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
UsageCompletionsResult._oc_fields = (
    ("input_tokens", "input_tokens", True, "integer"),
    ("output_tokens", "output_tokens", True, "integer"),
    ("num_model_requests", "num_model_requests", True, "integer"),
    ("object", "object", False, ("const", "organization.usage.completions.result")),
    ("input_cached_tokens", "input_cached_tokens", False, "integer"),
    ("input_cache_write_tokens", "input_cache_write_tokens", False, "integer"),
    ("input_uncached_tokens", "input_uncached_tokens", False, "integer"),
    ("input_text_tokens", "input_text_tokens", False, "integer"),
    ("output_text_tokens", "output_text_tokens", False, "integer"),
    ("input_cached_text_tokens", "input_cached_text_tokens", False, "integer"),
    ("input_audio_tokens", "input_audio_tokens", False, "integer"),
    ("input_cached_audio_tokens", "input_cached_audio_tokens", False, "integer"),
    ("output_audio_tokens", "output_audio_tokens", False, "integer"),
    ("input_image_tokens", "input_image_tokens", False, "integer"),
    ("input_cached_image_tokens", "input_cached_image_tokens", False, "integer"),
    ("output_image_tokens", "output_image_tokens", False, "integer"),
    (
        "project_id",
        "project_id",
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
        "user_id",
        "user_id",
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
        "api_key_id",
        "api_key_id",
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
        "model",
        "model",
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
        "batch",
        "batch",
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
        "service_tier",
        "service_tier",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
)
