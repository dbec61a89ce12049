"""Raw replies: the status, headers and request id beside the typed model (``with_raw_response``).

Runs against the simulator: a server at ``$DBCLOUD_SIMULATOR`` (``make simulate``), or the in-process one.
"""

from __future__ import annotations

import asyncio
import os
from contextlib import AbstractContextManager, nullcontext

from dbcloud_core import HuaweiCredentials, RawResponse
from dbcloud_core.errors import NotFoundError
from dbcloud_dws import AsyncDwsClient, DwsClient
from dbcloud_dws.models import ListClustersResponse
from dbcloud_simulator import mock_dbcloud

SIMULATOR = os.environ.get("DBCLOUD_SIMULATOR")
BASE_URL = f"{SIMULATOR}/dws" if SIMULATOR else None  # None: the region's endpoint, routed in process
CREDENTIALS = HuaweiCredentials(ak="SIMULATORAK0000000000", sk="simulator-secret-key", project_id="demo")


def simulator() -> AbstractContextManager[object]:
    return nullcontext() if SIMULATOR else mock_dbcloud()


def sync_example() -> None:
    with DwsClient(region="eu-west-101", base_url=BASE_URL, credentials=CREDENTIALS) as dws:
        raw: RawResponse[ListClustersResponse] = dws.with_raw_response.list_clusters()
        status: int = raw.status_code
        print("status", status, "content-type", raw.headers.get("content-type"), "request id", raw.request_id)
        listing = raw.parse()  # ListClustersResponse, parsed as the plain call would
        print("clusters", len(listing.clusters or []), "same request id:", listing._request_id == raw.request_id)

        # the plain call's result carries the request id too, and so does an error
        print("plain call request id", dws.list_clusters()._request_id is not None)
        try:
            dws.list_cluster_details(cluster_id="no-such-cluster")
        except NotFoundError as error:
            print("error", error.status, error.error_code, "request id", error.request_id is not None)


async def async_example() -> None:
    async with AsyncDwsClient(region="eu-west-101", base_url=BASE_URL, credentials=CREDENTIALS) as dws:
        raw = await dws.with_raw_response.list_clusters()
        parsed: ListClustersResponse = raw.parse()  # parse() is a plain call: the body was read already
        print("async status", raw.status_code, "clusters", len(parsed.clusters or []))


def main() -> None:
    with simulator():
        sync_example()
        asyncio.run(async_example())


if __name__ == "__main__":
    main()
