"""
Documents the render tests use: the toy form, blank documents of every real form, and
the example assessments in ``assessments/``.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import docx

from pia_dsl.forms.choices import Connection, Consigning, Source, Sufficiency
from pia_dsl.forms.common import System
from pia_dsl.forms.registry import Form, code_of
from pia_dsl.loader import discover, documents_of, load_module
from pia_dsl.options import checks
from pia_dsl.schema import blank_instance
from pia_dsl.wareki import wareki
from toy_form import ToyAssessment, ToyConsignment, ToySection

ROOT = Path(__file__).resolve().parents[2]
ASSESSMENTS = ROOT / "assessments"
TEMPLATES = ROOT / "templates"

#: Values that must come out verbatim (XML specials, quotes, 外字 with surrogate pairs).
TRICKY = "<a> & \"b\" 'c' 「＜中間サーバー・プラットフォームにおける措置＞」 髙・﨑・𠮷"


def toy(name: str = "小児医療費助成に関する事務") -> ToyAssessment:
    """
    A small document of the toy form with every kind of value.
    """
    return ToyAssessment(
        name=name,
        published=wareki("令和7年7月18日"),
        sources=checks(Source.PERSON, (Source.OTHER_DEPARTMENT, "市民税課、生活援護課")),
        systems=(
            System(
                key="main",
                name="保健福祉総合システム",
                functions="【資格管理機能】\n・受給者台帳への登録\n・医療証の発行",
                connections=checks(Connection.ADDRESSEE, (Connection.OTHER, "中間サーバー")),
            ),
            System(
                key="mid",
                name="中間サーバー",
                functions="符号取得",
                connections=checks(Connection.NETWORK_SYSTEM),
            ),
        ),
        section=ToySection(
            consigning=Consigning.YES,
            items=(ToyConsignment(key="a", content="システムの運用・保守業務"),),
            sufficiency=Sufficiency.SUFFICIENT,
        ),
    )


def real_forms() -> dict[str, type]:
    """
    The root classes of the registered forms (juten, zenkomoku, kiso), not the toy.
    """
    return {form.value: form.root for form in Form}


def blank(form: str) -> Any:
    document = blank_instance(real_forms()[form])
    assert document is not None
    return document


def examples() -> list[tuple[str, Any]]:
    """
    Every document of every module in ``assessments/``, as ``(module_FORM, document)``.
    """
    found: list[tuple[str, Any]] = []
    for path in discover(ASSESSMENTS):
        module = load_module(path)
        for document in documents_of(module, label=str(path)):
            found.append((f"{path.stem}_{code_of(type(document))}", document))
    return found


def rewritten_package(
    path: Path,
    change: Callable[[str, bytes], Iterable[tuple[str, bytes]]],
    document: Any = None,
) -> Path:
    """
    A Word package at ``path``: ``document`` (default: a paragraph ``{{ title }}``) as
    python-docx saves it, each entry replaced by the entries ``change`` gives for it.
    """
    if document is None:
        document = docx.Document()
        document.add_paragraph("{{ title }}")
    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            for name, blob in change(info.filename, source.read(info)):
                target.writestr(name, blob)
    path.write_bytes(out.getvalue())
    return path
