# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_detail import ImageDetail, check_image_detail
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputImageContent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "detail",
        "image_url",
        "file_id",
        "prompt_cache_breakpoint",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class InputImageContent:
    """Schema `InputImageContent`.

    Attributes:
        type_ (Literal['input_image']): Always 'input_image'.
        detail (ImageDetail): Schema `ImageDetail`.
        image_url (None | str | Unset):
        file_id (None | str | Unset):
        prompt_cache_breakpoint (PromptCacheBreakpointConfig | Unset): Schema `PromptCacheBreakpointConfig`.
    """

    type_: Literal["input_image"]
    detail: ImageDetail
    image_url: None | str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        detail: str = self.detail

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "detail": detail,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['input_image']", d["type"])
        if type_ != "input_image":
            raise ValueError(f"type must match const 'input_image', got '{type_}'")

        detail = check_image_detail(d["detail"])

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        image_url = _parse_image_url(d.get("image_url", UNSET))

        def _parse_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        file_id = _parse_file_id(d.get("file_id", UNSET))

        _prompt_cache_breakpoint = d.get("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = PromptCacheBreakpointConfig.from_dict(
                _prompt_cache_breakpoint
            )

        input_image_content = cls(
            type_=type_,
            detail=detail,
            image_url=image_url,
            file_id=file_id,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        input_image_content.additional_properties = _extra_fields(d)
        return input_image_content

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
from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig  # noqa: E402
