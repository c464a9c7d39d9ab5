# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EvalGraderLabelModel")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class EvalGraderLabelModel:
    """Schema `EvalGraderLabelModel`.

    Attributes:
        type_ (Literal['label_model']): Always 'label_model'.
        name (str):
        model (str):
        input_ (list[EvalItem]):
        labels (list[str]):
        passing_labels (list[str]):
    """

    type_: Literal["label_model"]
    name: str
    model: str
    input_: list[EvalItem]
    labels: list[str]
    passing_labels: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        model = self.model

        input_ = []
        for input_item_data in self.input_:
            input_item = input_item_data.to_dict()
            input_.append(input_item)

        labels = self.labels

        passing_labels = self.passing_labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "model": model,
                "input": input_,
                "labels": labels,
                "passing_labels": passing_labels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['label_model']", d["type"])
        if type_ != "label_model":
            raise ValueError(f"type must match const 'label_model', got '{type_}'")

        name = d["name"]

        model = d["model"]

        input_ = []
        _input_ = d["input"]
        for input_item_data in _input_:
            input_item = EvalItem.from_dict(input_item_data)

            input_.append(input_item)

        labels = cast("list[str]", d["labels"])

        passing_labels = cast("list[str]", d["passing_labels"])

        eval_grader_label_model = cls(
            type_=type_,
            name=name,
            model=model,
            input_=input_,
            labels=labels,
            passing_labels=passing_labels,
        )

        eval_grader_label_model.additional_properties = _extra_fields(d)
        return eval_grader_label_model

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
