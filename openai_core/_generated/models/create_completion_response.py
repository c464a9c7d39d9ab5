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

T = TypeVar("T", bound="CreateCompletionResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateCompletionResponse(_Model):
    """Schema `CreateCompletionResponse`.

    Attributes:
        id (str):
        choices (list[CreateCompletionResponseChoicesItem]):
        created (int):
        model (str):
        system_fingerprint (str | Unset):
        object (Literal['text_completion'] | Unset): Always 'text_completion'.
        usage (CompletionUsage | Unset): Schema `CompletionUsage`.
    """

    id: str
    choices: list[CreateCompletionResponseChoicesItem]
    created: int
    model: str
    system_fingerprint: str | Unset = UNSET
    object: Literal["text_completion"] | Unset = UNSET
    usage: CompletionUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "choices",
        "created",
        "model",
    )
    _oc_consts = {"object": "text_completion"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["choices"] = dump(self.choices)
        field_dict["created"] = self.created
        field_dict["model"] = self.model
        if self.system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = self.system_fingerprint
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.usage is not UNSET:
            field_dict["usage"] = dump(self.usage)
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
        _choices = d.get("choices")
        choices = (
            [
                (
                    CreateCompletionResponseChoicesItem.from_dict(_i0)
                    if isinstance(_i0, dict)
                    else _i0
                )
                for _i0 in _choices
            ]
            if isinstance(_choices, list)
            else _choices
        )
        created = d.get("created")
        model = d.get("model")
        system_fingerprint = d.get("system_fingerprint", UNSET)
        object_ = d.get("object", UNSET)
        _usage = d.get("usage", UNSET)
        usage = CompletionUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        create_completion_response = cls(
            id=id,
            choices=choices,
            created=created,
            model=model,
            system_fingerprint=system_fingerprint,
            object=object_,
            usage=usage,
        )
        if id is None or choices is None or created is None or model is None:
            create_completion_response._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_completion_response.additional_properties = _extra_fields(d)
        return create_completion_response

    @property
    def object_(self) -> Literal["text_completion"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["text_completion"] | Unset) -> None:
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
from ..models.completion_usage import CompletionUsage  # noqa: E402
from ..models.create_completion_response_choices_item import CreateCompletionResponseChoicesItem  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateCompletionResponse._oc_fields = (
    ("id", "id", True, "string"),
    ("choices", "choices", True, ("list", CreateCompletionResponseChoicesItem)),
    ("created", "created", True, "integer"),
    ("model", "model", True, "string"),
    ("system_fingerprint", "system_fingerprint", False, "string"),
    ("object", "object", False, ("const", "text_completion")),
    ("usage", "usage", False, CompletionUsage),
)
