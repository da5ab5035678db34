"""The project's seeds keep every scraped body byte for byte; facts live in front matter."""

from __future__ import annotations

import hashlib

import pytest
from conftest import SEEDS, seed_body

ORIGINAL_SHA256 = {
    "000_71a57cf315c00cf0.txt": "f8e1d33c6c3056ec575d2f61eb6d10109127ef11dbc406a7126bcc50d0ea714f",
    "001_cb38e3202b25ef6f.txt": "75d0d46e1c255d9236edb29405b567189d3c97eae39fcda78e50ec64d615cf88",
    "002_aa9cabdf565e8fd0.txt": "b3a0650951aa02dfb7bd2b0815932b8cb9c14ba164d65df905e3996734f4c085",
    "003_87fd6b6f59548b58.txt": "676d70b8ba90fac08be2ac6cae9c225c7b0cc11eae9ee7d2fef35c417432b996",
    "004_3119ae36ed82ef67.txt": "85ec80d48e048bb3db177fcf537df79e8c4d530e2ed31e121ec62ba2e27e8a56",
}


def test_the_seed_folder_holds_exactly_the_five_articles():
    assert sorted(p.name for p in SEEDS.iterdir()) == sorted(ORIGINAL_SHA256)


@pytest.mark.parametrize("name", sorted(ORIGINAL_SHA256))
def test_body_is_the_original_scraped_text(name):
    assert hashlib.sha256(seed_body(SEEDS / name)).hexdigest() == ORIGINAL_SHA256[name]
