# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_payload_headers import ErrorPayloadHeaders


T = TypeVar("T", bound="ErrorPayload")


@_attrs_define
class ErrorPayload:
    """Schema `ErrorPayload`.

    Attributes:
        type_ (str):
        code (None | str):
        message (str):
        param (None | str):
        headers (ErrorPayloadHeaders | Unset):
    """

    type_: str
    code: None | str
    message: str
    param: None | str
    headers: ErrorPayloadHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        code: None | str
        code = self.code

        message = self.message

        param: None | str
        param = self.param

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "code": code,
                "message": message,
                "param": param,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_payload_headers import ErrorPayloadHeaders  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code = _parse_code(d.pop("code"))

        message = d.pop("message")

        def _parse_param(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        param = _parse_param(d.pop("param"))

        _headers = d.pop("headers", UNSET)
        headers: ErrorPayloadHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ErrorPayloadHeaders.from_dict(_headers)

        error_payload = cls(
            type_=type_,
            code=code,
            message=message,
            param=param,
            headers=headers,
        )

        error_payload.additional_properties = d
        return error_payload

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
