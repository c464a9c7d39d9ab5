# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEvalRunRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "data_source",
        "name",
        "metadata",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_data_source(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "jsonl":
            return CreateEvalJsonlRunDataSource.from_dict(data)
        if tag == "completions":
            return CreateEvalCompletionsRunDataSource.from_dict(data)
        if tag == "responses":
            return CreateEvalResponsesRunDataSource.from_dict(data)
        return _choose_data_source(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateEvalRunRequest(_Model):
    """Schema `CreateEvalRunRequest`.

    Attributes:
        data_source (CreateEvalCompletionsRunDataSource | CreateEvalJsonlRunDataSource |
            CreateEvalResponsesRunDataSource):
        name (str | Unset):
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
    """

    data_source: (
        CreateEvalCompletionsRunDataSource
        | CreateEvalJsonlRunDataSource
        | CreateEvalResponsesRunDataSource
    )
    name: str | Unset = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = ("data_source",)
    _oc_consts = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data_source"] = dump(self.data_source)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        _data_source = d.get("data_source")
        data_source = _read_data_source(_data_source)
        name = d.get("name", UNSET)
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        create_eval_run_request = cls(
            data_source=data_source,
            name=name,
            metadata=metadata,
        )
        if data_source is None:
            create_eval_run_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_eval_run_request.additional_properties = _extra_fields(d)
        return create_eval_run_request

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
from ..models.create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource  # noqa: E402
from ..models.create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource  # noqa: E402
from ..models.create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402

_choose_data_source = ModelChoice(
    CreateEvalJsonlRunDataSource,
    CreateEvalCompletionsRunDataSource,
    CreateEvalResponsesRunDataSource,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateEvalRunRequest._oc_fields = (
    (
        "data_source",
        "data_source",
        True,
        (
            "union",
            (
                CreateEvalJsonlRunDataSource,
                CreateEvalCompletionsRunDataSource,
                CreateEvalResponsesRunDataSource,
            ),
        ),
    ),
    ("name", "name", False, "string"),
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
)
