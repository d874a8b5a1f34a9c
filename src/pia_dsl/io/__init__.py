"""
Serialization at the edge: canonical JSON and YAML, with cattrs.

The canonical tree is plain data: field names as keys in form order, choices as their
official option text, checkbox groups as ``{option text: slot text}``, dates in 和暦,
repeated groups as lists of members (each with its ``key``).  The root carries
its form's code (:class:`~pia_dsl.forms.registry.Form`: ``"form": "juten"``) and, for a
document of an older 様式 edition, ``"edition": "平成26年４月"`` (:mod:`pia_dsl.forms.editions`).

Unknown keys and wrong values are rejected with the path and the official label.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..errors import InvalidAssessmentError
from ..forms.registry import Form, code_of, root_of

if TYPE_CHECKING:
    from ..validate.findings import Finding
    from .converter import make_converter

#: The text formats of :func:`dump` and :func:`load`.
Format = Literal["json", "yaml"]

# cattrs (.converter) and PyYAML (.yaml_text, for YAML only) load on first use, not with
# the package: the renderer and the 変更箇所 table import this package but need them only
# for snapshots (JSON: no PyYAML).

__all__ = [
    "Format",
    "dump",
    "load",
    "load_path",
    "make_converter",
    "require_types",
    "to_data",
]


def require_types(assessment: Any, *, source: str = "") -> None:
    """
    Raise :class:`InvalidAssessmentError` (naming ``source`` and every item) when a value
    of ``assessment`` does not have its field's type: such a document has no canonical form.
    """
    from ..validate.types import type_findings

    raise_wrong_types(type_findings(assessment), source=source)


def raise_wrong_types(wrong: Sequence[Finding], *, source: str = "") -> None:
    """
    Raise :class:`InvalidAssessmentError` listing the ``type`` findings ``wrong``, if any.
    """
    if wrong:
        lines = "\n".join(f"  {f}" for f in wrong)
        where = f"{source}: " if source else ""
        msg = f"{where}様式に合わない値があるため書き出せません（`pia check` で確認できます）:\n{lines}"
        raise InvalidAssessmentError(msg)


def to_data(assessment: Any, *, check_types: bool = True) -> dict[str, Any]:
    """
    The canonical plain-data tree of an assessment (what JSON and YAML hold).

    A value of the wrong type (``name=123``; a ``System`` where a tuple belongs) has no
    canonical form: :class:`InvalidAssessmentError` names the items (``check_types=False``
    for a caller that has checked them on its own walk).
    """
    from .converter import CONVERTER

    if check_types:
        require_types(assessment)
    data: dict[str, Any] = CONVERTER.unstructure(assessment)
    form = code_of(type(assessment))
    if not form:
        return data
    return {"form": form, **_edition_data(form, data.pop("edition", None)), **data}


def _edition_data(form: str, edition: Any) -> dict[str, Any]:
    """
    ``{"edition": …}`` after ``form`` for a document of an older 様式 edition; nothing for
    the current one (the default, as in a module that does not declare it).
    """
    from ..forms.editions import current_edition

    current = current_edition(form)
    if edition is None or (current is not None and edition == current.version.value):
        return {}
    return {"edition": edition}


def dump(assessment: Any, fmt: Format = "json") -> str:
    """
    Canonical JSON or YAML text of an assessment; the same model always gives the same text.
    """
    from .text import format_text

    return format_text(to_data(assessment), fmt)


def load(text: str, fmt: Format = "json", *, source: str = "<input>") -> Any:
    """
    Structure JSON or YAML text into an assessment, rejecting unknown keys and wrong values.
    """
    from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError

    from .converter import CONVERTER
    from .messages import describe
    from .text import parse_text

    data = parse_text(text, fmt, source=source)
    if not isinstance(data, dict):
        msg = f"{source}: 評価書はオブジェクト（キーと値の組）で書いてください。"
        raise InvalidAssessmentError(msg)
    form = data.pop("form", None)
    root = root_of(str(form))
    if root is None:
        known = "、".join(Form)
        msg = f'{source}: "form" には {known} のいずれかを指定してください（{form!r}）。'
        raise InvalidAssessmentError(msg)
    try:
        return CONVERTER.structure(data, root)
    except (ClassValidationError, ForbiddenExtraKeysError, ValueError, TypeError) as error:
        problems = describe(error, root)
        msg = f"{source}: 評価書の内容が様式に合いません:\n" + "\n".join(f"  {p}" for p in problems)
        raise InvalidAssessmentError(msg) from None


def load_path(path: Path) -> Any:
    """
    Load a ``.json``, ``.yaml`` or ``.yml`` file.
    """
    fmt: Format = "json" if path.suffix == ".json" else "yaml"
    try:
        # utf-8-sig: a byte order mark (as some Windows editors write) is not content.
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        msg = f"{path}: ファイルが UTF-8 ではありません（{error.start + 1} バイト目）。Shift_JIS などで保存されていませんか。UTF-8 で保存してください。"
        raise InvalidAssessmentError(msg) from None
    except OSError as error:
        msg = f"{path}: ファイルを読めません（{error.strerror}）。"
        raise InvalidAssessmentError(msg) from None
    return load(text, fmt, source=str(path))


def __getattr__(name: str) -> Any:
    """
    ``make_converter`` (from :mod:`.converter`, with cattrs) on first use.
    """
    if name == "make_converter":
        from .converter import make_converter

        return make_converter
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
