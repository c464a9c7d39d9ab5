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

T = TypeVar("T", bound="EvalStoredCompletionsSource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "metadata",
        "model",
        "created_after",
        "created_before",
        "limit",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class EvalStoredCompletionsSource(_Model):
    """Schema `EvalStoredCompletionsSource`.

    Attributes:
        type (Literal['stored_completions']): Always 'stored_completions'.
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
        model (None | str | Unset):
        created_after (int | None | Unset):
        created_before (int | None | Unset):
        limit (int | None | Unset):
    """

    type: Literal["stored_completions"]
    metadata: MetadataType0 | None | Unset = UNSET
    model: None | str | Unset = UNSET
    created_after: int | None | Unset = UNSET
    created_before: int | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("type",)
    _oc_consts = {"type": "stored_completions"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.created_after is not UNSET:
            field_dict["created_after"] = self.created_after
        if self.created_before is not UNSET:
            field_dict["created_before"] = self.created_before
        if self.limit is not UNSET:
            field_dict["limit"] = self.limit
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
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        model = d.get("model", UNSET)
        created_after = d.get("created_after", UNSET)
        created_before = d.get("created_before", UNSET)
        limit = d.get("limit", UNSET)
        eval_stored_completions_source = cls(
            type=type_,
            metadata=metadata,
            model=model,
            created_after=created_after,
            created_before=created_before,
            limit=limit,
        )
        if type_ is None:
            eval_stored_completions_source._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            eval_stored_completions_source.additional_properties = _extra_fields(d)
        return eval_stored_completions_source

    @property
    def type_(self) -> Literal["stored_completions"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["stored_completions"]) -> None:
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
from ..models.metadata_type_0 import MetadataType0  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
EvalStoredCompletionsSource._oc_fields = (
    ("type", "type", True, ("const", "stored_completions")),
    (
        "metadata",
        "metadata",
        False,
        (
            "union",
            (
                MetadataType0,
                "null",
            ),
        ),
    ),
    (
        "model",
        "model",
        False,
        (
            "union",
            (
                "string",
                "null",
            ),
        ),
    ),
    (
        "created_after",
        "created_after",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "created_before",
        "created_before",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
    (
        "limit",
        "limit",
        False,
        (
            "union",
            (
                "integer",
                "null",
            ),
        ),
    ),
)
