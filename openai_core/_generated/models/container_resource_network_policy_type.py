# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ContainerResourceNetworkPolicyType`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ContainerResourceNetworkPolicyType = Literal["allowlist", "disabled"]

CONTAINER_RESOURCE_NETWORK_POLICY_TYPE_VALUES: set[ContainerResourceNetworkPolicyType] = {
    "allowlist",
    "disabled",
}


def check_container_resource_network_policy_type(value: str) -> ContainerResourceNetworkPolicyType:
    """Return `value` as `ContainerResourceNetworkPolicyType`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ContainerResourceNetworkPolicyType, got {value!r}")
    return cast(ContainerResourceNetworkPolicyType, value)
