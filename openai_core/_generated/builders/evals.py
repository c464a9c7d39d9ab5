# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces of `client.evals` (12 operations).

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
    from ..models.create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource
    from ..models.create_eval_custom_data_source_config import CreateEvalCustomDataSourceConfig
    from ..models.create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
    from ..models.create_eval_label_model_grader import CreateEvalLabelModelGrader
    from ..models.create_eval_logs_data_source_config import CreateEvalLogsDataSourceConfig
    from ..models.create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource
    from ..models.create_eval_stored_completions_data_source_config import (
        CreateEvalStoredCompletionsDataSourceConfig,
    )
    from ..models.delete_eval_response_200 import DeleteEvalResponse200
    from ..models.delete_eval_run_response_200 import DeleteEvalRunResponse200
    from ..models.eval_ import Eval
    from ..models.eval_grader_python import EvalGraderPython
    from ..models.eval_grader_score_model import EvalGraderScoreModel
    from ..models.eval_grader_string_check import EvalGraderStringCheck
    from ..models.eval_grader_text_similarity import EvalGraderTextSimilarity
    from ..models.eval_run import EvalRun
    from ..models.eval_run_output_item import EvalRunOutputItem
    from ..models.metadata_type_0 import MetadataType0
    from ..params import (
        CreateEvalCompletionsRunDataSourceParam,
        CreateEvalCustomDataSourceConfigParam,
        CreateEvalJsonlRunDataSourceParam,
        CreateEvalLabelModelGraderParam,
        CreateEvalLogsDataSourceConfigParam,
        CreateEvalResponsesRunDataSourceParam,
        CreateEvalStoredCompletionsDataSourceConfigParam,
        EvalGraderPythonParam,
        EvalGraderScoreModelParam,
        EvalGraderStringCheckParam,
        EvalGraderTextSimilarityParam,
        EvalsCreateParams,
        EvalsDeleteParams,
        EvalsListParams,
        EvalsRetrieveParams,
        EvalsRunsCancelParams,
        EvalsRunsCreateParams,
        EvalsRunsDeleteParams,
        EvalsRunsListParams,
        EvalsRunsOutputItemsListParams,
        EvalsRunsOutputItemsRetrieveParams,
        EvalsRunsRetrieveParams,
        EvalsUpdateParams,
    )

__all__ = [
    "Evals",
    "AsyncEvals",
    "EvalsRuns",
    "AsyncEvalsRuns",
    "EvalsRunsOutputItems",
    "AsyncEvalsRunsOutputItems",
    "EvalsCreateSetters",
    "EvalsDeleteSetters",
    "EvalsListSetters",
    "EvalsRetrieveSetters",
    "EvalsRunsCancelSetters",
    "EvalsRunsCreateSetters",
    "EvalsRunsDeleteSetters",
    "EvalsRunsListSetters",
    "EvalsRunsOutputItemsListSetters",
    "EvalsRunsOutputItemsRetrieveSetters",
    "EvalsRunsRetrieveSetters",
    "EvalsUpdateSetters",
]


class EvalsCreateSetters(SetterMixin):
    """Setters of `evals.create` (POST /evals)."""

    __slots__ = ()

    def data_source_config(
        self,
        value: CreateEvalCustomDataSourceConfig
        | CreateEvalLogsDataSourceConfig
        | CreateEvalStoredCompletionsDataSourceConfig
        | CreateEvalCustomDataSourceConfigParam
        | CreateEvalLogsDataSourceConfigParam
        | CreateEvalStoredCompletionsDataSourceConfigParam,
    ) -> Self:
        """Set the required body field "data_source_config" (a union of 3 types)."""
        return self.set("data_source_config", value)

    def testing_criteria(
        self,
        value: Sequence[
            CreateEvalLabelModelGrader
            | EvalGraderStringCheck
            | EvalGraderTextSimilarity
            | EvalGraderPython
            | EvalGraderScoreModel
            | CreateEvalLabelModelGraderParam
            | EvalGraderStringCheckParam
            | EvalGraderTextSimilarityParam
            | EvalGraderPythonParam
            | EvalGraderScoreModelParam
        ],
    ) -> Self:
        """Set the required body field "testing_criteria" (array of a union of 5 types)."""
        return self.set("testing_criteria", value)

    def name(self, value: str) -> Self:
        """Set the optional body field "name" (string)."""
        return self.set("name", value)

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)


class EvalsDeleteSetters(SetterMixin):
    """Setters of `evals.delete` (DELETE /evals/{eval_id}): it has no body fields or query parameters."""

    __slots__ = ()


