"""Configuring a client: region from the argument, the environment or the profile; proxies; TLS; your own
httpx client. Every option is a keyword of the constructor (a misspelt one is a type error).

Runs against the simulator: a server at ``$DBCLOUD_SIMULATOR`` (``make simulate``), or the in-process one.
"""

from __future__ import annotations

import os
import ssl
import tempfile
from pathlib import Path

import httpx

from dbcloud_core import HuaweiCredentials, ScpCredentials
from dbcloud_core.errors import ConfigurationError
from dbcloud_core.retries import RetryPolicy
from dbcloud_ddm import DdmClient
from dbcloud_dws import DwsClient
from dbcloud_epas import EpasClient
from dbcloud_simulator import InProcessSimulator, mock_dbcloud

SIMULATOR = os.environ.get("DBCLOUD_SIMULATOR")
HUAWEI = HuaweiCredentials(ak="SIMULATORAK0000000000", sk="simulator-secret-key", project_id="demo")


def base_url(service: str) -> str | None:
    return f"{SIMULATOR}/{service}" if SIMULATOR else None


def regions() -> None:
    # 1. the argument; a region the service does not list fails at once, naming the ones it does
    print(DwsClient(region="cn-north-4", credentials=HUAWEI).base_url)
    try:
        DwsClient(region="cn-nort-4", credentials=HUAWEI)
    except ConfigurationError as error:
        print("refused:", str(error)[:60], "...")
    # 2. the environment: HUAWEICLOUD_SDK_REGION (Huawei), SCP_REGION / SCP_ENVIRONMENT (Samsung)
    os.environ["HUAWEICLOUD_SDK_REGION"] = "ap-southeast-1"
    print(DdmClient(credentials=HUAWEI).base_url)
    del os.environ["HUAWEICLOUD_SDK_REGION"]
    # 3. the profile file (~/.dbcloud/credentials, or $DBCLOUD_CONFIG_FILE), section $DBCLOUD_PROFILE or default
    with tempfile.TemporaryDirectory() as folder:
        profile = Path(folder) / "credentials"
        profile.write_text("[default]\nregion = cn-east-3\n")
        os.environ["DBCLOUD_CONFIG_FILE"] = str(profile)
        try:
            print(DwsClient(credentials=HUAWEI).base_url)
        finally:
            del os.environ["DBCLOUD_CONFIG_FILE"]
    # EPAS' endpoint has an environment as well as a region
    scp = ScpCredentials(access_key="simulator-access-key", secret_key="simulator-secret-key")
    print(EpasClient(region="kr-south1", environment="g", credentials=scp).base_url)


def connections(sim: InProcessSimulator | None) -> None:
    # TLS verification is on by default; verify= also takes a CA bundle path or an ssl.SSLContext,
    # cert= a client certificate; proxy= a proxy URL (else HTTP(S)_PROXY and NO_PROXY are honoured).
    context = ssl.create_default_context()
    with DwsClient(region="eu-west-101", base_url=base_url("dws"), credentials=HUAWEI, verify=context) as dws:
        print("clusters:", len(dws.list_clusters().clusters or []))
    # an httpx client of your own (limits, event hooks, mounts...): used as is, and not closed for you
    # (in process, it needs the simulator's transport: the simulator routes only the clients it builds)
    transport = sim.transport() if sim is not None else None
    with httpx.Client(timeout=10, limits=httpx.Limits(max_connections=4), transport=transport) as mine:
        with DwsClient(
            region="eu-west-101",
            base_url=base_url("dws"),
            credentials=HUAWEI,
            http_client=mine,
            retry=RetryPolicy(max_attempts=2),
        ) as dws:
            print("own client request id:", dws.list_clusters()._request_id is not None)
        print("still open:", not mine.is_closed)


def main() -> None:
    regions()
    if SIMULATOR:
        connections(None)
    else:
        with mock_dbcloud() as sim:
            connections(sim)


if __name__ == "__main__":
    main()
