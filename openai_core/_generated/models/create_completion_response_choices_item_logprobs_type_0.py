# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCompletionResponseChoicesItemLogprobsType0")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "text_offset",
        "token_logprobs",
        "tokens",
        "top_logprobs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateCompletionResponseChoicesItemLogprobsType0:
    """
    Attributes:
        text_offset (list[int] | Unset):
        token_logprobs (list[float] | Unset):
        tokens (list[str] | Unset):
        top_logprobs (list[CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem] | Unset):
    """

    text_offset: list[int] | Unset = UNSET
    token_logprobs: list[float] | Unset = UNSET
    tokens: list[str] | Unset = UNSET
    top_logprobs: list[CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_offset: list[int] | Unset = UNSET
        if not isinstance(self.text_offset, Unset):
            text_offset = self.text_offset

        token_logprobs: list[float] | Unset = UNSET
        if not isinstance(self.token_logprobs, Unset):
            token_logprobs = self.token_logprobs

        tokens: list[str] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens

        top_logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_logprobs, Unset):
            top_logprobs = []
            for top_logprobs_item_data in self.top_logprobs:
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_offset is not UNSET:
            field_dict["text_offset"] = text_offset
        if token_logprobs is not UNSET:
            field_dict["token_logprobs"] = token_logprobs
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        text_offset = cast("list[int]", d.get("text_offset", UNSET))

        token_logprobs = cast("list[float]", d.get("token_logprobs", UNSET))

        tokens = cast("list[str]", d.get("tokens", UNSET))

        _top_logprobs = d.get("top_logprobs", UNSET)
        top_logprobs: (
            list[CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem] | Unset
        ) = UNSET
        if _top_logprobs is not UNSET:
            top_logprobs = []
            for top_logprobs_item_data in _top_logprobs:
                top_logprobs_item = (
                    CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem.from_dict(
                        top_logprobs_item_data
                    )
                )

                top_logprobs.append(top_logprobs_item)

        create_completion_response_choices_item_logprobs_type_0 = cls(
            text_offset=text_offset,
            token_logprobs=token_logprobs,
            tokens=tokens,
            top_logprobs=top_logprobs,
        )

        create_completion_response_choices_item_logprobs_type_0.additional_properties = (
            _extra_fields(d)
        )
        return create_completion_response_choices_item_logprobs_type_0

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
from ..models.create_completion_response_choices_item_logprobs_type_0_top_logprobs_item import (
    CreateCompletionResponseChoicesItemLogprobsType0TopLogprobsItem,  # noqa: E402
)
