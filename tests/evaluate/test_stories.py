"""Clustering scores on hand-worked examples, and the stories evaluation's format check."""

from __future__ import annotations

import json

import pytest

from newsevents.errors import EvalError
from newsevents.evaluate import LAYERS
from newsevents.evaluate.clusters import adjusted_rand, b_cubed, ceaf_e, conll, muc
from newsevents.evaluate.formats import read_gold

# Pradhan et al. (2014)'s running example, as item -> cluster: key {a,b,c} {d,e,f,g};
# response {a,b} {c,d} {f,g,h,i} (h, i are not in the key: here they are left out).
KEY = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2, "f": 2, "g": 2}
RESPONSE = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "z", "f": "w", "g": "w"}


def test_muc_counts_links():
    # key: 2 + 3 links; response partitions {a,b,c} into 2 parts, {d,e,f,g} into 3
    assert muc(KEY, RESPONSE)["recall"] == round((1 + 1) / 5, 4)
    # response links: {a,b} 1, {c,d} 1, {f,g} 1; relative to the key: 1 + 0 + 1
    assert muc(KEY, RESPONSE)["precision"] == round(2 / 3, 4)


def test_b_cubed_averages_per_item():
    r = (2 / 3 + 2 / 3 + 1 / 3 + 1 / 4 + 1 / 4 + 2 / 4 + 2 / 4) / 7
    p = (1 + 1 + 1 / 2 + 1 / 2 + 1 + 1 + 1) / 7
    got = b_cubed(KEY, RESPONSE)
    assert (got["precision"], got["recall"]) == (round(p, 4), round(r, 4))


def test_ceaf_e_aligns_clusters_one_to_one():
    # best alignment: {a,b,c}-{a,b} phi4 = 0.8, {d,e,f,g}-{f,g} = 2*2/6
    total = 0.8 + 4 / 6
    got = ceaf_e(KEY, RESPONSE)
    assert got["recall"] == round(total / 2, 4) and got["precision"] == round(total / 4, 4)


def test_identical_partitions_score_one_and_conll_is_the_mean():
    scores = conll(KEY, KEY)
    assert scores["conll_f1"] == 1.0
    assert adjusted_rand(KEY, KEY) == 1.0
    mixed = conll(KEY, RESPONSE)
    mean = (mixed["muc"]["f1"] + mixed["b3"]["f1"] + mixed["ceaf_e"]["f1"]) / 3
    assert mixed["conll_f1"] == round(mean, 4)


def test_adjusted_rand_is_zero_for_a_partition_that_tells_nothing():
    gold = {i: i % 2 for i in range(8)}
    assert adjusted_rand(gold, {i: 0 for i in range(8)}) == 0.0
    assert adjusted_rand(gold, {i: i // 4 for i in range(8)}) < 0.0


def test_partitions_of_different_items_are_refused():
    with pytest.raises(ValueError):
        b_cubed({"a": 1}, {"b": 1})


def test_stories_layer_refuses_files_of_another_format(tmp_path):
    assert LAYERS["stories"] == "newsevents.evaluate.stories"
    path = tmp_path / "quotes.jsonl"
    path.write_text(json.dumps({"id": 1, "text": "x", "quotes": []}) + "\n", encoding="utf-8")
    with pytest.raises(EvalError, match="ECB\\+ records"):
        read_gold("stories", path)
