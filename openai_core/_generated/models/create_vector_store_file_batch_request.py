# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVectorStoreFileBatchRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "file_ids",
        "files",
        "chunking_strategy",
        "attributes",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateVectorStoreFileBatchRequest:
    """Schema `CreateVectorStoreFileBatchRequest`.

    Attributes:
        file_ids (list[str] | Unset): Items 1..2000.
        files (list[CreateVectorStoreFileRequest] | Unset): Items 1..2000.
        chunking_strategy (AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset): Schema
            `ChunkingStrategyRequestParam`.
        attributes (None | Unset | VectorStoreFileAttributesType0): Schema `VectorStoreFileAttributes`.
    """

    file_ids: list[str] | Unset = UNSET
    files: list[CreateVectorStoreFileRequest] | Unset = UNSET
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset
    ) = UNSET
    attributes: None | Unset | VectorStoreFileAttributesType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        chunking_strategy: dict[str, Any] | Unset
        if isinstance(self.chunking_strategy, Unset):
            chunking_strategy = UNSET
        elif isinstance(self.chunking_strategy, AutoChunkingStrategyRequestParam):
            chunking_strategy = self.chunking_strategy.to_dict()
        else:
            chunking_strategy = self.chunking_strategy.to_dict()

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, VectorStoreFileAttributesType0):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if files is not UNSET:
            field_dict["files"] = files
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        file_ids = cast("list[str]", d.get("file_ids", UNSET))

        _files = d.get("files", UNSET)
        files: list[CreateVectorStoreFileRequest] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = CreateVectorStoreFileRequest.from_dict(files_item_data)

                files.append(files_item)

        def _parse_chunking_strategy(
            data: object,
        ) -> AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chunking_strategy_request_param_type_0 = (
                    AutoChunkingStrategyRequestParam.from_dict(data)
                )

                return componentsschemas_chunking_strategy_request_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chunking_strategy_request_param_type_1 = (
                StaticChunkingStrategyRequestParam.from_dict(data)
            )

            return componentsschemas_chunking_strategy_request_param_type_1

        chunking_strategy = _parse_chunking_strategy(d.get("chunking_strategy", UNSET))

        def _parse_attributes(data: object) -> None | Unset | VectorStoreFileAttributesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_vector_store_file_attributes_type_0 = (
                    VectorStoreFileAttributesType0.from_dict(data)
                )

                return componentsschemas_vector_store_file_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Unset | VectorStoreFileAttributesType0", data)

        attributes = _parse_attributes(d.get("attributes", UNSET))

        create_vector_store_file_batch_request = cls(
            file_ids=file_ids,
            files=files,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
        )

        create_vector_store_file_batch_request.additional_properties = _extra_fields(d)
        return create_vector_store_file_batch_request

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
from ..models.auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam  # noqa: E402
from ..models.create_vector_store_file_request import CreateVectorStoreFileRequest  # noqa: E402
from ..models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam  # noqa: E402
from ..models.vector_store_file_attributes_type_0 import VectorStoreFileAttributesType0  # noqa: E402
