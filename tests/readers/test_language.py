from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from newsevents.evaluate import actors
from newsevents.readers import detect_language

from ..conftest import SHARED, need_shared

NIGER = (
    "On Tuesday, Nigerian junior foreign minister Dubem Oniya summoned Niger's ambassador Brah "
    "Mohamane to complain of inaction over the gangs."
)


@pytest.mark.parametrize(
    "text",
    [
        NIGER,
        "Joe Biden met Olaf Scholz in Berlin on Monday.",
        "Ouattara told Gbagbo's envoy in Abidjan that Soro would stay.",
    ],
)
def test_short_english_full_of_names_is_read_as_english(text: str) -> None:
    assert detect_language(text)[0] == "en"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le gouvernement français a annoncé mardi une réforme des retraites.", "fr"),
        ("El gobierno anunció el martes una reforma de las pensiones.", "es"),
        ("Die Regierung kündigte am Dienstag eine Rentenreform an.", "de"),
        ("O governo anunciou na terça-feira uma reforma da previdência.", "pt"),
        ("Правительство во вторник объявило о пенсионной реформе.", "ru"),
    ],
)
def test_short_text_in_another_language_keeps_its_language(text: str, lang: str) -> None:
    assert detect_language(text)[0] == lang


def test_wikinews_texts_keep_their_languages() -> None:
    folder = need_shared(SHARED / "corpus" / "wikinews")
    for name, lang, n in (("en.jsonl", "en", 200), ("other-languages.jsonl", "fr", 100)):
        rows = [json.loads(line) for line in (folder / name).read_text().splitlines()]
        assert Counter(detect_language(r["text"])[0] for r in rows) == {lang: n}


def test_eval_actors_never_aborts_on_one_record(tmp_path: Path) -> None:
    gold = {"actorText": "Canada", "code": "CAN"}
    rows = [
        {"date": "2023-06-01", "text": NIGER, "expected": []},
        {"text": "政府周二宣布了养老金改革方案。", "expected": [{"source": [gold]}]},
        {"text": "   ", "expected": []},
        {"text": "Canada recalled its ambassador from Peru.", "expected": [{"source": [gold]}]},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    out = actors.evaluate(str(path))

    # the two records the pipeline refuses are left out with their reason; the rest is scored
    assert out["records"] == 4 and out["skipped"]["count"] == 2
    first, second = out["skipped"]["reasons"]
    assert first.startswith("record 2: LanguageError") and second.startswith("record 3: InputError")
    assert out["country_accuracy"] == 1.0
