"""Strict request validation (dbcloud_core.validation) through the public facades: every parameter
location and the body are checked against the spec's JSON Schema before anything is sent, with
the simulator's semantics (no coercion), and errors name operation, place, rule and value."""

from __future__ import annotations

import copy
import functools
import inspect
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dbcloud_core.credentials import HuaweiCredentials, ScpCredentials
from dbcloud_core.errors import ConfigurationError, RequestValidationError
from dbcloud_core.validation import RequestValidator
from tests.support import SERVICE_IDS, SERVICES, behaviour, request_example, spec_of

PASSWORD = "Planted-Pa55word!"
HUAWEI = HuaweiCredentials(ak="AKID", sk="SKSKSKSKSKSK", project_id="0123456789abcdef0123456789abcdef")
SCP = ScpCredentials(access_key="AKID", secret_key="scp-secret-0123")


class Recorder:
    """A MockTransport handler that records what was sent and answers 200 with a fixed body."""

    def __init__(self, body: Any = None) -> None:
        self.sent: list[httpx.Request] = []
        self.body = {} if body is None else body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return httpx.Response(200, json=self.body)


def _dws(recorder: Recorder) -> Any:
    from dbcloud_dws import DwsClient

    return DwsClient(base_url="https://dws.test", credentials=HUAWEI, transport=httpx.MockTransport(recorder))


def _ddm(recorder: Recorder) -> Any:
    from dbcloud_ddm import DdmClient

    return DdmClient(base_url="https://ddm.test", credentials=HUAWEI, transport=httpx.MockTransport(recorder))


def _epas(recorder: Recorder) -> Any:
    from dbcloud_epas import EpasClient

    return EpasClient(base_url="https://epas.test", credentials=SCP, transport=httpx.MockTransport(recorder))


def _create_cluster_body(**cluster: Any) -> Any:
    from dbcloud_dws.models import CreateClusterRequest

    body = request_example("dws", "create_cluster")
    body["cluster"].update(cluster)
    return CreateClusterRequest.from_dict(body)


# -- one negative case per location: nothing is sent, the error names all four facts ----------


def test_body_string_for_integer_is_rejected_before_sending() -> None:
    recorder = Recorder()
    with _dws(recorder) as dws, pytest.raises(RequestValidationError) as caught:
        dws.create_cluster(body=_create_cluster_body(number_of_node="3"))
    assert recorder.sent == []
    text = str(caught.value)
    assert "create_cluster" in text and "body at /cluster/number_of_node" in text
    assert "[rule: type]" in text and '"3"' in text
    assert caught.value.field == "cluster.number_of_node"
    assert caught.value.errors[0]["loc"] == ("cluster", "number_of_node") and caught.value.errors[0]["type"] == "type"


def test_query_parameter_above_maximum_is_rejected_before_sending() -> None:
    recorder = Recorder()
    with _ddm(recorder) as ddm, pytest.raises(RequestValidationError) as caught:
        ddm.list_instances(limit=100000)
    assert recorder.sent == []
    assert str(caught.value) == (
        "list_instances: invalid query parameter 'limit': 100000 is greater than the maximum of 128 [rule: maximum]"
    )


def test_query_parameter_wrong_type_is_not_coerced() -> None:
    recorder = Recorder()
    with _ddm(recorder) as ddm, pytest.raises(RequestValidationError, match=r"'limit'.*\[rule: type\]"):
        ddm.list_instances(limit="10")
    assert recorder.sent == []


def test_path_parameter_breaking_its_pattern_is_rejected_before_sending() -> None:
    from dbcloud_ddm.models import ResetParameterGroupRequest

    recorder = Recorder()
    body = ResetParameterGroupRequest.from_dict(request_example("ddm", "reset_parameter_group"))
    with _ddm(recorder) as ddm, pytest.raises(RequestValidationError) as caught:
        ddm.reset_parameter_group(config_id="not/a/config", body=body)
    assert recorder.sent == []
    assert "reset_parameter_group: invalid path parameter 'config_id'" in str(caught.value)
    assert '"not/a/config"' in str(caught.value)


def test_path_enum_parameter_accepts_a_plain_string_and_rejects_an_unknown_one() -> None:
    recorder = Recorder()
    with _epas(recorder) as epas:
        name = next(n for n in inspect.signature(epas.export_log).parameters if n != "log_type")
        required = {
            n: "x" * 8
            for n, p in inspect.signature(epas.export_log).parameters.items()
            if p.default is inspect.Parameter.empty and n not in ("log_type", "body")
        }
        assert name  # the operation has other arguments; only log_type matters here
        with pytest.raises(RequestValidationError, match=r"path parameter 'log_type'.*\[rule: enum\]"):
            epas.with_raw_response.export_log(log_type="kernel", **required)
        assert recorder.sent == []
        epas.with_raw_response.export_log(log_type="audit", **required)
    assert recorder.sent[0].url.path.endswith("/audit") or "/audit/" in recorder.sent[0].url.path


