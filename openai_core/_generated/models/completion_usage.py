# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionUsage")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "completion_tokens",
        "prompt_tokens",
        "total_tokens",
        "completion_tokens_details",
        "prompt_tokens_details",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CompletionUsage:
    """Schema `CompletionUsage`.

    Attributes:
        completion_tokens (int): Server default: 0. Default: 0.
        prompt_tokens (int): Server default: 0. Default: 0.
        total_tokens (int): Server default: 0. Default: 0.
        completion_tokens_details (CompletionUsageCompletionTokensDetails | Unset):
        prompt_tokens_details (CompletionUsagePromptTokensDetails | Unset):
    """

    completion_tokens: int = 0
    prompt_tokens: int = 0
    total_tokens: int = 0
    completion_tokens_details: CompletionUsageCompletionTokensDetails | Unset = UNSET
    prompt_tokens_details: CompletionUsagePromptTokensDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion_tokens = self.completion_tokens

        prompt_tokens = self.prompt_tokens

        total_tokens = self.total_tokens

        completion_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.completion_tokens_details, Unset):
            completion_tokens_details = self.completion_tokens_details.to_dict()

        prompt_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_tokens_details, Unset):
            prompt_tokens_details = self.prompt_tokens_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion_tokens": completion_tokens,
                "prompt_tokens": prompt_tokens,
                "total_tokens": total_tokens,
            }
        )
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        completion_tokens = d["completion_tokens"]

        prompt_tokens = d["prompt_tokens"]

        total_tokens = d["total_tokens"]

        _completion_tokens_details = d.get("completion_tokens_details", UNSET)
        completion_tokens_details: CompletionUsageCompletionTokensDetails | Unset
        if isinstance(_completion_tokens_details, Unset):
            completion_tokens_details = UNSET
        else:
            completion_tokens_details = CompletionUsageCompletionTokensDetails.from_dict(
                _completion_tokens_details
            )

        _prompt_tokens_details = d.get("prompt_tokens_details", UNSET)
        prompt_tokens_details: CompletionUsagePromptTokensDetails | Unset
        if isinstance(_prompt_tokens_details, Unset):
            prompt_tokens_details = UNSET
        else:
            prompt_tokens_details = CompletionUsagePromptTokensDetails.from_dict(
                _prompt_tokens_details
            )

        completion_usage = cls(
            completion_tokens=completion_tokens,
            prompt_tokens=prompt_tokens,
            total_tokens=total_tokens,
            completion_tokens_details=completion_tokens_details,
            prompt_tokens_details=prompt_tokens_details,
        )

        completion_usage.additional_properties = _extra_fields(d)
        return completion_usage

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
from ..models.completion_usage_completion_tokens_details import (
    CompletionUsageCompletionTokensDetails,  # noqa: E402
)
from ..models.completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails  # noqa: E402
