# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateEvalJsonlRunDataSource")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "source",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateEvalJsonlRunDataSource:
    """Schema `CreateEvalJsonlRunDataSource`.

    Attributes:
        type_ (Literal['jsonl']): Always 'jsonl'.
        source (EvalJsonlFileContentSource | EvalJsonlFileIdSource):
    """

    type_: Literal["jsonl"]
    source: EvalJsonlFileContentSource | EvalJsonlFileIdSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        source: dict[str, Any]
        if isinstance(self.source, EvalJsonlFileContentSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['jsonl']", d["type"])
        if type_ != "jsonl":
            raise ValueError(f"type must match const 'jsonl', got '{type_}'")

        def _parse_source(data: object) -> EvalJsonlFileContentSource | EvalJsonlFileIdSource:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = EvalJsonlFileContentSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_1 = EvalJsonlFileIdSource.from_dict(data)

            return source_type_1

        source = _parse_source(d["source"])

        create_eval_jsonl_run_data_source = cls(
            type_=type_,
            source=source,
        )

        create_eval_jsonl_run_data_source.additional_properties = _extra_fields(d)
        return create_eval_jsonl_run_data_source

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
from ..models.eval_jsonl_file_content_source import EvalJsonlFileContentSource  # noqa: E402
from ..models.eval_jsonl_file_id_source import EvalJsonlFileIdSource  # noqa: E402
