"""
The files ``pia render`` is about to write, checked before anything is written.

Names are derived from module names (``build/<module>.docx``, ``build/<module>_<form>.docx``),
so two inputs can claim the same file: ``a/x.py`` and ``b/x.py``; a module ``x_kiso.py``
and the 基礎項目評価書 of a module ``x`` with ``documents``.  Such a collision is refused
(no unique name is made up: a published file's name must be the one the author expects):
the inputs that claim the same file are named, none of them is written, and the others
are.  A directory in the place of an output is refused the same way, before anything is
rendered.  An input that is refused is refused whole: none of its
documents is written.
"""

from __future__ import annotations

import errno
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from ..atomic import output_error
from ..errors import UsageError

__all__ = ["check_output_option", "files_of", "refuse_collisions"]


class Planned(Protocol):
    """
    What a render job tells about its files (:class:`pia_dsl.cli.render.Job`).
    """

    @property
    def source(self) -> Path: ...

    @property
    def outputs(self) -> tuple[Path, ...]: ...

    @property
    def pdf(self) -> bool: ...


J = TypeVar("J", bound=Planned)


def check_output_option(output: Path | None) -> None:
    """
    ``-o`` names a Word file: ``-o x.pdf --pdf`` would write the Word file to ``x.pdf``
    and then the PDF over it.
    """
    if output is not None and output.suffix.lower() != ".docx":
        msg = f"{output}: -o には .docx で終わるファイル名を指定してください（--pdf の PDF は同じ名前の .pdf に出力します）。"
        raise UsageError(msg)


def files_of(job: Planned) -> list[Path]:
    """
    Every file ``job`` writes: its .docx files and, with ``--pdf``, their PDFs.
    """
    pdfs = [target.with_suffix(".pdf") for target in job.outputs] if job.pdf else []
    return [*job.outputs, *pdfs]


def _key(path: Path) -> str:
    """
    One key for the names of one file: resolved, NFC (macOS stores NFD) and case-folded
    (Windows and macOS do not tell ``X.docx`` from ``x.docx``).
    """
    return unicodedata.normalize("NFC", str(path.resolve())).casefold()


def refuse_collisions(jobs: Sequence[J]) -> tuple[list[J], list[J], list[str]]:
    """
    The jobs that may run, the jobs refused, and a message for each refusal.
    """
    claims: dict[str, list[tuple[Path, J]]] = {}
    for job in jobs:
        for target in files_of(job):
            claims.setdefault(_key(target), []).append((target, job))
    refused: set[Path] = set()
    messages: list[str] = []
    for claimants in claims.values():
        target = claimants[0][0]
        owners = list(dict.fromkeys(str(job.source) for _, job in claimants))
        problem = ""
        if len(claimants) > 1:
            problem = (
                f"{target}: 出力先のファイル名が重なっています（{' と '.join(owners)} が同じファイルに出力します）。"
                "--out-dir で出力先を分けるか、モジュール名を変えてください。"
            )
        elif target.is_dir():
            problem = str(output_error(target, IsADirectoryError(errno.EISDIR, str(target))))
        if problem:
            messages.append(problem)
            refused.update(job.source for _, job in claimants)
    # All documents of an input or none: never half of a module's 基礎 + 重点 set.
    kept = [job for job in jobs if job.source not in refused]
    return kept, [job for job in jobs if job.source in refused], messages
