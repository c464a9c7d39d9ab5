# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateEvalResponsesRunDataSourceInputMessagesType0")

# The wire names of the declared fields; any other key of a payload is kept as an additional
# property (read without copying the payload when there is none, the common case).
_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "template",
    }
)


def _extra_fields(src: Mapping[str, Any]) -> dict[str, Any]:
    if _FIELDS.issuperset(src):
        return {}
    return {key: value for key, value in src.items() if key not in _FIELDS}


@_attrs_define
class CreateEvalResponsesRunDataSourceInputMessagesType0:
    """
    Attributes:
        type_ (Literal['template']): Always 'template'.
        template (list[CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0 | EvalItem]):
    """

    type_: Literal["template"]
    template: list[CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0 | EvalItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        template = []
        for template_item_data in self.template:
            template_item: dict[str, Any]
            if isinstance(
                template_item_data,
                CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0,
            ):
                template_item = template_item_data.to_dict()
            else:
                template_item = template_item_data.to_dict()

            template.append(template_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "template": template,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['template']", d["type"])
        if type_ != "template":
            raise ValueError(f"type must match const 'template', got '{type_}'")

        template = []
        _template = d["template"]
        for template_item_data in _template:

            def _parse_template_item(
                data: object,
            ) -> CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0 | EvalItem:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    template_item_type_0 = CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0.from_dict(
                        data
                    )

                    return template_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                template_item_type_1 = EvalItem.from_dict(data)

                return template_item_type_1

            template_item = _parse_template_item(template_item_data)

            template.append(template_item)

        create_eval_responses_run_data_source_input_messages_type_0 = cls(
            type_=type_,
            template=template,
        )

        create_eval_responses_run_data_source_input_messages_type_0.additional_properties = (
            _extra_fields(d)
        )
        return create_eval_responses_run_data_source_input_messages_type_0

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
from ..models.create_eval_responses_run_data_source_input_messages_type_0_template_item_type_0 import (
    CreateEvalResponsesRunDataSourceInputMessagesType0TemplateItemType0,  # noqa: E402
)
from ..models.eval_item import EvalItem  # noqa: E402
