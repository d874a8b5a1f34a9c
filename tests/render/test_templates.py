"""
Tests for the committed templates and ``pia template-check``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import docx
import pytest

from pia_dsl.cli import main
from pia_dsl.forms.juten import FocusedAssessment
from pia_dsl.render.context import sample_context
from pia_dsl.render.usage import check_template
from render.samples import ROOT, TEMPLATES


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_templates", ROOT / "tools" / "make_templates.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestGenerated:
    @pytest.mark.parametrize("form", ["juten", "zenkomoku", "kiso"])
    def test_committed_equals_generated(self, form: str) -> None:
        """
        templates/<form>.docx is exactly what tools/make_templates.py generates
        (run `python tools/make_templates.py` after editing it).
        """
        generator = _generator()

        assert (TEMPLATES / f"{form}.docx").read_bytes() == generator.build_template(form)

    def test_script_writes_files(self, tmp_path: Path) -> None:
        """
        The script writes one template per form into --out.
        """
        assert _generator().main(["--out", str(tmp_path)]) == 0

        assert sorted(p.name for p in tmp_path.iterdir()) == [
            "juten.docx",
            "kiso.docx",
            "zenkomoku.docx",
        ]


class TestCheck:
    @pytest.mark.parametrize("form", ["juten", "zenkomoku", "kiso"])
    def test_committed_have_no_unknown_tags(
        self, form: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        The committed templates use only context variables.
        """
        code = main(["template-check", str(TEMPLATES / f"{form}.docx")])

        assert code == 0
        assert "OK: 不明なタグ 0 件" in capsys.readouterr().out

    def test_misspelt_tag(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """
        A misspelt tag is listed as unknown, with exit code 1; unused variables are listed.
        """
        path = tmp_path / "mine.docx"
        document = docx.Document()
        document.add_paragraph("{{ title }} {{ cover.nubmer }}")
        document.add_paragraph("{%p for section in sections %}")
        document.add_paragraph("{{ section.heding }}")
        document.add_paragraph("{%p endfor %}")
        document.save(str(path))

        code = main(["template-check", str(path), "--form", "juten"])
        out = capsys.readouterr().out

        assert code == 1
        assert "不明なタグ: cover.nubmer" in out
        assert "不明なタグ: sections[].heding" in out
        assert "未使用の変数: changes" in out

    def test_report(self) -> None:
        """
        check_template returns unknown tags and unused variables.
        """
        unknown, missing = check_template(
            TEMPLATES / "juten.docx", sample_context(FocusedAssessment)
        )

        assert unknown == []
        assert "sections[].rows[].path" in missing
        assert "sections[].rows[].label" not in missing

    def test_missing_file(self) -> None:
        """
        A missing file is a usage error.
        """
        assert main(["template-check", "nothing.docx"]) == 2
