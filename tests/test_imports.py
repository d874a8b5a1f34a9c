"""
Start-up: ``import pia_dsl`` and the light commands load only what they use (checked on
``sys.modules`` in a fresh interpreter, not timed).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import pia_dsl
from pia_process import environment

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "assessments" / "sakai_kokumin_nenkin.py"

#: Heavy third-party packages and pia_dsl's own heavy parts.
#: (``pia_dsl.forms.registry``, which the CLI reads, is light: the forms are its heavy part.)
FORMS = (
    "pia_dsl.forms.common",
    "pia_dsl.forms.juten",
    "pia_dsl.forms.kiso",
    "pia_dsl.forms.zenkomoku",
)
HEAVY = ("deepdiff", "yaml", "docxtpl", "docx", "cattrs", "jinja2", "rich", *FORMS)


def _loaded_after(code: str, cwd: Path = ROOT) -> set[str]:
    """
    The top-level names of the modules loaded after running ``code`` in a new interpreter
    (output of the code itself goes to /dev/null).
    """
    script = textwrap.dedent(
        """
        import contextlib, io, json, sys
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            try:
                exec(compile(sys.argv[1], "<test>", "exec"))
            except SystemExit:
                pass
        print(json.dumps(sorted(sys.modules)))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, code],
        cwd=cwd,
        env=environment(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=True,
    )
    names: list[str] = json.loads(done.stdout)
    return {
        name for name in names for heavy in HEAVY if name == heavy or name.startswith(heavy + ".")
    }


def _python(code: str) -> subprocess.CompletedProcess[str]:
    """``code`` run by a new interpreter (its exit code and output)."""
    return subprocess.run(
        [sys.executable, "-c", code], env=environment(), capture_output=True, text=True, check=False
    )


def _pia(*argv: str) -> str:
    return f"from pia_dsl.cli import main; main({list(argv)!r})"


@pytest.mark.parametrize(
    "code",
    [
        "import pia_dsl",
        _pia("--help"),
        _pia("check", "--help"),
        _pia("new", "--help"),
        _pia("render", "--help"),
    ],
)
def test_start_up_loads_nothing_heavy(code: str) -> None:
    assert _loaded_after(code) == set()


def test_check_of_a_module_loads_no_serialisation_renderer_or_differ() -> None:
    loaded = _loaded_after(_pia("check", str(EXAMPLE)))

    assert (
        "pia_dsl.forms.zenkomoku" in loaded
    )  # the form the module uses (and only the forms it uses)
    assert "pia_dsl.forms.juten" not in loaded
    assert not {"deepdiff", "yaml", "docxtpl", "cattrs", "jinja2"} & loaded


def test_check_loads_no_archive_or_traceback_modules() -> None:
    """
    shutil (with bz2 and lzma), traceback (with textwrap): only when used, not at start.
    """
    code = _pia("check", str(EXAMPLE)) + "\nimport json, sys; print(json.dumps(list(sys.modules)))"
    _python(code)  # writes the __pycache__ of the forms, if missing (py_compile)
    done = _python(code)
    loaded = set(json.loads(done.stdout.splitlines()[-1]))

    assert not {"shutil", "bz2", "lzma", "traceback", "textwrap"} & loaded


@pytest.mark.parametrize("argv", [("thresholds", "--help"), ("thresholds", str(EXAMPLE))])
def test_thresholds_loads_no_serialisation_renderer_or_differ(argv: tuple[str, ...]) -> None:
    loaded = _loaded_after(_pia(*argv))

    assert not {"deepdiff", "yaml", "docxtpl", "cattrs", "jinja2"} & loaded


def test_new_without_from_loads_no_yaml_renderer_or_differ(tmp_path: Path) -> None:
    loaded = _loaded_after(_pia("new", "--form", "juten", "--dir", str(tmp_path), "demo"))

    assert (tmp_path / "demo.py").is_file()
    assert not {"deepdiff", "yaml", "docxtpl", "jinja2"} & loaded


def test_json_loads_without_importing_the_forms_first(tmp_path: Path) -> None:
    """``pia_dsl.io.load`` imports the form it reads through the registry."""
    path = tmp_path / "a.json"
    path.write_text(pia_dsl.dump(pia_dsl.load(_example_json())), encoding="utf-8")
    code = f"from pia_dsl.io import load_path; from pathlib import Path; load_path(Path({str(path)!r}))"
    done = _python(code)

    assert done.returncode == 0, done.stderr


