# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Pure endpoint modules, one per operation, grouped by the spec's tags."""
