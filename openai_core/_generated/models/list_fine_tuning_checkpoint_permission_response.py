# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListFineTuningCheckpointPermissionResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "data",
        "has_more",
        "object",
        "first_id",
        "last_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ListFineTuningCheckpointPermissionResponse(_Model):
    """Schema `ListFineTuningCheckpointPermissionResponse`.

    Attributes:
        data (list[FineTuningCheckpointPermission]):
        has_more (bool):
        object (Literal['list'] | Unset): Always 'list'.
        first_id (None | str | Unset):
        last_id (None | str | Unset):
    """

    data: list[FineTuningCheckpointPermission]
    has_more: bool
    object: Literal["list"] | Unset = UNSET
    first_id: None | str | Unset = UNSET
    last_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "data",
        "has_more",
    )
    _oc_consts = {"object": "list"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = dump(self.data)
        field_dict["has_more"] = self.has_more
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.first_id is not UNSET:
            field_dict["first_id"] = self.first_id
        if self.last_id is not UNSET:
            field_dict["last_id"] = self.last_id
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _data = d.get("data")
        data = (
            [
                (FineTuningCheckpointPermission.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _data
            ]
            if isinstance(_data, list)
            else _data
        )
        has_more = d.get("has_more")
        object_ = d.get("object", UNSET)
        first_id = d.get("first_id", UNSET)
        last_id = d.get("last_id", UNSET)
        list_fine_tuning_checkpoint_permission_response = cls(
            data=data,
            has_more=has_more,
            object=object_,
            first_id=first_id,
            last_id=last_id,
        )
        if data is None or has_more is None:
            list_fine_tuning_checkpoint_permission_response._oc_missing = missing_keys(
                d, cls._oc_required
            )
        if not _FIELDS.issuperset(d):
            list_fine_tuning_checkpoint_permission_response.additional_properties = _extra_fields(d)
        return list_fine_tuning_checkpoint_permission_response

    @property
    def object_(self) -> Literal["list"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["list"] | Unset) -> None:
        self.object = value

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
from ..models.fine_tuning_checkpoint_permission import FineTuningCheckpointPermission  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ListFineTuningCheckpointPermissionResponse._oc_fields = (
    ("data", "data", True, ("list", FineTuningCheckpointPermission)),
    ("has_more", "has_more", True, "boolean"),
    ("object", "object", False, ("const", "list")),
    (
        "first_id",
        "first_id",
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
        "last_id",
        "last_id",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
)
