# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_function_call_item_status import (
    BetaFunctionCallItemStatus,
    check_beta_function_call_item_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BetaFunctionCallOutputItemParam")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "output",
        "agent",
        "id",
        "call_id",
        "name",
        "namespace",
        "caller",
        "status",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class BetaFunctionCallOutputItemParam:
    """Schema `BetaFunctionCallOutputItemParam`.

    Attributes:
        type_ (Literal['function_call_output']): Always 'function_call_output'.
        output (list[BetaInputFileContentParam | BetaInputImageContentParamAutoParam | BetaInputTextContentParam] |
            str):
        agent (BetaAgentTagParam | None | Unset):
        id (None | str | Unset):
        call_id (None | str | Unset):
        name (None | str | Unset):
        namespace (None | str | Unset):
        caller (BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset):
        status (BetaFunctionCallItemStatus | None | Unset):
    """

    type_: Literal["function_call_output"]
    output: (
        list[
            BetaInputFileContentParam
            | BetaInputImageContentParamAutoParam
            | BetaInputTextContentParam
        ]
        | str
    )
    agent: BetaAgentTagParam | None | Unset = UNSET
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset = UNSET
    status: BetaFunctionCallItemStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(output_type_1_item_data, BetaInputTextContentParam):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, BetaInputImageContentParamAutoParam):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, BetaAgentTagParam):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, BetaDirectToolCallCallerParam):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, BetaProgramToolCallCallerParam):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "output": output,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if caller is not UNSET:
            field_dict["caller"] = caller
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['function_call_output']", d["type"])
        if type_ != "function_call_output":
            raise ValueError(f"type must match const 'function_call_output', got '{type_}'")

        def _parse_output(
            data: object,
        ) -> (
            list[
                BetaInputFileContentParam
                | BetaInputImageContentParamAutoParam
                | BetaInputTextContentParam
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = []
                _output_type_1 = data
                for output_type_1_item_data in _output_type_1:

                    def _parse_output_type_1_item(
                        data: object,
                    ) -> (
                        BetaInputFileContentParam
                        | BetaInputImageContentParamAutoParam
                        | BetaInputTextContentParam
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_0 = BetaInputTextContentParam.from_dict(data)

                            return output_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_1 = (
                                BetaInputImageContentParamAutoParam.from_dict(data)
                            )

                            return output_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_1_item_type_2 = BetaInputFileContentParam.from_dict(data)

                        return output_type_1_item_type_2

                    output_type_1_item = _parse_output_type_1_item(output_type_1_item_data)

                    output_type_1.append(output_type_1_item)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[BetaInputFileContentParam | BetaInputImageContentParamAutoParam | BetaInputTextContentParam] | str",
                data,
            )

        output = _parse_output(d["output"])

        def _parse_agent(data: object) -> BetaAgentTagParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = BetaAgentTagParam.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaAgentTagParam | None | Unset", data)

        agent = _parse_agent(d.get("agent", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        id = _parse_id(d.get("id", UNSET))

        def _parse_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        call_id = _parse_call_id(d.get("call_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.get("name", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        namespace = _parse_namespace(d.get("namespace", UNSET))

        def _parse_caller(
            data: object,
        ) -> BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_call_caller_param_type_0 = (
                    BetaDirectToolCallCallerParam.from_dict(data)
                )

                return componentsschemas_beta_tool_call_caller_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_beta_tool_call_caller_param_type_1 = (
                    BetaProgramToolCallCallerParam.from_dict(data)
                )

                return componentsschemas_beta_tool_call_caller_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None | Unset",
                data,
            )

        caller = _parse_caller(d.get("caller", UNSET))

        def _parse_status(data: object) -> BetaFunctionCallItemStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_beta_function_call_item_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BetaFunctionCallItemStatus | None | Unset", data)

        status = _parse_status(d.get("status", UNSET))

        beta_function_call_output_item_param = cls(
            type_=type_,
            output=output,
            agent=agent,
            id=id,
            call_id=call_id,
            name=name,
            namespace=namespace,
            caller=caller,
            status=status,
        )

        beta_function_call_output_item_param.additional_properties = _extra_fields(d)
        return beta_function_call_output_item_param

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
from ..models.beta_agent_tag_param import BetaAgentTagParam  # noqa: E402
from ..models.beta_direct_tool_call_caller_param import BetaDirectToolCallCallerParam  # noqa: E402
from ..models.beta_input_file_content_param import BetaInputFileContentParam  # noqa: E402
from ..models.beta_input_image_content_param_auto_param import BetaInputImageContentParamAutoParam  # noqa: E402
from ..models.beta_input_text_content_param import BetaInputTextContentParam  # noqa: E402
from ..models.beta_program_tool_call_caller_param import BetaProgramToolCallCallerParam  # noqa: E402
