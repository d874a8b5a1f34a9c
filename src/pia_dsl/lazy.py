"""
Packages whose public names are imported on first use (``pia_dsl``, ``pia_dsl.changes``).

A public function may be named like the submodule that defines it (``pia_dsl.wareki`` the
function, ``pia_dsl/wareki.py`` the module).  Importing that submodule binds it as an
attribute of the package, which would hide the function: :func:`lazy_package` makes the
package skip such a binding.
"""

from __future__ import annotations

import sys
import types
from importlib import import_module

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (≈ 13 % of `pia --help`)
if TYPE_CHECKING:
    from typing import Any

__all__ = ["lazy_package"]


class _Package(types.ModuleType):
    """
    A package module that does not let a submodule hide a public name of the same name.
    """

    _shadowed: frozenset[str] = frozenset()

    def __setattr__(self, name: str, value: Any) -> None:
        if name in type(self)._shadowed and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


def lazy_package(name: str, names: dict[str, tuple[str, str]]) -> Any:
    """
    Make the package ``name`` import each of ``names`` (public name -> (module, attribute))
    on first use; returns its module ``__getattr__``.
    """
    package = sys.modules[name]
    shadowed = frozenset(n for n, (module, _) in names.items() if module == f".{n}")
    package.__class__ = type("Package", (_Package,), {"_shadowed": shadowed})

    def __getattr__(attribute: str) -> Any:
        if attribute in names:
            module, found = names[attribute]
            value = getattr(import_module(module, name), found)
            vars(package)[attribute] = value
            return value
        msg = f"module {name!r} has no attribute {attribute!r}"
        raise AttributeError(msg)

    return __getattr__
