"""
The registry of the forms' root classes by their ``FORM`` name (``"juten"`` →
:class:`~pia_dsl.forms.juten.FocusedAssessment`), filled by each form package on import.

It lives apart from :mod:`pia_dsl.io` so that loading the forms (every assessment module
does) does not load serialisation (cattrs, YAML).  A module imports only the forms it
uses; reading the registry (``ROOTS["juten"]``, ``"kiso" in ROOTS``, iterating) imports
every form first, so that a lookup never misses a form merely not imported yet.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping

__all__ = ["FORM_PACKAGES", "ROOTS"]

#: The packages of the official forms, each registering its root class on import.
FORM_PACKAGES = ("pia_dsl.forms.juten", "pia_dsl.forms.kiso", "pia_dsl.forms.zenkomoku")


class _Roots(MutableMapping[str, type]):
    """
    Root classes by ``FORM`` name; every read first imports :data:`FORM_PACKAGES`.
    """

    def __init__(self) -> None:
        self._roots: dict[str, type] = {}
        self._loading = False

    def _load(self) -> None:
        if self._loading:
            return
        self._loading = True  # stays set: the packages import once per process
        from importlib import import_module

        for package in FORM_PACKAGES:
            import_module(package)

    def __getitem__(self, form: str) -> type:
        self._load()
        return self._roots[form]

    def __setitem__(self, form: str, root: type) -> None:
        self._roots[form] = root

    def __delitem__(self, form: str) -> None:
        del self._roots[form]

    def __iter__(self) -> Iterator[str]:
        self._load()
        return iter(self._roots)

    def __len__(self) -> int:
        self._load()
        return len(self._roots)

    def __contains__(self, form: object) -> bool:
        self._load()
        return form in self._roots


#: Root classes by their ``form`` name; filled by the form packages.
ROOTS: MutableMapping[str, type] = _Roots()
