"""Helpers for driving the simulator with the official Huawei SDKs (``huaweicloudsdkdws``/``ddm``),
configured the way their users configure them."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkcore.utils.http_utils import sanitize_for_serialization

#: A project of the first built-in account (which owns every project no other account lists).
PROJECT = "0123456789abcdef0123456789abcdef"


def official_client(client_class: Any, endpoint: str, ak: str, sk: str, project_id: str = PROJECT) -> Any:
    """``DwsClient``/``DdmClient`` of the official SDK as its README builds one (http: no TLS to verify)."""
    config = HttpConfig.get_default_config()
    config.ignore_ssl_verification = True
    config.retry_times = 0
    return (
        client_class.new_builder()
        .with_http_config(config)
        .with_credentials(BasicCredentials(ak, sk, project_id))
        .with_endpoint(endpoint)
        .build()
    )


def parsed_by_sdk(response: Any) -> Any:
    """What the official SDK parsed, keyed by JSON names (its ``to_dict`` is deprecated, and
    ``to_json_object`` returns the raw body, not the parse)."""
    return sanitize_for_serialization(response)


def within(official: Any, ours: Any, where: str = "") -> None:
    """Every value the official SDK parsed equals what our client parsed at the same place. Ours may
    hold more: our models keep fields the SDK's do not know (and unknown ones)."""
    if isinstance(official, dict):
        assert isinstance(ours, dict), f"{where or '<root>'}: SDK parsed an object, we parsed {ours!r}"
        for key, value in official.items():
            assert key in ours, f"{where}/{key}: parsed by the SDK ({value!r}), missing from ours"
            within(value, ours[key], f"{where}/{key}")
    elif isinstance(official, list):
        assert isinstance(ours, list) and len(official) == len(ours), f"{where}: lists differ"
        for index, (theirs, mine) in enumerate(zip(official, ours, strict=True)):
            within(theirs, mine, f"{where}/{index}")
    else:
        same = official == ours or _same_instant(official, ours)
        assert same, f"{where}: SDK parsed {official!r}, we parsed {ours!r}"


def _same_instant(official: Any, ours: Any) -> bool:
    """The SDK keeps date-times as the reply's strings; ours parses them (and prints them ISO)."""
    try:
        return datetime.fromisoformat(official) == datetime.fromisoformat(ours)
    except (TypeError, ValueError):
        return False


def same_parse(official: Any, ours: Any) -> int:
    """The official SDK's reply and ours (a ``RawResponse``: ``client.with_raw_response.<op>()``) carry the
    same body, and every value the SDK parsed from it is what our client parsed; returns how many values
    were compared (so a test can show the comparison was not empty)."""
    assert json.loads(ours.content) == official.to_json_object(), "the two clients got different replies"
    theirs = parsed_by_sdk(official)
    within(theirs, ours.parse().to_dict())
    return _leaves(theirs)


def _leaves(value: Any) -> int:
    if isinstance(value, dict):
        return sum(_leaves(v) for v in value.values())
    if isinstance(value, list):
        return sum(_leaves(v) for v in value)
    return 1


def refused(call: Any, *args: Any) -> ClientRequestException:
    """The SDK's exception for a call the simulator refuses."""
    with pytest.raises(ClientRequestException) as caught:
        call(*args)
    return caught.value
