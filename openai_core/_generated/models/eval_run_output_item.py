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

T = TypeVar("T", bound="EvalRunOutputItem")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class EvalRunOutputItem(_Model):
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
        object (Literal['eval.run.output_item'] | Unset): Always 'eval.run.output_item'.
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
    object: Literal["eval.run.output_item"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "run_id",
        "eval_id",
        "created_at",
        "status",
        "datasource_item_id",
        "datasource_item",
        "results",
        "sample",
    )
    _oc_consts = {"object": "eval.run.output_item"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["run_id"] = self.run_id
        field_dict["eval_id"] = self.eval_id
        field_dict["created_at"] = self.created_at
        field_dict["status"] = self.status
        field_dict["datasource_item_id"] = self.datasource_item_id
        field_dict["datasource_item"] = dump(self.datasource_item)
        field_dict["results"] = dump(self.results)
        field_dict["sample"] = dump(self.sample)
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
        run_id = d.get("run_id")
        eval_id = d.get("eval_id")
        created_at = d.get("created_at")
        status = d.get("status")
        datasource_item_id = d.get("datasource_item_id")
        _datasource_item = d.get("datasource_item")
        datasource_item = (
            EvalRunOutputItemDatasourceItem.from_dict(_datasource_item)
            if isinstance(_datasource_item, dict)
            else _datasource_item
        )
        _results = d.get("results")
        results = (
            [
                (EvalRunOutputItemResult.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _results
            ]
            if isinstance(_results, list)
            else _results
        )
        _sample = d.get("sample")
        sample = (
            EvalRunOutputItemSample.from_dict(_sample) if isinstance(_sample, dict) else _sample
        )
        object_ = d.get("object", UNSET)
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
            object=object_,
        )
        if (
            id is None
            or run_id is None
            or eval_id is None
            or created_at is None
            or status is None
            or datasource_item_id is None
            or datasource_item is None
            or results is None
            or sample is None
        ):
            eval_run_output_item._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            eval_run_output_item.additional_properties = _extra_fields(d)
        return eval_run_output_item

    @property
    def object_(self) -> Literal["eval.run.output_item"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["eval.run.output_item"] | Unset) -> None:
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
from ..models.eval_run_output_item_datasource_item import EvalRunOutputItemDatasourceItem  # noqa: E402
from ..models.eval_run_output_item_result import EvalRunOutputItemResult  # noqa: E402
from ..models.eval_run_output_item_sample import EvalRunOutputItemSample  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
EvalRunOutputItem._oc_fields = (
    ("id", "id", True, "string"),
    ("run_id", "run_id", True, "string"),
    ("eval_id", "eval_id", True, "string"),
    ("created_at", "created_at", True, "integer"),
    ("status", "status", True, "string"),
    ("datasource_item_id", "datasource_item_id", True, "integer"),
    ("datasource_item", "datasource_item", True, EvalRunOutputItemDatasourceItem),
    ("results", "results", True, ("list", EvalRunOutputItemResult)),
    ("sample", "sample", True, EvalRunOutputItemSample),
    ("object", "object", False, ("const", "eval.run.output_item")),
)
