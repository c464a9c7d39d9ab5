# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadObject")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "created_at",
        "metadata",
        "object",
        "tool_resources",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ThreadObject:
    """Schema `ThreadObject`.

    Attributes:
        id (str):
        created_at (int):
        metadata (MetadataType0 | None): Schema `Metadata`.
        object_ (Literal['thread'] | Unset): Always 'thread'.
        tool_resources (None | ThreadObjectToolResourcesType0 | Unset):
    """

    id: str
    created_at: int
    metadata: MetadataType0 | None
    object_: Literal["thread"] | Unset = UNSET
    tool_resources: None | ThreadObjectToolResourcesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        object_ = self.object_

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, ThreadObjectToolResourcesType0):
            tool_resources = self.tool_resources.to_dict()
        else:
            tool_resources = self.tool_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "metadata": metadata,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if tool_resources is not UNSET:
            field_dict["tool_resources"] = tool_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = d["created_at"]

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

        object_ = cast("Literal['thread'] | Unset", d.get("object", UNSET))
        if object_ != "thread" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'thread', got '{object_}'")

        def _parse_tool_resources(data: object) -> None | ThreadObjectToolResourcesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_resources_type_0 = ThreadObjectToolResourcesType0.from_dict(data)

                return tool_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ThreadObjectToolResourcesType0 | Unset", data)

        tool_resources = _parse_tool_resources(d.get("tool_resources", UNSET))

        thread_object = cls(
            id=id,
            created_at=created_at,
            metadata=metadata,
            object_=object_,
            tool_resources=tool_resources,
        )

        thread_object.additional_properties = _extra_fields(d)
        return thread_object

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
from ..models.thread_object_tool_resources_type_0 import ThreadObjectToolResourcesType0  # noqa: E402
