"""DDM: create an instance, read it back once it runs, and list the project's instances.

Runs against the in-process simulator: `python examples/ddm.py`. Against the cloud, drop `mock_dbcloud()`
and the clock call, and set HUAWEICLOUD_SDK_AK/_SK/_PROJECT_ID (or pass `credentials=`).
"""

from __future__ import annotations

from dbcloud_ddm import DdmClient
from dbcloud_ddm.models import CreateInstanceDetail, CreateInstanceRequest
from dbcloud_simulator import InProcessSimulator, mock_dbcloud


def main(sim: InProcessSimulator) -> None:
    with DdmClient(region="ap-southeast-1") as ddm:
        request = CreateInstanceRequest(
            instance=CreateInstanceDetail(
                name="ddm-demo",
                flavor_id="8f2e696c-a9c1-30bd-af90-25522bc67606",
                node_num=2,
                engine_id="2325a707-0361-8be6-dd01-13474bbac437",
                available_zones=["az1"],
                vpc_id="vpc-1",
                security_group_id="sg-1",
                subnet_id="subnet-1",
            )
        )
        created = ddm.create_instance(body=request)
        if created.id is None:  # every reply member is optional: the type says so
            raise SystemExit("the service did not return an instance id")
        print("job", created.job_id is not None)

        sim.advance(3600)  # simulated time; see examples/waiters.py for waiting on the real service
        instance = ddm.show_instance(instance_id=created.id)
        print(instance.name, instance.status)

        listed = ddm.list_instances(limit=10)
        for item in listed.instances or []:
            print(item.id == created.id, item.name)
        print("total", listed.instance_num)


if __name__ == "__main__":
    with mock_dbcloud() as simulator:
        main(simulator)
