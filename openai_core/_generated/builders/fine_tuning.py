# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.fine_tuning` (13 operations).

Each `...Setters` mixin has one setter per body field and query parameter of its operation; the
hand-written layer composes it with its builder base on first use. The `...Builder` classes in
the last TYPE_CHECKING block name, for the type checker, what the namespace methods return
(for lists, the item type of their pages, which the runtime ListBuilder fills from the answer).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ._base import NamespaceMixin, SetterMixin, defer_path_check

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    from typing_extensions import Self, Unpack

    from ..._builders.base import AsyncRequestBuilder, RequestBuilder
    from ..._builders.pagination import AsyncListBuilder, AsyncPage, ListBuilder, Page
    from ..._response import ApiResponse
    from ..models.create_fine_tuning_job_request_hyperparameters import (
        CreateFineTuningJobRequestHyperparameters,
    )
    from ..models.create_fine_tuning_job_request_integrations_type_0_item import (
        CreateFineTuningJobRequestIntegrationsType0Item,
    )
    from ..models.delete_fine_tuning_checkpoint_permission_response import (
        DeleteFineTuningCheckpointPermissionResponse,
    )
    from ..models.fine_tune_method import FineTuneMethod
    from ..models.fine_tuning_checkpoint_permission import FineTuningCheckpointPermission
    from ..models.fine_tuning_job import FineTuningJob
    from ..models.fine_tuning_job_checkpoint import FineTuningJobCheckpoint
    from ..models.fine_tuning_job_event import FineTuningJobEvent
    from ..models.grader_multi import GraderMulti
    from ..models.grader_python import GraderPython
    from ..models.grader_score_model import GraderScoreModel
    from ..models.grader_string_check import GraderStringCheck
    from ..models.grader_text_similarity import GraderTextSimilarity
    from ..models.list_fine_tuning_checkpoint_permission_response import (
        ListFineTuningCheckpointPermissionResponse,
    )
    from ..models.list_paginated_fine_tuning_jobs_metadata_type_0 import (
        ListPaginatedFineTuningJobsMetadataType0,
    )
    from ..models.metadata_type_0 import MetadataType0
    from ..models.run_grader_request_item import RunGraderRequestItem
    from ..models.run_grader_response import RunGraderResponse
    from ..models.validate_grader_response import ValidateGraderResponse
    from ..params import (
        CreateFineTuningJobRequestHyperparametersParam,
        CreateFineTuningJobRequestIntegrationsType0ItemParam,
        FineTuneMethodParam,
        FineTuningAlphaGradersRunParams,
        FineTuningAlphaGradersValidateParams,
        FineTuningCheckpointsPermissionsCreateParams,
        FineTuningCheckpointsPermissionsDeleteParams,
        FineTuningCheckpointsPermissionsListParams,
        FineTuningJobsCancelParams,
        FineTuningJobsCheckpointsListParams,
        FineTuningJobsCreateParams,
        FineTuningJobsEventsListParams,
        FineTuningJobsListParams,
        FineTuningJobsPauseParams,
        FineTuningJobsResumeParams,
        FineTuningJobsRetrieveParams,
        GraderMultiParam,
        GraderPythonParam,
        GraderScoreModelParam,
        GraderStringCheckParam,
        GraderTextSimilarityParam,
    )

__all__ = [
    "FineTuning",
    "AsyncFineTuning",
    "FineTuningAlpha",
    "AsyncFineTuningAlpha",
    "FineTuningAlphaGraders",
    "AsyncFineTuningAlphaGraders",
    "FineTuningCheckpoints",
    "AsyncFineTuningCheckpoints",
    "FineTuningCheckpointsPermissions",
    "AsyncFineTuningCheckpointsPermissions",
    "FineTuningJobs",
    "AsyncFineTuningJobs",
    "FineTuningJobsCheckpoints",
    "AsyncFineTuningJobsCheckpoints",
    "FineTuningJobsEvents",
    "AsyncFineTuningJobsEvents",
    "FineTuningAlphaGradersRunSetters",
    "FineTuningAlphaGradersValidateSetters",
    "FineTuningCheckpointsPermissionsCreateSetters",
    "FineTuningCheckpointsPermissionsDeleteSetters",
    "FineTuningCheckpointsPermissionsListSetters",
    "FineTuningJobsCancelSetters",
    "FineTuningJobsCheckpointsListSetters",
    "FineTuningJobsCreateSetters",
    "FineTuningJobsEventsListSetters",
    "FineTuningJobsListSetters",
    "FineTuningJobsPauseSetters",
    "FineTuningJobsResumeSetters",
    "FineTuningJobsRetrieveSetters",
]


