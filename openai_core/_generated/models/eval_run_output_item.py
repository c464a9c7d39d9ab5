# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalRunOutputItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "run_id",
        "eval_id",
        "created_at",
        "status",
        "datasource_item_id",
        "datasource_item",
        "results",
        "sample",
        "object",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class EvalRunOutputItem:
    """Schema `EvalRunOutputItem`.

    Attributes:
        id (str):
        run_id (str):
        eval_id (str):
        created_at (int):
        status (str):
        datasource_item_id (int):
        datasource_item (EvalRunOutputItemDatasourceItem):
        results (list[EvalRunOutputItemResult]):
        sample (EvalRunOutputItemSample):
        object_ (Literal['eval.run.output_item'] | Unset): Always 'eval.run.output_item'.
    """

    id: str
    run_id: str
    eval_id: str
    created_at: int
    status: str
    datasource_item_id: int
    datasource_item: EvalRunOutputItemDatasourceItem
    results: list[EvalRunOutputItemResult]
    sample: EvalRunOutputItemSample
    object_: Literal["eval.run.output_item"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_id = self.run_id

        eval_id = self.eval_id

        created_at = self.created_at

        status = self.status

        datasource_item_id = self.datasource_item_id

        datasource_item = self.datasource_item.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        sample = self.sample.to_dict()

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "run_id": run_id,
                "eval_id": eval_id,
                "created_at": created_at,
                "status": status,
                "datasource_item_id": datasource_item_id,
                "datasource_item": datasource_item,
                "results": results,
                "sample": sample,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        run_id = d["run_id"]

        eval_id = d["eval_id"]

        created_at = d["created_at"]

        status = d["status"]

        datasource_item_id = d["datasource_item_id"]

        datasource_item = EvalRunOutputItemDatasourceItem.from_dict(d["datasource_item"])

        results = []
        _results = d["results"]
        for results_item_data in _results:
            results_item = EvalRunOutputItemResult.from_dict(results_item_data)

            results.append(results_item)

        sample = EvalRunOutputItemSample.from_dict(d["sample"])

        object_ = cast("Literal['eval.run.output_item'] | Unset", d.get("object", UNSET))
        if object_ != "eval.run.output_item" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'eval.run.output_item', got '{object_}'")

        eval_run_output_item = cls(
            id=id,
            run_id=run_id,
            eval_id=eval_id,
            created_at=created_at,
            status=status,
            datasource_item_id=datasource_item_id,
            datasource_item=datasource_item,
            results=results,
            sample=sample,
            object_=object_,
        )

        eval_run_output_item.additional_properties = _extra_fields(d)
        return eval_run_output_item

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
from ..models.eval_run_output_item_datasource_item import EvalRunOutputItemDatasourceItem  # noqa: E402
from ..models.eval_run_output_item_result import EvalRunOutputItemResult  # noqa: E402
from ..models.eval_run_output_item_sample import EvalRunOutputItemSample  # noqa: E402
