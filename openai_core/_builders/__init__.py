"""
Builders wing: namespaces, request builders, pagination, the chat and event-stream builders.

`catalog.py` is the one module that reads the generated catalog; `extensions.py` is the one
table of hand-written builder bases, namespace mixins and namespace classes; `namespaces.py`
composes them with the generated mixins. May import the shared top-level modules and the
`_streaming`, `_structured` and `_tools` wings; never the client (it reaches it through the
`ClientLike` / `AsyncClientLike` seam of `client_like.py`) nor `_transport`.
"""
