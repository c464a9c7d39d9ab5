# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.projects` (13 operations).

Each `...Setters` mixin has one setter per body field and query parameter of its operation; the
hand-written layer composes it with its builder base on first use. The `...Builder` classes in
the last TYPE_CHECKING block name, for the type checker, what the namespace methods return
(for lists, the item type of their pages, which the runtime ListBuilder fills from the answer).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from ._base import NamespaceMixin, SetterMixin, defer_path_check

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from typing_extensions import Self, Unpack

    from ..._builders.base import AsyncRequestBuilder, RequestBuilder
    from ..._builders.pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
    from ..._response import ApiResponse
    from ..models.assigned_role_details import AssignedRoleDetails
    from ..models.deleted_role_assignment_resource import DeletedRoleAssignmentResource
    from ..models.group_role_assignment import GroupRoleAssignment
    from ..models.role import Role
    from ..models.role_deleted_resource import RoleDeletedResource
    from ..models.user_role_assignment import UserRoleAssignment
    from ..params import (
        ProjectsGroupsRolesCreateParams,
        ProjectsGroupsRolesDeleteParams,
        ProjectsGroupsRolesListParams,
        ProjectsGroupsRolesRetrieveParams,
        ProjectsRolesCreateParams,
        ProjectsRolesDeleteParams,
        ProjectsRolesListParams,
        ProjectsRolesRetrieveParams,
        ProjectsRolesUpdateParams,
        ProjectsUsersRolesCreateParams,
        ProjectsUsersRolesDeleteParams,
        ProjectsUsersRolesListParams,
        ProjectsUsersRolesRetrieveParams,
    )

__all__ = [
    "Projects",
    "AsyncProjects",
    "ProjectsGroups",
    "AsyncProjectsGroups",
    "ProjectsGroupsRoles",
    "AsyncProjectsGroupsRoles",
    "ProjectsRoles",
    "AsyncProjectsRoles",
    "ProjectsUsers",
    "AsyncProjectsUsers",
    "ProjectsUsersRoles",
    "AsyncProjectsUsersRoles",
    "ProjectsGroupsRolesCreateSetters",
    "ProjectsGroupsRolesDeleteSetters",
    "ProjectsGroupsRolesListSetters",
    "ProjectsGroupsRolesRetrieveSetters",
    "ProjectsRolesCreateSetters",
    "ProjectsRolesDeleteSetters",
    "ProjectsRolesListSetters",
    "ProjectsRolesRetrieveSetters",
    "ProjectsRolesUpdateSetters",
    "ProjectsUsersRolesCreateSetters",
    "ProjectsUsersRolesDeleteSetters",
    "ProjectsUsersRolesListSetters",
    "ProjectsUsersRolesRetrieveSetters",
]


class ProjectsGroupsRolesCreateSetters(SetterMixin):
    """Setters of `projects.groups.roles.create` (POST /projects/{project_id}/groups/{group_id}/roles)."""

    __slots__ = ()

    def role_id(self, value: str) -> Self:
        """Set the required body field "role_id" (string)."""
        return self.set("role_id", value)


class ProjectsGroupsRolesDeleteSetters(SetterMixin):
    """Setters of `projects.groups.roles.delete` (DELETE /projects/{project_id}/groups/{group_id}/roles/{role_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ProjectsGroupsRolesListSetters(SetterMixin):
    """Setters of `projects.groups.roles.list` (GET /projects/{project_id}/groups/{group_id}/roles)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)


