# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GraderScoreModel")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "model",
        "input",
        "sampling_params",
        "range",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class GraderScoreModel:
    """Schema `GraderScoreModel`.

    Attributes:
        type_ (Literal['score_model']): Always 'score_model'.
        name (str):
        model (str):
        input_ (list[EvalItem]):
        sampling_params (GraderScoreModelSamplingParams | Unset):
        range_ (list[float] | Unset):
    """

    type_: Literal["score_model"]
    name: str
    model: str
    input_: list[EvalItem]
    sampling_params: GraderScoreModelSamplingParams | Unset = UNSET
    range_: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        model = self.model

        input_ = []
        for input_item_data in self.input_:
            input_item = input_item_data.to_dict()
            input_.append(input_item)

        sampling_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sampling_params, Unset):
            sampling_params = self.sampling_params.to_dict()

        range_: list[float] | Unset = UNSET
        if not isinstance(self.range_, Unset):
            range_ = self.range_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "model": model,
                "input": input_,
            }
        )
        if sampling_params is not UNSET:
            field_dict["sampling_params"] = sampling_params
        if range_ is not UNSET:
            field_dict["range"] = range_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['score_model']", d["type"])
        if type_ != "score_model":
            raise ValueError(f"type must match const 'score_model', got '{type_}'")

        name = d["name"]

        model = d["model"]

        input_ = []
        _input_ = d["input"]
        for input_item_data in _input_:
            input_item = EvalItem.from_dict(input_item_data)

            input_.append(input_item)

        _sampling_params = d.get("sampling_params", UNSET)
        sampling_params: GraderScoreModelSamplingParams | Unset
        if isinstance(_sampling_params, Unset):
            sampling_params = UNSET
        else:
            sampling_params = GraderScoreModelSamplingParams.from_dict(_sampling_params)

        range_ = cast("list[float]", d.get("range", UNSET))

        grader_score_model = cls(
            type_=type_,
            name=name,
            model=model,
            input_=input_,
            sampling_params=sampling_params,
            range_=range_,
        )

        grader_score_model.additional_properties = _extra_fields(d)
        return grader_score_model

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
from ..models.grader_score_model_sampling_params import GraderScoreModelSamplingParams  # noqa: E402
