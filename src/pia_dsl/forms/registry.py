"""
The registry of the forms: the one place that lists the official forms and what each is.

>>> Form.JUTEN.label, Form.JUTEN.template
('重点項目評価書', 'juten.docx')
>>> Form("zenkomoku").official_title
'特定個人情報保護評価書（全項目評価書）'

Each :class:`Form` has its code (the enum value: what ``"form"`` holds in JSON/YAML and
snapshots, and what ``pia new --form`` takes), its name (:attr:`~Form.label`), its
printed title, its root class, its template, its rules and its 様式 editions.  Importing
this module imports none of the forms: the root class and the rules are imported when
asked for, so ``pia --help``, ``pia new`` and ``pia thresholds`` stay light.

Adding a form: write its package (root class, ``rules.RULES``), its template, and one
member with one :data:`_SPECS` row here; its 様式 editions go in :mod:`.editions`.

Forms outside the registry (the test suite's toy forms) are made known to
:func:`root_of` and :func:`code_of` with :func:`extra_form`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, TypeVar

from attrs import frozen

if TYPE_CHECKING:
    from ..validate.rules import Rule
    from .editions import Edition

__all__ = ["Form", "code_of", "extra_form", "root_of"]

T = TypeVar("T", bound=type)


class Form(enum.StrEnum):
    """
    The official forms, from the least to the most detailed.

    A member is its code (``Form.JUTEN == "juten"``, and prints as it), so a code read
    from a file or the command line is ``Form(code)``.
    """

    KISO = "kiso"
    JUTEN = "juten"
    ZENKOMOKU = "zenkomoku"

    def __repr__(self) -> str:
        """The code, as for a plain string (``sorted(required)`` prints ``['juten', 'kiso']``)."""
        return repr(self.value)

    @property
    def label(self) -> str:
        """The name of the form: 「重点項目評価書」."""
        return _SPECS[self].label

    @property
    def official_title(self) -> str:
        """The title printed on the form: 「特定個人情報保護評価書（重点項目評価書）」."""
        return f"特定個人情報保護評価書（{self.label}）"

    @property
    def template(self) -> str:
        """The file name of its Word template in ``templates/``: ``juten.docx``."""
        return f"{self.value}.docx"

    @property
    def package(self) -> str:
        """The package of its model: ``pia_dsl.forms.juten``."""
        return _SPECS[self].package

    @property
    def root(self) -> type:
        """The root class of its model (imports the form's package)."""
        root: type = getattr(import_module(self.package), _SPECS[self].root)
        return root

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Its own consistency rules, ``RULES`` of its rules module (imports it)."""
        found: tuple[Rule, ...] = import_module(f"{self.package}.rules").RULES
        return found

    @property
    def editions(self) -> tuple[Edition, ...]:
        """Its 様式 editions (:func:`pia_dsl.forms.editions.editions_of`)."""
        from .editions import editions_of

        return editions_of(self)

    @property
    def mark(self) -> str:
        """The 様式 mark of its current edition: 「[平成30年５月　様式３]」."""
        from .editions import form_mark

        return form_mark(self)

    @classmethod
    def of(cls, root: type) -> Form | None:
        """The form whose root class is ``root``; ``None`` for any other class."""
        return _BY_ROOT.get((root.__module__, root.__qualname__))


@frozen
class _Spec:
    #: The name of the form (基礎項目評価書).
    label: str
    #: The package of its model (its rules are ``<package>.rules``).
    package: str
    #: The name of its root class in ``package``.
    root: str


_SPECS: dict[Form, _Spec] = {
    Form.KISO: _Spec("基礎項目評価書", "pia_dsl.forms.kiso", "BasicAssessment"),
    Form.JUTEN: _Spec("重点項目評価書", "pia_dsl.forms.juten", "FocusedAssessment"),
    Form.ZENKOMOKU: _Spec("全項目評価書", "pia_dsl.forms.zenkomoku", "FullAssessment"),
}

_BY_ROOT = {(spec.package, spec.root): form for form, spec in _SPECS.items()}

#: Root classes of forms outside the registry, by code (see :func:`extra_form`).
_EXTRA: dict[str, type] = {}


def extra_form(code: str) -> Callable[[T], T]:
    """
    Make the root class of a form outside the registry known under ``code`` (a class
    decorator for test forms; the official forms are the members of :class:`Form`).
    """

    def register(root: T) -> T:
        if code in {form.value for form in Form}:
            msg = f"form code {code!r} is an official form's"
            raise ValueError(msg)
        _EXTRA[code] = root
        return root

    return register


def code_of(root: type) -> str:
    """
    The code of the form whose root class is ``root`` (``"juten"``); ``""`` for a class
    that is no form's root.
    """
    form = Form.of(root)
    if form is not None:
        return form.value
    return next((code for code, extra in _EXTRA.items() if extra is root), "")


def root_of(code: str) -> type | None:
    """
    The root class of the form ``code`` (importing its package); ``None`` for an
    unknown code.
    """
    if code in _EXTRA:
        return _EXTRA[code]
    try:
        return Form(code).root
    except ValueError:
        return None
