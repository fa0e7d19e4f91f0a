"""Every record the pipeline produces validates against the shipped JSON Schema."""

from __future__ import annotations

import copy

import jsonschema
import pytest

from newsevents.ingest import make_article
from newsevents.serialize import from_dict, to_dict


def test_seed_record_validates(seed_doc, validate) -> None:
    validate(to_dict(seed_doc))


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Nairobi said on Tuesday that talks with the rebels would resume next week.",
        "“We will not back down,” the minister told reporters in Ankara, adding 30 people died.",
        "Short.",
    ],
)
def test_small_records_validate(pipeline, validate, text: str) -> None:
    validate(to_dict(pipeline.run(make_article(text, language="en"))))


def test_schema_rejects_broken_record(seed_doc, validate) -> None:
    bad = copy.deepcopy(to_dict(seed_doc))
    bad["events"] = [{"id": "v1"}]
    with pytest.raises((AssertionError, jsonschema.ValidationError)):
        validate(bad)


def test_record_round_trips_through_dict(seed_doc) -> None:
    record = to_dict(seed_doc)
    assert to_dict(from_dict(record)) == record
