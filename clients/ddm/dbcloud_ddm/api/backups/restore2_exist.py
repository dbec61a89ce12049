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
from ...models.restore_2_exist_request import Restore2ExistRequest
from ...models.restore_2_exist_response import Restore2ExistResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: Restore2ExistRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/{project_id}/instances/{instance_id}/backups/recovery".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | LegacyErrorResponse | Restore2ExistResponse | None:
    if response.status_code == 202:
        response_202 = Restore2ExistResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ErrorResponse | LegacyErrorResponse | Restore2ExistResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Restore2ExistRequest,
) -> Response[ErrorResponse | ErrorResponse | LegacyErrorResponse | Restore2ExistResponse]:
    """Restore data to a new instance

     Restores the source instance's data at a point in time onto another DDM instance, mapping each
    source data node to a target data node.

    Args:
        project_id (str):
        instance_id (str):
        body (Restore2ExistRequest): Request to restore data to another instance (Table 4-513).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | LegacyErrorResponse | Restore2ExistResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Restore2ExistRequest,
) -> ErrorResponse | ErrorResponse | LegacyErrorResponse | Restore2ExistResponse | None:
    """Restore data to a new instance

     Restores the source instance's data at a point in time onto another DDM instance, mapping each
    source data node to a target data node.

    Args:
        project_id (str):
        instance_id (str):
        body (Restore2ExistRequest): Request to restore data to another instance (Table 4-513).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | LegacyErrorResponse | Restore2ExistResponse
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Restore2ExistRequest,
) -> Response[ErrorResponse | ErrorResponse | LegacyErrorResponse | Restore2ExistResponse]:
    """Restore data to a new instance

     Restores the source instance's data at a point in time onto another DDM instance, mapping each
    source data node to a target data node.

    Args:
        project_id (str):
        instance_id (str):
        body (Restore2ExistRequest): Request to restore data to another instance (Table 4-513).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | LegacyErrorResponse | Restore2ExistResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Restore2ExistRequest,
) -> ErrorResponse | ErrorResponse | LegacyErrorResponse | Restore2ExistResponse | None:
    """Restore data to a new instance

     Restores the source instance's data at a point in time onto another DDM instance, mapping each
    source data node to a target data node.

    Args:
        project_id (str):
        instance_id (str):
        body (Restore2ExistRequest): Request to restore data to another instance (Table 4-513).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | LegacyErrorResponse | Restore2ExistResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
        )
    ).parsed


#: dbcloud_core's entry points: the request's httpx keyword arguments, and the typed reply of a response.
get_kwargs = _get_kwargs
parse_response = _parse_response
