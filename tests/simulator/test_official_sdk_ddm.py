"""The official ``huaweicloudsdkddm`` against the simulator, with its own signing and parsing, at the
root of the port and under ``/ddm``; what it parses is compared with what our client parses."""

from __future__ import annotations

from typing import Any

from huaweicloudsdkddm.v1 import DdmClient as OfficialDdm
from huaweicloudsdkddm.v1 import model as m

from dbcloud_core import HuaweiCredentials
from dbcloud_ddm import DdmClient
from dbcloud_simulator.accounts import OTHER_PROJECT
from dbcloud_simulator.server import BackgroundServer
from tests.simulator.sdk_support import PROJECT, refused, same_parse

SERVICE = "ddm"  # the prefix of the endpoint fixture's second run

AUTHORITY = ["CREATE", "DROP", "ALTER", "INDEX", "INSERT", "DELETE", "UPDATE", "SELECT"]


def test_ddm_scenario_through_the_official_sdk(simulator: BackgroundServer, endpoint: str, official: Any) -> None:
    keys = simulator.app.credentials
    sdk = official(OfficialDdm, endpoint, keys.huawei_ak, keys.huawei_sk)
    # our client, returning the raw reply beside its parse: same_parse checks both got the same body
    client = DdmClient(base_url=endpoint, credentials=HuaweiCredentials(keys.huawei_ak, keys.huawei_sk, PROJECT))
    ours = client.with_raw_response
    compared = 0

    # 1. create an instance: the reply names the instance and its job
    detail = m.CreateInstanceDetail(
        name="sdk-ddm",
        flavor_id="8f2e696c-a9c1-30bd-af90-25522bc67606",
        node_num=2,
        engine_id="2325a707-0361-8be6-dd01-13474bbac437",
        enterprise_project_id="0",
        available_zones=["az1"],
        vpc_id="e1d886ec-cfe7-4cd4-b748-fc55a10b4172",
        security_group_id="035b70ed-319b-4086-9fd7-62a2e8548b2e",
        subnet_id="f942f970-1a02-4eee-8927-5b8a5e1b2f3c",
    )
    created = sdk.create_instance(m.CreateInstanceRequest(body=m.CreateInstanceReq(instance=detail)))
    instance_id, job_id = created.id, created.job_id
    assert instance_id and job_id

    # 2. the job runs
    job = sdk.show_ddm_job_result(m.ShowDdmJobResultRequest(job_id=job_id))
    assert job.job.status == "Running"
    compared += same_parse(job, ours.show_ddm_job_result(job_id=job_id))

    # 3. list
    listed = sdk.list_instances(m.ListInstancesRequest())
    assert [(i.id, i.name, i.status) for i in listed.instances] == [(instance_id, "sdk-ddm", "CREATING")]
    compared += same_parse(listed, ours.list_instances())

    # 4. poll to RUNNING on the simulated clock; 5. the job completed
    statuses = []
    for _ in range(5):
        statuses.append(sdk.show_instance(m.ShowInstanceRequest(instance_id=instance_id)).status)
        if statuses[-1] == "RUNNING":
            break
        simulator.app.clock.advance(30)
    assert statuses[0] == "CREATING" and statuses[-1] == "RUNNING"
    assert sdk.show_ddm_job_result(m.ShowDdmJobResultRequest(job_id=job_id)).job.status == "Completed"
    shown = sdk.show_instance(m.ShowInstanceRequest(instance_id=instance_id))
    compared += same_parse(shown, ours.show_instance(instance_id=instance_id))

    # 6-8. a schema: create, list, show
    rds = m.DatabaseInstabcesParam(
        id="f296c394f13f48449d715bf99af07e59in01", admin_user="root", admin_password="Rds-Pa55"
    )
    schema = m.CreateDatabaseDetail(name="sdkdb", shard_mode="cluster", shard_number=8, shard_unit=8, used_rds=[rds])
    sdk.create_database(m.CreateDatabaseRequest(instance_id=instance_id, body=m.CreateDatabaseReq(databases=[schema])))
    schemas = sdk.list_databases(m.ListDatabasesRequest(instance_id=instance_id))
    assert [d.name for d in schemas.databases] == ["sdkdb"]
    compared += same_parse(schemas, ours.list_databases(instance_id=instance_id))
    one = sdk.show_database(m.ShowDatabaseRequest(instance_id=instance_id, ddm_dbname="sdkdb"))
    assert one.database.name == "sdkdb"
    compared += same_parse(one, ours.show_database(instance_id=instance_id, ddm_dbname="sdkdb"))

    # 9-11. accounts: v1 create, v3 create and update, list
    v1_user = m.CreateUsersInfo(name="sdkuser1", password="Sdk-Pa55word", base_authority=AUTHORITY)
    sdk.create_users(m.CreateUsersRequest(instance_id=instance_id, body=m.CreateUsersReq(users=[v1_user])))
    v3_user = m.CreateUserRequestV3(name="sdkuser2", password="Sdk-Pa55word", base_authority=AUTHORITY)
    sdk.create_ddm_user(m.CreateDdmUserRequest(instance_id=instance_id, body=v3_user))
    update = m.UpdateUserV3RequestBody(base_authority=["SELECT"], description="read only")
    sdk.update_ddm_user(m.UpdateDdmUserRequest(instance_id=instance_id, username="sdkuser2", body=update))
    users = sdk.list_ddm_users(m.ListDdmUsersRequest(instance_id=instance_id))
    assert sorted(u.name for u in users.users) == ["sdkuser1", "sdkuser2"]
    assert "Sdk-Pa55word" not in str(users.to_json_object())
    compared += same_parse(users, ours.list_ddm_users(instance_id=instance_id))

    # 12. rename
    rename = m.ModifyInstanceNameReq(name="sdk-ddm-renamed")
    sdk.update_instance_name(m.UpdateInstanceNameRequest(instance_id=instance_id, body=rename))
    simulator.app.clock.advance(5)
    assert sdk.show_instance(m.ShowInstanceRequest(instance_id=instance_id)).name == "sdk-ddm-renamed"

    # 13-14. node changes: enlarge, then reduce, each through a temporary status
    enlarge = m.EnlargeRequest(flavor_id=detail.flavor_id, node_number=1)
    sdk.expand_instance_nodes(m.ExpandInstanceNodesRequest(instance_id=instance_id, body=enlarge))
    assert sdk.show_instance(m.ShowInstanceRequest(instance_id=instance_id)).status == "GROWING"
    simulator.app.clock.advance(120)
    reduce = m.ReduceRequest(node_number=1)
    sdk.shrink_instance_nodes(m.ShrinkInstanceNodesRequest(instance_id=instance_id, body=reduce))
    assert sdk.show_instance(m.ShowInstanceRequest(instance_id=instance_id)).status == "REDUCING"
    simulator.app.clock.advance(120)

    # 15. restart
    restart = m.RestartInstanceReq(restart=m.RestarInstanceInfo(type="soft"))
    sdk.restart_instance(m.RestartInstanceRequest(instance_id=instance_id, body=restart))
    assert sdk.show_instance(m.ShowInstanceRequest(instance_id=instance_id)).status == "RESTARTING"
    simulator.app.clock.advance(120)
    compared += same_parse(
        sdk.show_instance(m.ShowInstanceRequest(instance_id=instance_id)), ours.show_instance(instance_id=instance_id)
    )

    # 16-17. a parameter group: create, show, delete
    group = m.CreateConfigurationRequest(name="sdk-params", description="by the official SDK")
    config_id = sdk.create_ddm_configurations(m.CreateDdmConfigurationsRequest(body=group)).id
    config = sdk.show_configuration(m.ShowConfigurationRequest(config_id=config_id))
    assert config.name == "sdk-params"
    compared += same_parse(config, ours.show_configuration(config_id=config_id))
    sdk.delete_configuration(m.DeleteConfigurationRequest(config_id=config_id))

    # 18-19. deletes of a user and a schema
    sdk.delete_ddm_user(m.DeleteDdmUserRequest(instance_id=instance_id, username="sdkuser1"))
    assert [u.name for u in sdk.list_ddm_users(m.ListDdmUsersRequest(instance_id=instance_id)).users] == ["sdkuser2"]
    sdk.delete_database(m.DeleteDatabaseRequest(instance_id=instance_id, ddm_dbname="sdkdb"))
    assert sdk.list_databases(m.ListDatabasesRequest(instance_id=instance_id)).databases == []

    # 20. delete the instance: a 404 with the vendor code afterwards
    sdk.delete_instance(m.DeleteInstanceRequest(instance_id=instance_id))
    gone = refused(sdk.show_instance, m.ShowInstanceRequest(instance_id=instance_id))
    assert (gone.status_code, gone.error_code) == (404, "DBS.300350")
    assert sdk.list_instances(m.ListInstancesRequest()).instances == []
    assert compared > 50  # the parses compared held real content
    client.close()


def test_ddm_tenancy_refusals_through_the_official_sdk(
    simulator: BackgroundServer, endpoint: str, official: Any
) -> None:
    first = simulator.app.credentials
    second = simulator.app.accounts.accounts[1].credentials
    other = official(OfficialDdm, endpoint, second.huawei_ak, second.huawei_sk, project_id=OTHER_PROJECT)
    assert other.list_instances(m.ListInstancesRequest()).instances == []
    for ak, sk, project in (
        (second.huawei_ak, second.huawei_sk, PROJECT),
        (first.huawei_ak, first.huawei_sk, OTHER_PROJECT),
    ):
        intruder = official(OfficialDdm, endpoint, ak, sk, project_id=project)
        denied = refused(intruder.list_instances, m.ListInstancesRequest())
        assert (denied.status_code, denied.error_code) == (403, "APIGW.0302")
    wrong = official(OfficialDdm, endpoint, first.huawei_ak, "not-the-secret")
    assert refused(wrong.list_instances, m.ListInstancesRequest()).status_code == 401
