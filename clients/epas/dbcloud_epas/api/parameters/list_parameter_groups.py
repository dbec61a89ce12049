# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from typing import cast

from ... import errors
from ...models.parameter_group_list_response import ParameterGroupListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    major_version: None | str | Unset = UNSET,
    product_image_type: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    json_major_version: None | str | Unset
    if isinstance(major_version, Unset):
        json_major_version = UNSET
    else:
        json_major_version = major_version
    params["major_version"] = json_major_version

    json_product_image_type: None | str | Unset
    if isinstance(product_image_type, Unset):
        json_product_image_type = UNSET
    else:
        json_product_image_type = product_image_type
    params["product_image_type"] = json_product_image_type

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    else:
        json_sort = sort
    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/parameter-groups",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ParameterGroupListResponse | None:
    if response.status_code == 200:
        response_200 = ParameterGroupListResponse.from_dict(response.json())

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
) -> Response[Any | ParameterGroupListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    major_version: None | str | Unset = UNSET,
    product_image_type: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Any | ParameterGroupListResponse]:
    """List parameter groups

     Returns the database parameter groups, optionally filtered by major version and product image type.

    Args:
        major_version (None | str | Unset):
        product_image_type (None | str | Unset):
        sort (None | str | Unset): Default: "name:asc".
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ParameterGroupListResponse]
    """

    kwargs = _get_kwargs(
        major_version=major_version,
        product_image_type=product_image_type,
        sort=sort,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    major_version: None | str | Unset = UNSET,
    product_image_type: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Any | ParameterGroupListResponse | None:
    """List parameter groups

     Returns the database parameter groups, optionally filtered by major version and product image type.

    Args:
        major_version (None | str | Unset):
        product_image_type (None | str | Unset):
        sort (None | str | Unset): Default: "name:asc".
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ParameterGroupListResponse
    """

    return sync_detailed(
        client=client,
        major_version=major_version,
        product_image_type=product_image_type,
        sort=sort,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    major_version: None | str | Unset = UNSET,
    product_image_type: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Any | ParameterGroupListResponse]:
    """List parameter groups

     Returns the database parameter groups, optionally filtered by major version and product image type.

    Args:
        major_version (None | str | Unset):
        product_image_type (None | str | Unset):
        sort (None | str | Unset): Default: "name:asc".
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ParameterGroupListResponse]
    """

    kwargs = _get_kwargs(
        major_version=major_version,
        product_image_type=product_image_type,
        sort=sort,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    major_version: None | str | Unset = UNSET,
    product_image_type: None | str | Unset = UNSET,
    sort: None | str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Any | ParameterGroupListResponse | None:
    """List parameter groups

     Returns the database parameter groups, optionally filtered by major version and product image type.

    Args:
        major_version (None | str | Unset):
        product_image_type (None | str | Unset):
        sort (None | str | Unset): Default: "name:asc".
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ParameterGroupListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            major_version=major_version,
            product_image_type=product_image_type,
            sort=sort,
            accept_language=accept_language,
        )
    ).parsed


#: dbcloud_core's entry points: the request's httpx keyword arguments, and the typed reply of a response.
get_kwargs = _get_kwargs
parse_response = _parse_response
