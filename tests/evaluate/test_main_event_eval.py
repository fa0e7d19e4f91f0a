"""The main-event scorer: normalisation of words and the date reading of `when`."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.evaluate import main_event as me_eval
from newsevents.records import Answer, Article, Document, MainEvent, Timex


def test_main_event_words_are_normalised_on_both_sides() -> None:
    assert me_eval.content_words("Mondel\\u0113z International") == ["mondelez", "international"]
    assert me_eval.content_words('its \\"amazing\\" drive') == ["amazing", "drive"]
    assert me_eval.match("FBI", "F.B.I. director")[0] == 1.0
    assert me_eval.match("the U.S.", "US")[0] == 1.0
    assert me_eval.match("São Paulo", "Sao Paulo")[0] == 1.0
    assert me_eval.match("Clinton’s team", "Clinton team")[0] == 1.0
    assert me_eval.match("will sign", "sign")[0] == 1.0  # modals are function words


def _doc(when: Answer | None, *, timexes: tuple[Timex, ...] = ()) -> Document:
    text = "Obama met Trump on Thursday."
    me = MainEvent(None, None, when, None, None, None, None)
    article = Article(id="a", text=text, published="2016-11-10")
    return Document(article=article, timexes=timexes, main_event=me)


def test_main_event_answer_day_reads_the_timex_or_the_publication_date() -> None:
    thursday = Timex("t1", 19, 27, "Thursday", "DATE", "2016-11-10")
    assert me_eval.answer_day(_doc(Answer("Thursday", 19, 27), timexes=(thursday,))) == date(
        2016, 11, 10
    )
    assert me_eval.answer_day(_doc(Answer("November 10, 2016"))) == date(2016, 11, 10)
    assert me_eval.answer_day(_doc(None)) is None


def test_main_event_by_date_matches_the_same_day_only() -> None:
    gold = [{"text": "Nov. 10, 2016", "coderPhraseCount": 3, "parsed": "2016-11-10"}]
    assert me_eval.score_by_date(date(2016, 11, 10), gold, 0.0) == 1.0
    assert me_eval.score_by_date(date(2016, 11, 9), gold, 0.0) == 0.0
    assert me_eval.score_by_date(None, gold, 0.5) == 0.5
    assert me_eval.score_by_date(date(2016, 11, 10), gold, None) is None


def test_main_event_by_date_keeps_the_headline_means_apart() -> None:
    out = {"questions": {q: {"precision": 0.5} for q in me_eval.QUESTIONS}}
    got = me_eval._by_date(out, [1.0, None, 0.0])
    assert got["when"] == 0.5 and got["mean_4w"] == 0.5
    out["questions"]["when"]["precision"] = 0.0
    assert me_eval._by_date(out, [1.0])["mean_4w"] == pytest.approx(0.625)


def test_coder_agreement_scores_each_coder_against_the_others() -> None:
    rec = {
        "gold_scored": {
            "who": [
                {"text": "the Cubs", "coderPhraseCount": 2},
                {"text": "Chicago", "coderPhraseCount": 1},
            ],
            "what": [{"text": "won", "coderPhraseCount": 1}, {"text": None, "coderPhraseCount": 2}],
        }
    }
    got = me_eval.coder_agreement([rec])
    # the two "the Cubs" coders are matched by each other; the "Chicago" coder by nobody
    assert got["questions"]["who"] == pytest.approx(2 / 3, abs=1e-4)
    # the one phrase is gone once its coder's vote is taken out; the two silent coders score 0
    assert got["questions"]["what"] == 0.0
    assert got["questions"]["when"] == 0.0  # no gold: left out, nothing to average
