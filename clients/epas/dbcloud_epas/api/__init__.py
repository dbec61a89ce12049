# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
"""Contains methods for accessing the API"""
