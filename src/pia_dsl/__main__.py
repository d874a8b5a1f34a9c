"""
``python -m pia_dsl`` runs the ``pia`` command.
"""

from .cli import main

raise SystemExit(main())
