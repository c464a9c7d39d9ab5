# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListFineTuningCheckpointPermissionsOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListFineTuningCheckpointPermissionsOrder = Literal["ascending", "descending"]

LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS_ORDER_VALUES: set[
    ListFineTuningCheckpointPermissionsOrder
] = {
    "ascending",
    "descending",
}


def check_list_fine_tuning_checkpoint_permissions_order(
    value: str,
) -> ListFineTuningCheckpointPermissionsOrder:
    """Return `value` as `ListFineTuningCheckpointPermissionsOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListFineTuningCheckpointPermissionsOrder, got {value!r}")
    return cast(ListFineTuningCheckpointPermissionsOrder, value)
