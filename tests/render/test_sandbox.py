"""
Tests for pia_dsl.render.sandbox: what a template may not do, refused when compiling
where it can be seen in the tags, and while rendering otherwise.
"""

from __future__ import annotations

import pytest

from pia_dsl.render.sandbox import (
    RESULT_LIMIT,
    Sandbox,
    TemplateLimitError,
    UnsafeTemplateError,
    steps,
)


def _render(source: str, **context: object) -> str:
    environment = Sandbox()
    with steps():
        return environment.from_string(source).render(context)


COMPILE_TIME = [
    ("{{ cycler.__init__.__globals__.os }}", "cycler.__init__"),
    ("{{ lipsum.__globals__ }}", "lipsum.__globals__"),
    ("{{ joiner['__init__'] }}", "__init__"),
    ("{{ cycler|attr('__init__') }}", "__init__"),
    ("{{ cycler|attr(name) }}", "attr フィルター"),
    ("{% include 'x' %}", "include"),
    ("{% import 'x' as y %}", "import"),
    ("{% from 'x' import y %}", "from"),
    ("{% extends 'x' %}", "extends"),
    ("{% macro a() %}{{ b() }}{% endmacro %}{% macro b() %}{{ a() }}{% endmacro %}", "マクロ a"),
    ("{{ 'x' * 10**9 }}", "繰り返し"),
    ("{{ name * 10**8 }}", "繰り返し"),
    ("{{ 2 ** 10000 }}", "累乗"),
    ("{% for i in range(10000) %}{% for j in range(1000) %}{% endfor %}{% endfor %}", "入れ子"),
]


@pytest.mark.parametrize(("source", "named"), COMPILE_TIME, ids=[s for s, _ in COMPILE_TIME])
def test_refused_when_compiling(source: str, named: str) -> None:
    """
    What the tags show is refused before anything runs, with a Japanese message.
    """
    with pytest.raises(UnsafeTemplateError, match=named):
        Sandbox().from_string(source)


RUN_TIME = [
    ("{% set k = '_' ~ '_init__' %}{{ cycler[k] }}", "unsafe"),
    ("{{ name * n }}", "繰り返し"),
    ("{{ name|center(n) }}", "数値"),
    ("{{ ('%' ~ n ~ 's') % name }}", "書式の幅"),
    ("{{ ('{:>' ~ n ~ '}').format(name) }}", "書式の幅"),
    ("{{ ('%' ~ n ~ 's')|format(name) }}", "書式の幅"),
    ("{{ name.ljust(n) }}", "数値"),
    ("{% for i in range(m) %}{% for j in range(m) %}x{% endfor %}{% endfor %}", "ループ"),
]


@pytest.mark.parametrize(("source", "named"), RUN_TIME, ids=[s for s, _ in RUN_TIME])
def test_refused_while_rendering(source: str, named: str) -> None:
    """
    What depends on values is refused as soon as it would go over the limits.
    """
    with pytest.raises(Exception, match=named) as caught:
        _render(source, name="ab", n=10**9, m=100_000)

    assert isinstance(caught.value, TemplateLimitError) or "unsafe" in str(caught.value)


def test_ordinary_templates_work() -> None:
    """
    Loops, conditions, filters, arithmetic and methods within the limits render as in
    plain Jinja, values escaped.
    """
    source = (
        "{% for row in rows %}{{ loop.index }}:{{ row.label|upper }}"
        "{% if row.value %}={{ row.value * 2 }}{% endif %};{% endfor %}"
        "{{ '%s!' % name }}{{ name.strip() }}{{ range(3)|join(',') }}"
        "{{ big|string }}{{ '{:,}'.format(big) }}{{ '12345678%s'|format('%') }}"
    )

    rows = [{"label": "a", "value": "<"}, {"label": "b", "value": ""}]

    out = _render(source, rows=rows, name=" x ", big=123456789012)

    assert out == "1:A=&lt;&lt;;2:B; x !x0,1,2123456789012123,456,789,01212345678%"


def test_budget_is_per_render() -> None:
    """
    Each render has its own step budget: many renders of a big loop all succeed.
    """
    template = Sandbox().from_string(
        "{% for i in range(n) %}{% for j in range(1000) %}{% endfor %}{% endfor %}ok"
    )
    for _ in range(3):
        with steps():
            assert template.render(n=900) == "ok"


def test_results_bounded() -> None:
    """
    Concatenation to more than RESULT_LIMIT characters is refused.
    """
    with pytest.raises(TemplateLimitError):
        _render("{{ a + a }}", a="x" * (RESULT_LIMIT // 2 + 1))
