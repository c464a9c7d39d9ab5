# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys, parse_date
from ..types import UNSET, Unset

T = TypeVar("T", bound="Model")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created",
        "owned_by",
        "object",
        "shutdown_date",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_shutdown_date(data: Any) -> Any:
    if isinstance(data, str):
        return parse_date(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class Model(_Model):
    """Schema `Model`.

    Attributes:
        id (str):
        created (int):
        owned_by (str):
        object (Literal['model'] | Unset): Always 'model'.
        shutdown_date (datetime.date | None | Unset):
    """

    id: str
    created: int
    owned_by: str
    object: Literal["model"] | Unset = UNSET
    shutdown_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "created",
        "owned_by",
    )
    _oc_consts = {"object": "model"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created"] = self.created
        field_dict["owned_by"] = self.owned_by
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.shutdown_date is not UNSET:
            field_dict["shutdown_date"] = dump(self.shutdown_date)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        id = d.get("id")
        created = d.get("created")
        owned_by = d.get("owned_by")
        object_ = d.get("object", UNSET)
        _shutdown_date = d.get("shutdown_date", UNSET)
        shutdown_date = _read_shutdown_date(_shutdown_date)
        model = cls(
            id=id,
            created=created,
            owned_by=owned_by,
            object=object_,
            shutdown_date=shutdown_date,
        )
        if id is None or created is None or owned_by is None:
            model._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            model.additional_properties = _extra_fields(d)
        return model

    @property
    def object_(self) -> Literal["model"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["model"] | Unset) -> None:
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


# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
Model._oc_fields = (
    ("id", "id", True, "string"),
    ("created", "created", True, "integer"),
    ("owned_by", "owned_by", True, "string"),
    ("object", "object", False, ("const", "model")),
    (
        "shutdown_date",
        "shutdown_date",
        False,
        (
            "union",
            (
                "date",
                "null",
            ),
        ),
    ),
)
