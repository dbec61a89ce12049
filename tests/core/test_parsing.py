"""dbcloud_core.parsing: drift reports, their JSON paths, one warning or a strict error."""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest

from dbcloud_core import errors, parsing


class Model:  # stands in for a generated attrs model: only its name is reported
    pass


class Unset:  # the generated packages' UNSET type, recognised by name
    pass


@pytest.mark.parametrize(
    ("value", "name"),
    [
        (None, "null"),
        (True, "boolean"),
        (0, "integer"),
        (1.5, "number"),
        ("x", "string"),
        ([], "array"),
        ({}, "object"),
        (Unset(), "missing"),
        (Model(), "Model"),
    ],
)
def test_json_type_names(value: Any, name: str) -> None:
    assert parsing.json_type(value) == name


def test_reports_are_located_by_identity_in_the_body() -> None:
    item = {"a b": None, "n": "1"}
    twin = dict(item)  # equal but not the same object: another place in the body
    body = {"items": [twin, item], "x": {"y": item}}
    with parsing.collecting() as reports:
        parsing.drift(Model, item, "n", "1", "integer")
        parsing.drift(Model, twin, "a b", None, "string")
        parsing.drift(Model, {"n": 1}, "n", 1, "string")  # not in the body at all
    drifts = parsing.locate(body, reports)
    # `item` sits at two places; either is a true name for it
    assert drifts[0].path in ("$.items[1].n", "$.x.y.n")
    assert drifts[0].got == "string"
    assert str(drifts[1]) == "$.items[0]['a b']: expected string, got null"
    assert drifts[2].path == "Model.n"
    assert parsing.locate([item], reports[:1], root="item")[0].path == "item[0].n"


def test_drift_returns_the_value_unchanged_and_logs_at_once_outside_a_call(caplog: pytest.LogCaptureFixture) -> None:
    value = ["kept"]
    with caplog.at_level(logging.WARNING, logger="dbcloud.parsing"):
        assert parsing.drift(Model, {"k": value}, "k", value, "string") is value
    [record] = caplog.records
    assert record.getMessage() == "Model.k: expected string, got array; kept as received"


def test_collections_nest_and_stay_apart_between_threads() -> None:
    seen: dict[str, int] = {}

    def worker(name: str) -> None:
        with parsing.collecting() as reports:
            for _ in range(50):
                parsing.drift(Model, {}, name, None, "string")
            seen[name] = len(reports)

    with parsing.collecting() as outer:
        threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        with parsing.collecting() as inner:
            parsing.drift(Model, {}, "k", None, "string")
        parsing.drift(Model, {}, "k", None, "string")
    assert seen == {"a": 50, "b": 50}
    assert len(inner) == 1 and len(outer) == 1


def test_settle_warns_once_naming_five_places_and_counting_the_rest(caplog: pytest.LogCaptureFixture) -> None:
    body = {"items": [{"n": str(i)} for i in range(7)]}
    with parsing.collecting() as reports:
        for item in body["items"]:
            parsing.drift(Model, item, "n", item["n"], "integer")
    with caplog.at_level(logging.WARNING, logger="dbcloud.parsing"):
        parsing.settle("list_items", body, reports, strict=False)
    [record] = caplog.records
    assert record.getMessage() == (
        "list_items: the reply departs from the spec at "
        + "; ".join(f"$.items[{i}].n: expected integer, got string" for i in range(5))
        + "; and 2 more; kept as received"
    )


def test_settle_raises_with_every_place_when_strict(caplog: pytest.LogCaptureFixture) -> None:
    body = {"items": [{"n": str(i)} for i in range(7)]}
    with parsing.collecting() as reports:
        for item in body["items"]:
            parsing.drift(Model, item, "n", item["n"], "integer")
    with (
        caplog.at_level(logging.WARNING, logger="dbcloud.parsing"),
        pytest.raises(errors.ResponseValidationError) as caught,
    ):
        parsing.settle("list_items", body, reports, strict=True)
    assert [d.path for d in caught.value.drifts] == [f"$.items[{i}].n" for i in range(7)]
    assert caught.value.operation == "list_items" and "and 2 more" in str(caught.value)
    assert not caplog.records
