# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from typing import cast

from ... import errors
from ...models.list_log_export_configs_type_type_0 import ListLogExportConfigsTypeType0
from ...models.log_export_config_list_response import LogExportConfigListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: str,
    *,
    type_: ListLogExportConfigsTypeType0 | None | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    json_type_: None | str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, ListLogExportConfigsTypeType0):
        json_type_ = type_.value
    else:
        json_type_ = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/clusters/{cluster_id}/log-export-configs".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | LogExportConfigListResponse | None:
    if response.status_code == 200:
        response_200 = LogExportConfigListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | LogExportConfigListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: ListLogExportConfigsTypeType0 | None | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Any | LogExportConfigListResponse]:
    """List log export configurations

     Returns the log export settings of the cluster per log type, optionally for one log type only.

    Args:
        cluster_id (str):
        type_ (ListLogExportConfigsTypeType0 | None | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LogExportConfigListResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        type_=type_,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: ListLogExportConfigsTypeType0 | None | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Any | LogExportConfigListResponse | None:
    """List log export configurations

     Returns the log export settings of the cluster per log type, optionally for one log type only.

    Args:
        cluster_id (str):
        type_ (ListLogExportConfigsTypeType0 | None | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LogExportConfigListResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        type_=type_,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: ListLogExportConfigsTypeType0 | None | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Any | LogExportConfigListResponse]:
    """List log export configurations

     Returns the log export settings of the cluster per log type, optionally for one log type only.

    Args:
        cluster_id (str):
        type_ (ListLogExportConfigsTypeType0 | None | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LogExportConfigListResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        type_=type_,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: ListLogExportConfigsTypeType0 | None | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Any | LogExportConfigListResponse | None:
    """List log export configurations

     Returns the log export settings of the cluster per log type, optionally for one log type only.

    Args:
        cluster_id (str):
        type_ (ListLogExportConfigsTypeType0 | None | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LogExportConfigListResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            type_=type_,
            accept_language=accept_language,
        )
    ).parsed


#: dbcloud_core's entry points: the request's httpx keyword arguments, and the typed reply of a response.
get_kwargs = _get_kwargs
parse_response = _parse_response
