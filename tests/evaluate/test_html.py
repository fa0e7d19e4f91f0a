"""The HTML main-text scorer (ScrapingHub benchmark formula) and the eval on real pages."""

from __future__ import annotations

import pytest

from newsevents.evaluate import evaluate
from newsevents.evaluate.html import aggregate, shingle_counts, shingles

from ..conftest import SHARED, need_shared

INDEX = SHARED / "corpus" / "html-pages" / "index.jsonl"


def test_shingles_are_word_4grams_with_counts():
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("a b") == {("a", "b"): 1}  # shorter than n: one shingle
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2


def test_identical_text_scores_one_and_disjoint_text_zero():
    text = "the quick brown fox jumps over the lazy dog"
    assert aggregate([shingle_counts(text, text)])["f1"] == 1.0
    assert aggregate([shingle_counts(text, "entirely different words here now")])["f1"] == 0.0


def test_extra_boilerplate_costs_precision_not_recall():
    gold = "one two three four five six seven eight"
    pred = gold + " subscribe to our newsletter today"
    m = aggregate([shingle_counts(gold, pred)])
    assert m["recall"] == 1.0 and m["precision"] < 1.0


def test_scores_are_averaged_per_page_before_f1():
    perfect = shingle_counts("a b c d e", "a b c d e")
    empty = shingle_counts("a b c d e", "")
    m = aggregate([perfect, empty])
    assert m["recall"] == 0.5 and m["precision"] == 1.0  # the empty page has no precision


@pytest.mark.slow
def test_main_text_f1_on_real_pages_meets_the_target(settings):
    result = evaluate("html", str(need_shared(INDEX)), settings=settings, limit=40)
    assert result["pages"] == 40 and result["failed"] == 0
    assert result["f1"] >= 0.93
