"""
Task runner for pia_dsl.

    nox -s render      # 評価書をすべて build/ に出力する (the README's main command)
    nox -s tests       # テストを実行する (the README's test command; CI runs it)
    nox -s update_layout  # レイアウトの参照画像を作り直す (after a deliberate layout change)
"""

# /// script
# dependencies = ["nox>=2025.2.9"]
# ///

from __future__ import annotations

from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["tests", "typecheck", "lint"]

PYPROJECT = nox.project.load_toml("pyproject.toml")


def _install(session: nox.Session, *groups: str) -> None:
    session.install(
        "-e", ".", *(dep for g in groups for dep in nox.project.dependency_groups(PYPROJECT, g))
    )


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (property tests with the CI profile)."""
    _install(session, "tests")
    session.run("pytest", *session.posargs, env={"HYPOTHESIS_PROFILE": "ci"})


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over src/, assessments/, tests/ and this file."""
    _install(session, "typing")
    session.run("mypy", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and format check."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def render(session: nox.Session) -> None:
    """Render every assessment in assessments/ to build/*.docx (add -- --pdf for PDFs)."""
    _install(session)
    session.run("pia", "render", *session.posargs)


@nox.session
def check(session: nox.Session) -> None:
    """Validate every assessment in assessments/."""
    _install(session)
    session.run("pia", "check", *session.posargs)


@nox.session
def changes(session: nox.Session) -> None:
    """Compute the 変更箇所: nox -s changes -- assessments/x.py --from v1."""
    _install(session)
    session.run("pia", "changes", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks: ratios against bare docxtpl and DeepDiff, written to build/bench.json."""
    _install(session, "tests")
    session.run("python", "tools/bench.py", *session.posargs)


@nox.session(default=False)
def templates(session: nox.Session) -> None:
    """Regenerate templates/*.docx from tools/make_templates.py."""
    _install(session, "tests")
    session.run("python", "tools/make_templates.py")


@nox.session(default=False)
def update_layout(session: nox.Session) -> None:
    """Regenerate the layout reference images tests/render/layout_refs/ (needs LibreOffice)."""
    _install(session)
    session.run("python", "tools/layout_refs.py", *session.posargs)


@nox.session(default=False)
def field_docs(session: nox.Session) -> None:
    """Regenerate the field docstrings (IDE hover) of the form models from their metadata."""
    _install(session)
    session.run("python", "tools/field_docs.py", *session.posargs)


@nox.session(default=False)
def publish_examples(session: nox.Session) -> None:
    """Re-record the bundled examples' snapshots (published/) after a template or renderer change."""
    _install(session)
    for module in sorted(Path("assessments").glob("*.py")):
        if module.name != "__init__.py":
            session.run("pia", "publish", "--amend", str(module))