class FineTuningAlphaGradersRunSetters(SetterMixin):
    """Setters of `fine_tuning.alpha.graders.run` (POST /fine_tuning/alpha/graders/run)."""

    __slots__ = ()

    def grader(
        self,
        value: GraderStringCheck
        | GraderTextSimilarity
        | GraderPython
        | GraderScoreModel
        | GraderMulti
        | GraderStringCheckParam
        | GraderTextSimilarityParam
        | GraderPythonParam
        | GraderScoreModelParam
        | GraderMultiParam,
    ) -> Self:
        """Set the required body field "grader" (a union of 5 types)."""
        return self.set("grader", value)

    def model_sample(self, value: str) -> Self:
        """Set the required body field "model_sample" (string)."""
        return self.set("model_sample", value)

    def item(self, value: RunGraderRequestItem | Mapping[str, Any]) -> Self:
        """Set the optional body field "item" (RunGraderRequestItem)."""
        return self.set("item", value)


class FineTuningAlphaGradersValidateSetters(SetterMixin):
    """Setters of `fine_tuning.alpha.graders.validate` (POST /fine_tuning/alpha/graders/validate)."""

    __slots__ = ()

    def grader(
        self,
        value: GraderStringCheck
        | GraderTextSimilarity
        | GraderPython
        | GraderScoreModel
        | GraderMulti
        | GraderStringCheckParam
        | GraderTextSimilarityParam
        | GraderPythonParam
        | GraderScoreModelParam
        | GraderMultiParam,
    ) -> Self:
        """Set the required body field "grader" (a union of 5 types)."""
        return self.set("grader", value)


class FineTuningCheckpointsPermissionsCreateSetters(SetterMixin):
    """Setters of `fine_tuning.checkpoints.permissions.create` (POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions)."""

    __slots__ = ()

    def project_ids(self, value: Sequence[str]) -> Self:
        """Set the required body field "project_ids" (array of string)."""
        return self.set("project_ids", value)


class FineTuningCheckpointsPermissionsDeleteSetters(SetterMixin):
    """Setters of `fine_tuning.checkpoints.permissions.delete` (DELETE /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}): it has no body fields or query parameters."""

    __slots__ = ()


class FineTuningCheckpointsPermissionsListSetters(SetterMixin):
    """Setters of `fine_tuning.checkpoints.permissions.list` (GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions)."""

    __slots__ = ()

    def project_id(self, value: str) -> Self:
        """Set the optional query parameter "project_id" (string)."""
        return self.set("project_id", value)

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def order(self, value: Literal["ascending", "descending"] | str) -> Self:
        """Set the optional query parameter "order" ("ascending" | "descending")."""
        return self.set("order", value)


class FineTuningJobsCancelSetters(SetterMixin):
    """Setters of `fine_tuning.jobs.cancel` (POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel): it has no body fields or query parameters."""

    __slots__ = ()


class FineTuningJobsCheckpointsListSetters(SetterMixin):
    """Setters of `fine_tuning.jobs.checkpoints.list` (GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints)."""

    __slots__ = ()

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)


class FineTuningJobsCreateSetters(SetterMixin):
    """Setters of `fine_tuning.jobs.create` (POST /fine_tuning/jobs)."""

    __slots__ = ()

    def model(self, value: str) -> Self:
        """Set the required body field "model" (string)."""
        return self.set("model", value)

    def training_file(self, value: str) -> Self:
        """Set the required body field "training_file" (string)."""
        return self.set("training_file", value)

    def hyperparameters(
        self,
        value: CreateFineTuningJobRequestHyperparameters
        | CreateFineTuningJobRequestHyperparametersParam,
    ) -> Self:
        """Set the optional body field "hyperparameters" (CreateFineTuningJobRequestHyperparameters)."""
        return self.set("hyperparameters", value)

    def suffix(self, value: str | None) -> Self:
        """Set the optional body field "suffix" (string or null)."""
        return self.set("suffix", value)

    def validation_file(self, value: str | None) -> Self:
        """Set the optional body field "validation_file" (string or null)."""
        return self.set("validation_file", value)

    def integrations(
        self,
        value: Sequence[
            CreateFineTuningJobRequestIntegrationsType0Item
            | CreateFineTuningJobRequestIntegrationsType0ItemParam
        ]
        | None,
    ) -> Self:
        """Set the optional body field "integrations" (a union of 1 types or null)."""
        return self.set("integrations", value)

    def seed(self, value: int | None) -> Self:
        """Set the optional body field "seed" (integer or null)."""
        return self.set("seed", value)

    def method(self, value: FineTuneMethod | FineTuneMethodParam) -> Self:
        """Set the optional body field "method" (FineTuneMethod)."""
        return self.set("method", value)

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)


class FineTuningJobsEventsListSetters(SetterMixin):
    """Setters of `fine_tuning.jobs.events.list` (GET /fine_tuning/jobs/{fine_tuning_job_id}/events)."""

    __slots__ = ()

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)


