"""
Tests for pia_dsl.codecache: the code attrs and cattrs generate for pia_dsl's classes,
served from the cache only when it is exactly what the builtin ``compile`` would give;
counted (hits and compilations), never timed.
"""

from __future__ import annotations
import __future__

import ast
import builtins
import importlib
import marshal
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest

from pia_dsl import codecache
from pia_dsl.cli import render
from pia_process import environment

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "assessments" / "sakai_kokumin_nenkin.py"
OURS = "<attrs generated methods pia_dsl.probe.Thing>"
SCRIPT = "def answer():\n    return 42\n"
#: Prints, after ``pia ARGV``, how many generated codes the cache served and compiled.
COUNTED = textwrap.dedent(
    """
    import sys
    from pia_dsl import codecache
    from pia_dsl.cli import main
    code = main(sys.argv[1:])
    cache = codecache.installed()
    print(f"cache {cache.hits} {cache.compiled}", file=sys.stderr)
    raise SystemExit(code)
    """
)


def _python(
    code: str, *argv: str, cache: Path | str, seed: str = "0", **extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *argv],
        env=environment(PIA_CODE_CACHE=str(cache), PYTHONHASHSEED=seed, **extra),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
        cwd=ROOT,
    )


def _counted(done: subprocess.CompletedProcess[str]) -> tuple[int, int]:
    _word, hits, compiled = done.stderr.strip().splitlines()[-1].split()
    return int(hits), int(compiled)


def test_a_warm_check_loads_every_class_from_the_cache_with_the_same_findings(
    tmp_path: Path,
) -> None:
    """
    The second ``pia check`` (another process, another hash seed) compiles nothing and
    reports exactly what the first did.
    """
    argv = ("check", "--format", "json", str(EXAMPLE))
    cold = _python(COUNTED, *argv, cache=tmp_path, seed="1")
    warm = _python(COUNTED, *argv, cache=tmp_path, seed="2")

    cold_hits, compiled = _counted(cold)
    assert (cold_hits, warm.returncode, warm.stdout) == (0, cold.returncode, cold.stdout)
    assert compiled > 100  # the classes of the forms the module uses
    assert _counted(warm) == (compiled, 0)
    names = codecache._read(str(tmp_path / "check.code"))
    assert "<attrs generated methods pia_dsl.forms.common.Cover>" in names
    assert "<attrs generated methods attr.validators._InstanceOfValidator>" in names
    assert "<attrs generated __hash__ attr._make.Attribute>" in names  # made as attrs loads


def test_the_structure_functions_of_cattrs_are_cached_too(tmp_path: Path) -> None:
    document = tmp_path / "document.json"
    dumped = _python("from pia_dsl.cli import main; main()", "dump", str(EXAMPLE), cache="off")
    document.write_text(dumped.stdout, encoding="utf-8")
    cold = _python(COUNTED, "check", str(document), cache=tmp_path / "code", seed="1")
    warm = _python(COUNTED, "check", str(document), cache=tmp_path / "code", seed="2")

    entries = codecache._read(str(tmp_path / "code" / "check.code"))
    assert any(name.startswith("<cattrs generated structure pia_dsl.") for name in entries)
    assert _counted(warm) == (sum(_counted(cold)), 0)  # cattrs makes some functions twice
    assert warm.stdout == cold.stdout


#: A class of pia_dsl made in a throw-away module: its fields from argv, checked.
PROBE = textwrap.dedent(
    """
    import sys
    from pia_dsl import codecache
    if sys.argv[2] == "install-first":
        cache = codecache.install("probe")
    import attrs
    if sys.argv[2] == "import-first":
        cache = codecache.install("probe")
    fields = [f for f in sys.argv[1].split(",") if f]
    hits, compiled = cache.hits, cache.compiled
    namespace = {"__module__": "pia_dsl.probe", "__annotations__": {f: "int" for f in fields}}
    Thing = attrs.frozen(kw_only=True)(type("Thing", (), namespace))
    thing = Thing(**{f: i for i, f in enumerate(fields)})
    assert [f.name for f in attrs.fields(Thing)] == fields
    assert repr(thing) == "Thing(" + ", ".join(f"{f}={i}" for i, f in enumerate(fields)) + ")"
    assert thing == Thing(**{f: i for i, f in enumerate(fields)})
    type_hash = hash("<attrs generated hash pia_dsl.probe.Thing>")
    assert hash(thing) == hash((type_hash, *range(len(fields))))
    codecache.save()
    print(f"cache {cache.hits - hits} {cache.compiled - compiled}", file=sys.stderr)
    """
)


