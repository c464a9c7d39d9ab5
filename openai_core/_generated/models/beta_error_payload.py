# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaErrorPayload")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "message",
        "code",
        "param",
        "headers",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaErrorPayload(_Model):
    """Schema `BetaErrorPayload`.

    Attributes:
        type (str):
        message (str):
        code (None | str | Unset):
        param (None | str | Unset):
        headers (BetaErrorPayloadHeaders | Unset):
    """

    type: str
    message: str
    code: None | str | Unset = UNSET
    param: None | str | Unset = UNSET
    headers: BetaErrorPayloadHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "message",
    )
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["message"] = self.message
        if self.code is not UNSET:
            field_dict["code"] = self.code
        if self.param is not UNSET:
            field_dict["param"] = self.param
        if self.headers is not UNSET:
            field_dict["headers"] = dump(self.headers)
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
        message = d.get("message")
        code = d.get("code", UNSET)
        param = d.get("param", UNSET)
        _headers = d.get("headers", UNSET)
        headers = (
            BetaErrorPayloadHeaders.from_dict(_headers) if isinstance(_headers, dict) else _headers
        )
        beta_error_payload = cls(
            type=type_,
            message=message,
            code=code,
            param=param,
            headers=headers,
        )
        if type_ is None or message is None:
            beta_error_payload._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_error_payload.additional_properties = _extra_fields(d)
        return beta_error_payload

    @property
    def type_(self) -> str:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: str) -> None:
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
from ..models.beta_error_payload_headers import BetaErrorPayloadHeaders  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaErrorPayload._oc_fields = (
    ("type", "type", True, "string"),
    ("message", "message", True, "string"),
    (
        "code",
        "code",
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
        "param",
        "param",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    ("headers", "headers", False, BetaErrorPayloadHeaders),
)
