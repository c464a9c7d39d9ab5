# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_input_detail import FileInputDetail, check_file_input_detail
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputFileContent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "file_id",
        "filename",
        "file_data",
        "prompt_cache_breakpoint",
        "file_url",
        "detail",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class InputFileContent:
    """Schema `InputFileContent`.

    Attributes:
        type_ (Literal['input_file']): Always 'input_file'.
        file_id (None | str | Unset):
        filename (str | Unset):
        file_data (str | Unset):
        prompt_cache_breakpoint (PromptCacheBreakpointConfig | Unset): Schema `PromptCacheBreakpointConfig`.
        file_url (str | Unset):
        detail (FileInputDetail | Unset): Schema `FileInputDetail`.
    """

    type_: Literal["input_file"]
    file_id: None | str | Unset = UNSET
    filename: str | Unset = UNSET
    file_data: str | Unset = UNSET
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = UNSET
    file_url: str | Unset = UNSET
    detail: FileInputDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        filename = self.filename

        file_data = self.file_data

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        file_url = self.file_url

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['input_file']", d["type"])
        if type_ != "input_file":
            raise ValueError(f"type must match const 'input_file', got '{type_}'")

        def _parse_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        file_id = _parse_file_id(d.get("file_id", UNSET))

        filename = d.get("filename", UNSET)

        file_data = d.get("file_data", UNSET)

        _prompt_cache_breakpoint = d.get("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = PromptCacheBreakpointConfig.from_dict(
                _prompt_cache_breakpoint
            )

        file_url = d.get("file_url", UNSET)

        _detail = d.get("detail", UNSET)
        detail: FileInputDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = check_file_input_detail(_detail)

        input_file_content = cls(
            type_=type_,
            file_id=file_id,
            filename=filename,
            file_data=file_data,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
            file_url=file_url,
            detail=detail,
        )

        input_file_content.additional_properties = _extra_fields(d)
        return input_file_content

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
