# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_tier_type_0 import ServiceTierType0, check_service_tier_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionChunk")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
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
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class ChatCompletionChunk:
    """Schema `CreateChatCompletionStreamResponse`.

    Attributes:
        id (str):
        choices (list[ChatCompletionChunkChoice]):
        created (int):
        model (str):
        obfuscation (str | Unset):
        service_tier (None | ServiceTierType0 | Unset): Schema `ServiceTier`.
        system_fingerprint (str | Unset): Deprecated.
        object_ (Literal['chat.completion.chunk'] | Unset): Always 'chat.completion.chunk'.
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
    object_: Literal["chat.completion.chunk"] | Unset = UNSET
    usage: CompletionUsage | None | Unset = UNSET
    moderation: ChatCompletionModeration | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        created = self.created

        model = self.model

        obfuscation = self.obfuscation

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
        else:
            service_tier = self.service_tier

        system_fingerprint = self.system_fingerprint

        object_ = self.object_

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, CompletionUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, ChatCompletionModeration):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "choices": choices,
                "created": created,
                "model": model,
            }
        )
        if obfuscation is not UNSET:
            field_dict["obfuscation"] = obfuscation
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if object_ is not UNSET:
            field_dict["object"] = object_
        if usage is not UNSET:
            field_dict["usage"] = usage
        if moderation is not UNSET:
            field_dict["moderation"] = moderation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        choices = []
        _choices = d["choices"]
        for choices_item_data in _choices:
            choices_item = ChatCompletionChunkChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        created = d["created"]

        model = d["model"]

        obfuscation = d.get("obfuscation", UNSET)

        def _parse_service_tier(data: object) -> None | ServiceTierType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_service_tier_type_0 = check_service_tier_type_0(data)

                return componentsschemas_service_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ServiceTierType0 | Unset", data)

        service_tier = _parse_service_tier(d.get("service_tier", UNSET))

        system_fingerprint = d.get("system_fingerprint", UNSET)

        object_ = cast("Literal['chat.completion.chunk'] | Unset", d.get("object", UNSET))
        if object_ != "chat.completion.chunk" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'chat.completion.chunk', got '{object_}'")

        def _parse_usage(data: object) -> CompletionUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = CompletionUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CompletionUsage | None | Unset", data)

        usage = _parse_usage(d.get("usage", UNSET))

        def _parse_moderation(data: object) -> ChatCompletionModeration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_type_0 = ChatCompletionModeration.from_dict(data)

                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ChatCompletionModeration | None | Unset", data)

        moderation = _parse_moderation(d.get("moderation", UNSET))

        chat_completion_chunk = cls(
            id=id,
            choices=choices,
            created=created,
            model=model,
            obfuscation=obfuscation,
            service_tier=service_tier,
            system_fingerprint=system_fingerprint,
            object_=object_,
            usage=usage,
            moderation=moderation,
        )

        chat_completion_chunk.additional_properties = _extra_fields(d)
        return chat_completion_chunk

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
