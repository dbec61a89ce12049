# Generated from specs/dws/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

from ... import errors
from ...models.error_response import ErrorResponse
from ...models.list_clusters_datastore_type import ListClustersDatastoreType
from ...models.list_clusters_response import ListClustersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    datastore_type: ListClustersDatastoreType | Unset = UNSET,
    enterprise_project_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_datastore_type: str | Unset = UNSET
    if not isinstance(datastore_type, Unset):
        json_datastore_type = datastore_type.value

    params["datastoreType"] = json_datastore_type

    params["enterprise_project_id"] = enterprise_project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1.0/{project_id}/clusters".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListClustersResponse | None:
    if response.status_code == 200:
        response_200 = ListClustersResponse.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListClustersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    datastore_type: ListClustersDatastoreType | Unset = UNSET,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListClustersResponse]:
    """List clusters

     Returns every cluster of the project together with its state and connection data.

    Args:
        project_id (str):
        datastore_type (ListClustersDatastoreType | Unset):
        enterprise_project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListClustersResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        datastore_type=datastore_type,
        enterprise_project_id=enterprise_project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    datastore_type: ListClustersDatastoreType | Unset = UNSET,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | ListClustersResponse | None:
    """List clusters

     Returns every cluster of the project together with its state and connection data.

    Args:
        project_id (str):
        datastore_type (ListClustersDatastoreType | Unset):
        enterprise_project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListClustersResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        datastore_type=datastore_type,
        enterprise_project_id=enterprise_project_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    datastore_type: ListClustersDatastoreType | Unset = UNSET,
    enterprise_project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListClustersResponse]:
    """List clusters

     Returns every cluster of the project together with its state and connection data.

    Args:
        project_id (str):
        datastore_type (ListClustersDatastoreType | Unset):
        enterprise_project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListClustersResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        datastore_type=datastore_type,
        enterprise_project_id=enterprise_project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    datastore_type: ListClustersDatastoreType | Unset = UNSET,
    enterprise_project_id: str | Unset = UNSET,
) -> ErrorResponse | ListClustersResponse | None:
    """List clusters

     Returns every cluster of the project together with its state and connection data.

    Args:
        project_id (str):
        datastore_type (ListClustersDatastoreType | Unset):
        enterprise_project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListClustersResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            datastore_type=datastore_type,
            enterprise_project_id=enterprise_project_id,
        )
    ).parsed


#: dbcloud_core's entry points: the request's httpx keyword arguments, and the typed reply of a response.
get_kwargs = _get_kwargs
parse_response = _parse_response
