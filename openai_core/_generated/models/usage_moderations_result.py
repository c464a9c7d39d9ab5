# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageModerationsResult")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "input_tokens",
        "num_model_requests",
        "object",
        "project_id",
        "user_id",
        "api_key_id",
        "model",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class UsageModerationsResult:
    """Schema `UsageModerationsResult`.

    Attributes:
        input_tokens (int):
        num_model_requests (int):
        object_ (Literal['organization.usage.moderations.result'] | Unset): Always
            'organization.usage.moderations.result'.
        project_id (None | str | Unset):
        user_id (None | str | Unset):
        api_key_id (None | str | Unset):
        model (None | str | Unset):
    """

    input_tokens: int
    num_model_requests: int
    object_: Literal["organization.usage.moderations.result"] | Unset = UNSET
    project_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    api_key_id: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        num_model_requests = self.num_model_requests

        object_ = self.object_

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        api_key_id: None | str | Unset
        if isinstance(self.api_key_id, Unset):
            api_key_id = UNSET
        else:
            api_key_id = self.api_key_id

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "num_model_requests": num_model_requests,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_tokens = d["input_tokens"]

        num_model_requests = d["num_model_requests"]

        object_ = cast(
            "Literal['organization.usage.moderations.result'] | Unset", d.get("object", UNSET)
        )
        if object_ != "organization.usage.moderations.result" and not isinstance(object_, Unset):
            raise ValueError(
                f"object must match const 'organization.usage.moderations.result', got '{object_}'"
            )

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        project_id = _parse_project_id(d.get("project_id", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        user_id = _parse_user_id(d.get("user_id", UNSET))

        def _parse_api_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        api_key_id = _parse_api_key_id(d.get("api_key_id", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        model = _parse_model(d.get("model", UNSET))

        usage_moderations_result = cls(
            input_tokens=input_tokens,
            num_model_requests=num_model_requests,
            object_=object_,
            project_id=project_id,
            user_id=user_id,
            api_key_id=api_key_id,
            model=model,
        )

        usage_moderations_result.additional_properties = _extra_fields(d)
        return usage_moderations_result

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
