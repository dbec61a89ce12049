"""dbcloud's spec pipeline: lint the hand-curated OpenAPI specs and generate the Python clients."""
