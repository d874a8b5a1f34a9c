"""
``pia render`` prints the draft rows of the (別添) 変更箇所 table in the 項目 style the
module declares (``row_styles = RowStyles(table=…)``), and ``--style`` wins over it.
(The table's sources — carried rows, snapshots, the draft — are tested in
test_publications.py and test_table.py.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from docx import Document

from changes.kit import GitRepo

MODULE = "assessments/fujisawa_shoni_iryo.py"


def _change_table_rows(path: Path) -> list[list[str]]:
    """The rows of the table whose header starts with 変更日."""
    for table in Document(str(path)).tables:
        cells = [[cell.text for cell in row.cells] for row in table.rows]
        if cells and cells[0][0] == "変更日":
            return cells[1:]
    msg = "no 変更箇所 table"
    raise AssertionError(msg)


def test_render_item_style(repo: GitRepo) -> None:
    """
    The rendered 別添 uses the short item style when the module declares
    ``row_styles = RowStyles(table="short")``, and ``pia render --style long`` wins over it.
    """
    repo.copy_project_assessments()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {
        "PYTHONDONTWRITEBYTECODE": "1"
    }
    published = subprocess.run(
        [sys.executable, "-m", "pia_dsl", "publish", MODULE, "--form", "juten"],
        cwd=repo.root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert published.returncode == 0, published.stderr
    repo.commit("令和7年7月18日 公表版")
    repo.replace(MODULE, "鵠沼市民センター、村岡市民センター", "鵠沼市民センター、村岡市民館")
    repo.replace(MODULE, 'published=wareki("令和7年7月18日")', 'published=wareki("令和8年4月1日")')
    repo.write(
        MODULE,
        repo.read(MODULE)
        + '\nfrom pia_dsl.changes import RowStyles  # noqa: E402\n\nrow_styles = RowStyles(table="short")\n',
    )
    items = {}
    for name, extra in (("declared", []), ("option", ["--style", "long"])):
        result = subprocess.run(
            [sys.executable, "-m", "pia_dsl", "render", MODULE, "-o", f"{name}.docx", *extra],
            cwd=repo.root,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        items[name] = [
            r[1] for r in _change_table_rows(repo.root / f"{name}.docx") if r[0] == "令和8年4月1日"
        ]

    assert items == {
        "declared": ["Ⅱ－３ ④使用部署"],
        "option": [
            "Ⅱ　特定個人情報ファイルの概要 ３．特定個人情報の入手・使用 ④使用の主体 使用部署"
        ],
    }
