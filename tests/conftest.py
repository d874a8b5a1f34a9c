"""
Shared test configuration: hypothesis profiles; compiled templates and the code attrs
generates cached in temporary directories of the run (not the user's cache), for the
processes the tests start too.

``HYPOTHESIS_PROFILE=ci`` (set by ``nox -s tests``) runs 200 examples per property,
derandomized so CI is reproducible; the default "dev" profile is quicker.
"""

from __future__ import annotations

import os
import tempfile

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=200,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "dev",
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

os.environ.setdefault("PIA_TEMPLATE_CACHE", tempfile.mkdtemp(prefix="pia-test-templates-"))
os.environ.setdefault("PIA_CODE_CACHE", tempfile.mkdtemp(prefix="pia-test-code-"))
