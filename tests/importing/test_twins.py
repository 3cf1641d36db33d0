"""Near-duplicates: a republished story is imported, linked to its twin, and can be merged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.signature import MIN_SHINGLES, THRESHOLD, signature, similarity
from desktop.services import articles, tags, trash
from desktop.services.importing import FAILED, IMPORTED, NEAR_DUPLICATE, import_files
from desktop.services.twins import merge_twins, twins
from desktop.store.models import Article, ArticleBand, SourceFile
from tests.importing.helpers import distinct_articles, docx_of

NEW_OPENING = (
    "Theo phóng viên thường trú, chiều qua tại trụ sở cơ quan, hội nghị đã được tổ chức "
    "với sự tham dự của đông đảo cán bộ, đảng viên và người lao động của các đơn vị trực thuộc."
)


def republished(seed: Path) -> str:
    """The seed as another outlet runs it: its own header and byline, a rewritten opening
    paragraph, a credit line at the end; the rest of the story word for word."""
    title, *rest = seed.read_text(encoding="utf-8").split("\n\n")
    body = [p for p in rest if p.strip()]
    return "\n\n".join([
        "BÁO ĐIỆN TỬ TIN TỨC ĐỊA PHƯƠNG", title.upper(), "Nguyễn Văn Bình | 10:15 12/12/2020",
        NEW_OPENING, *body[1:], "(Theo Báo Tin Tức)",
    ])


def test_edited_seeds_are_close_and_unrelated_seeds_are_far(seed_files):
    sigs = [signature(s.read_text(encoding="utf-8")) for s in seed_files]
    for seed, sig in zip(seed_files, sigs, strict=True):
        assert similarity(sig, signature(republished(seed))) >= THRESHOLD + 0.2, seed.name
    for i, a in enumerate(sigs):
        for b in sigs[i + 1:]:
            assert similarity(a, b) < 0.15
    assert similarity(sigs[0], sigs[0]) == 1.0


def test_signature_is_accent_and_case_blind_short_texts_get_none(seed_files):
    from desktop.core.text import fold

    text = seed_files[2].read_text(encoding="utf-8")
    assert signature(fold(text)) == signature(text) == signature(text.upper())
    assert signature(" ".join(["chữ"] * (MIN_SHINGLES + 2))) is None  # too short once shingled
    assert signature("Tin ngắn: hội nghị diễn ra sáng nay.") is None


def test_signature_is_the_same_in_every_process(seed_files):
    """Signatures are stored: a per-process hash (Python's `hash`) would break them."""
    code = (
        "import sys; from pathlib import Path; from desktop.core.signature import signature; "
        f"sys.stdout.write(signature(Path({str(seed_files[1])!r}).read_text()).hex())"
    )
    runs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={"PYTHONHASHSEED": seed, "PATH": ""}, cwd=Path.cwd()).stdout
        for seed in ("1", "2")
    }
    assert runs == {signature(seed_files[1].read_text(encoding="utf-8")).hex()}


def _import_twin(archive, tmp_path, seed: Path, name: str = "dang-lai.txt", byline: str = "Bình"):
    path = tmp_path / name
    path.write_text(republished(seed).replace("Bình", byline), encoding="utf-8")
    return import_files(archive, [path]).outcomes[0]


def test_a_republished_story_is_imported_and_linked(archive, tmp_path, seed_files, gold):
    first = import_files(archive, seed_files).outcomes
    assert [o.status for o in first] == [IMPORTED] * 5  # the seeds are not twins of each other

    outcome = _import_twin(archive, tmp_path, seed_files[3])
    original = first[3].article_id
    title = gold[seed_files[3].name]["metadata"]["title"]
    assert outcome.status == NEAR_DUPLICATE
    assert outcome.article_id not in (None, original)
    assert f"bài số {original}" in outcome.message and title in outcome.message
    assert articles.get_article(archive, outcome.article_id).body  # really stored
    assert twins(archive, outcome.article_id) == [original]
    assert twins(archive, original) == [outcome.article_id]
    assert twins(archive, first[0].article_id) == []

    # A third copy (this time a .docx) joins the same group, pointing at the first article.
    path = tmp_path / "ban-thu-ba.docx"
    path.write_bytes(docx_of(republished(seed_files[3]).replace("Bình", "An")))
    third = import_files(archive, [path]).outcomes[0]
    assert third.status == NEAR_DUPLICATE
    assert twins(archive, original) == [outcome.article_id, third.article_id]
    assert twins(archive, third.article_id) == [original, outcome.article_id]
    with archive.unit_of_work() as session:
        assert session.get(Article, third.article_id).twin_of_id == original


def test_unrelated_articles_are_not_twins_and_bands_are_stored(archive, tmp_path, seed_files):
    summary = import_files(archive, distinct_articles(tmp_path / "n", seed_files, 20))
    assert [o.status for o in summary.outcomes] == [IMPORTED] * 20
    with archive.unit_of_work() as session:
        bands = session.scalars(select(ArticleBand.article_id)).all()
        assert len(bands) == 20 * 16
        assert session.scalar(select(Article.signature).limit(1)) is not None


def test_a_twin_in_the_trash_is_not_linked(archive, tmp_path, seed_files):
    (first,) = import_files(archive, seed_files[:1]).outcomes
    trash.move_to_trash(archive, [first.article_id])
    assert _import_twin(archive, tmp_path, seed_files[0]).status == IMPORTED


def test_merge_moves_originals_and_tags_and_trashes_the_other(archive, tmp_path, seed_files):
    (first,) = import_files(archive, seed_files[4:]).outcomes
    twin = _import_twin(archive, tmp_path, seed_files[4])
    third = _import_twin(archive, tmp_path, seed_files[4], "ban-ba.txt", byline="Châu")
    assert (twin.status, third.status) == (NEAR_DUPLICATE, NEAR_DUPLICATE)
    tags.tag_articles(archive, [first.article_id], "Hội nghị")
    tags.tag_articles(archive, [twin.article_id], "Báo khác")
    tags.tag_articles(archive, [twin.article_id], "Hội nghị")

    merge_twins(archive, twin.article_id, first.article_id)  # keep the newer, drop the root

    kept = articles.get_article(archive, twin.article_id)
    assert kept.tags == ("Báo khác", "Hội nghị")
    with archive.unit_of_work() as session:
        sources = session.scalars(
            select(SourceFile.name).where(SourceFile.article_id == twin.article_id)
        ).all()
        assert sorted(sources) == sorted([seed_files[4].name, "dang-lai.txt"])
        assert session.get(Article, twin.article_id).twin_of_id is None  # leads the group now
    assert trash.trashed_ids(archive) == [first.article_id]
    assert twins(archive, twin.article_id) == [third.article_id]
    assert twins(archive, third.article_id) == [twin.article_id]
    with pytest.raises(ValueError):
        merge_twins(archive, twin.article_id, twin.article_id)


def test_a_failed_file_next_to_twins_changes_nothing(archive, tmp_path, seed_files):
    (tmp_path / "rong.txt").write_bytes(b"")
    summary = import_files(archive, [tmp_path / "rong.txt", seed_files[0]])
    assert [o.status for o in summary.outcomes] == [FAILED, IMPORTED]
