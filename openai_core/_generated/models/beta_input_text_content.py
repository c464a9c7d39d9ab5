# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaInputTextContent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "text",
        "prompt_cache_breakpoint",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaInputTextContent:
    """Schema `BetaInputTextContent`.

    Attributes:
        type_ (Literal['input_text']): Always 'input_text'.
        text (str):
        prompt_cache_breakpoint (BetaPromptCacheBreakpointConfig | Unset): Schema `BetaPromptCacheBreakpointConfig`.
    """

    type_: Literal["input_text"]
    text: str
    prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['input_text']", d["type"])
        if type_ != "input_text":
            raise ValueError(f"type must match const 'input_text', got '{type_}'")

        text = d["text"]

        _prompt_cache_breakpoint = d.get("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = BetaPromptCacheBreakpointConfig.from_dict(
                _prompt_cache_breakpoint
            )

        beta_input_text_content = cls(
            type_=type_,
            text=text,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        beta_input_text_content.additional_properties = _extra_fields(d)
        return beta_input_text_content

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
from ..models.beta_prompt_cache_breakpoint_config import BetaPromptCacheBreakpointConfig  # noqa: E402
