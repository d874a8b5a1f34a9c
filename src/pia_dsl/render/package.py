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
through :mod:`zipfile`.
"""

from __future__ import annotations

import io
import struct
import zipfile

__all__ = ["ZIP_EPOCH", "normalize_docx"]

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


def _order(infos: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
    return sorted(infos, key=lambda info: info.filename != "[Content_Types].xml")


def _name(info: zipfile.ZipInfo) -> tuple[bytes, int]:
    try:
        return info.filename.encode("ascii"), 0
    except UnicodeEncodeError:
        return info.filename.encode("utf-8"), _UTF8_NAME


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


def _headers(info: zipfile.ZipInfo, offset: int) -> tuple[bytes, bytes]:
    """
    The local header and the central directory record of an entry, as :mod:`zipfile`
    writes them for ``ZipInfo(name, date_time=ZIP_EPOCH)`` deflated at ``offset``.
    """
    name, flags = _name(info)
    common = (flags, zipfile.ZIP_DEFLATED, _DOS_TIME, _DOS_DATE, info.CRC)
    sizes = (info.compress_size, info.file_size, len(name))
    local = _LOCAL.pack(b"PK\x03\x04", _VERSION, 0, *common, *sizes, 0)
    central = _CENTRAL.pack(
        b"PK\x01\x02", _VERSION, _UNIX, _VERSION, 0, *common, *sizes, 0, 0, 0, 0, _MODE, offset
    )
    return local + name, central + name


def _copy(data: bytes, infos: list[zipfile.ZipInfo]) -> bytes | None:
    """
    The package with the compressed data copied and new headers, or ``None`` when an
    entry cannot be copied.
    """
    out = io.BytesIO()
    central: list[bytes] = []
    for info in infos:
        raw = _raw(data, info)
        if raw is None:
            return None
        local, record = _headers(info, out.tell())
        out.write(local)
        out.write(raw)
        central.append(record)
    start = out.tell()
    directory = b"".join(central)
    if start + len(directory) >= _LIMIT or len(infos) >= 0xFFFF:
        return None
    out.write(directory)
    out.write(_END.pack(b"PK\x05\x06", 0, 0, len(infos), len(infos), len(directory), start, 0))
    return out.getvalue()


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
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        infos = _order(source.infolist())
        copied = _copy(data, infos) if len({i.filename for i in infos}) == len(infos) else None
        return copied if copied is not None else _recompress(source, infos)
