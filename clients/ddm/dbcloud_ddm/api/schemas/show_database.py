# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.error_response import ErrorResponse
from ...models.legacy_error_response import LegacyErrorResponse
from ...models.show_database_response import ShowDatabaseResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    ddm_dbname: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/instances/{instance_id}/databases/{ddm_dbname}".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
            ddm_dbname=quote(str(ddm_dbname), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LegacyErrorResponse | LegacyErrorResponse | ShowDatabaseResponse | None:
    if response.status_code == 200:
        response_200 = ShowDatabaseResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = LegacyErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorResponse | LegacyErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_any_error_response_type_0 = ErrorResponse.from_dict(data)

                return componentsschemas_any_error_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_any_error_response_type_1 = LegacyErrorResponse.from_dict(data)

            return componentsschemas_any_error_response_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> ErrorResponse | LegacyErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_any_error_response_type_0 = ErrorResponse.from_dict(data)

                return componentsschemas_any_error_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_any_error_response_type_1 = LegacyErrorResponse.from_dict(data)

            return componentsschemas_any_error_response_type_1

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ErrorResponse | LegacyErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_any_error_response_type_0 = ErrorResponse.from_dict(data)

                return componentsschemas_any_error_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_any_error_response_type_1 = LegacyErrorResponse.from_dict(data)

            return componentsschemas_any_error_response_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = LegacyErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | LegacyErrorResponse | LegacyErrorResponse | ShowDatabaseResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    instance_id: str,
    ddm_dbname: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | LegacyErrorResponse | LegacyErrorResponse | ShowDatabaseResponse]:
    """Show a schema

     Returns a schema with its shards, connection addresses and RDS instances. The v3 variant is
    show_instance_database.

    Args:
        project_id (str):
        instance_id (str):
        ddm_dbname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LegacyErrorResponse | LegacyErrorResponse | ShowDatabaseResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        ddm_dbname=ddm_dbname,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    instance_id: str,
    ddm_dbname: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | LegacyErrorResponse | LegacyErrorResponse | ShowDatabaseResponse | None:
    """Show a schema

     Returns a schema with its shards, connection addresses and RDS instances. The v3 variant is
    show_instance_database.

    Args:
        project_id (str):
        instance_id (str):
        ddm_dbname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LegacyErrorResponse | LegacyErrorResponse | ShowDatabaseResponse
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        ddm_dbname=ddm_dbname,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    ddm_dbname: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | LegacyErrorResponse | LegacyErrorResponse | ShowDatabaseResponse]:
    """Show a schema

     Returns a schema with its shards, connection addresses and RDS instances. The v3 variant is
    show_instance_database.

    Args:
        project_id (str):
        instance_id (str):
        ddm_dbname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LegacyErrorResponse | LegacyErrorResponse | ShowDatabaseResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        ddm_dbname=ddm_dbname,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    ddm_dbname: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | LegacyErrorResponse | LegacyErrorResponse | ShowDatabaseResponse | None:
    """Show a schema

     Returns a schema with its shards, connection addresses and RDS instances. The v3 variant is
    show_instance_database.

    Args:
        project_id (str):
        instance_id (str):
        ddm_dbname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LegacyErrorResponse | LegacyErrorResponse | ShowDatabaseResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            ddm_dbname=ddm_dbname,
            client=client,
        )
    ).parsed


#: dbcloud_core's entry points: the request's httpx keyword arguments, and the typed reply of a response.
get_kwargs = _get_kwargs
parse_response = _parse_response
