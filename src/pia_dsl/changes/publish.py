"""
``pia publish``: freeze a publication as a snapshot (:mod:`pia_dsl.changes.snapshot`).

Publishing a document: validate it without the draft allowance
(:mod:`pia_dsl.validate.at_publication`) — errors block; require a 公表日 later than the
last publication's; compute its 変更箇所 rows against the last snapshot with the
module's declarations for it (dated, or undated: the coming publication); render the
.docx with the whole table and record its SHA-256; write the canonical snapshot.  The
same content again is a no-op; different content for a 公表日 already published needs
``amend``, and the error says what differs.

:func:`backfill` creates the snapshots of past publications from git history: the only
place that still loads old revisions, which runs the module's code at those revisions.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, Literal

from attrs import evolve, frozen

from ..errors import PiaError
from ..forms.common import ChangeRow
from ..forms.editions import document_mark
from ..forms.registry import code_of
from ..io import to_data
from ..validate import Finding, Severity, validate
from ..wareki import format_wareki
from .compare import compare
from .declarations import Revision, apply, find_revision
from .migrations import SCHEMA_VERSION
from .revision import published_of
from .snapshot import (
    Published,
    dump_published,
    load_published,
    module_name,
    snapshot_file,
    snapshots_of,
)

__all__ = ["PublishError", "Result", "backfill", "differences", "publish_document"]

Status = Literal["written", "unchanged", "amended"]


class PublishError(PiaError):
    """
    A document cannot be published (findings, no 公表日, a differing republish).
    """


@frozen
class Result:
    """
    What publishing one document did: the snapshot file, ``written`` / ``unchanged`` /
    ``amended``, the record, and ``--check`` problems of its declarations (warnings).
    """

    file: Path
    status: Status
    record: Published
    problems: tuple[str, ...] = ()
    #: The declarations recorded came from an undated ``Revision`` (the module should now
    #: give it this 公表日).
    undated: bool = False


def publication_errors(
    document: Any, *, source: str, findings: Sequence[Finding] | None = None
) -> list[str]:
    """
    Why ``document`` cannot be published: every error among ``findings`` (by default
    :func:`~pia_dsl.validate.validate` of the document: ``pia check`` without the draft
    allowance), and a missing 公表日.
    """
    found = [
        f"{source}: {f.item}: {f.message}"
        for f in (validate(document) if findings is None else findings)
        if f.severity is Severity.ERROR
    ]
    if published_of(document) is None:
        found.append(f"{source}: 公表日: 公表するには表紙の公表日を記入してください。")
    return found


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def rendered_docx(document: Any, rows: Sequence[ChangeRow], template: Path | None) -> bytes:
    """
    The .docx of ``document`` with the 変更箇所 ``rows`` (not a draft: no 「案」).
    """
    from ..render.docx import render_bytes

    return render_bytes(document, template=template, change_rows=rows, draft=False)


def _pdf_sha256(docx: bytes, target: Path) -> str:
    """
    Convert ``docx`` to the PDF ``target`` (LibreOffice) and return the PDF's SHA-256.
    """
    import tempfile

    from ..render.atomic import write_bytes_atomic
    from ..render.pdf import to_pdf

    with tempfile.TemporaryDirectory(prefix="pia-publish-") as directory:
        source = Path(directory) / f"{target.stem}.docx"
        source.write_bytes(docx)
        data = to_pdf(source, Path(directory)).read_bytes()
    write_bytes_atomic(target, data)
    return _sha256(data)


def differences(old: Published, new: Published) -> list[str]:
    """
    What differs between two snapshots of the same publication, in Japanese.
    """
    found: list[str] = []
    if old.document != new.document:
        items: list[str] = []
        with contextlib.suppress(PiaError):
            items = [c.official for c in compare(old.load_document(), new.load_document())]
        shown = "、".join(items[:5]) + ("…" if len(items) > 5 else "")
        found.append(f"評価書の内容（{len(items)} 項目: {shown}）" if items else "評価書の内容")
    if old.rows != new.rows:
        found.append(f"変更箇所の行（{len(old.rows)} 行 → {len(new.rows)} 行）")
    if old.revision != new.revision:
        found.append("理由の宣言（revisions）")
    if old.docx_sha256 != new.docx_sha256:
        found.append("出力した Word ファイル（SHA-256）")
    if old.edition != new.edition or old.schema != new.schema:
        found.append("様式の版またはデータ形式")
    return found


def _store(file: Path, record: Published, *, amend: bool) -> Status:
    from ..atomic import write_text_atomic

    text = dump_published(record)
    if file.exists():
        old = load_published(file)
        if dump_published(old) == text:
            return "unchanged"
        if not amend:
            changed = "、".join(differences(old, record)) or "ファイルの内容"
            msg = (
                f"{file}: 公表日 {format_wareki(record.published)} の公表は記録済みで、"
                f"内容が違います（{changed}）。公表した版を直すなら --amend を付けてください。"
            )
            raise PublishError(msg)
        write_text_atomic(file, text)
        return "amended"
    file.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(file, text)
    return "written"


def _record(
    path: Path,
    document: Any,
    *,
    published: date,
    earlier: Sequence[Published],
    revision: Revision | None,
    template: Path | None,
) -> tuple[Published, bytes, tuple[str, ...]]:
    """
    The snapshot of ``document`` published on ``published`` after the ``earlier``
    publications, its rendered .docx, and the problems of its declarations.
    """
    form = code_of(type(document))
    rows: list[ChangeRow] = []
    problems: tuple[str, ...] = ()
    if earlier:
        last = earlier[-1]
        before = last.load_document(source=str(snapshot_file(path, form, last.published)))
        outcome = apply(compare(before, document), on=published, revision=revision)
        rows, problems = outcome.rows, outcome.problems
    table = [
        *getattr(document, "history", ()),
        *(row for record in earlier for row in record.rows),
        *rows,
    ]
    docx = rendered_docx(document, table, template)
    record = Published(
        schema=SCHEMA_VERSION,
        module=module_name(path),
        form=form,
        edition=document_mark(document),
        published=published,
        docx_sha256=_sha256(docx),
        revision=revision.dated(published) if revision is not None else None,
        rows=tuple(rows),
        document=to_data(document),
    )
    return record, docx, problems


def publish_document(
    path: Path,
    document: Any,
    *,
    revisions: Sequence[Revision] = (),
    amend: bool = False,
    template: Path | None = None,
    past: bool = False,
    findings: Sequence[Finding] | None = None,
    pdf: Path | None = None,
) -> Result:
    """
    Publish one document of the module ``path`` (see the module docstring).

    The result's ``undated`` says that an undated ``Revision`` was recorded as this
    publication's: the module should now date it.

    ``findings``: the document's findings when the caller has them (``pia publish`` uses
    those of ``pia check`` without the draft allowance, with the module's ``known_gaps``).
    ``pdf``: also write the PDF to this path and record its SHA-256 (PDF bytes differ
    at each conversion: when the snapshot already records a PDF of the same .docx, that
    one is kept and no new PDF is made).
    ``past``: record a publication that already happened (as :func:`backfill` does): its
    findings do not block it (a legal record is what it is); a 公表日 is still required.

    Raises:
        PublishError: findings, no 公表日, a 公表日 before the last publication, or a
            differing snapshot without ``amend``.
        RevisionError: a snapshot cannot be read.
    """
    form = code_of(type(document))
    records = snapshots_of(path, form)
    published = published_of(document)
    later = [r for r in records if published is not None and r.published > published]
    if later and published is not None:
        msg = (
            f"{path}: 公表日 {format_wareki(published)} は、記録済みの公表"
            f"（{format_wareki(later[-1].published)}）より前です。公表日を確認してください。"
        )
        raise PublishError(msg)
    errors = publication_errors(document, source=str(path), findings=findings)
    if past:
        errors = [e for e in errors if published_of(document) is None]
    if errors:
        msg = "公表できません（エラーを直してから公表してください）:\n" + "\n".join(
            f"  {e}" for e in errors
        )
        raise PublishError(msg)
    assert published is not None  # publication_errors requires it
    earlier = [r for r in records if r.published < published]
    revision = find_revision(revisions, published, form, draft=True)
    record, docx, problems = _record(
        path, document, published=published, earlier=earlier, revision=revision, template=template
    )
    file = snapshot_file(path, form, published)
    existing = load_published(file) if file.exists() else None
    if existing and existing.pdf_sha256 and existing.docx_sha256 == record.docx_sha256:
        record = evolve(record, pdf_sha256=existing.pdf_sha256)  # the PDF already recorded
    elif pdf is not None:
        record = evolve(record, pdf_sha256=_pdf_sha256(docx, pdf))
        # Adding the PDF to a publication recorded without one is not a change of it.
        amend = amend or (
            existing is not None and evolve(existing, pdf_sha256=record.pdf_sha256) == record
        )
    undated = revision is not None and revision.published is None
    return Result(file, _store(file, record, amend=amend), record, problems, undated)


def backfill(path: Path, *, amend: bool = False, template: Path | None = None) -> list[Result]:
    """
    The snapshots of every past publication of the module ``path`` found in git, oldest
    first: for each 公表日, the last commit that had it (see
    :func:`pia_dsl.changes.history.published_editions`).

    This loads the module at each of those commits, which **runs its code as it was
    then** (like checking out that commit and running it).

    Raises:
        RevisionError: the module is not in a git repository, or git fails.
        PublishError: a differing snapshot exists and ``amend`` is not given.
    """
    from . import git
    from .cache import RevisionCache
    from .history import published_editions
    from .revision import RevisionLoader, load_working

    working = load_working(path)
    repo = git.toplevel(path)
    module = git.relative(repo, path)
    results: list[Result] = []
    warnings: list[str] = []
    with RevisionLoader(repo, RevisionCache.for_repo(repo)) as loader:
        for slot in working.slots:
            done: list[Published] = []
            for found in published_editions(loader, module, slot.form, warnings=warnings):
                document = found.snapshot.document(slot.form)
                revision = find_revision(
                    working.revisions, found.published, slot.form
                ) or find_revision(found.snapshot.revisions, found.published, slot.form)
                record, _docx, problems = _record(
                    path,
                    document,
                    published=found.published,
                    earlier=done,
                    revision=revision,
                    template=template,
                )
                file = snapshot_file(path, slot.form, found.published)
                results.append(Result(file, _store(file, record, amend=amend), record, problems))
                done.append(record)
    for warning in dict.fromkeys(warnings):
        print(f"注意: {path}: {warning}", file=sys.stderr)
    return results
