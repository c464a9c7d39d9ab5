# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateEvalLabelModelGrader")

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
class CreateEvalLabelModelGrader:
    """Schema `CreateEvalLabelModelGrader`.

    Attributes:
        type_ (Literal['label_model']): Always 'label_model'.
        name (str):
        model (str):
        input_ (list[CreateEvalItemType0 | EvalItem]):
        labels (list[str]):
        passing_labels (list[str]):
    """

    type_: Literal["label_model"]
    name: str
    model: str
    input_: list[CreateEvalItemType0 | EvalItem]
    labels: list[str]
    passing_labels: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        model = self.model

        input_ = []
        for input_item_data in self.input_:
            input_item: dict[str, Any]
            if isinstance(input_item_data, CreateEvalItemType0):
                input_item = input_item_data.to_dict()
            else:
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

            def _parse_input_item(data: object) -> CreateEvalItemType0 | EvalItem:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_create_eval_item_type_0 = CreateEvalItemType0.from_dict(data)

                    return componentsschemas_create_eval_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_eval_item_type_1 = EvalItem.from_dict(data)

                return componentsschemas_create_eval_item_type_1

            input_item = _parse_input_item(input_item_data)

            input_.append(input_item)

        labels = cast("list[str]", d["labels"])

        passing_labels = cast("list[str]", d["passing_labels"])

        create_eval_label_model_grader = cls(
            type_=type_,
            name=name,
            model=model,
            input_=input_,
            labels=labels,
            passing_labels=passing_labels,
        )

        create_eval_label_model_grader.additional_properties = _extra_fields(d)
        return create_eval_label_model_grader

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
from ..models.create_eval_item_type_0 import CreateEvalItemType0  # noqa: E402
from ..models.eval_item import EvalItem  # noqa: E402
