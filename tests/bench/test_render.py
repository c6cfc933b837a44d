"""`python -m bench render`: each page kind with a render target is fetched with nothing cached."""

import pytest

from bench import render
from seed.bulk import generate

pytestmark = pytest.mark.django_db


def test_every_page_kind_is_timed_and_its_queries_counted(structure):
    generate(20)

    rows = {row[0]: row for row in render.measure(fetches=3)}

    assert list(rows) == ["home", "listing", "article", "library", "document"]
    for kind, path, status, queries, p50, p90, cpu_p50 in rows.values():
        assert status == 200, (kind, path)
        # Nothing kept between fetches: every page asks the database for its site and content.
        assert queries >= 3, kind
        assert 0 < p50 <= p90 and cpu_p50 > 0, kind


def test_a_profile_prints_instead_of_timing(structure, capsys):
    generate(20)

    assert render.measure(fetches=3, profile="document") == []
    assert "cumulative" in capsys.readouterr().out
