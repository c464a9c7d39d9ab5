# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.create_batch_request_endpoint import (
    CreateBatchRequestEndpoint,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBatchRequest")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
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
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class CreateBatchRequest(_Model):
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

    _oc_wire = _FIELDS
    _oc_required = (
        "input_file_id",
        "endpoint",
        "completion_window",
    )
    _oc_consts = {"completion_window": "24h"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["input_file_id"] = self.input_file_id
        field_dict["endpoint"] = self.endpoint
        field_dict["completion_window"] = self.completion_window
        if self.metadata is not UNSET:
            field_dict["metadata"] = dump(self.metadata)
        if self.output_expires_after is not UNSET:
            field_dict["output_expires_after"] = dump(self.output_expires_after)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        input_file_id = d.get("input_file_id")
        endpoint = d.get("endpoint")
        completion_window = d.get("completion_window")
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        _output_expires_after = d.get("output_expires_after", UNSET)
        output_expires_after = (
            BatchFileExpirationAfter.from_dict(_output_expires_after)
            if isinstance(_output_expires_after, dict)
            else _output_expires_after
        )
        create_batch_request = cls(
            input_file_id=input_file_id,
            endpoint=endpoint,
            completion_window=completion_window,
            metadata=metadata,
            output_expires_after=output_expires_after,
        )
        if input_file_id is None or endpoint is None or completion_window is None:
            create_batch_request._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
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

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
CreateBatchRequest._oc_fields = (
    ("input_file_id", "input_file_id", True, "string"),
    (
        "endpoint",
        "endpoint",
        True,
        (
            "enum",
            "CreateBatchRequestEndpoint",
            (
                "/v1/chat/completions",
                "/v1/completions",
                "/v1/embeddings",
                "/v1/images/edits",
                "/v1/images/generations",
                "/v1/moderations",
                "/v1/responses",
                "/v1/videos",
            ),
        ),
    ),
    ("completion_window", "completion_window", True, ("const", "24h")),
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
    ("output_expires_after", "output_expires_after", False, BatchFileExpirationAfter),
)
