"""The official ``huaweicloudsdkdws`` against the simulator, with its own signing and parsing, at the
root of the port and under ``/dws``; what it parses is compared with what our client parses."""

from __future__ import annotations

from typing import Any

from huaweicloudsdkdws.v2 import DwsClient as OfficialDws
from huaweicloudsdkdws.v2 import model as m

from dbcloud_core import HuaweiCredentials
from dbcloud_dws import DwsClient
from dbcloud_simulator.accounts import OTHER_PROJECT
from dbcloud_simulator.server import BackgroundServer
from tests.simulator.sdk_support import PROJECT, refused, same_parse

SERVICE = "dws"  # the prefix of the endpoint fixture's second run


def test_dws_scenario_through_the_official_sdk(simulator: BackgroundServer, endpoint: str, official: Any) -> None:
    keys = simulator.app.credentials
    sdk = official(OfficialDws, endpoint, keys.huawei_ak, keys.huawei_sk)
    # our client, returning the raw reply beside its parse: same_parse checks both got the same body
    client = DwsClient(base_url=endpoint, credentials=HuaweiCredentials(keys.huawei_ak, keys.huawei_sk, PROJECT))
    ours = client.with_raw_response

    # 1. node types
    node_types = sdk.list_node_types(m.ListNodeTypesRequest())
    assert node_types.node_types and all(t.spec_name for t in node_types.node_types)
    same_parse(node_types, ours.list_node_types())

    # 2. create
    info = m.CreateClusterInfo(
        node_type=node_types.node_types[0].spec_name,
        number_of_node=3,
        subnet_id="374eca02-cfc4-4de7-8ab5-dbebf7d9a720",
        security_group_id="dc3ec145-9029-4b39-b5a3-ace5a01f772b",
        vpc_id="85b20d7e-9eb7-4b2a-98f3-3c8843ea3574",
        availability_zone="eu-west-101a",
        port=8000,
        name="sdk-dws",
        user_name="dbadmin",
        user_pwd="Sdk-Pa55word!",
        public_ip=m.PublicIp(public_bind_type="auto_assign", eip_id=""),
    )
    created = sdk.create_cluster(m.CreateClusterRequest(body=m.CreateClusterRequestBody(cluster=info)))
    cluster_id = created.cluster.id
    assert cluster_id

    # 3. list: the new cluster is there, still creating
    listed = sdk.list_clusters(m.ListClustersRequest())
    assert [(c.id, c.name, c.status) for c in listed.clusters] == [(cluster_id, "sdk-dws", "CREATING")]
    same_parse(listed, ours.list_clusters())

    # 4. poll to AVAILABLE on the simulated clock
    statuses = []
    for _ in range(5):
        detail = sdk.list_cluster_details(m.ListClusterDetailsRequest(cluster_id=cluster_id)).cluster
        statuses.append(detail.status)
        if detail.status == "AVAILABLE":
            break
        simulator.app.clock.advance(30)
    assert statuses[0] == "CREATING" and statuses[-1] == "AVAILABLE"

    # 5. details, parsed alike by both clients
    details = sdk.list_cluster_details(m.ListClusterDetailsRequest(cluster_id=cluster_id))
    assert (details.cluster.name, details.cluster.number_of_node) == ("sdk-dws", 3)
    assert "Sdk-Pa55word!" not in str(details.to_json_object())
    same_parse(details, ours.list_cluster_details(cluster_id=cluster_id))

    # 6-8. snapshot create, list, show
    snapshot = m.Snapshot(name="sdk-snap", cluster_id=cluster_id, description="taken by the official SDK")
    snapshot_id = sdk.create_snapshot(
        m.CreateSnapshotRequest(body=m.CreateSnapshotRequestBody(snapshot=snapshot))
    ).snapshot.id
    snapshots = sdk.list_snapshots(m.ListSnapshotsRequest())
    assert [s.id for s in snapshots.snapshots] == [snapshot_id]
    same_parse(snapshots, ours.list_snapshots())
    simulator.app.clock.advance(60)
    shown = sdk.list_snapshot_details(m.ListSnapshotDetailsRequest(snapshot_id=snapshot_id))
    assert (shown.snapshot.name, shown.snapshot.status) == ("sdk-snap", "AVAILABLE")
    same_parse(shown, ours.list_snapshot_details(snapshot_id=snapshot_id))

    # 9. restore into a new cluster
    restore = m.Restore(
        name="sdk-restored",
        subnet_id=info.subnet_id,
        security_group_id=info.security_group_id,
        vpc_id=info.vpc_id,
        availability_zone=info.availability_zone,
        port=8000,
    )
    restored = sdk.restore_cluster(
        m.RestoreClusterRequest(snapshot_id=snapshot_id, body=m.RestoreClusterRequestBody(restore=restore))
    )
    restored_id = restored.cluster.id
    assert restored_id and restored_id != cluster_id

    # 10. snapshot delete
    sdk.delete_snapshot(m.DeleteSnapshotRequest(snapshot_id=snapshot_id))
    assert sdk.list_snapshots(m.ListSnapshotsRequest()).snapshots == []

    # 11. restart: the cluster reports the task, then returns to no task
    sdk.restart_cluster(m.RestartClusterRequest(cluster_id=cluster_id, body=m.RestartClusterRequestBody(restart={})))
    rebooting = sdk.list_cluster_details(m.ListClusterDetailsRequest(cluster_id=cluster_id)).cluster
    assert rebooting.task_status == "REBOOTING"
    simulator.app.clock.advance(60)

    # 12. resize
    scale = m.ScaleOut(count=3)
    sdk.resize_cluster(m.ResizeClusterRequest(cluster_id=cluster_id, body=m.ResizeClusterRequestBody(scale_out=scale)))
    growing = sdk.list_cluster_details(m.ListClusterDetailsRequest(cluster_id=cluster_id)).cluster
    assert growing.task_status == "GROWING"
    same_parse(
        sdk.list_cluster_details(m.ListClusterDetailsRequest(cluster_id=cluster_id)),
        ours.list_cluster_details(cluster_id=cluster_id),
    )

    # 13-14. delete both clusters; 404 with the vendor code afterwards
    for doomed in (cluster_id, restored_id):
        body = m.DeleteClusterRequestBody(keep_last_manual_snapshot=0)
        sdk.delete_cluster(m.DeleteClusterRequest(cluster_id=doomed, body=body))
        gone = refused(sdk.list_cluster_details, m.ListClusterDetailsRequest(cluster_id=doomed))
        assert (gone.status_code, gone.error_code) == (404, "DWS.0022")
        assert gone.request_id
    assert sdk.list_clusters(m.ListClustersRequest()).clusters == []

    # 15. a wrong secret key: 401 from the gateway, parsed by the SDK
    wrong = official(OfficialDws, endpoint, keys.huawei_ak, "not-the-secret")
    denied = refused(wrong.list_clusters, m.ListClustersRequest())
    assert (denied.status_code, denied.error_code) == (401, "APIGW.0301")
    client.close()


def test_dws_keys_of_another_account_are_refused_by_the_official_sdk(
    simulator: BackgroundServer, endpoint: str, official: Any
) -> None:
    keys = simulator.app.accounts.accounts[1].credentials
    other = official(OfficialDws, endpoint, keys.huawei_ak, keys.huawei_sk, project_id=OTHER_PROJECT)
    assert other.list_clusters(m.ListClustersRequest()).clusters == []
    intruder = official(OfficialDws, endpoint, keys.huawei_ak, keys.huawei_sk, project_id=PROJECT)
    denied = refused(intruder.list_clusters, m.ListClustersRequest())
    assert (denied.status_code, denied.error_code) == (403, "APIGW.0302")
