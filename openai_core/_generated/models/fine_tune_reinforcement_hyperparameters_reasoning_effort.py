# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `FineTuneReinforcementHyperparametersReasoningEffort`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

FineTuneReinforcementHyperparametersReasoningEffort = Literal["default", "high", "low", "medium"]

FINE_TUNE_REINFORCEMENT_HYPERPARAMETERS_REASONING_EFFORT_VALUES: set[
    FineTuneReinforcementHyperparametersReasoningEffort
] = {
    "default",
    "high",
    "low",
    "medium",
}


def check_fine_tune_reinforcement_hyperparameters_reasoning_effort(
    value: str,
) -> FineTuneReinforcementHyperparametersReasoningEffort:
    """Return `value` as `FineTuneReinforcementHyperparametersReasoningEffort`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(
            f"Expected str for FineTuneReinforcementHyperparametersReasoningEffort, got {value!r}"
        )
    return cast(FineTuneReinforcementHyperparametersReasoningEffort, value)
