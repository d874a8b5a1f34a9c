"""
Tests for ``pia render``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pia_dsl.cli import main
from pia_dsl.cli.render import plan
from render.docx_text import all_text
from render.samples import ASSESSMENTS

TWO_FORMS = """\
from pia_dsl.forms.juten import FocusedAssessment
from pia_dsl.forms.kiso import BasicAssessment
from pia_dsl.schema import blank_instance

assessment = blank_instance(FocusedAssessment)
documents = [blank_instance(BasicAssessment), assessment]
"""


@pytest.fixture(name="project")
def _project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """
    A project directory with a copy of assessments/ and a module with two documents.
    """
    shutil.copytree(
        ASSESSMENTS, tmp_path / "assessments", ignore=shutil.ignore_patterns("__pycache__")
    )
    (tmp_path / "assessments" / "two_forms.py").write_text(TWO_FORMS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


class TestPlan:
    def test_naming_rule(self, project: Path) -> None:
        """
        One document: build/<module>.docx; several: build/<module>_<FORM>.docx each and the
        main one also as build/<module>.docx.
        """
        jobs = plan([Path("assessments/two_forms.py"), Path("assessments/hibarino_yobo_sesshu.py")])

        assert [j.outputs for j in jobs] == [
            (Path("build/two_forms_kiso.docx"),),
            (Path("build/two_forms_juten.docx"), Path("build/two_forms.docx")),
            (Path("build/hibarino_yobo_sesshu.docx"),),
        ]

    def test_output_takes_main(self, project: Path) -> None:
        """
        With -o, the main document goes to that file.
        """
        (job,) = plan([Path("assessments/two_forms.py")], output=Path("x.docx"))

        assert job.outputs == (Path("x.docx"),)
        assert job.index == 1


class TestRun:
    def test_all_in_parallel(self, project: Path) -> None:
        """
        With no path, every module renders into build/ (in a process pool).
        """
        code = main(["render", "--jobs", "2"])

        assert code == 0
        names = sorted(p.name for p in (project / "build").iterdir())
        assert "two_forms_kiso.docx" in names
        assert "two_forms.docx" in names
        assert "fujisawa_shoni_iryo.docx" in names
        assert "sakai_kokumin_nenkin.docx" in names
        assert not [n for n in names if n.startswith(".")]
        assert (project / "build" / "two_forms.docx").read_bytes() == (
            project / "build" / "two_forms_juten.docx"
        ).read_bytes()

    def test_single_output(self, project: Path) -> None:
        """
        One path with -o writes that file.
        """
        code = main(["render", "assessments/fujisawa_shoni_iryo.py", "-o", "out/藤沢.docx"])

        assert code == 0
        assert "小児医療費助成に関する事務" in all_text(project / "out" / "藤沢.docx")

    def test_output_needs_one_path(self, project: Path) -> None:
        """
        -o with several paths is a usage error (exit 2).
        """
        assert main(["render", "a.py", "b.py", "-o", "x.docx"]) == 2

    def test_broken_module(self, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """
        A module that does not load is reported (exit 1); the others still render.
        """
        (project / "assessments" / "broken.py").write_text("assessment = (\n", encoding="utf-8")

        code = main(["render"])

        assert code == 1
        assert "broken.py" in capsys.readouterr().err
        assert (project / "build" / "fujisawa_shoni_iryo.docx").is_file()

    def test_custom_template(self, project: Path) -> None:
        """
        --template with a missing file is a usage error.
        """
        assert (
            main(["render", "assessments/fujisawa_shoni_iryo.py", "--template", "none.docx"]) == 2
        )
