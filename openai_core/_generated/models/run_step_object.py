# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_step_object_status import RunStepObjectStatus, check_run_step_object_status
from ..models.run_step_object_type import RunStepObjectType, check_run_step_object_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStepObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "assistant_id",
        "thread_id",
        "run_id",
        "type",
        "status",
        "step_details",
        "metadata",
        "usage",
        "object",
        "last_error",
        "expired_at",
        "cancelled_at",
        "failed_at",
        "completed_at",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RunStepObject:
    """Schema `RunStepObject`.

    Attributes:
        id (str):
        created_at (int):
        assistant_id (str):
        thread_id (str):
        run_id (str):
        type_ (RunStepObjectType): One of: 'message_creation', 'tool_calls' (others kept).
        status (RunStepObjectStatus): One of: 'in_progress', 'cancelled', 'failed', 'completed', 'expired' (others
            kept).
        step_details (RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject):
        metadata (MetadataType0 | None): Schema `Metadata`.
        usage (None | RunStepCompletionUsageType0): Schema `RunStepCompletionUsage`.
        object_ (Literal['thread.run.step'] | Unset): Always 'thread.run.step'.
        last_error (None | RunStepObjectLastErrorType0 | Unset):
        expired_at (int | None | Unset):
        cancelled_at (int | None | Unset):
        failed_at (int | None | Unset):
        completed_at (int | None | Unset):
    """

    id: str
    created_at: int
    assistant_id: str
    thread_id: str
    run_id: str
    type_: RunStepObjectType
    status: RunStepObjectStatus
    step_details: RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject
    metadata: MetadataType0 | None
    usage: None | RunStepCompletionUsageType0
    object_: Literal["thread.run.step"] | Unset = UNSET
    last_error: None | RunStepObjectLastErrorType0 | Unset = UNSET
    expired_at: int | None | Unset = UNSET
    cancelled_at: int | None | Unset = UNSET
    failed_at: int | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        assistant_id = self.assistant_id

        thread_id = self.thread_id

        run_id = self.run_id

        type_: str = self.type_

        status: str = self.status

        step_details: dict[str, Any]
        if isinstance(self.step_details, RunStepDetailsMessageCreationObject):
            step_details = self.step_details.to_dict()
        else:
            step_details = self.step_details.to_dict()

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        usage: dict[str, Any] | None
        if isinstance(self.usage, RunStepCompletionUsageType0):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        object_ = self.object_

        last_error: dict[str, Any] | None | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        elif isinstance(self.last_error, RunStepObjectLastErrorType0):
            last_error = self.last_error.to_dict()
        else:
            last_error = self.last_error

        expired_at: int | None | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        else:
            expired_at = self.expired_at

        cancelled_at: int | None | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        else:
            cancelled_at = self.cancelled_at

        failed_at: int | None | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = self.failed_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "assistant_id": assistant_id,
                "thread_id": thread_id,
                "run_id": run_id,
                "type": type_,
                "status": status,
                "step_details": step_details,
                "metadata": metadata,
                "usage": usage,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

        assistant_id = d["assistant_id"]

        thread_id = d["thread_id"]

        run_id = d["run_id"]

        type_ = check_run_step_object_type(d["type"])

        status = check_run_step_object_status(d["status"])

        def _parse_step_details(
            data: object,
        ) -> RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                step_details_type_0 = RunStepDetailsMessageCreationObject.from_dict(data)

                return step_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            step_details_type_1 = RunStepDetailsToolCallsObject.from_dict(data)

            return step_details_type_1

        step_details = _parse_step_details(d["step_details"])

        def _parse_metadata(data: object) -> MetadataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("MetadataType0 | None", data)

        metadata = _parse_metadata(d["metadata"])

        def _parse_usage(data: object) -> None | RunStepCompletionUsageType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_step_completion_usage_type_0 = (
                    RunStepCompletionUsageType0.from_dict(data)
                )

                return componentsschemas_run_step_completion_usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | RunStepCompletionUsageType0", data)

        usage = _parse_usage(d["usage"])

        object_ = cast("Literal['thread.run.step'] | Unset", d.get("object", UNSET))
        if object_ != "thread.run.step" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'thread.run.step', got '{object_}'")

        def _parse_last_error(data: object) -> None | RunStepObjectLastErrorType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_error_type_0 = RunStepObjectLastErrorType0.from_dict(data)

                return last_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | RunStepObjectLastErrorType0 | Unset", data)

        last_error = _parse_last_error(d.get("last_error", UNSET))

        def _parse_expired_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        expired_at = _parse_expired_at(d.get("expired_at", UNSET))

        def _parse_cancelled_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        cancelled_at = _parse_cancelled_at(d.get("cancelled_at", UNSET))

        def _parse_failed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        failed_at = _parse_failed_at(d.get("failed_at", UNSET))

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        completed_at = _parse_completed_at(d.get("completed_at", UNSET))

        run_step_object = cls(
            id=id,
            created_at=created_at,
            assistant_id=assistant_id,
            thread_id=thread_id,
            run_id=run_id,
            type_=type_,
            status=status,
            step_details=step_details,
            metadata=metadata,
            usage=usage,
            object_=object_,
            last_error=last_error,
            expired_at=expired_at,
            cancelled_at=cancelled_at,
            failed_at=failed_at,
            completed_at=completed_at,
        )

        run_step_object.additional_properties = _extra_fields(d)
        return run_step_object

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
from ..models.metadata_type_0 import MetadataType0  # noqa: E402
from ..models.run_step_completion_usage_type_0 import RunStepCompletionUsageType0  # noqa: E402
from ..models.run_step_details_message_creation_object import RunStepDetailsMessageCreationObject  # noqa: E402
from ..models.run_step_details_tool_calls_object import RunStepDetailsToolCallsObject  # noqa: E402
from ..models.run_step_object_last_error_type_0 import RunStepObjectLastErrorType0  # noqa: E402
