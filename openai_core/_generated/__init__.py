# Generated from the OpenAI spec 2.3.0 by "make generate". Do not edit.
"""
The generated layer: pure request builders and response parsers for every operation of the OpenAI
spec, the models they use, and the endpoint catalog. Nothing here does I/O.
"""
