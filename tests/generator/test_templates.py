"""Our opc template overrides stay in step with the opc version pinned in constraints.txt."""

from __future__ import annotations

import re
from pathlib import Path

import openapi_python_client

from generator.config import TEMPLATES

OPC_TEMPLATES = Path(openapi_python_client.__file__).parent / "templates"

_LAZY = """\
    {% for lazy_import in model.lazy_imports | sort %}
        {{ lazy_import }} # noqa: PLC0415
    {% endfor %}
"""
_POSITIONAL = """\
        {# dbcloud: positional, in the order the fields are declared above: calling a class with keywords
           builds a dict of them for __init__, about a microsecond per parsed object of a wide model. #}
        {{ module_name }} = cls(  # the fields in declaration order
{% for property in model.required_properties + model.optional_properties %}
{% if property.default is none and property.required %}
            {{ property.python_name }},
{% endif %}
{% endfor %}
{% for property in model.required_properties + model.optional_properties %}
{% if property.default is not none or not property.required %}
            {{ property.python_name }},
{% endif %}
{% endfor %}
"""
_KEYWORDS = """\
        {{ module_name }} = cls(
{% for property in model.required_properties + model.optional_properties %}
            {{ property.python_name }}={{ property.python_name }},
{% endfor %}
"""
_OPC_FROM_DICT_LOOP = """\
{% for property in model.required_properties + model.optional_properties %}
    {% if property.required %}
        {% set property_source = 'd.pop("' + (property.name | in_double_quote_literal) + '")' %}
    {% else %}
        {% set property_source = 'd.pop("' + (property.name | in_double_quote_literal) + '", UNSET)' %}
    {% endif %}
    {% import "property_templates/" + property.template as prop_template %}
    {% if prop_template.construct %}
        {{ prop_template.construct(property, property_source) | indent(8) }}
    {% else %}
        {{ property.python_name }} = {{ property_source }}
    {% endif %}

{% endfor %}
"""
_OPC_TRANSFORM = """\
{%- if prop_template.transform -%}
{{ prop_template.transform(property=property, source=content, destination=property.python_name) }}
{%- else -%}"""


_OPC_UNSET = """class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()
"""


_OPC_ATTRS_IMPORTS = "from attrs import define as _attrs_define\nfrom attrs import field as _attrs_field\n"
_OPC_CLASS = """@_attrs_define
class {{ class_name }}:
    {{ docstring(class_docstring_content(model)) | indent(4) }}

    {% for property in model.required_properties + model.optional_properties %}
    {% if property.default is none and property.required %}
    {{ declare_property(property) | indent(4) }}
    {% endif %}
    {% endfor %}
    {% for property in model.required_properties + model.optional_properties %}
    {% if property.default is not none or not property.required %}
    {{ declare_property(property) | indent(4) }}
    {% endif %}
    {% endfor %}
    {% if model.additional_properties %}
    additional_properties: dict[str, {{ additional_property_type }}] = _attrs_field(init=False, factory=dict)
    {% endif %}
"""


def _ours(start: str, end: str) -> str:
    """The block of our model template from ``start`` through the first ``end`` after it."""
    text = (TEMPLATES / "opc" / "model.py.jinja").read_text()
    first = text.index(start)
    return text[first : text.index(end, first) + len(end)]


# (ours, opc's): each change of model.py.jinja that its header comment describes (issues 9 and 17).
MODEL_CHANGES = [
    (
        "from ..types import UNSET, Unset, enum_member\nfrom typing import cast as _cast\n"
        "from dbcloud_core.parsing import drift as _drift\n"
        + _ours("{% for property in model.required_properties + model.optional_properties if", "endfor %}\n"),
        "from ..types import UNSET, Unset\n",
    ),
    # issue 17: the lenient-parsing macros, the lenient from_dict loop, to_dict sending kept values back
    ("\n" + _ours("{# dbcloud: lenient parsing helpers", "{% endmacro %}\n"), ""),  # and issue 18's
    (_ours("{%- if prop_template.transform -%}", "{%- else -%}"), _OPC_TRANSFORM),
    (_ours("{% for property in model.required_properties %}\nif isinstance(", "{% endfor %}\n"), ""),
    (
        _ours(
            "{% for property in model.required_properties + model.optional_properties %}\n    {# dbcloud:",
            "{% endfor %}\n",
        ),
        _OPC_FROM_DICT_LOOP,
    ),
    (
        "{# dbcloud: the TYPE_CHECKING block of model.lazy_imports moved to the end of the module. #}\n",
        "{% for lazy_import in model.lazy_imports | sort %}\n{% if loop.first %}\nif TYPE_CHECKING:\n{% endif %}\n"
        "  {{ lazy_import }}\n{% endfor %}\n",
    ),
    ("    def to_dict(self) -> dict[str, Any]:\n", "    def to_dict(self) -> dict[str, Any]:\n" + _LAZY),
    (
        "    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:\n",
        "    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:\n" + _LAZY,
    ),
    # issue 18: response models (None for absent members, _present, fields_set), each a branch beside opc's code
    ("\n\n" + _ours('{% if dbcloud_response() == "yes" %}\n\n_MISSING', "{% endif %}\n"), ""),
    (_ours('    {% if dbcloud_response() == "yes" %}\n        {{ property.to_docstring()', "{% else %}\n"), ""),
    (
        _ours("        {{ property.to_docstring() | wordwrap(112) | indent(12) }}\n    {% endif %}\n", "{% endif %}\n"),
        "        {{ property.to_docstring() | wordwrap(112) | indent(12) }}\n",
    ),
    (_ours('{%- if dbcloud_response() == "yes" -%}\n{{ property.python_name }}', "{%- elif"), "{%- if"),
    (_ours('{% if dbcloud_response() == "yes" %}\n        {{ dbcloud_to_dict()', "{% else %}\n"), ""),
    (
        _ours("        {{ _to_dict() | indent(8) }}\n{% endif %}\n", "{% endif %}\n"),
        "        {{ _to_dict() | indent(8) }}\n",
    ),
    (_ours('{% if dbcloud_response() == "yes" %}\n        {{ module_name }} = cls(', "(src_dict)\n{% else %}\n"), ""),
    (_ours("        )\n{% endif %}\n", "{% endif %}\n"), "        )\n"),
    (
        _ours(
            '    {% if dbcloud_response() == "yes" %}\n    @property\n    def fields_set',
            "{% endif %}\n\n    {% endif %}\n",
        ),
        "",
    ),
    (_POSITIONAL, _KEYWORDS),
    (
        "{# dbcloud: model.additional_properties.lazy_imports moved to the end of the module. #}\n",
        "{% if model.additional_properties.lazy_imports %}\n"
        "    {% for lazy_import in model.additional_properties.lazy_imports | sort %}\n"
        "        {{ lazy_import }} # noqa: PLC0415\n    {% endfor %}\n{% endif %}\n",
    ),
    # issue 21: a plain slotted class with its __init__ written out (with issue 18's _present and _request_id)
    ("from dbcloud_core.model import Model as _Model\n", _OPC_ATTRS_IMPORTS),
    (_ours("{# dbcloud: a plain slotted class", "        self._request_id = None\n"), _OPC_CLASS),
]