class EvalsListSetters(SetterMixin):
    """Setters of `evals.list` (GET /evals)."""

    __slots__ = ()

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)

    def order_by(self, value: Literal["created_at", "updated_at"] | str) -> Self:
        """Set the optional query parameter "order_by" ("created_at" | "updated_at")."""
        return self.set("order_by", value)


class EvalsRetrieveSetters(SetterMixin):
    """Setters of `evals.retrieve` (GET /evals/{eval_id}): it has no body fields or query parameters."""

    __slots__ = ()


class EvalsRunsCancelSetters(SetterMixin):
    """Setters of `evals.runs.cancel` (POST /evals/{eval_id}/runs/{run_id}): it has no body fields or query parameters."""

    __slots__ = ()


class EvalsRunsCreateSetters(SetterMixin):
    """Setters of `evals.runs.create` (POST /evals/{eval_id}/runs)."""

    __slots__ = ()

    def data_source(
        self,
        value: CreateEvalJsonlRunDataSource
        | CreateEvalCompletionsRunDataSource
        | CreateEvalResponsesRunDataSource
        | CreateEvalJsonlRunDataSourceParam
        | CreateEvalCompletionsRunDataSourceParam
        | CreateEvalResponsesRunDataSourceParam,
    ) -> Self:
        """Set the required body field "data_source" (a union of 3 types)."""
        return self.set("data_source", value)

    def name(self, value: str) -> Self:
        """Set the optional body field "name" (string)."""
        return self.set("name", value)

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)


class EvalsRunsDeleteSetters(SetterMixin):
    """Setters of `evals.runs.delete` (DELETE /evals/{eval_id}/runs/{run_id}): it has no body fields or query parameters."""

    __slots__ = ()


class EvalsRunsListSetters(SetterMixin):
    """Setters of `evals.runs.list` (GET /evals/{eval_id}/runs)."""

    __slots__ = ()

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)

    def status(
        self, value: Literal["canceled", "completed", "failed", "in_progress", "queued"] | str
    ) -> Self:
        """Set the optional query parameter "status" (string enum of 5 values)."""
        return self.set("status", value)


class EvalsRunsOutputItemsListSetters(SetterMixin):
    """Setters of `evals.runs.output_items.list` (GET /evals/{eval_id}/runs/{run_id}/output_items)."""

    __slots__ = ()

    def after(self, value: str) -> Self:
        """Set the optional query parameter "after" (string)."""
        return self.set("after", value)

    def limit(self, value: int) -> Self:
        """Set the optional query parameter "limit" (integer)."""
        return self.set("limit", value)

    def status(self, value: Literal["fail", "pass"] | str) -> Self:
        """Set the optional query parameter "status" ("fail" | "pass")."""
        return self.set("status", value)

    def order(self, value: Literal["asc", "desc"] | str) -> Self:
        """Set the optional query parameter "order" ("asc" | "desc")."""
        return self.set("order", value)


class EvalsRunsOutputItemsRetrieveSetters(SetterMixin):
    """Setters of `evals.runs.output_items.retrieve` (GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}): it has no body fields or query parameters."""

    __slots__ = ()


class EvalsRunsRetrieveSetters(SetterMixin):
    """Setters of `evals.runs.retrieve` (GET /evals/{eval_id}/runs/{run_id}): it has no body fields or query parameters."""

    __slots__ = ()


class EvalsUpdateSetters(SetterMixin):
    """Setters of `evals.update` (POST /evals/{eval_id})."""

    __slots__ = ()

    def name(self, value: str) -> Self:
        """Set the optional body field "name" (string)."""
        return self.set("name", value)

    def metadata(self, value: MetadataType0 | Mapping[str, Any] | None) -> Self:
        """Set the optional body field "metadata" (MetadataType0 or null)."""
        return self.set("metadata", value)