@pytest.mark.parametrize("order", ["install-first", "import-first"])
def test_a_changed_class_is_compiled_again(tmp_path: Path, order: str) -> None:
    """
    The same class in a new process (another hash seed: its ``__hash__`` holds another
    number) comes from the cache; with one more field it is compiled again; without
    fields (the number in a constant tuple) too.
    """
    runs = [("a,b", "1"), ("a,b", "2"), ("a,b,c", "3"), ("a,b,c", "4"), ("", "5"), ("", "6")]
    done = [_python(PROBE, fields, order, cache=tmp_path, seed=seed) for fields, seed in runs]

    assert [run.returncode for run in done] == [0] * len(runs), done[-1].stderr
    assert [_counted(run) for run in done] == [(0, 1), (1, 0)] * 3


def test_import_pia_dsl_alone_does_not_hook_attrs_or_cattrs(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """
        import sys
        import pia_dsl, pia_dsl.forms.zenkomoku, pia_dsl.io.converter
        import attr._make, cattrs.gen
        from pia_dsl import codecache
        assert codecache.installed() is None
        assert "compile" not in vars(attr._make) and "compile" not in vars(cattrs.gen)
        assert not [f for f in sys.meta_path if type(f).__module__ == "pia_dsl.codecache"]
        """
    )
    done = _python(code, cache=tmp_path)

    assert done.returncode == 0, done.stderr
    assert list(tmp_path.iterdir()) == []


def test_off_writes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    code = textwrap.dedent(
        f"""
        import attr._make
        from pia_dsl import codecache
        from pia_dsl.cli import main
        main(["check", {str(EXAMPLE)!r}])
        assert codecache.installed() is None
        assert "compile" not in vars(attr._make)
        """
    )
    done = _python(code, cache="off", XDG_CACHE_HOME=str(home), HOME=str(home))

    assert done.returncode == 0, done.stderr
    assert not home.exists()


def test_the_default_directory_is_in_the_users_cache(tmp_path: Path) -> None:
    environment_ = environment(XDG_CACHE_HOME=str(tmp_path))
    del environment_["PIA_CODE_CACHE"]
    subprocess.run(
        [sys.executable, "-m", "pia_dsl", "check", str(EXAMPLE)],
        env=environment_,
        capture_output=True,
        timeout=300,
        check=False,
    )

    assert (tmp_path / "pia_dsl" / "code" / "check.code").is_file()


def test_the_worker_server_installs_the_cache_first_and_saves_it_at_exit(tmp_path: Path) -> None:
    assert render._PRELOAD[0] == "pia_dsl.cli.preload"
    done = _python("import pia_dsl.cli.preload, pia_dsl.forms.kiso", cache=tmp_path)

    assert done.returncode == 0, done.stderr
    assert codecache._read(str(tmp_path / "server.code"))


# ---------------------------------------------------------------------------
# The hook on a library module (in this process, on a module made for the test)
# ---------------------------------------------------------------------------

LIBRARY = textwrap.dedent(
    """
    from __future__ import annotations

    def generate(script, filename, mode="exec"):
        namespace = {}
        eval(compile(script, filename, mode), namespace)
        return namespace

    def compiled(script, filename):
        return compile(script, filename, "exec")

    def nested(script, filename):
        def inner():
            return compile(script, filename, "exec")
        return inner()
    """
)


def _module(source: str = LIBRARY) -> types.ModuleType:
    module = types.ModuleType("generating_library")
    exec(compile(source, "<generating library>", "exec"), module.__dict__)
    return module


def _library(cache: codecache.CodeCache, source: str = LIBRARY) -> types.ModuleType:
    module = _module(source)
    codecache.hook(module, cache)
    return module


def _cache(tmp_path: Path) -> codecache.CodeCache:
    return codecache.CodeCache(str(tmp_path / "test.code"))


