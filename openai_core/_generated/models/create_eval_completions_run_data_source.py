# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEvalCompletionsRunDataSource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateEvalCompletionsRunDataSource:
    """Schema `CreateEvalCompletionsRunDataSource`.

    Attributes:
        type_ (Literal['completions']): Always 'completions'.
        source (EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalStoredCompletionsSource):
        input_messages (CreateEvalCompletionsRunDataSourceInputMessagesType0 |
            CreateEvalCompletionsRunDataSourceInputMessagesType1 | Unset):
        sampling_params (CreateEvalCompletionsRunDataSourceSamplingParams | Unset):
        model (str | Unset):
    """

    type_: Literal["completions"]
    source: EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalStoredCompletionsSource
    input_messages: (
        CreateEvalCompletionsRunDataSourceInputMessagesType0
        | CreateEvalCompletionsRunDataSourceInputMessagesType1
        | Unset
    ) = UNSET
    sampling_params: CreateEvalCompletionsRunDataSourceSamplingParams | Unset = UNSET
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        source: dict[str, Any]
        if isinstance(self.source, EvalJsonlFileContentSource):
            source = self.source.to_dict()
        elif isinstance(self.source, EvalJsonlFileIdSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        input_messages: dict[str, Any] | Unset
        if isinstance(self.input_messages, Unset):
            input_messages = UNSET
        elif isinstance(self.input_messages, CreateEvalCompletionsRunDataSourceInputMessagesType0):
            input_messages = self.input_messages.to_dict()
        else:
            input_messages = self.input_messages.to_dict()

        sampling_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sampling_params, Unset):
            sampling_params = self.sampling_params.to_dict()

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source": source,
            }
        )
        if input_messages is not UNSET:
            field_dict["input_messages"] = input_messages
        if sampling_params is not UNSET:
            field_dict["sampling_params"] = sampling_params
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['completions']", d["type"])
        if type_ != "completions":
            raise ValueError(f"type must match const 'completions', got '{type_}'")

        def _parse_source(
            data: object,
        ) -> EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalStoredCompletionsSource:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = EvalJsonlFileContentSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = EvalJsonlFileIdSource.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_2 = EvalStoredCompletionsSource.from_dict(data)

            return source_type_2

        source = _parse_source(d["source"])

        def _parse_input_messages(
            data: object,
        ) -> (
            CreateEvalCompletionsRunDataSourceInputMessagesType0
            | CreateEvalCompletionsRunDataSourceInputMessagesType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_messages_type_0 = (
                    CreateEvalCompletionsRunDataSourceInputMessagesType0.from_dict(data)
                )

                return input_messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            input_messages_type_1 = CreateEvalCompletionsRunDataSourceInputMessagesType1.from_dict(
                data
            )

            return input_messages_type_1

        input_messages = _parse_input_messages(d.get("input_messages", UNSET))

        _sampling_params = d.get("sampling_params", UNSET)
        sampling_params: CreateEvalCompletionsRunDataSourceSamplingParams | Unset
        if isinstance(_sampling_params, Unset):
            sampling_params = UNSET
        else:
            sampling_params = CreateEvalCompletionsRunDataSourceSamplingParams.from_dict(
                _sampling_params
            )

        model = d.get("model", UNSET)

        create_eval_completions_run_data_source = cls(
            type_=type_,
            source=source,
            input_messages=input_messages,
            sampling_params=sampling_params,
            model=model,
        )

        create_eval_completions_run_data_source.additional_properties = _extra_fields(d)
        return create_eval_completions_run_data_source

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
