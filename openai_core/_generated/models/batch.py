# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.batch_status import BatchStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Batch")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "endpoint",
        "input_file_id",
        "completion_window",
        "status",
        "created_at",
        "object",
        "model",
        "errors",
        "output_file_id",
        "error_file_id",
        "in_progress_at",
        "expires_at",
        "finalizing_at",
        "completed_at",
        "failed_at",
        "expired_at",
        "cancelling_at",
        "cancelled_at",
        "request_counts",
        "usage",
        "metadata",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class Batch(_Model):
    """Schema `Batch`.

    Attributes:
        id (str):
        endpoint (str):
        input_file_id (str):
        completion_window (str):
        status (BatchStatus): One of: 'validating', 'failed', 'in_progress', 'finalizing', 'completed', 'expired',
            'cancelling', 'cancelled' (others kept).
        created_at (int):
        object (Literal['batch'] | Unset): Always 'batch'.
        model (str | Unset):
        errors (BatchErrors | Unset):
        output_file_id (str | Unset):
        error_file_id (str | Unset):
        in_progress_at (int | Unset):
        expires_at (int | Unset):
        finalizing_at (int | Unset):
        completed_at (int | Unset):
        failed_at (int | Unset):
        expired_at (int | Unset):
        cancelling_at (int | Unset):
        cancelled_at (int | Unset):
        request_counts (BatchRequestCounts | Unset): Schema `BatchRequestCounts`.
        usage (BatchUsage | Unset):
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
    """

    id: str
    endpoint: str
    input_file_id: str
    completion_window: str
    status: BatchStatus
    created_at: int
    object: Literal["batch"] | Unset = UNSET
    model: str | Unset = UNSET
    errors: BatchErrors | Unset = UNSET
    output_file_id: str | Unset = UNSET
    error_file_id: str | Unset = UNSET
    in_progress_at: int | Unset = UNSET
    expires_at: int | Unset = UNSET
    finalizing_at: int | Unset = UNSET
    completed_at: int | Unset = UNSET
    failed_at: int | Unset = UNSET
    expired_at: int | Unset = UNSET
    cancelling_at: int | Unset = UNSET
    cancelled_at: int | Unset = UNSET
    request_counts: BatchRequestCounts | Unset = UNSET
    usage: BatchUsage | Unset = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "endpoint",
        "input_file_id",
        "completion_window",
        "status",
        "created_at",
    )
    _oc_consts = {"object": "batch"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["endpoint"] = self.endpoint
        field_dict["input_file_id"] = self.input_file_id
        field_dict["completion_window"] = self.completion_window
        field_dict["status"] = self.status
        field_dict["created_at"] = self.created_at
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.errors is not UNSET:
            field_dict["errors"] = dump(self.errors)
        if self.output_file_id is not UNSET:
            field_dict["output_file_id"] = self.output_file_id
        if self.error_file_id is not UNSET:
            field_dict["error_file_id"] = self.error_file_id
        if self.in_progress_at is not UNSET:
            field_dict["in_progress_at"] = self.in_progress_at
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at
        if self.finalizing_at is not UNSET:
            field_dict["finalizing_at"] = self.finalizing_at
        if self.completed_at is not UNSET:
            field_dict["completed_at"] = self.completed_at
        if self.failed_at is not UNSET:
            field_dict["failed_at"] = self.failed_at
        if self.expired_at is not UNSET:
            field_dict["expired_at"] = self.expired_at
        if self.cancelling_at is not UNSET:
            field_dict["cancelling_at"] = self.cancelling_at
        if self.cancelled_at is not UNSET:
            field_dict["cancelled_at"] = self.cancelled_at
        if self.request_counts is not UNSET:
            field_dict["request_counts"] = dump(self.request_counts)
        if self.usage is not UNSET:
            field_dict["usage"] = dump(self.usage)
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
        id = d.get("id")
        endpoint = d.get("endpoint")
        input_file_id = d.get("input_file_id")
        completion_window = d.get("completion_window")
        status = d.get("status")
        created_at = d.get("created_at")
        object_ = d.get("object", UNSET)
        model = d.get("model", UNSET)
        _errors = d.get("errors", UNSET)
        errors = BatchErrors.from_dict(_errors) if isinstance(_errors, dict) else _errors
        output_file_id = d.get("output_file_id", UNSET)
        error_file_id = d.get("error_file_id", UNSET)
        in_progress_at = d.get("in_progress_at", UNSET)
        expires_at = d.get("expires_at", UNSET)
        finalizing_at = d.get("finalizing_at", UNSET)
        completed_at = d.get("completed_at", UNSET)
        failed_at = d.get("failed_at", UNSET)
        expired_at = d.get("expired_at", UNSET)
        cancelling_at = d.get("cancelling_at", UNSET)
        cancelled_at = d.get("cancelled_at", UNSET)
        _request_counts = d.get("request_counts", UNSET)
        request_counts = (
            BatchRequestCounts.from_dict(_request_counts)
            if isinstance(_request_counts, dict)
            else _request_counts
        )
        _usage = d.get("usage", UNSET)
        usage = BatchUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        _metadata = d.get("metadata", UNSET)
        metadata = MetadataType0.from_dict(_metadata) if isinstance(_metadata, dict) else _metadata
        batch = cls(
            id=id,
            endpoint=endpoint,
            input_file_id=input_file_id,
            completion_window=completion_window,
            status=status,
            created_at=created_at,
            object=object_,
            model=model,
            errors=errors,
            output_file_id=output_file_id,
            error_file_id=error_file_id,
            in_progress_at=in_progress_at,
            expires_at=expires_at,
            finalizing_at=finalizing_at,
            completed_at=completed_at,
            failed_at=failed_at,
            expired_at=expired_at,
            cancelling_at=cancelling_at,
            cancelled_at=cancelled_at,
            request_counts=request_counts,
            usage=usage,
            metadata=metadata,
        )
        if (
            id is None
            or endpoint is None
            or input_file_id is None
            or completion_window is None
            or status is None
            or created_at is None
        ):
            batch._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            batch.additional_properties = _extra_fields(d)
        return batch

    @property
    def object_(self) -> Literal["batch"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["batch"] | Unset) -> None:
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
from ..models.batch_errors import BatchErrors  # noqa: E402
from ..models.batch_request_counts import BatchRequestCounts  # noqa: E402
from ..models.batch_usage import BatchUsage  # noqa: E402
from ..models.metadata_type_0 import MetadataType0  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
Batch._oc_fields = (
    ("id", "id", True, "string"),
    ("endpoint", "endpoint", True, "string"),
    ("input_file_id", "input_file_id", True, "string"),
    ("completion_window", "completion_window", True, "string"),
    (
        "status",
        "status",
        True,
        (
            "enum",
            "BatchStatus",
            (
                "cancelled",
                "cancelling",
                "completed",
                "expired",
                "failed",
                "finalizing",
                "in_progress",
                "validating",
            ),
        ),
    ),
    ("created_at", "created_at", True, "integer"),
    ("object", "object", False, ("const", "batch")),
    ("model", "model", False, "string"),
    ("errors", "errors", False, BatchErrors),
    ("output_file_id", "output_file_id", False, "string"),
    ("error_file_id", "error_file_id", False, "string"),
    ("in_progress_at", "in_progress_at", False, "integer"),
    ("expires_at", "expires_at", False, "integer"),
    ("finalizing_at", "finalizing_at", False, "integer"),
    ("completed_at", "completed_at", False, "integer"),
    ("failed_at", "failed_at", False, "integer"),
    ("expired_at", "expired_at", False, "integer"),
    ("cancelling_at", "cancelling_at", False, "integer"),
    ("cancelled_at", "cancelled_at", False, "integer"),
    ("request_counts", "request_counts", False, BatchRequestCounts),
    ("usage", "usage", False, BatchUsage),
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
