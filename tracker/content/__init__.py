"""The content pipeline: YAML files -> checked model (load, validate, model)."""
