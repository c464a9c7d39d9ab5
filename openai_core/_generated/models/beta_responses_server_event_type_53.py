# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import ModelChoice, dump, missing_keys
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaResponsesServerEventType53")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "item_id",
        "output_index",
        "content_index",
        "annotation_index",
        "sequence_number",
        "agent",
        "annotation",
        "stream_id",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


def _read_annotation(data: Any) -> Any:
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
        return _choose_annotation(data)
    return data


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class BetaResponsesServerEventType53(_Model):
    """
    Attributes:
        type (Literal['response.output_text.annotation.added']): Always 'response.output_text.annotation.added'.
        item_id (str):
        output_index (int):
        content_index (int):
        annotation_index (int):
        sequence_number (int):
        agent (BetaAgentTag | None | Unset):
        annotation (BetaContainerFileCitationBody | BetaFileCitationBody | BetaFilePath | BetaUrlCitationBody | None |
            Unset):
        stream_id (str | Unset):
    """

    type: Literal["response.output_text.annotation.added"]
    item_id: str
    output_index: int
    content_index: int
    annotation_index: int
    sequence_number: int
    agent: BetaAgentTag | None | Unset = UNSET
    annotation: (
        BetaContainerFileCitationBody
        | BetaFileCitationBody
        | BetaFilePath
        | BetaUrlCitationBody
        | None
        | Unset
    ) = UNSET
    stream_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "type",
        "item_id",
        "output_index",
        "content_index",
        "annotation_index",
        "sequence_number",
    )
    _oc_consts = {"type": "response.output_text.annotation.added"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["item_id"] = self.item_id
        field_dict["output_index"] = self.output_index
        field_dict["content_index"] = self.content_index
        field_dict["annotation_index"] = self.annotation_index
        field_dict["sequence_number"] = self.sequence_number
        if self.agent is not UNSET:
            field_dict["agent"] = dump(self.agent)
        if self.annotation is not UNSET:
            field_dict["annotation"] = dump(self.annotation)
        if self.stream_id is not UNSET:
            field_dict["stream_id"] = self.stream_id
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
        item_id = d.get("item_id")
        output_index = d.get("output_index")
        content_index = d.get("content_index")
        annotation_index = d.get("annotation_index")
        sequence_number = d.get("sequence_number")
        _agent = d.get("agent", UNSET)
        agent = BetaAgentTag.from_dict(_agent) if isinstance(_agent, dict) else _agent
        _annotation = d.get("annotation", UNSET)
        annotation = _read_annotation(_annotation)
        stream_id = d.get("stream_id", UNSET)
        beta_responses_server_event_type_53 = cls(
            type=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            annotation_index=annotation_index,
            sequence_number=sequence_number,
            agent=agent,
            annotation=annotation,
            stream_id=stream_id,
        )
        if (
            type_ is None
            or item_id is None
            or output_index is None
            or content_index is None
            or annotation_index is None
            or sequence_number is None
        ):
            beta_responses_server_event_type_53._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            beta_responses_server_event_type_53.additional_properties = _extra_fields(d)
        return beta_responses_server_event_type_53

    @property
    def type_(self) -> Literal["response.output_text.annotation.added"]:
        """The `type` field, under its former name."""
        return self.type

    @type_.setter
    def type_(self, value: Literal["response.output_text.annotation.added"]) -> None:
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
from ..models.beta_agent_tag import BetaAgentTag  # noqa: E402
from ..models.beta_container_file_citation_body import BetaContainerFileCitationBody  # noqa: E402
from ..models.beta_file_citation_body import BetaFileCitationBody  # noqa: E402
from ..models.beta_file_path import BetaFilePath  # noqa: E402
from ..models.beta_url_citation_body import BetaUrlCitationBody  # noqa: E402

_choose_annotation = ModelChoice(
    BetaFileCitationBody, BetaUrlCitationBody, BetaContainerFileCitationBody, BetaFilePath
)

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
BetaResponsesServerEventType53._oc_fields = (
    ("type", "type", True, ("const", "response.output_text.annotation.added")),
    ("item_id", "item_id", True, "string"),
    ("output_index", "output_index", True, "integer"),
    ("content_index", "content_index", True, "integer"),
    ("annotation_index", "annotation_index", True, "integer"),
    ("sequence_number", "sequence_number", True, "integer"),
    (
        "agent",
        "agent",
        False,
        (
            "union",
            (
                BetaAgentTag,
                "null",
            ),
        ),
    ),
    (
        "annotation",
        "annotation",
        False,
        (
            "union",
            (
                BetaFileCitationBody,
                BetaUrlCitationBody,
                BetaContainerFileCitationBody,
                BetaFilePath,
                "null",
            ),
        ),
    ),
    ("stream_id", "stream_id", False, "string"),
)