def test_header_parameter_outside_its_enum_is_rejected_before_sending() -> None:
    recorder = Recorder()
    with _ddm(recorder) as ddm, pytest.raises(RequestValidationError) as caught:
        ddm.show_instance_param(instance_id="i1", x_language="fr-fr")
    assert recorder.sent == []
    assert "show_instance_param: invalid header parameter 'X-Language'" in str(caught.value)
    assert "[rule: enum]" in str(caught.value) and '"fr-fr"' in str(caught.value)


def test_enum_query_parameter_as_plain_string_is_sent() -> None:
    recorder = Recorder({"clusters": []})
    with _dws(recorder) as dws:
        assert dws.list_clusters(datastore_type="dws").clusters == []
        with pytest.raises(RequestValidationError, match=r"query parameter 'datastoreType'.*\[rule: enum\]"):
            dws.list_clusters(datastore_type="oracle")
    assert [r.url.params.get("datastoreType") for r in recorder.sent] == ["dws"]


def test_a_valid_body_is_sent_unchanged() -> None:
    recorder = Recorder({"cluster": {"id": "c1"}})
    with _dws(recorder) as dws:
        dws.with_raw_response.create_cluster(body=_create_cluster_body())
    assert len(recorder.sent) == 1
    import json

    assert json.loads(recorder.sent[0].content) == request_example("dws", "create_cluster")


# -- secrets, encodings, credentials --------------------------------------------------------------


def test_invalid_password_is_masked_in_the_error() -> None:
    recorder = Recorder()
    with _dws(recorder) as dws, pytest.raises(RequestValidationError) as caught:
        dws.create_cluster(body=_create_cluster_body(user_pwd=PASSWORD * 10))  # too long, and secret
    assert recorder.sent == []
    for text in (str(caught.value), repr(caught.value), repr(caught.value.errors)):
        assert PASSWORD not in text
    assert "body at /cluster/user_pwd" in str(caught.value) and "***" in str(caught.value)


def test_secret_inside_an_invalid_object_is_masked_by_value() -> None:
    recorder = Recorder()
    with _dws(recorder) as dws, pytest.raises(RequestValidationError) as caught:
        body = _create_cluster_body(user_pwd=PASSWORD)
        body.cluster.additional_properties["unexpected"] = 1  # may be reported on the whole object
        body.cluster.number_of_node = "3"
        dws.create_cluster(body=body)
    assert PASSWORD not in str(caught.value) and PASSWORD not in repr(caught.value.errors)


@pytest.mark.parametrize("where", ["query", "body"])
def test_lone_surrogate_is_a_typed_error(where: str) -> None:
    recorder = Recorder()
    with _dws(recorder) as dws, pytest.raises(RequestValidationError) as caught:
        if where == "query":
            dws.list_clusters(enterprise_project_id="ab\udc80")
        else:
            dws.create_cluster(body=_create_cluster_body(name="Abc\udc80def"))
    assert recorder.sent == []
    assert "lone surrogate" in str(caught.value)
    assert caught.value.field == ("cluster.name" if where == "body" else None)


def test_lone_surrogate_no_pattern_meets_is_a_typed_error() -> None:
    recorder = Recorder()
    with _dws(recorder) as dws, pytest.raises(RequestValidationError) as caught:
        dws.create_cluster(body=_create_cluster_body(availability_zone="az\udc80"))
    assert recorder.sent == [] and caught.value.field == "cluster.availability_zone"
    assert "create_cluster: invalid body at /cluster/availability_zone: a string holds a lone surrogate" in str(
        caught.value
    )


def test_non_ascii_header_value_is_a_typed_error() -> None:
    recorder = Recorder()
    from dbcloud_dws import DwsClient

    transport = httpx.MockTransport(recorder)
    with DwsClient(base_url="https://t", credentials=HUAWEI, headers={"X-Note": "é"}, transport=transport) as dws:
        with pytest.raises(RequestValidationError, match="cannot be encoded"):
            dws.list_clusters()
    assert recorder.sent == []


@pytest.mark.parametrize(
    ("facade", "credentials"),
    [("dbcloud_dws:DwsClient", SCP), ("dbcloud_ddm:DdmClient", SCP), ("dbcloud_epas:EpasClient", HUAWEI)],
)
def test_credentials_of_another_vendor_are_a_configuration_error(facade: str, credentials: Any) -> None:
    module, name = facade.split(":")
    cls = getattr(__import__(module), name)
    with pytest.raises(ConfigurationError, match=f"got {type(credentials).__name__}"):
        cls(base_url="https://x.test", credentials=credentials)


