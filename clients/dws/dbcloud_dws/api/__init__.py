# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
"""Contains methods for accessing the API"""