class FineTuningJobsListSetters(SetterMixin):
    """Setters of `fine_tuning.jobs.list` (GET /fine_tuning/jobs)."""

    __slots__ = ()

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def metadata(
        self, value: ListPaginatedFineTuningJobsMetadataType0 | Mapping[str, Any] | None
    ) -> Self:
        """Set the optional query parameter "metadata" (ListPaginatedFineTuningJobsMetadataType0 or null)."""
        return self.set("metadata", value)


class FineTuningJobsPauseSetters(SetterMixin):
    """Setters of `fine_tuning.jobs.pause` (POST /fine_tuning/jobs/{fine_tuning_job_id}/pause): it has no body fields or query parameters."""

    __slots__ = ()


class FineTuningJobsResumeSetters(SetterMixin):
    """Setters of `fine_tuning.jobs.resume` (POST /fine_tuning/jobs/{fine_tuning_job_id}/resume): it has no body fields or query parameters."""

    __slots__ = ()


class FineTuningJobsRetrieveSetters(SetterMixin):
    """Setters of `fine_tuning.jobs.retrieve` (GET /fine_tuning/jobs/{fine_tuning_job_id}): it has no body fields or query parameters."""

    __slots__ = ()


class FineTuning(NamespaceMixin):
    """`client.fine_tuning`."""

    __slots__ = ()

    @property
    def alpha(self) -> FineTuningAlpha:
        """`client.fine_tuning.alpha`."""
        namespace: FineTuningAlpha = self._sub("alpha")
        return namespace

    @property
    def checkpoints(self) -> FineTuningCheckpoints:
        """`client.fine_tuning.checkpoints`."""
        namespace: FineTuningCheckpoints = self._sub("checkpoints")
        return namespace

    @property
    def jobs(self) -> FineTuningJobs:
        """`client.fine_tuning.jobs`."""
        namespace: FineTuningJobs = self._sub("jobs")
        return namespace


class AsyncFineTuning(NamespaceMixin):
    """`client.fine_tuning` of an AsyncClient."""

    __slots__ = ()

    @property
    def alpha(self) -> AsyncFineTuningAlpha:
        """`client.fine_tuning.alpha`."""
        namespace: AsyncFineTuningAlpha = self._sub("alpha")
        return namespace

    @property
    def checkpoints(self) -> AsyncFineTuningCheckpoints:
        """`client.fine_tuning.checkpoints`."""
        namespace: AsyncFineTuningCheckpoints = self._sub("checkpoints")
        return namespace

    @property
    def jobs(self) -> AsyncFineTuningJobs:
        """`client.fine_tuning.jobs`."""
        namespace: AsyncFineTuningJobs = self._sub("jobs")
        return namespace


class FineTuningAlpha(NamespaceMixin):
    """`client.fine_tuning.alpha`."""

    __slots__ = ()

    @property
    def graders(self) -> FineTuningAlphaGraders:
        """`client.fine_tuning.alpha.graders`."""
        namespace: FineTuningAlphaGraders = self._sub("graders")
        return namespace


class AsyncFineTuningAlpha(NamespaceMixin):
    """`client.fine_tuning.alpha` of an AsyncClient."""

    __slots__ = ()

    @property
    def graders(self) -> AsyncFineTuningAlphaGraders:
        """`client.fine_tuning.alpha.graders`."""
        namespace: AsyncFineTuningAlphaGraders = self._sub("graders")
        return namespace


class FineTuningAlphaGraders(NamespaceMixin):
    """`client.fine_tuning.alpha.graders`."""

    __slots__ = ()

    def run(
        self, **fields: Unpack[FineTuningAlphaGradersRunParams]
    ) -> FineTuningAlphaGradersRunBuilder:
        """Return a builder for `fine_tuning.alpha.graders.run` (POST /fine_tuning/alpha/graders/run); keywords pre-fill its setters."""
        builder: FineTuningAlphaGradersRunBuilder = self._op("run", (), fields)
        return builder

    def validate(
        self, **fields: Unpack[FineTuningAlphaGradersValidateParams]
    ) -> FineTuningAlphaGradersValidateBuilder:
        """Return a builder for `fine_tuning.alpha.graders.validate` (POST /fine_tuning/alpha/graders/validate); keywords pre-fill its setters."""
        builder: FineTuningAlphaGradersValidateBuilder = self._op("validate", (), fields)
        return builder


class AsyncFineTuningAlphaGraders(NamespaceMixin):
    """`client.fine_tuning.alpha.graders` of an AsyncClient."""

    __slots__ = ()

    def run(
        self, **fields: Unpack[FineTuningAlphaGradersRunParams]
    ) -> AsyncFineTuningAlphaGradersRunBuilder:
        """Return a builder for `fine_tuning.alpha.graders.run` (POST /fine_tuning/alpha/graders/run); keywords pre-fill its setters."""
        builder: AsyncFineTuningAlphaGradersRunBuilder = self._op("run", (), fields)
        return builder

    def validate(
        self, **fields: Unpack[FineTuningAlphaGradersValidateParams]
    ) -> AsyncFineTuningAlphaGradersValidateBuilder:
        """Return a builder for `fine_tuning.alpha.graders.validate` (POST /fine_tuning/alpha/graders/validate); keywords pre-fill its setters."""
        builder: AsyncFineTuningAlphaGradersValidateBuilder = self._op("validate", (), fields)
        return builder


