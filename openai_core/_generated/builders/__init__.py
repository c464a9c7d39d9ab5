# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
Typed setters and namespaces, one module per top-level namespace (`builders/files.py` for
`client.files`). Nothing here is imported by `import openai_core`; the hand-written layer loads a
module when its namespace is first used and composes the mixins with its builder bases.
"""
