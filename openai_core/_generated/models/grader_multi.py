# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GraderMulti")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "graders",
        "calculate_output",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class GraderMulti:
    """Schema `GraderMulti`.

    Attributes:
        type_ (Literal['multi']): Always 'multi'.
        name (str):
        graders (GraderLabelModel | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity):
        calculate_output (str):
    """

    type_: Literal["multi"]
    name: str
    graders: (
        GraderLabelModel
        | GraderPython
        | GraderScoreModel
        | GraderStringCheck
        | GraderTextSimilarity
    )
    calculate_output: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        graders: dict[str, Any]
        if isinstance(self.graders, GraderStringCheck):
            graders = self.graders.to_dict()
        elif isinstance(self.graders, GraderTextSimilarity):
            graders = self.graders.to_dict()
        elif isinstance(self.graders, GraderPython):
            graders = self.graders.to_dict()
        elif isinstance(self.graders, GraderScoreModel):
            graders = self.graders.to_dict()
        else:
            graders = self.graders.to_dict()

        calculate_output = self.calculate_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "graders": graders,
                "calculate_output": calculate_output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['multi']", d["type"])
        if type_ != "multi":
            raise ValueError(f"type must match const 'multi', got '{type_}'")

        name = d["name"]

        def _parse_graders(
            data: object,
        ) -> (
            GraderLabelModel
            | GraderPython
            | GraderScoreModel
            | GraderStringCheck
            | GraderTextSimilarity
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                graders_type_0 = GraderStringCheck.from_dict(data)

                return graders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                graders_type_1 = GraderTextSimilarity.from_dict(data)

                return graders_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                graders_type_2 = GraderPython.from_dict(data)

                return graders_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                graders_type_3 = GraderScoreModel.from_dict(data)

                return graders_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            graders_type_4 = GraderLabelModel.from_dict(data)

            return graders_type_4

        graders = _parse_graders(d["graders"])

        calculate_output = d["calculate_output"]

        grader_multi = cls(
            type_=type_,
            name=name,
            graders=graders,
            calculate_output=calculate_output,
        )

        grader_multi.additional_properties = _extra_fields(d)
        return grader_multi

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
from ..models.grader_label_model import GraderLabelModel  # noqa: E402
from ..models.grader_python import GraderPython  # noqa: E402
from ..models.grader_score_model import GraderScoreModel  # noqa: E402
from ..models.grader_string_check import GraderStringCheck  # noqa: E402
from ..models.grader_text_similarity import GraderTextSimilarity  # noqa: E402
