# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys

T = TypeVar("T", bound="GraderLabelModel")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "model",
        "input",
        "labels",
        "passing_labels",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class GraderLabelModel(_Model):
    """Schema `GraderLabelModel`.

    Attributes:
        type (Literal['label_model']): Always 'label_model'.
        name (str):
        model (str):
        input (list[EvalItem]):
        labels (list[str]):
        passing_labels (list[str]):
    """

    type: Literal["label_model"]
    name: str
    model: str
    input: list[EvalItem]
    labels: list[str]
    passing_labels: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "name",
        "model",
        "input",
        "labels",
        "passing_labels",
    )
    _oc_consts = {"type": "label_model"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["name"] = self.name
        field_dict["model"] = self.model
        field_dict["input"] = dump(self.input)
        field_dict["labels"] = self.labels
        field_dict["passing_labels"] = self.passing_labels
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
        name = d.get("name")
        model = d.get("model")
        _input_ = d.get("input")
        input_ = (
            [(EvalItem.from_dict(_i0) if isinstance(_i0, dict) else _i0) for _i0 in _input_]
            if isinstance(_input_, list)
            else _input_
        )
        labels = d.get("labels")
        passing_labels = d.get("passing_labels")
        grader_label_model = cls(
            type=type_,
            name=name,
            model=model,
            input=input_,
            labels=labels,
            passing_labels=passing_labels,
        )
        if (
            type_ is None
            or name is None
            or model is None
            or input_ is None
            or labels is None
            or passing_labels is None
        ):
            grader_label_model._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            grader_label_model.additional_properties = _extra_fields(d)
        return grader_label_model

    @property
    def type_(self) -> Literal["label_model"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["label_model"]) -> None:
        self.type = value

    @property
    def input_(self) -> list[EvalItem]:
        """The `input` field, under its former name."""
        return self.input

    @input_.setter
    def input_(self, value: list[EvalItem]) -> None:
        self.input = value

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
from ..models.eval_item import EvalItem  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
GraderLabelModel._oc_fields = (
    ("type", "type", True, ("const", "label_model")),
    ("name", "name", True, "string"),
    ("model", "model", True, "string"),
    ("input", "input", True, ("list", EvalItem)),
    ("labels", "labels", True, ("list", "string")),
    ("passing_labels", "passing_labels", True, ("list", "string")),
)
