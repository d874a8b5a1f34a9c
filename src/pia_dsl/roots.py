"""
The registry of the forms' root classes by their ``FORM`` name (``"juten"`` →
:class:`~pia_dsl.forms.juten.FocusedAssessment`), filled by :mod:`pia_dsl.forms` on import.

It lives apart from :mod:`pia_dsl.io` so that loading the forms (every assessment module
does) does not load serialisation (cattrs, YAML).
"""

from __future__ import annotations

__all__ = ["ROOTS"]

#: Root classes by their ``form`` name; filled by :mod:`pia_dsl.forms`.
ROOTS: dict[str, type] = {}
