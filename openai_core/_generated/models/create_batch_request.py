# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_batch_request_endpoint import (
    CreateBatchRequestEndpoint,
    check_create_batch_request_endpoint,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBatchRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "input_file_id",
        "endpoint",
        "completion_window",
        "metadata",
        "output_expires_after",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateBatchRequest:
    """Schema `CreateBatchRequest`.

    Attributes:
        input_file_id (str):
        endpoint (CreateBatchRequestEndpoint): One of: '/v1/responses', '/v1/chat/completions', '/v1/embeddings',
            '/v1/completions', '/v1/moderations', '/v1/images/generations', '/v1/images/edits', '/v1/videos' (others kept).
        completion_window (Literal['24h']): Always '24h'.
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
        output_expires_after (BatchFileExpirationAfter | Unset): Schema `BatchFileExpirationAfter`.
    """

    input_file_id: str
    endpoint: CreateBatchRequestEndpoint
    completion_window: Literal["24h"]
    metadata: MetadataType0 | None | Unset = UNSET
    output_expires_after: BatchFileExpirationAfter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_file_id = self.input_file_id

        endpoint: str = self.endpoint

        completion_window = self.completion_window

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        output_expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_expires_after, Unset):
            output_expires_after = self.output_expires_after.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_file_id": input_file_id,
                "endpoint": endpoint,
                "completion_window": completion_window,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output_expires_after is not UNSET:
            field_dict["output_expires_after"] = output_expires_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_file_id = d["input_file_id"]

        endpoint = check_create_batch_request_endpoint(d["endpoint"])

        completion_window = cast("Literal['24h']", d["completion_window"])
        if completion_window != "24h":
            raise ValueError(f"completion_window must match const '24h', got '{completion_window}'")

        def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MetadataType0 | None | Unset", data)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        _output_expires_after = d.get("output_expires_after", UNSET)
        output_expires_after: BatchFileExpirationAfter | Unset
        if isinstance(_output_expires_after, Unset):
            output_expires_after = UNSET
        else:
            output_expires_after = BatchFileExpirationAfter.from_dict(_output_expires_after)

        create_batch_request = cls(
            input_file_id=input_file_id,
            endpoint=endpoint,
            completion_window=completion_window,
            metadata=metadata,
            output_expires_after=output_expires_after,
        )

        create_batch_request.additional_properties = _extra_fields(d)
        return create_batch_request

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
from ..models.batch_file_expiration_after import BatchFileExpirationAfter  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
