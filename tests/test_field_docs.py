"""
Tests for ``tools/field_docs.py``: the attribute docstrings of the form model are generated
from its item metadata and must not drift from it.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("field_docs", ROOT / "tools" / "field_docs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["field_docs"] = module
    spec.loader.exec_module(module)
    return module


field_docs = _load_tool()


@pytest.fixture(scope="module")
def docs() -> dict[tuple[str, str, str], str]:
    result: dict[tuple[str, str, str], str] = field_docs.expected_docs()
    return result


def test_docstrings_match_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    """
    Every field with item metadata carries its generated docstring (``--check`` passes);
    after changing a label, run ``python tools/field_docs.py`` and ``ruff format``.
    """
    status = field_docs.main(["--check"])

    assert status == 0, capsys.readouterr().out


def test_check_reports_and_fixes_drift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """
    A missing, an outdated and a stray generated docstring make ``--check`` fail; a run
    without ``--check`` restores the files exactly.
    """
    forms = tmp_path / "forms"
    shutil.copytree(field_docs.FORMS_DIR, forms, ignore=shutil.ignore_patterns("__pycache__"))
    basic = forms / "juten" / "s1_basic.py"
    common = forms / "common.py"
    original = {path: path.read_text(encoding="utf-8") for path in (basic, common)}
    lines = original[basic].splitlines(keepends=True)
    generated = [i for i, line in enumerate(lines) if line.strip().startswith('"""様式: ')]
    lines[generated[1]] = lines[generated[1]].replace("※なし", "※ 重要な変更の対象")
    del lines[generated[0]]
    basic.write_text("".join(lines), encoding="utf-8")
    common.write_text(
        original[common].replace("    key: str\n", '    key: str\n    """様式: 古い説明"""\n', 1),
        encoding="utf-8",
    )

    assert field_docs.main(["--check", "--forms", str(forms)]) == 1
    out = capsys.readouterr().out
    assert str(basic) in out
    assert str(common) in out

    assert field_docs.main(["--forms", str(forms)]) == 0
    assert {path: path.read_text(encoding="utf-8") for path in original} == original
    assert field_docs.main(["--check", "--forms", str(forms)]) == 0


def test_rewrite_inserts_after_a_multiline_field() -> None:
    """
    The docstring goes after the last line of the field, at the field's indentation.
    """
    source = (
        "class Demo:\n"
        "    name: str = field(\n"
        '        default="", metadata=item("①", "名称")\n'
        "    )\n"
        "    key: str\n"
    )
    docs = {("demo", "Demo", "name"): "様式: ①名称"}

    assert field_docs.rewrite(source, "demo", docs) == (
        "class Demo:\n"
        "    name: str = field(\n"
        '        default="", metadata=item("①", "名称")\n'
        "    )\n"
        '    """様式: ①名称"""\n'
        "    key: str\n"
    )


def test_own_star(docs: dict[tuple[str, str, str], str]) -> None:
    """
    A ※ item prints its ※ and is a 重要な変更; a class used once names its place.
    """
    assert docs["pia_dsl.forms.juten.s2_files", "FocusedFileBasics", "file_kind"] == (
        "様式: ①ファイルの種類　※ — 重要な変更の対象 (Ⅱ-２-① in 重点項目評価書)"
    )


def test_inherited_star_and_exemption(docs: dict[tuple[str, str, str], str]) -> None:
    """
    Items under a ※ heading inherit it; Ⅲ-7② of the 重点項目評価書 is the exemption.
    """
    module = "pia_dsl.forms.juten.s3_risks"

    assert docs[module, "FocusedLeakRisk", "procedure"] == (
        "様式: ①事故発生時手順の策定・周知 — 重要な変更の対象（上位の項目の※） (Ⅲ-７-① in 重点項目評価書)"
    )
    assert docs[module, "FocusedLeakRisk", "incident"].endswith(
        "が発生したか — 重要な変更の対象外（※の例外） (Ⅲ-７-② in 重点項目評価書)"
    )


def test_shared_classes(docs: dict[tuple[str, str, str], str]) -> None:
    """
    A class of both forms names both places; one used in many places names none.
    """
    assert docs["pia_dsl.forms.common", "Inquiry", "contact"] == (
        "様式: ①連絡先 — ※なし (Ⅳ-２-① in 重点項目評価書; Ⅴ-２-① in 全項目評価書)"
    )
    # 基礎 Ⅰ-3 (no ※), 重点 Ⅰ-4 and 全項目 Ⅰ-5 (※): three places, and the ※ differs.
    assert docs["pia_dsl.forms.common", "NumberUse", "legal_basis"] == "様式: 法令上の根拠"
    assert docs["pia_dsl.forms.common", "RiskMeasure", "measures"] == (
        "様式: リスクに対する措置の内容 — 重要な変更の対象（上位の項目の※）"
    )
    assert docs["pia_dsl.forms.common", "System", "name"] == (
        "様式: ①システムの名称 — ※なし "
        "(Ⅰ-２-システムn-① in 重点項目評価書; Ⅰ-２-システムn-① in 全項目評価書)"
    )
