"""Eyeball planted errors: `python -m bench.planted_sample --kind role-conflict --n 5`.

Prints, for n tuning (or test) articles, what was planted and the changed passages only (a
few hundred characters each, never a whole article). `--coverage` prints instead the share
of the split's articles where each kind can be planted, and its control.
"""

from __future__ import annotations

import argparse
import hashlib
import random
from typing import Any

from bench.planted import KINDS, Planted, clean_control, plant
from bench.split import load_articles

CLIP = 300


def rng_for(article_id: str, kind: str, salt: str = "") -> random.Random:
    """One fixed rng per article and kind, so a sample can be reproduced."""
    digest = hashlib.sha1(f"{article_id}|{kind}|{salt}".encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


def _clip(s: str) -> str:
    s = " ".join(s.split())
    return s if len(s) <= CLIP else s[: CLIP - 3] + "..."


def show(article: dict[str, Any], planted: Planted) -> None:
    print(f"== {article['section']} {article['id']} | {planted.kind} | {planted.description}")
    for s, e in planted.anchors:
        print(f"   kept:    {_clip(planted.text[s:e])}")
    for s, e in planted.changed:
        print(f"   changed: {_clip(planted.text[s:e])}")


def coverage(articles: list[dict[str, Any]]) -> None:
    # Article by article (not kind by kind), so each article is parsed once.
    hits = dict.fromkeys(KINDS, 0)
    ctl = dict.fromkeys(KINDS, 0)
    for a in articles:
        for kind in KINDS:
            hits[kind] += plant(a["text"], kind, rng_for(a["id"], kind)) is not None
            ctl[kind] += (
                clean_control(a["text"], kind, rng_for(a["id"], kind, "control")) is not None
            )
    n = len(articles)
    print(f"{'kind':20} {'planted':>14} {'control':>14}   (of {n} articles)")
    for kind in KINDS:
        print(
            f"{kind:20} {hits[kind]:5} ({hits[kind] / n:5.1%}) {ctl[kind]:5} ({ctl[kind] / n:5.1%})"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=KINDS, default=KINDS[0])
    parser.add_argument("--n", type=int, default=5)
    parser.add_argument("--split", choices=("tuning", "test"), default="tuning")
    parser.add_argument("--seed", type=int, default=0, help="which articles are sampled")
    parser.add_argument("--control", action="store_true", help="show non-error controls")
    parser.add_argument("--coverage", action="store_true", help="share plantable per kind")
    args = parser.parse_args(argv)
    articles = load_articles(args.split)
    if args.coverage:
        coverage(articles)
        return
    random.Random(args.seed).shuffle(articles)
    shown = 0
    for article in articles:
        if shown >= args.n:
            break
        make = clean_control if args.control else plant
        salt = "control" if args.control else ""
        planted = make(article["text"], args.kind, rng_for(article["id"], args.kind, salt))
        if planted is not None:
            show(article, planted)
            shown += 1


if __name__ == "__main__":
    main()
