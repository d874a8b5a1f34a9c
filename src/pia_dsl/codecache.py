"""
The code that attrs and cattrs generate for the classes of pia_dsl (and of attrs itself),
kept on disk between runs of ``pia``, like ``__pycache__`` for a module.

attrs writes the methods of each class (``__init__``, ``__eq__``, ``__hash__``,
``__repr__`` …) as Python source and compiles it with the builtin :func:`compile`: for the
classes of the forms that is ≈ 45 ms of every start of ``pia``.  cattrs does the same for
its (un)structure functions.  :func:`install` gives ``attr._make`` and ``cattrs.gen``, as
their global ``compile``, a function that serves the code of a class of :data:`CACHED` (a
file name such as ``<attrs generated methods pia_dsl.forms.common.Cover>``) from the
cache: the code object that the builtin compiled from exactly that source text, file
name and flags, with this same Python and that same library file.  Anything else goes
to the builtin.  The cache holds nothing but code that pia itself compiled; nothing is
read from the project.

One file per run-set (``check``, ``render``, the worker ``server`` …) in the user's cache
directory (``$XDG_CACHE_HOME/pia_dsl/code``, else ``~/.cache/pia_dsl/code``;
:data:`CACHE_ENV` moves it or turns it off): read once at the first class, written once
by :func:`save` if something was compiled.  A file that cannot be read, does not match
its checksum or was written by another Python is ignored (and rewritten), silently.

attrs puts ``hash()`` of a string, which differs in every process, in the source of
``__hash__``: the entry is keyed with that number replaced by a marker, and this
process's number is put into the code's constants (only the end column of that literal,
in the code's table of positions, stays the compiled one).  :func:`install` is for the
processes of ``pia`` only (``import pia_dsl`` changes nothing); a library that stops
calling ``compile`` this way, or has a ``compile`` of its own, is left as it is.
"""

from __future__ import annotations
import __future__

import builtins
import marshal
import os
import sys
from types import CodeType, ModuleType

from . import user_cache

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

__all__ = [
    "CACHED",
    "CACHE_ENV",
    "HOOKED",
    "CodeCache",
    "cache_directory",
    "hook",
    "install",
    "installed",
    "save",
]

#: The environment variable that moves (a directory) or turns off (``off``) the cache.
CACHE_ENV = "PIA_CODE_CACHE"
#: The modules whose generated code is served: they call the builtin ``compile`` by name.
HOOKED = ("attr._make", "cattrs.gen")
#: The parts of a generated file name that name a class of pia_dsl or of attrs itself
#: (``<attrs generated methods pia_dsl.forms.common.Cover>``): their code is cached.
CACHED = (" pia_dsl.", " attr.")
_MAGIC = b"pia-generated-code-1\n"
#: What compiled code depends on besides its source, file name and flags.
_PYTHON = f"{sys.version}\0{sys.implementation.cache_tag}\0{sys.flags.optimize}".encode()
#: The ``from __future__`` flags that ``compile`` inherits from its caller (not
#: ``nested_scopes``: its flag is also that of any nested function, and always on).
_FUTURE = 0
for _name in __future__.all_feature_names:
    _FUTURE |= getattr(__future__, _name).compiler_flag
_FUTURE &= ~__future__.nested_scopes.compiler_flag
_HASH_MARK = " <attrs type hash>,\n"

#: An entry (by file name): the library's identity, the flags, the source (type hash
#: marked), the marshalled code, the type hash it holds and where in its constants (see
#: :func:`_found`); read back unchecked, as ``object``.
Entry = tuple[str, int, str, bytes, int, tuple[int, ...]]


def cache_directory() -> str | None:
    """
    The directory of the cache (``None``: turned off by :data:`CACHE_ENV`).
    """
    return user_cache.cache_directory(CACHE_ENV, "code")


