# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateModerationRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "input",
        "model",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_input_(data: Any) -> Any:
    if isinstance(data, list):
        return [_read_input_type_0_item(_i1) for _i1 in data] if isinstance(data, list) else data
    return data


def _read_input_type_0_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "image_url":
            return CreateModerationRequestInputType0ItemType1Type0.from_dict(data)
        if tag == "text":
            return CreateModerationRequestInputType0ItemType1Type1.from_dict(data)
        return _choose_input_type_0_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateModerationRequest(_Model):
    """Schema `CreateModerationRequest`.

    Attributes:
        input (list[CreateModerationRequestInputType0ItemType1Type0 | CreateModerationRequestInputType0ItemType1Type1 |
            str] | str):
        model (str | Unset): Server default: 'omni-moderation-latest'. Default: 'omni-moderation-latest'.
    """

    input: (
        list[
            CreateModerationRequestInputType0ItemType1Type0
            | CreateModerationRequestInputType0ItemType1Type1
            | str
        ]
        | str
    )
    model: str | Unset = "omni-moderation-latest"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("input",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["input"] = dump(self.input)
        if self.model is not UNSET:
            field_dict["model"] = self.model
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _input_ = d.get("input")
        input_ = _read_input_(_input_)
        model = d.get("model", UNSET)
        create_moderation_request = cls(
            input=input_,
            model=model,
        )
        if input_ is None:
            create_moderation_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_moderation_request.additional_properties = _extra_fields(d)
        return create_moderation_request

    @property
    def input_(
        self,
    ) -> (
        list[
            CreateModerationRequestInputType0ItemType1Type0
            | CreateModerationRequestInputType0ItemType1Type1
            | str
        ]
        | str
    ):
        """The `input` field, under its former name."""
        return self.input

    @input_.setter
    def input_(
        self,
        value: list[
            CreateModerationRequestInputType0ItemType1Type0
            | CreateModerationRequestInputType0ItemType1Type1
            | str
        ]
        | str,
    ) -> None:
        self.input = value

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
from ..models.create_moderation_request_input_type_0_item_type_1_type_0 import (
    CreateModerationRequestInputType0ItemType1Type0,  # noqa: E402
)
from ..models.create_moderation_request_input_type_0_item_type_1_type_1 import (
    CreateModerationRequestInputType0ItemType1Type1,  # noqa: E402
)

_choose_input_type_0_item = ModelChoice(
    CreateModerationRequestInputType0ItemType1Type0, CreateModerationRequestInputType0ItemType1Type1
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateModerationRequest._oc_fields = (
    (
        "input",
        "input",
        True,
        (
            "union",
            (
                (
                    "list",
                    (
                        "union",
                        (
                            "string",
                            CreateModerationRequestInputType0ItemType1Type0,
                            CreateModerationRequestInputType0ItemType1Type1,
                        ),
                    ),
                ),
                "string",
            ),
        ),
    ),
    ("model", "model", False, "string"),
)
