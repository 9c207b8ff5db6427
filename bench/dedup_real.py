"""Near-duplicates on real news: are wire copies linked, and never two different stories?

Judged pairs: ``bench/dedup_pairs.jsonl``, 108 pairs of SaudiNewsNet articles (ids only), each a later
article and the earlier one most similar to it, drawn 12 per band of word-shingle Jaccard (0.2-0.3, …,
0.9-1.0, and identical texts). Labelled by reading both texts:

* ``copy`` — the same text with light edits (dateline, honorifics, a sentence more or less, number or
  name formats, "اليوم" for "أمس");
* ``edited`` — the same source text (a press release, a wire story) rewritten or substantially
  extended or shortened: the same story, but either text holds much the other lacks;
* ``different`` — different reports (of the same event written independently, or the same template
  filled with other places, guests or numbers).

Pairs are split by a hash of their ids into ``tune`` (what thresholds were chosen on) and ``test``.
The archive (bench/snn.py) is built by the code under test; a pair is linked when both articles end up
in the same story (the same first article). Measured:

* recall at the threshold: copies whose similarity (the archive's own MinHash estimate between the two
  signatures) reaches the archive's threshold, and are linked — the issue's measure;
* recall of all copies, and how many edited pairs are linked (neither is an error);
* precision: linked pairs that are copies or edited, over all linked judged pairs (a linked
  ``different`` pair is the error that hides a story);
* over the whole archive: articles scoring at or above the threshold against an earlier article
  (signature estimate, all earlier articles) that are not in that article's story.

    .venv/bin/python bench/dedup_real.py                    # this code
    .venv/bin/python bench/dedup_real.py --before ceaab6f   # and an earlier commit, side by side

Writes the "## Near-duplicates on real news" section of bench/README.md (unless --no-write).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import struct
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import snn
from readme import write_section

SECTION = "## Near-duplicates on real news"
PAIRS = snn.BENCH / "dedup_pairs.jsonl"
RESULTS = snn.BENCH / "results" / "dedup_real.json"
SWEEP = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75)


def load_pairs() -> list[dict]:
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]


def split_of(pair: dict) -> str:
    return "tune" if int(hashlib.sha1(f"{pair['a']} {pair['b']}".encode()).hexdigest(), 16) % 2 == 0 else "test"


def measure(rebuild: bool) -> dict:
    from akhbar.dedup import NUM_PERM

    built = snn.build(rebuild=rebuild, log=lambda m: print(m, file=sys.stderr))
    db = built.archive.store.db
    threshold = built.archive.settings.near_duplicate_threshold
    root = {aid: (dup if dup is not None else aid) for aid, dup in db.execute("SELECT id, duplicate_of FROM articles")}
    sigs = {aid: struct.unpack(f"<{NUM_PERM}I", blob) for aid, blob in db.execute("SELECT article_id, sig FROM signatures")}
    built.close()

    def fresh_sig(snn_id: str) -> tuple[int, ...]:
        """The signature the code under test gives the article (older code kept none for copies)."""
        from akhbar.dedup import fingerprint

        return tuple(fingerprint(snn.by_id()[snn_id]["content"]).signature)

    def sig(snn_id: str) -> tuple[int, ...]:
        aid = built.aid_of[snn_id]
        return sigs[aid] if aid in sigs else fresh_sig(snn_id)

    def est(a: tuple[int, ...], b: tuple[int, ...]) -> float:
        return sum(x == y for x, y in zip(a, b)) / NUM_PERM

    by_split: dict[str, dict] = {}
    rows = []
    for pair in load_pairs():
        a, b = built.aid_of[pair["a"]], built.aid_of[pair["b"]]
        similarity = est(sig(pair["a"]), sig(pair["b"]))
        linked = root[a] == root[b]
        rows.append({**pair, "split": split_of(pair), "similarity": similarity, "linked": linked})
    for name in ("tune", "test", "all"):
        mine = [r for r in rows if name == "all" or r["split"] == name]
        copies = [r for r in mine if r["label"] == "copy"]
        above = [r for r in copies if r["similarity"] >= threshold]
        linked = [r for r in mine if r["linked"]]
        by_split[name] = {
            "pairs": len(mine), "copies": len(copies), "copies_at_threshold": len(above),
            "recall_at_threshold": round(sum(r["linked"] for r in above) / len(above), 3) if above else None,
            "recall_all_copies": round(sum(r["linked"] for r in copies) / len(copies), 3),
            "edited_linked": f"{sum(r['linked'] for r in mine if r['label'] == 'edited')} / "
                             f"{sum(r['label'] == 'edited' for r in mine)}",
            "different_linked": sum(r["linked"] for r in mine if r["label"] == "different"),
            "precision": round(sum(r["label"] != "different" for r in linked) / len(linked), 3) if linked else None,
        }
    # The same pairs if the threshold were another: the pair's own similarity, tune split only for choosing.
    sweep = {}
    for th in SWEEP:
        cell = {}
        for name in ("tune", "test"):
            mine = [r for r in rows if r["split"] == name]
            copies = [r for r in mine if r["label"] == "copy"]
            cell[name] = {"copies": round(sum(r["similarity"] >= th for r in copies) / len(copies), 3),
                          "edited": sum(r["similarity"] >= th for r in mine if r["label"] == "edited"),
                          "different": sum(r["similarity"] >= th for r in mine if r["label"] == "different"),
                          "max_different": max((r["similarity"] for r in mine if r["label"] == "different"), default=0)}
        sweep[str(th)] = cell
    # Whole archive: articles at or above the threshold against any earlier article, not in its story.
    t0 = time.perf_counter()
    order = sorted(built.snn_of)
    all_sigs = {aid: (sigs[aid] if aid in sigs else fresh_sig(built.snn_of[aid])) for aid in order}
    buckets: dict[tuple, list[int]] = defaultdict(list)
    missed, above_count = [], 0
    for aid in order:
        s = all_sigs[aid]
        keys = [(band, s[2 * band:2 * band + 2]) for band in range(NUM_PERM // 2)]  # loose: catches J >= ~0.4
        earlier = {other for key in keys for other in buckets[key]}
        best = max(((est(s, all_sigs[o]), o) for o in earlier), default=(0.0, 0))
        if best[0] >= threshold:
            above_count += 1
            if root[aid] != root[best[1]]:
                missed.append((built.snn_of[aid], built.snn_of[best[1]], round(best[0], 2)))
        for key in keys:
            buckets[key].append(aid)
    from akhbar.arabic import get_analyzer  # noqa: F401 - the code under test is imported by now

    return {"threshold": threshold, "splits": by_split, "sweep": sweep,
            "archive": {"articles": len(order), "duplicates": sum(root[a] != a for a in order),
                        "above_threshold_vs_earlier": above_count, "not_linked": len(missed),
                        "examples_not_linked": missed[:10], "seconds": round(time.perf_counter() - t0, 1)},
            "pairs": [{k: r[k] for k in ("a", "b", "label", "split", "similarity", "linked")} for r in rows]}


def table(runs: dict[str, dict]) -> str:
    lines = ["| code | threshold | split | judged pairs | copies ≥ threshold linked (recall at threshold) | all copies linked |"
             " edited linked | different linked | precision |",
             "|---|---:|---|---:|---|---:|---|---:|---:|"]
    for name, run in runs.items():
        for split in ("tune", "test", "all"):
            s = run["splits"][split]
            at = f"{s['recall_at_threshold']:.3f} ({s['copies_at_threshold']})" if s["recall_at_threshold"] is not None else "–"
            lines.append(f"| {name} | {run['threshold']} | {split} | {s['pairs']} | **{at}** | {s['recall_all_copies']:.3f}"
                         f" ({s['copies']}) | {s['edited_linked']} | {s['different_linked']} | **{s['precision']:.3f}** |")
    return "\n".join(lines)


def archive_table(runs: dict[str, dict]) -> str:
    lines = ["| code | articles | linked as copies | at or above the threshold vs an earlier article | of them not linked |",
             "|---|---:|---:|---:|---:|"]
    for name, run in runs.items():
        a = run["archive"]
        lines.append(f"| {name} | {a['articles']:,} | {a['duplicates']:,} | {a['above_threshold_vs_earlier']:,} | "
                     f"**{a['not_linked']}** |")
    return "\n".join(lines)


def sweep_table(run: dict) -> str:
    lines = ["| threshold | tune: copies reaching it | edited | different (max similarity) | test: copies | edited | different |",
             "|---:|---:|---:|---|---:|---:|---:|"]
    for th, cell in run["sweep"].items():
        t, s = cell["tune"], cell["test"]
        lines.append(f"| {th} | {t['copies']:.3f} | {t['edited']} | {t['different']} ({t['max_different']:.2f}) | "
                     f"{s['copies']:.3f} | {s['edited']} | {s['different']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = snn.parser(__doc__).parse_args(argv)
    runs = snn.side_by_side(args, lambda: measure(args.rebuild), Path(__file__))
    if isinstance(runs, int):
        return runs
    print(table(runs), archive_table(runs), sweep_table(runs["this code"]), sep="\n\n")
    for name, run in runs.items():
        print(name, "not linked:", run["archive"]["examples_not_linked"])
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(runs, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        write_section(SECTION, readme_section(runs, args))
    return 0


def readme_section(runs: dict[str, dict], args: argparse.Namespace) -> str:
    command = "bench/dedup_real.py" + snn.before_flags(args)
    return f"""{SECTION}

