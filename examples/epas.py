"""EPAS: create a cluster (an asynchronous request), follow the request, then read the cluster.

Runs against the in-process simulator: `python examples/epas.py`. Against Samsung Cloud Platform, drop
`mock_dbcloud()` and set SCP_ACCESS_KEY/SCP_SECRET_KEY (or pass `credentials=ScpCredentials(...)`).
"""

from __future__ import annotations

from dbcloud_core.waiters import WaitProgress
from dbcloud_epas import EpasClient
from dbcloud_epas.models import EpasClusterCreateRequest
from dbcloud_simulator import InProcessSimulator, mock_dbcloud

CLUSTER = {
    "name": "epascluster",
    "dbaas_engine_version_id": "engine-1",
    "instance_name_prefix": "epas",
    "subnet_id": "subnet-1",
    "timezone": "Asia/Seoul",
    "init_config_option": {
        "database_name": "epasdb",
        "database_port": 2866,
        "database_user_name": "epasuser",
        "database_user_password": "Passw0rd!",
        "backup_option": {"retention_period_day": "7", "starting_time_hour": "2"},
    },
    "instance_groups": [
        {
            "role_type": "ACTIVE",
            "server_type_name": "db1v2m4",
            "block_storage_groups": [{"role_type": "OS", "size_gb": 104, "volume_type": "SSD"}],
            "instances": [{"role_type": "ACTIVE"}],
        }
    ],
}


def main(sim: InProcessSimulator) -> None:
    def tick(progress: WaitProgress) -> None:  # each poll moves the simulated clock on
        print(f"  poll {progress.attempt}: {progress.status}")
        sim.advance(600)

    with EpasClient() as epas:
        accepted = epas.create_cluster(body=EpasClusterCreateRequest.from_dict(CLUSTER))
        print("request", accepted.request_id is not None)  # required members are typed without None
        epas.wait_until_request_finished(request_id=accepted.request_id, delay=0.01, on_progress=tick)

        cluster = epas.show_cluster(cluster_id=accepted.resource.id)
        print(cluster.name, cluster.service_state)
        for listed in epas.paginate_list_clusters(page_size=20):
            print(listed.id == cluster.id, listed.name)


if __name__ == "__main__":
    with mock_dbcloud() as simulator:
        main(simulator)
