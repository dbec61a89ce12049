"""Secrets planted in every sensitive field of every generated model never appear in its repr/str."""

from __future__ import annotations

import pytest

from generator.config import Service
from tests.support import SERVICE_IDS, SERVICES, behaviour, is_model, members

SECRET = "Pl4nted-Secret-Value"


def _sensitive_models(service: Service) -> list[type]:
    models = __import__(f"{service.package}.models", fromlist=["*"])
    sensitive = behaviour(service).SENSITIVE_FIELDS
    return [cls for cls in vars(models).values() if is_model(cls) and any(m.name in sensitive for m in members(cls))]


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
def test_sensitive_fields_are_masked_in_model_reprs(service: Service) -> None:
    sensitive = behaviour(service).SENSITIVE_FIELDS
    classes = _sensitive_models(service)
    assert classes, f"{service.key}: the spec marks no password field"
    for cls in classes:
        obj = object.__new__(cls)
        names = [m.name for m in members(cls)]
        for name in names:
            object.__setattr__(obj, name, SECRET if name in sensitive else f"plain-{name}")
        object.__setattr__(obj, "additional_properties", {"password": SECRET})
        object.__setattr__(obj, "_request_id", f"plain-{SECRET}")
        if "_present" in cls.__slots__:
            object.__setattr__(obj, "_present", frozenset(names))
        text = repr(obj) + str(obj)
        assert SECRET not in text, cls.__name__
        # every member but the secrets and the extra members (_request_id is bookkeeping, never shown)
        plain = [name for name in names if name not in sensitive]
        assert all(f"plain-{name}" in text for name in plain), f"{cls.__name__}: ordinary fields must stay visible"
