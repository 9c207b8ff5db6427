"""Build the word tables the claim checker ships in src/akhbar/data/ (reproducible).

* ``awn_words.tsv``: every single-word lemma and broken plural of Arabic WordNet v2
  (../shared/data/awn, CC BY-SA 3.0) as the key the aligner looks words up by, with its root when
  AWN gives one (a root whose letters are not the lemma's is an AWN typo and is left out: :func:`root_fits`;
  ``--roots-only`` writes this table alone). The aligner uses it for "same root" links and to tell common
  words from names.
* ``awn_related.tsv``: AWN synsets of two to eight single-word lemmas, one per line: a word of the source in a
  claim's slot that shares one with the claim's word rewords it (``--related-only`` writes this table alone).
* ``synonyms.tsv``: synonym groups, one per line (``source<TAB>words``): AWN synsets of two to
  five single-word lemmas (larger AWN verb synsets mix unrelated senses: فاز / ارتفع / تقدم), and
  word pairs mined from ANS-train *agree* pairs: where the aligner leaves exactly one word
  unaligned on each side in the same slot, the two words are taken as saying the same thing when
  that happens in at least ``--min-count`` agree pairs and in no disagree pair.

Both files carry the CC BY-SA 3.0 notice of AWN beside them (``awn.LICENSE``); the ANS-mined
pairs come from Apache-2.0 data. Only ANS *train* is read, never dev.

    .venv/bin/python bench/build_verify_tables.py [--min-count 1] [--related-only | --roots-only]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from akhbar.arabic import light10, normalize
from akhbar.qa.match import bare
from akhbar.wordtables import own_key

HERE = Path(__file__).resolve().parent
AWN = HERE.parent.parent / "shared" / "data" / "awn" / "wn-data-arb.tab"
DATA = HERE.parent / "src" / "akhbar" / "data"
MARKS = re.compile("[\u064B-\u0652\u0670\u0640]")
MAX_SYNSET = 5


def key(word: str) -> str:
    return light10(bare(normalize(word)))


# Letters a root may hold that its word does not show: a weak letter or hamza changes seat or drops
# (قال of قول, رئيس of رأس), and a doubled last letter is written once (مدّ of مدد).
_WEAK = frozenset("اويء")


def root_fits(lemma: str, root: str) -> bool:
    """Whether AWN's root can be the root of its lemma: the root's letters are, in order, letters of the folded
    lemma, a weak letter or hamza excepted. AWN has typos in its root field, mostly one letter off by its dots
    (قتّل is given فتل, هجوم هحم, وقع وفع, رقيب رفب), and since marks are dropped قتّل and قتل share one key: the
    wrong root overwrote the right one, so مقتل / يقتل / قتل never met. A root that does not fit is not read."""
    word, root = normalize(lemma), normalize(root)
    letters = [c for i, c in enumerate(root) if i == 0 or c != root[i - 1]]

    def match(i: int, j: int) -> bool:
        if j == len(letters):
            return True
        k = word.find(letters[j], i)
        return (k >= 0 and match(k + 1, j + 1)) or (letters[j] in _WEAK and match(i, j + 1))

    return match(0, 0)


def awn_tables() -> tuple[dict[str, str], list[list[str]]]:
    # awn_words.tsv is keyed by a lemma's own letters (own_key), as the readers look a text word up (lookup_keys):
    # a lemma is written without clitics, and :func:`key` took a first ب ك ف ل و for one, so a short key took another
    # word's root ("طن", a ton, got وطن from وطني; "شر" بشر) and linked unrelated words. A key also loses letters the
    # light stem takes for an ending or an article ("مدين", a debtor, is keyed "مد"; "والدين" "دين"), as the reader's
    # does ("إسكان" is looked up as "اسك"): a lemma written as its key keeps it, one cut down to it does not overwrite it.
    lemmas: dict[str, list[str]] = defaultdict(list)
    roots: dict[str, str] = {}
    words: dict[str, str] = {}
    as_written: set[str] = set()
    last_lemma: dict[str, str] = {}
    for line in AWN.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        sid, field, value = line.split("\t")
        value = MARKS.sub("", value).strip()
        if field == "arb:lemma":
            last_lemma[sid] = value
            if " " not in value:
                lemmas[sid].append(value)
                words.setdefault(own_key(value), "")
        elif field == "arb:lemma:root" and sid in last_lemma and " " not in last_lemma[sid]:
            lemma, root = last_lemma[sid], normalize(value.replace(" ", ""))
            if not root_fits(lemma, root):
                continue
            k = own_key(lemma)
            roots[k] = root
            if k not in as_written or normalize(lemma) == k:
                words[k] = root
                if normalize(lemma) == k:
                    as_written.add(k)
            # a feminine lemma is keyed with its ة (own_key: صبية is no صبي in a synset), but its masculine, which AWN
            # may not list (ثاني of ثانية), has its root: under the cut key too, where no other word put one (three letters
            # at least: "بي" of بيئة would give its root to بيان)
            cut = light10(normalize(lemma), keep_waw=True)
            if cut != k and len(cut) >= 3 and not words.get(cut) and root_fits(cut, root):
                words[cut] = root
        elif field == "arb:lemma:brokenplural" and " " not in value and sid in last_lemma:
            words.setdefault(own_key(value), roots.get(own_key(last_lemma[sid]), ""))
    groups = []
    for members in lemmas.values():
        distinct = sorted({normalize(w) for w in members})
        if 2 <= len(distinct) <= MAX_SYNSET and len({key(w) for w in distinct}) >= 2:
            groups.append(distinct)
    return words, groups


MAX_RELATED = 8


def awn_related() -> list[list[str]]:
    """AWN synsets of two to MAX_RELATED single-word lemmas: words a source may put in a claim's slot to say the
    same thing (read only to keep a rewording from being called a change, never to support a claim)."""
    lemmas: dict[str, set[str]] = defaultdict(set)
    for line in AWN.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        sid, field, value = line.split("\t")
        value = MARKS.sub("", value).strip()
        if field == "arb:lemma" and " " not in value:
            lemmas[sid].add(normalize(value))
    return sorted({tuple(sorted(m)) for m in lemmas.values()
                   if 2 <= len(m) <= MAX_RELATED and len({key(w) for w in m}) >= 2})  # type: ignore[misc]


def mined_pairs(min_count: int) -> list[tuple[str, str, int]]:
    """Single-slot substitutions of ANS-train agree pairs never seen in a disagree pair."""
    sys.path.insert(0, str(HERE))
    from akhbar.align import align, analyze
    from verify_ans import load_ans

    agree: Counter[tuple[str, str]] = Counter()
    disagree: Counter[tuple[str, str]] = Counter()
    for row in load_ans("train"):
        a = align(analyze(row["claim"]), analyze(row["source"]))
        # Slot substitutions: the claim word's neighbours are linked and the evidence word between
        # them is not (the aligner's own reading of "the same slot").
        subs = [(c, e) for c, e in _slot_pairs(a) if key(c) != key(e) and len(key(c)) >= 2 and len(key(e)) >= 2]
        if len(subs) != 1:
            continue
        pair = tuple(sorted(normalize(w) for w in subs[0]))
        (agree if row["label"] == "supported" else disagree)[pair] += 1  # type: ignore[index]
    return [(a, b, n) for (a, b), n in sorted(agree.items()) if n >= min_count and (a, b) not in disagree]


def _slot_pairs(a) -> list[tuple[str, str]]:
    from akhbar.conflicts import substitutions

    used = {link.evidence for link in a.links.values()}
    return substitutions(a.claim, a.evidence, a.links, used)[1]


def document_frequencies() -> tuple[int, Counter[str]]:
    """How many sentences hold each word key, over ANS-train (both sides) and ARCD sentences."""
    sys.path.insert(0, str(HERE))
    from akhbar.align import analyze
    from akhbar.sides import df_key
    from fit_verify import arcd_sentences
    from verify_ans import load_ans

    texts = {t for r in load_ans("train") for t in (r["claim"], r["source"])}
    texts |= {s for s, _ in arcd_sentences()}
    df: Counter[str] = Counter()
    for t in texts:
        df.update({df_key(w) for w in analyze(t).words})
    return len(texts), df


def write_roots(words: dict[str, str], header: str) -> int:
    (DATA / "awn_words.tsv").write_text(header + "".join(f"{k}\t{r}\n" for k, r in sorted(words.items()) if k),
                                        encoding="utf-8")
    print(f"awn_words.tsv: {len(words)} words ({sum(bool(r) for r in words.values())} with a root)")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min-count", type=int, default=1)
    ap.add_argument("--related-only", action="store_true", help="write awn_related.tsv alone")
    ap.add_argument("--roots-only", action="store_true", help="write awn_words.tsv alone")
    args = ap.parse_args(argv)
    if not AWN.exists():
        print(f"needs {AWN} (Arabic WordNet, not present)", file=sys.stderr)
        return 2
    header = ("# Derived from Arabic WordNet v2 (Abouenour, Bouzoubaa, Rosso 2015; Alkhalifa, Elkateb 2007),\n"
              "# CC BY-SA 3.0 (see awn.LICENSE beside this file). Built by bench/build_verify_tables.py.\n")
    if args.roots_only:
        return write_roots(awn_tables()[0], header)
    related = awn_related()
    (DATA / "awn_related.tsv").write_text(header + "".join(" ".join(g) + "\n" for g in related), encoding="utf-8")
    print(f"awn_related.tsv: {len(related)} AWN synsets of 2 to {MAX_RELATED} words")
    if args.related_only:
        return 0
    words, groups = awn_tables()
    write_roots(words, header)
    # Synonyms are mined with the AWN tables in place but without the previous mined pairs.
    (DATA / "synonyms.tsv").write_text(header + "".join(f"awn\t{' '.join(g)}\n" for g in groups), encoding="utf-8")
    from akhbar import align, wordtables

    wordtables.synonym_groups.cache_clear()
    wordtables.root_table.cache_clear()
    align.analyze.cache_clear()
    mined = mined_pairs(args.min_count)
    with (DATA / "synonyms.tsv").open("a", encoding="utf-8") as f:
        f.write("# Pairs mined from ANS-train agree pairs (Apache-2.0), count in the first column.\n")
        for a, b, n in mined:
            f.write(f"ans:{n}\t{a} {b}\n")
    n, df = document_frequencies()
    (DATA / "word_df.tsv").write_text(
        "# Sentence frequencies of word keys over ANS-train (Apache-2.0) and ARCD (MIT) sentences, for IDF.\n"
        f"#sentences\t{n}\n" + "".join(f"{k}\t{c}\n" for k, c in sorted(df.items()) if c >= 2), encoding="utf-8")
    print(f"word_df.tsv: {sum(c >= 2 for c in df.values())} words over {n} sentences")
    print(f"awn_words.tsv: {len(words)} words ({sum(bool(r) for r in words.values())} with a root); "
          f"synonyms.tsv: {len(groups)} AWN groups, {len(mined)} ANS-mined pairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
