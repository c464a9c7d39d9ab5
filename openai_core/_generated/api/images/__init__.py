# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""Endpoint modules of the `images` tag."""
