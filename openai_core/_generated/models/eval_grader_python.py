# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalGraderPython")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "source",
        "image_tag",
        "pass_threshold",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class EvalGraderPython:
    """Schema `EvalGraderPython`.

    Attributes:
        type_ (Literal['python']): Always 'python'.
        name (str):
        source (str):
        image_tag (str | Unset):
        pass_threshold (float | Unset):
    """

    type_: Literal["python"]
    name: str
    source: str
    image_tag: str | Unset = UNSET
    pass_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        source = self.source

        image_tag = self.image_tag

        pass_threshold = self.pass_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "source": source,
            }
        )
        if image_tag is not UNSET:
            field_dict["image_tag"] = image_tag
        if pass_threshold is not UNSET:
            field_dict["pass_threshold"] = pass_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['python']", d["type"])
        if type_ != "python":
            raise ValueError(f"type must match const 'python', got '{type_}'")

        name = d["name"]

        source = d["source"]

        image_tag = d.get("image_tag", UNSET)

        pass_threshold = d.get("pass_threshold", UNSET)

        eval_grader_python = cls(
            type_=type_,
            name=name,
            source=source,
            image_tag=image_tag,
            pass_threshold=pass_threshold,
        )

        eval_grader_python.additional_properties = _extra_fields(d)
        return eval_grader_python

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
