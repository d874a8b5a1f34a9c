"""
Synthetic histories for benchmarks and tests: a git repository in which an assessment is
published N times, each publication editing a few of its text items.

:func:`build_history_repo` copies a project's ``assessments/`` into a new repository and
adds a module ``assessments/synthetic_history.py`` that imports the real assessment and
applies :func:`mutate` with a step number; each commit raises the step and the 公表日::

    from pia_dsl.changes.synthetic import build_history_repo
    module = build_history_repo(tmp / "repo", Path("assessments/fujisawa_shoni_iryo.py"), 20)
    history_rows(module, load_assessment(module), module.parent.parent)
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import attrs

from ..walk import Kind, walk
from ..wareki import format_wareki, wareki
from . import git
from .canonical import EXCLUDED
from .revision import published_of

__all__ = ["MODULE_NAME", "build_history_repo", "mutate", "replace_at"]

#: The module that :func:`build_history_repo` commits.
MODULE_NAME = "synthetic_history"

_AUTHOR = (
    "-c",
    "user.name=pia synthetic",
    "-c",
    "user.email=pia@example.invalid",
    "-c",
    "commit.gpgsign=false",
)


def replace_at(obj: Any, path: tuple[str, ...], value: Any) -> Any:
    """
    A copy of the attrs tree ``obj`` with the field at the walker ``path`` set to ``value``
    (members of repeated groups are addressed as ``[key]``).
    """
    if not path:
        return value
    step, rest = path[0], path[1:]
    if step.startswith("["):
        key = step[1:-1]
        return tuple(replace_at(m, rest, value) if m.key == key else m for m in obj)
    return attrs.evolve(obj, **{step: replace_at(getattr(obj, step), rest, value)})


def _with_published(document: Any, published: date) -> Any:
    if hasattr(document, "cover") and hasattr(document.cover, "published"):
        return attrs.evolve(document, cover=attrs.evolve(document.cover, published=published))
    return attrs.evolve(document, published=published)


def mutate(document: Any, step: int, *, published: date | None = None) -> Any:
    """
    ``document`` after ``step`` deterministic edits (edit ``k`` appends 「（改訂k）」 to one
    filled-in text item, spread over the form), with ``published`` as its 公表日.
    """
    texts = [
        e.path
        for e in walk(document)
        if e.kind is Kind.FIELD
        and e.active
        and isinstance(e.value, str)
        and e.value.strip()
        and not any(e.path[: len(s)] == s for s in EXCLUDED)
    ]
    if texts:
        for k in range(1, step + 1):
            path = texts[(k * 7) % len(texts)]
            current = _value_at(document, path)
            document = replace_at(document, path, f"{current}（改訂{k}）")
    return _with_published(document, published) if published is not None else document


def _value_at(obj: Any, path: tuple[str, ...]) -> Any:
    for step in path:
        if step.startswith("["):
            obj = next(m for m in obj if m.key == step[1:-1])
        else:
            obj = getattr(obj, step)
    return obj


def _module_text(base: str, step: int, published: date) -> str:
    return (
        f'"""\nSynthetic publication {step} of assessments/{base}.py (pia_dsl.changes.synthetic).\n"""\n\n'
        "from pia_dsl.changes.synthetic import mutate\n"
        "from pia_dsl.wareki import wareki\n\n"
        f"from assessments.{base} import assessment as _base\n\n"
        f'assessment = mutate(_base, {step}, published=wareki("{format_wareki(published)}"))\n'
    )


def build_history_repo(
    directory: Path, source: Path, count: int, *, start: date | None = None
) -> Path:
    """
    Create a git repository at ``directory`` with ``count`` publications of the
    assessment module ``source`` (which must live in an ``assessments/`` directory), and
    return the path of the synthetic module in it.
    """
    from ..loader import load_assessment

    directory.mkdir(parents=True, exist_ok=True)
    shutil.copytree(
        source.parent,
        directory / "assessments",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    (directory / ".gitignore").write_text(".pia-cache/\n__pycache__/\n", encoding="utf-8")
    git.run(directory, "init", "--quiet")
    first = start or published_of(load_assessment(source)) or wareki("令和7年4月1日")
    module = directory / "assessments" / f"{MODULE_NAME}.py"
    for step in range(count):
        published = first + timedelta(days=30 * step)
        module.write_text(_module_text(source.stem, step, published), encoding="utf-8")
        git.run(directory, "add", "--all")
        git.run(directory, *_AUTHOR, "commit", "--quiet", "-m", f"公表 {format_wareki(published)}")
    return module
