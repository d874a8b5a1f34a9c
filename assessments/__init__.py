"""
The assessments of this repository, one module per 事務 (``pia render`` renders each).

Text blocks shared by several assessments live in :mod:`assessments.shared`.
"""