class FineTuningCheckpoints(NamespaceMixin):
    """`client.fine_tuning.checkpoints`."""

    __slots__ = ()

    @property
    def permissions(self) -> FineTuningCheckpointsPermissions:
        """`client.fine_tuning.checkpoints.permissions`."""
        namespace: FineTuningCheckpointsPermissions = self._sub("permissions")
        return namespace


class AsyncFineTuningCheckpoints(NamespaceMixin):
    """`client.fine_tuning.checkpoints` of an AsyncClient."""

    __slots__ = ()

    @property
    def permissions(self) -> AsyncFineTuningCheckpointsPermissions:
        """`client.fine_tuning.checkpoints.permissions`."""
        namespace: AsyncFineTuningCheckpointsPermissions = self._sub("permissions")
        return namespace


class FineTuningCheckpointsPermissions(NamespaceMixin):
    """`client.fine_tuning.checkpoints.permissions`."""

    __slots__ = ()

    @defer_path_check
    def create(
        self,
        fine_tuned_model_checkpoint: str,
        **fields: Unpack[FineTuningCheckpointsPermissionsCreateParams],
    ) -> FineTuningCheckpointsPermissionsCreateBuilder:
        """Return a builder for `fine_tuning.checkpoints.permissions.create` (POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions); keywords pre-fill its setters."""
        builder: FineTuningCheckpointsPermissionsCreateBuilder = self._op(
            "create", (fine_tuned_model_checkpoint,), fields
        )
        return builder

    @defer_path_check
    def delete(
        self,
        fine_tuned_model_checkpoint: str,
        permission_id: str,
        **fields: Unpack[FineTuningCheckpointsPermissionsDeleteParams],
    ) -> FineTuningCheckpointsPermissionsDeleteBuilder:
        """Return a builder for `fine_tuning.checkpoints.permissions.delete` (DELETE /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}); keywords pre-fill its setters."""
        builder: FineTuningCheckpointsPermissionsDeleteBuilder = self._op(
            "delete",
            (
                fine_tuned_model_checkpoint,
                permission_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self,
        fine_tuned_model_checkpoint: str,
        **fields: Unpack[FineTuningCheckpointsPermissionsListParams],
    ) -> FineTuningCheckpointsPermissionsListBuilder:
        """Return a builder for `fine_tuning.checkpoints.permissions.list` (GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions); keywords pre-fill its setters."""
        builder: FineTuningCheckpointsPermissionsListBuilder = self._op(
            "list", (fine_tuned_model_checkpoint,), fields
        )
        return builder


class AsyncFineTuningCheckpointsPermissions(NamespaceMixin):
    """`client.fine_tuning.checkpoints.permissions` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def create(
        self,
        fine_tuned_model_checkpoint: str,
        **fields: Unpack[FineTuningCheckpointsPermissionsCreateParams],
    ) -> AsyncFineTuningCheckpointsPermissionsCreateBuilder:
        """Return a builder for `fine_tuning.checkpoints.permissions.create` (POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions); keywords pre-fill its setters."""
        builder: AsyncFineTuningCheckpointsPermissionsCreateBuilder = self._op(
            "create", (fine_tuned_model_checkpoint,), fields
        )
        return builder

    @defer_path_check
    def delete(
        self,
        fine_tuned_model_checkpoint: str,
        permission_id: str,
        **fields: Unpack[FineTuningCheckpointsPermissionsDeleteParams],
    ) -> AsyncFineTuningCheckpointsPermissionsDeleteBuilder:
        """Return a builder for `fine_tuning.checkpoints.permissions.delete` (DELETE /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}); keywords pre-fill its setters."""
        builder: AsyncFineTuningCheckpointsPermissionsDeleteBuilder = self._op(
            "delete",
            (
                fine_tuned_model_checkpoint,
                permission_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self,
        fine_tuned_model_checkpoint: str,
        **fields: Unpack[FineTuningCheckpointsPermissionsListParams],
    ) -> AsyncFineTuningCheckpointsPermissionsListBuilder:
        """Return a builder for `fine_tuning.checkpoints.permissions.list` (GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions); keywords pre-fill its setters."""
        builder: AsyncFineTuningCheckpointsPermissionsListBuilder = self._op(
            "list", (fine_tuned_model_checkpoint,), fields
        )
        return builder


class FineTuningJobs(NamespaceMixin):
    """`client.fine_tuning.jobs`."""

    __slots__ = ()

    @property
    def checkpoints(self) -> FineTuningJobsCheckpoints:
        """`client.fine_tuning.jobs.checkpoints`."""
        namespace: FineTuningJobsCheckpoints = self._sub("checkpoints")
        return namespace

    @property
    def events(self) -> FineTuningJobsEvents:
        """`client.fine_tuning.jobs.events`."""
        namespace: FineTuningJobsEvents = self._sub("events")
        return namespace

    @defer_path_check
    def cancel(
        self, fine_tuning_job_id: str, **fields: Unpack[FineTuningJobsCancelParams]
    ) -> FineTuningJobsCancelBuilder:
        """Return a builder for `fine_tuning.jobs.cancel` (POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel); keywords pre-fill its setters."""
        builder: FineTuningJobsCancelBuilder = self._op("cancel", (fine_tuning_job_id,), fields)
        return builder

    def create(self, **fields: Unpack[FineTuningJobsCreateParams]) -> FineTuningJobsCreateBuilder:
        """Return a builder for `fine_tuning.jobs.create` (POST /fine_tuning/jobs); keywords pre-fill its setters."""
        builder: FineTuningJobsCreateBuilder = self._op("create", (), fields)
        return builder

    def list(self, **fields: Unpack[FineTuningJobsListParams]) -> FineTuningJobsListBuilder:
        """Return a builder for `fine_tuning.jobs.list` (GET /fine_tuning/jobs); keywords pre-fill its setters."""
        builder: FineTuningJobsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def pause(
        self, fine_tuning_job_id: str, **fields: Unpack[FineTuningJobsPauseParams]
    ) -> FineTuningJobsPauseBuilder:
        """Return a builder for `fine_tuning.jobs.pause` (POST /fine_tuning/jobs/{fine_tuning_job_id}/pause); keywords pre-fill its setters."""
        builder: FineTuningJobsPauseBuilder = self._op("pause", (fine_tuning_job_id,), fields)
        return builder

    @defer_path_check
    def resume(
        self, fine_tuning_job_id: str, **fields: Unpack[FineTuningJobsResumeParams]
    ) -> FineTuningJobsResumeBuilder:
        """Return a builder for `fine_tuning.jobs.resume` (POST /fine_tuning/jobs/{fine_tuning_job_id}/resume); keywords pre-fill its setters."""
        builder: FineTuningJobsResumeBuilder = self._op("resume", (fine_tuning_job_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, fine_tuning_job_id: str, **fields: Unpack[FineTuningJobsRetrieveParams]
    ) -> FineTuningJobsRetrieveBuilder:
        """Return a builder for `fine_tuning.jobs.retrieve` (GET /fine_tuning/jobs/{fine_tuning_job_id}); keywords pre-fill its setters."""
        builder: FineTuningJobsRetrieveBuilder = self._op("retrieve", (fine_tuning_job_id,), fields)
        return builder


class AsyncFineTuningJobs(NamespaceMixin):
    """`client.fine_tuning.jobs` of an AsyncClient."""

    __slots__ = ()

    @property
    def checkpoints(self) -> AsyncFineTuningJobsCheckpoints:
        """`client.fine_tuning.jobs.checkpoints`."""
        namespace: AsyncFineTuningJobsCheckpoints = self._sub("checkpoints")
        return namespace

    @property
    def events(self) -> AsyncFineTuningJobsEvents:
        """`client.fine_tuning.jobs.events`."""
        namespace: AsyncFineTuningJobsEvents = self._sub("events")
        return namespace

    @defer_path_check
    def cancel(
        self, fine_tuning_job_id: str, **fields: Unpack[FineTuningJobsCancelParams]
    ) -> AsyncFineTuningJobsCancelBuilder:
        """Return a builder for `fine_tuning.jobs.cancel` (POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel); keywords pre-fill its setters."""
        builder: AsyncFineTuningJobsCancelBuilder = self._op(
            "cancel", (fine_tuning_job_id,), fields
        )
        return builder

    def create(
        self, **fields: Unpack[FineTuningJobsCreateParams]
    ) -> AsyncFineTuningJobsCreateBuilder:
        """Return a builder for `fine_tuning.jobs.create` (POST /fine_tuning/jobs); keywords pre-fill its setters."""
        builder: AsyncFineTuningJobsCreateBuilder = self._op("create", (), fields)
        return builder

    def list(self, **fields: Unpack[FineTuningJobsListParams]) -> AsyncFineTuningJobsListBuilder:
        """Return a builder for `fine_tuning.jobs.list` (GET /fine_tuning/jobs); keywords pre-fill its setters."""
        builder: AsyncFineTuningJobsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def pause(
        self, fine_tuning_job_id: str, **fields: Unpack[FineTuningJobsPauseParams]
    ) -> AsyncFineTuningJobsPauseBuilder:
        """Return a builder for `fine_tuning.jobs.pause` (POST /fine_tuning/jobs/{fine_tuning_job_id}/pause); keywords pre-fill its setters."""
        builder: AsyncFineTuningJobsPauseBuilder = self._op("pause", (fine_tuning_job_id,), fields)
        return builder

    @defer_path_check
    def resume(
        self, fine_tuning_job_id: str, **fields: Unpack[FineTuningJobsResumeParams]
    ) -> AsyncFineTuningJobsResumeBuilder:
        """Return a builder for `fine_tuning.jobs.resume` (POST /fine_tuning/jobs/{fine_tuning_job_id}/resume); keywords pre-fill its setters."""
        builder: AsyncFineTuningJobsResumeBuilder = self._op(
            "resume", (fine_tuning_job_id,), fields
        )
        return builder

    @defer_path_check
    def retrieve(
        self, fine_tuning_job_id: str, **fields: Unpack[FineTuningJobsRetrieveParams]
    ) -> AsyncFineTuningJobsRetrieveBuilder:
        """Return a builder for `fine_tuning.jobs.retrieve` (GET /fine_tuning/jobs/{fine_tuning_job_id}); keywords pre-fill its setters."""
        builder: AsyncFineTuningJobsRetrieveBuilder = self._op(
            "retrieve", (fine_tuning_job_id,), fields
        )
        return builder


class FineTuningJobsCheckpoints(NamespaceMixin):
    """`client.fine_tuning.jobs.checkpoints`."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, fine_tuning_job_id: str, **fields: Unpack[FineTuningJobsCheckpointsListParams]
    ) -> FineTuningJobsCheckpointsListBuilder:
        """Return a builder for `fine_tuning.jobs.checkpoints.list` (GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints); keywords pre-fill its setters."""
        builder: FineTuningJobsCheckpointsListBuilder = self._op(
            "list", (fine_tuning_job_id,), fields
        )
        return builder


