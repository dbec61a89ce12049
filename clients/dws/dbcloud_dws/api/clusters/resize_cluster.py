# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from typing import cast

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.resize_cluster_request import ResizeClusterRequest
from ...types import Response


def _get_kwargs(
    project_id: str,
    cluster_id: str,
    *,
    body: ResizeClusterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1.0/{project_id}/clusters/{cluster_id}/resize".format(
            project_id=quote(str(project_id), safe=""),
            cluster_id=quote(str(cluster_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResizeClusterRequest,
) -> Response[Any | ErrorResponse]:
    """Scale out or resize a cluster

     Adds nodes to a cluster (scale_out). The Chinese edition also documents a resize form that sets a
    target node type and node count for clusters of version 1.5.0 or later; send exactly one of the two
    members.

    Args:
        project_id (str):
        cluster_id (str):
        body (ResizeClusterRequest): Body of the resize request (Table 5-39; Chinese edition
            tables 5-36 and 5-37). Send exactly one of scale_out (add nodes) or resize (deprecated,
            target flavor and node count).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        cluster_id=cluster_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResizeClusterRequest,
) -> Any | ErrorResponse | None:
    """Scale out or resize a cluster

     Adds nodes to a cluster (scale_out). The Chinese edition also documents a resize form that sets a
    target node type and node count for clusters of version 1.5.0 or later; send exactly one of the two
    members.

    Args:
        project_id (str):
        cluster_id (str):
        body (ResizeClusterRequest): Body of the resize request (Table 5-39; Chinese edition
            tables 5-36 and 5-37). Send exactly one of scale_out (add nodes) or resize (deprecated,
            target flavor and node count).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        project_id=project_id,
        cluster_id=cluster_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResizeClusterRequest,
) -> Response[Any | ErrorResponse]:
    """Scale out or resize a cluster

     Adds nodes to a cluster (scale_out). The Chinese edition also documents a resize form that sets a
    target node type and node count for clusters of version 1.5.0 or later; send exactly one of the two
    members.

    Args:
        project_id (str):
        cluster_id (str):
        body (ResizeClusterRequest): Body of the resize request (Table 5-39; Chinese edition
            tables 5-36 and 5-37). Send exactly one of scale_out (add nodes) or resize (deprecated,
            target flavor and node count).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        cluster_id=cluster_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResizeClusterRequest,
) -> Any | ErrorResponse | None:
    """Scale out or resize a cluster

     Adds nodes to a cluster (scale_out). The Chinese edition also documents a resize form that sets a
    target node type and node count for clusters of version 1.5.0 or later; send exactly one of the two
    members.

    Args:
        project_id (str):
        cluster_id (str):
        body (ResizeClusterRequest): Body of the resize request (Table 5-39; Chinese edition
            tables 5-36 and 5-37). Send exactly one of scale_out (add nodes) or resize (deprecated,
            target flavor and node count).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            cluster_id=cluster_id,
            client=client,
            body=body,
        )
    ).parsed


#: dbcloud_core's entry points: the request's httpx keyword arguments, and the typed reply of a response.
get_kwargs = _get_kwargs
parse_response = _parse_response
