"""
Rules on the files and on names shared between sections: Ⅰ-3, Ⅱ-1, Ⅲ-1, （別添２）,
主な記録項目, 評価書名, 部署 and the systems of Ⅰ-2.
"""

from __future__ import annotations

from collections.abc import Iterator

from ....validate import Finding, finding
from ...choices import (
    RecordCategory,
)
from ...common_rules import departments_within, entries_of, squash
from .. import FullAssessment
from ._base import WARNING, file_paths

__all__: list[str] = []


# ---------------------------------------------------------------------------
# Files: Ⅰ-3, Ⅱ-1, Ⅲ-1, （別添２）
# ---------------------------------------------------------------------------


def files_present(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅱ has at least one 特定個人情報ファイル.
    """
    if not assessment.s2.files:
        yield finding(
            entries_of(assessment)["s2.files"],
            "zenkomoku.files-present",
            "特定個人情報ファイルが1件もありません。Ⅱ（特定個人情報ファイルの概要）をファイルごとに記載してください。",
        )


def file_keys_match(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅲ and （別添２） have one block per Ⅱ file, under the same keys and in the same order.
    """
    index = entries_of(assessment)
    expected = [f.key for f in assessment.s2.files]
    for dotted, section in (("s3.files", "Ⅲ"), ("annex2.files", "（別添２）")):
        members = index[dotted].value
        keys = [m.key for m in members]
        if keys == expected:
            continue
        missing = [k for k in expected if k not in keys]
        extra = [k for k in keys if k not in expected]
        parts = []
        if missing:
            parts.append(f"Ⅱにあって{section}にないファイル: {'、'.join(missing)}")
        if extra:
            parts.append(f"{section}にあってⅡにないファイル: {'、'.join(extra)}")
        if not parts:
            parts.append(f"順序がⅡと異なります（Ⅱ: {'、'.join(expected)}）")
        yield finding(
            index[dotted],
            "zenkomoku.file-keys",
            f"{section}はⅡと同じ特定個人情報ファイル（同じキー）ごとに記載してください。{'。'.join(parts)}。",
        )


def file_names_match(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅲ-1 特定個人情報ファイル名 is the Ⅱ-1 name of the same file.
    """
    index = entries_of(assessment)
    names = {f.key: f.file_name for f in assessment.s2.files}
    for risks in assessment.s3.files:
        expected = names.get(risks.key)
        if expected is None or squash(expected) == squash(risks.file_name) or not expected.strip():
            continue
        yield finding(
            index[f"s3.files[{risks.key}].file_name"],
            "zenkomoku.file-name-match",
            f"Ⅲ-1の特定個人情報ファイル名「{risks.file_name}」がⅡ-1「{expected}」と一致しません。同じ名称にしてください。",
        )


def file_names_listed(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅰ-3 特定個人情報ファイル名 names every file of Ⅱ-1.
    """
    listed = squash(assessment.s1.file_names)
    if not listed:
        return  # 未記入 is reported by the generic rule
    for file, _ in file_paths(assessment):
        if file.file_name.strip() and squash(file.file_name) not in listed:
            yield finding(
                entries_of(assessment)["s1.file_names"],
                "zenkomoku.file-names-listed",
                f"Ⅱ-1の特定個人情報ファイル「{file.file_name}」がⅠ-3に記載されていません。Ⅰ-3に全てのファイル名を記載してください。",
            )


def main_items_include_number(assessment: FullAssessment) -> Iterator[Finding]:
    """
    主な記録項目 of a 特定個人情報ファイル includes 個人番号.
    """
    index = entries_of(assessment)
    for file, path in file_paths(assessment):
        ticked = file.basics.main_records
        if ticked and RecordCategory.INDIVIDUAL_NUMBER not in ticked:
            yield finding(
                index[f"{path}.basics.main_records"],
                "zenkomoku.main-items-number",
                "特定個人情報ファイルには個人番号が記録されます。主な記録項目の「個人番号」にチェックしてください。",
            )


# ---------------------------------------------------------------------------
# Agreement of names across sections
# ---------------------------------------------------------------------------


def title_matches_business(assessment: FullAssessment) -> Iterator[Finding]:
    """
    評価書名 is 「<事務の名称>　全項目評価書」.
    """
    name = assessment.s1.affair.name.strip()
    title = squash(assessment.cover.title)
    if name and title and not (title.startswith(squash(name)) and title.endswith("全項目評価書")):
        yield finding(
            entries_of(assessment)["cover.title"],
            "zenkomoku.title",
            f"評価書名は「{name}　全項目評価書」としてください。",
            WARNING,
        )


def departments_agree(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅰ-7①部署 = Ⅱ-2⑥事務担当部署, and Ⅱ-3⑦使用部署 includes it.
    """
    index = entries_of(assessment)
    department = squash(assessment.s1.department.name)
    for file, path in file_paths(assessment):
        own = squash(file.basics.department)
        if department and own and not departments_within(file.basics.department, department):
            yield finding(
                index[f"{path}.basics.department"],
                "zenkomoku.departments",
                f"事務担当部署「{file.basics.department}」がⅠ-7①部署「{assessment.s1.department.name}」と一致しません。組織変更の反映漏れがないか確認してください。",
                WARNING,
            )
        users = squash(file.acquisition.users.departments)
        if own and users and not departments_within(file.basics.department, users):
            yield finding(
                index[f"{path}.acquisition.users.departments"],
                "zenkomoku.departments",
                f"使用部署に事務担当部署「{file.basics.department}」が含まれていません。組織変更の反映漏れがないか確認してください。",
                WARNING,
            )


def systems_present(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅰ-2 names at least one system.
    """
    if not assessment.s1.systems:
        yield finding(
            entries_of(assessment)["s1.systems"],
            "zenkomoku.systems-present",
            "事務で使用するシステムが記載されていません。Ⅰ-2にシステムを記載してください。",
            WARNING,
        )
