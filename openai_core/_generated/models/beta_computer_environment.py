# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `BetaComputerEnvironment`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

BetaComputerEnvironment = Literal["browser", "linux", "mac", "ubuntu", "windows"]

BETA_COMPUTER_ENVIRONMENT_VALUES: set[BetaComputerEnvironment] = {
    "browser",
    "linux",
    "mac",
    "ubuntu",
    "windows",
}


def check_beta_computer_environment(value: str) -> BetaComputerEnvironment:
    """Return `value` as `BetaComputerEnvironment`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for BetaComputerEnvironment, got {value!r}")
    return cast(BetaComputerEnvironment, value)
