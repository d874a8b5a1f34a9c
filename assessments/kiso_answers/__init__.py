"""
The 基礎項目評価書 answers of the example 事務 whose 基礎 is derived from their detailed
document (件数とその時点, 取扱者数, 重大事故, 人手を介在させる作業).  Not shared text: each
module belongs to one assessment module in ``assessments/``.
"""
