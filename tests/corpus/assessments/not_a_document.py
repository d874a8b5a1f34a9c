"""Corpus: `assessment` is plain data, not a form class."""

assessment = {"form": "juten", "cover": {"title": "国民健康保険に関する事務"}}
