"""
The user's cache of what pia itself derived from a template, so that the next process
neither compiles nor re-reads it.

Three kinds of entry live in one directory (``$XDG_CACHE_HOME/pia_dsl/templates``, else
``~/.cache/pia_dsl/templates``; :data:`CACHE_ENV` moves it or turns it off):

* the Jinja code the sandbox compiled from a part's source (key: the source);
* a prepared template package (:class:`TemplatePackage`, key: the SHA-256 of the template
  file), written only once the package passed :func:`.prepared.check_package`: the
  entries python-docx saved, the templated parts as docxtpl patched them, the shell of
  the document part and the core properties;
* the same package with figures embedded (:class:`Figures`, key: the template file and
  each picture's path and bytes): the entries python-docx saved and each drawing's XML.

Packages and figures are plain data (strings, bytes, integers in tuples, by
:mod:`marshal`), each value's type checked when read: nothing in them is code.

Every key also holds :func:`fingerprint` (the Python, Jinja, docxtpl, python-docx and
lxml versions and the code of the modules that produce the entries), so another version
misses.  An entry holds the SHA-256 of its body; one that does not match, has the wrong
shape, cannot be read or cannot be written is computed again, silently.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any, cast

import docx
import docxtpl
import jinja2
from attrs import frozen
from lxml import etree

from ..user_cache import cache_directory, write_cache_file
from .package import Entry
from .sandbox import Sandbox

__all__ = ["CACHE_ENV", "CompiledCache", "Figures", "Source", "TemplatePackage", "fingerprint"]

#: The environment variable that moves (a directory) or turns off (``off``) the cache.
CACHE_ENV = "PIA_TEMPLATE_CACHE"
_MAGIC = b"pia-compiled-template-2\n"


@functools.cache
def fingerprint() -> str:
    """
    What a cached entry depends on besides the template: the versions of Python, Jinja,
    docxtpl, python-docx, lxml and libxml2 (the patched and saved XML) and the code of
    the sandbox, of :mod:`.prepared` (brace handling, patching), of :mod:`.package` (the
    entries) and of this module.
    """
    from . import package, prepared, sandbox

    versions = (
        sys.version,
        jinja2.__version__,
        docxtpl.__version__,
        docx.__version__,
        str(etree.LXML_VERSION),
        str(etree.LIBXML_VERSION),
    )
    digest = hashlib.sha256("\0".join(versions).encode())
    for module in (sandbox, prepared, package, sys.modules[__name__]):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()


@frozen
class Source:
    """
    A templated XML part: its entry name, what it is (``本文``, ``ヘッダー`` …, for
    messages), its source as docxtpl patched it, and the encoding it is stored in.
    """

    name: str
    where: str
    text: str
    encoding: str


@frozen
class TemplatePackage:
    """
    Everything filling a template needs from its package: the saved ``entries``; the
    ``body`` part and the document part around it (``shell``); the other templated parts
    (headers, footers, footnotes); the core-properties part (name, content type, XML)
    and the templated document properties (name, source).
    """

    entries: tuple[Entry, ...]
    body: Source
    shell: bytes
    parts: tuple[Source, ...]
    core: tuple[str, str, bytes]
    properties: tuple[tuple[str, str], ...]

    def plain(self) -> tuple[Any, ...]:
        def source(part: Source) -> tuple[str, str, str, str]:
            return (part.name, part.where, part.text, part.encoding)

        return (
            _plain_entries(self.entries),
            source(self.body),
            self.shell,
            tuple(source(part) for part in self.parts),
            self.core,
            self.properties,
        )

    @classmethod
    def from_plain(cls, value: object) -> TemplatePackage | None:
        """
        The package that :meth:`plain` gave, or ``None`` when ``value`` has another shape.
        """
        if not _fits(value, _PLAIN):
            return None
        entries, body, shell, parts, core, properties = cast(tuple[Any, ...], value)
        return cls(
            _entries(entries),
            Source(*body),
            shell,
            tuple(Source(*part) for part in parts),
            core,
            properties,
        )


@frozen
class Figures:
    """
    A template's package with pictures embedded (their parts, relationships and content
    types added by python-docx: the saved ``entries``) and the drawing XML that each
    figure row prints, in order.
    """

    entries: tuple[Entry, ...]
    pictures: tuple[str, ...]

    def plain(self) -> tuple[Any, ...]:
        return (_plain_entries(self.entries), self.pictures)

    @classmethod
    def from_plain(cls, value: object) -> Figures | None:
        if not _fits(value, _FIGURES):
            return None
        entries, pictures = cast(tuple[Any, ...], value)
        return cls(_entries(entries), pictures)


def _plain_entries(entries: tuple[Entry, ...]) -> tuple[tuple[str, int, int, bytes], ...]:
    return tuple((entry.name, entry.crc, entry.size, entry.data) for entry in entries)


def _entries(plain: tuple[tuple[str, int, int, bytes], ...]) -> tuple[Entry, ...]:
    return tuple(Entry(*entry) for entry in plain)


#: The shapes of the plain values: a type, a tuple of shapes (that many items), or a
#: list of one shape (a tuple of any number of such items).
_ENTRIES = [(str, int, int, bytes)]
_SOURCE = (str, str, str, str)
_PLAIN = (_ENTRIES, _SOURCE, bytes, [_SOURCE], (str, str, bytes), [(str, str)])
_FIGURES = (_ENTRIES, [str])


def _fits(value: object, shape: object) -> bool:
    if isinstance(shape, type):
        return type(value) is shape
    if not isinstance(value, tuple):
        return False
    if isinstance(shape, list):
        return all(_fits(item, shape[0]) for item in value)
    assert isinstance(shape, tuple)
    return len(value) == len(shape) and all(map(_fits, value, shape))


class CompiledCache:
    """
    Compiled parts, prepared packages and packages with figures, one file per key in
    ``directory`` (``None``: no cache).
    """

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory

    @classmethod
    def default(cls) -> CompiledCache:
        directory = cache_directory(CACHE_ENV, "templates")
        return cls(None if directory is None else Path(directory))

    def key(self, environment: Sandbox, source: str) -> str:
        digest = hashlib.sha256(fingerprint().encode())
        digest.update(b"autoescape" if environment.autoescape else b"plain")
        digest.update(source.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def get(self, key: str) -> CodeType | None:
        code = self._read(key)
        return code if isinstance(code, CodeType) else None

    def put(self, key: str, code: CodeType) -> None:
        self._write(key, marshal.dumps(code))

    def package(self, data: bytes) -> TemplatePackage | None:
        """
        The prepared package of the template file ``data``, if one was stored.
        """
        return TemplatePackage.from_plain(self._read(self._package_key(data)))

    def put_package(self, data: bytes, package: TemplatePackage) -> None:
        self._write(self._package_key(data), marshal.dumps(package.plain()))

    def figures(self, data: bytes, files: list[tuple[Path, bytes]]) -> Figures | None:
        """
        The template ``data`` with the pictures ``files`` (path as given to python-docx,
        whose name the drawing records, and content) embedded, if stored.
        """
        return Figures.from_plain(self._read(self._figures_key(data, files)))

    def put_figures(self, data: bytes, files: list[tuple[Path, bytes]], figures: Figures) -> None:
        self._write(self._figures_key(data, files), marshal.dumps(figures.plain()))

    def _package_key(self, data: bytes) -> str:
        return "package-" + _digest(b"prepared package", data)

    def _figures_key(self, data: bytes, files: list[tuple[Path, bytes]]) -> str:
        named = [chunk for path, blob in files for chunk in (os.fsencode(path), blob)]
        return "figures-" + _digest(b"figures", data, *named)

    def _read(self, key: str) -> object:
        if self.directory is None:
            return None
        try:
            data = (self.directory / key).read_bytes()
        except OSError:
            return None
        head = len(_MAGIC)
        body = data[head + 64 :]
        if data[:head] != _MAGIC or data[head : head + 64] != _sha(body):
            return None
        try:
            return marshal.loads(body)
        except (EOFError, ValueError, TypeError):
            return None

    def _write(self, key: str, body: bytes) -> None:
        if self.directory is not None:
            write_cache_file(str(self.directory / key), _MAGIC + _sha(body) + body)


def _digest(kind: bytes, *chunks: bytes) -> str:
    """
    The key of an entry of ``kind`` made from ``chunks`` (each by its SHA-256).
    """
    digest = hashlib.sha256(fingerprint().encode())
    digest.update(kind + b"\0")
    for chunk in chunks:
        digest.update(hashlib.sha256(chunk).digest())
    return digest.hexdigest()


def _sha(data: bytes) -> bytes:
    return hashlib.sha256(data).hexdigest().encode()
