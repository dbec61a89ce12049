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
from ...models.show_avalible_rds_response import ShowAvalibleRdsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    target_instance_id: str,
    source_dn_instance_id: str,
    restore_time: str,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["target_instance_id"] = target_instance_id

    params["source_dn_instance_id"] = source_dn_instance_id

    params["restore_time"] = restore_time

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/{project_id}/instances/{instance_id}/backups/restorable-data-node".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | LegacyErrorResponse | ShowAvalibleRdsResponse | None:
    if response.status_code == 200:
        response_200 = ShowAvalibleRdsResponse.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | ErrorResponse | LegacyErrorResponse | ShowAvalibleRdsResponse]:
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
    target_instance_id: str,
    source_dn_instance_id: str,
    restore_time: str,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | LegacyErrorResponse | ShowAvalibleRdsResponse]:
    """List data nodes available for point-in-time restore

     Returns the data nodes of a target instance that can receive a point-in-time restore of a source
    data node.

    Args:
        project_id (str):
        instance_id (str):
        target_instance_id (str):
        source_dn_instance_id (str):
        restore_time (str):
        offset (int | Unset): Default: 0.
        limit (int | Unset): Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | LegacyErrorResponse | ShowAvalibleRdsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        target_instance_id=target_instance_id,
        source_dn_instance_id=source_dn_instance_id,
        restore_time=restore_time,
        offset=offset,
        limit=limit,
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
    target_instance_id: str,
    source_dn_instance_id: str,
    restore_time: str,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | LegacyErrorResponse | ShowAvalibleRdsResponse | None:
    """List data nodes available for point-in-time restore

     Returns the data nodes of a target instance that can receive a point-in-time restore of a source
    data node.

    Args:
        project_id (str):
        instance_id (str):
        target_instance_id (str):
        source_dn_instance_id (str):
        restore_time (str):
        offset (int | Unset): Default: 0.
        limit (int | Unset): Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | LegacyErrorResponse | ShowAvalibleRdsResponse
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        target_instance_id=target_instance_id,
        source_dn_instance_id=source_dn_instance_id,
        restore_time=restore_time,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_instance_id: str,
    source_dn_instance_id: str,
    restore_time: str,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | LegacyErrorResponse | ShowAvalibleRdsResponse]:
    """List data nodes available for point-in-time restore

     Returns the data nodes of a target instance that can receive a point-in-time restore of a source
    data node.

    Args:
        project_id (str):
        instance_id (str):
        target_instance_id (str):
        source_dn_instance_id (str):
        restore_time (str):
        offset (int | Unset): Default: 0.
        limit (int | Unset): Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | LegacyErrorResponse | ShowAvalibleRdsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        target_instance_id=target_instance_id,
        source_dn_instance_id=source_dn_instance_id,
        restore_time=restore_time,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    target_instance_id: str,
    source_dn_instance_id: str,
    restore_time: str,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | LegacyErrorResponse | ShowAvalibleRdsResponse | None:
    """List data nodes available for point-in-time restore

     Returns the data nodes of a target instance that can receive a point-in-time restore of a source
    data node.

    Args:
        project_id (str):
        instance_id (str):
        target_instance_id (str):
        source_dn_instance_id (str):
        restore_time (str):
        offset (int | Unset): Default: 0.
        limit (int | Unset): Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | LegacyErrorResponse | ShowAvalibleRdsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            target_instance_id=target_instance_id,
            source_dn_instance_id=source_dn_instance_id,
            restore_time=restore_time,
            offset=offset,
            limit=limit,
        )
    ).parsed


#: dbcloud_core's entry points: the request's httpx keyword arguments, and the typed reply of a response.
get_kwargs = _get_kwargs
parse_response = _parse_response
