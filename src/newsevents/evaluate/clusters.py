"""Clustering scores: B3, MUC, CEAF-e, their CoNLL mean, and the adjusted Rand index.

Every function takes two partitions of the same items as dicts item -> cluster label (gold
first). They are the standard definitions (Bagga & Baldwin 1998; Vilain et al. 1995; Luo 2005;
Hubert & Arabie 1985), written for clarity, and checked against hand-worked examples in the tests.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

Partition = Mapping[Any, Hashable]


def _clusters(p: Partition) -> list[frozenset[Hashable]]:
    groups: dict[Hashable, set[Hashable]] = {}
    for item, label in p.items():
        groups.setdefault(label, set()).add(item)
    return [frozenset(g) for g in groups.values()]


def _prf(p: float, r: float) -> dict[str, float]:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _check(gold: Partition, pred: Partition) -> None:
    if set(gold) != set(pred):
        raise ValueError("the two partitions must cover the same items")


def b_cubed(gold: Partition, pred: Partition) -> dict[str, float]:
    _check(gold, pred)
    if not gold:
        return _prf(0.0, 0.0)
    g_size = Counter(gold.values())
    p_size = Counter(pred.values())
    both = Counter((gold[i], pred[i]) for i in gold)
    p = sum(both[(gold[i], pred[i])] / p_size[pred[i]] for i in gold) / len(gold)
    r = sum(both[(gold[i], pred[i])] / g_size[gold[i]] for i in gold) / len(gold)
    return _prf(p, r)


def _muc_recall(key: Partition, response: Partition) -> float:
    num = den = 0
    for cluster in _clusters(key):
        parts = {response[i] for i in cluster}
        num += len(cluster) - len(parts)
        den += len(cluster) - 1
    return num / den if den else 0.0


def muc(gold: Partition, pred: Partition) -> dict[str, float]:
    _check(gold, pred)
    return _prf(_muc_recall(pred, gold), _muc_recall(gold, pred))


def ceaf_e(gold: Partition, pred: Partition) -> dict[str, float]:
    """Entity-based CEAF with phi4 = 2|K n R| / (|K| + |R|), the best one-to-one alignment."""
    _check(gold, pred)
    keys, responses = _clusters(gold), _clusters(pred)
    if not keys or not responses:
        return _prf(0.0, 0.0)
    sim = np.array(
        [[2 * len(k & r) / (len(k) + len(r)) for r in responses] for k in keys], dtype=float
    )
    rows, cols = linear_sum_assignment(-sim)
    total = float(sim[rows, cols].sum())
    return _prf(total / len(responses), total / len(keys))


def conll(gold: Partition, pred: Partition) -> dict[str, object]:
    """MUC, B3 and CEAF-e, and the mean of their F1 (the CoNLL-2012 score)."""
    scores = {"muc": muc(gold, pred), "b3": b_cubed(gold, pred), "ceaf_e": ceaf_e(gold, pred)}
    mean = sum(s["f1"] for s in scores.values()) / 3
    return {**scores, "conll_f1": round(mean, 4)}


def adjusted_rand(gold: Partition, pred: Partition) -> float:
    _check(gold, pred)
    n = len(gold)
    if n < 2:
        return 1.0

    def pairs(x: int) -> float:
        return x * (x - 1) / 2

    index = sum(pairs(c) for c in Counter((gold[i], pred[i]) for i in gold).values())
    a = sum(pairs(c) for c in Counter(gold.values()).values())
    b = sum(pairs(c) for c in Counter(pred.values()).values())
    expected = a * b / pairs(n)
    top = (a + b) / 2
    if top == expected:
        return 1.0
    return round((index - expected) / (top - expected), 4)
