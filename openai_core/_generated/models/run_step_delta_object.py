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

T = TypeVar("T", bound="RunStepDeltaObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "delta",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class RunStepDeltaObject(_Model):
    """Schema `RunStepDeltaObject`.

    Attributes:
        id (str):
        delta (RunStepDeltaObjectDelta):
        object (Literal['thread.run.step.delta'] | Unset): Always 'thread.run.step.delta'.
    """

    id: str
    delta: RunStepDeltaObjectDelta
    object: Literal["thread.run.step.delta"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "delta",
    )
    _oc_consts = {"object": "thread.run.step.delta"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["delta"] = dump(self.delta)
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
        id = d.get("id")
        _delta = d.get("delta")
        delta = RunStepDeltaObjectDelta.from_dict(_delta) if isinstance(_delta, dict) else _delta
        object_ = d.get("object", UNSET)
        run_step_delta_object = cls(
            id=id,
            delta=delta,
            object=object_,
        )
        if id is None or delta is None:
            run_step_delta_object._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            run_step_delta_object.additional_properties = _extra_fields(d)
        return run_step_delta_object

    @property
    def object_(self) -> Literal["thread.run.step.delta"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["thread.run.step.delta"] | Unset) -> None:
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
from ..models.run_step_delta_object_delta import RunStepDeltaObjectDelta  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
RunStepDeltaObject._oc_fields = (
    ("id", "id", True, "string"),
    ("delta", "delta", True, RunStepDeltaObjectDelta),
    ("object", "object", False, ("const", "thread.run.step.delta")),
)
