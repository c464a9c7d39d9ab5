# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookBatchFailed")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class WebhookBatchFailed:
    """Schema `WebhookBatchFailed`.

    Attributes:
        created_at (int):
        id (str):
        data (WebhookBatchFailedData):
        type_ (Literal['batch.failed']): Always 'batch.failed'.
        object_ (Literal['event'] | Unset): Always 'event'.
    """

    created_at: int
    id: str
    data: WebhookBatchFailedData
    type_: Literal["batch.failed"]
    object_: Literal["event"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        data = self.data.to_dict()

        type_ = self.type_

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "data": data,
                "type": type_,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = d["created_at"]

        id = d["id"]

        data = WebhookBatchFailedData.from_dict(d["data"])

        type_ = cast("Literal['batch.failed']", d["type"])
        if type_ != "batch.failed":
            raise ValueError(f"type must match const 'batch.failed', got '{type_}'")

        object_ = cast("Literal['event'] | Unset", d.get("object", UNSET))
        if object_ != "event" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'event', got '{object_}'")

        webhook_batch_failed = cls(
            created_at=created_at,
            id=id,
            data=data,
            type_=type_,
            object_=object_,
        )

        webhook_batch_failed.additional_properties = _extra_fields(d)
        return webhook_batch_failed

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
from ..models.webhook_batch_failed_data import WebhookBatchFailedData  # noqa: E402
