# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
The generated layer: the models of the OpenAI spec, the endpoint catalog (one entry per
operation) and the typed setter and namespace mixins of the builders. Nothing here does I/O.
"""
