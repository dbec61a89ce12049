# Generated from specs/ddm/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

from ... import errors
from ...models.delete_ddm_database_response import DeleteDdmDatabaseResponse
from ...models.error_response import ErrorResponse
from ...models.legacy_error_response import LegacyErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    database_name: str,
    *,
    delete_dn_data: bool,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["delete_dn_data"] = delete_dn_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v3/{project_id}/instances/{instance_id}/databases/{database_name}".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
            database_name=quote(str(database_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteDdmDatabaseResponse | ErrorResponse | ErrorResponse | LegacyErrorResponse | None:
    if response.status_code == 202:
        response_202 = DeleteDdmDatabaseResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

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
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteDdmDatabaseResponse | ErrorResponse | ErrorResponse | LegacyErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    instance_id: str,
    database_name: str,
    *,
    client: AuthenticatedClient | Client,
    delete_dn_data: bool,
) -> Response[DeleteDdmDatabaseResponse | ErrorResponse | ErrorResponse | LegacyErrorResponse]:
    """Delete a schema (v3)

     Starts deleting a schema, optionally dropping its data on the associated DB instances. The v1
    variant is delete_database.

    Args:
        project_id (str):
        instance_id (str):
        database_name (str):
        delete_dn_data (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteDdmDatabaseResponse | ErrorResponse | ErrorResponse | LegacyErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        database_name=database_name,
        delete_dn_data=delete_dn_data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    instance_id: str,
    database_name: str,
    *,
    client: AuthenticatedClient | Client,
    delete_dn_data: bool,
) -> DeleteDdmDatabaseResponse | ErrorResponse | ErrorResponse | LegacyErrorResponse | None:
    """Delete a schema (v3)

     Starts deleting a schema, optionally dropping its data on the associated DB instances. The v1
    variant is delete_database.

    Args:
        project_id (str):
        instance_id (str):
        database_name (str):
        delete_dn_data (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteDdmDatabaseResponse | ErrorResponse | ErrorResponse | LegacyErrorResponse
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        database_name=database_name,
        client=client,
        delete_dn_data=delete_dn_data,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    database_name: str,
    *,
    client: AuthenticatedClient | Client,
    delete_dn_data: bool,
) -> Response[DeleteDdmDatabaseResponse | ErrorResponse | ErrorResponse | LegacyErrorResponse]:
    """Delete a schema (v3)

     Starts deleting a schema, optionally dropping its data on the associated DB instances. The v1
    variant is delete_database.

    Args:
        project_id (str):
        instance_id (str):
        database_name (str):
        delete_dn_data (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteDdmDatabaseResponse | ErrorResponse | ErrorResponse | LegacyErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        database_name=database_name,
        delete_dn_data=delete_dn_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    database_name: str,
    *,
    client: AuthenticatedClient | Client,
    delete_dn_data: bool,
) -> DeleteDdmDatabaseResponse | ErrorResponse | ErrorResponse | LegacyErrorResponse | None:
    """Delete a schema (v3)

     Starts deleting a schema, optionally dropping its data on the associated DB instances. The v1
    variant is delete_database.

    Args:
        project_id (str):
        instance_id (str):
        database_name (str):
        delete_dn_data (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteDdmDatabaseResponse | ErrorResponse | ErrorResponse | LegacyErrorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            database_name=database_name,
            client=client,
            delete_dn_data=delete_dn_data,
        )
    ).parsed


#: dbcloud_core's entry points: the request's httpx keyword arguments, and the typed reply of a response.
get_kwargs = _get_kwargs
parse_response = _parse_response
