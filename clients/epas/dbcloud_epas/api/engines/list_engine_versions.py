# Generated from specs/epas/openapi.yaml by `make generate`; do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from typing import cast

from ... import errors
from ...models.engine_list_response import EngineListResponse
from ...models.list_engine_versions_product_image_type_type_0 import ListEngineVersionsProductImageTypeType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: None | str | Unset = UNSET,
    product_image_type: ListEngineVersionsProductImageTypeType0 | None | Unset = UNSET,
    eos_included: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    json_id: None | str | Unset
    if isinstance(id, Unset):
        json_id = UNSET
    else:
        json_id = id
    params["id"] = json_id

    json_product_image_type: None | str | Unset
    if isinstance(product_image_type, Unset):
        json_product_image_type = UNSET
    elif isinstance(product_image_type, ListEngineVersionsProductImageTypeType0):
        json_product_image_type = product_image_type.value
    else:
        json_product_image_type = product_image_type
    params["product_image_type"] = json_product_image_type

    params["eos_included"] = eos_included

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/engine-versions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EngineListResponse | None:
    if response.status_code == 200:
        response_200 = EngineListResponse.from_dict(response.json())

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
) -> Response[Any | EngineListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: None | str | Unset = UNSET,
    product_image_type: ListEngineVersionsProductImageTypeType0 | None | Unset = UNSET,
    eos_included: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Any | EngineListResponse]:
    """List engine versions

     Returns the DBaaS engine versions that clusters can be created with, optionally including versions
    past end of service.

    Args:
        id (None | str | Unset):
        product_image_type (ListEngineVersionsProductImageTypeType0 | None | Unset):
        eos_included (bool | Unset): Default: false.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EngineListResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        product_image_type=product_image_type,
        eos_included=eos_included,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: None | str | Unset = UNSET,
    product_image_type: ListEngineVersionsProductImageTypeType0 | None | Unset = UNSET,
    eos_included: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Any | EngineListResponse | None:
    """List engine versions

     Returns the DBaaS engine versions that clusters can be created with, optionally including versions
    past end of service.

    Args:
        id (None | str | Unset):
        product_image_type (ListEngineVersionsProductImageTypeType0 | None | Unset):
        eos_included (bool | Unset): Default: false.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EngineListResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        product_image_type=product_image_type,
        eos_included=eos_included,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: None | str | Unset = UNSET,
    product_image_type: ListEngineVersionsProductImageTypeType0 | None | Unset = UNSET,
    eos_included: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Any | EngineListResponse]:
    """List engine versions

     Returns the DBaaS engine versions that clusters can be created with, optionally including versions
    past end of service.

    Args:
        id (None | str | Unset):
        product_image_type (ListEngineVersionsProductImageTypeType0 | None | Unset):
        eos_included (bool | Unset): Default: false.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EngineListResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        product_image_type=product_image_type,
        eos_included=eos_included,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: None | str | Unset = UNSET,
    product_image_type: ListEngineVersionsProductImageTypeType0 | None | Unset = UNSET,
    eos_included: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Any | EngineListResponse | None:
    """List engine versions

     Returns the DBaaS engine versions that clusters can be created with, optionally including versions
    past end of service.

    Args:
        id (None | str | Unset):
        product_image_type (ListEngineVersionsProductImageTypeType0 | None | Unset):
        eos_included (bool | Unset): Default: false.
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EngineListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            product_image_type=product_image_type,
            eos_included=eos_included,
            accept_language=accept_language,
        )
    ).parsed


#: dbcloud_core's entry points: the request's httpx keyword arguments, and the typed reply of a response.
get_kwargs = _get_kwargs
parse_response = _parse_response