class ProjectsGroupsRolesRetrieveSetters(SetterMixin):
    """Setters of `projects.groups.roles.retrieve` (GET /projects/{project_id}/groups/{group_id}/roles/{role_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ProjectsRolesCreateSetters(SetterMixin):
    """Setters of `projects.roles.create` (POST /projects/{project_id}/roles)."""

    __slots__ = ()

    def role_name(self, value: str) -> Self:
        """Set the required body field "role_name" (string)."""
        return self.set("role_name", value)

    def permissions(self, value: Sequence[str]) -> Self:
        """Set the required body field "permissions" (array of string)."""
        return self.set("permissions", value)

    def description(self, value: str | None) -> Self:
        """Set the optional body field "description" (string or null)."""
        return self.set("description", value)


class ProjectsRolesDeleteSetters(SetterMixin):
    """Setters of `projects.roles.delete` (DELETE /projects/{project_id}/roles/{role_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ProjectsRolesListSetters(SetterMixin):
    """Setters of `projects.roles.list` (GET /projects/{project_id}/roles)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)


class ProjectsRolesRetrieveSetters(SetterMixin):
    """Setters of `projects.roles.retrieve` (GET /projects/{project_id}/roles/{role_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ProjectsRolesUpdateSetters(SetterMixin):
    """Setters of `projects.roles.update` (POST /projects/{project_id}/roles/{role_id})."""

    __slots__ = ()

    def permissions(self, value: Sequence[str] | None) -> Self:
        """Set the optional body field "permissions" (array of string or null)."""
        return self.set("permissions", value)

    def description(self, value: str | None) -> Self:
        """Set the optional body field "description" (string or null)."""
        return self.set("description", value)

    def role_name(self, value: str | None) -> Self:
        """Set the optional body field "role_name" (string or null)."""
        return self.set("role_name", value)


class ProjectsUsersRolesCreateSetters(SetterMixin):
    """Setters of `projects.users.roles.create` (POST /projects/{project_id}/users/{user_id}/roles)."""

    __slots__ = ()

    def role_id(self, value: str) -> Self:
        """Set the required body field "role_id" (string)."""
        return self.set("role_id", value)


class ProjectsUsersRolesDeleteSetters(SetterMixin):
    """Setters of `projects.users.roles.delete` (DELETE /projects/{project_id}/users/{user_id}/roles/{role_id}): it has no body fields or query parameters."""

    __slots__ = ()


class ProjectsUsersRolesListSetters(SetterMixin):
    """Setters of `projects.users.roles.list` (GET /projects/{project_id}/users/{user_id}/roles)."""

    __slots__ = ()

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)


class ProjectsUsersRolesRetrieveSetters(SetterMixin):
    """Setters of `projects.users.roles.retrieve` (GET /projects/{project_id}/users/{user_id}/roles/{role_id}): it has no body fields or query parameters."""

    __slots__ = ()


class Projects(NamespaceMixin):
    """`client.projects`."""

    __slots__ = ()

    @property
    def groups(self) -> ProjectsGroups:
        """`client.projects.groups`."""
        namespace: ProjectsGroups = self._sub("groups")
        return namespace

    @property
    def roles(self) -> ProjectsRoles:
        """`client.projects.roles`."""
        namespace: ProjectsRoles = self._sub("roles")
        return namespace

    @property
    def users(self) -> ProjectsUsers:
        """`client.projects.users`."""
        namespace: ProjectsUsers = self._sub("users")
        return namespace


class AsyncProjects(NamespaceMixin):
    """`client.projects` of an AsyncClient."""

    __slots__ = ()

    @property
    def groups(self) -> AsyncProjectsGroups:
        """`client.projects.groups`."""
        namespace: AsyncProjectsGroups = self._sub("groups")
        return namespace

    @property
    def roles(self) -> AsyncProjectsRoles:
        """`client.projects.roles`."""
        namespace: AsyncProjectsRoles = self._sub("roles")
        return namespace

    @property
    def users(self) -> AsyncProjectsUsers:
        """`client.projects.users`."""
        namespace: AsyncProjectsUsers = self._sub("users")
        return namespace


class ProjectsGroups(NamespaceMixin):
    """`client.projects.groups`."""

    __slots__ = ()

    @property
    def roles(self) -> ProjectsGroupsRoles:
        """`client.projects.groups.roles`."""
        namespace: ProjectsGroupsRoles = self._sub("roles")
        return namespace


class AsyncProjectsGroups(NamespaceMixin):
    """`client.projects.groups` of an AsyncClient."""

    __slots__ = ()

    @property
    def roles(self) -> AsyncProjectsGroupsRoles:
        """`client.projects.groups.roles`."""
        namespace: AsyncProjectsGroupsRoles = self._sub("roles")
        return namespace


class ProjectsGroupsRoles(NamespaceMixin):
    """`client.projects.groups.roles`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, group_id: str, **fields: Unpack[ProjectsGroupsRolesCreateParams]
    ) -> ProjectsGroupsRolesCreateBuilder:
        """Return a builder for `projects.groups.roles.create` (POST /projects/{project_id}/groups/{group_id}/roles); keywords pre-fill its setters."""
        builder: ProjectsGroupsRolesCreateBuilder = self._op(
            "create",
            (
                project_id,
                group_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def delete(
        self,
        project_id: str,
        group_id: str,
        role_id: str,
        **fields: Unpack[ProjectsGroupsRolesDeleteParams],
    ) -> ProjectsGroupsRolesDeleteBuilder:
        """Return a builder for `projects.groups.roles.delete` (DELETE /projects/{project_id}/groups/{group_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: ProjectsGroupsRolesDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                group_id,
                role_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, group_id: str, **fields: Unpack[ProjectsGroupsRolesListParams]
    ) -> ProjectsGroupsRolesListBuilder:
        """Return a builder for `projects.groups.roles.list` (GET /projects/{project_id}/groups/{group_id}/roles); keywords pre-fill its setters."""
        builder: ProjectsGroupsRolesListBuilder = self._op(
            "list",
            (
                project_id,
                group_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        group_id: str,
        role_id: str,
        **fields: Unpack[ProjectsGroupsRolesRetrieveParams],
    ) -> ProjectsGroupsRolesRetrieveBuilder:
        """Return a builder for `projects.groups.roles.retrieve` (GET /projects/{project_id}/groups/{group_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: ProjectsGroupsRolesRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                group_id,
                role_id,
            ),
            fields,
        )
        return builder


class AsyncProjectsGroupsRoles(NamespaceMixin):
    """`client.projects.groups.roles` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, group_id: str, **fields: Unpack[ProjectsGroupsRolesCreateParams]
    ) -> AsyncProjectsGroupsRolesCreateBuilder:
        """Return a builder for `projects.groups.roles.create` (POST /projects/{project_id}/groups/{group_id}/roles); keywords pre-fill its setters."""
        builder: AsyncProjectsGroupsRolesCreateBuilder = self._op(
            "create",
            (
                project_id,
                group_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def delete(
        self,
        project_id: str,
        group_id: str,
        role_id: str,
        **fields: Unpack[ProjectsGroupsRolesDeleteParams],
    ) -> AsyncProjectsGroupsRolesDeleteBuilder:
        """Return a builder for `projects.groups.roles.delete` (DELETE /projects/{project_id}/groups/{group_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: AsyncProjectsGroupsRolesDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                group_id,
                role_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, group_id: str, **fields: Unpack[ProjectsGroupsRolesListParams]
    ) -> AsyncProjectsGroupsRolesListBuilder:
        """Return a builder for `projects.groups.roles.list` (GET /projects/{project_id}/groups/{group_id}/roles); keywords pre-fill its setters."""
        builder: AsyncProjectsGroupsRolesListBuilder = self._op(
            "list",
            (
                project_id,
                group_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        group_id: str,
        role_id: str,
        **fields: Unpack[ProjectsGroupsRolesRetrieveParams],
    ) -> AsyncProjectsGroupsRolesRetrieveBuilder:
        """Return a builder for `projects.groups.roles.retrieve` (GET /projects/{project_id}/groups/{group_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: AsyncProjectsGroupsRolesRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                group_id,
                role_id,
            ),
            fields,
        )
        return builder


class ProjectsRoles(NamespaceMixin):
    """`client.projects.roles`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, **fields: Unpack[ProjectsRolesCreateParams]
    ) -> ProjectsRolesCreateBuilder:
        """Return a builder for `projects.roles.create` (POST /projects/{project_id}/roles); keywords pre-fill its setters."""
        builder: ProjectsRolesCreateBuilder = self._op("create", (project_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, project_id: str, role_id: str, **fields: Unpack[ProjectsRolesDeleteParams]
    ) -> ProjectsRolesDeleteBuilder:
        """Return a builder for `projects.roles.delete` (DELETE /projects/{project_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: ProjectsRolesDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                role_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[ProjectsRolesListParams]
    ) -> ProjectsRolesListBuilder:
        """Return a builder for `projects.roles.list` (GET /projects/{project_id}/roles); keywords pre-fill its setters."""
        builder: ProjectsRolesListBuilder = self._op("list", (project_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, project_id: str, role_id: str, **fields: Unpack[ProjectsRolesRetrieveParams]
    ) -> ProjectsRolesRetrieveBuilder:
        """Return a builder for `projects.roles.retrieve` (GET /projects/{project_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: ProjectsRolesRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                role_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def update(
        self, project_id: str, role_id: str, **fields: Unpack[ProjectsRolesUpdateParams]
    ) -> ProjectsRolesUpdateBuilder:
        """Return a builder for `projects.roles.update` (POST /projects/{project_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: ProjectsRolesUpdateBuilder = self._op(
            "update",
            (
                project_id,
                role_id,
            ),
            fields,
        )
        return builder


class AsyncProjectsRoles(NamespaceMixin):
    """`client.projects.roles` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, **fields: Unpack[ProjectsRolesCreateParams]
    ) -> AsyncProjectsRolesCreateBuilder:
        """Return a builder for `projects.roles.create` (POST /projects/{project_id}/roles); keywords pre-fill its setters."""
        builder: AsyncProjectsRolesCreateBuilder = self._op("create", (project_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, project_id: str, role_id: str, **fields: Unpack[ProjectsRolesDeleteParams]
    ) -> AsyncProjectsRolesDeleteBuilder:
        """Return a builder for `projects.roles.delete` (DELETE /projects/{project_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: AsyncProjectsRolesDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                role_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, **fields: Unpack[ProjectsRolesListParams]
    ) -> AsyncProjectsRolesListBuilder:
        """Return a builder for `projects.roles.list` (GET /projects/{project_id}/roles); keywords pre-fill its setters."""
        builder: AsyncProjectsRolesListBuilder = self._op("list", (project_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, project_id: str, role_id: str, **fields: Unpack[ProjectsRolesRetrieveParams]
    ) -> AsyncProjectsRolesRetrieveBuilder:
        """Return a builder for `projects.roles.retrieve` (GET /projects/{project_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: AsyncProjectsRolesRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                role_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def update(
        self, project_id: str, role_id: str, **fields: Unpack[ProjectsRolesUpdateParams]
    ) -> AsyncProjectsRolesUpdateBuilder:
        """Return a builder for `projects.roles.update` (POST /projects/{project_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: AsyncProjectsRolesUpdateBuilder = self._op(
            "update",
            (
                project_id,
                role_id,
            ),
            fields,
        )
        return builder


class ProjectsUsers(NamespaceMixin):
    """`client.projects.users`."""

    __slots__ = ()

    @property
    def roles(self) -> ProjectsUsersRoles:
        """`client.projects.users.roles`."""
        namespace: ProjectsUsersRoles = self._sub("roles")
        return namespace


class AsyncProjectsUsers(NamespaceMixin):
    """`client.projects.users` of an AsyncClient."""

    __slots__ = ()

    @property
    def roles(self) -> AsyncProjectsUsersRoles:
        """`client.projects.users.roles`."""
        namespace: AsyncProjectsUsersRoles = self._sub("roles")
        return namespace


class ProjectsUsersRoles(NamespaceMixin):
    """`client.projects.users.roles`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, user_id: str, **fields: Unpack[ProjectsUsersRolesCreateParams]
    ) -> ProjectsUsersRolesCreateBuilder:
        """Return a builder for `projects.users.roles.create` (POST /projects/{project_id}/users/{user_id}/roles); keywords pre-fill its setters."""
        builder: ProjectsUsersRolesCreateBuilder = self._op(
            "create",
            (
                project_id,
                user_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def delete(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        **fields: Unpack[ProjectsUsersRolesDeleteParams],
    ) -> ProjectsUsersRolesDeleteBuilder:
        """Return a builder for `projects.users.roles.delete` (DELETE /projects/{project_id}/users/{user_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: ProjectsUsersRolesDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                user_id,
                role_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, user_id: str, **fields: Unpack[ProjectsUsersRolesListParams]
    ) -> ProjectsUsersRolesListBuilder:
        """Return a builder for `projects.users.roles.list` (GET /projects/{project_id}/users/{user_id}/roles); keywords pre-fill its setters."""
        builder: ProjectsUsersRolesListBuilder = self._op(
            "list",
            (
                project_id,
                user_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        **fields: Unpack[ProjectsUsersRolesRetrieveParams],
    ) -> ProjectsUsersRolesRetrieveBuilder:
        """Return a builder for `projects.users.roles.retrieve` (GET /projects/{project_id}/users/{user_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: ProjectsUsersRolesRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                user_id,
                role_id,
            ),
            fields,
        )
        return builder


class AsyncProjectsUsersRoles(NamespaceMixin):
    """`client.projects.users.roles` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self, project_id: str, user_id: str, **fields: Unpack[ProjectsUsersRolesCreateParams]
    ) -> AsyncProjectsUsersRolesCreateBuilder:
        """Return a builder for `projects.users.roles.create` (POST /projects/{project_id}/users/{user_id}/roles); keywords pre-fill its setters."""
        builder: AsyncProjectsUsersRolesCreateBuilder = self._op(
            "create",
            (
                project_id,
                user_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def delete(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        **fields: Unpack[ProjectsUsersRolesDeleteParams],
    ) -> AsyncProjectsUsersRolesDeleteBuilder:
        """Return a builder for `projects.users.roles.delete` (DELETE /projects/{project_id}/users/{user_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: AsyncProjectsUsersRolesDeleteBuilder = self._op(
            "delete",
            (
                project_id,
                user_id,
                role_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, project_id: str, user_id: str, **fields: Unpack[ProjectsUsersRolesListParams]
    ) -> AsyncProjectsUsersRolesListBuilder:
        """Return a builder for `projects.users.roles.list` (GET /projects/{project_id}/users/{user_id}/roles); keywords pre-fill its setters."""
        builder: AsyncProjectsUsersRolesListBuilder = self._op(
            "list",
            (
                project_id,
                user_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        project_id: str,
        user_id: str,
        role_id: str,
        **fields: Unpack[ProjectsUsersRolesRetrieveParams],
    ) -> AsyncProjectsUsersRolesRetrieveBuilder:
        """Return a builder for `projects.users.roles.retrieve` (GET /projects/{project_id}/users/{user_id}/roles/{role_id}); keywords pre-fill its setters."""
        builder: AsyncProjectsUsersRolesRetrieveBuilder = self._op(
            "retrieve",
            (
                project_id,
                user_id,
                role_id,
            ),
            fields,
        )
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "projects": (Projects, AsyncProjects),
    "projects.groups": (ProjectsGroups, AsyncProjectsGroups),
    "projects.groups.roles": (ProjectsGroupsRoles, AsyncProjectsGroupsRoles),
    "projects.roles": (ProjectsRoles, AsyncProjectsRoles),
    "projects.users": (ProjectsUsers, AsyncProjectsUsers),
    "projects.users.roles": (ProjectsUsersRoles, AsyncProjectsUsersRoles),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "projects.groups.roles.create": ProjectsGroupsRolesCreateSetters,
    "projects.groups.roles.delete": ProjectsGroupsRolesDeleteSetters,
    "projects.groups.roles.list": ProjectsGroupsRolesListSetters,
    "projects.groups.roles.retrieve": ProjectsGroupsRolesRetrieveSetters,
    "projects.roles.create": ProjectsRolesCreateSetters,
    "projects.roles.delete": ProjectsRolesDeleteSetters,
    "projects.roles.list": ProjectsRolesListSetters,
    "projects.roles.retrieve": ProjectsRolesRetrieveSetters,
    "projects.roles.update": ProjectsRolesUpdateSetters,
    "projects.users.roles.create": ProjectsUsersRolesCreateSetters,
    "projects.users.roles.delete": ProjectsUsersRolesDeleteSetters,
    "projects.users.roles.list": ProjectsUsersRolesListSetters,
    "projects.users.roles.retrieve": ProjectsUsersRolesRetrieveSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class ProjectsGroupsRolesCreateBuilder(
        ProjectsGroupsRolesCreateSetters, RequestBuilder[GroupRoleAssignment]
    ):
        """Builder of `projects.groups.roles.create`: `send()` returns GroupRoleAssignment."""

    class AsyncProjectsGroupsRolesCreateBuilder(
        ProjectsGroupsRolesCreateSetters, AsyncRequestBuilder[GroupRoleAssignment]
    ):
        """Async builder of `projects.groups.roles.create`: `await send()` returns GroupRoleAssignment."""

    class ProjectsGroupsRolesDeleteBuilder(
        ProjectsGroupsRolesDeleteSetters, RequestBuilder[DeletedRoleAssignmentResource]
    ):
        """Builder of `projects.groups.roles.delete`: `send()` returns DeletedRoleAssignmentResource."""

    class AsyncProjectsGroupsRolesDeleteBuilder(
        ProjectsGroupsRolesDeleteSetters, AsyncRequestBuilder[DeletedRoleAssignmentResource]
    ):
        """Async builder of `projects.groups.roles.delete`: `await send()` returns DeletedRoleAssignmentResource."""

    class ProjectsGroupsRolesListBuilder(ProjectsGroupsRolesListSetters, ListBuilder):
        """Builder of `projects.groups.roles.list`: `send()` returns a Page of AssignedRoleDetails."""

        def send(self) -> Page[AssignedRoleDetails]: ...
        def send_with_meta(self) -> ApiResponse[Page[AssignedRoleDetails]]: ...
        def iter_all(self) -> Iterator[AssignedRoleDetails]: ...

    class AsyncProjectsGroupsRolesListBuilder(ProjectsGroupsRolesListSetters, AsyncListBuilder):
        """Async builder of `projects.groups.roles.list`: `await send()` returns a Page of AssignedRoleDetails."""

        async def send(self) -> AsyncPage[AssignedRoleDetails]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[AssignedRoleDetails]]: ...
        def iter_all(self) -> AsyncIterator[AssignedRoleDetails]: ...

    class ProjectsGroupsRolesRetrieveBuilder(
        ProjectsGroupsRolesRetrieveSetters, RequestBuilder[AssignedRoleDetails]
    ):
        """Builder of `projects.groups.roles.retrieve`: `send()` returns AssignedRoleDetails."""

    class AsyncProjectsGroupsRolesRetrieveBuilder(
        ProjectsGroupsRolesRetrieveSetters, AsyncRequestBuilder[AssignedRoleDetails]
    ):
        """Async builder of `projects.groups.roles.retrieve`: `await send()` returns AssignedRoleDetails."""

    class ProjectsRolesCreateBuilder(ProjectsRolesCreateSetters, RequestBuilder[Role]):
        """Builder of `projects.roles.create`: `send()` returns Role."""

    class AsyncProjectsRolesCreateBuilder(ProjectsRolesCreateSetters, AsyncRequestBuilder[Role]):
        """Async builder of `projects.roles.create`: `await send()` returns Role."""

    class ProjectsRolesDeleteBuilder(
        ProjectsRolesDeleteSetters, RequestBuilder[RoleDeletedResource]
    ):
        """Builder of `projects.roles.delete`: `send()` returns RoleDeletedResource."""

    class AsyncProjectsRolesDeleteBuilder(
        ProjectsRolesDeleteSetters, AsyncRequestBuilder[RoleDeletedResource]
    ):
        """Async builder of `projects.roles.delete`: `await send()` returns RoleDeletedResource."""

    class ProjectsRolesListBuilder(ProjectsRolesListSetters, ListBuilder):
        """Builder of `projects.roles.list`: `send()` returns a Page of Role."""

        def send(self) -> Page[Role]: ...
        def send_with_meta(self) -> ApiResponse[Page[Role]]: ...
        def iter_all(self) -> Iterator[Role]: ...

    class AsyncProjectsRolesListBuilder(ProjectsRolesListSetters, AsyncListBuilder):
        """Async builder of `projects.roles.list`: `await send()` returns a Page of Role."""

        async def send(self) -> AsyncPage[Role]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[Role]]: ...
        def iter_all(self) -> AsyncIterator[Role]: ...

    class ProjectsRolesRetrieveBuilder(ProjectsRolesRetrieveSetters, RequestBuilder[Role]):
        """Builder of `projects.roles.retrieve`: `send()` returns Role."""

    class AsyncProjectsRolesRetrieveBuilder(
        ProjectsRolesRetrieveSetters, AsyncRequestBuilder[Role]
    ):
        """Async builder of `projects.roles.retrieve`: `await send()` returns Role."""

    class ProjectsRolesUpdateBuilder(ProjectsRolesUpdateSetters, RequestBuilder[Role]):
        """Builder of `projects.roles.update`: `send()` returns Role."""

    class AsyncProjectsRolesUpdateBuilder(ProjectsRolesUpdateSetters, AsyncRequestBuilder[Role]):
        """Async builder of `projects.roles.update`: `await send()` returns Role."""

    class ProjectsUsersRolesCreateBuilder(
        ProjectsUsersRolesCreateSetters, RequestBuilder[UserRoleAssignment]
    ):
        """Builder of `projects.users.roles.create`: `send()` returns UserRoleAssignment."""

    class AsyncProjectsUsersRolesCreateBuilder(
        ProjectsUsersRolesCreateSetters, AsyncRequestBuilder[UserRoleAssignment]
    ):
        """Async builder of `projects.users.roles.create`: `await send()` returns UserRoleAssignment."""

    class ProjectsUsersRolesDeleteBuilder(
        ProjectsUsersRolesDeleteSetters, RequestBuilder[DeletedRoleAssignmentResource]
    ):
        """Builder of `projects.users.roles.delete`: `send()` returns DeletedRoleAssignmentResource."""

    class AsyncProjectsUsersRolesDeleteBuilder(
        ProjectsUsersRolesDeleteSetters, AsyncRequestBuilder[DeletedRoleAssignmentResource]
    ):
        """Async builder of `projects.users.roles.delete`: `await send()` returns DeletedRoleAssignmentResource."""

    class ProjectsUsersRolesListBuilder(ProjectsUsersRolesListSetters, ListBuilder):
        """Builder of `projects.users.roles.list`: `send()` returns a Page of AssignedRoleDetails."""

        def send(self) -> Page[AssignedRoleDetails]: ...
        def send_with_meta(self) -> ApiResponse[Page[AssignedRoleDetails]]: ...
        def iter_all(self) -> Iterator[AssignedRoleDetails]: ...

    class AsyncProjectsUsersRolesListBuilder(ProjectsUsersRolesListSetters, AsyncListBuilder):
        """Async builder of `projects.users.roles.list`: `await send()` returns a Page of AssignedRoleDetails."""

        async def send(self) -> AsyncPage[AssignedRoleDetails]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[AssignedRoleDetails]]: ...
        def iter_all(self) -> AsyncIterator[AssignedRoleDetails]: ...

    class ProjectsUsersRolesRetrieveBuilder(
        ProjectsUsersRolesRetrieveSetters, RequestBuilder[AssignedRoleDetails]
    ):
        """Builder of `projects.users.roles.retrieve`: `send()` returns AssignedRoleDetails."""

    class AsyncProjectsUsersRolesRetrieveBuilder(
        ProjectsUsersRolesRetrieveSetters, AsyncRequestBuilder[AssignedRoleDetails]
    ):
        """Async builder of `projects.users.roles.retrieve`: `await send()` returns AssignedRoleDetails."""
