"""Async clients: the same operations, waiters and paginators, awaited; several calls at once.

Runs against the in-process simulator: `python examples/async_clients.py`.
"""

from __future__ import annotations

import asyncio

from dbcloud_ddm import AsyncDdmClient
from dbcloud_dws import AsyncDwsClient
from dbcloud_dws.models import CreateClusterInfo, CreateClusterRequest
from dbcloud_simulator import mock_dbcloud


def cluster(name: str) -> CreateClusterRequest:
    return CreateClusterRequest(
        cluster=CreateClusterInfo(
            name=name,
            node_type="dws.m3.xlarge",
            number_of_node=3,
            subnet_id="subnet-1",
            security_group_id="sg-1",
            vpc_id="vpc-1",
            user_name="dbadmin",
            user_pwd="Demo-Pa55word",
        )
    )


async def main() -> None:
    async with AsyncDwsClient(region="eu-west-101") as dws, AsyncDdmClient(region="ap-southeast-1") as ddm:
        created = await asyncio.gather(*(dws.create_cluster(body=cluster(f"demo-{n}")) for n in range(3)))
        ids = [c.cluster.id for c in created if c.cluster is not None]
        print(len(ids), "clusters created at once")
        listed = await dws.list_clusters()
        print(sorted(c.name or "" for c in listed.clusters or []))
        instances = [item async for item in ddm.paginate_list_instances(page_size=10)]
        print(len(instances), "DDM instances")


if __name__ == "__main__":
    with mock_dbcloud():
        asyncio.run(main())
