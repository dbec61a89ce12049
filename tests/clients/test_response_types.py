"""Response models read absent members as None and tell absent from null (issue 18); requests keep UNSET."""

from __future__ import annotations

import copy
import importlib
import inspect
import logging
import pickle
import pydoc
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.config import all_services
from generator.directions import response_only
from generator.spec import load
from tests.support import is_model, members

SERVICES = [service.key for service in all_services()]


def _models(key: str) -> list[type[Any]]:
    models = importlib.import_module(f"dbcloud_{key}.models")
    found = [getattr(models, name) for name in models.__all__]
    return [cls for cls in found if is_model(cls)]


@pytest.mark.parametrize("key", SERVICES)
def test_exactly_the_response_only_schemas_are_response_models(key: str) -> None:
    # Every component schema with members that only replies reach has fields_set; every one a request can
    # carry keeps UNSET as the default of its optional members.
    service = next(s for s in all_services() if s.key == key)
    spec = load(service.spec)
    only = response_only(spec)
    models = {cls.__name__: cls for cls in _models(key)}
    checked = 0
    for name, schema in spec.doc["components"]["schemas"].items():
        cls = models.get(name)
        if cls is None or not schema.get("properties"):
            continue
        optional = [m for m in members(cls) if m.default is not inspect.Parameter.empty]
        if id(schema) in only:
            assert hasattr(cls, "fields_set"), name
            assert all(f.default is None for f in optional), name
        else:
            assert not hasattr(cls, "fields_set"), name
            assert all(repr(f.default) == "UNSET" for f in optional), name
        checked += 1
    assert checked > 10


def test_absent_and_null_both_read_none_and_fields_set_tells_them_apart() -> None:
    from dbcloud_dws.models import ClusterDetail, ClusterStatus

    detail = ClusterDetail.from_dict({"id": "c-1", "status": "AVAILABLE", "port": None, "extra": 1})
    assert detail.id == "c-1"
    assert detail.status is ClusterStatus.AVAILABLE
    assert detail.port is None  # null in the reply
    assert detail.name is None  # absent from the reply
    assert detail.fields_set == {"id", "status", "port"}
    assert detail.to_dict() == {"id": "c-1", "status": "AVAILABLE", "port": None, "extra": 1}
    detail.name = "renamed"  # set since: sent back
    assert "name" in detail.fields_set
    assert detail.to_dict()["name"] == "renamed"
    assert "name=" in repr(detail) and "vpc_id" not in repr(detail)  # a None it never received is not shown
    assert "port=None" in repr(detail)


def test_required_members_left_out_read_none_and_are_reported(caplog: pytest.LogCaptureFixture) -> None:
    from dbcloud_dws.models import ParameterGroup

    assert all(m.default is inspect.Parameter.empty for m in members(ParameterGroup))  # typed as documented
    with caplog.at_level(logging.WARNING, logger="dbcloud.parsing"):
        parsed = ParameterGroup.from_dict({"id": "p-1"})  # name (plain) and status (an enum) left out
    assert (parsed.id, parsed.name, parsed.status) == ("p-1", None, None)
    assert parsed.fields_set == {"id"}
    assert parsed.to_dict() == {"id": "p-1"}
    assert "ParameterGroup.name: expected string, got missing" in caplog.text
    assert "ParameterGroup.status: expected ParameterGroupStatus, got missing" in caplog.text


def test_request_models_keep_unset() -> None:
    from dbcloud_dws.models import CreateClusterInfo
    from dbcloud_dws.types import UNSET

    info = CreateClusterInfo.from_dict(
        {"name": "n", "node_type": "t", "number_of_node": 3, "subnet_id": "s", "security_group_id": "g"}
        | {"vpc_id": "v", "user_name": "u", "user_pwd": "p"}
    )
    assert info.port is UNSET
    assert "port" not in info.to_dict()


@pytest.mark.parametrize("key", SERVICES)
def test_unset_is_readable_falsy_and_a_singleton(key: str) -> None:
    types = importlib.import_module(f"dbcloud_{key}.types")
    unset = types.UNSET
    assert repr(unset) == "UNSET"
    assert not unset
    assert copy.deepcopy(unset) is unset
    assert pickle.loads(pickle.dumps(unset)) is unset
    request = next(cls for cls in _models(key) if not hasattr(cls, "fields_set") and members(cls))
    assert "<" not in pydoc.render_doc(request.__init__, renderer=pydoc.plaintext).split("object at")[0]
    assert "object at 0x" not in pydoc.render_doc(request, renderer=pydoc.plaintext)


_MEMBERS = {"id": st.text(max_size=5), "name": st.text(max_size=5), "port": st.integers(0, 65535), "vpc_id": st.text()}


@given(
    st.dictionaries(st.sampled_from(sorted(_MEMBERS)), st.none(), max_size=4).flatmap(
        lambda nulls: st.fixed_dictionaries(
            {},
            optional={k: (st.none() if k in nulls else s) for k, s in _MEMBERS.items()},
        )
    )
)
def test_to_dict_returns_the_reply_as_received(reply: dict[str, Any]) -> None:
    from dbcloud_dws.models import ClusterDetail

    parsed = ClusterDetail.from_dict(reply)
    assert parsed.to_dict() == reply
    assert parsed.fields_set == set(reply)
    assert all(getattr(parsed, name) == reply.get(name) for name in _MEMBERS)


@pytest.mark.parametrize("key", SERVICES)
def test_an_empty_reply_reads_none_everywhere_and_round_trips(key: str, caplog: pytest.LogCaptureFixture) -> None:
    # Every response model, required members included (nullable unions too): nothing reads UNSET, and a reply
    # of nulls only comes back as nulls.
    schemas = load(next(s for s in all_services() if s.key == key).spec).doc["components"]["schemas"]
    checked = 0
    with caplog.at_level(logging.ERROR, logger="dbcloud.parsing"):
        for cls in _models(key):
            if not hasattr(cls, "fields_set"):
                continue
            parsed = cls.from_dict({})
            values = {m.name: getattr(parsed, m.name) for m in members(cls)}
            assert all(v is None for v in values.values()), (cls.__name__, values)
            assert parsed.fields_set == frozenset() and parsed.to_dict() == {}, cls.__name__
            documented = list((schemas.get(cls.__name__) or {}).get("properties") or {})
            nulls = cls.from_dict(dict.fromkeys(documented))
            assert nulls.to_dict() == dict.fromkeys(documented), cls.__name__
            assert len(nulls.fields_set) == len(documented), cls.__name__
            checked += bool(documented)
    assert checked > 20