def test_a_saved_entry_is_served_by_the_next_cache(tmp_path: Path) -> None:
    first = _cache(tmp_path)
    assert _library(first).generate(SCRIPT, OURS)["answer"]() == 42
    first.save()
    second = _cache(tmp_path)
    assert _library(second).generate(SCRIPT, OURS)["answer"]() == 42

    assert (first.hits, first.compiled, second.hits, second.compiled) == (0, 1, 1, 0)


def test_the_code_is_what_the_builtin_compiles_in_the_library(tmp_path: Path) -> None:
    """Same code object, flags inherited from the library's ``from __future__`` included."""
    source = "def f(x: undefined_name) -> None:\n    pass\n"
    builtin = _module().compiled(source, OURS)
    first = _cache(tmp_path)
    served = _library(first).compiled(source, OURS)
    first.save()
    loaded = _library(_cache(tmp_path)).compiled(source, OURS)

    assert served == builtin
    assert loaded == builtin
    assert _library(first).nested(source, OURS) == _module().nested(source, OURS) == builtin
    assert first.hits == 1  # a nested caller: the same flags, the same entry
    function = next(c for c in builtin.co_consts if isinstance(c, types.CodeType))
    assert function.co_flags & __future__.annotations.compiler_flag


def test_a_changed_script_is_not_served_stale_code(tmp_path: Path) -> None:
    first = _cache(tmp_path)
    _library(first).generate(SCRIPT, OURS)
    first.save()
    second = _cache(tmp_path)
    changed = _library(second).generate(SCRIPT.replace("42", "43"), OURS)

    assert changed["answer"]() == 43
    assert (second.hits, second.compiled) == (0, 1)


@pytest.mark.parametrize(
    ("filename", "mode"),
    [("<attrs generated methods other.Thing>", "exec"), (OURS, "single"), ("", "exec")],
)
def test_other_code_goes_to_the_builtin(tmp_path: Path, filename: str, mode: str) -> None:
    cache = _cache(tmp_path)

    assert _library(cache).generate(SCRIPT, filename, mode)["answer"]() == 42
    assert (cache.hits, cache.compiled) == (0, 0)
    cache.save()
    assert not (tmp_path / "test.code").exists()


def test_a_library_with_a_compile_of_its_own_is_left_alone(tmp_path: Path) -> None:
    module = _library(_cache(tmp_path), LIBRARY + "\ncompile = compile\n")

    assert module.compile is builtins.compile


def test_a_library_that_stops_calling_compile_so_is_unaffected(tmp_path: Path) -> None:
    """Other arguments, or the builtin called by its module's name, get the builtin's result."""
    source = textwrap.dedent(
        """
        import ast, builtins

        def parsed(script, filename):
            return compile(script, filename, "exec", ast.PyCF_ONLY_AST)

        def optimized(script, filename):
            return compile(script, filename, "exec", optimize=2)

        def explicit(script, filename):
            return builtins.compile(script, filename, "exec")
        """
    )
    cache = _cache(tmp_path)
    module = _library(cache, source)

    assert isinstance(module.parsed(SCRIPT, OURS), ast.Module)
    assert module.optimized(SCRIPT, OURS) == builtins.compile(SCRIPT, OURS, "exec", optimize=2)
    assert module.explicit(SCRIPT, OURS) == builtins.compile(SCRIPT, OURS, "exec")
    assert (cache.hits, cache.compiled) == (0, 0)


