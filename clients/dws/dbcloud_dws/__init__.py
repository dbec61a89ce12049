# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.

"""A client library for accessing Huawei Cloud GaussDB(DWS) API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
