# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..base import Model as _Model
from ..base import dump, missing_keys
from ..models.service_tier_type_0 import ServiceTierType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChunk")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (collected only when there is one; the common case costs one subset test).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "choices",
        "created",
        "model",
        "obfuscation",
        "service_tier",
        "system_fingerprint",
        "object",
        "usage",
        "moderation",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in src.items() if key not in _FIELDS}


# Python's own slot pickling (not attrs'), so copies keep what the Model base records too.
@_attrs_define(getstate_setstate=False)
class ChatCompletionChunk(_Model):
    """Schema `CreateChatCompletionStreamResponse`.

    Attributes:
        id (str):
        choices (list[ChatCompletionChunkChoice]):
        created (int):
        model (str):
        obfuscation (str | Unset):
        service_tier (None | ServiceTierType0 | Unset): Schema `ServiceTier`.
        system_fingerprint (str | Unset): Deprecated.
        object (Literal['chat.completion.chunk'] | Unset): Always 'chat.completion.chunk'.
        usage (CompletionUsage | None | Unset):
        moderation (ChatCompletionModeration | None | Unset):
    """

    id: str
    choices: list[ChatCompletionChunkChoice]
    created: int
    model: str
    obfuscation: str | Unset = UNSET
    service_tier: None | ServiceTierType0 | Unset = UNSET
    system_fingerprint: str | Unset = UNSET
    object: Literal["chat.completion.chunk"] | Unset = UNSET
    usage: CompletionUsage | None | Unset = UNSET
    moderation: ChatCompletionModeration | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _oc_wire = _FIELDS
    _oc_required = (
        "id",
        "choices",
        "created",
        "model",
    )
    _oc_consts = {"object": "chat.completion.chunk"}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["choices"] = dump(self.choices)
        field_dict["created"] = self.created
        field_dict["model"] = self.model
        if self.obfuscation is not UNSET:
            field_dict["obfuscation"] = self.obfuscation
        if self.service_tier is not UNSET:
            field_dict["service_tier"] = self.service_tier
        if self.system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = self.system_fingerprint
        if self.object is not UNSET:
            field_dict["object"] = self.object
        if self.usage is not UNSET:
            field_dict["usage"] = dump(self.usage)
        if self.moderation is not UNSET:
            field_dict["moderation"] = dump(self.moderation)
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
        _choices = d.get("choices")
        choices = (
            [
                (ChatCompletionChunkChoice.from_dict(_i0) if isinstance(_i0, dict) else _i0)
                for _i0 in _choices
            ]
            if isinstance(_choices, list)
            else _choices
        )
        created = d.get("created")
        model = d.get("model")
        obfuscation = d.get("obfuscation", UNSET)
        service_tier = d.get("service_tier", UNSET)
        system_fingerprint = d.get("system_fingerprint", UNSET)
        object_ = d.get("object", UNSET)
        _usage = d.get("usage", UNSET)
        usage = CompletionUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        _moderation = d.get("moderation", UNSET)
        moderation = (
            ChatCompletionModeration.from_dict(_moderation)
            if isinstance(_moderation, dict)
            else _moderation
        )
        chat_completion_chunk = cls(
            id=id,
            choices=choices,
            created=created,
            model=model,
            obfuscation=obfuscation,
            service_tier=service_tier,
            system_fingerprint=system_fingerprint,
            object=object_,
            usage=usage,
            moderation=moderation,
        )
        if id is None or choices is None or created is None or model is None:
            chat_completion_chunk._oc_missing = missing_keys(d, cls._oc_required)
        if not _FIELDS.issuperset(d):
            chat_completion_chunk.additional_properties = _extra_fields(d)
        return chat_completion_chunk

    @property
    def object_(self) -> Literal["chat.completion.chunk"] | Unset:
        """The `object` field, under its former name."""
        return self.object

    @object_.setter
    def object_(self, value: Literal["chat.completion.chunk"] | Unset) -> None:
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
from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice  # noqa: E402
from ..models.chat_completion_moderation import ChatCompletionModeration  # noqa: E402
from ..models.completion_usage import CompletionUsage  # noqa: E402

# What validation_issues() checks: (attribute, wire name, required, expected type) per field.
ChatCompletionChunk._oc_fields = (
    ("id", "id", True, "string"),
    ("choices", "choices", True, ("list", ChatCompletionChunkChoice)),
    ("created", "created", True, "integer"),
    ("model", "model", True, "string"),
    ("obfuscation", "obfuscation", False, "string"),
    (
        "service_tier",
        "service_tier",
        False,
        (
            "union",
            (
                (
                    "enum",
                    "ServiceTierType0",
                    ("auto", "default", "fast", "flex", "priority", "scale"),
                ),
                "null",
            ),
        ),
    ),
    ("system_fingerprint", "system_fingerprint", False, "string"),
    ("object", "object", False, ("const", "chat.completion.chunk")),
    (
        "usage",
        "usage",
        False,
        (
            "union",
            (
                CompletionUsage,
                "null",
            ),
        ),
    ),
    (
        "moderation",
        "moderation",
        False,
        (
            "union",
            (
                ChatCompletionModeration,
                "null",
            ),
        ),
    ),
)
