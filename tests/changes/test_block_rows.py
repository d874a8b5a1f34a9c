"""
The issue's acceptance check for block-level rows: one line changed inside one ＜…＞ block
of the shared 中間サーバー paragraphs gives, in each assessment using it, a row quoting that
block (with its heading) and not the unchanged blocks.
"""

from __future__ import annotations

import json

from changes.kit import GitRepo
from changes.test_fujisawa import MODULE, _pia
from pia_dsl.changes.revision import load_working

SHARED = "assessments/shared/middle_server.py"
OLD_LINE = "・日本国内でデータを保管している。"
NEW_LINE = "・日本国内でデータを保管し、国外へ持ち出さない。"


def test_shared_block_line(repo: GitRepo) -> None:
    repo.copy_project_assessments()
    repo.write("assessments/fujisawa_copy.py", repo.read(MODULE))
    repo.commit("公表版")
    document = load_working(repo.root / MODULE).document()
    cells = {
        "保管場所": document.s2.storage.location,
        "保管・消去における": document.s3.storage.other_risks,
    }
    repo.replace(SHARED, f'"{OLD_LINE}\\n"', f'"{NEW_LINE}\\n"', count=2)

    for user in (MODULE, "assessments/fujisawa_copy.py"):
        result = _pia(repo, "changes", user, "--from", "HEAD", "--format", "json")
        assert result.returncode == 0, result.stderr
        rows = json.loads(result.stdout)

        assert sorted(key for key in cells for r in rows if key in r["item"]) == sorted(cells)
        assert len(rows) == len(cells), rows
        for row in rows:
            cell = next(text for key, text in cells.items() if key in row["item"])
            before, after = row["before"], row["after"]
            assert OLD_LINE in before
            assert NEW_LINE in after
            assert "中間サーバー・プラットフォームにおける措置" in before
            assert "中間サーバー・プラットフォームにおける措置" in after
            for unchanged in ("・当市では", "【消去方法】", "ガバメントクラウドにおける措置"):
                assert unchanged not in before + after
            assert len(before) < len(cell) / 2
            assert len(after) < len(cell) / 2
