"""Headlines and shouted capitals re-cased for the parser, offsets and texts kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsevents.parse.truecase import recase
from newsevents.readers import make_article

FUNCTION_WORDS = frozenset({"a", "at", "in", "least", "of", "the", "us", "near", "and"})


def test_recase_lowers_a_title_case_headline_by_the_body() -> None:
    text = (
        "Tram Derails in Croydon, Near London, Killing at Least 7\n\n"
        "At least seven people were killed when a tram derailed near London in Croydon."
    )
    headline = recase(text, FUNCTION_WORDS).split("\n")[0]
    assert headline == "Tram derails in Croydon, near London, killing at least 7"


def test_recase_reads_shouting_by_how_the_article_writes_the_words() -> None:
    text = "AT LEAST five people were shot in SEATTLE, the FBI said. Police in Seattle said."
    assert recase(text, FUNCTION_WORDS).startswith(
        "At least five people were shot in Seattle, the FBI"
    )
    text = "'I BLAME COMEY' Clinton said she would blame Comey."
    assert recase(text, FUNCTION_WORDS).startswith("'I blame Comey'")


def test_recase_keeps_acronyms() -> None:
    for text in ("A US national was held by NATO.", "US FBI agents met.", "The GOP met."):
        assert recase(text, FUNCTION_WORDS) == text
    # a name capitalised its own way keeps its letters
    text = "McDonald Opens Stores in Paris\n\nMcDonald said the stores opened in Paris."
    assert recase(text, FUNCTION_WORDS).startswith("McDonald opens stores in Paris")
    # a lone word in capitals changes only when the article says how it is written
    assert recase("KUNDUZ was hit. Shops in Kunduz shut.", FUNCTION_WORDS).startswith("Kunduz was")


@given(st.text(alphabet=st.sampled_from("aBcDİß ßÉé\n.'-AB CD"), max_size=80))
def test_recase_changes_only_case_and_never_the_length(text: str) -> None:
    out = recase(text, FUNCTION_WORDS)
    assert len(out) == len(text)
    assert out.lower() == text.lower() or all(
        a == b or a.lower() == b.lower() for a, b in zip(out, text, strict=True)
    )


def test_parse_quotes_the_article_not_the_recased_copy(pipeline) -> None:
    text = "SHOTS FIRED NEAR PROTEST\n\nShots were fired near a protest in Seattle on Tuesday."
    doc = pipeline.parser.parse(make_article(text))
    for tok in doc.tokens:
        assert tok.text == text[tok.start : tok.end]
    for name in doc.ner:
        assert name.text == text[name.start : name.end]
    assert doc.tokens[0].text == "SHOTS"
