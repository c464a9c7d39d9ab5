# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `SpendLimitEnforcementStatusType1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

SpendLimitEnforcementStatusType1 = Literal["enforcing", "inactive"]

SPEND_LIMIT_ENFORCEMENT_STATUS_TYPE_1_VALUES: set[SpendLimitEnforcementStatusType1] = {
    "enforcing",
    "inactive",
}


def check_spend_limit_enforcement_status_type_1(value: str) -> SpendLimitEnforcementStatusType1:
    """Return `value` as `SpendLimitEnforcementStatusType1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for SpendLimitEnforcementStatusType1, got {value!r}")
    return cast(SpendLimitEnforcementStatusType1, value)
