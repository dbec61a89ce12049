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
