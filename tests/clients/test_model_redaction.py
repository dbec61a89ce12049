"""Secrets planted in every sensitive field of every generated model never appear in its repr/str."""

from __future__ import annotations

import attrs
import pytest

from generator.config import Service
from tests.support import SERVICE_IDS, SERVICES, behaviour

SECRET = "Pl4nted-Secret-Value"


def _sensitive_models(service: Service) -> list[type]:
    models = __import__(f"{service.package}.models", fromlist=["*"])
    sensitive = behaviour(service).SENSITIVE_FIELDS
    return [
        cls
        for cls in vars(models).values()
        if isinstance(cls, type) and attrs.has(cls) and any(f.name in sensitive for f in attrs.fields(cls))
    ]


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_sensitive_fields_are_masked_in_model_reprs(service: Service) -> None:
    sensitive = behaviour(service).SENSITIVE_FIELDS
    classes = _sensitive_models(service)
    assert classes, f"{service.key}: the spec marks no password field"
    for cls in classes:
        obj = object.__new__(cls)
        for field in attrs.fields(cls):
            value = SECRET if field.name in sensitive else f"plain-{field.name}"
            object.__setattr__(
                obj, field.name, {"password": SECRET} if field.name == "additional_properties" else value
            )
        text = repr(obj) + str(obj)
        assert SECRET not in text, cls.__name__
        # every field but the secrets, the extra members and those kept out of reprs (_request_id)
        plain = [
            f for f in attrs.fields(cls) if f.name not in sensitive and f.name != "additional_properties" and f.repr
        ]
        assert all(f"plain-{f.name}" in text for f in plain), f"{cls.__name__}: ordinary fields must stay visible"
