"""Every record the pipeline produces validates against the shipped JSON Schema, and the schema
declares every key the serializer writes."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from newsevents.readers import make_article
from newsevents.records import Document
from newsevents.serialize import drop_parse, from_dict, to_dict
from tests.conftest import SCHEMA
from tests.strategies import documents


def test_seed_record_validates(seed_doc, validate) -> None:
    validate(to_dict(seed_doc))
    validate(to_dict(seed_doc, parse=True))


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Nairobi said on Tuesday that talks with the rebels would resume next week.",
        "“We will not back down,” the minister told reporters in Ankara, adding 30 people died.",
        "Short.",
        "Police fired on the crowd in Dhaka on Monday, killing two protesters.",
    ],
)
def test_small_records_validate(pipeline, validate, text: str) -> None:
    doc = pipeline.run(make_article(text, language="en"))
    validate(to_dict(doc))
    validate(to_dict(doc, parse=True))
    assert_declared(to_dict(doc, parse=True))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents())
def test_drawn_records_validate_and_are_declared(validate, doc: Document) -> None:
    record = to_dict(doc, parse=True)
    validate(record)
    assert_declared(record)
    text = record["article"]["text"]
    for item in record["tokens"] + record["ner"]:
        assert text[item["start"] : item["end"]] == item["text"]


def test_schema_rejects_broken_record(seed_doc, validate) -> None:
    bad = copy.deepcopy(to_dict(seed_doc))
    bad["events"] = [{"id": "v1"}]
    with pytest.raises((AssertionError, jsonschema.ValidationError)):
        validate(bad)


def test_schema_rejects_a_broken_new_field(seed_doc, validate) -> None:
    bad = copy.deepcopy(to_dict(seed_doc, parse=True))
    bad["tokens"][0]["ent_iob"] = "X"
    with pytest.raises((AssertionError, jsonschema.ValidationError)):
        validate(bad)


def test_seed_record_reads_back_as_the_document(seed_doc) -> None:
    assert from_dict(json.loads(json.dumps(to_dict(seed_doc)))) == drop_parse(seed_doc)


def test_undeclared_key_is_seen() -> None:
    with pytest.raises(AssertionError, match="nickname"):
        assert_declared({"article": {"id": "a", "nickname": "x"}})


# -- every key the serializer writes is declared in the schema ---------------------------------

_SCHEMA = json.loads(SCHEMA.read_text(encoding="utf-8"))


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    """The object schema behind a $ref or a `null | object` oneOf (None when it is no object)."""
    if "$ref" in node:
        return _resolve(_SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[1]])
    for option in node.get("oneOf", ()):
        if option.get("type") != "null":
            return _resolve(option)
    return node


def assert_declared(value: Any, node: dict[str, Any] = _SCHEMA, at: str = "") -> None:
    node = _resolve(node)
    if isinstance(value, dict):
        props = node.get("properties", {})
        for key, item in value.items():
            assert key in props, f"{at}.{key} is written but not declared in the schema"
            assert_declared(item, props[key], f"{at}.{key}")
    elif isinstance(value, list) and isinstance(node.get("items"), dict):
        for item in value:
            assert_declared(item, node["items"], f"{at}[]")
