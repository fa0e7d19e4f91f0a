"""Quotes: quotation-mark segments on their own, then the stage on parsed sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.config import Settings
from newsevents.errors import PipelineError
from newsevents.layers.quotes import QuoteStage, find_quotes
from newsevents.layers.quotes.marks import segments
from newsevents.readers import make_article
from newsevents.records import Entity, Mention, Quote


def inner(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segments(text)]


def test_quote_marks_pair_every_style() -> None:
    text = '“Curly,” «guillemets», „German“, "straight" and ‘single’ but not Trump’s \'90s.'
    assert inner(text) == ["“Curly,”", "«guillemets»", "„German“", '"straight"', "‘single’"]


def test_quote_marks_run_to_the_end_of_an_unclosed_paragraph() -> None:
    text = "He said: “We will win.\n\n“And we will keep winning,” he added."
    found = inner(text)
    assert found[0] == "“We will win."
    assert found[1] == "“And we will keep winning,”"


def test_quote_marks_keep_quotes_within_quotes_inside() -> None:
    assert inner("“She called it ‘a disgrace’ twice,” he said.") == [
        "“She called it ‘a disgrace’ twice,”"
    ]


@pytest.fixture(scope="module")
def parse(pipeline):
    def run(text: str):
        return pipeline.parser.parse(make_article(text, published="2024-06-12"))

    return run


def quotes_of(parse, text: str) -> list[Quote]:
    return find_quotes(parse(text))


def test_quotes_read_direct_speech_with_trailing_cue(parse) -> None:
    (q,) = quotes_of(parse, "“We will not back down from this fight,” the senator said.")
    assert q.kind == "direct"
    assert q.content.text == "“We will not back down from this fight,”"
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker_text == "the senator"


def test_quotes_join_a_split_quote_around_its_cue(parse) -> None:
    text = "“This is a bad deal for workers,” Warren said, “and we will vote against it.”"
    (q,) = quotes_of(parse, text)
    assert q.content.text.startswith("“This is") and q.content.text.endswith("against it.”")
    assert q.speaker_text == "Warren" and q.kind == "direct"


def test_quotes_join_a_quote_that_runs_on_after_its_attribution(parse) -> None:
    text = (
        "“It is gutless leadership,” Warren said. “You should resign and let someone else try.”"
        "\n\nThe bank did not comment."
    )
    (q,) = quotes_of(parse, text)
    assert q.content.text.endswith("someone else try.”")
    assert (q.speaker_text, q.cue.text if q.cue else None) == ("Warren", "said")


def test_quotes_read_colon_and_dash_attribution(parse) -> None:
    found = quotes_of(parse, 'The minister said: "The border will stay open for trade."')
    assert found[0].speaker_text == "The minister" and found[0].kind == "direct"
    dashed = quotes_of(parse, "“Make America great again, and do it now.” ― Donald Trump")
    assert dashed[0].speaker_text == "Donald Trump"
    assert dashed[0].cue is not None and dashed[0].cue.text == "―"


def test_quotes_read_multi_sentence_direct_quotes(parse) -> None:
    text = "“We tried. We failed. We will try again next year,” the coach told reporters."
    (q,) = quotes_of(parse, text)
    assert "We failed." in q.content.text and q.speaker_text == "the coach"


def test_quotes_read_indirect_speech(parse) -> None:
    found = quotes_of(parse, "The mayor told reporters that the bridge would reopen in May.")
    q = next(q for q in found if q.cue and q.cue.text == "told")
    assert q.kind == "indirect"
    assert q.content.text == "that the bridge would reopen in May"
    assert q.speaker_text == "The mayor"


def test_quotes_read_according_to_on_both_sides(parse) -> None:
    first = quotes_of(
        parse,
        "According to multiple sources familiar with the matter, the agreement will commit the "
        "US for 10 years.",
    )
    q = next(q for q in first if q.cue and q.cue.text == "According to")
    assert q.content.text == "the agreement will commit the US for 10 years"
    assert q.speaker_text == "multiple sources familiar with the matter"
    assert q.speaker is None  # an anonymous source stays text
    last = quotes_of(parse, "The commitment will continue, according to spokesman John Kirby.")
    q = next(q for q in last if q.cue and q.cue.text == "according to")
    assert q.content.text == "The commitment will continue"
    assert q.speaker_text is not None and "John Kirby" in q.speaker_text


def test_quotes_mark_mixed_quotes(parse) -> None:
    found = quotes_of(parse, "Clinton said Trump's plan was “a gift to the wealthy” and unfair.")
    q = next(q for q in found if q.cue and q.cue.text == "said")
    assert q.kind == "mixed"
    assert "“a gift to the wealthy”" in q.content.text


def test_quotes_leave_terms_in_quotation_marks_alone(parse) -> None:
    found = quotes_of(
        parse, "The pledge is an 'executive agreement,' making it less formal than a treaty."
    )
    assert not any("executive agreement" in q.content.text for q in found)


def test_quotes_resolve_speakers_to_entities(parse) -> None:
    text = "John Kirby spoke on Monday. “The support will continue,” he said."
    doc = parse(text)
    kirby = Entity("e1", "John Kirby", "PERSON", (Mention(0, 10, "John Kirby"),))
    doc = replace(doc, entities=(kirby,))
    q = next(q for q in find_quotes(doc) if q.kind == "direct")
    assert (q.speaker_text, q.speaker) == ("he", "e1")


def test_quote_stage_is_refused_without_the_entity_layer(pipeline) -> None:
    from newsevents.pipeline import Pipeline

    # speakers are entity ids: a pipeline without the entity stage before quotes is misbuilt
    with pytest.raises(PipelineError, match="entities"):
        Pipeline(pipeline.parser, [QuoteStage(Settings())], Settings())


def test_quotes_stage_has_schema_shape(seed_doc, validate) -> None:
    from newsevents.serialize import to_dict

    validate(to_dict(seed_doc))
    kinds = {q.kind for q in seed_doc.quotes}
    assert kinds <= {"direct", "indirect", "mixed"}


def test_quotes_content_ends_at_its_words_not_the_paragraph_break(parse) -> None:
    found = quotes_of(
        parse,
        "According to the citation index, the professor is the most cited scholar of all time."
        "\n\nOn Monday he spoke in Boston.",
    )
    # and "On Monday he spoke" says nothing: a preposition before the verb is no content
    assert [q.content.text for q in found] == [
        "the professor is the most cited scholar of all time"
    ]
