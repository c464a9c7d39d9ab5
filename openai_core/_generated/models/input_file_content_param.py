# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_detail_enum import FileDetailEnum, check_file_detail_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputFileContentParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "file_id",
        "filename",
        "file_data",
        "file_url",
        "detail",
        "prompt_cache_breakpoint",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class InputFileContentParam:
    """Schema `InputFileContentParam`.

    Attributes:
        type_ (Literal['input_file']): Always 'input_file'.
        file_id (None | str | Unset):
        filename (None | str | Unset):
        file_data (None | str | Unset):
        file_url (None | str | Unset):
        detail (FileDetailEnum | Unset): Schema `FileDetailEnum`.
        prompt_cache_breakpoint (None | PromptCacheBreakpointParam | Unset):
    """

    type_: Literal["input_file"]
    file_id: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    file_data: None | str | Unset = UNSET
    file_url: None | str | Unset = UNSET
    detail: FileDetailEnum | Unset = UNSET
    prompt_cache_breakpoint: None | PromptCacheBreakpointParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        file_data: None | str | Unset
        if isinstance(self.file_data, Unset):
            file_data = UNSET
        else:
            file_data = self.file_data

        file_url: None | str | Unset
        if isinstance(self.file_url, Unset):
            file_url = UNSET
        else:
            file_url = self.file_url

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail

        prompt_cache_breakpoint: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        elif isinstance(self.prompt_cache_breakpoint, PromptCacheBreakpointParam):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()
        else:
            prompt_cache_breakpoint = self.prompt_cache_breakpoint

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
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if detail is not UNSET:
            field_dict["detail"] = detail
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

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

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        filename = _parse_filename(d.get("filename", UNSET))

        def _parse_file_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        file_data = _parse_file_data(d.get("file_data", UNSET))

        def _parse_file_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        file_url = _parse_file_url(d.get("file_url", UNSET))

        _detail = d.get("detail", UNSET)
        detail: FileDetailEnum | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = check_file_detail_enum(_detail)

        def _parse_prompt_cache_breakpoint(
            data: object,
        ) -> None | PromptCacheBreakpointParam | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_cache_breakpoint_type_0 = PromptCacheBreakpointParam.from_dict(data)

                return prompt_cache_breakpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PromptCacheBreakpointParam | Unset", data)

        prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(
            d.get("prompt_cache_breakpoint", UNSET)
        )

        input_file_content_param = cls(
            type_=type_,
            file_id=file_id,
            filename=filename,
            file_data=file_data,
            file_url=file_url,
            detail=detail,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        input_file_content_param.additional_properties = _extra_fields(d)
        return input_file_content_param

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
from ..models.prompt_cache_breakpoint_param import PromptCacheBreakpointParam  # noqa: E402
