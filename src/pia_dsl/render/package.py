"""
Byte-identical .docx files.

python-docx stamps every zip entry with the current time, and Word-oriented tools write
the creation and modification times into ``docProps/core.xml``.  :func:`normalize_docx`
rewrites a package with fixed entry times, attributes and compression, keeping the entry
order (``[Content_Types].xml`` first), so that the same input always gives the same bytes.

The entries python-docx writes are already deflated at zlib's default level (6), so the
compressed data is copied as is and only the headers are rewritten — the same bytes that
:mod:`zipfile` writes when it recompresses them at level 6, without compressing the
document a second time.  Any other package (stored or encrypted entries, ZIP64) goes
through :mod:`zipfile`.  :func:`write_package` writes such a package from :class:`Entry`
values, which is how :mod:`.prepared` reuses the compressed bytes of the parts that never
change and deflates only the filled ones (:func:`deflated`).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from typing import Any, TypeVar

from attrs import frozen

T = TypeVar("T")

__all__ = ["ZIP_EPOCH", "Entry", "deflated", "normalize_docx", "read_entries", "write_package"]

#: The timestamp of every zip entry (the earliest a zip file can hold).
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)

_DOS_DATE = (ZIP_EPOCH[0] - 1980) << 9 | ZIP_EPOCH[1] << 5 | ZIP_EPOCH[2]
_DOS_TIME = ZIP_EPOCH[3] << 11 | ZIP_EPOCH[4] << 5 | ZIP_EPOCH[5] // 2
_VERSION = 20  # zipfile's DEFAULT_VERSION: deflate, no ZIP64
_UNIX = 3
_MODE = 0o644 << 16
_UTF8_NAME = 0x800
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_LIMIT = 0xFFFF_FFFF


def _order(items: list[T]) -> list[T]:
    return sorted(items, key=lambda item: _filename(item) != "[Content_Types].xml")


def _filename(item: Any) -> str:
    return str(item.filename if isinstance(item, zipfile.ZipInfo) else item.name)


def _name(filename: str) -> tuple[bytes, int]:
    try:
        return filename.encode("ascii"), 0
    except UnicodeEncodeError:
        return filename.encode("utf-8"), _UTF8_NAME


def _raw(data: bytes, info: zipfile.ZipInfo) -> bytes | None:
    """
    The compressed bytes of an entry, or ``None`` when they cannot be copied as is.
    """
    if (
        info.compress_type != zipfile.ZIP_DEFLATED
        or info.flag_bits & 0x1  # encrypted
        or max(info.file_size, info.compress_size, info.header_offset) >= _LIMIT
    ):
        return None
    offset = info.header_offset
    if data[offset : offset + 4] != b"PK\x03\x04":
        return None
    name_length, extra_length = struct.unpack_from("<2H", data, offset + 26)
    start = offset + 30 + name_length + extra_length
    raw = data[start : start + info.compress_size]
    return raw if len(raw) == info.compress_size else None


@frozen
class Entry:
    """
    One entry of a package: its name and deflated data (level 6, as :mod:`zipfile`).
    """

    name: str
    crc: int
    size: int
    data: bytes


def deflated(name: str, blob: bytes) -> Entry:
    """
    The entry ``name`` holding ``blob``, compressed as :mod:`zipfile` does at level 6.
    """
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    data = compressor.compress(blob) + compressor.flush()
    return Entry(name, zlib.crc32(blob), len(blob), data)


def _headers(entry: Entry, offset: int) -> tuple[bytes, bytes]:
    """
    The local header and the central directory record of an entry, as :mod:`zipfile`
    writes them for ``ZipInfo(name, date_time=ZIP_EPOCH)`` deflated at ``offset``.
    """
    name, flags = _name(entry.name)
    common = (flags, zipfile.ZIP_DEFLATED, _DOS_TIME, _DOS_DATE, entry.crc)
    sizes = (len(entry.data), entry.size, len(name))
    local = _LOCAL.pack(b"PK\x03\x04", _VERSION, 0, *common, *sizes, 0)
    central = _CENTRAL.pack(
        b"PK\x01\x02", _VERSION, _UNIX, _VERSION, 0, *common, *sizes, 0, 0, 0, 0, _MODE, offset
    )
    return local + name, central + name


def write_package(entries: list[Entry]) -> bytes | None:
    """
    The package of ``entries`` (``[Content_Types].xml`` first, then in their order) with
    fixed metadata, or ``None`` when it would need ZIP64.
    """
    out = io.BytesIO()
    central: list[bytes] = []
    for entry in _order(entries):
        if max(entry.size, len(entry.data), out.tell()) >= _LIMIT:
            return None
        local, record = _headers(entry, out.tell())
        out.write(local)
        out.write(entry.data)
        central.append(record)
    start = out.tell()
    directory = b"".join(central)
    if start + len(directory) >= _LIMIT or len(entries) >= 0xFFFF:
        return None
    out.write(directory)
    out.write(_END.pack(b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), start, 0))
    return out.getvalue()


def read_entries(data: bytes) -> list[Entry] | None:
    """
    The entries of the package ``data`` with their compressed data as is, or ``None``
    when one cannot be copied (stored, encrypted, ZIP64) or a name occurs twice.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        infos = source.infolist()
    if len({info.filename for info in infos}) != len(infos):
        return None
    entries = []
    for info in infos:
        raw = _raw(data, info)
        if raw is None:
            return None
        entries.append(Entry(info.filename, info.CRC, info.file_size, raw))
    return entries


def _recompress(source: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as target:
        for entry in infos:
            info = zipfile.ZipInfo(entry.filename, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = _UNIX
            info.external_attr = _MODE
            target.writestr(info, source.read(entry), compresslevel=6)
    return out.getvalue()


def normalize_docx(data: bytes) -> bytes:
    """
    The same package with deterministic zip metadata.
    """
    entries = read_entries(data)
    copied = write_package(entries) if entries is not None else None
    if copied is not None:
        return copied
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        return _recompress(source, _order(source.infolist()))
