"""
The first module the worker server of a batch imports (``_PRELOAD`` of
:mod:`pia_dsl.cli.render`): the code attrs generates for the classes the server imports
next (the forms, the renderer) comes from the cache of the run-set ``server``
(:mod:`pia_dsl.codecache`), written when the server exits normally (its workers, which
end with ``os._exit``, write nothing).
"""

from __future__ import annotations

import atexit

from .. import codecache

__all__: list[str] = []

if codecache.install("server") is not None:
    atexit.register(codecache.save)
