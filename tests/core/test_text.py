"""Folding and normalising Vietnamese text (the fast paths must not change any result)."""

import unicodedata

import pytest

from core.text import fold, normalize


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Văn bản Đảng", "Van ban Dang"),
        (unicodedata.normalize("NFD", "Nghị định 42/2022/NĐ-CP"), "Nghi dinh 42/2022/ND-CP"),
        ("ỨỪỮỰỬ đường", "UUUUU duong"),
        ("Café, niño, Ångström", "Cafe, nino, Angstrom"),  # marks outside Vietnamese: the slow path
        ("漢字 ﬁ", "漢字 ﬁ"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        (unicodedata.normalize("NFD", "Hồ sơ"), "Hồ sơ"),
        ("dòng 1\ndòng 2\x00\u200b", "dòng 1 dòng 2  "),
        ("bình thường", "bình thường"),
        (None, ""),
    ],
)
def test_normalize(text, normalized):
    assert normalize(text) == normalized
