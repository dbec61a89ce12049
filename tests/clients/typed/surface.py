"""Type-checked by tests/examples/test_examples.py with mypy --strict (never imported or run): what a typed
user sees of the raw responses, the request id, the constructors and the Records."""

from __future__ import annotations

import dataclasses
from typing import assert_type

from dbcloud_core import HuaweiCredentials, RawResponse, RetryPolicy, ScpCredentials
from dbcloud_core.lazy import LazyList
from dbcloud_dws import AsyncDwsClient, DwsClient
from dbcloud_dws.models import ClusterInfo, ListClusterDetailsResponse, ListClustersResponse
from dbcloud_epas import EpasClient


def raw_responses(dws: DwsClient) -> None:
    raw = dws.with_raw_response.list_clusters()
    assert_type(raw, RawResponse[ListClustersResponse])
    assert_type(raw.status_code, int)
    assert_type(raw.request_id, str | None)
    assert_type(raw.parse(), ListClustersResponse)
    assert_type(dws.with_raw_response.list_cluster_details(cluster_id="c").parse(), ListClusterDetailsResponse)
    assert_type(dws.list_clusters()._request_id, str | None)
    dws.with_raw_response.list_clusters(no_such_parameter=1)  # type: ignore[call-arg]


async def async_raw_responses(dws: AsyncDwsClient) -> None:
    raw = await dws.with_raw_response.list_clusters()
    assert_type(raw, RawResponse[ListClustersResponse])
    assert_type(raw.parse(), ListClustersResponse)


def constructors() -> None:
    DwsClient(regoin="eu-west-101")  # type: ignore[call-arg]
    DwsClient(environment="s")  # type: ignore[call-arg]
    DwsClient(region="eu-west-101", verify="/etc/ssl/certs/ca.pem", cert=("c.pem", "k.pem"), proxy="http://proxy:3128")
    EpasClient(region="kr-west1", environment="s", timeout=5.0, strict=True)
    DwsClient(timeout="slow")  # type: ignore[arg-type]
    DwsClient(credentials=ScpCredentials("key", "secret"))  # type: ignore[arg-type]
    EpasClient(credentials=HuaweiCredentials("ak", "sk"))  # type: ignore[arg-type]


def lazy_list_members(dws: DwsClient) -> None:
    # A reply's list of models may be a dbcloud_core.lazy.LazyList: still typed, and used, as list[X].
    reply = dws.list_clusters()
    assert_type(reply.clusters, list[ClusterInfo] | None)
    names: list[str | None] = [c.name for c in reply.clusters or []]
    first = (reply.clusters or [])[0]
    assert_type(first, ClusterInfo)
    assert_type((reply.clusters or [])[1:], list[ClusterInfo])
    clusters: list[ClusterInfo] = reply.clusters or []
    clusters.append(first)
    lazy = LazyList([{"id": "c"}], ClusterInfo.from_dict)
    assert_type(lazy, LazyList[ClusterInfo])
    assert_type(lazy[0], ClusterInfo)
    assert_type(clusters + lazy, list[ClusterInfo])
    lazy.extend(names)  # type: ignore[arg-type]


def records() -> None:
    # The credentials and the retry policy are dbcloud_core Records: a type checker sees frozen dataclasses.
    policy = dataclasses.replace(RetryPolicy(), max_attempts=5)
    assert_type(policy, RetryPolicy)
    creds = HuaweiCredentials(ak="AK", sk="SK", project_id="p")
    assert_type(creds.project_id, str | None)
    creds.ak = "other"  # type: ignore[misc]
    HuaweiCredentials(ak="AK", sk="SK", projectid="p")  # type: ignore[call-arg]
    HuaweiCredentials("AK")  # type: ignore[call-arg]
    ScpCredentials("key", "secret", account_id=3)  # type: ignore[arg-type]
