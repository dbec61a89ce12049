# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.

"""A client library for accessing Samsung SDS Cloud Platform EPAS (DBaaS) API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
