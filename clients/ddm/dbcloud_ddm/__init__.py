# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.

"""A client library for accessing Huawei Cloud Distributed Database Middleware (DDM) API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
