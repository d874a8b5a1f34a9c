"""
Loading assessment modules (``assessments/*.py``) and data files (``.json``/``.yaml``).

An assessment module exposes a module-level ``assessment`` (one document) and may expose
``documents`` (several documents of one 事務, e.g. 基礎項目評価書 + 重点項目評価書).
Modules import shared text blocks from the ``assessments`` package, so the directory that
holds ``assessments/`` is put on ``sys.path`` while loading.  A module runs with that
directory as the working directory and its ``print()`` on stderr; ``sys.exit()`` in it is
a load error like any other (docs/inputs.md).
"""

from __future__ import annotations

import enum
import importlib.util
import os
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, redirect_stdout
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

from .errors import AssessmentLoadError, PiaError
from .forms.registry import code_of
from .source_map import parse_module

__all__ = ["discover", "documents_of", "load_assessment", "load_module", "main_index"]


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


@contextmanager
def _running_in(project: Path) -> Iterator[None]:
    """
    Run a module with the working directory at its project (the directory that holds
    ``assessments/``), so that a data file it opens by a relative path is the project's
    own, wherever ``pia`` was started; and with its ``print()`` output on stderr, where it
    cannot corrupt the JSON or YAML that ``pia dump``/``check``/``changes`` print.
    """
    before = os.getcwd()
    os.chdir(project)
    try:
        with redirect_stdout(sys.stderr):
            yield
    finally:
        os.chdir(before)


def _exit_problem(error: SystemExit, path: Path) -> str:
    """
    What ``sys.exit()`` (``raise SystemExit``) in a module or a shared block it imports
    means, in Japanese, naming the shared block.
    """
    import traceback  # only for a module that fails: not at every start (with textwrap)

    frames = traceback.extract_tb(error.__traceback__)
    culprit = frames[-1] if frames else None
    where = ""
    if culprit is not None and Path(culprit.filename).resolve() != path.resolve():
        where = f"（{_shown_path(Path(culprit.filename))}:{culprit.lineno}）"
    code = error.code
    status = (
        "" if code is None else f"（終了コード {code}）" if isinstance(code, int) else f"（{code}）"
    )
    return (
        f"モジュールの実行中に sys.exit() が呼ばれました{status}{where}。"
        "評価書モジュールと共通ブロックでは sys.exit() を使わず、値を定義するだけにしてください。"
    )


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
    spec = importlib.util.spec_from_file_location(name, path.resolve())
    if spec is None or spec.loader is None:
        msg = f"{shown}: Python モジュールとして読み込めません。"
        raise AssessmentLoadError(msg)
    module = importlib.util.module_from_spec(spec)
    before = set(sys.modules)
    with _importable(project), _no_bytecode():
        try:
            # Compile from source, not from __pycache__: an edit within the same second
            # that keeps the file size would otherwise run stale bytecode.
            filename = str(path.resolve())
            code = compile(parse_module(path.read_bytes(), filename), filename, "exec")
            with _running_in(project):
                exec(code, module.__dict__)
        except SystemExit as error:
            # sys.exit() in a module would end pia with its code and no message, and
            # hide every other module's findings: it is a load error of this module.
            msg = f"{_where(error, path, shown)}: {_exit_problem(error, path)}"
            raise AssessmentLoadError(msg) from None
        except SyntaxError as error:
            # The file with the error: the module itself, or a shared block it imports.
            culprit = shown
            if error.filename and Path(error.filename).resolve() != path.resolve():
                culprit = _shown_path(Path(error.filename))
            where = f"{culprit}:{error.lineno}" if error.lineno else culprit
            msg = f"{where}: 構文エラー: {syntax_problem(error.msg)}。該当行を修正してください。"
            raise AssessmentLoadError(msg) from error
        except Exception as error:
            msg = f"{_where(error, path, shown)}: {explain(error)}"
            raise AssessmentLoadError(msg) from error
        finally:
            _cache_bytecode(set(sys.modules) - before)
    return module


