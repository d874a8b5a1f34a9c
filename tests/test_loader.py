"""
Tests for pia_dsl.loader: loading assessment modules and reporting why they fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pia_dsl.errors import AssessmentLoadError
from pia_dsl.loader import discover, documents_of, load_assessment, load_module

GOOD = """\
from toy_form import ToyAssessment
from assessments.shared.blocks import NAME

assessment = ToyAssessment(name=NAME)
"""


@pytest.fixture(name="project")
def _project(tmp_path: Path) -> Path:
    (tmp_path / "assessments" / "shared").mkdir(parents=True)
    (tmp_path / "assessments" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "assessments" / "shared" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "assessments" / "shared" / "blocks.py").write_text(
        'NAME = "共有の事務名"\n', encoding="utf-8"
    )
    return tmp_path


def _write(project: Path, name: str, text: str) -> Path:
    path = project / "assessments" / name
    path.write_text(text, encoding="utf-8")
    return path


class TestLoad:
    def test_shared_blocks_import(self, project: Path) -> None:
        """A module imports shared text blocks from assessments.shared."""
        assessment = load_assessment(_write(project, "a.py", GOOD))

        assert assessment.name == "共有の事務名"

    def test_fresh_shared_blocks(self, project: Path) -> None:
        """A second load sees a changed shared block (no stale sys.modules)."""
        path = _write(project, "a.py", GOOD)
        load_assessment(path)
        (project / "assessments" / "shared" / "blocks.py").write_text(
            'NAME = "変更後"\n', encoding="utf-8"
        )

        assert load_assessment(path).name == "変更後"

    def test_missing_file(self, project: Path) -> None:
        """A missing file names the path."""
        with pytest.raises(AssessmentLoadError, match="ファイルがありません"):
            load_module(project / "assessments" / "nope.py")

    def test_syntax_error_names_line(self, project: Path) -> None:
        """A syntax error names the file and line."""
        path = _write(project, "bad.py", "x = 1\nassessment = (\n")

        with pytest.raises(AssessmentLoadError, match=r"bad\.py:\d+: 構文エラー"):
            load_module(path)

    def test_exception_names_line(self, project: Path) -> None:
        """An exception while running the module names the line in the module."""
        path = _write(project, "boom.py", "x = 1\ny = 1 / 0\n")

        with pytest.raises(AssessmentLoadError, match=r"boom\.py:2: .*ZeroDivisionError"):
            load_module(path)

    def test_no_assessment(self, project: Path) -> None:
        """A module without `assessment` says what to add."""
        path = _write(project, "empty.py", "x = 1\n")

        with pytest.raises(AssessmentLoadError, match="`assessment` がありません"):
            documents_of(load_module(path), label=str(path))

    def test_not_a_document(self, project: Path) -> None:
        """`assessment` must be an assessment object."""
        path = _write(project, "wrong.py", "assessment = 42\n")

        with pytest.raises(AssessmentLoadError, match="評価書ではありません"):
            load_assessment(path)


def test_discover_skips_private(project: Path) -> None:
    """discover lists assessment modules, not __init__ or _private ones."""
    _write(project, "b.py", GOOD)
    _write(project, "a.py", GOOD)
    _write(project, "_helper.py", "")

    assert [p.name for p in discover(project / "assessments")] == ["a.py", "b.py"]


class TestRunning:
    """
    How a module runs: in its project directory, with its print() on stderr, and with
    sys.exit() as a load error (issue 12, items 4 and 9).
    """

    def test_relative_data_file_is_the_projects(
        self,
        project: Path,
        tmp_path_factory: pytest.TempPathFactory,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """A data file opened by a relative path is read from the project, wherever pia runs."""
        (project / "data").mkdir()
        (project / "data" / "name.txt").write_text("プロジェクトの事務名", encoding="utf-8")
        path = _write(
            project,
            "reads.py",
            "from pathlib import Path\nfrom toy_form import ToyAssessment\n\n"
            'assessment = ToyAssessment(name=Path("data/name.txt").read_text(encoding="utf-8"))\n',
        )
        elsewhere = tmp_path_factory.mktemp("elsewhere")
        (elsewhere / "data").mkdir()
        (elsewhere / "data" / "name.txt").write_text("別の場所", encoding="utf-8")
        monkeypatch.chdir(elsewhere)

        assert load_assessment(path).name == "プロジェクトの事務名"
        assert Path.cwd() == elsewhere

    def test_print_goes_to_stderr(self, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """print() while loading cannot corrupt what pia prints on stdout."""
        path = _write(project, "prints.py", GOOD + 'print("デバッグ")\n')

        load_module(path)

        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == "デバッグ\n"

    @pytest.mark.parametrize("statement", ["import sys\nsys.exit()", "raise SystemExit(2)"])
    def test_exit_is_a_load_error(self, project: Path, statement: str) -> None:
        """sys.exit() does not end the process: it is an error naming the module and line."""
        path = _write(project, "exits.py", f"{statement}\n{GOOD}")

        with pytest.raises(AssessmentLoadError, match=r"exits\.py:\d+: .*sys\.exit\(\)"):
            load_module(path)
