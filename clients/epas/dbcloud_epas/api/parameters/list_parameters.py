# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from typing import cast

from ... import errors
from ...models.parameter_page_response import ParameterPageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    size: int | None | Unset = UNSET,
    page: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    dbaas_parameter_group_id: str,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    json_size: int | None | Unset
    if isinstance(size, Unset):
        json_size = UNSET
    else:
        json_size = size
    params["size"] = json_size

    json_page: int | None | Unset
    if isinstance(page, Unset):
        json_page = UNSET
    else:
        json_page = page
    params["page"] = json_page

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    else:
        json_sort = sort
    params["sort"] = json_sort

    params["dbaas_parameter_group_id"] = dbaas_parameter_group_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/parameters",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ParameterPageResponse | None:
    if response.status_code == 200:
        response_200 = ParameterPageResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ParameterPageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    size: int | None | Unset = UNSET,
    page: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    dbaas_parameter_group_id: str,
    accept_language: str | Unset = UNSET,
) -> Response[Any | ParameterPageResponse]:
    """List parameters of a parameter group

     Returns one page of the parameters defined in the given parameter group.

    Args:
        size (int | None | Unset): Default: 20.
        page (int | None | Unset): Default: 0.
        sort (None | str | Unset): Default: "name:asc".
        dbaas_parameter_group_id (str):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ParameterPageResponse]
    """

    kwargs = _get_kwargs(
        size=size,
        page=page,
        sort=sort,
        dbaas_parameter_group_id=dbaas_parameter_group_id,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    size: int | None | Unset = UNSET,
    page: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    dbaas_parameter_group_id: str,
    accept_language: str | Unset = UNSET,
) -> Any | ParameterPageResponse | None:
    """List parameters of a parameter group

     Returns one page of the parameters defined in the given parameter group.

    Args:
        size (int | None | Unset): Default: 20.
        page (int | None | Unset): Default: 0.
        sort (None | str | Unset): Default: "name:asc".
        dbaas_parameter_group_id (str):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ParameterPageResponse
    """

    return sync_detailed(
        client=client,
        size=size,
        page=page,
        sort=sort,
        dbaas_parameter_group_id=dbaas_parameter_group_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    size: int | None | Unset = UNSET,
    page: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    dbaas_parameter_group_id: str,
    accept_language: str | Unset = UNSET,
) -> Response[Any | ParameterPageResponse]:
    """List parameters of a parameter group

     Returns one page of the parameters defined in the given parameter group.

    Args:
        size (int | None | Unset): Default: 20.
        page (int | None | Unset): Default: 0.
        sort (None | str | Unset): Default: "name:asc".
        dbaas_parameter_group_id (str):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ParameterPageResponse]
    """

    kwargs = _get_kwargs(
        size=size,
        page=page,
        sort=sort,
        dbaas_parameter_group_id=dbaas_parameter_group_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    size: int | None | Unset = UNSET,
    page: int | None | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    dbaas_parameter_group_id: str,
    accept_language: str | Unset = UNSET,
) -> Any | ParameterPageResponse | None:
    """List parameters of a parameter group

     Returns one page of the parameters defined in the given parameter group.

    Args:
        size (int | None | Unset): Default: 20.
        page (int | None | Unset): Default: 0.
        sort (None | str | Unset): Default: "name:asc".
        dbaas_parameter_group_id (str):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ParameterPageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            size=size,
            page=page,
            sort=sort,
            dbaas_parameter_group_id=dbaas_parameter_group_id,
            accept_language=accept_language,
        )
    ).parsed


#: dbcloud_core's entry points: the request's httpx keyword arguments, and the typed reply of a response.
get_kwargs = _get_kwargs
parse_response = _parse_response