class CodeCache:
    """
    The generated code of one run-set, in the file ``path``: read at the first lookup,
    written by :meth:`save` when something was compiled.  ``hits`` and ``compiled`` count
    the code served from the file and compiled by this process.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.hits = 0
        self.compiled = 0
        self._entries: dict[str, object] | None = None
        self._unsaved = False

    def compile(self, source: str, filename: str, flags: int, library: str) -> CodeType:
        """
        The code of ``compile(source, filename, "exec", flags, dont_inherit=True)``.
        """
        entries = self._load()
        marked, type_hash = _mark_type_hash(source, filename)
        entry = entries.get(filename)
        if isinstance(entry, tuple) and len(entry) == 6 and entry[:3] == (library, flags, marked):
            cached = _code(entry[3], entry[4], entry[5], type_hash)
            if cached is not None:
                self.hits += 1
                return cached
        code: CodeType = builtins.compile(source, filename, "exec", flags, True)
        found = _found(code, type_hash) if type_hash else []
        where = found[0] if len(found) == 1 else ()
        new: Entry = (library, flags, marked, marshal.dumps(code), type_hash, where)
        entries[filename] = new
        self.compiled += 1
        self._unsaved = True
        return code

    def save(self) -> None:
        """
        Write the file if this process compiled something (atomically; a failure is
        silent: the next run compiles again).
        """
        if not self._unsaved or self._entries is None:
            return
        body = marshal.dumps(self._entries)
        if user_cache.write_cache_file(self.path, _header() + _checksum(body) + body):
            self._unsaved = False

    def _load(self) -> dict[str, object]:
        if self._entries is None:
            self._entries = _read(self.path)
        return self._entries


def _header() -> bytes:
    return _MAGIC + _PYTHON + b"\n"


#: The checksum of a file's body: its length and CRC-32, against damage and truncation
#: (the file is trusted like ``__pycache__``; ``zlib`` loads in ≈ 0.1 ms, while ``hashlib``
#: would load OpenSSL: ≈ 4 ms, 1.5 % of ``pia check``).
_CHECKSUM_SIZE = 12


def _checksum(body: bytes) -> bytes:
    import zlib

    return len(body).to_bytes(8, "big") + zlib.crc32(body).to_bytes(4, "big")


def _read(path: str) -> dict[str, object]:
    """
    The entries of the file ``path``; none if it is missing, damaged or from another Python.
    """
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError:
        return {}
    header = _header()
    start = len(header) + _CHECKSUM_SIZE
    if not data.startswith(header) or data[len(header) : start] != _checksum(data[start:]):
        return {}
    body = data[start:]
    try:
        entries = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _mark_type_hash(source: str, filename: str) -> tuple[str, int]:
    """
    ``source`` with the number attrs' ``__hash__`` starts from (``hash()`` of a string,
    different in every process) replaced by a marker, and that number (0: none).
    """
    prefix = "<attrs generated "
    if not filename.startswith(prefix) or " " not in filename[len(prefix) :]:
        return source, 0
    name = filename[len(prefix) :].split(" ", 1)[1]
    base, dash, count = name[:-1].rpartition("-")
    if dash and count.isdigit():  # attrs' "-2>" for a second class of the same name
        name = base + ">"
    type_hash = hash(f"{prefix}hash {name}")
    number = f" {type_hash},\n"
    if source.count(number) != 1:
        return source, 0
    return source.replace(number, _HASH_MARK), type_hash


def _code(data: object, cached_hash: object, where: object, type_hash: int) -> CodeType | None:
    """
    The code in ``data`` with the type hash it was compiled with (``cached_hash``, at
    ``where`` in its constants) replaced by this process's (``None``: not so, or not code).
    """
    if not isinstance(data, bytes):
        return None
    try:
        code = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(code, CodeType):
        return None
    if cached_hash == type_hash:
        return code
    if type(cached_hash) is not int or type(where) is not tuple or not where:
        return None
    try:
        replaced = _put(code, where, cached_hash, type_hash)
    except (IndexError, TypeError):
        return None
    return replaced if isinstance(replaced, CodeType) else None


def _found(value: object, number: int) -> list[tuple[int, ...]]:
    """
    Where the integer ``number`` is in ``value`` (a code object and its constants, such
    as the tuple ``(number,)`` of a class without fields): the index in each.
    """
    if type(value) is int:
        return [()] if value == number else []
    items = value.co_consts if isinstance(value, CodeType) else value
    if type(items) is not tuple:
        return []
    return [(index, *inner) for index, item in enumerate(items) for inner in _found(item, number)]


def _put(value: object, where: tuple[int, ...], old: int, new: int) -> object:
    """
    ``value`` with ``new`` at ``where`` (see :func:`_found`), which must hold ``old``.
    """
    if not where:
        if type(value) is not int or value != old:
            raise TypeError(value)
        return new
    items = list(value.co_consts if isinstance(value, CodeType) else value)  # type: ignore[call-overload]
    items[where[0]] = _put(items[where[0]], where[1:], old, new)
    return value.replace(co_consts=tuple(items)) if isinstance(value, CodeType) else tuple(items)


# ---------------------------------------------------------------------------
# The hook
# ---------------------------------------------------------------------------

#: The cache of this process, once :func:`install` ran.
_cache: CodeCache | None = None


def installed() -> CodeCache | None:
    """
    The cache :func:`install` installed in this process, if any.
    """
    return _cache


def install(run_set: str) -> CodeCache | None:
    """
    Serve the generated code of :data:`CACHED` from the cache of ``run_set`` in this
    process (once; nothing when the cache is turned off).  The libraries of
    :data:`HOOKED` need not be imported yet: each is hooked as it is imported.
    """
    global _cache  # noqa: PLW0603 - one cache per process
    if _cache is not None:
        return _cache
    directory = cache_directory()
    if directory is None:
        return None
    _cache = cache = CodeCache(os.path.join(directory, f"{run_set}.code"))
    waiting = [name for name in HOOKED if not _hook_if_loaded(name, cache)]
    if waiting:
        sys.meta_path.insert(0, _HookOnImport(waiting, cache))
    return cache


def save() -> None:
    """
    Write this process's cache (see :meth:`CodeCache.save`), if installed.
    """
    if _cache is not None:
        _cache.save()


def _hook_if_loaded(name: str, cache: CodeCache) -> bool:
    module = sys.modules.get(name)
    if module is None:
        return False
    hook(module, cache)
    return True


def hook(module: ModuleType, cache: CodeCache) -> None:
    """
    Make ``module``'s global ``compile`` serve the generated code of pia_dsl's and attrs'
    classes from ``cache``; a module that has a ``compile`` of its own is left as it is.
    """
    if "compile" not in vars(module):
        module.compile = _compile_for(module, cache)  # type: ignore[attr-defined]


def _compile_for(module: ModuleType, cache: CodeCache) -> Callable[..., Any]:
    """
    The builtin ``compile`` as ``module`` calls it (with its future flags), served from
    ``cache`` for the generated code of a class of :data:`CACHED`.
    """
    library = _library(module)

    def compile(  # noqa: PLR0917 - the builtin's signature
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **options: Any,
    ) -> Any:
        if not dont_inherit:  # the builtin inherits its caller's future flags
            flags |= sys._getframe(1).f_code.co_flags & _FUTURE
        if (
            mode == "exec"
            and type(source) is str
            and type(filename) is str
            and any(marker in filename for marker in CACHED)
            and not flags & ~_FUTURE
            and optimize == -1
            and not options
        ):
            return cache.compile(source, filename, flags, library)
        return builtins.compile(source, filename, mode, flags, True, optimize, **options)

    return compile


def _library(module: ModuleType) -> str:
    """
    Which code of the library is compiling: its file, with its size and time.
    """
    path = getattr(module, "__file__", None) or module.__name__
    try:
        status = os.stat(path)
    except OSError:
        return path
    return f"{path}\0{status.st_size}\0{status.st_mtime_ns}"


class _HookOnImport:
    """
    A finder on :data:`sys.meta_path` that hooks each waiting module as it is imported
    (it finds nothing itself: the next finders do).
    """

    def __init__(self, names: list[str], cache: CodeCache) -> None:
        self.names = names
        self.cache = cache

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname not in self.names:
            return None
        self.names.remove(fullname)
        if not self.names:
            sys.meta_path.remove(self)
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            if finder is self or find is None:
                continue
            spec = find(fullname, path, target)
            if spec is not None:
                _hook_on_exec(spec, self.cache)
                return spec
        return None


def _hook_on_exec(spec: Any, cache: CodeCache) -> None:
    from importlib.machinery import SourceFileLoader, SourcelessFileLoader

    loader = spec.loader
    if not isinstance(loader, (SourceFileLoader, SourcelessFileLoader)):
        return
    execute: Callable[[ModuleType], None] = loader.exec_module

    def exec_module(module: ModuleType) -> None:
        # Before its code runs, so that the classes the module itself defines are served
        # too; a ``compile`` the module defines replaces this one.
        module.compile = _compile_for(module, cache)  # type: ignore[attr-defined]
        execute(module)

    loader.exec_module = exec_module  # type: ignore[method-assign]