def _cache_bytecode(names: set[str]) -> None:
    """
    Write the ``__pycache__`` of the pia_dsl modules (the forms a module uses) first
    imported while it ran under :func:`_no_bytecode`, when missing: they are compiled once
    like any installed code, not at every run.  Only the forms a module imports load.
    """
    missing = [
        (module.__spec__.origin, module.__spec__.cached)
        for name in names
        if name.startswith("pia_dsl.")
        and (module := sys.modules.get(name)) is not None
        and module.__spec__ is not None
        and module.__spec__.origin
        and module.__spec__.cached
        and not os.path.exists(module.__spec__.cached)
    ]
    if not missing:
        return
    import py_compile

    for origin, cached in missing:
        try:
            py_compile.compile(origin, cfile=cached, doraise=True)
        except (OSError, py_compile.PyCompileError):
            continue  # a read-only installation: compiled at each run, as before


def _shown_path(path: Path) -> str:
    """
    ``path`` relative to the current directory when it lies below it.
    """
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


#: Python's syntax error messages, in Japanese (the most common first).  The patterns
#: (here and below) are compiled at their first use (re's cache), not at every start.
_SYNTAX: tuple[tuple[str, str], ...] = (
    (r"^'(.)' was never closed$", "「{0}」が閉じられていません"),
    (
        r"^unterminated triple-quoted string literal",
        "三重引用符の文字列が閉じられていません",
    ),
    (r"^unterminated string literal", "文字列の引用符が閉じられていません"),
    (r"^unmatched '(.)'$", "対応する開き括弧のない「{0}」があります"),
    (
        r"^closing parenthesis '(.)' does not match opening parenthesis '(.)'",
        "閉じ括弧「{0}」が開き括弧「{1}」と対応していません",
    ),
    (
        r"^invalid non-printable character U\+3000$",
        "コードの中に全角スペースがあります（半角スペースにしてください）",
    ),
    (
        r"^invalid character '(.)' \((U\+[0-9A-F]+)\)$",
        "コードの中に全角文字「{0}」（{1}）があります（文字列なら引用符で囲んでください）",
    ),
    (
        r"^invalid syntax\. Perhaps you forgot a comma\?$",
        "構文が正しくありません（カンマが抜けていませんか）",
    ),
    (r"^keyword argument repeated: (\w+)$", "項目 `{0}` が2回書かれています"),
    (
        r"^positional argument follows keyword argument$",
        "`名前=値` の後に名前のない値があります",
    ),
    (r"^expected ':'$", "「:」が必要です"),
    (r"^unexpected indent$", "字下げ（インデント）が正しくありません"),
    (r"^unindent does not match", "字下げ（インデント）の深さが前の行と合っていません"),
    (r"^expected an indented block", "字下げ（インデント）された行が必要です"),
    (r"^invalid syntax$", "構文が正しくありません"),
    (
        r"^\(unicode error\) 'utf-8' codec can't decode",
        "ファイルが UTF-8 ではありません（Shift_JIS などで保存されていませんか）。UTF-8 で保存してください",
    ),
)


def syntax_problem(message: str) -> str:
    """
    A Python syntax error message in Japanese (the original when it is not a common one).
    """
    for pattern, japanese in _SYNTAX:
        found = re.match(pattern, message)
        if found:
            return japanese.format(*found.groups())
    return f"Python の構文として読めません（{message}）"


_PARTIAL = r"partially initialized module '([^']+)'"
_CANNOT_IMPORT = r"cannot import name '([^']+)' from '([^']+)'"
_KEYWORD = r"^(\w+)\.__init__\(\) got an unexpected keyword argument '(\w+)'$"
_MISSING = (
    r"^(\w+)\.__init__\(\) missing \d+ required (?:keyword-only |positional )?arguments?: (.+)$"
)
_POSITIONAL = r"^(\w+)\.__init__\(\) takes \d+ positional arguments? but \d+ .*(?:was|were) given$"


