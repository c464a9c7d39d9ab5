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

T = TypeVar("T", bound="WebhookBatchExpired")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "created_at",
        "id",
        "data",
        "type",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class WebhookBatchExpired(_Model):
    """Schema `WebhookBatchExpired`.

    Attributes:
        created_at (int):
        id (str):
        data (WebhookBatchExpiredData):
        type (Literal['batch.expired']): Always 'batch.expired'.
        object (Literal['event'] | Unset): Always 'event'.
    """

    created_at: int
    id: str
    data: WebhookBatchExpiredData
    type: Literal["batch.expired"]
    object: Literal["event"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "created_at",
        "id",
        "data",
        "type",
    )
    _oc_consts = {"type": "batch.expired", "object": "event"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["created_at"] = self.created_at
        field_dict["id"] = self.id
        field_dict["data"] = dump(self.data)
        field_dict["type"] = self.type
        if self.object is not UNSET:
            field_dict["object"] = self.object
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        created_at = d.get("created_at")
        id = d.get("id")
        _data = d.get("data")
        data = WebhookBatchExpiredData.from_dict(_data) if isinstance(_data, dict) else _data
        type_ = d.get("type")
        object_ = d.get("object", UNSET)
        webhook_batch_expired = cls(
            created_at=created_at,
            id=id,
            data=data,
            type=type_,
            object=object_,
        )
        if created_at is None or id is None or data is None or type_ is None:
            webhook_batch_expired._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            webhook_batch_expired.additional_properties = _extra_fields(d)
        return webhook_batch_expired

    @property
    def type_(self) -> Literal["batch.expired"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["batch.expired"]) -> None:
        self.type = value

    @property
    def object_(self) -> Literal["event"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["event"] | Unset) -> None:
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
from ..models.webhook_batch_expired_data import WebhookBatchExpiredData  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
WebhookBatchExpired._oc_fields = (
    ("created_at", "created_at", True, "integer"),
    ("id", "id", True, "string"),
    ("data", "data", True, WebhookBatchExpiredData),
    ("type", "type", True, ("const", "batch.expired")),
    ("object", "object", False, ("const", "event")),
)
