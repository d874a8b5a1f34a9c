"""
``python -m pia_dsl`` runs the ``pia`` command.
"""

from .cli import console

raise SystemExit(console())
