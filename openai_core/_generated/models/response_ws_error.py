# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseWsError")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "error",
        "status",
        "sequence_number",
        "stream_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ResponseWsError:
    """Schema `ResponseWsError`.

    Attributes:
        type_ (Literal['error']): Always 'error'.
        error (ErrorPayload): Schema `ErrorPayload`.
        status (int | Unset):
        sequence_number (int | Unset):
        stream_id (str | Unset):
    """

    type_: Literal["error"]
    error: ErrorPayload
    status: int | Unset = UNSET
    sequence_number: int | Unset = UNSET
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        error = self.error.to_dict()

        status = self.status

        sequence_number = self.sequence_number

        stream_id = self.stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "error": error,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['error']", d["type"])
        if type_ != "error":
            raise ValueError(f"type must match const 'error', got '{type_}'")

        error = ErrorPayload.from_dict(d["error"])

        status = d.get("status", UNSET)

        sequence_number = d.get("sequence_number", UNSET)

        stream_id = d.get("stream_id", UNSET)

        response_ws_error = cls(
            type_=type_,
            error=error,
            status=status,
            sequence_number=sequence_number,
            stream_id=stream_id,
        )

        response_ws_error.additional_properties = _extra_fields(d)
        return response_ws_error

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
from ..models.error_payload import ErrorPayload  # noqa: E402
