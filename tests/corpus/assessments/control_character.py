"""Corpus: a BEL (U+0007) and an ESC (U+001B) pasted into the text."""

from pia_dsl.forms.juten import FocusedAffair, FocusedBasicInfo, Cover, FocusedAssessment

assessment = FocusedAssessment(
    cover=Cover(title="国民健康保険に関する事務"),
    s1=FocusedBasicInfo(
        affair=FocusedAffair(
            name="国民健康保険に関する事務",
            content="資格の取得・喪失の管理\x07\n保険料の賦課\x1b[0m",
        ),
    ),
)
