# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
"""Contains endpoint functions for accessing the API"""
