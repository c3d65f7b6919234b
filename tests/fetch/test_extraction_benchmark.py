"""181 real news pages, served locally and fetched through the real client."""

from pathlib import Path

from bench.extraction import run


def test_extracted_bodies_match_ground_truth(corpus_dir: Path):
    results = run()
    assert results["pages"] == 181
    assert results["failures"] == {}
    assert results["f1"] >= 0.95, results
    assert results["mean_page_f1"] >= 0.95, results
