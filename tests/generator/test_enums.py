"""Structurally identical enums become one class per value set and name family (generator/enums.py, issue 18)."""

from __future__ import annotations

import enum
import importlib
import re
import typing
from collections import defaultdict

import pytest

from generator.enums import merged
from tests.support import SERVICE_IDS, is_model, members

DOC = {
    "components": {
        "schemas": {
            "InstanceRequest": {"properties": {"role": {"type": "string", "enum": ["A", "B"], "description": "x"}}},
            "InstanceResponse": {"properties": {"role": {"type": "string", "enum": ["A", "B"]}}},
            "DiskRequest": {"properties": {"role": {"type": "string", "enum": ["OS", "DATA"]}}},
            "DiskResponse": {"properties": {"role": {"type": "string", "enum": ["OS", "DATA"]}}},
            "Cluster": {"properties": {"state": {"type": ["string", "null"], "enum": ["UP", None]}}},
            "Lonely": {"properties": {"mode": {"type": "string", "enum": ["x"]}}},
            "State": {"type": "string"},  # a name already taken
        }
    }
}


def test_shared_and_nullable_inline_enums_move_to_one_component() -> None:
    out, moved = merged(DOC)
    assert moved == {
        "InstanceRole": ["InstanceRequest.role", "InstanceResponse.role"],
        "DiskRole": ["DiskRequest.role", "DiskResponse.role"],
        "StateEnum": ["Cluster.state"],
    }
    schemas = out["components"]["schemas"]
    assert schemas["InstanceRole"] == {"type": "string", "enum": ["A", "B"]}
    assert schemas["InstanceRequest"]["properties"]["role"] == {
        "$ref": "#/components/schemas/InstanceRole",
        "description": "x",
    }
    assert schemas["Cluster"]["properties"]["state"] == {
        "anyOf": [{"$ref": "#/components/schemas/StateEnum"}, {"type": "null"}]
    }
    assert schemas["StateEnum"] == {"type": "string", "enum": ["UP"]}
    assert schemas["Lonely"] == DOC["components"]["schemas"]["Lonely"]  # used once, not nullable: left to opc
    assert "InstanceRole" not in DOC["components"]["schemas"]  # the input is not changed


def _enum_classes(annotation: str, namespace: dict[str, object]) -> set[type[enum.Enum]]:
    hint = eval(annotation, namespace)  # the models' own annotation strings, in their module's namespace
    members = typing.get_args(hint) or (hint,)
    return {m for m in members if isinstance(m, type) and issubclass(m, enum.Enum) and m.__name__ != "Unset"}


def test_epas_cluster_role_is_one_class_shared_by_list_and_detail() -> None:
    from dbcloud_epas.models import ClusterRoleType, EpasClusterDetailResponse, RdbClusterResponse

    for model in (RdbClusterResponse, EpasClusterDetailResponse):
        module = importlib.import_module(model.__module__)
        annotation = next(m.annotation for m in members(model) if m.name == "role_type")
        assert _enum_classes(annotation, vars(module)) == {ClusterRoleType}
    listed = RdbClusterResponse.from_dict({"role_type": "REPLICA"})
    assert listed.role_type is ClusterRoleType.REPLICA
    assert RdbClusterResponse.from_dict({"role_type": None}).role_type is None


def test_request_and_response_share_the_class() -> None:
    from dbcloud_epas.models import InstanceRequest, InstanceResponse, InstanceRoleType

    for model in (InstanceRequest, InstanceResponse):
        module = importlib.import_module(model.__module__)
        annotation = next(m.annotation for m in members(model) if m.name == "role_type")
        assert _enum_classes(annotation, vars(module)) == {InstanceRoleType}


@pytest.mark.parametrize("key", SERVICE_IDS)
def test_one_class_per_member_name_and_value_set(key: str) -> None:
    """Across every model of a service, members of one name whose enums hold the same values share one class."""
    models = importlib.import_module(f"dbcloud_{key}.models")
    classes: dict[tuple[str, frozenset[str]], set[str]] = defaultdict(set)
    for name in models.__all__:
        model = getattr(models, name)
        if not is_model(model):
            continue
        namespace = vars(importlib.import_module(model.__module__))
        for field in members(model):
            for cls in _enum_classes(str(field.annotation), namespace):
                classes[(field.name, frozenset(str(m.value) for m in cls))].add(cls.__name__)
    assert classes
    assert {k: v for k, v in classes.items() if len(v) > 1} == {}


@pytest.mark.parametrize("key", SERVICE_IDS)
def test_a_nullable_enum_parameter_takes_one_enum_class(key: str) -> None:
    # opc reads `type: [string, "null"]` + enum as three copies of one enum class (..._type_1, ..._type_2_type_1,
    # ..._type_3_type_1); the view hands it `anyOf: [enum, null]` instead (generator/model.py).
    models = importlib.import_module(f"dbcloud_{key}.models")
    copies = [name for name in models.__all__ if re.search(r"Type\d+Type\d+$", name)]
    assert copies == []
    if key == "epas":
        from dbcloud_epas.api.engines import list_engine_versions
        from dbcloud_epas.models import ListEngineVersionsProductImageTypeType0 as ImageType

        request = list_engine_versions.get_kwargs(product_image_type=ImageType.EPAS)
        assert request["params"] == {"product_image_type": "EPAS"}
        assert list_engine_versions.get_kwargs(product_image_type=None)["params"] == {}  # None is not sent, as before
