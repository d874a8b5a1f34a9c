"""
Facts a transcription cannot know (:data:`pia_dsl.provenance.UNKNOWN`) in
:class:`~pia_dsl.forms.kiso.derive.BasicAnswers`: printed blank, reported as warnings that
name the form and the ``BasicAnswers`` line, and ``pia thresholds`` says what is missing.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from pia_dsl.affair import BasicAnswers, basic_from_focused
from pia_dsl.cli import main
from pia_dsl.forms.choices import Sufficiency
from pia_dsl.forms.kiso import HandlerThreshold, ManualWork
from pia_dsl.forms.kiso.derive import derivation_of
from pia_dsl.provenance import UNKNOWN
from pia_dsl.render.context import build_context

REPO = Path(__file__).resolve().parents[3]

MODULE = textwrap.dedent(
    """\
    from assessments.fujisawa_shoni_iryo import assessment
    from pia_dsl.affair import BasicAnswers, basic_from_focused
    from pia_dsl.forms.choices import Sufficiency
    from pia_dsl.forms.kiso import ManualWork
    from pia_dsl.provenance import UNKNOWN

    ANSWERS = BasicAnswers(
        persons_counted_on=UNKNOWN,
        handlers=UNKNOWN,
        handlers_counted_on=UNKNOWN,
        manual_work=ManualWork(sufficiency=Sufficiency.SUFFICIENT, grounds="照合している"),
    )
    documents = (basic_from_focused(assessment, ANSWERS), assessment)
    """
)


@pytest.fixture
def module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A module whose 基礎 answers leave the 計数 dates and 取扱者数 unknown."""
    (tmp_path / "assessments").mkdir()
    path = tmp_path / "assessments" / "unknown.py"
    path.write_text(MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(REPO))
    monkeypatch.chdir(tmp_path)
    return path


def _answers(**facts: object) -> BasicAnswers:
    base: dict[str, object] = {
        "persons_counted_on": UNKNOWN,
        "handlers": HandlerThreshold.UNDER_500,
        "handlers_counted_on": UNKNOWN,
        "manual_work": ManualWork(sufficiency=Sufficiency.SUFFICIENT, grounds="照合"),
    }
    return BasicAnswers(**{**base, **facts})  # type: ignore[arg-type]


def test_unknown_prints_blank_and_keeps_the_known_result() -> None:
    """
    Unknown 計数 dates print blank; the しきい値判断 needs no date, so the result stands.
    """
    from assessments.fujisawa_shoni_iryo import assessment

    basic = basic_from_focused(assessment, _answers())

    assert basic.s2.target_count.counted_on is None
    assert basic.s3.threshold is not None
    derivation = derivation_of(basic)
    assert derivation is not None
    assert [p for p, _ in derivation.unknown] == [
        "s2.target_count.counted_on",
        "s2.handlers.counted_on",
    ]
    assert derivation.origin[0] == __file__
    printed = [
        line
        for s in build_context(basic)["sections"]
        for r in s["rows"]
        for line in r.get("value", [])
    ]
    assert not [line for line in printed if "不明" in line]


def test_unknown_handlers_leave_the_result_blank() -> None:
    """取扱者数 unknown: no 取扱者数 band and no しきい値判断結果 are invented."""
    from assessments.fujisawa_shoni_iryo import assessment

    basic = basic_from_focused(assessment, _answers(handlers=UNKNOWN))

    assert (basic.s2.handlers.band, basic.s3.threshold) == (None, None)


def test_check_warns_naming_form_and_answers_line(
    module: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """
    ``pia check`` passes; each unknown fact is a warning naming 基礎項目評価書 and the
    line of the ``BasicAnswers``.
    """
    code = main(["check", "--show-gaps", "assessments/unknown.py"])

    out = capsys.readouterr().out
    assert code == 0
    line = next(
        x for x in out.splitlines() if "Ⅱ-２ 特定個人情報ファイル取扱者数は500人以上か" in x
    )
    assert line.startswith("assessments/unknown.py:7: 基礎項目評価書 Ⅱ-２")
    assert "BasicAnswers で handlers=UNKNOWN" in line
    assert "基礎項目評価書は assessments/unknown.py:7 の BasicAnswers から導出" in line


def test_thresholds_say_what_is_unknown(module: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``pia thresholds`` names the unknown fact and the BasicAnswers line instead of failing."""
    code = main(["thresholds", "assessments/unknown.py"])

    out = capsys.readouterr().out
    assert code == 1
    assert "取扱者数500人以上か    不明（BasicAnswers で UNKNOWN）" in out
    assert (
        "判断できません（取扱者数が不明: assessments/unknown.py:7 の BasicAnswers で UNKNOWN）"
        in out
    )
    main(["thresholds", "assessments/unknown.py", "--format", "json"])
    (report,) = json.loads(capsys.readouterr().out)
    assert report["basic_answers"] == "assessments/unknown.py:7"


def test_thresholds_without_a_basic_say_how_to_add_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A 重点 alone: the table says the 基礎 is missing and how to derive it."""
    main(["thresholds", str(REPO / "tests" / "validate" / "partial_focused.py")])

    assert "basic_from_focused(assessment, BasicAnswers(...))" in capsys.readouterr().out
