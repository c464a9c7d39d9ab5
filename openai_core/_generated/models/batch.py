# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_status import BatchStatus, check_batch_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Batch")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class Batch:
    """Schema `Batch`.

    Attributes:
        id (str):
        endpoint (str):
        input_file_id (str):
        completion_window (str):
        status (BatchStatus): One of: 'validating', 'failed', 'in_progress', 'finalizing', 'completed', 'expired',
            'cancelling', 'cancelled' (others kept).
        created_at (int):
        object_ (Literal['batch'] | Unset): Always 'batch'.
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
    object_: Literal["batch"] | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        endpoint = self.endpoint

        input_file_id = self.input_file_id

        completion_window = self.completion_window

        status: str = self.status

        created_at = self.created_at

        object_ = self.object_

        model = self.model

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        output_file_id = self.output_file_id

        error_file_id = self.error_file_id

        in_progress_at = self.in_progress_at

        expires_at = self.expires_at

        finalizing_at = self.finalizing_at

        completed_at = self.completed_at

        failed_at = self.failed_at

        expired_at = self.expired_at

        cancelling_at = self.cancelling_at

        cancelled_at = self.cancelled_at

        request_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_counts, Unset):
            request_counts = self.request_counts.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "endpoint": endpoint,
                "input_file_id": input_file_id,
                "completion_window": completion_window,
                "status": status,
                "created_at": created_at,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if model is not UNSET:
            field_dict["model"] = model
        if errors is not UNSET:
            field_dict["errors"] = errors
        if output_file_id is not UNSET:
            field_dict["output_file_id"] = output_file_id
        if error_file_id is not UNSET:
            field_dict["error_file_id"] = error_file_id
        if in_progress_at is not UNSET:
            field_dict["in_progress_at"] = in_progress_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if finalizing_at is not UNSET:
            field_dict["finalizing_at"] = finalizing_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if cancelling_at is not UNSET:
            field_dict["cancelling_at"] = cancelling_at
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if request_counts is not UNSET:
            field_dict["request_counts"] = request_counts
        if usage is not UNSET:
            field_dict["usage"] = usage
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        endpoint = d["endpoint"]

        input_file_id = d["input_file_id"]

        completion_window = d["completion_window"]

        status = check_batch_status(d["status"])

        created_at = d["created_at"]

        object_ = cast("Literal['batch'] | Unset", d.get("object", UNSET))
        if object_ != "batch" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'batch', got '{object_}'")

        model = d.get("model", UNSET)

        _errors = d.get("errors", UNSET)
        errors: BatchErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = BatchErrors.from_dict(_errors)

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
        request_counts: BatchRequestCounts | Unset
        if isinstance(_request_counts, Unset):
            request_counts = UNSET
        else:
            request_counts = BatchRequestCounts.from_dict(_request_counts)

        _usage = d.get("usage", UNSET)
        usage: BatchUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = BatchUsage.from_dict(_usage)

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

        batch = cls(
            id=id,
            endpoint=endpoint,
            input_file_id=input_file_id,
            completion_window=completion_window,
            status=status,
            created_at=created_at,
            object_=object_,
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

        batch.additional_properties = _extra_fields(d)
        return batch

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
