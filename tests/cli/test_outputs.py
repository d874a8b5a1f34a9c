"""
Tests for :mod:`pia_dsl.cli.outputs`: output names that collide are found before anything
is written (the messages of ``pia render`` are in ``tests/corpus``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from attrs import frozen

from pia_dsl.cli.outputs import check_output_option, files_of, refuse_collisions
from pia_dsl.errors import UsageError


@frozen
class Job:
    source: Path
    outputs: tuple[Path, ...]
    pdf: bool = False


def test_distinct_outputs_all_run(tmp_path: Path) -> None:
    jobs = [Job(Path("a.py"), (tmp_path / "a.docx",)), Job(Path("b.py"), (tmp_path / "b.docx",))]

    assert refuse_collisions(jobs) == (jobs, [], [])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("x.docx", "x.docx"),
        ("X.docx", "x.docx"),  # one file on Windows and macOS
        ("ga\u0301.docx", "g\u00e1.docx"),  # NFD (macOS) and NFC
    ],
)
def test_same_file_refuses_both_inputs_whole(tmp_path: Path, first: str, second: str) -> None:
    """Both claimants are refused, with every document of theirs; the others run."""
    a_main = Job(Path("a.py"), (tmp_path / "a_juten.docx", tmp_path / "a.docx"))
    a_other = Job(Path("a.py"), (tmp_path / first,))
    b = Job(Path("b.py"), (tmp_path / second,))
    c = Job(Path("c.py"), (tmp_path / "c.docx",))

    kept, refused, messages = refuse_collisions([a_main, a_other, b, c])

    assert kept == [c]
    assert refused == [a_main, a_other, b]
    assert len(messages) == 1
    assert "a.py と b.py" in messages[0]


def test_pdf_of_one_is_the_pdf_of_another(tmp_path: Path) -> None:
    """With --pdf, x.pdf of one job is a file too."""
    jobs = [Job(Path("a.py"), (tmp_path / "x.docx",), pdf=True)]

    assert files_of(jobs[0]) == [tmp_path / "x.docx", tmp_path / "x.pdf"]


def test_directory_in_place_of_an_output(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").mkdir()
    job = Job(Path("a.py"), (tmp_path / "x.docx",), pdf=True)

    kept, refused, messages = refuse_collisions([job])

    assert (kept, refused) == ([], [job])
    assert "同じ名前のディレクトリがあります" in messages[0]


@pytest.mark.parametrize("name", ["x.pdf", "x", "x.doc"])
def test_output_option_names_a_word_file(name: str) -> None:
    with pytest.raises(UsageError):
        check_output_option(Path(name))
    check_output_option(Path("x.DOCX"))
    check_output_option(None)
