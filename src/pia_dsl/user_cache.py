"""
The user's cache directories of pia and the writing of one cache file.

Each cache lives in ``$XDG_CACHE_HOME/pia_dsl/<kind>`` (else ``~/.cache/pia_dsl/<kind>``)
and has an environment variable that moves it (a directory) or turns it off (``off``,
``0`` or empty): ``PIA_TEMPLATE_CACHE`` (:mod:`pia_dsl.render.template_cache`),
``PIA_CODE_CACHE`` (:mod:`pia_dsl.codecache`).  A cache file that cannot be written is
simply computed again next time, so writing never fails loudly.

This module imports only :mod:`os`: the code cache uses it at every start of ``pia``.
"""

from __future__ import annotations

import os

__all__ = ["cache_directory", "write_cache_file"]


def cache_directory(variable: str, kind: str) -> str | None:
    """
    The directory of the cache ``kind``, as the environment ``variable`` sets it
    (``None``: turned off).
    """
    setting = os.environ.get(variable)
    if setting is not None:
        return None if setting.strip().lower() in {"", "0", "off"} else setting
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "pia_dsl", kind)


def write_cache_file(path: str, data: bytes) -> bool:
    """
    Write ``data`` to ``path`` atomically (a temporary file in its directory, then
    :func:`os.replace`); ``False`` when the system refuses, with no temporary file left.
    """
    import tempfile

    directory = os.path.dirname(path)
    try:
        os.makedirs(directory, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".tmp-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        return False
    return True
