# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ComputerEnvironment`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ComputerEnvironment = Literal["browser", "linux", "mac", "ubuntu", "windows"]

COMPUTER_ENVIRONMENT_VALUES: set[ComputerEnvironment] = {
    "browser",
    "linux",
    "mac",
    "ubuntu",
    "windows",
}


def check_computer_environment(value: str) -> ComputerEnvironment:
    """Return `value` as `ComputerEnvironment`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ComputerEnvironment, got {value!r}")
    return cast(ComputerEnvironment, value)