def _undo(text: str, changes: list[tuple[str, str]]) -> str:
    for ours, theirs in changes:
        assert text.count(ours) == 1, ours
        text = text.replace(ours, theirs)
    return text


def test_model_template_is_opc_verbatim_plus_the_masking_repr() -> None:
    ours = (TEMPLATES / "opc" / "model.py.jinja").read_text()
    body = ours.split("#}\n", 1)[1]  # drop our header comment
    copied, added = body.split("\n    {# dbcloud-override #}", 1)
    assert _undo(copied, MODEL_CHANGES) == (OPC_TEMPLATES / "model.py.jinja").read_text()
    assert "model_repr(self, SENSITIVE_FIELDS)" in added


def test_union_template_is_opc_verbatim_plus_the_pass_through() -> None:
    ours = (TEMPLATES / "opc" / "property_templates" / "union_property.py.jinja").read_text()
    body = ours.split("#}\n", 1)[1]
    as_opc = re.sub(r"\{# dbcloud-begin #\}\n.*?\{# dbcloud-end #\}\n", "", body, flags=re.DOTALL)
    assert as_opc == (OPC_TEMPLATES / "property_templates" / "union_property.py.jinja").read_text()


def test_every_override_shadows_a_real_opc_template() -> None:
    for template in (TEMPLATES / "opc").rglob("*.jinja"):
        original = OPC_TEMPLATES / template.relative_to(TEMPLATES / "opc")
        assert original.is_file(), f"{template.name} overrides nothing in opc"


def test_types_template_is_opc_verbatim_with_records_for_attrs() -> None:
    # Only File and Response change, from attrs classes to mutable Records (no attrs, no dataclass machinery
    # at import time), and enum_member is added after the marker.
    ours = (TEMPLATES / "opc" / "types.py.jinja").read_text().split("#}\n", 1)[1]
    ours = ours.split("{# dbcloud-override #}", 1)[0]
    as_opc = ours.replace("\nfrom dbcloud_core.record import Record\n", "").replace("from enum import Enum\n", "")
    as_opc = as_opc.replace("import Any, BinaryIO, Final,", "import BinaryIO,")
    # issue 18: Unset is a one-member enum (readable repr, `is not UNSET` narrows, copies stay the singleton)
    enum_unset = as_opc[as_opc.index("class Unset(Enum):") : as_opc.index("UNSET: Final = Unset.UNSET\n")]
    as_opc = as_opc.replace(enum_unset + "UNSET: Final = Unset.UNSET\n", _OPC_UNSET)
    as_opc = as_opc.replace("class File(Record, frozen=False):", "@define\nclass File:")
    as_opc = as_opc.replace("class Response(Record, Generic[T], frozen=False):", "@define\nclass Response(Generic[T]):")
    as_opc = as_opc.replace("IO\n\n\nclass Unset", "IO\n\nfrom attrs import define\n\n\nclass Unset")
    assert as_opc == (OPC_TEMPLATES / "types.py.jinja").read_text()


def test_endpoint_template_is_opc_verbatim_plus_the_public_entry_points() -> None:
    ours = (TEMPLATES / "opc" / "endpoint_module.py.jinja").read_text().split("#}\n", 1)[1]
    copied, added = ours.split("{# dbcloud-override #}\n", 1)
    # issue 21: opc's Client (attrs) for type checkers only, so an operation module does not load attrs
    copied = copied.replace("from __future__ import annotations\n\n", "", 1).replace("TYPE_CHECKING, Any", "Any", 1)
    copied = copied.replace("if TYPE_CHECKING:\n    from ...client", "from ...client", 1)
    assert copied == (OPC_TEMPLATES / "endpoint_module.py.jinja").read_text()
    assert "get_kwargs = _get_kwargs" in added
    assert "parse_response = _parse_response" in added
