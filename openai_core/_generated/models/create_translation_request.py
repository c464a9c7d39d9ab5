# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.create_translation_request_response_format import (
    CreateTranslationRequestResponseFormat,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateTranslationRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "file",
        "model",
        "prompt",
        "response_format",
        "temperature",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateTranslationRequest(_Model):
    """Schema `CreateTranslationRequest`.

    Attributes:
        file (File):
        model (str):
        prompt (str | Unset):
        response_format (CreateTranslationRequestResponseFormat | Unset): One of: 'json', 'text', 'srt', 'verbose_json',
            'vtt' (others kept). Server default: 'json'. Default: 'json'.
        temperature (float | Unset): Server default: 0. Default: 0.0.
    """

    file: File
    model: str
    prompt: str | Unset = UNSET
    response_format: CreateTranslationRequestResponseFormat | Unset = "json"
    temperature: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "file",
        "model",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["file"] = dump(self.file)
        field_dict["model"] = self.model
        if self.prompt is not UNSET:
            field_dict["prompt"] = self.prompt
        if self.response_format is not UNSET:
            field_dict["response_format"] = self.response_format
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.response_format, Unset):
            files.append(
                ("response_format", (None, str(self.response_format).encode(), "text/plain"))
            )

        if not isinstance(self.temperature, Unset):
            files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _file = d.get("file")
        file = File(payload=BytesIO(_file)) if isinstance(_file, bytes) else _file
        model = d.get("model")
        prompt = d.get("prompt", UNSET)
        response_format = d.get("response_format", UNSET)
        temperature = d.get("temperature", UNSET)
        create_translation_request = cls(
            file=file,
            model=model,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
        )
        if file is None or model is None:
            create_translation_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_translation_request.additional_properties = _extra_fields(d)
        return create_translation_request

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
CreateTranslationRequest._oc_fields = (
    ("file", "file", True, "file"),
    ("model", "model", True, "string"),
    ("prompt", "prompt", False, "string"),
    (
        "response_format",
        "response_format",
        False,
        (
            "enum",
            "CreateTranslationRequestResponseFormat",
            ("json", "srt", "text", "verbose_json", "vtt"),
        ),
    ),
    ("temperature", "temperature", False, "number"),
)
