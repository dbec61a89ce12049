"""Paginators: every item of a paged listing once, pages fetched lazily (DDM instances here).

Runs against the in-process simulator: `python examples/paginators.py`.
"""

from __future__ import annotations

from itertools import islice

from dbcloud_ddm import DdmClient
from dbcloud_ddm.models import CreateInstanceDetail, CreateInstanceRequest
from dbcloud_simulator import mock_dbcloud


def instance(number: int) -> CreateInstanceRequest:
    return CreateInstanceRequest(
        instance=CreateInstanceDetail(
            name=f"ddm-{number:02d}",
            flavor_id="8f2e696c-a9c1-30bd-af90-25522bc67606",
            node_num=2,
            engine_id="2325a707-0361-8be6-dd01-13474bbac437",
            available_zones=["az1"],
            vpc_id="vpc-1",
            security_group_id="sg-1",
            subnet_id="subnet-1",
        )
    )


def main() -> None:
    with DdmClient(region="ap-southeast-1") as ddm:
        for number in range(7):
            ddm.create_instance(body=instance(number))
        names = [item.name for item in ddm.paginate_list_instances(page_size=3)]  # three requests
        print(len(names), "instances:", ", ".join(name or "?" for name in names))
        first_two = list(islice(ddm.paginate_list_instances(page_size=5), 2))  # stops after one page
        print("first two:", [item.name for item in first_two])


if __name__ == "__main__":
    with mock_dbcloud():
        main()
