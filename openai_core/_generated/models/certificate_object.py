# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `CertificateObject`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

CertificateObject = Literal[
    "certificate", "organization.certificate", "organization.project.certificate"
]

CERTIFICATE_OBJECT_VALUES: set[CertificateObject] = {
    "certificate",
    "organization.certificate",
    "organization.project.certificate",
}


def check_certificate_object(value: str) -> CertificateObject:
    """Return `value` as `CertificateObject`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for CertificateObject, got {value!r}")
    return cast(CertificateObject, value)
