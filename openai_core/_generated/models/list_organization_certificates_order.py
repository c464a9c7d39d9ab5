# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListOrganizationCertificatesOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListOrganizationCertificatesOrder = Literal["asc", "desc"]

LIST_ORGANIZATION_CERTIFICATES_ORDER_VALUES: set[ListOrganizationCertificatesOrder] = {
    "asc",
    "desc",
}


def check_list_organization_certificates_order(value: str) -> ListOrganizationCertificatesOrder:
    """Return `value` as `ListOrganizationCertificatesOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListOrganizationCertificatesOrder, got {value!r}")
    return cast(ListOrganizationCertificatesOrder, value)
