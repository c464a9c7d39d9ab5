# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_model_response_properties_prompt_cache_retention_type_0 import (
    BetaModelResponsePropertiesPromptCacheRetentionType0,
    check_beta_model_response_properties_prompt_cache_retention_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaModelResponseProperties")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "metadata",
        "top_logprobs",
        "temperature",
        "top_p",
        "user",
        "safety_identifier",
        "prompt_cache_key",
        "prompt_cache_retention",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaModelResponseProperties:
    """Schema `BetaModelResponseProperties`.

    Attributes:
        metadata (BetaMetadataType0 | None | Unset): Schema `BetaMetadata`.
        top_logprobs (int | None | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        user (str | Unset): Deprecated.
        safety_identifier (None | str | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_retention (BetaModelResponsePropertiesPromptCacheRetentionType0 | None | Unset): Deprecated.
    """

    metadata: BetaMetadataType0 | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    user: str | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_retention: BetaModelResponsePropertiesPromptCacheRetentionType0 | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BetaMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        user = self.user

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        elif isinstance(self.prompt_cache_retention, str):
            prompt_cache_retention = self.prompt_cache_retention
        else:
            prompt_cache_retention = self.prompt_cache_retention

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if user is not UNSET:
            field_dict["user"] = user
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_metadata(data: object) -> BetaMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_metadata_type_0 = BetaMetadataType0.from_dict(data)

                return componentsschemas_beta_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaMetadataType0 | None | Unset", data)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        def _parse_top_logprobs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        top_logprobs = _parse_top_logprobs(d.get("top_logprobs", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        temperature = _parse_temperature(d.get("temperature", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        top_p = _parse_top_p(d.get("top_p", UNSET))

        user = d.get("user", UNSET)

        def _parse_safety_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        safety_identifier = _parse_safety_identifier(d.get("safety_identifier", UNSET))

        def _parse_prompt_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        prompt_cache_key = _parse_prompt_cache_key(d.get("prompt_cache_key", UNSET))

        def _parse_prompt_cache_retention(
            data: object,
        ) -> BetaModelResponsePropertiesPromptCacheRetentionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_cache_retention_type_0 = (
                    check_beta_model_response_properties_prompt_cache_retention_type_0(data)
                )

                return prompt_cache_retention_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaModelResponsePropertiesPromptCacheRetentionType0 | None | Unset", data)

        prompt_cache_retention = _parse_prompt_cache_retention(
            d.get("prompt_cache_retention", UNSET)
        )

        beta_model_response_properties = cls(
            metadata=metadata,
            top_logprobs=top_logprobs,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
        )

        beta_model_response_properties.additional_properties = _extra_fields(d)
        return beta_model_response_properties

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
from ..models.beta_metadata_type_0 import BetaMetadataType0  # noqa: E402
