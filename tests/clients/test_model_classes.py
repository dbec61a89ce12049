"""The generated models are plain slotted classes (dbcloud_core.model, issue 21): what attrs gave them is kept."""

from __future__ import annotations

import copy
import inspect
import pickle
import weakref

import pytest

from dbcloud_core.model import Model
from dbcloud_dws.models import ClusterInfo, CreateClusterInfo, Endpoints, ListClustersResponse, PublicIp

REPLY = {
    "clusters": [
        {"id": "c-1", "name": "one", "status": "AVAILABLE", "endpoints": [{"connect_info": "h", "jdbc_url": "j"}]},
        {"id": "c-2", "name": None, "vendor_extra": {"x": 1}},
    ]
}


def test_construction_by_keyword_or_position_in_declaration_order() -> None:
    assert Endpoints("h", "j") == Endpoints(jdbc_url="j", connect_info="h")
    with pytest.raises(TypeError):
        Endpoints("h")  # type: ignore[call-arg]  # a required member left out
    with pytest.raises(TypeError):
        Endpoints("h", "j", colour="red")  # type: ignore[call-arg]
    info = CreateClusterInfo("dws.m3.xlarge", 3, "subnet", "sg", "vpc", "name", "user", "pw")
    assert info.port is not None and type(info.port).__name__ == "Unset"  # a request model's optional: UNSET


def test_members_are_listed_by_the_signature_and_match_args() -> None:
    names = [p.name for p in inspect.signature(Endpoints).parameters.values()]
    assert names == ["connect_info", "jdbc_url"] == list(Endpoints.__match_args__)
    match Endpoints("h", "j"):
        case Endpoints(host, url):
            assert (host, url) == ("h", "j")
    required = [p.name for p in inspect.signature(CreateClusterInfo).parameters.values() if p.default is p.empty]
    assert required[:2] == ["node_type", "number_of_node"] and "port" not in required


def test_equality_is_by_class_and_members_extra_members_included_bookkeeping_not() -> None:
    one, same = ListClustersResponse.from_dict(REPLY), ListClustersResponse.from_dict(REPLY)
    assert one == same and not one != same
    same._request_id = "another request"  # bookkeeping is not compared
    assert one == same
    other = ListClustersResponse.from_dict({"clusters": [REPLY["clusters"][0]]})
    assert one != other
    second = one.clusters[1]
    assert second.additional_properties == {"vendor_extra": {"x": 1}}
    stripped = ClusterInfo.from_dict({"id": "c-2", "name": None})
    assert second != stripped  # the unknown member differs
    assert Endpoints("h", "j") != PublicIp("h")  # type: ignore[arg-type]  # another class never equals
    assert Endpoints("h", "j").__eq__(object()) is NotImplemented


def test_models_are_unhashable_slotted_and_weakly_referable() -> None:
    model = Endpoints("h", "j")
    with pytest.raises(TypeError):
        hash(model)
    with pytest.raises(AttributeError):
        model.colour = "red"  # type: ignore[attr-defined]  # slots: no stray attributes
    assert not hasattr(model, "__dict__")
    assert weakref.ref(model)() is model
    assert isinstance(model, Model)


@pytest.mark.parametrize("clone", [copy.copy, copy.deepcopy, lambda m: pickle.loads(pickle.dumps(m))])
def test_copy_and_pickle_keep_every_member_and_what_the_reply_held(clone: object) -> None:
    parsed = ListClustersResponse.from_dict(REPLY)
    parsed._request_id = "req-1"
    cloned = clone(parsed)  # type: ignore[operator]
    assert cloned == parsed and cloned is not parsed
    assert cloned._request_id == "req-1"
    assert cloned.to_dict() == parsed.to_dict() == REPLY
    second = cloned.clusters[1]
    assert "name" in second.fields_set and second.name is None  # a null received stays told from absent
    assert "status" not in second.fields_set


def test_repr_shows_members_set_and_extra_members_and_masks_secrets() -> None:
    assert repr(Endpoints("h", "j")) == "Endpoints(connect_info='h', jdbc_url='j', additional_properties={})"
    info = CreateClusterInfo("dws.m3.xlarge", 3, "subnet", "sg", "vpc", "name", "user", "Secret-Pw-1")
    text = repr(info)
    assert "Secret-Pw-1" not in text and "user_pwd=" in text and "port=" not in text  # UNSET is not shown
