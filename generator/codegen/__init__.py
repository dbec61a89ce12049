"""Code generation: the service model rendered into ``clients/<service>/`` (``python -m generator generate``)
and the drift gate (``check``). Depends on the shared base (config, spec, naming, model) and on lint as its
gate; nothing outside this package imports it but the command line."""