class Evals(NamespaceMixin):
    """`client.evals`."""

    __slots__ = ()

    @property
    def runs(self) -> EvalsRuns:
        """`client.evals.runs`."""
        namespace: EvalsRuns = self._sub("runs")
        return namespace

    def create(self, **fields: Unpack[EvalsCreateParams]) -> EvalsCreateBuilder:
        """Return a builder for `evals.create` (POST /evals); keywords pre-fill its setters."""
        builder: EvalsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(self, eval_id: str, **fields: Unpack[EvalsDeleteParams]) -> EvalsDeleteBuilder:
        """Return a builder for `evals.delete` (DELETE /evals/{eval_id}); keywords pre-fill its setters."""
        builder: EvalsDeleteBuilder = self._op("delete", (eval_id,), fields)
        return builder

    def list(self, **fields: Unpack[EvalsListParams]) -> EvalsListBuilder:
        """Return a builder for `evals.list` (GET /evals); keywords pre-fill its setters."""
        builder: EvalsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(self, eval_id: str, **fields: Unpack[EvalsRetrieveParams]) -> EvalsRetrieveBuilder:
        """Return a builder for `evals.retrieve` (GET /evals/{eval_id}); keywords pre-fill its setters."""
        builder: EvalsRetrieveBuilder = self._op("retrieve", (eval_id,), fields)
        return builder

    @defer_path_check
    def update(self, eval_id: str, **fields: Unpack[EvalsUpdateParams]) -> EvalsUpdateBuilder:
        """Return a builder for `evals.update` (POST /evals/{eval_id}); keywords pre-fill its setters."""
        builder: EvalsUpdateBuilder = self._op("update", (eval_id,), fields)
        return builder


class AsyncEvals(NamespaceMixin):
    """`client.evals` of an AsyncClient."""

    __slots__ = ()

    @property
    def runs(self) -> AsyncEvalsRuns:
        """`client.evals.runs`."""
        namespace: AsyncEvalsRuns = self._sub("runs")
        return namespace

    def create(self, **fields: Unpack[EvalsCreateParams]) -> AsyncEvalsCreateBuilder:
        """Return a builder for `evals.create` (POST /evals); keywords pre-fill its setters."""
        builder: AsyncEvalsCreateBuilder = self._op("create", (), fields)
        return builder

    @defer_path_check
    def delete(self, eval_id: str, **fields: Unpack[EvalsDeleteParams]) -> AsyncEvalsDeleteBuilder:
        """Return a builder for `evals.delete` (DELETE /evals/{eval_id}); keywords pre-fill its setters."""
        builder: AsyncEvalsDeleteBuilder = self._op("delete", (eval_id,), fields)
        return builder

    def list(self, **fields: Unpack[EvalsListParams]) -> AsyncEvalsListBuilder:
        """Return a builder for `evals.list` (GET /evals); keywords pre-fill its setters."""
        builder: AsyncEvalsListBuilder = self._op("list", (), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, eval_id: str, **fields: Unpack[EvalsRetrieveParams]
    ) -> AsyncEvalsRetrieveBuilder:
        """Return a builder for `evals.retrieve` (GET /evals/{eval_id}); keywords pre-fill its setters."""
        builder: AsyncEvalsRetrieveBuilder = self._op("retrieve", (eval_id,), fields)
        return builder

    @defer_path_check
    def update(self, eval_id: str, **fields: Unpack[EvalsUpdateParams]) -> AsyncEvalsUpdateBuilder:
        """Return a builder for `evals.update` (POST /evals/{eval_id}); keywords pre-fill its setters."""
        builder: AsyncEvalsUpdateBuilder = self._op("update", (eval_id,), fields)
        return builder


