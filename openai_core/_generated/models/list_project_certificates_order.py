# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Values of `ListProjectCertificatesOrder`; unknown values are kept, for forward compatibility."""

from typing import Literal, cast

ListProjectCertificatesOrder = Literal["asc", "desc"]

LIST_PROJECT_CERTIFICATES_ORDER_VALUES: set[ListProjectCertificatesOrder] = {
    "asc",
    "desc",
}


def check_list_project_certificates_order(value: str) -> ListProjectCertificatesOrder:
    """Return `value` as `ListProjectCertificatesOrder`; a value the spec does not list is kept as it is."""
    if not isinstance(value, str):
        raise TypeError(f"Expected str for ListProjectCertificatesOrder, got {value!r}")
    return cast(ListProjectCertificatesOrder, value)