def explain(error: BaseException) -> str:
    """
    What went wrong while running an assessment module, in Japanese: a misspelt choice
    (``Sufficiency.VERY_GOOD``), a misspelt item name, a missing import, or the error of
    pia_dsl itself (an invalid 和暦 in ``wareki(...)``).
    """
    if isinstance(error, PiaError):
        return str(error)
    if isinstance(error, AttributeError) and isinstance(getattr(error, "obj", None), enum.EnumMeta):
        options: Any = error.obj
        names = "、".join(f"{member.name}（{member.value}）" for member in options)
        return f"選択肢 {options.__name__}.{error.name} はありません。次のいずれかを書いてください: {names}"
    if isinstance(error, ImportError | AttributeError) and "circular import" in str(error):
        found = re.search(_PARTIAL, str(error))
        name = f"`{found[1]}` " if found else ""
        return (
            f"共通ブロック {name}の import が循環しています（ブロック同士が互いを import しています）。"
            "片方の import をやめるか、共通の値を別のブロックに移してください。"
        )
    if isinstance(error, ModuleNotFoundError):
        return f"モジュール `{error.name}` が見つかりません。import 文を確認してください。"
    if isinstance(error, ImportError) and (found := re.search(_CANNOT_IMPORT, str(error))):
        return f"`{found[2]}` に `{found[1]}` はありません。import 文の名前を確認してください。"
    if isinstance(error, NameError) and error.name:
        return f"`{error.name}` が定義されていません。import 文を確認してください。"
    if isinstance(error, TypeError):
        text = str(error)
        if found := re.match(_KEYWORD, text):
            return f"{found[1]} に `{found[2]}` という項目はありません。項目名を確認してください。"
        if found := re.match(_MISSING, text):
            names = found[2].replace(" and ", ", ").replace("'", "`")
            return f"{found[1]} の必須の項目 {names} がありません。"
        if found := re.match(_POSITIONAL, text):
            return f"{found[1]}(...) の項目は `名前=値` の形で書いてください。"
    return f"モジュールの実行中にエラーが発生しました: {type(error).__name__}: {error}"


def _where(error: BaseException, path: Path, shown: str) -> str:
    """
    ``file:line`` of the deepest frame of ``error`` that lies in the assessment file.
    """
    import traceback

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
        if not isinstance(module.documents, list | tuple) or not module.documents:
            msg = f"{label}: `documents` は評価書のタプルで書いてください（例: `documents = (kiso, assessment)`）。"
            raise AssessmentLoadError(msg)
        docs = list(module.documents)
    elif hasattr(module, "assessment"):
        docs = [module.assessment]
    else:
        msg = f"{label}: モジュールに `assessment` がありません。モジュールの最後で `assessment = FocusedAssessment(...)` のように定義してください。"
        raise AssessmentLoadError(msg)
    named = [("documents" if len(docs) > 1 else "assessment", doc) for doc in docs]
    if hasattr(module, "documents") and hasattr(module, "assessment"):
        named.append(("assessment", module.assessment))
    for name, doc in named:
        if not attrs.has(type(doc)) or not code_of(type(doc)):
            msg = f"{label}: `{name}` が評価書ではありません（{type(doc).__name__}）。FocusedAssessment などで定義してください。"
            raise AssessmentLoadError(msg)
    main = getattr(module, "assessment", None)
    if hasattr(module, "documents") and main is not None and all(doc is not main for doc in docs):
        msg = f"{label}: `assessment` が `documents` に含まれていません。主たる評価書（`assessment`）も `documents` に入れてください（例: `documents = (kiso, assessment)`）。"
        raise AssessmentLoadError(msg)
    return docs


def main_index(module: ModuleType, documents: Sequence[Any]) -> int:
    """
    Which of ``documents`` is the module's main document: ``assessment``, else the last
    of ``documents`` (the one ``pia dump`` prints and ``pia render -o`` writes).
    """
    main = getattr(module, "assessment", None)
    for index, document in enumerate(documents):
        if document is main:
            return index
    return len(documents) - 1


def load_assessment(path: Path) -> Any:
    """
    The main document of an assessment module or data file (``.json``/``.yaml``).
    """
    if path.suffix in {".json", ".yaml", ".yml"}:
        from .io import load_path

        return load_path(path)
    module = load_module(path)
    docs = documents_of(module, label=str(path))
    return docs[main_index(module, docs)]