# -- the same semantics as the simulator ----------------------------------------------------------


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_every_request_example_passes_and_a_retyped_one_fails(service: Any) -> None:
    """Each named request example of the spec validates; the same body with one integer turned into
    its string fails, as it does in the simulator (which validates with the same schemas)."""
    from dbcloud_simulator.catalog import Catalog
    from dbcloud_simulator.spec import load_service

    validator = RequestValidator(service.package, behaviour(service).SENSITIVE_FIELDS)
    catalog = Catalog(load_service(service.key))
    spec = spec_of(service)
    checked = retyped = 0
    for _, _, _, op in spec.operations():
        media = spec.json_media(op.get("requestBody"))
        for example in (media.get("examples") or {}).values():
            value = example.get("value")
            validator.check_body(op["operationId"], value)
            checked += 1
            mutated, path = _retype_first_int(copy.deepcopy(value))
            if path is None:
                continue
            with pytest.raises(RequestValidationError):
                validator.check_body(op["operationId"], mutated)
            assert catalog.errors(media["schema"], mutated), (op["operationId"], path)
            retyped += 1
    assert checked >= 5 and retyped >= 1, (checked, retyped)


def _retype_first_int(value: Any, path: tuple[Any, ...] = ()) -> tuple[Any, tuple[Any, ...] | None]:
    """The value with its first integer (not a bool) replaced by its decimal string, and where."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, int) and not isinstance(item, bool):
                value[key] = str(item)
                return value, (*path, key)
            new, found = _retype_first_int(item, (*path, key))
            if found is not None:
                value[key] = new
                return value, found
    if isinstance(value, list):
        for index, item in enumerate(value):
            new, found = _retype_first_int(item, (*path, index))
            if found is not None:
                value[index] = new
                return value, found
    return value, None


def test_async_client_validates_too() -> None:
    import asyncio

    from dbcloud_ddm import AsyncDdmClient

    recorder = Recorder()

    async def main() -> None:
        async with AsyncDdmClient(
            base_url="https://ddm.test", credentials=HUAWEI, transport=httpx.MockTransport(recorder)
        ) as ddm:
            with pytest.raises(RequestValidationError, match=r"\[rule: maximum\]"):
                await ddm.list_instances(limit=129)

    asyncio.run(main())
    assert recorder.sent == []


@given(value=st.one_of(st.integers(-(2**40), 2**40), st.text(max_size=5), st.booleans(), st.floats(allow_nan=False)))
@settings(max_examples=150, deadline=None)
def test_query_values_are_judged_as_the_simulator_judges_them(value: Any) -> None:
    """The client accepts a ``limit``/``offset`` exactly when the simulator's validator accepts it."""
    ddm = next(s for s in SERVICES if s.key == "ddm")
    catalog = _catalog(ddm)
    op = catalog.by_id["list_instances"]
    validator = RequestValidator("dbcloud_ddm")
    params = [p for p in op.params if p.name in ("limit", "offset")]
    assert len(params) == 2
    for param in params:
        server_rejects = bool(catalog.errors(param.schema, value))
        try:
            validator.check_arguments("list_instances", {param.name: value})
        except RequestValidationError:
            client_rejects = True
        else:
            client_rejects = False
        assert client_rejects == server_rejects, (param.name, value)


@functools.cache
def _catalog(service: Any) -> Any:
    from dbcloud_simulator.catalog import Catalog
    from dbcloud_simulator.spec import load_service

    return Catalog(load_service(service.key))


def test_a_number_for_a_text_parameter_is_checked_as_the_text_sent() -> None:
    """DDM types curPage as a digit string; the page walk counts with ints, sent as their text."""
    validator = RequestValidator("dbcloud_ddm")
    validator.check_arguments("list_slow_log", {"cur_page": 2, "per_page": 10, "instance_id": "i"})
    with pytest.raises(RequestValidationError, match=r"query parameter 'curPage'.*\[rule: pattern\]"):
        validator.check_arguments("list_slow_log", {"cur_page": 0, "instance_id": "i"})
    with pytest.raises(RequestValidationError, match=r"\[rule: type\]"):
        validator.check_arguments("list_slow_log", {"cur_page": True, "instance_id": "i"})


def test_the_schema_table_is_read_beside_the_package_or_through_its_loader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Installed as files: read directly (no importlib.resources readers on a first call); zipped: the loader."""
    import importlib
    import importlib.resources
    import sys
    import zipfile

    from dbcloud_core.validation import FILE_NAME, _package_file

    expected = importlib.resources.files("dbcloud_dws").joinpath(FILE_NAME).read_bytes()
    assert _package_file("dbcloud_dws", FILE_NAME) == expected
    archive = tmp_path / "zipped.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("zipped_pkg/__init__.py", "")
        zipped.writestr(f"zipped_pkg/{FILE_NAME}", b'{"operations": {}}')
    monkeypatch.syspath_prepend(str(archive))
    monkeypatch.delitem(sys.modules, "zipped_pkg", raising=False)
    importlib.import_module("zipped_pkg")
    assert ".zip" in sys.modules["zipped_pkg"].__file__
    assert _package_file("zipped_pkg", FILE_NAME) == b'{"operations": {}}'
    monkeypatch.delitem(sys.modules, "zipped_pkg")