@pytest.mark.parametrize("own", [False, True])
def test_a_module_is_hooked_as_it_is_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own: bool
) -> None:
    """
    Hooked before its code runs (the classes it defines itself are served); a
    ``compile`` it defines wins.
    """
    name = f"generating_library_{int(own)}"
    at_import = "\nAT_IMPORT = generate('def answer():\\n    return 41\\n', 'x pia_dsl.x>')\n"
    its_own = textwrap.dedent(
        """
        def compile(source, filename, mode):
            import builtins
            return builtins.compile("def answer():\\n    return 'its own'\\n", filename, mode)
        """
    )
    source = LIBRARY + (its_own if own else at_import)
    (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    cache = _cache(tmp_path)
    finder = codecache._HookOnImport([name], cache)
    monkeypatch.setattr(sys, "meta_path", [finder, *sys.meta_path])
    module = importlib.import_module(name)
    monkeypatch.delitem(sys.modules, name)

    assert finder not in sys.meta_path
    if own:
        assert module.generate(SCRIPT, OURS)["answer"]() == "its own"
        assert cache.compiled == 0
    else:
        assert module.AT_IMPORT["answer"]() == 41
        assert module.generate(SCRIPT, OURS)["answer"]() == 42
        assert cache.compiled == 2


def _damaged(data: bytes) -> list[bytes]:
    header = len(codecache._header())
    body = data[header + 12 :]
    flipped = bytearray(data)
    flipped[-5] ^= 0xFF
    return [
        b"",
        data[:-7],
        bytes(flipped),
        b"not-pia" + data[7:],
        data.replace(b"pia-generated-code-1", b"pia-generated-code-0"),
        data[:header].replace(sys.version.encode()[:6], b"2.7.18") + data[header:],
        data[:header] + codecache._checksum(b"N") + b"N",  # None: not a dict of entries
        data[:header] + codecache._checksum(b"\xe9") + b"\xe9",  # not marshal data
        data[: header + 12] + body[: len(body) // 2],
    ]


@pytest.mark.parametrize("case", range(9))
def test_a_damaged_file_is_ignored_and_written_again(tmp_path: Path, case: int) -> None:
    first = _cache(tmp_path)
    _library(first).generate(SCRIPT, OURS)
    first.save()
    path = tmp_path / "test.code"
    path.write_bytes(_damaged(path.read_bytes())[case])

    second = _cache(tmp_path)
    assert _library(second).generate(SCRIPT, OURS)["answer"]() == 42
    second.save()
    third = _cache(tmp_path)
    _library(third).generate(SCRIPT, OURS)

    assert (second.hits, second.compiled, third.hits) == (0, 1, 1)


def test_an_entry_of_another_shape_is_compiled_again(tmp_path: Path) -> None:
    body = marshal.dumps({OURS: ("only", "three", "items")})
    (tmp_path / "test.code").write_bytes(codecache._header() + codecache._checksum(body) + body)
    cache = _cache(tmp_path)

    assert _library(cache).generate(SCRIPT, OURS)["answer"]() == 42
    assert (cache.hits, cache.compiled) == (0, 1)


def test_an_unwritable_directory_is_silent(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    cache = codecache.CodeCache(str(tmp_path / "file" / "test.code"))
    _library(cache).generate(SCRIPT, OURS)

    cache.save()  # no error: the next run compiles again
    assert list(tmp_path.iterdir()) == [tmp_path / "file"]


def _shape(code: types.CodeType) -> tuple[object, ...]:
    """Everything of ``code`` but the columns of its positions."""
    constants = tuple(_shape(c) if isinstance(c, types.CodeType) else c for c in code.co_consts)
    lines = [line for _start, _end, line in code.co_lines()]
    return (code.co_code, constants, code.co_names, code.co_varnames, code.co_flags, lines)


@pytest.mark.parametrize("fields", ["        self.a,\n", ""])
def test_the_number_in_attrs_hash_is_put_back_for_this_process(fields: str) -> None:
    """
    The type hash a cached ``__hash__`` was compiled with is replaced by this process's
    (only the end column of that number, in the table of positions, stays the old one);
    without fields the number is in a constant tuple.
    """
    type_hash = hash("<attrs generated hash pia_dsl.probe.Thing>")
    script = "def __hash__(self):\n    return hash((\n        {},\n" + fields + "    ))"
    marked, found = codecache._mark_type_hash(script.format(type_hash), OURS)
    other = codecache._mark_type_hash(script.format(type_hash), OURS[:-1] + "-2>")
    compiled = builtins.compile(script.format(12345), OURS, "exec")
    [where] = codecache._found(compiled, 12345)
    cached = codecache._code(marshal.dumps(compiled), 12345, where, found)

    assert found == type_hash
    assert marked == script.format("<attrs type hash>")
    assert other == (marked, type_hash)
    assert cached is not None
    assert _shape(cached) == _shape(builtins.compile(script.format(type_hash), OURS, "exec"))
    elsewhere = (where[0], where[1] + 1, *where[2:])
    assert codecache._code(marshal.dumps(compiled), 12345, elsewhere, found) is None
    assert codecache._code(marshal.dumps(compiled), 12345, (), found) is None
