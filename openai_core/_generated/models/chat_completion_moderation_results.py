# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="ChatCompletionModerationResults")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "model",
        "results",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ChatCompletionModerationResults(_Model):
    """Schema `ChatCompletionModerationResults`.

    Attributes:
        type (Literal['moderation_results']): Always 'moderation_results'.
        model (str):
        results (list[ModerationResultBody]):
    """

    type: Literal["moderation_results"]
    model: str
    results: list[ModerationResultBody]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "model",
        "results",
    )
    _oc_consts = {"type": "moderation_results"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["model"] = self.model
        field_dict["results"] = dump(self.results)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        model = d.get("model")
        _results = d.get("results")
        results = (
            [
                (ModerationResultBody.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _results
            ]
            if isinstance(_results, list)
            else _results
        )
        chat_completion_moderation_results = cls(
            type=type_,
            model=model,
            results=results,
        )
        if type_ is None or model is None or results is None:
            chat_completion_moderation_results._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            chat_completion_moderation_results.additional_properties = _extra_fields(d)
        return chat_completion_moderation_results

    @property
    def type_(self) -> Literal["moderation_results"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["moderation_results"]) -> None:
        self.type = value

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
from ..models.moderation_result_body import ModerationResultBody  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ChatCompletionModerationResults._oc_fields = (
    ("type", "type", True, ("const", "moderation_results")),
    ("model", "model", True, "string"),
    ("results", "results", True, ("list", ModerationResultBody)),
)
