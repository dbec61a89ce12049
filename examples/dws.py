"""DWS: create a cluster, read it back, watch it become available, list and delete it.

Runs against the in-process simulator (no account, no network): `python examples/dws.py`. Against the cloud,
drop `mock_dbcloud()` and the clock call, and give real credentials (or set HUAWEICLOUD_SDK_AK/_SK/_PROJECT_ID).
"""

from __future__ import annotations

from dbcloud_dws import DwsClient
from dbcloud_dws.models import ClusterStatus, CreateClusterInfo, CreateClusterRequest, DeleteClusterRequest
from dbcloud_simulator import InProcessSimulator, mock_dbcloud


def main(sim: InProcessSimulator) -> None:
    with DwsClient(region="eu-west-101") as dws:
        request = CreateClusterRequest(
            cluster=CreateClusterInfo(
                name="demo",
                node_type="dws.m3.xlarge",
                number_of_node=3,
                subnet_id="subnet-1",
                security_group_id="sg-1",
                vpc_id="vpc-1",
                user_name="dbadmin",
                user_pwd="Demo-Pa55word",  # masked in every repr, log line and error message
            )
        )
        created = dws.create_cluster(body=request).cluster
        assert created is not None and created.id is not None
        cluster_id = created.id

        detail = dws.list_cluster_details(cluster_id=cluster_id).cluster
        assert detail is not None
        print(detail.name, detail.status)  # demo CREATING

        sim.advance(3600)  # simulated time; against the cloud, wait (see examples/waiters.py)
        detail = dws.list_cluster_details(cluster_id=cluster_id).cluster
        assert detail is not None and detail.status is ClusterStatus.AVAILABLE
        if detail.port is not None:  # an optional member: None when the reply left it out
            print("port", detail.port)

        for cluster in dws.list_clusters().clusters or []:  # optional in the spec, like every reply member
            print(cluster.id == cluster_id, cluster.name, cluster.status)

        dws.delete_cluster(cluster_id=cluster_id, body=DeleteClusterRequest(keep_last_manual_snapshot=0))
        print(len(dws.list_clusters().clusters or []), "clusters left")


if __name__ == "__main__":
    with mock_dbcloud() as simulator:
        main(simulator)