class EvalsRuns(NamespaceMixin):
    """`client.evals.runs`."""

    __slots__ = ()

    @property
    def output_items(self) -> EvalsRunsOutputItems:
        """`client.evals.runs.output_items`."""
        namespace: EvalsRunsOutputItems = self._sub("output_items")
        return namespace

    @defer_path_check
    def cancel(
        self, eval_id: str, run_id: str, **fields: Unpack[EvalsRunsCancelParams]
    ) -> EvalsRunsCancelBuilder:
        """Return a builder for `evals.runs.cancel` (POST /evals/{eval_id}/runs/{run_id}); keywords pre-fill its setters."""
        builder: EvalsRunsCancelBuilder = self._op(
            "cancel",
            (
                eval_id,
                run_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def create(
        self, eval_id: str, **fields: Unpack[EvalsRunsCreateParams]
    ) -> EvalsRunsCreateBuilder:
        """Return a builder for `evals.runs.create` (POST /evals/{eval_id}/runs); keywords pre-fill its setters."""
        builder: EvalsRunsCreateBuilder = self._op("create", (eval_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, eval_id: str, run_id: str, **fields: Unpack[EvalsRunsDeleteParams]
    ) -> EvalsRunsDeleteBuilder:
        """Return a builder for `evals.runs.delete` (DELETE /evals/{eval_id}/runs/{run_id}); keywords pre-fill its setters."""
        builder: EvalsRunsDeleteBuilder = self._op(
            "delete",
            (
                eval_id,
                run_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(self, eval_id: str, **fields: Unpack[EvalsRunsListParams]) -> EvalsRunsListBuilder:
        """Return a builder for `evals.runs.list` (GET /evals/{eval_id}/runs); keywords pre-fill its setters."""
        builder: EvalsRunsListBuilder = self._op("list", (eval_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, eval_id: str, run_id: str, **fields: Unpack[EvalsRunsRetrieveParams]
    ) -> EvalsRunsRetrieveBuilder:
        """Return a builder for `evals.runs.retrieve` (GET /evals/{eval_id}/runs/{run_id}); keywords pre-fill its setters."""
        builder: EvalsRunsRetrieveBuilder = self._op(
            "retrieve",
            (
                eval_id,
                run_id,
            ),
            fields,
        )
        return builder


class AsyncEvalsRuns(NamespaceMixin):
    """`client.evals.runs` of an AsyncClient."""

    __slots__ = ()

    @property
    def output_items(self) -> AsyncEvalsRunsOutputItems:
        """`client.evals.runs.output_items`."""
        namespace: AsyncEvalsRunsOutputItems = self._sub("output_items")
        return namespace

    @defer_path_check
    def cancel(
        self, eval_id: str, run_id: str, **fields: Unpack[EvalsRunsCancelParams]
    ) -> AsyncEvalsRunsCancelBuilder:
        """Return a builder for `evals.runs.cancel` (POST /evals/{eval_id}/runs/{run_id}); keywords pre-fill its setters."""
        builder: AsyncEvalsRunsCancelBuilder = self._op(
            "cancel",
            (
                eval_id,
                run_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def create(
        self, eval_id: str, **fields: Unpack[EvalsRunsCreateParams]
    ) -> AsyncEvalsRunsCreateBuilder:
        """Return a builder for `evals.runs.create` (POST /evals/{eval_id}/runs); keywords pre-fill its setters."""
        builder: AsyncEvalsRunsCreateBuilder = self._op("create", (eval_id,), fields)
        return builder

    @defer_path_check
    def delete(
        self, eval_id: str, run_id: str, **fields: Unpack[EvalsRunsDeleteParams]
    ) -> AsyncEvalsRunsDeleteBuilder:
        """Return a builder for `evals.runs.delete` (DELETE /evals/{eval_id}/runs/{run_id}); keywords pre-fill its setters."""
        builder: AsyncEvalsRunsDeleteBuilder = self._op(
            "delete",
            (
                eval_id,
                run_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def list(
        self, eval_id: str, **fields: Unpack[EvalsRunsListParams]
    ) -> AsyncEvalsRunsListBuilder:
        """Return a builder for `evals.runs.list` (GET /evals/{eval_id}/runs); keywords pre-fill its setters."""
        builder: AsyncEvalsRunsListBuilder = self._op("list", (eval_id,), fields)
        return builder

    @defer_path_check
    def retrieve(
        self, eval_id: str, run_id: str, **fields: Unpack[EvalsRunsRetrieveParams]
    ) -> AsyncEvalsRunsRetrieveBuilder:
        """Return a builder for `evals.runs.retrieve` (GET /evals/{eval_id}/runs/{run_id}); keywords pre-fill its setters."""
        builder: AsyncEvalsRunsRetrieveBuilder = self._op(
            "retrieve",
            (
                eval_id,
                run_id,
            ),
            fields,
        )
        return builder


class EvalsRunsOutputItems(NamespaceMixin):
    """`client.evals.runs.output_items`."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, eval_id: str, run_id: str, **fields: Unpack[EvalsRunsOutputItemsListParams]
    ) -> EvalsRunsOutputItemsListBuilder:
        """Return a builder for `evals.runs.output_items.list` (GET /evals/{eval_id}/runs/{run_id}/output_items); keywords pre-fill its setters."""
        builder: EvalsRunsOutputItemsListBuilder = self._op(
            "list",
            (
                eval_id,
                run_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        eval_id: str,
        run_id: str,
        output_item_id: str,
        **fields: Unpack[EvalsRunsOutputItemsRetrieveParams],
    ) -> EvalsRunsOutputItemsRetrieveBuilder:
        """Return a builder for `evals.runs.output_items.retrieve` (GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}); keywords pre-fill its setters."""
        builder: EvalsRunsOutputItemsRetrieveBuilder = self._op(
            "retrieve",
            (
                eval_id,
                run_id,
                output_item_id,
            ),
            fields,
        )
        return builder


class AsyncEvalsRunsOutputItems(NamespaceMixin):
    """`client.evals.runs.output_items` of an AsyncClient."""

    __slots__ = ()

    @defer_path_check
    def list(
        self, eval_id: str, run_id: str, **fields: Unpack[EvalsRunsOutputItemsListParams]
    ) -> AsyncEvalsRunsOutputItemsListBuilder:
        """Return a builder for `evals.runs.output_items.list` (GET /evals/{eval_id}/runs/{run_id}/output_items); keywords pre-fill its setters."""
        builder: AsyncEvalsRunsOutputItemsListBuilder = self._op(
            "list",
            (
                eval_id,
                run_id,
            ),
            fields,
        )
        return builder

    @defer_path_check
    def retrieve(
        self,
        eval_id: str,
        run_id: str,
        output_item_id: str,
        **fields: Unpack[EvalsRunsOutputItemsRetrieveParams],
    ) -> AsyncEvalsRunsOutputItemsRetrieveBuilder:
        """Return a builder for `evals.runs.output_items.retrieve` (GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}); keywords pre-fill its setters."""
        builder: AsyncEvalsRunsOutputItemsRetrieveBuilder = self._op(
            "retrieve",
            (
                eval_id,
                run_id,
                output_item_id,
            ),
            fields,
        )
        return builder


NAMESPACES: dict[str, tuple[type[NamespaceMixin], type[NamespaceMixin]]] = {
    "evals": (Evals, AsyncEvals),
    "evals.runs": (EvalsRuns, AsyncEvalsRuns),
    "evals.runs.output_items": (EvalsRunsOutputItems, AsyncEvalsRunsOutputItems),
}
"""The sync and async namespace mixin of each namespace path."""

SETTERS: dict[str, type[SetterMixin]] = {
    "evals.create": EvalsCreateSetters,
    "evals.delete": EvalsDeleteSetters,
    "evals.list": EvalsListSetters,
    "evals.retrieve": EvalsRetrieveSetters,
    "evals.runs.cancel": EvalsRunsCancelSetters,
    "evals.runs.create": EvalsRunsCreateSetters,
    "evals.runs.delete": EvalsRunsDeleteSetters,
    "evals.runs.list": EvalsRunsListSetters,
    "evals.runs.output_items.list": EvalsRunsOutputItemsListSetters,
    "evals.runs.output_items.retrieve": EvalsRunsOutputItemsRetrieveSetters,
    "evals.runs.retrieve": EvalsRunsRetrieveSetters,
    "evals.update": EvalsUpdateSetters,
}
"""The setter mixin of each operation id."""

if TYPE_CHECKING:

    class EvalsCreateBuilder(EvalsCreateSetters, RequestBuilder[Eval]):
        """Builder of `evals.create`: `send()` returns Eval."""

    class AsyncEvalsCreateBuilder(EvalsCreateSetters, AsyncRequestBuilder[Eval]):
        """Async builder of `evals.create`: `await send()` returns Eval."""

    class EvalsDeleteBuilder(EvalsDeleteSetters, RequestBuilder[DeleteEvalResponse200]):
        """Builder of `evals.delete`: `send()` returns DeleteEvalResponse200."""

    class AsyncEvalsDeleteBuilder(EvalsDeleteSetters, AsyncRequestBuilder[DeleteEvalResponse200]):
        """Async builder of `evals.delete`: `await send()` returns DeleteEvalResponse200."""

    class EvalsListBuilder(EvalsListSetters, ListBuilder):
        """Builder of `evals.list`: `send()` returns a Page of Eval."""

        def send(self) -> Page[Eval]: ...
        def send_with_meta(self) -> ApiResponse[Page[Eval]]: ...
        def iter_all(self) -> Iterator[Eval]: ...

    class AsyncEvalsListBuilder(EvalsListSetters, AsyncListBuilder):
        """Async builder of `evals.list`: `await send()` returns a Page of Eval."""

        async def send(self) -> AsyncPage[Eval]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[Eval]]: ...
        def iter_all(self) -> AsyncIterator[Eval]: ...

    class EvalsRetrieveBuilder(EvalsRetrieveSetters, RequestBuilder[Eval]):
        """Builder of `evals.retrieve`: `send()` returns Eval."""

    class AsyncEvalsRetrieveBuilder(EvalsRetrieveSetters, AsyncRequestBuilder[Eval]):
        """Async builder of `evals.retrieve`: `await send()` returns Eval."""

    class EvalsRunsCancelBuilder(EvalsRunsCancelSetters, RequestBuilder[EvalRun]):
        """Builder of `evals.runs.cancel`: `send()` returns EvalRun."""

    class AsyncEvalsRunsCancelBuilder(EvalsRunsCancelSetters, AsyncRequestBuilder[EvalRun]):
        """Async builder of `evals.runs.cancel`: `await send()` returns EvalRun."""

    class EvalsRunsCreateBuilder(EvalsRunsCreateSetters, RequestBuilder[EvalRun]):
        """Builder of `evals.runs.create`: `send()` returns EvalRun."""

    class AsyncEvalsRunsCreateBuilder(EvalsRunsCreateSetters, AsyncRequestBuilder[EvalRun]):
        """Async builder of `evals.runs.create`: `await send()` returns EvalRun."""

    class EvalsRunsDeleteBuilder(EvalsRunsDeleteSetters, RequestBuilder[DeleteEvalRunResponse200]):
        """Builder of `evals.runs.delete`: `send()` returns DeleteEvalRunResponse200."""

    class AsyncEvalsRunsDeleteBuilder(
        EvalsRunsDeleteSetters, AsyncRequestBuilder[DeleteEvalRunResponse200]
    ):
        """Async builder of `evals.runs.delete`: `await send()` returns DeleteEvalRunResponse200."""

    class EvalsRunsListBuilder(EvalsRunsListSetters, ListBuilder):
        """Builder of `evals.runs.list`: `send()` returns a Page of EvalRun."""

        def send(self) -> Page[EvalRun]: ...
        def send_with_meta(self) -> ApiResponse[Page[EvalRun]]: ...
        def iter_all(self) -> Iterator[EvalRun]: ...

    class AsyncEvalsRunsListBuilder(EvalsRunsListSetters, AsyncListBuilder):
        """Async builder of `evals.runs.list`: `await send()` returns a Page of EvalRun."""

        async def send(self) -> AsyncPage[EvalRun]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[EvalRun]]: ...
        def iter_all(self) -> AsyncIterator[EvalRun]: ...

    class EvalsRunsOutputItemsListBuilder(EvalsRunsOutputItemsListSetters, ListBuilder):
        """Builder of `evals.runs.output_items.list`: `send()` returns a Page of EvalRunOutputItem."""

        def send(self) -> Page[EvalRunOutputItem]: ...
        def send_with_meta(self) -> ApiResponse[Page[EvalRunOutputItem]]: ...
        def iter_all(self) -> Iterator[EvalRunOutputItem]: ...

    class AsyncEvalsRunsOutputItemsListBuilder(EvalsRunsOutputItemsListSetters, AsyncListBuilder):
        """Async builder of `evals.runs.output_items.list`: `await send()` returns a Page of EvalRunOutputItem."""

        async def send(self) -> AsyncPage[EvalRunOutputItem]: ...
        async def send_with_meta(self) -> ApiResponse[AsyncPage[EvalRunOutputItem]]: ...
        def iter_all(self) -> AsyncIterator[EvalRunOutputItem]: ...

    class EvalsRunsOutputItemsRetrieveBuilder(
        EvalsRunsOutputItemsRetrieveSetters, RequestBuilder[EvalRunOutputItem]
    ):
        """Builder of `evals.runs.output_items.retrieve`: `send()` returns EvalRunOutputItem."""

    class AsyncEvalsRunsOutputItemsRetrieveBuilder(
        EvalsRunsOutputItemsRetrieveSetters, AsyncRequestBuilder[EvalRunOutputItem]
    ):
        """Async builder of `evals.runs.output_items.retrieve`: `await send()` returns EvalRunOutputItem."""

    class EvalsRunsRetrieveBuilder(EvalsRunsRetrieveSetters, RequestBuilder[EvalRun]):
        """Builder of `evals.runs.retrieve`: `send()` returns EvalRun."""

    class AsyncEvalsRunsRetrieveBuilder(EvalsRunsRetrieveSetters, AsyncRequestBuilder[EvalRun]):
        """Async builder of `evals.runs.retrieve`: `await send()` returns EvalRun."""

    class EvalsUpdateBuilder(EvalsUpdateSetters, RequestBuilder[Eval]):
        """Builder of `evals.update`: `send()` returns Eval."""

    class AsyncEvalsUpdateBuilder(EvalsUpdateSetters, AsyncRequestBuilder[Eval]):
        """Async builder of `evals.update`: `await send()` returns Eval."""
