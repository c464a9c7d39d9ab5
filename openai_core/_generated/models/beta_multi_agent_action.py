# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaMultiAgentAction`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaMultiAgentAction = Literal[
    "followup_task", "interrupt_agent", "list_agents", "send_message", "spawn_agent", "wait_agent"
]

BETA_MULTI_AGENT_ACTION_VALUES: set[BetaMultiAgentAction] = {
    "followup_task",
    "interrupt_agent",
    "list_agents",
    "send_message",
    "spawn_agent",
    "wait_agent",
}


def check_beta_multi_agent_action(value: str) -> BetaMultiAgentAction:
    """Return `value` as `BetaMultiAgentAction`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaMultiAgentAction, got {value!r}")
    return cast(BetaMultiAgentAction, value)
