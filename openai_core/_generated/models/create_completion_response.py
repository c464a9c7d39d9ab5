# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCompletionResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "choices",
        "created",
        "model",
        "system_fingerprint",
        "object",
        "usage",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateCompletionResponse:
    """Schema `CreateCompletionResponse`.

    Attributes:
        id (str):
        choices (list[CreateCompletionResponseChoicesItem]):
        created (int):
        model (str):
        system_fingerprint (str | Unset):
        object_ (Literal['text_completion'] | Unset): Always 'text_completion'.
        usage (CompletionUsage | Unset): Schema `CompletionUsage`.
    """

    id: str
    choices: list[CreateCompletionResponseChoicesItem]
    created: int
    model: str
    system_fingerprint: str | Unset = UNSET
    object_: Literal["text_completion"] | Unset = UNSET
    usage: CompletionUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        created = self.created

        model = self.model

        system_fingerprint = self.system_fingerprint

        object_ = self.object_

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "choices": choices,
                "created": created,
                "model": model,
            }
        )
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if object_ is not UNSET:
            field_dict["object"] = object_
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        choices = []
        _choices = d["choices"]
        for choices_item_data in _choices:
            choices_item = CreateCompletionResponseChoicesItem.from_dict(choices_item_data)

            choices.append(choices_item)

        created = d["created"]

        model = d["model"]

        system_fingerprint = d.get("system_fingerprint", UNSET)

        object_ = cast("Literal['text_completion'] | Unset", d.get("object", UNSET))
        if object_ != "text_completion" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'text_completion', got '{object_}'")

        _usage = d.get("usage", UNSET)
        usage: CompletionUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = CompletionUsage.from_dict(_usage)

        create_completion_response = cls(
            id=id,
            choices=choices,
            created=created,
            model=model,
            system_fingerprint=system_fingerprint,
            object_=object_,
            usage=usage,
        )

        create_completion_response.additional_properties = _extra_fields(d)
        return create_completion_response

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
from ..models.completion_usage import CompletionUsage  # noqa: E402
from ..models.create_completion_response_choices_item import CreateCompletionResponseChoicesItem  # noqa: E402
