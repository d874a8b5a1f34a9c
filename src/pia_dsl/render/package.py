"""
Byte-identical .docx files.

python-docx stamps every zip entry with the current time, and Word-oriented tools write
the creation and modification times into ``docProps/core.xml``.  :func:`normalize_docx`
rewrites a package with fixed entry times, attributes and compression, keeping the entry
order (``[Content_Types].xml`` first), so that the same input always gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile

__all__ = ["ZIP_EPOCH", "normalize_docx"]

#: The timestamp of every zip entry (the earliest a zip file can hold).
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def normalize_docx(data: bytes) -> bytes:
    """
    The same package with deterministic zip metadata.
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    order = sorted(names, key=lambda n: (n != "[Content_Types].xml", names.index(n)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as target:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name), compresslevel=6)
    return out.getvalue()
