"""
``pia render``: write the official Word forms (and PDFs) of assessments.

Where the files go:

* ``pia render PATH -o OUT.docx``: the main document of PATH to OUT.docx (and OUT.pdf
  with ``--pdf``);
* otherwise every document of every PATH (default: every module in ``assessments/``) to
  ``build/<module>.docx``.  A module that defines several documents (module-level
  ``documents``, e.g. 基礎項目評価書 + 重点項目評価書) writes each to
  ``build/<module>_<FORM>.docx`` (``fujisawa_shoni_iryo_kiso.docx``), and its main
  document (``assessment``, else the last of ``documents``) also to ``build/<module>.docx``.

Two inputs that would write the same file are refused before anything is written
(:mod:`pia_dsl.cli.outputs`; docs/inputs.md).

Documents render in parallel in a process pool (``--jobs``, default: the number of
cores) when there are more than a couple of them (:mod:`.pool`: workers die with
``pia``; Ctrl-C cancels the batch, exits with 130 and leaves no partial file), with a
progress bar when the output is a terminal.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from attrs import evolve, frozen

if TYPE_CHECKING:
    from ..render.pdf import Office

from ..errors import PiaError, UsageError
from ..forms.registry import Form, code_of
from .common import add_command, add_paths, add_template, resolve_paths
from .outputs import check_output_option, refuse_collisions

__all__ = ["Job", "plan", "register", "run", "run_job"]

BUILD_DIR = Path("build")


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "render",
        run,
        description="評価書を公式様式のレイアウトで Word (.docx) に出力します。--pdf で PDF も出力します"
        "（LibreOffice が必要）。\n"
        "出力先: -o を指定しなければ build/<モジュール名>.docx。1つのモジュールに複数の評価書"
        "（documents）があれば build/<モジュール名>_<様式>.docx（例: fujisawa_shoni_iryo_kiso.docx）にも"
        "それぞれ出力し、主たる評価書を build/<モジュール名>.docx に出力します。\n"
        "2つの入力が同じファイル名になる場合（a/x.py と b/x.py など）は、書き込む前に断ります（docs/inputs.md）。\n"
        "同じ入力からは常に同じバイト列の .docx ができます。\n\n"
        "Render assessments to the official Word form (and PDF with --pdf).",
        examples="  pia render                                    assessments/ の全評価書を build/ に出力\n"
        "  pia render assessments/fujisawa_shoni_iryo.py -o 藤沢.docx\n"
        "  pia render --pdf --jobs 2\n"
        "  pia render assessments/x.py --template 自治体様式.docx",
    )
    add_paths(parser)
    parser.add_argument(
        "-o", "--output", type=Path, metavar="OUT.docx", help="出力ファイル（PATH が1つのときのみ）"
    )
    parser.add_argument(
        "--pdf", action="store_true", help="PDF も出力する（LibreOffice の soffice を使用）"
    )
    add_template(parser)
    parser.add_argument(
        "--out-dir",
        type=Path,
        default=BUILD_DIR,
        metavar="DIR",
        help="出力ディレクトリ (default: build)",
    )
    parser.add_argument(
        "--draft",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="ページヘッダーに「案」を印字する／しない（既定: 公表日が未記入か、最後の公表から変わっていれば印字）",
    )
    parser.add_argument(
        "--jobs", "-j", type=int, default=0, metavar="N", help="並列数 (default: CPU コア数)"
    )
    parser.add_argument(
        "--style",
        choices=("long", "short"),
        default=None,
        help="変更箇所の項目の書き方（既定: モジュールの row_styles の table、なければ long）"
        " (item style of the 変更箇所 table)",
    )


@frozen
class Job:
    """
    One document to render: the source file, which of its documents (``None`` for a data
    file or the only document), and the .docx files to write.
    """

    source: Path
    index: int | None
    outputs: tuple[Path, ...]
    template: Path | None = None
    pdf: bool = False
    style: str | None = None
    #: 「案」 in the header: ``None`` decides from the publications (a draft gets it).
    draft: bool | None = None

    @property
    def label(self) -> str:
        return str(self.outputs[0])


def plan(
    paths: Sequence[Path],
    *,
    output: Path | None = None,
    out_dir: Path = BUILD_DIR,
    template: Path | None = None,
    pdf: bool = False,
) -> list[Job]:
    """
    The jobs for ``paths``, following the naming rule of the module docstring.
    """
    from ..loader import documents_of, main_index

    jobs: list[Job] = []
    for path in paths:
        if path.suffix != ".py":
            jobs.append(Job(path, None, (output or out_dir / f"{path.stem}.docx",), template, pdf))
            continue
        module = _load(path)
        documents = documents_of(module, label=str(path))
        main = main_index(module, documents)
        if output is not None:
            jobs.append(Job(path, main, (output,), template, pdf))
            continue
        if len(documents) == 1:
            jobs.append(Job(path, 0, (out_dir / f"{path.stem}.docx",), template, pdf))
            continue
        seen: dict[str, int] = {}
        for index, document in enumerate(documents):
            form = code_of(type(document)) or "doc"
            seen[form] = seen.get(form, 0) + 1
            suffix = form if seen[form] == 1 else f"{form}{seen[form]}"
            outputs = [out_dir / f"{path.stem}_{suffix}.docx"]
            if index == main:
                outputs.append(out_dir / f"{path.stem}.docx")
            jobs.append(Job(path, index, tuple(outputs), template, pdf))
    return jobs


#: Modules loaded during one ``pia render`` (:func:`_loading_once`), by path: ``plan`` and
#: the jobs that run in this process share them.  ``None`` outside a run.
_loaded: dict[Path, ModuleType] | None = None


@contextmanager
def _loading_once() -> Iterator[None]:
    """
    Load each module at most once while the block runs (and afresh in the next run); an
    inner block shares the outer one's modules.
    """
    global _loaded  # noqa: PLW0603 - scoped to the block
    if _loaded is not None:
        yield
        return
    _loaded = {}
    try:
        yield
    finally:
        _loaded = None


def _load(path: Path) -> ModuleType:
    from ..loader import load_module

    if _loaded is None:
        return load_module(path)
    key = path.resolve()
    if key not in _loaded:
        _loaded[key] = load_module(path)
    return _loaded[key]


def _document(job: Job) -> tuple[Any, ModuleType | None]:
    """
    The job's document and its module (``None`` for a data file), the module loaded once.
    """
    if job.index is None:
        from ..loader import load_assessment

        return load_assessment(job.source), None
    from ..loader import documents_of

    module = _load(job.source)
    return documents_of(module, label=str(job.source))[job.index], module


def _change_rows(job: Job, document: Any, module: ModuleType | None) -> tuple[list[Any], bool]:
    """
    The 変更箇所 table — carried rows, each snapshot's rows, the draft's rows; data only,
    no git (:func:`pia_dsl.changes.table.table_for`), with the declarations of the module
    already loaded (not loaded again) — and whether the document is a draft.
    """
    from ..changes.table import table_for

    revisions = None
    if module is not None:
        from ..changes.declarations import revisions_of

        revisions = revisions_of(module, label=str(job.source))
    from ..changes.rows import Style
    from ..changes.styles import styles_of

    style: Style | None = None
    if job.style in ("long", "short"):
        style = "short" if job.style == "short" else "long"
    styles = styles_of(module, label=str(job.source)) if module is not None else None
    table = table_for(job.source, document, revisions=revisions, styles=styles, style=style)
    for warning in table.warnings:
        print(f"注意: {warning}", file=sys.stderr)
    return table.rows(), table.is_draft


def run_job(job: Job) -> list[Path]:
    """
    Render one job (in a worker process or in-process); returns the files written.  Every
    error names the job's file (a load error names it itself).
    """
    with _loading_once():
        document, module = _document(job)
        try:
            try:
                return _write(job, document, module)
            except OSError as error:  # a message, not a traceback
                from ..atomic import output_error

                # os.replace(temporary, target) names the target second.
                target = error.filename2 or error.filename or job.label
                raise output_error(Path(target), error) from None
        except PiaError as error:
            raise type(error)(f"{job.source}: {error}") from error


def _write(job: Job, document: Any, module: ModuleType | None) -> list[Path]:
    from ..render.atomic import write_bytes_atomic
    from ..render.docx import check_printable, render_bytes

    check_printable(document)  # before the differ reads it: wrong types, control characters
    rows, is_draft = _change_rows(job, document, module)
    draft = is_draft if job.draft is None else job.draft
    data = render_bytes(document, template=job.template, change_rows=rows, draft=draft)
    written: list[Path] = []
    for target in job.outputs:
        write_bytes_atomic(target, data)
        written.append(target)
    return written  # the PDFs come after every job (_convert_pdfs)


#: Modules imported once before the workers fork, by ``pia`` or by the worker server
#: (:mod:`.pool`), so that no worker imports them again: what a job loads lazily — the
#: converter, JSON and its messages, the checks before rendering, the table's modules —
#: by name; the first installs the cache of generated code (:mod:`pia_dsl.cli.preload`).
_PRELOAD = (
    "pia_dsl.cli.preload",
    "pia_dsl.cli.render",
    "pia_dsl.render.docx",
    *(form.package for form in Form),
    "pia_dsl.io.converter",
    "pia_dsl.io.text",
    "pia_dsl.io.messages",
    "pia_dsl.validate.generic",
    "pia_dsl.validate.types",
    "pia_dsl.changes.table",
)


def _execute(
    jobs: list[Job], workers: int, report: Callable[[Job, list[Path] | PiaError], None]
) -> None:
    """
    Run ``jobs`` (in a worker pool when there are enough of them: :mod:`.pool`).
    """
    from .pool import run_all

    run_all(jobs, run_job, report, workers=workers, preload=_PRELOAD, cost=_size)


def _size(job: Job) -> float:
    """
    A job's expected cost: the size of its source (a 全項目評価書 is the largest).
    """
    try:
        return float(job.source.stat().st_size)
    except OSError:
        return 0.0


def _convert_pdfs(
    jobs: Sequence[Job], report: Callable[[Job, list[Path] | PiaError], None], office: Office
) -> None:
    """
    The PDFs of the rendered ``jobs``: all in one LibreOffice run (``office``, started
    beforehand), then copied to each further output of a job.  A job whose PDF fails is reported as a failure.
    """
    from ..render.atomic import write_bytes_atomic
    from ..render.pdf import to_pdfs

    pairs = [(job.outputs[0], job.outputs[0].with_suffix(".pdf")) for job in jobs]
    for job, result in zip(jobs, to_pdfs(pairs, office=office), strict=True):
        if isinstance(result, PiaError):
            report(job, result)
            continue
        written = [result]
        for other in job.outputs[1:]:
            write_bytes_atomic(other.with_suffix(".pdf"), result.read_bytes())
            written.append(other.with_suffix(".pdf"))
        report(job, written)


def run(args: argparse.Namespace) -> int:
    from ..render.pdf import Office

    # Plan and the jobs run here share each loaded module; with --pdf, LibreOffice starts
    # while the documents render and is stopped however the command ends.
    with _loading_once(), Office() as office:
        return _run(args, office)


def _run(args: argparse.Namespace, office: Office) -> int:
    if args.output is not None and len(args.paths) != 1:
        msg = "-o は評価書を1つ指定したときだけ使えます（例: pia render assessments/x.py -o x.docx）。"
        raise UsageError(msg)
    if args.jobs < 0:
        msg = "--jobs には 1 以上の数を指定してください（0 または省略で CPU コア数）。"
        raise UsageError(msg)
    if args.template is not None and not args.template.is_file():
        msg = f"{args.template}: テンプレートがありません。パスを確認してください。"
        raise UsageError(msg)
    check_output_option(args.output)
    if args.pdf:
        office.start()  # LibreOffice starts now, while the documents render
    paths = resolve_paths(args.paths)
    jobs: list[Job] = []
    broken = 0
    for path in paths:
        try:
            jobs.extend(
                plan(
                    [path],
                    output=args.output,
                    out_dir=args.out_dir,
                    template=args.template,
                    pdf=args.pdf,
                )
            )
        except PiaError as error:
            broken += 1
            print(f"エラー: {error}", file=sys.stderr)
    jobs, refused, collisions = refuse_collisions(jobs)
    for message in collisions:
        print(f"エラー: {message}", file=sys.stderr)
    jobs = [evolve(job, style=getattr(args, "style", None)) for job in jobs]
    if args.draft is not None:
        jobs = [evolve(job, draft=args.draft) for job in jobs]
    workers = args.jobs or os.cpu_count() or 1
    failures: list[tuple[Job, PiaError]] = []
    written: list[Path] = []

    def record(job: Job, result: list[Path] | PiaError) -> None:
        if isinstance(result, PiaError):
            failures.append((job, result))
            print(f"エラー: {result}", file=sys.stderr)
        else:
            written.extend(result)

    if sys.stdout.isatty() and len(jobs) > 1:
        from rich.progress import Progress

        # Refreshed here, not by rich's thread: with no thread running, the workers can
        # fork from this process (pool.forks_here).
        with Progress(transient=True, auto_refresh=False) as progress:
            task = progress.add_task("出力中", total=len(jobs))
            progress.refresh()

            def advance(job: Job, result: list[Path] | PiaError) -> None:
                record(job, result)
                progress.advance(task)
                progress.refresh()

            _execute(jobs, workers, advance)
    else:
        _execute(jobs, workers, record)
    if args.pdf:
        failed = {id(job) for job, _ in failures}
        _convert_pdfs([job for job in jobs if id(job) not in failed], record, office)
    if sys.stdout.isatty():
        for path in written:
            print(path)
    done = len(jobs) - len(failures)
    total = len(jobs) + len(refused)
    files = len(set(written))
    print(f"{done}/{total} 件の評価書を出力しました（{files} ファイル）。", file=sys.stderr)
    return 1 if failures or broken or refused else 0
