"""Waiters: create a DWS cluster and wait until it is available, reporting every poll.

Runs against the in-process simulator: `python examples/waiters.py` (each poll moves the simulated clock
ten minutes, so the wait takes a moment). A failure state raises `WaiterFailureError` with the resource's
own reasons; running out of attempts or time raises `WaiterTimeoutError` naming the last status seen.
"""

from __future__ import annotations

from dbcloud_core.errors import WaiterError
from dbcloud_core.waiters import WaitProgress
from dbcloud_dws import DwsClient
from dbcloud_dws.models import CreateClusterInfo, CreateClusterRequest
from dbcloud_simulator import InProcessSimulator, mock_dbcloud

REQUEST = CreateClusterRequest(
    cluster=CreateClusterInfo(
        name="demo",
        node_type="dws.m3.xlarge",
        number_of_node=3,
        subnet_id="subnet-1",
        security_group_id="sg-1",
        vpc_id="vpc-1",
        user_name="dbadmin",
        user_pwd="Demo-Pa55word",
    )
)


def main(sim: InProcessSimulator) -> None:
    def report(progress: WaitProgress) -> None:  # every poll: WaitProgress(name, attempt, elapsed_s, status, state)
        print(progress.name, progress.attempt, progress.status)
        sim.advance(600)  # the simulator's clock; against the cloud the delay between polls is real

    with DwsClient(region="eu-west-101") as dws:
        created = dws.create_cluster(body=REQUEST).cluster
        assert created is not None and created.id is not None
        try:
            last = dws.wait_until_cluster_available(cluster_id=created.id, timeout=1800, delay=0.01, on_progress=report)
        except WaiterError as error:
            raise SystemExit(f"the cluster did not become available: {error}") from error
        if last is not None and last.cluster is not None:
            print("ready:", last.cluster.name, last.cluster.status)


if __name__ == "__main__":
    with mock_dbcloud() as simulator:
        main(simulator)
