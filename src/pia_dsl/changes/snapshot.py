"""
Publications as data: one committed JSON file per 公表 of each document.

``pia publish`` writes, for each document of a module, ``published/<module>/<form>_<date>.json``
(``published/`` beside ``assessments/``; ``<date>`` the 公表日 as ``YYYY-MM-DD`` so that
the files sort by date).  A snapshot holds:

* ``schema`` — the version of this data format (:data:`SCHEMA_VERSION`; older files are
  upgraded by :mod:`pia_dsl.changes.migrations` when read);
* ``module``, ``form`` and ``edition`` (the 様式 edition mark printed on the form; the
  document records its edition only when it is an older one, so a document without one
  is read in the edition of this mark);
* ``published`` — the 公表日 (和暦);
* ``docx_sha256`` (and ``pdf_sha256`` when a PDF was recorded) — the rendered file;
* ``revision`` — the declarations of this publication (reasons, overrides, timing);
* ``rows`` — the 変更箇所 rows of this publication, as printed;
* ``document`` — the document as canonical data (what ``pia dump`` prints).

Reading a snapshot is structuring plain JSON with cattrs: nothing in it is executed.
The text is canonical (same content, same bytes), so a republish without changes
rewrites nothing.
"""

from __future__ import annotations

import functools
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from ..errors import InvalidAssessmentError, RevisionError
from ..forms.common import ChangeRow
from ..forms.editions import current_edition, edition_by_mark
from ..io import load
from .declarations import Revision
from .migrations import SCHEMA_VERSION, migrate

if TYPE_CHECKING:
    from cattrs import Converter

__all__ = [
    "PUBLISHED_DIR",
    "Published",
    "dump_published",
    "load_published",
    "module_name",
    "project_root",
    "snapshot_dir",
    "snapshot_file",
    "snapshots_of",
]

#: The directory of the snapshots, beside ``assessments/``.
PUBLISHED_DIR = "published"


@functools.cache
def _converter() -> Converter:
    """
    The converter of snapshots (cattrs loads at the first snapshot, not with this module).
    """
    from ..io import make_converter

    return make_converter()


@frozen(kw_only=True)
class Published:
    """
    One publication of one document (see the module docstring for each field).
    """

    schema: int
    module: str
    form: str
    edition: str
    published: date
    docx_sha256: str
    pdf_sha256: str = ""
    revision: Revision | None = None
    rows: tuple[ChangeRow, ...] = ()
    document: dict[str, Any] = field(factory=dict)

    def load_document(self, *, source: str = "snapshot") -> Any:
        """
        The document as an object of its form (structured with cattrs, never executed).
        """
        return load(json.dumps(self._edition_declared(), ensure_ascii=False), "json", source=source)

    def _edition_declared(self) -> dict[str, Any]:
        """
        The document data with its 様式 edition: a document of the current edition does
        not record it (nor do snapshots written before editions existed), so the
        snapshot's ``edition`` mark tells it.
        """
        if "edition" in self.document:
            return self.document
        found = edition_by_mark(self.form, self.edition)
        current = current_edition(self.form)
        if found is None or found == current:
            return self.document
        data = dict(self.document)
        form = data.pop("form", self.form)
        return {"form": form, "edition": found.version.value, **data}


def project_root(module: Path) -> Path:
    """
    The directory that holds ``published/`` for a module: the parent of its
    ``assessments/`` directory, or the module's own directory elsewhere.
    """
    parent = module.resolve().parent
    return parent.parent if parent.name == "assessments" else parent


def module_name(module: Path) -> str:
    """
    The name snapshots are filed under: the module's file name without suffix.
    """
    return module.stem


def snapshot_dir(module: Path) -> Path:
    """
    ``published/<module>/`` of a module.
    """
    return project_root(module) / PUBLISHED_DIR / module_name(module)


def snapshot_file(module: Path, form: str, published: date) -> Path:
    """
    The snapshot of the publication of ``published`` of the document of ``form``.
    """
    return snapshot_dir(module) / f"{form}_{published.isoformat()}.json"


def dump_published(record: Published) -> str:
    """
    The canonical JSON text of a snapshot.
    """
    from ..io.text import format_text

    data = _converter().unstructure(record)
    return format_text(data, "json")


def load_published(path: Path, *, check_document: bool = True) -> Published:
    """
    Read a snapshot (of this or an older schema version); with ``check_document``, its
    document must also fit today's model (the 変更箇所 table reads only the last one's).

    Raises:
        RevisionError: the file is unreadable or not a snapshot, naming the file.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        msg = f"{path}: 公表の記録（スナップショット）を読めません（{error}）。"
        raise RevisionError(msg) from None
    if not isinstance(data, dict):
        msg = f"{path}: 公表の記録（スナップショット）の形式ではありません。"
        raise RevisionError(msg)
    from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError

    try:
        record = _converter().structure(migrate(data), Published)
        if check_document:
            record.load_document(source=str(path))
        return record
    except (
        ClassValidationError,
        ForbiddenExtraKeysError,
        InvalidAssessmentError,
        KeyError,
        TypeError,
        ValueError,
    ) as error:
        msg = f"{path}: 公表の記録（スナップショット）の内容が正しくありません（{error}）。"
        raise RevisionError(msg) from None


def snapshots_of(module: Path, form: str) -> list[Published]:
    """
    The snapshots of the document of ``form`` of a module, oldest first (their documents
    are structured only when asked for: :meth:`Published.load_document`).
    """
    directory = snapshot_dir(module)
    if not directory.is_dir():
        return []
    found = []
    for path in sorted(directory.glob(f"{form}_*.json")):
        record = load_published(path, check_document=False)
        if record.form != form:
            msg = f"{path}: 様式が「{record.form}」になっています（ファイル名は「{form}」）。"
            raise RevisionError(msg)
        found.append(record)
    return sorted(found, key=lambda r: r.published)


__all__ += ["SCHEMA_VERSION"]
