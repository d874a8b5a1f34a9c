"""
The real 変更箇所 rows of 藤沢市 and 堺市 reproduced by committing the edits that produced
them (:mod:`changes.real_rows`), column by column.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from changes import real_rows
from changes.kit import GitRepo
from changes.real_rows import REAL, SPECS, Match

#: The rows reproduced exactly in 項目, 変更前, 変更後 and 提出時期 (after NFKC, without
#: whitespace and ※), by document.
EXACT = {
    "fujisawa": {0, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 19, 20, 23, 24, 25, 26, 27, 30, 31, 37},
    "sakai": {
        39,
        44,
        45,
        46,
        47,
        48,
        49,
        50,
        53,
        54,
        55,
        56,
        57,
        58,
        59,
        60,
        61,
        62,
        64,
        65,
        66,
        68,
        69,
        70,
        71,
        73,
        74,
        75,
        83,
        84,
        85,
        86,
        87,
        89,
        90,
        91,
        93,
        95,
    },
}

#: The other listed rows and the columns they match, with why the rest differs.
PARTIAL = {
    # the same cell as rows 57/58, whose 項目 (「Ⅲ. 3 …」) and 提出時期 (事後) are declared
    # for the item; these two print 「III 3 リスク2 …」 and 事前
    42: {"before", "after"},
    43: {"before", "after"},
    # 変更前 differs from the 変更後 of the row that wrote the text (行47: 「更改されている」,
    # 行48: 「…取組みを行っていく。以下、省略」, 行76: 「送信されるどころ」)
    76: {"item", "after", "timing"},
    77: {"item", "after", "timing"},
    92: {"item", "after", "timing"},
}


@pytest.fixture(name="measured", scope="module")
def _measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Match]]:
    found = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "dont_write_bytecode", True)
        for name, make in SPECS.items():
            spec = make()
            repo = GitRepo(Path(tmp_path_factory.mktemp(name)) / "repo")
            repo.copy_project_assessments()
            tags = real_rows.build(spec, repo)
            found[name] = real_rows.measure(spec, real_rows.computed(spec, repo, tags))
    return found


def test_exact_rows(measured: dict[str, list[Match]]) -> None:
    """
    At least 30 real rows are reproduced in all four columns, among them block-level rows
    (藤沢市 26; 堺市 57–62, 64–66, 85, 86, 91) and count rows (堺市 50, 55).
    """
    exact = {name: {m.number for m in matches if m.exact} for name, matches in measured.items()}

    assert exact == EXACT
    assert sum(len(rows) for rows in exact.values()) >= 30
    assert {26, 50, 55, 57, 58, 59, 61, 85} <= exact["fujisawa"] | exact["sakai"]


def test_partial_rows(measured: dict[str, list[Match]]) -> None:
    partial = {m.number: set(m.columns) for ms in measured.values() for m in ms if not m.exact}

    assert partial == PARTIAL


def test_every_real_row_accounted_for() -> None:
    """
    Each real row is reproduced or listed with the reason it is not.
    """
    specs = [make() for make in SPECS.values()]
    listed = [n for s in specs for n in (*s.rows, *s.skipped)]

    assert sorted(listed) == list(range(len(REAL)))


def test_report(measured: dict[str, list[Match]]) -> None:
    """
    The per-column counts (printed with ``pytest -s``).
    """
    matches = [m for ms in measured.values() for m in ms]
    lines = list(real_rows.report(matches))
    print("\n".join(lines))

    assert lines[-1] == f"all four: {len(EXACT['fujisawa']) + len(EXACT['sakai'])}/{len(matches)}"
