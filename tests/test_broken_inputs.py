"""
A corpus of broken inputs: each runs ``pia`` on one mistake and freezes the exit code and
the exact Japanese line the author sees (no traceback unless ``--debug``).

Each case runs in its own temporary project (a copy of ``assessments/__init__.py``,
``assessments/shared/`` and ``assessments/kiso_answers/`` plus the case's files).  Broken
modules and data files are made from the examples by one checked text replacement, so
that a case fails loudly when the example it edits changes; inputs that stand alone live
in ``tests/broken/``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import docx
import pytest

REPO = Path(__file__).resolve().parent.parent
ASSESSMENTS = REPO / "assessments"
BROKEN = Path(__file__).resolve().parent / "broken"

#: The bases a broken input is made from.
KISO_PY = ASSESSMENTS / "hibarino_yobo_sesshu.py"
JUTEN_PY = ASSESSMENTS / "fujisawa_shoni_iryo.py"

#: The bytes of ``out/out.docx`` before a ``render`` case runs.
OLD_OUTPUT = b"old output, must stay as it is"


def _base_text(base: str, cache: dict[str, str] = {}) -> str:  # noqa: B006 - a memo
    """
    The text of a base input: ``kiso.py``/``juten.py`` (the examples) or ``kiso.json``/
    ``kiso.yaml`` (``pia dump`` of the 基礎 example).
    """
    if base not in cache:
        if base == "kiso.py":
            cache[base] = KISO_PY.read_text(encoding="utf-8")
        elif base == "juten.py":
            cache[base] = JUTEN_PY.read_text(encoding="utf-8")
        else:
            fmt = base.rsplit(".", 1)[1]
            result = _pia(REPO, "dump", str(KISO_PY), "--format", fmt)
            assert result.returncode == 0, result.stderr
            cache[base] = result.stdout
    return cache[base]


@dataclass(frozen=True)
class Edit:
    """
    A base input with ``old`` replaced by ``new`` (``old`` must occur in the base).
    """

    base: str
    old: str
    new: str

    def text(self) -> str:
        source = _base_text(self.base)
        assert self.old in source, f"{self.base} no longer contains {self.old!r}"
        return source.replace(self.old, self.new, 1)


@dataclass(frozen=True)
class Static:
    """
    A file of ``tests/broken/``.
    """

    name: str

    def text(self) -> str:
        return (BROKEN / self.name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Template:
    """
    A Word template holding one paragraph (e.g. a Jinja tag the renderer does not know).
    """

    paragraph: str


FileSpec = Edit | Static | Template


@dataclass(frozen=True)
class Case:
    """
    One broken input: the files to create, the ``pia`` arguments, the exit code and one
    exact line of the output (stderr; stdout for ``pia check`` findings).
    """

    id: str
    files: Mapping[str, FileSpec]
    args: tuple[str, ...]
    code: int
    line: str
    stream: Literal["stderr", "stdout"] = "stderr"
    setup: Callable[[Path], None] | None = field(default=None)
    at: str | None = None

    def expected(self, project: Path) -> str:
        """
        ``line`` with ``{project}`` (the project directory) and ``{line}`` (the line of
        the edited module holding ``at``, by default the replacement text) filled in.
        """
        line = self.line.replace("{project}", str(project))
        if "{line}" in line:
            edit = next(spec for spec in self.files.values() if isinstance(spec, Edit))
            text = edit.text()
            anchor = self.at if self.at is not None else edit.new.strip().splitlines()[0]
            assert anchor in text, f"{self.id}: {anchor!r} is not in the edited file"
            number = text[: text.index(anchor)].count("\n") + 1
            line = line.replace("{line}", str(number))
        return line


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        [
            "git",
            "-c",
            "user.name=pia",
            "-c",
            "user.email=pia@example.invalid",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
            *args,
        ],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


def _commit_all(project: Path) -> None:
    """A git repository with everything of the project committed."""
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "v1")


def _commit_without_module(project: Path) -> None:
    """A git repository whose only revision predates ``assessments/h.py``."""
    module = project / "assessments" / "h.py"
    kept = module.read_bytes()
    module.unlink()
    _commit_all(project)
    module.write_bytes(kept)


def _kiso(old: str, new: str) -> dict[str, FileSpec]:
    return {"assessments/h.py": Edit("kiso.py", old, new)}


def _juten(old: str, new: str) -> dict[str, FileSpec]:
    return {"assessments/f.py": Edit("juten.py", old, new)}


KISO_OK: dict[str, FileSpec] = {"assessments/h.py": Edit("kiso.py", "", "")}
PUBLISHED = 'published=wareki("令和7年6月2日")'
TOWN = 'TOWN = "ひばり野町"'
CHECK_H = ("check", "assessments/h.py")
CHECK_F = ("check", "assessments/f.py")

CASES: tuple[Case, ...] = (
    # --- modules: errors while importing -------------------------------------------------
    Case(
        "module-wrong-enum-member",
        _kiso("status=Linkage.YES", "status=Linkage.YESS"),
        CHECK_H,
        1,
        "エラー: assessments/h.py:{line}: 選択肢 Linkage.YESS はありません。次のいずれかを書いてください: YES（実施する）、NO（実施しない）、UNDECIDED（未定）",
    ),
    Case(
        "module-syntax-error",
        _kiso(TOWN, 'TOWN = "ひばり野町'),
        CHECK_H,
        1,
        "エラー: assessments/h.py:{line}: 構文エラー: unterminated string literal (detected at line {line})。該当行を修正してください。",
    ),
    Case(
        "module-missing-shared-import",
        _kiso(TOWN, f"from assessments.shared.no_such_block import TEXT\n{TOWN}"),
        CHECK_H,
        1,
        "エラー: assessments/h.py:{line}: モジュール `assessments.shared.no_such_block` が見つかりません。import 文を確認してください。",
    ),
    Case(
        "module-exception",
        _kiso(TOWN, 'TOWN = "ひばり野町" + str(1 / 0)'),
        CHECK_H,
        1,
        "エラー: assessments/h.py:{line}: モジュールの実行中にエラーが発生しました: ZeroDivisionError: division by zero",
    ),
    Case(
        "module-without-assessment",
        _kiso("assessment = BasicAssessment(", "draft = BasicAssessment("),
        CHECK_H,
        1,
        "エラー: assessments/h.py: モジュールに `assessment` がありません。モジュールの最後で `assessment = FocusedAssessment(...)` のように定義してください。",
    ),
    Case(
        "module-assessment-is-a-number",
        _kiso("history=history)", "history=history)\nassessment = 42"),
        CHECK_H,
        1,
        "エラー: assessments/h.py: `assessment` が評価書ではありません（int）。FocusedAssessment などで定義してください。",
    ),
    Case(
        "module-wareki-year-zero",
        _kiso(PUBLISHED, 'published=wareki("令和0年1月1日")'),
        CHECK_H,
        1,
        "エラー: assessments/h.py:{line}: 「令和0年1月1日」: 令和0年はありません（1年目は「元年」）。",
    ),
    Case(
        "module-wareki-after-era-end",
        _kiso(PUBLISHED, 'published=wareki("平成31年5月1日")'),
        CHECK_H,
        1,
        "エラー: assessments/h.py:{line}: 「平成31年5月1日」は平成の期間（1989-01-08～2019-04-30）の外です。正しくは「令和元年5月1日」です。",
    ),
    Case(
        "module-wareki-no-such-day",
        _kiso(PUBLISHED, 'published=wareki("令和7年2月30日")'),
        CHECK_H,
        1,
        "エラー: assessments/h.py:{line}: 「令和7年2月30日」は存在しない日付です。",
    ),
    Case(
        "module-unknown-item-name",
        _kiso('file_names="予防接種情報ファイル"', 'file_name="予防接種情報ファイル"'),
        CHECK_H,
        1,
        "エラー: assessments/h.py:{line}: RelatedInfo に `file_name` という項目はありません。項目名を確認してください。",
        at="s1 = RelatedInfo(",
    ),
    Case(
        "module-positional-argument",
        _kiso("Incidents(occurred=Incident.NONE)", 'Incidents("なし")'),
        CHECK_H,
        1,
        "エラー: assessments/h.py:{line}: Incidents(...) の項目は `名前=値` の形で書いてください。",
    ),
    # --- modules: validation findings (pia check prints them on stdout) --------------------
    Case(
        "check-required-item-empty",
        _kiso('file_names="予防接種情報ファイル"', 'file_names=""'),
        CHECK_H,
        1,
        "assessments/h.py:{line}: Ⅰ-２ 特定個人情報ファイル名: 未記入です。記入するか、該当しない場合は「-」と記入してください。",
        "stdout",
    ),
    Case(
        "check-switch-contradicts-sub-item",
        _kiso(
            "ProvisionRisk(not_provided=True)",
            "ProvisionRisk(not_provided=True, sufficiency=Sufficiency.SUFFICIENT)",
        ),
        CHECK_H,
        1,
        "assessments/h.py:{line}: Ⅳ-５ 不正な提供・移転が行われるリスクへの対策は十分か: 「提供・移転しない」が選択されているため、この項目は空欄にしてください。",
        "stdout",
    ),
    Case(
        "check-control-character",
        _kiso('agency=f"{TOWN}長"', 'agency=f"{TOWN}長\\x07"'),
        CHECK_H,
        1,
        "assessments/h.py:{line}: 表紙 評価実施機関名: 制御文字（U+0007）は使えません。削除してください。",
        "stdout",
    ),
    Case(
        "check-duplicate-keys",
        _juten('key="welfare_common_system"', 'key="shoni_iryo_system"'),
        CHECK_F,
        1,
        "assessments/f.py:{line}: Ⅰ-２ 特定個人情報ファイルを取り扱う事務において使用するシステム: キー「shoni_iryo_system」が2回使われています。キーは一意にしてください。",
        "stdout",
        at="    systems=(",
    ),
    Case(
        "check-more-than-20-members",
        _juten(
            "systems=(\n        SHONI_IRYO_SYSTEM,",
            "systems=(\n"
            '        *(__import__("attrs").evolve(SHONI_IRYO_SYSTEM, key=f"copy{i}") for i in range(17)),\n'
            "        SHONI_IRYO_SYSTEM,",
        ),
        CHECK_F,
        1,
        "assessments/f.py:{line}: Ⅰ-２ 特定個人情報ファイルを取り扱う事務において使用するシステム: システムは様式上20件までです（21件あります）。",
        "stdout",
        at="    systems=(",
    ),
    Case(
        "check-empty-key",
        _juten('key="middle_server"', 'key=""'),
        CHECK_F,
        1,
        'assessments/f.py:{line}: Ⅰ-２ 特定個人情報ファイルを取り扱う事務において使用するシステム: システムの key が空です。項目を識別する一意のキー（例: "main_system"）を指定してください。',
        "stdout",
        at="    systems=(",
    ),
    Case(
        "check-other-without-text",
        _juten('(Connection.OTHER, "中間サーバー")', "Connection.OTHER"),
        CHECK_F,
        1,
        "assessments/f.py:{line}: Ⅰ-２-システム4-③ 他のシステムとの接続: 「その他」にチェックがある場合は、その内容を（ ）内に記入してください。",
        "stdout",
        at="connections=checks(\n        Connection.EXISTING_JUKI, Connection.ADDRESSEE, Connection.OTHER",
    ),
    # --- data files ------------------------------------------------------------------------
    Case(
        "json-wrong-enum-value",
        {"h.json": Edit("kiso.json", '"status": "実施する"', '"status": "実施するかも"')},
        ("check", "h.json"),
        1,
        "  $.s1.linkage.status（Ⅰ　関連情報 ４．情報提供ネットワークシステムによる情報連携 ①実施の有無）: 「実施するかも」は選択肢にありません（選択肢: 「実施する」、「実施しない」、「未定」）",
    ),
    Case(
        "yaml-wrong-value",
        {"h.yaml": Edit("kiso.yaml", "status: 実施する", "status: たぶん")},
        ("check", "h.yaml"),
        1,
        "  $.s1.linkage.status（Ⅰ　関連情報 ４．情報提供ネットワークシステムによる情報連携 ①実施の有無）: 「たぶん」は選択肢にありません（選択肢: 「実施する」、「実施しない」、「未定」）",
    ),
    Case(
        "json-invalid-wareki",
        {
            "h.json": Edit(
                "kiso.json", '"published": "令和7年6月2日"', '"published": "令和7年2月30日"'
            )
        },
        ("check", "h.json"),
        1,
        "  $.cover.published（表紙 公表日）: 「令和7年2月30日」は存在しない日付です。",
    ),
    Case(
        "json-unknown-key",
        {"h.json": Edit("kiso.json", '"agency": ', '"bogus": 1,\n    "agency": ')},
        ("check", "h.json"),
        1,
        "  $.cover（表紙）: 様式にないキーがあります (bogus)",
    ),
    Case(
        "json-unknown-form",
        {"h.json": Edit("kiso.json", '"form": "kiso"', '"form": "shoki"')},
        ("check", "h.json"),
        1,
        "エラー: h.json: \"form\" には juten、kiso、zenkomoku のいずれかを指定してください（'shoki'）。",
    ),
    Case(
        "json-not-an-object",
        {"h.json": Static("not_an_object.json")},
        ("check", "h.json"),
        1,
        "エラー: h.json: 評価書はオブジェクト（キーと値の組）で書いてください。",
    ),
    Case(
        "json-not-json",
        {"h.json": Static("not_json.json")},
        ("check", "h.json"),
        1,
        "エラー: h.json: JSON として読めません: Expecting property name enclosed in double quotes: line 1 column 19 (char 18)",
    ),
    # --- paths -------------------------------------------------------------------------------
    Case(
        "path-does-not-exist",
        {},
        ("check", "assessments/no_such.py"),
        1,
        "エラー: assessments/no_such.py: ファイルまたはディレクトリがありません。パスを確認してください。",
    ),
    Case(
        "directory-without-modules",
        {"empty/README.txt": Static("README.txt")},
        ("check", "empty"),
        1,
        "エラー: empty: 評価書モジュール (*.py) が見つかりません。`pia new` で作成できます。",
    ),
    # --- render ------------------------------------------------------------------------------
    Case(
        "render-template-unknown-tag",
        {**KISO_OK, "bad.docx": Template("{{ sections.nope }}")},
        ("render", "assessments/h.py", "-o", "out/out.docx", "--template", "bad.docx"),
        1,
        "0/1 件の評価書を出力しました（0 ファイル）。",
    ),
    Case(
        "render-template-missing",
        KISO_OK,
        ("render", "assessments/h.py", "-o", "out/out.docx", "--template", "no_such.docx"),
        2,
        "エラー: no_such.docx: テンプレートがありません。パスを確認してください。",
    ),
    Case(
        "render-output-with-two-paths",
        KISO_OK,
        ("render", "assessments/h.py", "assessments/h.py", "-o", "out/out.docx"),
        2,
        "エラー: -o は評価書を1つ指定したときだけ使えます（例: pia render assessments/x.py -o x.docx）。",
    ),
    Case(
        "render-json-unknown-form",
        {"h.json": Edit("kiso.json", '"form": "kiso"', '"form": "shoki"')},
        ("render", "h.json", "-o", "out/out.docx"),
        1,
        "0/1 件の評価書を出力しました（0 ファイル）。",
    ),
    Case(
        "render-broken-module",
        _kiso("status=Linkage.YES", "status=Linkage.YESS"),
        ("render", "assessments/h.py", "-o", "out/out.docx"),
        1,
        "エラー: assessments/h.py:{line}: 選択肢 Linkage.YESS はありません。次のいずれかを書いてください: YES（実施する）、NO（実施しない）、UNDECIDED（未定）",
    ),
    # --- changes -----------------------------------------------------------------------------
    Case(
        "changes-unknown-revision",
        KISO_OK,
        ("changes", "assessments/h.py", "--from", "NOPE"),
        1,
        "エラー: リビジョン「NOPE」が見つかりません（リポジトリ {project}）。タグ名・ブランチ名・コミット ID を確認してください（`git log --oneline` で一覧できます）。",
        setup=_commit_all,
    ),
    Case(
        "changes-file-absent-at-revision",
        KISO_OK,
        ("changes", "assessments/h.py", "--from", "HEAD"),
        1,
        "エラー: HEAD:assessments/h.py: リビジョン「HEAD」には assessments/h.py がありません（このリビジョンではまだ作成されていないか、移動・削除されています）。",
        setup=_commit_without_module,
    ),
    # --- new and usage -----------------------------------------------------------------------
    Case(
        "new-over-existing-file",
        KISO_OK,
        ("new", "--form", "kiso", "h"),
        1,
        "エラー: assessments/h.py は既にあります。上書きしません。別の名前を指定するか、既存のファイルを編集してください。",
    ),
    Case(
        "new-bad-name",
        {},
        ("new", "--form", "kiso", "1-bad"),
        2,
        "エラー: モジュール名「1-bad」は使えません。英数字と _ で、数字以外から始めてください（例: kokumin_nenkin）。",
    ),
    # --- other commands on broken inputs ------------------------------------------------------
    Case(
        "template-check-unknown-tag",
        {"bad.docx": Template("{{ sections.nope }}")},
        ("template-check", "bad.docx"),
        1,
        "bad.docx: 不明なタグ: nope",
        "stdout",
    ),
    Case(
        "dump-broken-module",
        _juten("consigning=Consigning.NO)", "consigning=Consigning.NOPE)"),
        ("dump", "assessments/f.py", "--format", "yaml"),
        1,
        "エラー: assessments/f.py:{line}: 選択肢 Consigning.NOPE はありません。次のいずれかを書いてください: YES（委託する）、NO（委託しない）",
    ),
    Case(
        "thresholds-broken-module",
        _juten("consigning=Consigning.NO)", "consigning=Consigning.NOPE)"),
        ("thresholds", "assessments/f.py"),
        1,
        "エラー: assessments/f.py:{line}: 選択肢 Consigning.NOPE はありません。次のいずれかを書いてください: YES（委託する）、NO（委託しない）",
    ),
)


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _pia(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pia_dsl", *args],
        cwd=cwd,
        env=_environment(),
        capture_output=True,
        text=True,
        check=False,
    )


def _project(tmp_path: Path, files: Mapping[str, FileSpec]) -> Path:
    """A project with the shared blocks of ``assessments/`` and the case's files."""
    ignore = shutil.ignore_patterns("__pycache__")
    (tmp_path / "assessments").mkdir()
    shutil.copy(ASSESSMENTS / "__init__.py", tmp_path / "assessments" / "__init__.py")
    for package in ("shared", "kiso_answers"):
        shutil.copytree(ASSESSMENTS / package, tmp_path / "assessments" / package, ignore=ignore)
    for name, spec in files.items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(spec, Template):
            document = docx.Document()
            document.add_paragraph(spec.paragraph)
            document.save(str(target))
        else:
            target.write_text(spec.text(), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_broken_input(case: Case, tmp_path: Path) -> None:
    """The exit code and the exact message of one broken input; never a traceback."""
    project = _project(tmp_path, case.files)
    if case.setup is not None:
        case.setup(project)
    out_dir = project / "out"
    out_dir.mkdir()
    (out_dir / "out.docx").write_bytes(OLD_OUTPUT)

    result = _pia(project, *case.args)

    shown = f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert result.returncode == case.code, shown
    lines = (result.stdout if case.stream == "stdout" else result.stderr).splitlines()
    assert case.expected(project) in lines, shown
    assert "Traceback" not in result.stderr
    assert "Traceback" not in result.stdout
    if case.args[0] == "render":
        assert sorted(p.name for p in out_dir.iterdir()) == ["out.docx"]
        assert (out_dir / "out.docx").read_bytes() == OLD_OUTPUT
        assert not (project / "build").exists()


def test_case_ids_are_unique() -> None:
    """Each case has its own id (pytest would otherwise silently suffix them)."""
    ids = [case.id for case in CASES]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 30


def test_debug_prints_the_traceback(tmp_path: Path) -> None:
    """With --debug the same broken module shows the traceback, then the message."""
    project = _project(tmp_path, _kiso("status=Linkage.YES", "status=Linkage.YESS"))

    result = _pia(project, "--debug", "check", "assessments/h.py")

    assert result.returncode == 1
    assert "Traceback (most recent call last):" in result.stderr
    assert "AttributeError" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("エラー: assessments/h.py:")
