"""
Tests for the provenance declarations (:mod:`pia_dsl.provenance`) as
:func:`pia_dsl.validate.gaps.apply_declarations` applies them, and as ``pia check`` shows them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

from pia_dsl.cli import main
from pia_dsl.forms.common import System
from pia_dsl.forms.juten import FocusedAssessment, FocusedBasicInfo
from pia_dsl.forms.registry import code_of
from pia_dsl.loader import documents_of, load_module
from pia_dsl.provenance import Absent, Blank, Declaration, PartlyLost, Reconstructed
from pia_dsl.render.context import build_context
from pia_dsl.render.values import EMPTY_CHOICE, TICKED
from pia_dsl.validate import Finding, Severity, validate
from pia_dsl.validate.gaps import Provenance, apply_declarations

PARTIAL = Path(__file__).with_name("partial_focused.py")
REPO = Path(__file__).resolve().parents[2]


def _applied(documents: list[Any], declarations: dict[str, Declaration]) -> Provenance:
    findings = [attrs.evolve(f, document=code_of(type(d))) for d in documents for f in validate(d)]
    return apply_declarations(documents, findings, declarations)


def _errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.ERROR]


def test_partial_document_passes_check(capsys: pytest.CaptureFixture[str]) -> None:
    """
    Only Ⅲ of a 重点 transcribed, the other sections declared absent: 0 errors, and the
    summary (on stdout, after the findings) counts the declared gaps as warnings.
    """
    code = main(["check", str(PARTIAL)])

    out = capsys.readouterr().out
    assert code == 0
    assert "エラー 0 件" in out.splitlines()[-1]
    assert "宣言した欠落による警告" in out


def test_partial_document_prints_no_invented_value() -> None:
    """
    The render of the partial document prints nothing outside Ⅲ and the 表紙: no tick,
    no chosen option, no text.
    """
    (document,) = documents_of(load_module(PARTIAL, root=REPO), label="partial")
    context = build_context(document)

    blank = [s for s in context["sections"] if s["number"] != "Ⅲ"]
    assert [s["number"] for s in blank] == ["Ⅰ", "Ⅱ", "（別添１）", "Ⅳ", "Ⅴ"]
    for section in blank:
        for row in section["rows"]:
            lines = row.get("value", row.get("lines", []))
            assert not any(TICKED in line for line in lines), row
            if row["kind"] == "field" and row["has_options"]:
                assert [x.replace("　（ 　 ）件", "") for x in lines] == [EMPTY_CHOICE], row
            elif row["kind"] in {"field", "text"} and not any("[ 　]" in x for x in lines):
                assert lines == [""], row
    shown = next(s for s in context["sections"] if s["number"] == "Ⅲ")
    assert any(
        TICKED in line or "[ 十分である ]" in line
        for r in shown["rows"]
        for line in r.get("value", [])
    )


def test_absent_downgrades_every_finding_it_causes() -> None:
    """
    Under ``Absent``, 未記入, an empty group, an empty key and a required choice (Ⅱ-5
    提供・移転の有無) all become warnings naming the declaration.
    """
    document = FocusedAssessment(s1=FocusedBasicInfo(systems=(System(key=""),)))
    rules = {f.rule for f in validate(document) if f.path.startswith(("s1", "s2"))}
    assert {"required", "empty-key", "juten.provision-status"} <= rules

    applied = _applied([document], {"s1": Absent("原本なし"), "s2": Absent("原本なし")})

    under = [f for f in applied.findings if f.path.startswith(("s1", "s2"))]
    assert under
    assert not _errors(under)
    assert {f.rule for f in under} == {"absent"}
    assert all("原本になしと宣言: 原本なし" in f.message for f in under)
    empty_group = FocusedAssessment()
    assert "juten.systems-required" in {f.rule for f in validate(empty_group)}
    applied = _applied([empty_group], {"s1": Absent("原本なし")})
    assert not [f for f in _errors(applied.findings) if f.path.startswith("s1")]


def test_absent_with_a_value_is_an_error() -> None:
    """
    A value written under ``Absent`` would print as fact: an error naming the item.
    """
    document = FocusedAssessment(s1=FocusedBasicInfo(file_names="ファイル"))

    applied = _applied([document], {"s1": Absent("原本なし")})

    (filled,) = [f for f in applied.findings if f.rule == "absent-filled"]
    assert filled.severity is Severity.ERROR
    assert filled.path == "s1.file_names"
    assert "Ⅰ-３ 特定個人情報ファイル名" in filled.item


def test_partly_lost_and_blank() -> None:
    """
    ``PartlyLost`` turns any finding into a warning; ``Blank`` only 未記入, and a filled
    ``Blank`` item is reported as a stale declaration.
    """
    document = FocusedAssessment(s1=FocusedBasicInfo(file_names="ファイル"))
    applied = _applied(
        [document],
        {
            "s1.systems": PartlyLost("システム2以降が判読できない"),
            "s1.affair.name": Blank("原本でも空欄"),
            "s1.file_names": Blank("原本でも空欄"),
        },
    )

    by_path = {f.path: f for f in applied.findings}
    assert by_path["s1.systems"].rule == "partly-lost"
    assert by_path["s1.affair.name"].rule == "declared-blank"
    assert by_path["s1.file_names"].rule == "stale-blank"
    assert by_path["s1.affair.content"].severity is Severity.ERROR


def test_reconstructed_is_reported_not_hidden() -> None:
    """
    ``Reconstructed`` keeps the findings as they are and is listed in the report; an
    empty reconstructed item is reported.
    """
    document = FocusedAssessment(s1=FocusedBasicInfo(file_names="ファイル"))
    plain = _applied([document], {})
    applied = _applied(
        [document],
        {
            "s1.file_names": Reconstructed("○の位置から復元"),
            "s1.affair.name": Reconstructed("推定"),
        },
    )

    assert len(_errors(applied.findings)) == len(_errors(plain.findings))
    assert "reconstructed-empty" in {f.rule for f in applied.findings}
    kinds = {(r.kind, r.path, r.reason) for r in applied.report}
    assert ("復元・不確か", "s1.file_names", "○の位置から復元") in kinds


def test_keys_are_qualified_by_document() -> None:
    """
    In a module with ``documents``, ``kiso:…`` covers only the 基礎; an unqualified key
    that both documents have is an error asking for the form.
    """
    module = load_module(REPO / "assessments" / "fujisawa_shoni_iryo.py", root=REPO)
    basic, focused = documents_of(module, label="fujisawa")
    blank_basic = attrs.evolve(basic, s1=attrs.evolve(basic.s1, file_names=""))
    documents = [blank_basic, focused]

    qualified = _applied(documents, {"kiso:s1.file_names": Absent("原本なし")})
    ambiguous = _applied(documents, {"s1.number_use.legal_basis": Absent("原本なし")})

    assert not [f for f in _errors(qualified.findings) if f.path == "s1.file_names"]
    assert [r.document for r in qualified.report] == ["kiso"]
    (error,) = [f for f in ambiguous.findings if f.rule == "provenance-ambiguous"]
    assert "kiso:s1.number_use.legal_basis" in error.message
    assert "juten:s1.number_use.legal_basis" in error.message


def test_unknown_path_suggests_the_nearest() -> None:
    """
    A declaration of a path that does not exist is an error with the nearest paths.
    """
    applied = _applied([FocusedAssessment()], {"s1.file_nme": Absent("x")})

    (error,) = [f for f in applied.findings if f.rule == "provenance-path"]
    assert "s1.file_names" in error.message


def test_path_with_a_name_before_schema_2_names_the_new_path() -> None:
    """
    A declaration still written with an old attribute name (docs/renames.md) is an error
    that names the current path.
    """
    applied = _applied([FocusedAssessment()], {"s1.affairs.name": Blank("x")})

    (error,) = [f for f in applied.findings if f.rule == "provenance-path"]
    assert "「s1.affair.name」" in error.message


def test_wrong_kind_is_reported() -> None:
    """A declaration written as a plain string is an error naming the four kinds."""
    applied = _applied([FocusedAssessment()], {"s1": "原本なし"})  # type: ignore[dict-item]

    assert "provenance-kind" in {f.rule for f in applied.findings}


def test_show_gaps_lists_the_transcription_report(capsys: pytest.CaptureFixture[str]) -> None:
    """
    ``--show-gaps`` prints each downgraded finding and the report of every declaration.
    """
    main(["check", "--show-gaps", str(PARTIAL)])

    out = capsys.readouterr().out
    assert "書き起こしの記録" in out
    assert "[原本になし] s2 Ⅱ 特定個人情報ファイルの概要" in out
    assert "（原本になしと宣言: Ⅲ のみ書き起こし" in out
