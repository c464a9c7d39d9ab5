# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_response_output_modalities_item import (
    RealtimeResponseOutputModalitiesItem,
    check_realtime_response_output_modalities_item,
)
from ..models.realtime_response_status import RealtimeResponseStatus, check_realtime_response_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeResponse")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "status",
        "status_details",
        "output",
        "metadata",
        "audio",
        "usage",
        "conversation_id",
        "output_modalities",
        "max_output_tokens",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class RealtimeResponse:
    """Schema `RealtimeResponse`.

    Attributes:
        id (str | Unset):
        object_ (Literal['realtime.response'] | Unset): Always 'realtime.response'.
        status (RealtimeResponseStatus | Unset): One of: 'completed', 'cancelled', 'failed', 'incomplete', 'in_progress'
            (others kept).
        status_details (RealtimeResponseStatusDetails | Unset):
        output (list[RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput |
            RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem |
            RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse |
            RealtimeMCPListTools | RealtimeMCPToolCall] | Unset):
        metadata (MetadataType0 | None | Unset): Schema `Metadata`.
        audio (RealtimeResponseAudio | Unset):
        usage (RealtimeResponseUsage | Unset):
        conversation_id (str | Unset):
        output_modalities (list[RealtimeResponseOutputModalitiesItem] | Unset):
        max_output_tokens (int | Literal['inf'] | Unset):
    """

    id: str | Unset = UNSET
    object_: Literal["realtime.response"] | Unset = UNSET
    status: RealtimeResponseStatus | Unset = UNSET
    status_details: RealtimeResponseStatusDetails | Unset = UNSET
    output: (
        list[
            RealtimeConversationItemFunctionCall
            | RealtimeConversationItemFunctionCallOutput
            | RealtimeConversationItemMessageAssistant
            | RealtimeConversationItemMessageSystem
            | RealtimeConversationItemMessageUser
            | RealtimeMCPApprovalRequest
            | RealtimeMCPApprovalResponse
            | RealtimeMCPListTools
            | RealtimeMCPToolCall
        ]
        | Unset
    ) = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    audio: RealtimeResponseAudio | Unset = UNSET
    usage: RealtimeResponseUsage | Unset = UNSET
    conversation_id: str | Unset = UNSET
    output_modalities: list[RealtimeResponseOutputModalitiesItem] | Unset = UNSET
    max_output_tokens: int | Literal["inf"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        status_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_details, Unset):
            status_details = self.status_details.to_dict()

        output: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = []
            for output_item_data in self.output:
                output_item: dict[str, Any]
                if isinstance(output_item_data, RealtimeConversationItemMessageSystem):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, RealtimeConversationItemMessageUser):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, RealtimeConversationItemMessageAssistant):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, RealtimeConversationItemFunctionCall):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, RealtimeConversationItemFunctionCallOutput):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, RealtimeMCPApprovalResponse):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, RealtimeMCPListTools):
                    output_item = output_item_data.to_dict()
                elif isinstance(output_item_data, RealtimeMCPToolCall):
                    output_item = output_item_data.to_dict()
                else:
                    output_item = output_item_data.to_dict()

                output.append(output_item)

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        conversation_id = self.conversation_id

        output_modalities: list[str] | Unset = UNSET
        if not isinstance(self.output_modalities, Unset):
            output_modalities = []
            for output_modalities_item_data in self.output_modalities:
                output_modalities_item: str = output_modalities_item_data
                output_modalities.append(output_modalities_item)

        max_output_tokens: int | Literal["inf"] | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if status is not UNSET:
            field_dict["status"] = status
        if status_details is not UNSET:
            field_dict["status_details"] = status_details
        if output is not UNSET:
            field_dict["output"] = output
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if audio is not UNSET:
            field_dict["audio"] = audio
        if usage is not UNSET:
            field_dict["usage"] = usage
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        object_ = cast("Literal['realtime.response'] | Unset", d.get("object", UNSET))
        if object_ != "realtime.response" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'realtime.response', got '{object_}'")

        _status = d.get("status", UNSET)
        status: RealtimeResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_realtime_response_status(_status)

        _status_details = d.get("status_details", UNSET)
        status_details: RealtimeResponseStatusDetails | Unset
        if isinstance(_status_details, Unset):
            status_details = UNSET
        else:
            status_details = RealtimeResponseStatusDetails.from_dict(_status_details)

        _output = d.get("output", UNSET)
        output: (
            list[
                RealtimeConversationItemFunctionCall
                | RealtimeConversationItemFunctionCallOutput
                | RealtimeConversationItemMessageAssistant
                | RealtimeConversationItemMessageSystem
                | RealtimeConversationItemMessageUser
                | RealtimeMCPApprovalRequest
                | RealtimeMCPApprovalResponse
                | RealtimeMCPListTools
                | RealtimeMCPToolCall
            ]
            | Unset
        ) = UNSET
        if _output is not UNSET:
            output = []
            for output_item_data in _output:

                def _parse_output_item(
                    data: object,
                ) -> (
                    RealtimeConversationItemFunctionCall
                    | RealtimeConversationItemFunctionCallOutput
                    | RealtimeConversationItemMessageAssistant
                    | RealtimeConversationItemMessageSystem
                    | RealtimeConversationItemMessageUser
                    | RealtimeMCPApprovalRequest
                    | RealtimeMCPApprovalResponse
                    | RealtimeMCPListTools
                    | RealtimeMCPToolCall
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_0 = (
                            RealtimeConversationItemMessageSystem.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_1 = (
                            RealtimeConversationItemMessageUser.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_2 = (
                            RealtimeConversationItemMessageAssistant.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_3 = (
                            RealtimeConversationItemFunctionCall.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_4 = (
                            RealtimeConversationItemFunctionCallOutput.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_5 = (
                            RealtimeMCPApprovalResponse.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_6 = (
                            RealtimeMCPListTools.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_7 = (
                            RealtimeMCPToolCall.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_realtime_conversation_item_type_8 = (
                        RealtimeMCPApprovalRequest.from_dict(data)
                    )

                    return componentsschemas_realtime_conversation_item_type_8

                output_item = _parse_output_item(output_item_data)

                output.append(output_item)

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

        _audio = d.get("audio", UNSET)
        audio: RealtimeResponseAudio | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RealtimeResponseAudio.from_dict(_audio)

        _usage = d.get("usage", UNSET)
        usage: RealtimeResponseUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = RealtimeResponseUsage.from_dict(_usage)

        conversation_id = d.get("conversation_id", UNSET)

        _output_modalities = d.get("output_modalities", UNSET)
        output_modalities: list[RealtimeResponseOutputModalitiesItem] | Unset = UNSET
        if _output_modalities is not UNSET:
            output_modalities = []
            for output_modalities_item_data in _output_modalities:
                output_modalities_item = check_realtime_response_output_modalities_item(
                    output_modalities_item_data
                )

                output_modalities.append(output_modalities_item)

        def _parse_max_output_tokens(data: object) -> int | Literal["inf"] | Unset:
            if isinstance(data, Unset):
                return data
            max_output_tokens_type_1 = cast("Literal['inf']", data)
            if max_output_tokens_type_1 != "inf":
                raise ValueError(
                    f"max_output_tokens_type_1 must match const 'inf', got '{max_output_tokens_type_1}'"
                )
            return max_output_tokens_type_1
            return cast("int | Literal['inf'] | Unset", data)

        max_output_tokens = _parse_max_output_tokens(d.get("max_output_tokens", UNSET))

        realtime_response = cls(
            id=id,
            object_=object_,
            status=status,
            status_details=status_details,
            output=output,
            metadata=metadata,
            audio=audio,
            usage=usage,
            conversation_id=conversation_id,
            output_modalities=output_modalities,
            max_output_tokens=max_output_tokens,
        )

        realtime_response.additional_properties = _extra_fields(d)
        return realtime_response

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
from ..models.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall  # noqa: E402
from ..models.realtime_conversation_item_function_call_output import (
    RealtimeConversationItemFunctionCallOutput,  # noqa: E402
)
from ..models.realtime_conversation_item_message_assistant import (
    RealtimeConversationItemMessageAssistant,  # noqa: E402
)
from ..models.realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem  # noqa: E402
from ..models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser  # noqa: E402
from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest  # noqa: E402
from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse  # noqa: E402
from ..models.realtime_mcp_list_tools import RealtimeMCPListTools  # noqa: E402
from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall  # noqa: E402
from ..models.realtime_response_audio import RealtimeResponseAudio  # noqa: E402
from ..models.realtime_response_status_details import RealtimeResponseStatusDetails  # noqa: E402
from ..models.realtime_response_usage import RealtimeResponseUsage  # noqa: E402