def _example_json() -> str:
    from pia_dsl.loader import load_assessment

    return pia_dsl.dump(load_assessment(EXAMPLE))


def test_every_public_name_resolves() -> None:
    """``__all__`` is unchanged and every name in it is importable (lazily)."""
    for name in pia_dsl.__all__:
        assert getattr(pia_dsl, name) is not None, name
    assert "FullConsignment" in dir(pia_dsl)
    with pytest.raises(AttributeError):
        _ = pia_dsl.no_such_name


def test_public_functions_are_not_hidden_by_their_modules() -> None:
    """``pia_dsl.wareki`` stays the function after ``pia_dsl/wareki.py`` is imported."""
    code = (
        "import pia_dsl.wareki, pia_dsl.walk, pia_dsl.validate, pia_dsl\n"
        "from pia_dsl import validate, walk, wareki\n"
        "assert callable(wareki) and callable(walk) and callable(validate)\n"
        "assert wareki is pia_dsl.wareki and wareki.__module__ == 'pia_dsl.wareki'\n"
        "assert pia_dsl.validate.__name__ == 'validate'\n"
    )
    done = _python(code)

    assert done.returncode == 0, done.stderr


def test_render_outside_git_loads_no_differ(tmp_path: Path) -> None:
    """A module without a draft against a snapshot: deepdiff stays unloaded, git is not run."""
    module = tmp_path / "m.py"
    module.write_text(
        (ROOT / "assessments" / "hibarino_yobo_sesshu.py").read_text("utf-8"), "utf-8"
    )
    out = tmp_path / "m.docx"
    code = _pia("render", str(module), "-o", str(out))
    # The 変更箇所 table is read from published/ (no git call); the differ stays unloaded.
    script = code + "\nimport sys; assert 'deepdiff' not in sys.modules"
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=environment(),
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert out.is_file()
    assert "deepdiff" not in _loaded_after(code, cwd=tmp_path)


def test_render_without_publications_loads_no_serialisation(tmp_path: Path) -> None:
    """No snapshot to read: neither cattrs nor PyYAML loads for the 変更箇所 table."""
    module = tmp_path / "m.py"
    module.write_text(
        (ROOT / "assessments" / "hibarino_yobo_sesshu.py").read_text("utf-8"), "utf-8"
    )
    loaded = _loaded_after(_pia("render", str(module), "-o", str(tmp_path / "m.docx")), tmp_path)

    assert "docxtpl" in loaded  # it did render
    assert not {"cattrs", "yaml", "deepdiff"} & loaded


def test_a_module_loads_only_the_forms_it_uses() -> None:
    """A 基礎 module builds no 重点 or 全項目 classes (derive imports them only for types)."""
    kiso = ROOT / "assessments" / "hibarino_yobo_sesshu.py"
    loaded = _loaded_after(_pia("check", str(kiso)))

    assert "pia_dsl.forms.kiso" in loaded
    assert not {"pia_dsl.forms.juten", "pia_dsl.forms.zenkomoku"} & loaded


def test_changes_functions_are_not_hidden_by_their_modules() -> None:
    """``pia_dsl.changes.compare`` stays the function after its module is imported."""
    code = (
        "import pia_dsl.changes.compare, pia_dsl.changes\n"
        "from pia_dsl.changes import compare\n"
        "assert callable(compare) and compare.__module__ == 'pia_dsl.changes.compare'\n"
    )
    done = _python(code)

    assert done.returncode == 0, done.stderr


def test_reading_json_loads_no_yaml(tmp_path: Path) -> None:
    """
    JSON — a data file, the snapshots of published/ — is read without PyYAML: rendering
    the 全項目 example (its 変更箇所 table read from its snapshots) and a JSON copy of it.
    """
    assert any((ROOT / "published" / EXAMPLE.stem).glob("*.json"))
    data = tmp_path / "a.json"
    data.write_text(_example_json(), encoding="utf-8")
    module_loaded = _loaded_after(_pia("render", str(EXAMPLE), "-o", str(tmp_path / "m.docx")))
    data_loaded = _loaded_after(_pia("render", str(data), "-o", str(tmp_path / "a.docx")))

    assert (tmp_path / "m.docx").is_file()
    assert (tmp_path / "a.docx").is_file()
    assert "cattrs" in module_loaded  # the snapshots were read
    assert "yaml" not in module_loaded
    assert "yaml" not in data_loaded
