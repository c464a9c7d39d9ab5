# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CodeInterpreterFileOutput")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "files",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CodeInterpreterFileOutput:
    """Schema `CodeInterpreterFileOutput`.

    Attributes:
        type_ (Literal['files']): Always 'files'.
        files (list[CodeInterpreterFileOutputFilesItem]):
    """

    type_: Literal["files"]
    files: list[CodeInterpreterFileOutputFilesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['files']", d["type"])
        if type_ != "files":
            raise ValueError(f"type must match const 'files', got '{type_}'")

        files = []
        _files = d["files"]
        for files_item_data in _files:
            files_item = CodeInterpreterFileOutputFilesItem.from_dict(files_item_data)

            files.append(files_item)

        code_interpreter_file_output = cls(
            type_=type_,
            files=files,
        )

        code_interpreter_file_output.additional_properties = _extra_fields(d)
        return code_interpreter_file_output

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
from ..models.code_interpreter_file_output_files_item import CodeInterpreterFileOutputFilesItem  # noqa: E402
