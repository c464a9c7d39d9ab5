# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys

T = TypeVar("T", bound="BetaOutputTextContent")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "text",
        "annotations",
        "logprobs",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_annotations_item(data: Any) -> Any:
    if isinstance(data, dict):
        tag = data.get("type")
        if tag == "file_citation":
            return BetaFileCitationBody.from_dict(data)
        if tag == "url_citation":
            return BetaUrlCitationBody.from_dict(data)
        if tag == "container_file_citation":
            return BetaContainerFileCitationBody.from_dict(data)
        if tag == "file_path":
            return BetaFilePath.from_dict(data)
        return _choose_annotations_item(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaOutputTextContent(_Model):
    """Schema `BetaOutputTextContent`.

    Attributes:
        type (Literal['output_text']): Always 'output_text'.
        text (str):
        annotations (list[BetaContainerFileCitationBody | BetaFileCitationBody | BetaFilePath | BetaUrlCitationBody]):
        logprobs (list[BetaLogProb]):
    """

    type: Literal["output_text"]
    text: str
    annotations: list[
        BetaContainerFileCitationBody | BetaFileCitationBody | BetaFilePath | BetaUrlCitationBody
    ]
    logprobs: list[BetaLogProb]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "text",
        "annotations",
        "logprobs",
    )
    _oc_consts = {"type": "output_text"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["text"] = self.text
        field_dict["annotations"] = dump(self.annotations)
        field_dict["logprobs"] = dump(self.logprobs)
        # Required fields the payload lacked read as None; they stay out of the dict too.
        for key in getattr(self, "_oc_missing", ()):
            if field_dict.get(key) is None:
                del field_dict[key]
        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Read `src_dict` (decoded JSON); never rejects it for its shape (see validation_issues)."""
        d: Any = src_dict
        type_ = d.get("type")
        text = d.get("text")
        _annotations = d.get("annotations")
        annotations = (
            [_read_annotations_item(_i0) for _i0 in _annotations]
            if isinstance(_annotations, list)
            else _annotations
        )
        _logprobs = d.get("logprobs")
        logprobs = (
            [(BetaLogProb.from_dict(_i0) if isinstance(_i0, dict) else _i0) for _i0 in _logprobs]
            if isinstance(_logprobs, list)
            else _logprobs
        )
        beta_output_text_content = cls(
            type=type_,
            text=text,
            annotations=annotations,
            logprobs=logprobs,
        )
        if type_ is None or text is None or annotations is None or logprobs is None:
            beta_output_text_content._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_output_text_content.additional_properties = _extra_fields(d)
        return beta_output_text_content

    @property
    def type_(self) -> Literal["output_text"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["output_text"]) -> None:
        self.type = value

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
from ..models.beta_container_file_citation_body import BetaContainerFileCitationBody  # noqa: E402
from ..models.beta_file_citation_body import BetaFileCitationBody  # noqa: E402
from ..models.beta_file_path import BetaFilePath  # noqa: E402
from ..models.beta_log_prob import BetaLogProb  # noqa: E402
from ..models.beta_url_citation_body import BetaUrlCitationBody  # noqa: E402

_choose_annotations_item = ModelChoice(
    BetaFileCitationBody, BetaUrlCitationBody, BetaContainerFileCitationBody, BetaFilePath
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaOutputTextContent._oc_fields = (
    ("type", "type", True, ("const", "output_text")),
    ("text", "text", True, "string"),
    (
        "annotations",
        "annotations",
        True,
        (
            "list",
            (
                "union",
                (
                    BetaFileCitationBody,
                    BetaUrlCitationBody,
                    BetaContainerFileCitationBody,
                    BetaFilePath,
                ),
            ),
        ),
    ),
    ("logprobs", "logprobs", True, ("list", BetaLogProb)),
)
