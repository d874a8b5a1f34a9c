"""Corpus: the module prints while it is loaded (print() left from debugging)."""

from pia_dsl.forms.juten import Cover, FocusedAssessment

print("デバッグ: 読み込み中")

assessment = FocusedAssessment(cover=Cover(title="印字する評価書"))