class AsyncFineTuningJobsCheckpoints(NamespaceMixin):
    """`client.fine_tuning.jobs.checkpoints` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, fine_tuning_job_id: str, **fields: Unpack[FineTuningJobsCheckpointsListParams]
    ) -> AsyncFineTuningJobsCheckpointsListBuilder:
        """Return a builder for `fine_tuning.jobs.checkpoints.list` (GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints); keywords pre-fill its setters."""
        builder: AsyncFineTuningJobsCheckpointsListBuilder = self._op(
            "list", (fine_tuning_job_id,), fields
        )
        return builder


class FineTuningJobsEvents(NamespaceMixin):
    """`client.fine_tuning.jobs.events`."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, fine_tuning_job_id: str, **fields: Unpack[FineTuningJobsEventsListParams]
    ) -> FineTuningJobsEventsListBuilder:
        """Return a builder for `fine_tuning.jobs.events.list` (GET /fine_tuning/jobs/{fine_tuning_job_id}/events); keywords pre-fill its setters."""
        builder: FineTuningJobsEventsListBuilder = self._op("list", (fine_tuning_job_id,), fields)
        return builder


class AsyncFineTuningJobsEvents(NamespaceMixin):
    """`client.fine_tuning.jobs.events` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, fine_tuning_job_id: str, **fields: Unpack[FineTuningJobsEventsListParams]
    ) -> AsyncFineTuningJobsEventsListBuilder:
        """Return a builder for `fine_tuning.jobs.events.list` (GET /fine_tuning/jobs/{fine_tuning_job_id}/events); keywords pre-fill its setters."""
        builder: AsyncFineTuningJobsEventsListBuilder = self._op(
            "list", (fine_tuning_job_id,), fields
        )
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "fine_tuning": (FineTuning, AsyncFineTuning),
    "fine_tuning.alpha": (FineTuningAlpha, AsyncFineTuningAlpha),
    "fine_tuning.alpha.graders": (FineTuningAlphaGraders, AsyncFineTuningAlphaGraders),
    "fine_tuning.checkpoints": (FineTuningCheckpoints, AsyncFineTuningCheckpoints),
    "fine_tuning.checkpoints.permissions": (
        FineTuningCheckpointsPermissions,
        AsyncFineTuningCheckpointsPermissions,
    ),
    "fine_tuning.jobs": (FineTuningJobs, AsyncFineTuningJobs),
    "fine_tuning.jobs.checkpoints": (FineTuningJobsCheckpoints, AsyncFineTuningJobsCheckpoints),
    "fine_tuning.jobs.events": (FineTuningJobsEvents, AsyncFineTuningJobsEvents),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "fine_tuning.alpha.graders.run": FineTuningAlphaGradersRunSetters,
    "fine_tuning.alpha.graders.validate": FineTuningAlphaGradersValidateSetters,
    "fine_tuning.checkpoints.permissions.create": FineTuningCheckpointsPermissionsCreateSetters,
    "fine_tuning.checkpoints.permissions.delete": FineTuningCheckpointsPermissionsDeleteSetters,
    "fine_tuning.checkpoints.permissions.list": FineTuningCheckpointsPermissionsListSetters,
    "fine_tuning.jobs.cancel": FineTuningJobsCancelSetters,
    "fine_tuning.jobs.checkpoints.list": FineTuningJobsCheckpointsListSetters,
    "fine_tuning.jobs.create": FineTuningJobsCreateSetters,
    "fine_tuning.jobs.events.list": FineTuningJobsEventsListSetters,
    "fine_tuning.jobs.list": FineTuningJobsListSetters,
    "fine_tuning.jobs.pause": FineTuningJobsPauseSetters,
    "fine_tuning.jobs.resume": FineTuningJobsResumeSetters,
    "fine_tuning.jobs.retrieve": FineTuningJobsRetrieveSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class FineTuningAlphaGradersRunBuilder(
        FineTuningAlphaGradersRunSetters, RequestBuilder[RunGraderResponse]
    ):
        """Builder of `fine_tuning.alpha.graders.run`: `send()` returns RunGraderResponse."""

    class AsyncFineTuningAlphaGradersRunBuilder(
        FineTuningAlphaGradersRunSetters, AsyncRequestBuilder[RunGraderResponse]
    ):
        """Async builder of `fine_tuning.alpha.graders.run`: `await send()` returns RunGraderResponse."""

    class FineTuningAlphaGradersValidateBuilder(
        FineTuningAlphaGradersValidateSetters, RequestBuilder[ValidateGraderResponse]
    ):
        """Builder of `fine_tuning.alpha.graders.validate`: `send()` returns ValidateGraderResponse."""

    class AsyncFineTuningAlphaGradersValidateBuilder(
        FineTuningAlphaGradersValidateSetters, AsyncRequestBuilder[ValidateGraderResponse]
    ):
        """Async builder of `fine_tuning.alpha.graders.validate`: `await send()` returns ValidateGraderResponse."""

    class FineTuningCheckpointsPermissionsCreateBuilder(
        FineTuningCheckpointsPermissionsCreateSetters,
        RequestBuilder[ListFineTuningCheckpointPermissionResponse],
    ):
        """Builder of `fine_tuning.checkpoints.permissions.create`: `send()` returns ListFineTuningCheckpointPermissionResponse."""

    class AsyncFineTuningCheckpointsPermissionsCreateBuilder(
        FineTuningCheckpointsPermissionsCreateSetters,
        AsyncRequestBuilder[ListFineTuningCheckpointPermissionResponse],
    ):
        """Async builder of `fine_tuning.checkpoints.permissions.create`: `await send()` returns ListFineTuningCheckpointPermissionResponse."""

    class FineTuningCheckpointsPermissionsDeleteBuilder(
        FineTuningCheckpointsPermissionsDeleteSetters,
        RequestBuilder[DeleteFineTuningCheckpointPermissionResponse],
    ):
        """Builder of `fine_tuning.checkpoints.permissions.delete`: `send()` returns DeleteFineTuningCheckpointPermissionResponse."""

    class AsyncFineTuningCheckpointsPermissionsDeleteBuilder(
        FineTuningCheckpointsPermissionsDeleteSetters,
        AsyncRequestBuilder[DeleteFineTuningCheckpointPermissionResponse],
    ):
        """Async builder of `fine_tuning.checkpoints.permissions.delete`: `await send()` returns DeleteFineTuningCheckpointPermissionResponse."""

    class FineTuningCheckpointsPermissionsListBuilder(
        FineTuningCheckpointsPermissionsListSetters, ListBuilder
    ):
        """Builder of `fine_tuning.checkpoints.permissions.list`: `send()` returns a Page of FineTuningCheckpointPermission."""

        def send(self) -> Page[FineTuningCheckpointPermission]: ...
        def send_with_meta(self) -> ApiResponse[Page[FineTuningCheckpointPermission]]: ...
        def iter_all(self) -> Iterator[FineTuningCheckpointPermission]: ...

    class AsyncFineTuningCheckpointsPermissionsListBuilder(
        FineTuningCheckpointsPermissionsListSetters, AsyncListBuilder
    ):
        """Async builder of `fine_tuning.checkpoints.permissions.list`: `await send()` returns a Page of FineTuningCheckpointPermission."""

        async def send(self) -> AsyncPage[FineTuningCheckpointPermission]: ...
        async def send_with_meta(
            self,
        ) -> ApiResponse[AsyncPage[FineTuningCheckpointPermission]]: ...
        def iter_all(self) -> AsyncIterator[FineTuningCheckpointPermission]: ...

    class FineTuningJobsCancelBuilder(FineTuningJobsCancelSetters, RequestBuilder[FineTuningJob]):
        """Builder of `fine_tuning.jobs.cancel`: `send()` returns FineTuningJob."""

    class AsyncFineTuningJobsCancelBuilder(
        FineTuningJobsCancelSetters, AsyncRequestBuilder[FineTuningJob]
    ):
        """Async builder of `fine_tuning.jobs.cancel`: `await send()` returns FineTuningJob."""

    class FineTuningJobsCheckpointsListBuilder(FineTuningJobsCheckpointsListSetters, ListBuilder):
        """Builder of `fine_tuning.jobs.checkpoints.list`: `send()` returns a Page of FineTuningJobCheckpoint."""

        def send(self) -> Page[FineTuningJobCheckpoint]: ...
        def send_with_meta(self) -> ApiResponse[Page[FineTuningJobCheckpoint]]: ...
        def iter_all(self) -> Iterator[FineTuningJobCheckpoint]: ...

    class AsyncFineTuningJobsCheckpointsListBuilder(
        FineTuningJobsCheckpointsListSetters, AsyncListBuilder
    ):
        """Async builder of `fine_tuning.jobs.checkpoints.list`: `await send()` returns a Page of FineTuningJobCheckpoint."""

        async def send(self) -> AsyncPage[FineTuningJobCheckpoint]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[FineTuningJobCheckpoint]]: ...
        def iter_all(self) -> AsyncIterator[FineTuningJobCheckpoint]: ...

    class FineTuningJobsCreateBuilder(FineTuningJobsCreateSetters, RequestBuilder[FineTuningJob]):
        """Builder of `fine_tuning.jobs.create`: `send()` returns FineTuningJob."""

    class AsyncFineTuningJobsCreateBuilder(
        FineTuningJobsCreateSetters, AsyncRequestBuilder[FineTuningJob]
    ):
        """Async builder of `fine_tuning.jobs.create`: `await send()` returns FineTuningJob."""

    class FineTuningJobsEventsListBuilder(FineTuningJobsEventsListSetters, ListBuilder):
        """Builder of `fine_tuning.jobs.events.list`: `send()` returns a Page of FineTuningJobEvent."""

        def send(self) -> Page[FineTuningJobEvent]: ...
        def send_with_meta(self) -> ApiResponse[Page[FineTuningJobEvent]]: ...
        def iter_all(self) -> Iterator[FineTuningJobEvent]: ...

    class AsyncFineTuningJobsEventsListBuilder(FineTuningJobsEventsListSetters, AsyncListBuilder):
        """Async builder of `fine_tuning.jobs.events.list`: `await send()` returns a Page of FineTuningJobEvent."""

        async def send(self) -> AsyncPage[FineTuningJobEvent]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[FineTuningJobEvent]]: ...
        def iter_all(self) -> AsyncIterator[FineTuningJobEvent]: ...

    class FineTuningJobsListBuilder(FineTuningJobsListSetters, ListBuilder):
        """Builder of `fine_tuning.jobs.list`: `send()` returns a Page of FineTuningJob."""

        def send(self) -> Page[FineTuningJob]: ...
        def send_with_meta(self) -> ApiResponse[Page[FineTuningJob]]: ...
        def iter_all(self) -> Iterator[FineTuningJob]: ...

    class AsyncFineTuningJobsListBuilder(FineTuningJobsListSetters, AsyncListBuilder):
        """Async builder of `fine_tuning.jobs.list`: `await send()` returns a Page of FineTuningJob."""

        async def send(self) -> AsyncPage[FineTuningJob]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[FineTuningJob]]: ...
        def iter_all(self) -> AsyncIterator[FineTuningJob]: ...

    class FineTuningJobsPauseBuilder(FineTuningJobsPauseSetters, RequestBuilder[FineTuningJob]):
        """Builder of `fine_tuning.jobs.pause`: `send()` returns FineTuningJob."""

    class AsyncFineTuningJobsPauseBuilder(
        FineTuningJobsPauseSetters, AsyncRequestBuilder[FineTuningJob]
    ):
        """Async builder of `fine_tuning.jobs.pause`: `await send()` returns FineTuningJob."""

    class FineTuningJobsResumeBuilder(FineTuningJobsResumeSetters, RequestBuilder[FineTuningJob]):
        """Builder of `fine_tuning.jobs.resume`: `send()` returns FineTuningJob."""

    class AsyncFineTuningJobsResumeBuilder(
        FineTuningJobsResumeSetters, AsyncRequestBuilder[FineTuningJob]
    ):
        """Async builder of `fine_tuning.jobs.resume`: `await send()` returns FineTuningJob."""

    class FineTuningJobsRetrieveBuilder(
        FineTuningJobsRetrieveSetters, RequestBuilder[FineTuningJob]
    ):
        """Builder of `fine_tuning.jobs.retrieve`: `send()` returns FineTuningJob."""

    class AsyncFineTuningJobsRetrieveBuilder(
        FineTuningJobsRetrieveSetters, AsyncRequestBuilder[FineTuningJob]
    ):
        """Async builder of `fine_tuning.jobs.retrieve`: `await send()` returns FineTuningJob."""
