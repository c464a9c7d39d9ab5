# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.detail_enum import DetailEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputImageContentParamAutoParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "image_url",
        "file_id",
        "detail",
        "prompt_cache_breakpoint",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class InputImageContentParamAutoParam(_Model):
    """Schema `InputImageContentParamAutoParam`.

    Attributes:
        type (Literal['input_image']): Always 'input_image'.
        image_url (None | str | Unset):
        file_id (None | str | Unset):
        detail (DetailEnum | None | Unset):
        prompt_cache_breakpoint (None | PromptCacheBreakpointParam | Unset):
    """

    type: Literal["input_image"]
    image_url: None | str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    detail: DetailEnum | None | Unset = UNSET
    prompt_cache_breakpoint: None | PromptCacheBreakpointParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("type",)
    _oc_consts = {"type": "input_image"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        if self.image_url is not UNSET:
            field_dict["image_url"] = self.image_url
        if self.file_id is not UNSET:
            field_dict["file_id"] = self.file_id
        if self.detail is not UNSET:
            field_dict["detail"] = self.detail
        if self.prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = dump(self.prompt_cache_breakpoint)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        image_url = d.get("image_url", UNSET)
        file_id = d.get("file_id", UNSET)
        detail = d.get("detail", UNSET)
        _prompt_cache_breakpoint = d.get("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint = (
            PromptCacheBreakpointParam.from_dict(_prompt_cache_breakpoint)
            if isinstance(_prompt_cache_breakpoint, dict)
            else _prompt_cache_breakpoint
        )
        input_image_content_param_auto_param = cls(
            type=type_,
            image_url=image_url,
            file_id=file_id,
            detail=detail,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )
        if type_ is None:
            input_image_content_param_auto_param._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            input_image_content_param_auto_param.additional_properties = _extra_fields(d)
        return input_image_content_param_auto_param

    @property
    def type_(self) -> Literal["input_image"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["input_image"]) -> None:
        self.type = value

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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
InputImageContentParamAutoParam._oc_fields = (
    ("type", "type", True, ("const", "input_image")),
    (
        "image_url",
        "image_url",
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
        "file_id",
        "file_id",
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
        "detail",
        "detail",
        False,
        (
            "union",
            (
                ("enum", "DetailEnum", ("auto", "high", "low", "original")),
                "null",
            ),
        ),
    ),
    (
        "prompt_cache_breakpoint",
        "prompt_cache_breakpoint",
        False,
        (
            "union",
            (
                PromptCacheBreakpointParam,
                "null",
            ),
        ),
    ),
)
