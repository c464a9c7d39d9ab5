# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaMultiAgentAction1`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaMultiAgentAction1 = Literal[
    "followup_task", "interrupt_agent", "list_agents", "send_message", "spawn_agent", "wait_agent"
]

BETA_MULTI_AGENT_ACTION_1_VALUES: set[BetaMultiAgentAction1] = {
    "followup_task",
    "interrupt_agent",
    "list_agents",
    "send_message",
    "spawn_agent",
    "wait_agent",
}


def check_beta_multi_agent_action_1(value: str) -> BetaMultiAgentAction1:
    """Return `value` as `BetaMultiAgentAction1`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaMultiAgentAction1, got {value!r}")
    return cast(BetaMultiAgentAction1, value)
