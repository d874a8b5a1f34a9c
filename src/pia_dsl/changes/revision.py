"""
Loading an assessment as it was at a git revision, without touching the working tree.

The module and the ``assessments/`` files it imports (shared text blocks in
``assessments/shared/…``) are read from git (trees and blobs through one ``git cat-file
--batch`` process), written into a temporary directory with their repository layout, and
loaded there with :func:`pia_dsl.loader.load_module`.  Which files a module may import is
found statically (:mod:`pia_dsl.changes.imports`); only those files are materialised, so the
content key of a revision — the blob ids of the module, of its imports and of data files
beside them — covers everything the load could read, and the load is cached by it
(:mod:`pia_dsl.changes.cache`).

Errors — the revision does not exist, the file is absent at the revision, the module
fails to import there — are :class:`~pia_dsl.errors.RevisionError` naming the revision.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path, PurePosixPath
from types import ModuleType, TracebackType
from typing import Any

from attrs import define, field, frozen

from ..errors import AssessmentLoadError, InvalidAssessmentError, RevisionError
from ..forms.registry import code_of, root_of
from ..io import Format, load, require_types, to_data
from ..loader import documents_of, load_module, main_index
from ..wareki import format_wareki, parse_wareki
from . import git
from .cache import RevisionCache, content_key
from .declarations import Revision, revision_from_data, revision_to_data, revisions_of
from .imports import import_closure, imported_modules
from .styles import RowStyles, styles_from_data, styles_of, styles_to_data

__all__ = ["RevisionLoader", "Slot", "Snapshot", "load_working", "published_of"]

_DATA_SUFFIXES = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}


def published_of(document: Any) -> date | None:
    """
    The 公表日 of a document (``cover.published``, or ``published`` on small forms).
    """
    cover = getattr(document, "cover", None)
    value = getattr(cover, "published", None) if cover is not None else None
    if value is None:
        value = getattr(document, "published", None)
    return value if isinstance(value, date) else None


@define
class Slot:
    """
    One document of a snapshot: its form, 公表日 and content (object or canonical data).
    """

    form: str
    published: date | None
    data: dict[str, Any] | None = None
    obj: Any = None

    def document(self) -> Any:
        """
        The document object (structured from cached data on first use).
        """
        if self.obj is None:
            if self.data is None:
                msg = "内部エラー: 評価書の内容がありません。"
                raise RevisionError(msg)
            try:
                self.obj = load(_json_text(self.data), "json", source="cache")
            except InvalidAssessmentError as error:
                msg = (
                    f"キャッシュの評価書を読み込めません（.pia-cache を削除してください）: {error}"
                )
                raise RevisionError(msg) from None
        return self.obj


def _json_text(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)


@define
class Snapshot:
    """
    The documents and declarations of one assessment module at one revision.

    Attributes:
        label: ``REV:path`` (or the path for the working tree).
        key: The content key (``None`` for the working tree).
        slots: The documents, in module order.
        main: The index of the main document (``assessment``).
        revisions: The module's declarations (``revisions``).
        styles: The module's ``row_styles``.
    """

    label: str
    key: str | None
    slots: tuple[Slot, ...]
    main: int = 0
    revisions: tuple[Revision, ...] = ()
    styles: RowStyles | None = None

    def slot(self, form: str | None = None) -> Slot | None:
        """
        The document of ``form`` (the main one when ``None``), or ``None`` if absent.
        """
        if form is None:
            return self.slots[self.main] if self.slots else None
        return next((s for s in self.slots if s.form == form), None)

    def document(self, form: str | None = None) -> Any:
        """
        The document of ``form`` (the main one when ``None``).

        Raises:
            RevisionError: the module has no document of that form.
        """
        found = self.slot(form)
        if found is None:
            msg = f"{self.label}: 様式「{form}」の評価書がありません。"
            raise RevisionError(msg)
        return found.document()

    def to_data(self) -> dict[str, Any]:
        """
        Plain data for the cache (documents as canonical data).
        """
        return {
            "label": self.label,
            "main": self.main,
            "slots": [
                {
                    "form": s.form,
                    "published": format_wareki(s.published) if s.published else None,
                    "data": s.data if s.data is not None else to_data(s.obj),
                }
                for s in self.slots
            ],
            "revisions": [revision_to_data(r) for r in self.revisions],
            "styles": styles_to_data(self.styles),
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any], *, key: str, label: str) -> Snapshot:
        """
        The inverse of :meth:`to_data`.
        """
        slots = []
        for s in data["slots"]:
            published = parse_wareki(s["published"]) if s["published"] else None
            slots.append(
                Slot(
                    form=s["form"],
                    published=published if isinstance(published, date) else None,
                    data=s["data"],
                )
            )
        return cls(
            label=label,
            key=key,
            slots=tuple(slots),
            main=data["main"],
            revisions=tuple(revision_from_data(r) for r in data["revisions"]),
            styles=styles_from_data(data.get("styles")),
        )


def _snapshot_of_module(module: ModuleType, *, label: str, key: str | None) -> Snapshot:
    documents = documents_of(module, label=label)
    main = main_index(module, documents)
    slots = tuple(Slot(form=code_of(type(d)), published=published_of(d), obj=d) for d in documents)
    return Snapshot(
        label=label,
        key=key,
        slots=slots,
        main=main,
        revisions=revisions_of(module, label=label),
        styles=styles_of(module, label=label),
    )


def load_working(path: Path) -> Snapshot:
    """
    The documents and declarations of an assessment module (or data file) as it is in the
    working tree.
    """
    if path.suffix in _DATA_SUFFIXES:
        from ..io import load_path

        document = load_path(path)
        slot = Slot(form=code_of(type(document)), published=published_of(document), obj=document)
        return Snapshot(label=str(path), key=None, slots=(slot,))
    snapshot = _snapshot_of_module(load_module(path), label=str(path), key=None)
    for slot in snapshot.slots:
        require_types(slot.obj, source=str(path))
    return snapshot


@contextmanager
def _isolated_assessments() -> Iterator[None]:
    """
    Hide already-imported ``assessments`` modules (e.g. the working tree's) while a
    revision loads, so that its imports resolve in the materialised tree; restore them after.
    """
    saved = {
        name: module
        for name, module in sys.modules.items()
        if name == "assessments" or name.startswith("assessments.")
    }
    for name in saved:
        del sys.modules[name]
    dont_write = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        yield
    finally:
        sys.dont_write_bytecode = dont_write
        for name in [n for n in sys.modules if n == "assessments" or n.startswith("assessments.")]:
            del sys.modules[name]
        sys.modules.update(saved)


def _inside(root: Path, path: str, *, label: str) -> Path:
    """
    ``root / path`` when it stays inside ``root`` (no ``..``, no absolute path).

    Raises:
        RevisionError: the path would escape the temporary directory.
    """
    parts = PurePosixPath(path).parts
    target = root.joinpath(*parts)
    if (
        PurePosixPath(path).is_absolute()
        or ".." in parts
        or not target.resolve().is_relative_to(root.resolve())
    ):
        msg = f"{label}: 安全でないパス「{path}」があるため、このリビジョンは読み込みません。"
        raise RevisionError(msg)
    return target


# ---------------------------------------------------------------------------
# The loader
# ---------------------------------------------------------------------------


@frozen
class _Layout:
    module: str  # repository path of the module
    scope: str  # the directory materialised (the module's directory)
    project: str  # the directory put on sys.path (parent of ``assessments``)


def _layout(module: str) -> _Layout:
    parent = PurePosixPath(module).parent
    scope = "" if str(parent) == "." else str(parent)
    if parent.name == "assessments":
        project = "" if str(parent.parent) == "." else str(parent.parent)
    else:
        project = scope
    return _Layout(module, scope, project)


@define
class RevisionLoader:
    """
    Loads assessment modules at revisions of one repository, through the cache and one
    ``git cat-file`` process.  Use as a context manager.
    """

    repo: Path
    cache: RevisionCache = field(factory=lambda: RevisionCache(None))
    _reader: git.BlobReader | None = field(default=None, init=False)
    _imports: dict[str, list[str]] = field(factory=dict, init=False)

    def __enter__(self) -> RevisionLoader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    @property
    def reader(self) -> git.BlobReader:
        if self._reader is None:
            self._reader = git.BlobReader(self.repo)
        return self._reader

    def _imports_of(self, entry: git.TreeEntry, package: str) -> list[str]:
        memo = f"{entry.blob}:{package}"
        if memo not in self._imports:
            stored = self.cache.get("imports", content_key("imports", memo))
            if isinstance(stored, list):
                self._imports[memo] = [str(n) for n in stored]
            else:
                found = imported_modules(self.reader.read(entry.blob), package)
                self.cache.put("imports", content_key("imports", memo), found)
                self._imports[memo] = found
        return self._imports[memo]

    def snapshot(self, rev: str, module: str) -> Snapshot:
        """
        The module (a repository path) at the revision ``rev`` (any revision name).
        """
        commit = git.resolve(self.repo, rev)
        return self.snapshot_at(commit, self.path_at(commit, module), label=f"{rev}:{module}")

    def path_at(self, commit: str, module: str) -> str:
        """
        The path ``module`` had at ``commit``: itself, or an earlier name of the file if it
        was renamed since (``git mv``); ``module`` when neither is there.
        """
        if self.has(commit, module):
            return module
        names = dict.fromkeys(c.path for c in reversed(git.commits_of_file(self.repo, module)))
        return next((name for name in names if self.has(commit, name)), module)

    def has(self, commit: str, module: str) -> bool:
        """
        Whether ``module`` (a repository path) exists at ``commit`` (a full commit id).
        """
        return module in self.reader.tree(commit, _layout(module).scope)

    def key_at(self, commit: str, module: str, *, label: str) -> tuple[str, list[git.TreeEntry]]:
        """
        The content key of the module at ``commit`` and the files it covers.

        Raises:
            RevisionError: the module is absent at ``commit``.
        """
        layout = _layout(module)
        files = self.reader.tree(commit, layout.scope)
        if module not in files:
            rev = label.rsplit(":", 1)[0]
            msg = (
                f"{label}: リビジョン「{rev}」には {module} がありません"
                "（このリビジョンではまだ作成されていないか、移動・削除されています）。"
            )
            raise RevisionError(msg)
        if module.endswith(".py"):
            closure = import_closure(module, files, self._imports_of, project=layout.project)
        else:
            closure = [files[module]]
        key = content_key("snapshot", module, *(f"{e.path}={e.blob}" for e in closure))
        return key, closure

    def snapshot_at(self, commit: str, module: str, *, label: str | None = None) -> Snapshot:
        """
        The module at a full commit id, from the cache when possible.
        """
        shown = label or f"{commit[:12]}:{module}"
        key, closure = self.key_at(commit, module, label=shown)
        stored = self.cache.get("snapshots", key)
        if isinstance(stored, dict):
            try:
                cached = Snapshot.from_data(stored, key=key, label=shown)
            except (KeyError, TypeError, ValueError):
                cached = None
            if cached is not None and all(root_of(s.form) is not None for s in cached.slots):
                return cached
        snapshot = self._load(module, closure, key=key, label=shown)
        try:
            data = snapshot.to_data()
        except InvalidAssessmentError as error:
            msg = f"{shown}: このリビジョンの評価書を読み込めません: {error}"
            raise RevisionError(msg) from None
        self.cache.put("snapshots", key, data)
        return snapshot

    def _load(self, module: str, closure: list[git.TreeEntry], *, key: str, label: str) -> Snapshot:
        suffix = PurePosixPath(module).suffix
        contents = self.reader.read_many(e.blob for e in closure)
        if suffix in _DATA_SUFFIXES:
            text = contents[closure[0].blob].decode("utf-8")
            fmt: Format = "json" if suffix == ".json" else "yaml"
            try:
                document = load(text, fmt, source=label)
            except InvalidAssessmentError as error:
                msg = f"{label}: このリビジョンの評価書を読み込めません: {error}"
                raise RevisionError(msg) from None
            slot = Slot(
                form=code_of(type(document)), published=published_of(document), obj=document
            )
            return Snapshot(label=label, key=key, slots=(slot,))
        layout = _layout(module)
        with tempfile.TemporaryDirectory(prefix="pia-rev-") as directory:
            root = Path(directory)
            for entry in closure:
                target = _inside(root, entry.path, label=label)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(contents[entry.blob])
            try:
                with _isolated_assessments():
                    loaded = load_module(root / module, root=root / layout.project, label=label)
                    return _snapshot_of_module(loaded, label=label, key=key)
            except AssessmentLoadError as error:
                msg = f"このリビジョンの評価書を読み込めません: {error}"
                raise RevisionError(msg) from None
