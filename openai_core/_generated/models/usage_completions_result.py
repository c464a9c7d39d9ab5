# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageCompletionsResult")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class UsageCompletionsResult:
    """Schema `UsageCompletionsResult`.

    Attributes:
        input_tokens (int):
        output_tokens (int):
        num_model_requests (int):
        object_ (Literal['organization.usage.completions.result'] | Unset): Always
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
    object_: Literal["organization.usage.completions.result"] | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        num_model_requests = self.num_model_requests

        object_ = self.object_

        input_cached_tokens = self.input_cached_tokens

        input_cache_write_tokens = self.input_cache_write_tokens

        input_uncached_tokens = self.input_uncached_tokens

        input_text_tokens = self.input_text_tokens

        output_text_tokens = self.output_text_tokens

        input_cached_text_tokens = self.input_cached_text_tokens

        input_audio_tokens = self.input_audio_tokens

        input_cached_audio_tokens = self.input_cached_audio_tokens

        output_audio_tokens = self.output_audio_tokens

        input_image_tokens = self.input_image_tokens

        input_cached_image_tokens = self.input_cached_image_tokens

        output_image_tokens = self.output_image_tokens

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        api_key_id: None | str | Unset
        if isinstance(self.api_key_id, Unset):
            api_key_id = UNSET
        else:
            api_key_id = self.api_key_id

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        batch: bool | None | Unset
        if isinstance(self.batch, Unset):
            batch = UNSET
        else:
            batch = self.batch

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "num_model_requests": num_model_requests,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if input_cached_tokens is not UNSET:
            field_dict["input_cached_tokens"] = input_cached_tokens
        if input_cache_write_tokens is not UNSET:
            field_dict["input_cache_write_tokens"] = input_cache_write_tokens
        if input_uncached_tokens is not UNSET:
            field_dict["input_uncached_tokens"] = input_uncached_tokens
        if input_text_tokens is not UNSET:
            field_dict["input_text_tokens"] = input_text_tokens
        if output_text_tokens is not UNSET:
            field_dict["output_text_tokens"] = output_text_tokens
        if input_cached_text_tokens is not UNSET:
            field_dict["input_cached_text_tokens"] = input_cached_text_tokens
        if input_audio_tokens is not UNSET:
            field_dict["input_audio_tokens"] = input_audio_tokens
        if input_cached_audio_tokens is not UNSET:
            field_dict["input_cached_audio_tokens"] = input_cached_audio_tokens
        if output_audio_tokens is not UNSET:
            field_dict["output_audio_tokens"] = output_audio_tokens
        if input_image_tokens is not UNSET:
            field_dict["input_image_tokens"] = input_image_tokens
        if input_cached_image_tokens is not UNSET:
            field_dict["input_cached_image_tokens"] = input_cached_image_tokens
        if output_image_tokens is not UNSET:
            field_dict["output_image_tokens"] = output_image_tokens
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if model is not UNSET:
            field_dict["model"] = model
        if batch is not UNSET:
            field_dict["batch"] = batch
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_tokens = d["input_tokens"]

        output_tokens = d["output_tokens"]

        num_model_requests = d["num_model_requests"]

        object_ = cast(
            "Literal['organization.usage.completions.result'] | Unset", d.get("object", UNSET)
        )
        if object_ != "organization.usage.completions.result" and not isinstance(object_, Unset):
            raise ValueError(
                f"object must match const 'organization.usage.completions.result', got '{object_}'"
            )

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

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        project_id = _parse_project_id(d.get("project_id", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        user_id = _parse_user_id(d.get("user_id", UNSET))

        def _parse_api_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        api_key_id = _parse_api_key_id(d.get("api_key_id", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        model = _parse_model(d.get("model", UNSET))

        def _parse_batch(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        batch = _parse_batch(d.get("batch", UNSET))

        def _parse_service_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        service_tier = _parse_service_tier(d.get("service_tier", UNSET))

        usage_completions_result = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            num_model_requests=num_model_requests,
            object_=object_,
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

        usage_completions_result.additional_properties = _extra_fields(d)
        return usage_completions_result

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
