"""Our opc template overrides stay in step with the opc version pinned in constraints.txt."""

from __future__ import annotations

from pathlib import Path

import openapi_python_client

from generator.config import TEMPLATES

OPC_TEMPLATES = Path(openapi_python_client.__file__).parent / "templates"


def test_model_template_is_opc_verbatim_plus_the_masking_repr() -> None:
    ours = (TEMPLATES / "opc" / "model.py.jinja").read_text()
    body = ours.split("#}\n", 1)[1]  # drop our header comment
    copied, added = body.split("\n    {# dbcloud-override #}", 1)
    assert copied == (OPC_TEMPLATES / "model.py.jinja").read_text()
    assert "model_repr(self, SENSITIVE_FIELDS)" in added


def test_every_override_shadows_a_real_opc_template() -> None:
    for template in (TEMPLATES / "opc").glob("*.jinja"):
        assert (OPC_TEMPLATES / template.name).is_file(), f"{template.name} overrides nothing in opc"


def test_types_template_is_opc_verbatim_with_dataclasses_for_attrs() -> None:
    # Only File and Response change, from attrs classes to slotted dataclasses (no attrs at import time).
    ours = (TEMPLATES / "opc" / "types.py.jinja").read_text().split("#}\n", 1)[1]
    as_opc = ours.replace("from dataclasses import dataclass\n", "")
    as_opc = as_opc.replace("@dataclass(slots=True, weakref_slot=True)", "@define")
    as_opc = as_opc.replace("IO\n\n\nclass Unset", "IO\n\nfrom attrs import define\n\n\nclass Unset")
    assert as_opc == (OPC_TEMPLATES / "types.py.jinja").read_text()
