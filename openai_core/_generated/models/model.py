# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Model")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class Model:
    """Schema `Model`.

    Attributes:
        id (str):
        created (int):
        owned_by (str):
        object_ (Literal['model'] | Unset): Always 'model'.
        shutdown_date (datetime.date | None | Unset):
    """

    id: str
    created: int
    owned_by: str
    object_: Literal["model"] | Unset = UNSET
    shutdown_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created

        owned_by = self.owned_by

        object_ = self.object_

        shutdown_date: None | str | Unset
        if isinstance(self.shutdown_date, Unset):
            shutdown_date = UNSET
        elif isinstance(self.shutdown_date, datetime.date):
            shutdown_date = self.shutdown_date.isoformat()
        else:
            shutdown_date = self.shutdown_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "owned_by": owned_by,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if shutdown_date is not UNSET:
            field_dict["shutdown_date"] = shutdown_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created = d["created"]

        owned_by = d["owned_by"]

        object_ = cast("Literal['model'] | Unset", d.get("object", UNSET))
        if object_ != "model" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'model', got '{object_}'")

        def _parse_shutdown_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                shutdown_date_type_0 = datetime.date.fromisoformat(data)

                return shutdown_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None | Unset", data)

        shutdown_date = _parse_shutdown_date(d.get("shutdown_date", UNSET))

        model = cls(
            id=id,
            created=created,
            owned_by=owned_by,
            object_=object_,
            shutdown_date=shutdown_date,
        )

        model.additional_properties = _extra_fields(d)
        return model

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
