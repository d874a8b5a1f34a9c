"""
Loading assessment modules (``assessments/*.py``) and data files (``.json``/``.yaml``).

An assessment module exposes a module-level ``assessment`` (one document) and may expose
``documents`` (several documents of one 事務, e.g. 基礎項目評価書 + 重点項目評価書).
Modules import shared text blocks from the ``assessments`` package, so the directory that
holds ``assessments/`` is put on ``sys.path`` while loading.
"""

from __future__ import annotations

import importlib.util
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

from .errors import AssessmentLoadError

__all__ = ["discover", "documents_of", "load_assessment", "load_module"]


def discover(directory: Path) -> list[Path]:
    """
    The assessment modules of a directory (not ``_shared`` helpers or ``__init__``), sorted.
    """
    return sorted(
        p for p in directory.glob("*.py") if not p.name.startswith("_") and p.name != "__init__.py"
    )


def _is_project_module(name: str) -> bool:
    return name == "assessments" or name.startswith("assessments.")


@contextmanager
def _importable(root: Path) -> Iterator[None]:
    """
    Let ``import assessments.x`` resolve under ``root`` (not to an ``assessments`` package
    imported earlier from elsewhere), and restore ``sys.modules`` afterwards so that
    another revision or project loads fresh.
    """
    saved = {name: module for name, module in sys.modules.items() if _is_project_module(name)}
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        yield
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if _is_project_module(n)]:
            del sys.modules[name]
        sys.modules.update(saved)


@contextmanager
def _no_bytecode() -> Iterator[None]:
    """
    Import shared blocks without writing ``__pycache__`` (see :func:`load_module`).
    """
    before = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        yield
    finally:
        sys.dont_write_bytecode = before


def _project_root(path: Path) -> Path:
    parent = path.resolve().parent
    return parent.parent if parent.name == "assessments" else parent


def load_module(path: Path, *, root: Path | None = None, label: str | None = None) -> ModuleType:
    """
    Import an assessment module from ``path``; errors become :class:`AssessmentLoadError`
    naming the file, the line and the cause.
    """
    shown = label or str(path)
    if not path.is_file():
        msg = f"{shown}: ファイルがありません。パスを確認してください。"
        raise AssessmentLoadError(msg)
    project = root or _project_root(path)
    name = f"_pia_assessment_{abs(hash(str(path.resolve())))}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        msg = f"{shown}: Python モジュールとして読み込めません。"
        raise AssessmentLoadError(msg)
    module = importlib.util.module_from_spec(spec)
    with _importable(project), _no_bytecode():
        try:
            # Compile from source, not from __pycache__: an edit within the same second
            # that keeps the file size would otherwise run stale bytecode.
            code = compile(path.read_bytes(), str(path), "exec")
            exec(code, module.__dict__)
        except SyntaxError as error:
            where = f"{shown}:{error.lineno}" if error.lineno else shown
            msg = f"{where}: 構文エラー: {error.msg}。該当行を修正してください。"
            raise AssessmentLoadError(msg) from error
        except Exception as error:
            msg = f"{_where(error, path, shown)}: モジュールの実行中にエラーが発生しました: {type(error).__name__}: {error}"
            raise AssessmentLoadError(msg) from error
    return module


def _where(error: BaseException, path: Path, shown: str) -> str:
    """
    ``file:line`` of the deepest frame of ``error`` that lies in the assessment file.
    """
    line = None
    for frame in traceback.extract_tb(error.__traceback__):
        if Path(frame.filename).resolve() == path.resolve():
            line = frame.lineno
    return f"{shown}:{line}" if line else shown


def documents_of(module: ModuleType, *, label: str) -> list[Any]:
    """
    The documents a module defines: ``documents`` if present, else ``[assessment]``.
    """
    if hasattr(module, "documents"):
        docs = list(module.documents)
    elif hasattr(module, "assessment"):
        docs = [module.assessment]
    else:
        msg = f"{label}: モジュールに `assessment` がありません。モジュールの最後で `assessment = FocusedAssessment(...)` のように定義してください。"
        raise AssessmentLoadError(msg)
    for doc in docs:
        if not attrs.has(type(doc)) or not hasattr(type(doc), "FORM"):
            msg = f"{label}: `assessment` が評価書ではありません（{type(doc).__name__}）。FocusedAssessment などで定義してください。"
            raise AssessmentLoadError(msg)
    return docs


def load_assessment(path: Path) -> Any:
    """
    The main document of an assessment module or data file (``.json``/``.yaml``).
    """
    if path.suffix in {".json", ".yaml", ".yml"}:
        from .io import load_path

        return load_path(path)
    module = load_module(path)
    docs = documents_of(module, label=str(path))
    return module.assessment if hasattr(module, "assessment") else docs[-1]
