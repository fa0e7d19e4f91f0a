from __future__ import annotations

import pytest

from newsevents.config import Settings
from newsevents.errors import PipelineError
from newsevents.pipeline import Pipeline, register
from newsevents.readers import make_article
from newsevents.records import Document, Failure


class _Upper:
    name = "test.upper.v1"
    requires = frozenset({"tokens"})
    produces = frozenset({"shout"})

    def __init__(self, settings: Settings) -> None:
        pass

    def __call__(self, doc: Document) -> Document:
        if "boom" in doc.article.text:
            raise RuntimeError("boom")
        return doc


class _NeedsShout(_Upper):
    name = "test.needs.v1"
    requires = frozenset({"shout"})
    produces = frozenset()


register("test.upper.v1", "tests.test_pipeline:_Upper")
register("test.needs.v1", "tests.test_pipeline:_NeedsShout")


def test_pipeline_refuses_stage_whose_requirement_comes_later() -> None:
    with pytest.raises(PipelineError, match="requires"):
        Pipeline.build(Settings(stages=("parse.spacy.v1", "test.needs.v1", "test.upper.v1")))


def test_pipeline_refuses_unknown_stage() -> None:
    with pytest.raises(PipelineError, match="unknown stage"):
        Pipeline.build(Settings(stages=("parse.spacy.v1", "nope.v9")))


def test_run_many_keeps_order_records_failures_and_degrades_on_a_stage_bug() -> None:
    pipe = Pipeline.build(Settings(stages=("parse.spacy.v1", "test.upper.v1"), batch_size=2))
    texts = [
        "The minister met the envoy in Paris on Monday.",
        "This one goes boom in a stage of the pipeline.",
        "   ",
        "Le gouvernement français a annoncé mardi une réforme des retraites très contestée.",
        "Officials in Kenya said the talks would resume next week.",
    ]
    arts = [make_article(t) if t.strip() else make_article("x", language="en") for t in texts]
    arts[2] = arts[2].__class__(id="blank", text="   ")
    out = list(pipe.run_many(arts, on_error="skip"))
    assert [getattr(o, "article_id", None) or o.article.id for o in out] == [a.id for a in arts]
    kinds = [type(o).__name__ for o in out]
    assert kinds == ["Document", "Document", "Failure", "Failure", "Document"]
    boom = out[1]  # kept with the parse, the failed stage named on it
    assert isinstance(boom, Document) and boom.tokens and "shout" not in boom.layers
    assert boom.errors == ("test.upper.v1: RuntimeError: boom",)
    assert isinstance(out[3], Failure) and out[3].reason.startswith("language")


def test_run_many_raise_mode_raises() -> None:
    pipe = Pipeline.build(Settings(stages=("parse.spacy.v1", "test.upper.v1")))
    with pytest.raises(Exception, match="boom"):
        list(pipe.run_many([make_article("It will boom here, surely.")], on_error="raise"))


def test_parse_layers_have_offsets_into_text(pipeline) -> None:
    doc = pipeline.run(make_article("President Joe Biden met Olaf Scholz in Berlin."))
    text = doc.article.text
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)
    assert any(n.label == "PERSON" and n.text == "Joe Biden" for n in doc.ner)
    assert {"tokens", "sentences", "ner"} <= doc.layers


def test_blank_line_ends_a_sentence(pipeline) -> None:
    text = "Obama meets Merkel in Berlin\n\nPresident Barack Obama met Angela Merkel on Monday."
    doc = pipeline.run(make_article(text, language="en"))
    firsts = [text[s.start : s.end].strip() for s in doc.sentences]
    assert firsts[0] == "Obama meets Merkel in Berlin"
    assert firsts[1].startswith("President Barack Obama")
    assert all(t.sent == (0 if t.start < text.index("President") else 1) for t in doc.tokens)


def test_parse_then_annotate_is_run_and_a_kept_parse_can_be_annotated_again(pipeline) -> None:
    import pickle

    article = make_article("Police arrested two protesters in Lagos on Monday, officials said.")
    parsed = pipeline.parse(article)
    assert "events" not in parsed.layers and parsed.tokens  # the parser's document only
    kept = pickle.loads(pickle.dumps(parsed))  # what scripts/rescore_articles.py keeps
    whole = pipeline.run(article)
    for doc in (pipeline.annotate(parsed), pipeline.annotate(kept)):
        assert doc.layers == whole.layers
        assert [(e.cameo, e.plover, e.trigger) for e in doc.events] == [
            (e.cameo, e.plover, e.trigger) for e in whole.events
        ]
    assert [(e.cameo, e.plover_mode) for e in whole.events] == [("173", "arrest")]


def test_parse_refuses_an_article_without_text(pipeline) -> None:
    from dataclasses import replace

    from newsevents.errors import InputError

    with pytest.raises(InputError, match="has no text"):
        pipeline.parse(replace(make_article("Some text."), text="  "))
