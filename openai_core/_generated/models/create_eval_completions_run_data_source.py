# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEvalCompletionsRunDataSource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "source",
        "input_messages",
        "sampling_params",
        "model",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_source(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "file_content":
            return EvalJsonlFileContentSource.from_dict(data)
        if tag == "file_id":
            return EvalJsonlFileIdSource.from_dict(data)
        if tag == "stored_completions":
            return EvalStoredCompletionsSource.from_dict(data)
        return _choose_source(data)
    return data


def _read_input_messages(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "template":
            return CreateEvalCompletionsRunDataSourceInputMessagesType0.from_dict(data)
        if tag == "item_reference":
            return CreateEvalCompletionsRunDataSourceInputMessagesType1.from_dict(data)
        return _choose_input_messages(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateEvalCompletionsRunDataSource(_Model):
    """Schema `CreateEvalCompletionsRunDataSource`.

    Attributes:
        type (Literal['completions']): Always 'completions'.
        source (EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalStoredCompletionsSource):
        input_messages (CreateEvalCompletionsRunDataSourceInputMessagesType0 |
            CreateEvalCompletionsRunDataSourceInputMessagesType1 | Unset):
        sampling_params (CreateEvalCompletionsRunDataSourceSamplingParams | Unset):
        model (str | Unset):
    """

    type: Literal["completions"]
    source: EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalStoredCompletionsSource
    input_messages: (
        CreateEvalCompletionsRunDataSourceInputMessagesType0
        | CreateEvalCompletionsRunDataSourceInputMessagesType1
        | Unset
    ) = UNSET
    sampling_params: CreateEvalCompletionsRunDataSourceSamplingParams | Unset = UNSET
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "source",
    )
    _oc_consts = {"type": "completions"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["source"] = dump(self.source)
        if self.input_messages is not UNSET:
            field_dict["input_messages"] = dump(self.input_messages)
        if self.sampling_params is not UNSET:
            field_dict["sampling_params"] = dump(self.sampling_params)
        if self.model is not UNSET:
            field_dict["model"] = self.model
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
        _source = d.get("source")
        source = _read_source(_source)
        _input_messages = d.get("input_messages", UNSET)
        input_messages = _read_input_messages(_input_messages)
        _sampling_params = d.get("sampling_params", UNSET)
        sampling_params = (
            CreateEvalCompletionsRunDataSourceSamplingParams.from_dict(_sampling_params)
            if isinstance(_sampling_params, dict)
            else _sampling_params
        )
        model = d.get("model", UNSET)
        create_eval_completions_run_data_source = cls(
            type=type_,
            source=source,
            input_messages=input_messages,
            sampling_params=sampling_params,
            model=model,
        )
        if type_ is None or source is None:
            create_eval_completions_run_data_source._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            create_eval_completions_run_data_source.additional_properties = _extra_fields(d)
        return create_eval_completions_run_data_source

    @property
    def type_(self) -> Literal["completions"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["completions"]) -> None:
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
from ..models.create_eval_completions_run_data_source_input_messages_type_0 import (
    CreateEvalCompletionsRunDataSourceInputMessagesType0,  # noqa: E402
)
from ..models.create_eval_completions_run_data_source_input_messages_type_1 import (
    CreateEvalCompletionsRunDataSourceInputMessagesType1,  # noqa: E402
)
from ..models.create_eval_completions_run_data_source_sampling_params import (
    CreateEvalCompletionsRunDataSourceSamplingParams,  # noqa: E402
)
from ..models.eval_jsonl_file_content_source import EvalJsonlFileContentSource  # noqa: E402
from ..models.eval_jsonl_file_id_source import EvalJsonlFileIdSource  # noqa: E402
from ..models.eval_stored_completions_source import EvalStoredCompletionsSource  # noqa: E402

_choose_source = ModelChoice(
    EvalJsonlFileContentSource, EvalJsonlFileIdSource, EvalStoredCompletionsSource
)
_choose_input_messages = ModelChoice(
    CreateEvalCompletionsRunDataSourceInputMessagesType0,
    CreateEvalCompletionsRunDataSourceInputMessagesType1,
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateEvalCompletionsRunDataSource._oc_fields = (
    ("type", "type", True, ("const", "completions")),
    (
        "source",
        "source",
        True,
        (
            "union",
            (
                EvalJsonlFileContentSource,
                EvalJsonlFileIdSource,
                EvalStoredCompletionsSource,
            ),
        ),
    ),
    (
        "input_messages",
        "input_messages",
        False,
        (
            "union",
            (
                CreateEvalCompletionsRunDataSourceInputMessagesType0,
                CreateEvalCompletionsRunDataSourceInputMessagesType1,
            ),
        ),
    ),
    ("sampling_params", "sampling_params", False, CreateEvalCompletionsRunDataSourceSamplingParams),
    ("model", "model", False, "string"),
)