{len(load_pairs())} judged pairs of SaudiNewsNet articles (`bench/dedup_pairs.jsonl`: ids and labels only), a later
article and its most similar earlier one, 12 per band of shingle Jaccard from 0.2 to 1.0; labelled copy (the
same text, light edits), edited (the same source text rewritten, extended or cut: either holds much the other
lacks) or different (other reports, or one template with other places and numbers). Split by a hash of the ids
into tune and test. The archives are the 20,000 articles ingested by each version (`bench/snn.py`).

    .venv/bin/python {command}

{table(runs)}

Over the whole archive (every article against every earlier one, signature estimates):

{archive_table(runs)}

The judged pairs if the threshold were another (each pair's own similarity; chosen on tune):

{sweep_table(runs['this code'])}

{NOTES}
Measured {time.strftime('%Y-%m-%d')} (results in `bench/results/dedup_real.json`).
"""


NOTES = """\
What was wrong and what changed:
- Copies of copies were not linked (75 of the 1,850 articles at or above the threshold against an earlier
  one, before): only a story's first article went into the LSH table, so a text whose closest earlier text
  was itself a copy found nothing above the threshold. Every stored article now has its signature and
  buckets (42 bands of 3 rows instead of 32 of 4: a pair at 0.6 meets with probability > 0.9999), and a
  match on a copy links to the story's first article.
- Number formats: "5.3%" and "3ر5%" (the ر decimal of SPA-style copy, fraction written first: 83ر51 = 51.83,
  checked against July 2015 oil prices and vote shares), Eastern digits, ٫ and decimal commas, thousands
  separators and the percent words (في المئة، بالمائة) now give the same words before hashing, so such copies
  are the same text. Archives fingerprinted by the earlier words are re-fingerprinted from their stored texts
  at the next ingest (`Ingestor.refingerprint`, `dedup.FINGERPRINT_VERSION`).
- Not the causes: the LSH bands (32 x 4 already find a pair at 0.7 with probability 0.9998) and cleaned vs
  raw text (the ingest fingerprints the cleaned text it stores, the text this bench compares).
- The threshold stays 0.7. On tune, 0.6 would link more copies (0.903 of them instead of 0.806) and one
  edited version, and no judged different pair comes near it (at most ~0.41: same-template bulletins, rain in
  other towns, the daily market close). But a short release that differs from another only in its numbers
  (a 43-word text with three figures changed scores 0.64) is another report, and a copy is never indexed:
  a wrong link hides an article, a missed one only shows a story twice. The setting
  (`near_duplicate_threshold`) lowers it for an archive that wants it; the sweep shows what it would link.
- Dated bulletins: a copy published two days or more away from its story's first article, whose relative
  dates (اليوم، أمس) therefore name other days, is still linked (one story, searchable once) but keeps its own
  dated events, so both days are on the timeline (`BULLETIN_GAP_DAYS` in `akhbar.ingest`).
"""


if __name__ == "__main__":
    sys.exit(main())
