"""The generation guard: what `ask --generate` keeps of recorded model answers, sentence by sentence.

No language model runs on this machine. `bench/generation_answers.jsonl` holds answers written for this
project in the style of a model that words the sources of `ask` (61 sentences about src/akhbar/sample/corpus,
each labelled: supported by the archive, unsupported — an invented detail —, or contradicted — a wrong
number, date or name), and seed 000's machine answer is added when ../shared is present (its
sentences labelled unsupported: the seed's own article does not back them). A chat-completions
server on 127.0.0.1 returns each answer for its question; Archive.ask(question, generate=True) does
the rest, exactly as the CLI and the page do.

    .venv/bin/python bench/generation_guard.py [--errors] [--no-write]

Reported: share of unsupported sentences removed (dropped or replaced; goal >= 0.95), of contradicted
sentences removed and of those replaced by their source, of supported sentences kept (goal >= 0.90).
The answers and labels were written by the author of the generation code (not blind); the claim checker
behind it is verify's (check_claim), tuned elsewhere on other data.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from akhbar import Archive, ArticleDraft, load_settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from model_servers import StubServer  # the recorded chat server of the tests
from readme import write_section

ROOT = Path(__file__).resolve().parents[1]

ANSWERS = ROOT / "bench" / "generation_answers.jsonl"
HELDOUT = ROOT / "bench" / "generation_heldout.jsonl"  # written before the guard's round-4 changes; never fitted on
HELDOUT2 = ROOT / "bench" / "generation_heldout2.jsonl"  # written before round 5's changes; errors read after them
HELDOUT3 = ROOT / "bench" / "generation_heldout3.jsonl"  # written before round 6's changes; errors read after them
HELDOUT4 = ROOT / "bench" / "generation_heldout4.jsonl"  # written before round 7's changes; errors read after them
HELDOUT5 = ROOT / "bench" / "generation_heldout5.jsonl"  # written before round 8's changes; errors read after them
HELDOUT6 = ROOT / "bench" / "generation_heldout6.jsonl"  # written before round 9's changes; errors read after them
HELDOUT7 = ROOT / "bench" / "generation_heldout7.jsonl"  # written before round 10's changes; errors read after them
HELDOUT8 = ROOT / "bench" / "generation_heldout8.jsonl"  # written before round 11's changes; errors read after them
HELDOUT9 = ROOT / "bench" / "generation_heldout9.jsonl"  # written before round 12's changes; errors read after them
HELDOUT10 = ROOT / "bench" / "generation_heldout10.jsonl"  # written before round 13's changes; the held-out set from then on
PARTS = ("fit", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
         "heldout9", "heldout10")
# sets whose misses may be read (--errors): every set was reported once as held out before it was read; held out 10
# is not among them (--held-out-errors lists its misses, once, at the end of the round that reports it)
DEV = PARTS[:-1]
SEED = ROOT.parent / "shared" / "seeds"
RESULTS = ROOT / "bench" / "results" / "generation_guard.json"
SECTION = "## Generation guard"
SEED_NOTE = ", plus the machine answer of seed 000"
SEED_QUESTION = "كم عسكريا روسيا شارك في العملية في سوريا؟"  # one the seed article answers


def cases() -> list[dict]:
    rows = []
    for part, path in zip(PARTS, (ANSWERS, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8,
                                   HELDOUT9, HELDOUT10)):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append({**json.loads(line), "archive": "corpus", "part": part})
    seeds = sorted(glob.glob(str(SEED / "000_*.txt")))
    if seeds:
        lines = Path(seeds[0]).read_text(encoding="utf-8").splitlines()
        asked = next(i for i, line in enumerate(lines) if line.strip().endswith("؟"))
        machine = "\n".join(lines[asked + 1:])
        from akhbar.qa.generate import parse_reply

        rows.append({"question": SEED_QUESTION, "reply": machine, "archive": "seed", "part": "fit",
                     "labels": ["unsupported"] * len(parse_reply(machine)), "seed_article": "\n".join(lines[:asked])})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true", help="list every sentence of the development sets whose outcome misses its label")
    ap.add_argument("--held-out-errors", action="store_true", help="list held out 10's misses (read once, after its reported run)")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    rows = cases()
    replies = {row["question"]: row["reply"] for row in rows}

    def reply(messages: list[dict]) -> str:
        return next(text for question, text in replies.items() if question in messages[-1]["content"])

    outcomes: list[tuple[str, str, str, str, str]] = []  # (part, label, action, text, reason)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, StubServer(reply=reply) as server:
        settings = load_settings(env={"AKHBAR_LLM_URL": server.url, "AKHBAR_LLM_MODEL": "recorded", "AKHBAR_WORKERS": "1"})
        archives = {}
        with Archive.open(Path(tmp) / "corpus", settings=settings) as archive:
            archive.ingest([str(ROOT / "src" / "akhbar" / "sample" / "corpus")])
        archives["corpus"] = Path(tmp) / "corpus"
        seed_row = next((r for r in rows if r["archive"] == "seed"), None)
        if seed_row:
            with Archive.open(Path(tmp) / "seed", settings=settings) as archive:
                archive.add_articles([ArticleDraft(text=seed_row["seed_article"], title="العلاقات الروسية السورية")])
            archives["seed"] = Path(tmp) / "seed"
        for row in rows:
            with Archive.open(archives[row["archive"]], settings=settings) as archive:
                answer = archive.ask(row["question"], generate=True)
            generated = answer.generated or []
            if answer.abstained:
                outcomes += [(row["part"], label, "not asked (ask abstained)", "", "") for label in row["labels"]]
                continue
            if len(generated) != len(row["labels"]):
                raise SystemExit(f"{row['question']}: {len(generated)} sentences parsed, {len(row['labels'])} labels")
            outcomes += [(row["part"], label, g.action, g.text, g.reason) for label, g in zip(row["labels"], generated)]
    seconds = time.perf_counter() - started

    result = {part: score([o[1:] for o in outcomes if o[0] == part]) for part in PARTS}
    result.update({"seed_000": bool(seed_row), "seconds": round(seconds, 1)})
    print(json.dumps(result, indent=1, ensure_ascii=False))
    if args.errors:  # the development sets only
        wanted = {"supported": ("kept",), "unsupported": REMOVED, "contradicted": ("replaced",)}
        for part, label, action, text, reason in outcomes:
            if part in DEV and action not in wanted[label]:
                print(f"{part:>8} {label:>12} -> {action:<8} {text}  [{reason}]")
    if args.held_out_errors:
        wanted = {"supported": ("kept",), "unsupported": REMOVED, "contradicted": ("replaced",)}
        for part, label, action, text, reason in outcomes:
            if part not in DEV and action not in wanted[label]:
                print(f"{part:>8} {label:>12} -> {action:<8} {text}  [{reason}]")
    if not args.no_write:
        RESULTS.parent.mkdir(exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        write_section(SECTION, section(result))


REMOVED = ("dropped", "replaced", "not asked (ask abstained)")


def score(outcomes: list[tuple[str, str, str, str]]) -> dict:
    """The guard's shares on (label, action, text, reason) outcomes."""
    by_label = Counter(label for label, *_ in outcomes)
    table = Counter((label, action) for label, action, *_ in outcomes)

    def share(label: str, actions: tuple[str, ...]) -> float:
        return round(sum(table[(label, a)] for a in actions) / max(by_label[label], 1), 3)

    return {
        "sentences": len(outcomes), "by_label": dict(by_label),
        "unsupported_removed": share("unsupported", REMOVED),
        "contradicted_removed": share("contradicted", REMOVED),
        "contradicted_replaced": share("contradicted", ("replaced",)),
        "supported_kept": share("supported", ("kept",)),
        "table": {f"{label} -> {action}": n for (label, action), n in sorted(table.items())},
    }


def section(r: dict) -> str:
    sets = [r[part] for part in PARTS]
    labels = sorted(set().union(*(s["table"] for s in sets)))
    rows = "\n".join(f"| {k} | " + " | ".join(str(s["table"].get(k, 0)) for s in sets) + " |" for k in labels)

    def line(name: str, key: str, label: str, goal: str = "") -> str:
        counts = " / ".join(str(s["by_label"].get(label, 0)) for s in sets)
        return f"| {name} ({counts}) | " + " | ".join(f"{s[key]:.3f}" for s in sets) + f" | {goal} |"

    return f"""{SECTION}

`akhbar ask --generate` on recorded model answers, served by a chat-completions server on 127.0.0.1; every
sentence goes through the claim checker (verify's `check_claim`) against the sources it cites, then every
source and the archive. Eleven sets of answers about src/akhbar/sample/corpus, written for this project, each
sentence labelled supported / unsupported (an invented detail) / contradicted (a wrong number, date or name):
**fitting** (`bench/generation_answers.jsonl`, 11 answers, 61 sentences{SEED_NOTE if r['seed_000'] else ''}),
whose misses were read to change the checker; **dev 1** (`bench/generation_heldout.jsonl`, 6 answers, 43
sentences, held out in rounds 4-5), **dev 2** (`bench/generation_heldout2.jsonl`, 7 answers, 52 sentences,
held out in round 5), **dev 3** (`bench/generation_heldout3.jsonl`, 7 answers, 61 sentences, held out in round
6), **dev 4** (`bench/generation_heldout4.jsonl`, 7 answers, 64 sentences, held out in round 7), **dev 5**
(`bench/generation_heldout5.jsonl`, 8 answers, 79 sentences, held out in round 8), **dev 6**
(`bench/generation_heldout6.jsonl`, 8 answers, 80 sentences, held out in round 9), **dev 7**
(`bench/generation_heldout7.jsonl`, 8 answers, 86 sentences, held out in round 10), **dev 8**
(`bench/generation_heldout8.jsonl`, 9 answers, 98 sentences, held out in round 11) and **dev 9**
(`bench/generation_heldout9.jsonl`, 12 answers, 116 sentences, held out in round 12): each was reported as held out,
then became a development set whose misses later rounds read; **held out 10** (`bench/generation_heldout10.jsonl`,
13 answers, 139 sentences, on questions `ask` answers on the corpus and none of the others asks), written and
committed before round 13's change, measured on main before it, its misses read once at the end (Round 13 below).
"Not asked": `ask` abstained on the question, so no model is called; since Round 10's table, ask's own changes on
main (its rare-word constraint and after) abstain on one answer of dev 1 (8 sentences) and one of dev 3 (9): their
supported kept fell 0.800 -> 0.567 and 0.750 -> 0.562 on main itself (no change of the guard).

    .venv/bin/python bench/generation_guard.py            # --errors: the development sets' misses; --held-out-errors: held out 10's

| measure (sentences per set) | fitting | dev 1 | dev 2 | dev 3 | dev 4 | dev 5 | dev 6 | dev 7 | dev 8 | dev 9 | held out 10 | goal |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
{line("unsupported sentences removed", "unsupported_removed", "unsupported", "≥ 0.95")}
{line("contradicted sentences removed", "contradicted_removed", "contradicted")}
{line("contradicted sentences replaced by their source", "contradicted_replaced", "contradicted")}
{line("supported sentences kept", "supported_kept", "supported", "≥ 0.90")}

| label -> what the verified answer does | fitting | dev 1 | dev 2 | dev 3 | dev 4 | dev 5 | dev 6 | dev 7 | dev 8 | dev 9 | held out 10 |
|---|---|---|---|---|---|---|---|---|---|---|---|
{rows}

{NOTES}
"""


# Written by hand: what changed and what the numbers were before (a re-run keeps it).
NOTES = """Round 4 (before and after its change, same run otherwise): supported kept, fitting 0.692 -> 0.821,
held out 0.633 -> 0.700; unsupported and contradicted removed 1.000 before and after on both. The change: light
verbs (`lexicon.LIGHT_VERBS`, one list) carry no content of their own in the aligner: "جاء" before a word of
time or scope ("وجاء الإطلاق بعد تأجيله"), "بلغ" in a sentence with a number ("بلغت قوة الزلزال 7.8"), "تلا",
"شمل" (tests/test_light_verbs.py). Verify round 5 then removed two errors of the aligner on the fitting answers
(بشار as his own swap partner; "أحمد الشرع" against "الشرع" read as أحمد ≠ بشار): fitting 0.821 -> 0.846.

Round 5 (2026-12-02; before = main 696713f, after = this commit, one sitting). First, before any change to
the checker, a second held-out set was written and committed (`bench/generation_heldout2.jsonl`, 7 answers,
52 sentences: 38 supported, 7 unsupported, 7 contradicted, on articles the other sets do not ask about) and
measured once. Then the causes read on the fitting answers were fixed in the checker, each pinned by our own
sentences in tests/test_guard_paraphrases.py (the paraphrase supported, its false variant not):
- a date of another event decides nothing: a date on the far side of a phrase of `lexicon.RELATIVE_TIME`
  (بعد / قبل / عقب / إثر / منذ …) from the claim's event words neither contradicts nor supports
  ("كُلّف البشير يوم الثلاثاء 10 ديسمبر … بعد يومين من سقوط حكم بشار الأسد" no longer contradicts, nor
  supports, a date of the fall);
- a weekday is a value ("فجر يوم الاثنين" against "فجر أمس الاثنين" in an article of a Tuesday, or a full
  date of that weekday); another weekday is a date conflict;
- "لاحقاً" is no fact to find (`lexicon.SEQUENCE_ADVERBS`);
- "انتهى" before the result it ends with ("انتهى الوقتان … بالتعادل 3-3") and the passive "أقيم" before a
  venue ("أقيمت المباراة على استاد لوسيل") are light verbs; "أقام", and "أقيم … في نوفمبر", are not;
- the name of a noun on both sides ("سقط حكم بشار الأسد" / "أسقط حكم بشار الأسد") is no party whose role
  changed; after a team or title it still is ("خسر منتخب المغرب" / "فاز منتخب المغرب" stays unsupported).

| supported kept (unsupported and contradicted removed: 1.000 before and after on every set) | before | after |
|---|---|---|
| fitting (39 supported; its misses were read) | 0.846 | **0.974** |
| held out (30; never read for errors) | 0.700 | 0.700 |
| held out 2 (38; written before the change, errors read only after this last run) | 0.789 | 0.789 |

The held-out sets did not move: the fixes are real (the tests pin them) but the causes they remove are not
what drops supported sentences elsewhere. What held out 2 still drops or replaces (read after the last run,
not changed on): verb paraphrases the aligner cannot link ("يندرج ضمن" / "يأتي ضمن", "ستدير" / "ستتولى
إدارة" read as two names, "محتجزة" / "احتجازها", "لا يوجد" / "لا وجود"), "لا يبعد … سوى" read as a negation,
a nominal sentence "نيوم مشروع أعلنه …" read as a role swap, "ويضم المشروع" against "كُشف عن". The one
fitting miss left is a sentence that points back ("وكان ذلك عام 1988"): not tried again this round.

Verify's own benchmarks, before -> after (bench/verify_eval.py, bench/verify_ans.py, same sitting): supported
precision unchanged on every split (XQuAD claims 1.000, corpus tune / test 1.000, heldout-dev 0.977, heldout
0.964, ANS-dev 0.956, ANS-train 0.954). Accuracy: XQuAD tune 0.872 = 0.872, XQuAD test 0.803 -> 0.817 (one of
its errors was seen by mistake in an --errors listing, after the change that fixes it); corpus tune 0.807 ->
0.819, test 0.962 = 0.962, heldout-dev 0.630 -> 0.639 (contradicted P 0.719 -> 0.727); corpus heldout, reported
once, errors not read: 0.780 -> 0.771 (one contradiction now unsupported: contradicted R 0.780 -> 0.756); ANS-dev
0.620 / 0.474 unchanged, ANS-train 0.679 / 0.532 -> 0.678 / 0.531 (contradicted R 0.810 -> 0.808).
`bench/ask_corpus.py` identical.

Round 6 (2026-12-02; before = main 24c5e10, after = this commit, one sitting). First, before any change to the
checker, a third held-out set was written and committed (`bench/generation_heldout3.jsonl`, 7 answers, 61
sentences: 47 supported, 7 unsupported, 7 contradicted as first labelled, on articles and questions the other
sets do not use);
held out 1 and 2, each reported once as held out, became development sets whose misses were read. Fixed in the
checker, each pinned by our own sentences in tests/test_guard_paraphrases.py (the paraphrase kept, its false
variant not supported):
- a trust bug: the passive "هُزم" (and "هزم … أمام" without vowels) was read as a win, so "هُزم المغرب أمام
  البرتغال" was supported by "انتصر المغرب على البرتغال"; the voice is now read (`lexicon.WIN_VERBS_PASSIVE_ALIKE`,
  `align._voice`): a damma or "أمام" / "على يد" make a loss, a second team after it ("هزم المغرب البرتغال",
  "ثم أقصوا إسبانيا") a win with that team the loser, and without either who won is unknown: it supports nothing.
  Clubs written with the article are parties too (`conflicts.unnamed_parties`): "فاز النصر على الهلال" was
  supported by "انتصر الهلال على النصر" and is now contradicted;
- "لا … سوى / إلا" is an exception, no negation (`lexicon.EXCEPTIONS`); "تولى إدارة" = "أدار" (light before
  `lexicon.TAKEN_ON`); a future verb is no name and links as its present ("ستدير" / "إدارة"); a participle links
  its verbal noun in forms VII, VIII, X ("محتجزة" / "احتجازها"); "يندرج ضمن" = "يأتي ضمن"; "يقع" before a place,
  "يُعد من" are light; "على بعد" = "يبعد"; a name first with its pronoun after the verb is that verb's object
  ("نيوم مشروع أعلنه …": no role swap);
- "زلزال ثانٍ" ranks the quake: a rank and a value that both differ tell another of the series, and the value
  decides nothing; "أممية" = "الأمم المتحدة"; a claim's date without its year is read in the year of each
  candidate's article ("في السادس من فبراير/شباط" against "فجر أمس الاثنين" of 7 February 2023).

Measured in one sitting (bench/generation_guard.py run with PYTHONPATH on main 24c5e10, then on this commit):

| set (supported / unsupported / contradicted) | supported kept | unsupported removed | contradicted removed | contradicted replaced |
|---|---|---|---|---|
| fitting (39 / 16 / 11; misses read) | 0.949 -> 0.949 | 1.000 -> 1.000 | 1.000 -> 1.000 | 1.000 -> 1.000 |
| dev 1 (30 / 6 / 7; misses read this round) | 0.700 -> **0.800** | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.857 -> 0.857 |
| dev 2 (38 / 7 / 7; misses read this round) | 0.789 -> **0.947** | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 |
| held out 3, as reported before its misses were read (47 / 7 / 7) | 0.574 -> 0.596 | 0.857 -> 0.857 | 0.857 -> 0.857 | 0.571 -> 0.714 |
| held out 3 after (48 / 6 / 7: one label corrected, one fix) | 0.583 -> 0.604 | 1.000 -> 1.000 | 0.857 -> **1.000** | 0.571 -> 0.857 |

Held out 3, read only after its reported run: the unsupported sentence kept ("وتبلغ حمولة السفينة نحو 200 ألف
طن") is stated by another article of the archive (ever_given_refloated.html): the label was wrong and is
corrected. The contradicted one kept ("… حالة الطوارئ … لمدة شهر" for "لمدة أسبوعين") was a trust bug: a
duration named by its unit alone is now a value (`lexicon.DURATION_WORDS`, compared apart from the other values),
fixed after reading. Held out 3 drops most supported sentences for reasons the dev sets did not show: dates
with a weekday the sentence states as "أمس السبت" ("مساء السبت 10 ديسمبر" against a page of the 11th), "1-0" for
"بهدف نظيف", "نظيفين" for "دون رد", verbs a model adds ("نتج", "شهد", "أرجعت", "تأهل", "وفقاً"), and changed
slots the model reads as contradictions ("متجهة" / "في طريقها", "اثني عشر في المئة" / "12 في المئة"): the
next round's list. Its 0.596 is the honest held-out number; the dev sets' gains did not carry over to it.

Verify's own benchmarks, before -> after, same sitting: supported precision unchanged or up on every split:
XQuAD tune / test 0.904 / 0.817 = (P 1.000); corpus tune 0.819 =, test 0.936 =, heldout-dev 0.655 = (P 0.978);
corpus heldout, reported once: 0.780 -> 0.780 (supported P 0.964 = 0.964, R 0.806 -> 0.791; contradicted P
0.775 -> 0.800, R 0.756 -> 0.780); ANS-dev 0.640 / 0.492 -> 0.638 / 0.492 (supported P 0.960 =, R 0.358 =;
contradicted R 0.788 -> 0.786: "ستزود" now links "إمداد"), ANS-train 0.683 -> 0.684 (supported P 0.953 -> 0.954).
Rebased on main d4fff49 (verify's round 6 landed meanwhile), again before -> after in one sitting: the guard's
numbers as above on every set; claim sets unchanged; ANS-dev 0.652 -> 0.650 (supported P 0.980 = 0.980,
contradicted R 0.807 -> 0.805), ANS-train 0.687 -> 0.688 (supported P 0.953 = 0.953).

Tried and not kept: the present verb looked up by its past in the root table ("يوجد" by "وجد", for "لا يوجد" /
"لا وجود"): it linked "تودع" to "وديعة" and made one false "supported" on ANS-train (supported P 0.953 -> 0.952).
Also tried: a changed slot counted for the model's own contradiction only between two words of one kind (a name
for a name): fitting 0.949 -> 0.974, but contradictions caught fell (corpus test 0.936 -> 0.923, ANS-dev
contradicted R 0.786 -> 0.779, ANS-train 0.807 -> 0.801; held out 2's contradicted replaced 0.714 -> 0.571): not kept.
Left: the model's own contradictions on a changed slot where the claim says more than the sentence ("واستمرت
الهتافات …", "وهي على الساحل السوري", "ويضم المشروع …": replaced instead of kept), verb/passive participle pairs
of form I ("المسموح" / "تسمح": "مشروع" / "يشرع" would meet too), durations read as relative dates ("بعد ثلاثة أيام").

### Round 7 (guard8): held out 4; clean-sheet scores, month names, neighbour dates, attributions

Round 7 (2026-12-03; before = main 24bebb0, after = this commit, one sitting). First, before any change, a fourth
held-out set was written and committed (`bench/generation_heldout4.jsonl`, 7 answers, 64 sentences: 50
supported, 7 unsupported, 7 contradicted, labelled by reading the corpus articles; questions on articles the
other sets do not ask about: Diab's resignation, the France-Morocco semi-final, Mahfouz's death, the refloating,
the new capital's announcement, the Soviet-Syrian relations, where Assad went) and measured once on main.
Then the misses of held out 3 (dev 3 from now on) and held out 4 were read and fixed in the checker, each pinned
by our own sentences in tests/test_guard_paraphrases.py and tests/test_generate.py:
- a win without a goal against is its score (`lexicon.CLEAN_SHEET`, `values._clean_sheets`): "بهدفين دون رد" =
  "بهدفين نظيفين" = "2-0", "بهدف نظيف" = "1-0". A trust bug on main: "فاز المغرب على البرتغال بهدفين نظيفين"
  was *supported* by "بفوزه على البرتغال بهدف نظيف" ("هدفين" links "هدف" by its stem); it is now a score
  conflict (contradicted). These scores are left out of the model's value counts (`claim_values`,
  `evidence_values`), which it was fitted without: counted, they moved ask's re-ranker enough to answer "من
  سجل هدف المغرب في مرمى البرتغال؟" with a sentence that does not name the scorer (bench/ask_corpus.py answered
  41 -> 42, first point right 39 -> 39);
- "اثني عشر" / "اثنتي عشرة" is 12 (`numbers`): "اثني عشر في المئة" was read as 10%, a false contradiction;
- an ordinal inside a date is the month's name: "الثاني" of "يناير/كانون الثاني 2019" ranks nothing (it was
  a rank the source had to state);
- a day without its year after a dated one in its sentence takes the year that puts it nearest that date
  (`dates._borrow_year`): "دخلت دمشق في 8 ديسمبر 2024، بعد هجوم انطلق … في 27 نوفمبر" is 27 November 2024, not
  2025 (a false year conflict);
- "وفقاً لـ" / "بحسب" / "حسب" are sayings (the "قال" group); "يصل" / "يبلغ" join "وصل" / "بلغ"; "متجهة" =
  "في طريقها";
- a dual is a count of two, never its singular (`lexicon.DUAL_NOUNS`): a false "supported" on main, "سجل الخطيب
  هدفين" was supported by "سجل الخطيب هدفاً واحداً" (also "شخصان" / "شخص", "بلقبين" / "بلقب");
- the guard (`qa/generate.judge`): a contradiction in the cited sources no longer outweighs a sentence of the
  wider evidence that supports the claim (check_claim's own rule, support by any sentence wins): the cited
  sentence dated another event ("أعلنت الهيئة أمس الاثنين نجاح التعويم، بعد ستة أيام من جنوحها" for "جنحت صباح
  الثلاثاء 23 مارس"); the kept sentence then cites the sentence that supports it.

    .venv/bin/python bench/generation_guard.py --no-write      # with PYTHONPATH=<main 24bebb0>/src for "before"

| set (supported / unsupported / contradicted) | supported kept | unsupported removed | contradicted removed | contradicted replaced |
|---|---|---|---|---|
| fitting (39 / 16 / 11; misses read) | 0.974 -> 0.974 | 1.000 -> 1.000 | 1.000 -> 1.000 | 1.000 -> 1.000 |
| dev 1 (30 / 6 / 7) | 0.800 -> 0.800 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.857 -> 0.857 |
| dev 2 (38 / 7 / 7) | 0.947 -> 0.947 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 |
| dev 3 (48 / 6 / 7; held out 3, misses read this round) | 0.604 -> **0.729** | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.857 -> 0.857 |
| **held out 4, as first measured** (50 / 7 / 7; main 24bebb0) | **0.700** | **1.000** | **1.000** | **0.714** |
| held out 4 after reading its misses | 0.700 -> 0.800 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 |

Known, shared with "قال" on main: a saying's speaker is not checked when the claim names the subject again
("وفقاً للوزير، سيستقيل الوزير" / "وقالت مصادر إن الوزير سيستقيل" is supported, as "وقال الوزير إن الوزير سيستقيل"
is on main).

(Fitting reads 0.974 on main 24bebb0 already, not round 6's 0.949: verify's round 6 landed after that table.)
The held-out number of this round is held out 4's 0.700 before any change; its 0.800 is after its misses were
read and is no held-out number. Unsupported and contradicted sentences stay removed on every set.

Verify's own benchmarks before -> after: bench/README "Verify", Round 7 (guard8): supported precision unchanged
on every split (XQuAD claims 1.000, corpus tune / test 1.000, heldout-dev 0.978, heldout 0.964, ANS-dev 0.980,
ANS-train 0.953 against main 2ac219b). `bench/dates_accuracy.py`: 99.3% before and after (its one miss, a Hijri
year without a reference, is main's).

`bench/ask_corpus.py`: identical before and after (answered 41 of 48, first point right 39, short answers 34 /
33 right, held-out absent 30 of 36 abstained).

Landed first and removed within the round (7f53a00 -> this commit), after probes with our own sentences found
false "supported" verdicts they made (now pinned as not supported in tests/test_guard_paraphrases.py):
- a pair of neighbouring sentences read when it gives a value the sentences covering the claim's words lack:
  "استقالت الحكومة يوم الثلاثاء 4 أغسطس" was supported by "وقع الانفجار يوم الثلاثاء 4 أغسطس. واستقالت الحكومة
  بعد ستة أيام": the neighbour's date is another event's. It had kept two sentences of dev 3 (0.792 -> 0.750);
- "شهد" as a light verb: "شهد الرئيس حفل الافتتاح" was supported by "غاب الرئيس عن حفل الافتتاح" (dev 3 0.750 ->
  0.729 without it).
The table above is after their removal.

Tried and not kept: "دون رد" read as the word "نظيف" (a phrase of `lexicon.PHRASES`) instead of a score: the
sentence of dev 3 is kept as well, but "بهدف نظيف" against "بهدفين دون رد" stays supported (the trust bug above).
"واصل / استمر / بقي" as one group, for "وستبقى الحكومة" / "وستواصل الحكومة": "وستواصل" is
read as "تواصل", and with it in the group "وقالت موسكو إنها ستبقى في سوريا" was supported by "إنها على تواصل مع
القيادة الجديدة" (a false "supported"): removed. "أرجع" / "عزا" as synonyms: no measured sentence gained (the
held-out ones also change other words): not kept.

Left (held out 4 and dev 3, read): "وستبقى" / "وستواصل" (the future's س kept on one side only: `wordfacts.future_verb`);
"خُزنت" / "مخزنة" (a form II participle: `wordfacts.derived_core`); roles read with one
frame per sentence where a sentence holds a win and a loss ("توجت الأرجنتين … بعد فوزها على فرنسا، واحتل
المغرب المركز الرابع بعد خسارته أمام كرواتيا": "خسر المغرب أمام كرواتيا" read as a role swap), "تأهلت فرنسا
لملاقاة الأرجنتين" / "ضرب موعداً مع الأرجنتين"; a date given by "ذلك اليوم" in the next sentence but one ("غادر
الأسد … يوم الأحد 8 ديسمبر"); "آنذاك" left unlinked (kept a fact: "ولي العهد آنذاك"); two contradictions that a
source states with other words ("نحو عشرين رواية" / "أكثر من ثلاثين رواية", "اتخذه وزير الخارجية" / "لا يتخذه
إلا الرئيس") are dropped, not replaced. The next round writes held out 5 before it reads these.

### Round 8 (guard9): held out 5; a frame per clause, duals, future and passive forms, "ذلك اليوم", "آنذاك"

Round 8 (2026-12-03; before = main 103d276, after = this commit, one sitting). First, before any change, a fifth
held-out set was written and committed (`bench/generation_heldout5.jsonl`, 7d36478: 8 answers, 79 sentences, 63
supported, 8 unsupported, 8 contradicted, our own wording, on questions no other set asks: the decisions announced
with al-Sharaa's appointment, Messi and Mbappé in the final, what the grounding cost shipping, Russia in Tartus,
Mahfouz's life, the Hope probe's mission, Aramco's offering, why Russia intervened) and measured once on main.
Then the Left list of round 7 was fixed in general, each rule pinned by our own sentences in
tests/test_guard_paraphrases.py with its false variants (another person, number, date, place, a negation) not
supported:
- **a trust bug**: one win / lose frame per sentence. "وتأهلت البرازيل بعد فوزها على الأرجنتين، وودعت إيطاليا
  البطولة بعد خسارتها أمام إسبانيا" made Italy (bare in the second clause) a winner under the first clause's
  frame, and "خسرت إسبانيا أمام إيطاليا" was *supported*; "فاز المغرب على فرنسا" was supported by "فاز المغرب على
  البرتغال ثم خسر أمام فرنسا". Each word now takes the frame of the nearest word of winning or losing before it
  in its clause, else the first after it there, else the sentence's (`align._clause_frames`): both are
  contradicted, and the true "خسرت إيطاليا أمام إسبانيا" is supported;
- **a trust bug found by the probes**: a dual of a noun the lexicon does not list was its singular ("انضم اللاعبان
  إلى الفريق" supported by "وانضم اللاعب إلى الفريق"); the dual by its ending ("ان", "تان" / "تين" of a noun in ة)
  no longer links its singular (`wordlinks._dual_and_one`; "ين" of a masculine noun is its plural too, left alone);
- a future verb the stemmer keeps whole ("سيبقى", "ستبقى": written with a final ى, its present in the root
  table) links as its present (`wordfacts.future_verb`); names of the same letters (سيدني) are untouched;
- a passive past written with its damma links its passive participle without the article (`align._passive_of`:
  "خُزنت" / "مخزنة", "صُنعت" / "مصنوعة", "عُيّن" / "معين"); a noun of place of the same letters ("في مكتبة") is
  none (a root lookup without the damma, tried first, supported "كتبت الطالبة الرسالة" by "جلست الطالبة في
  المكتبة": not kept);
- "موعداً مع" reads as "ملاقاة", "تأهل" is light before the meeting, and ملاقاة / مواجهة / لاقى / واجه are one
  group: "تأهلت ألمانيا لملاقاة البرازيل" = "ضربت ألمانيا موعداً مع البرازيل" ("ضرب" made light too cost a
  supported dev 4 sentence a point of the model's probability, 0.83 -> 0.82 under its threshold: not kept);
- a sentence dated by "ذلك اليوم" / "اليوم نفسه" reads the day of the nearest earlier sentence of its article that
  gives one (`verify._same_days`: not a day in a phrase dating another event, not after "بعد / منذ …", none when
  that sentence gives two days), and `Archive.evidence_sentences` brings the three sentences before such a
  sentence. Round 7's neighbour-date rule, removed for a false support, read a neighbour's date for any sentence;
  this one reads it only where the sentence says it is that day ("وغادر … بعد أسبوع من ذلك اليوم" dates nothing);
- "آنذاك" / "حينها" and their kin are no fact to find (`lexicon.SEQUENCE_ADVERBS`);
- a contradiction a source states of its subject by a pronoun: the claim's agent its article names counts for the
  same event where the sentence has no agent of its own after the same verb and a value differs
  (`verify._pronoun_agent`): "وكتب الرفاعي نحو عشرين قصيدة" is contradicted (so replaced) by "وكتب أكثر من ثلاثين
  قصيدة" in an article about him. Read for any named conflict it made a false contradiction on corpus test (0.936
  -> 0.923): kept for values only;
- "تولى" is light before a verbal noun of `lexicon.TAKEN_ON` carrying its pronoun ("وتتولى تشغيلها" = "وتشغلها");
  a rank a match is named by ("مباراة تحديد المركز الثالث") is its setting, and "بنتيجة" only frames a score.

    PYTHONPATH=/tmp/guard9-before/src .venv/bin/python bench/generation_guard.py --no-write   # before (main 103d276)
    .venv/bin/python bench/generation_guard.py                                                 # after

| set (supported / unsupported / contradicted) | supported kept | unsupported removed | contradicted removed | contradicted replaced |
|---|---|---|---|---|
| fitting (39 / 16 / 11) | 0.974 -> 0.974 | 1.000 -> 1.000 | 1.000 -> 1.000 | 1.000 -> 1.000 |
| dev 1 (30 / 6 / 7) | 0.800 -> 0.800 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.857 -> 0.857 |
| dev 2 (38 / 7 / 7) | 0.947 -> 0.947 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 |
| dev 3 (48 / 6 / 7) | 0.729 -> **0.771** | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.857 -> 0.857 |
| dev 4 (50 / 7 / 7; held out 4 of round 7, its misses read) | 0.800 -> **0.880** | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.857 |
| **held out 5** (63 / 8 / 8; misses read only after this run) | **0.302 -> 0.302** | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.375 -> 0.500 |

Held out 5 did not move on what it was written to measure. Read once, after the run above: `ask` abstained on 3
of its 8 questions (Russia in Tartus, Mahfouz's life, why Russia intervened), so no model was asked and their 25
supported sentences count as not kept; of the 38 supported sentences of the 5 answers asked, 19 are kept before
and after (0.500). What drops the other 19 is what the Left list did not name: verbs and phrases a model adds
("على لسان", "أُسندت إلى", "ويُذكر أن", "ليغدو", "واختير", "تعطلت", "وتمتد", "تعادل", "على يد", "بعدما"), "يبلغ
وزنه" for "يزن", number words of a score ("بثلاثة أهداف لكل منتخب" for 3-3), an ordinal day in words with its
weekday ("مساء الأحد الثامن عشر من ديسمبر"), a sentence joining two sources' sentences (a date from one, a distance
from the next), and three true sentences replaced by a false contradiction: "أحرز ليونيل ميسي هدفين" against
"وسجل ليونيل ميسي هدفين للأرجنتين، فيما أحرز الفرنسي كيليان مبابي ثلاثة أهداف" ("أحرز" links the other clause's
verb: name ليونيل ≠ كيليان), "تقرر حل مجلس الشعب" against a sentence that also cancels ("إلغاء": a denial on one
side only), "ووصلت القيمة السوقية … إلى 1.88 تريليون" (a slot change). Two of its sentences are too close to
dev 2's ("لا يوجد فيها التنظيم") and to the Left list ("آنذاك"), which the next held-out set should avoid.

Verify's own benchmarks, before (main 103d276) -> after, same sitting (`bench/verify_eval.py --errors --no-write`,
`bench/verify_ans.py --split both --no-write`): **supported precision unchanged on every split** (XQuAD claims
1.000, corpus tune / test 1.000, heldout-dev 0.978, heldout 0.964, ANS-dev 0.980, ANS-train 0.955). Accuracy:
XQuAD tune 0.926 =, XQuAD test 0.817 -> 0.831; corpus tune 0.843 =, test 0.936 =, heldout-dev 0.664 -> 0.681
(contradicted R 0.595 -> 0.619), corpus heldout (never read) 0.788 -> 0.797 (contradicted P 0.821 -> 0.805, R
0.780 -> 0.805: one more contradiction found, one claim labelled unsupported now contradicted); ANS-dev 0.653 /
0.501 unchanged; ANS-train 0.692 / 0.544 -> 0.692 / 0.543 (supported R 0.443 -> 0.442, contradicted P 0.961 ->
0.959: the duals). `bench/ask_corpus.py` identical (answered 42 of 48, first point right 39, short answers 34 / 33
right, held-out absent 30 of 36 abstained).

**Rebased on main cc35050** (verify9's round 8, and `ask` changes, landed meanwhile; same commands, run at 09:40):
fitting 0.974, dev 1 0.800, dev 2 0.947, dev 3 0.771 (main cc35050 alone: 0.750), dev 4 0.880 (replaced 0.714),
**held out 5: supported kept 0.365, unsupported removed 1.000, contradicted removed 0.875, replaced 0.500**. `ask`
now answers one of the three questions it abstained on, and a contradicted sentence of that answer is **kept**:
"وفي 11 ديسمبر/كانون الأول 2017 زار بوتين حميميم وأعلن سحب القوات الروسية بالكامل من سوريا" is supported by the
pair "… وأمر ببدء سحب جزء كبير من القوات الروسية. وجاءت الزيارة بعد خمسة أيام من إعلانه … النصر الكامل …"
("بالكامل" links "الكامل" of the next sentence, "أعلن" its "إعلانه"). The same verdict on main 103d276, on this
round's rules alone and on main cc35050 (`Archive.verify`): a false "supported" of the checker that no earlier
set reached, not made by this round; the first thing to fix next round ("بالكامل" against "جزء": a whole
against a part; a pair's second sentence lending a word of another event).

Found on main by the probes and not fixed (verify's, for the next round): "كانت المدينة تحت الحصار" is supported
by "تحررت المدينة من الحصار" (the claim's relation is in stopwords, both nouns link); "نحو أربعين قصيدة" is
contradicted by "أكثر من ثلاثين قصيدة" (a bound read as a value).

Tried and not kept: "واصل / بقي" as one group (round 7's false support through the noun "تواصل" stands), the root
lookup without the damma and "ضرب" as a light verb (above).

Next: write held out 6 before reading held out 5's causes into the checker; the verbs above a model adds
("أُسندت إلى" = "كُلّف بـ", "على لسان" = "قال", "واختير" / "نال") each with its false variants; the other
clause's verb of a "فيما" sentence (each clause's agent with its own verb); ordinal days in words with a weekday;
and, for `ask --generate`, whether an answer `ask` abstains on should still reach the model when its evidence
covers the question (3 of held out 5's 8 answers never reached the guard).

Round 8, lead (after guard9 had read held out 5's misses, so an after-reading number): the contradicted
sentence held out 5 kept ("… وأعلن سحب القوات الروسية بالكامل من سوريا" against a source's "سحب جزء كبير")
was supported because "بالكامل" took "النصر الكامل" of another event in the same article for itself. An extent
("بالكامل", "كلياً", "جزئياً": `lexicon.EXTENT_ADVERBS`, `wordlinks.extent_word`) now links only to the same
extent and is never borrowed from the rest of the article; "بالكامل" = "كلياً" is now supported (was
contradicted). `bench/generation_guard.py --no-write`, main 8ce972c → after: held out 5 contradicted removed
0.875 → **1.000**, replaced 0.500 → 0.625 (replaced by the sentence of 6 December, reason "date 11 ≠ 6": the
replacement is a true sentence, its reason the wrong one); every other number and every set the same;
`verify_eval.py` / `verify_ans.py` verdicts identical.

### Round 9 (guard10): held out 6; a state that ended, a count against a bound, "فيما" clauses, a charge and a saying

Round 9 (2026-12-03; before = main 210a507, after = this commit, one sitting). First, before any change, a sixth
held-out set was written and committed (`bench/generation_heldout6.jsonl`, 44088c7: 8 answers, 80 sentences, 56
supported, 8 unsupported, 16 contradicted, our own wording, on questions no other set asks: Saydnaya prison after
the entry into Damascus, how the Hope probe entered orbit, who built it and what it carries, the records of the
Qatar World Cup, The Line, how Mahfouz received the Nobel prize, how the Ever Given's detention ended, who
investigates the Beirut blast), with hard cases (passives, synonyms, numbers in words, a state that ended, roles
swapped, a changed number, date, direction or ordinal) and measured once on main. Held out 5 became dev 5. Then, on
the dev sets only, each rule pinned by our own sentences in tests/test_guard_states_and_bounds.py with false
variants that stay unsupported:
- **a trust bug**: a state that ended is not the state. "ولا تزال البلدة تحت الحصار" was supported by "وتحررت البلدة
  من الحصار" (the relation is in stopwords, every noun links), "ولا يزال الصحفيون محتجزين" by "وأفرجت السلطات عن
  الصحفيين المحتجزين", "كانت الناقلة محتجزة في الميناء" by "وغادرت الناقلة الميناء بعد احتجازها". A claim holding a
  word of a lasting state (`lexicon.STATE_MARKERS`: تحت، قيد، لا يزال، ظل، بقي، محتجز …) is never supported by a
  sentence with a word that ends one (`lexicon.STATE_ENDERS`: تحرر، رُفع، أفرج، سراح، انسحب، غادر …) right before the
  words they share (`conflicts.ended_state`), unless the claim tells how long the state lasted ("كانت محتجزة أكثر من
  ثلاثة أشهر": a dev 2 sentence the first version dropped);
- **a trust bug**: a value of the other clause of a "فيما / بينما" sentence. "أحرز ماهر السعدي ثلاثة أهداف" was
  supported by "وسجل رامي الخطيب ثلاثة أهداف، فيما أحرز ماهر السعدي هدفين" (names the lexicon does not list: the
  agent check never ran); "أحرز رامي الخطيب ثلاثة أهداف" by "وأهدر رامي الخطيب ثلاث فرص، فيما أحرز ماهر السعدي
  ثلاثة أهداف". A claim value found only outside the clause holding most of the claim's words (by rarity, the verb
  left out) now blocks support (`conflicts.contrast_values`), and a count is found only with its counted thing
  (`values.same_count`: ثلاثة أهداف is not ثلاث فرص);
- an approximate count compatible with a bound is not contradicted by it: "نحو ستين رواية" against "أكثر من خمسين
  رواية" was a contradiction; a number's bound is read (`values._bound_before`: أكثر من، ما يزيد على، يتجاوز، أقل من
  …; `lexicon.MORE_THAN` / `LESS_THAN`), an approximate count (نحو، قرابة …) that meets the other side's bound is no
  rival (unsupported: neither states the other), a claim's bound matches only the same bound ("ما يزيد على 400" is
  not "نحو 400"), and the bound's words belong to its value ("ما يزيد على 400" = "أكثر من 400"). An exact count
  against a bound ("90 ألف" / "أكثر من 63 ألف": a test of the CLI) and two bounds of one way that differ ("أكثر من
  36 ألف" / "أكثر من 63 ألف": the fitting set's) still conflict: news writes a bound near the count it knows, and
  letting them meet lost both contradictions;
- each clause keeps its own verb: "سجل" = "أحرز" (a goal or a result scored), so "أحرز ميسي هدفين" against "وسجل ميسي
  هدفين، فيما أحرز مبابي ثلاثة أهداف" is no clash (dev 5's false contradiction; "أحرز ميسي هدفين" against "وأهدر ميسي
  هدفين، فيما أحرز مبابي …" still is);
- words a model adds: "على لسان" = "قال" (and "جاء" before it is light), "أُسندت إلى" = "كُلّف", a task noun after a
  charge adds nothing ("مهمة تشكيل" = "تشكيل": `lexicon.CHARGE_WORDS`, `TASK_NOUNS`), "ويُذكر أن", "على يد" and
  "بعدما" only frame, "ليغدو" = "ليصبح" (a group أصبح / غدا / صار).
- `ask --generate` still does not call the model when `ask` abstains (README "Model servers", `qa/generate.py`): the
  claim checker tells whether a sentence is true of the archive, not whether it answers the question, and the
  abstention is ask's calibrated "the evidence does not answer this". 10 of held out 6's sentences (one answer)
  and 20 of dev 5's (two answers) are behind abstentions; reaching them needs a check that the kept sentences
  answer the question, measured on the absent-fact questions of bench/qa.py (bench/ask_corpus.py still answers 6
  of its 36 absent-fact questions), not on this guard.

    PYTHONPATH=/tmp/guard10-before/src .venv/bin/python bench/generation_guard.py --no-write   # before (main 210a507)
    .venv/bin/python bench/generation_guard.py --held-out-errors                               # after; misses read once

| set (supported / unsupported / contradicted) | supported kept | unsupported removed | contradicted removed | contradicted replaced |
|---|---|---|---|---|
| fitting (39 / 16 / 11) | 0.974 -> 0.974 | 1.000 -> 1.000 | 1.000 -> 1.000 | 1.000 -> 1.000 |
| dev 1 (30 / 6 / 7) | 0.800 -> 0.800 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.857 -> 0.857 |
| dev 2 (38 / 7 / 7) | 0.947 -> 0.947 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 |
| dev 3 (48 / 6 / 7) | 0.771 -> 0.771 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.857 -> 0.857 |
| dev 4 (50 / 7 / 7) | 0.880 -> 0.880 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 |
| dev 5 (63 / 8 / 8; held out 5 of round 8, its misses read) | 0.365 -> **0.460** | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.625 -> 0.625 |
| **held out 6** (56 / 8 / 16; misses read after this run) | **0.357 -> 0.357** | 1.000 -> 1.000 | **0.938 -> 0.938** | 0.500 -> 0.500 |

Held out 6 did not move: its supported sentences fail for other causes than the dev sets'. Read once, after the run
above: **a contradicted sentence is kept, before and after**: "وكان الرئيس … قد غادر البلاد قبل ذلك بأسبوع" is
supported by the sentence saying he left "في الساعات الأولى من ذلك اليوم" (an offset from another day, "قبل ذلك
بأسبوع", is read as no date at all): the first thing to fix. `ask` abstained on one of the 8 questions (10
sentences); 12 supported sentences are replaced by false contradictions, most on the one answer whose sources mix
two events of an article (The Line and Neom: "كُشف عن المشروع في العاشر من يناير 2021" against Neom's date,
"ويمتد طول المدينة" against "خطية"), a number against a bound of another event's sentence ("أكثر من مئتي شخص" /
"أكثر من خمسة آلاف": the blast answer checked against the quake's sentence through the wider evidence), a slot
rewording ("وتابع المباريات" / "وحضر", "وحصلت" / "وتسلمت", "تؤكد" / "أكدت"), and "ولم تُعلن القيمة" read as a
negation of "خفّضت مصر قيمة مطالبتها"; 17 are dropped for verbs a model adds ("تمكن", "توزعت", "يعول", "حل رابعاً"),
numbers in words ("أربع وستون", "بهدفين مقابل هدف") and passives ("يُحاكموا", "يُحاسب").

Verify's own benchmarks, before (main 210a507) -> after, same sitting (`bench/verify_eval.py --no-write`,
`bench/verify_ans.py --split both --no-write`): **supported precision unchanged or up on every split** (XQuAD claims
1.000, corpus tune / test 1.000, heldout-dev 0.978, heldout 0.964, ANS-dev 0.980 -> 0.981, ANS-train 0.957).
Accuracy: XQuAD tune / test 0.926 / 0.845 =; corpus tune 0.855 =, test 0.923 -> 0.949 (two supported claims with
"تجاوز … 50 ألف" kept, supported R 0.919 -> 0.973), heldout-dev 0.672 =, corpus heldout (never read) 0.805 -> 0.797
(supported R 0.806 -> 0.791); ANS-dev 0.644 / 0.502 -> 0.645 / 0.503 (supported R 0.373 -> 0.377), ANS-train
0.669 / 0.535 -> 0.667 / 0.534 (supported R 0.446 -> 0.444, contradicted P 0.972 -> 0.970, R 0.776 -> 0.775: not
read, left for the next round). `bench/ask_corpus.py`: identical before and after (answered 42 of 48, first point
right 39, short answers 34 / 33 right, held-out absent 30 of 36 abstained).

Tried and not kept: "يعد / تعتبر" light before "أول" ("وتعد هذه أول عملية" = "وهذه أول عملية"): dev 5's sentence went
from dropped to replaced by a false contradiction ("أراضي" / "حدود" read as a changed slot); two bounds of one way
always meeting (lost the fitting set's "36 ألف" / "63 ألف" contradiction); the state rule without the length
exception (dropped dev 2's "كانت محتجزة أكثر من ثلاثة أشهر").

Next: a day given as an offset from another ("قبل ذلك بأسبوع", "بعد ذلك بيومين") is a date, compared as one (the
kept contradiction above); evidence of one answer from two events of one article (a claim checked against the
other event's sentence should not be contradicted by it: `_same_event` with the claim's subject); a bound from a
sentence of another event; numbers in words joined by "و" ("أربع وستون") and "بهدفين مقابل هدف" as a score; names the
lexicon does not list still escape the agent checks except through `contrast_values`; write held out 7 first.

Lead, after landing (main 73a4969): dev 3 reads 0.750 supported kept on main, not the 0.771 above: guard10 measured
on 210a507, and verify12's word-table change (own-letter ة keys, landed in between) drops one dev 3 supported sentence;
guard10 checked that main without its own changes also gives 0.750. The other rows are as above.

### Round 10 (guard11): held out 7; a day counted from the answer's last date, scores in goal words, only named contradictions replace

Round 10 (2026-12-03; before = main 47f1dd5 in a detached tree, after = this commit, one sitting). First, before any
change, a seventh held-out set was written and committed (`bench/generation_heldout7.jsonl`, d783c3a: 8 answers, 86
sentences, 60 supported, 8 unsupported, 18 contradicted, our own wording, on questions no other set asks: the two
quakes of February 2023, how Morocco ended its World Cup, what Diab said of the ammonium nitrate, the attempt on
Mahfouz's life, Vision 2030 and Aramco, the Syrian-Soviet treaty, the first days after Assad's fall, how the final
was decided), with offset days ("بعد ذلك بثلاثة أيام", "في اليوم التالي", "قبل ذلك بتسع سنوات"), numbers in words
joined by و and scores in words. Held out 6 became dev 6. Then, on the development sets only, each rule pinned by
our own sentences in tests/test_guard_offsets_and_scores.py:
- **a trust bug**: a day told as an offset from a day the answer gave before is now that date. "وكان الرئيس قد غادر
  البلاد قبل ذلك بأسبوع" was supported by a source telling the departure "in the first hours of that day" (the
  offset's words are stopwords and a number: no value to compare). `qa/offsets.py` reads "(و)بعد / قبل ذلك ب… N
  <unit>", "بعد N <unit> من ذلك", "في اليوم التالي / السابق / نفسه" (`lexicon.OFFSET_ANCHORS`, `OFFSET_UNITS`,
  `NEXT_DAY`, `PREVIOUS_DAY`, `SAME_DAY`) and writes the date it names (day, month or year precision) into the text
  the checker reads, counted from the nearest earlier date of the same sentence, else the last date of the answer's
  earlier sentences (a sentence giving two dates leaves no anchor: which one "ذلك" means is unknown); the reader
  still sees the model's words. An offset with no day to count from is supported only by a source telling the same
  offset ("بعد ستة أيام من الكارثة" for "وبعد ذلك بستة أيام"). An approximate offset ("بنحو أسبوع") or one in hours
  is left as it was. Dev 6's sentence is now replaced by its source (date 1 ≠ 8 December);
- a result told in goal words is a score: "بهدفين مقابل هدف", "بهدفين لهدف", "بثلاثة أهداف لهدف" are 2-1, 2-1, 3-1
  as digits are (`values._word_scores`, `lexicon.GOALS_COUNTED`, `SCORE_AGAINST`); the first count takes the ب of
  a result (or "بنتيجة" before it), so "سجل هدفين مقابل هدف لزميله" counts goals and tells no score. Numbers in
  words joined by و ("أربع وستون", "مئة وخمسة وعشرين") were already read as one number (numbers.py): dev 6's
  "أربع وستون مباراة" is dropped for its source's "بعد 64 مباراة", not for the number;
- **only a contradiction the checker can name replaces a generated sentence** (`generate.named_contradiction`):
  a value, name, role, opposite, negation or denial, or the model's own contradiction on a slot holding names (a
  name of the source where the claim has a name or a word of no Arabic root: "روتردام" for "هامبورغ", dev 2's true
  replacement). The model, fitted on ANS's one-word corruptions, reads a rewording in the claim's slot as a change
  ("وتابع" / "وحضر", "تؤكد" / "أكدت", "ويمتد" / "خطية", "واستمرت" / "وأطلقوا", "وستبقى" / "وستواصل"): on the
  development sets 10 of the 11 sentences it alone contradicted were true. They are now dropped (unsupported), never
  shown beside a source they agree with; the checker's verdicts (`check_claim`, `verify`) are unchanged;
- house, no behaviour change: `conflicts.contrast_values` / `ended_state` read the side's folded tokens once per
  side (`align.Side.folded`), not once per pair; `ended_state` is found once per pair (`Alignment.ended_state()`,
  asked by the verdict and by its reason); `values._BOUND_LINKS` is `lexicon.BOUND_LINKS`.

    PYTHONPATH=/tmp/guard11-before/src .venv/bin/python bench/generation_guard.py --no-write   # before (main 47f1dd5)
    .venv/bin/python bench/generation_guard.py --held-out-errors                              # after; misses read once

| set (supp. / unsupp. / contr.) | supported kept | unsupp. removed | contr. removed | contr. replaced | true ones replaced |
|---|---|---|---|---|---|
| fitting (39 / 16 / 11) | 0.974 -> 0.974 | 1.000 -> 1.000 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0 -> 0 |
| dev 1 (30 / 6 / 7) | 0.800 -> 0.800 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.857 -> 0.857 | 1 -> **0** |
| dev 2 (38 / 7 / 7) | 0.947 -> 0.947 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 | 0 -> 0 |
| dev 3 (48 / 6 / 7) | 0.750 -> 0.750 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.857 -> 0.857 | 1 -> **0** |
| dev 4 (50 / 7 / 7) | 0.880 -> 0.880 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 | 2 -> **1** |
| dev 5 (63 / 8 / 8) | 0.460 -> 0.460 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.625 -> 0.625 | 1 -> 1 |
| dev 6 (56 / 8 / 16; held out 6, read) | 0.357 -> 0.357 | 1.000 -> 1.000 | 0.938 -> **1.000** | 0.500 -> **0.562** | 12 -> **5** |
| **held out 7** (60 / 8 / 18) | **0.467 -> 0.467** | 1.000 -> 1.000 | **1.000 -> 1.000** | 0.556 -> 0.611 | **2 -> 0** |

Held out 7, read once after the run above: no true sentence is replaced any more (2 before), one more contradiction
is replaced by its source, supported kept did not move. `ask` abstained on 3 of its 8 questions (34 sentences never
reach the guard: the Morocco, treaty and final answers). What it still drops: "مساء اليوم نفسه" and "وفي اليوم
التالي" now read as 8 and 9 December 2024, which a source saying "مساء الثامن من ديسمبر" (no year, in an article part
with no date) and "وفي اليوم التالي" does not state: **a resolved offset needs the source to give the same day in a
form the checker dates** (the source's own offsets are not resolved); "قبل ذلك بست سنوات" is not read ("بست" is
kept from the numbers as ambiguous after a clitic), then dropped by the model's slot reading; a time in words ("الرابعة
وسبع عشرة دقيقة" for "4:17"); "بقيت مخزنة" / "مخزنة منذ"; "وتهدف"; "واحداً ونصفاً في المئة" for "1.5 في المئة".
(The aggregate held-out 7 numbers were also printed, unread for errors, by two mid-round runs of the script: the
offset change alone gave replaced 0.611; nothing was changed after seeing them.)

Verify's own benchmarks, before (main 47f1dd5) -> after, same sitting (`bench/verify_eval.py --no-write`,
`bench/verify_ans.py --split dev --no-write`): **identical on every split** (XQuAD claims tune / test 0.926 /
0.845, supported P 1.000; corpus tune 0.855, test 0.949, heldout-dev 0.672, heldout 0.797, supported P 1.000 / 1.000
/ 0.978 / 0.964; ANS-dev 0.645 / 0.503, supported P / R 0.981 / 0.377, contradicted P / R 0.905 / 0.786).

Tried and not kept: nothing else was tried this round (the time went to held out 7 and the three rules above).

Next: dev 6's 5 true sentences still replaced: a negation in another clause of the source ("ثم خفّضت مصر قيمة
مطالبتها" against "ثم خفضت المطالبة، ولم تُعلن القيمة": the negated word's clause is not the one the claim's words
sit in; `align`'s negation, verify's), two events of one article (The Line / Neom's date, Neom / "المشروع"), a
bound of another event's sentence ("أكثر من مئتي" / the quake's "أكثر من خمسة آلاف"), and "وتُصمم" / "نيوم" (a
present verb with no root taken as a word of no Arabic root: a present whose hamza sits on و, "تؤكد" / "يؤكد", has
no key of its past "أكد" either: `align._word` could key it as أ + the rest); the source's own offsets ("في اليوم
التالي" in a source) read like `verify._same_days` does for "ذلك اليوم"; "بست سنوات" as 6 after an offset's ب;
verbs a model adds ("تمكن من", "شهدت", "حل رابعاً", "يبلغ وزن") as light verbs with their false variants; a time
in words; write held out 8 first.

### Round 11 (guard12): held out 8; a present with its hamza on و, "بست سنوات", a source's own "في اليوم التالي"

Round 11 (2026-12-03; before = main 2f2168b in a detached tree, after = this commit, one sitting). First, before any
change, an eighth held-out set was written and committed (`bench/generation_heldout8.jsonl`, 749b00c: 9 answers, 98
sentences, 71 supported, 9 unsupported, 18 contradicted, our own wording, on questions no other set asks: what the
Kremlin said of Assad's arrival, what al-Bashir did once charged, how long the nitrate was stored, what Putin did after
declaring victory, the Russian contracts at Tartus, the Hope probe's journey, why aid was late after the quake, when
Vision 2030 and Neom were announced, Argentina's titles before Qatar), aimed at offsets with ب glued to a number
("قبل ذلك بست سنوات", "بخمسة أيام", "بست وثلاثين سنة"), presents with hamza on و ("تؤكد", "يؤكد", "يؤخر"), a source's
own "وفي اليوم التالي", a negation in another clause and two events of one article; measured once on main. Held out
7 became dev 7. Then, as general rules, each pinned by our own sentences in tests/test_guard_hamza_and_source_offsets.py:
- a present verb whose hamza sits on و / ئ right after its prefix is linked as its past: folded, "تؤكد" is "توكد",
  which shares no key, stem or root with "أكدت" (the keys are built in `wordfacts.word_info`: the word, its bare
  form, its stem and light10 stem, and its root from `wordtables.root_table`; `align._word` builds each word from
  them). `wordfacts.hamza_past` turns "تؤكد", "ويؤخر", "يؤيد" into "أكد", "أخر", "أيد" and `align._word` reads the
  word as that past, as it reads a future verb as its present. The seat must be written (`lexicon.PRESENT_PREFIXES`,
  `PRESENT_HAMZA_SEATS`): folded alike, "يوقع" is the present of وقّع; a long vowel after the seat is a hollow root's
  ("تؤول" of آل is no "أول"); participles ("مؤكداً") are not read. "ويؤيد الحزب الاتفاق مع الحكومة" against "وأيّد
  الحزب الاتفاق مع النقابة" stays contradicted;
- "بست سنوات" is six: a proclitic و / ب / ل glued to a number word is read with it except in the whole words of
  `lexicon.NOT_GLUED_NUMBERS` ("لست" is "I am not", "وست" begins "وست هام"); before, "ست" was never read after a
  clitic. numbers.py's tests stay green ("لست متأكدا" is still no number);
- a source's own offset ("وفي اليوم التالي امتنع …", "بعد ذلك بيومين") reads as the date it counts from the one day
  the nearest earlier sentence of its article gives (at most `SAME_DAY_BACK` back, as "ذلك اليوم" already did:
  `verify._same_days`, now with `qa.offsets.read_offsets`); a sentence before it giving two days gives none, and the
  archive's evidence for a claim brings the sentences before such a sentence (`dated_by_an_earlier_sentence`);
- house, no behaviour change: `verify._forms` is `qa.match.forms` (the matcher's facts); offsets' own clitic helper
  had already become `arabic.without_conjunction` (main 2e5bf36), so offsets and verify share it.

    PYTHONPATH=/tmp/guard12-before/src .venv/bin/python bench/generation_guard.py --no-write   # before (main 2f2168b)
    .venv/bin/python bench/generation_guard.py --no-write --held-out-errors                  # after; misses read once

| set (supp. / unsupp. / contr.) | supported kept | unsupp. removed | contr. removed | contr. replaced | true ones replaced |
|---|---|---|---|---|---|
| fitting (39 / 16 / 11) | 0.974 -> 0.974 | 1.000 -> 1.000 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0 -> 0 |
| dev 1 (30 / 6 / 7) | 0.567 -> 0.567 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 | 0 -> 0 |
| dev 2 (38 / 7 / 7) | 0.895 -> 0.895 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 | 0 -> 0 |
| dev 3 (48 / 6 / 7) | 0.562 -> 0.562 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 | 0 -> 0 |
| dev 4 (50 / 7 / 7) | 0.880 -> 0.880 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 | 1 -> 1 |
| dev 5 (63 / 8 / 8) | 0.460 -> 0.460 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.625 -> 0.625 | 1 -> 1 |
| dev 6 (56 / 8 / 16) | 0.286 -> **0.304** | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.562 -> 0.562 | 5 -> 5 |
| dev 7 (60 / 8 / 18; held out 7) | 0.467 -> **0.483** | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.611 -> 0.611 | 0 -> 0 |
| **held out 8** (71 / 9 / 18) | **0.296 -> 0.338** | 1.000 -> 1.000 | **1.000 -> 1.000** | 0.222 -> 0.222 | **1 -> 1** |

Main's own numbers moved since Round 10's table before this round began (dev 1 0.800 -> 0.567, dev 3 0.750 -> 0.562:
one answer each now behind ask's abstention; dev 2 0.947 -> 0.895, dev 6 0.357 -> 0.286): changes landed in between,
not this round's. The sentences that changed, listed before and after (`--errors --held-out-errors`): dev 6 "… إشارة
تؤكد نجاح المناورة" and dev 7 "… قبل ذلك بست سنوات" kept; held out 8 "قبل ذلك بست سنوات", "ويؤكد بوتين أن …", "وهو ما
يؤخر وصول الإغاثة" kept. No sentence of any set is worse; no true sentence is newly replaced.

Held out 8, read once after the run above: `ask` abstained on 5 of its 9 questions (54 sentences never reach the
guard, among them most of the "تؤكد" and "بست" sentences the set was written for: al-Bashir, Tartus, the probe, Neom,
Argentina). **The one true sentence replaced, before and after**: "… إلى أكثر من خمسة آلاف شخص في اليوم التالي
للزلزال" reads "في اليوم التالي" as counted from the answer's last date (the aid convoy's 9 February), but "التالي
للزلزال" names its own day: a next-day phrase followed by ل + a noun is no offset from the answer's last date (the
thing fixed after reading: `qa/offsets.find_offsets` marks such a phrase as not counted from the day before, on
both sides, while "… التالي لذلك" still is; the sentence is now dropped, not replaced (held out 8's true ones replaced
1 -> 0, every other number of every set, verify's benchmarks and ask_corpus identical, measured again after it; a
change made after reading, so this 1 -> 0 is no held-out number). The source's own "وفي اليوم التالي" did not help its one sentence:
the earlier sentence says "مساء الثامن من ديسمبر" in an article part with no date, so no year, and a day is written
only with its year (and "رفض" / "امتنع" would still miss). Also dropped: that year-less source against "مساء الثامن
من ديسمبر 2024" and "فجر اليوم نفسه" (read as 8 December 2024, and still "no evidence" for it though a source gives that
date: not looked into), an offset from a named event ("قبل الانفجار بسبع سنوات": not counted, only "ذلك" is),
"وبقي … تحت الأنقاض" / "لا يزال", "تؤكد … لم يُحاسب" / "تشكو من عدم محاسبة"; two contradictions are dropped, not
replaced ("بعد أسبوع من الزلزال" / "بعد ثلاثة أيام", "العراق" where the source says "من تركيا"), and one the checker
cannot see ("انسحاب … من قاعدة طرطوس" against "ستحتفظ بقاعدتي حميميم وطرطوس") is dropped as unsupported.

Verify's own benchmarks, before (main 2f2168b) -> after, same sitting (`bench/verify_eval.py --no-write`,
`bench/verify_ans.py --split dev --no-write`): the claim sets **identical** (XQuAD, corpus tune / test / heldout-dev /
heldout); ANS-dev one pair changed, for the better: accuracy 0.645 -> 0.646, macro-F1 0.503 -> 0.504, supported P / R
0.981 / 0.377 unchanged, contradicted R 0.786 -> 0.788 (a claim with "تؤجل" now links the source's word of the
postponed act and is contradicted, as labelled; it was unsupported). `bench/ask_corpus.py` identical (answered 41 of
48, first point right 39, held-out absent 31 of 36 abstained).

Tried and not kept: the hollow-root exclusion first held "ي" after the seat too, which lost "يؤيد" (أيّد): only "ا"
and "و" now.

Next: a day after a named event read as that event's date plus one when the answer or the source gives it
("في اليوم التالي للزلزال" = 7 February; now dropped, not kept); a source's year-less date (an article part with no date) read
with the year of the claim's date when the month and day agree, for "ذلك اليوم" and "اليوم التالي" alike; an offset
from a named event ("قبل الانفجار بسبع سنوات") counted from that event's date when the answer gave it; "بقي" / "لا
يزال" as one state; dev 6's true sentences still replaced (a negation in another clause of the source, two events of
one article, a bound of another event's sentence); write held out 9 first, on questions `ask` answers (5 of held out
8's 9 were abstained on).

### Round 12 (guard13): held out 9 on questions `ask` answers; a day counted from a dated event, "بقي" light, presents

Round 12 (2026-12-03; before = main d6a334a in a detached tree, after = this commit, one sitting). First, before any
change, a ninth held-out set was written and committed (`bench/generation_heldout9.jsonl`, its own commit before the code: 12 answers, 116
sentences, 83 supported, 12 unsupported, 21 contradicted, our own wording). Unlike held out 5-8, whose questions `ask`
often abstained on (5 of held out 8's 9), its questions are the corpus questions `ask` answers
(bench/corpus_questions.jsonl: the probe's weight, Ecuador's scorer, the final's crowd, the golden boot, the ships
waiting at the canal, who ordered the withdrawal, the nitrate's tonnage, Mahfouz's birth, the quake's epicentre, where
Neom lies, when the Ever Given ran aground, when al-Sharaa was named), `akhbar ask` run on each before writing, each
answer worded as a model would word its sources, with background the archive does or does not back. Held out 8 became
dev 8. Then, on the development sets only, each rule pinned by our own sentences in tests/test_guard_named_offsets.py:
- a day counted from an event the phrase names ("قبل الانفجار بسبع سنوات", "بعد أسبوع من الزلزال", "في اليوم التالي
  للزلزال") is read as a date when an earlier sentence of the answer dated that event: the latest one naming it (its
  stem) outside a phrase of time, giving one date and counting no day itself (`qa.offsets.event_day`; `Offset.event`).
  The guard reads the sentence as written first and the dated reading only when the words found no support, so a
  source telling the same offset ("بعد ستة أيام من الكارثة") still backs it as before. Dev 8's "قبل الانفجار بسبع
  سنوات" (2013) and "في اليوم التالي للزلزال" (7 February 2023) are kept, and its "بعد أسبوع من الزلزال" (13 February,
  the convoy crossed on the 9th) is now replaced by its source, not dropped;
- a date an offset names after a part of the day is written with its weekday ("فجر اليوم نفسه" -> "فجر الأحد 8 ديسمبر
  2024": akhbar.dates reads a part of the day as part of a date only before a weekday, and "فجر 8 ديسمبر" left "فجر" a
  word of its own, which the model set against "هجوم"); "مساء اليوم التالي" no longer gets an "في" (`lexicon.DAY_PARTS`);
- "بقي / يبقى / ستبقى" (remained, remains) are light verbs (`lexicon.LIGHT_VERBS["always"]`): the state is in the words
  around them ("وبقي آلاف الأشخاص تحت الأنقاض" = "لا يزال آلاف تحت الأنقاض", "بقيت مخزنة ست سنوات" = "كانت مخزنة منذ
  ست سنوات", "وستبقى الحكومة في تصريف الأعمال" = "وستواصل الحكومة تصريف الأعمال"). The ended-state rule still reads
  them (`lexicon.STATE_MARKERS`): "وبقيت القوات في المدينة" is not supported by "وانسحبت القوات من المدينة";
- a present verb is no word of no Arabic root (`generate._of_no_root`): the root tables key pasts, so every present
  ("وتُصمم", "ستحتفل") passed for a foreign name, and a model's slot reading "وتُصمم" / "نيوم" replaced a true sentence
  (dev 6). A present whose body has a root (صمم; احتفل for "يحتفل") now drops such a sentence; "هامبورغ" / "روتردام"
  still replaces.

    PYTHONPATH=/tmp/guard13-before/src .venv/bin/python bench/generation_guard.py --no-write --errors   # before (main d6a334a)
    .venv/bin/python bench/generation_guard.py --no-write --errors --held-out-errors                  # after; held out 9's misses read once

| set (supp. / unsupp. / contr.) | supported kept | unsupp. removed | contr. removed | contr. replaced | true ones replaced |
|---|---|---|---|---|---|
| fitting (39 / 16 / 11) | 0.974 -> 0.974 | 1.000 -> 1.000 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0 -> 0 |
| dev 1 (30 / 6 / 7) | 0.567 -> 0.567 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 | 0 -> 0 |
| dev 2 (38 / 7 / 7) | 0.895 -> 0.895 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 | 0 -> 0 |
| dev 3 (48 / 6 / 7) | 0.562 -> 0.562 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 | 0 -> 0 |
| dev 4 (50 / 7 / 7) | 0.880 -> **0.900** | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 | 1 -> 1 |
| dev 5 (63 / 8 / 8) | 0.460 -> 0.460 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.625 -> 0.625 | 1 -> 1 |
| dev 6 (56 / 8 / 16) | 0.304 -> 0.304 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.562 -> 0.562 | 5 -> **4** |
| dev 7 (60 / 8 / 18) | 0.483 -> **0.500** | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.611 -> 0.611 | 0 -> 0 |
| dev 8 (71 / 9 / 18; held out 8) | 0.338 -> **0.394** | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.222 -> **0.278** | 0 -> 0 |
| **held out 9** (83 / 12 / 21) | **0.831 -> 0.843** | 1.000 -> 1.000 | **1.000 -> 1.000** | 0.667 -> 0.667 | 2 -> 2 |

`ask` answered all 12 of held out 9's questions, so every sentence reached the guard: 0.831 on main is what the
guard keeps of a model's answer when `ask` answers, against 0.338 on held out 8, where most sentences sat behind
abstentions. Held out 9, read once after the run above: one supported sentence more kept (of the rules above; which one
is not a held-out number to tune on). **Two true sentences replaced, before and after**: "سجل إينر فالنسيا هدفي
الإكوادور في مباراة الافتتاح أمام قطر" is read as a role swap of الإكوادور / قطر against the source's "وفاز فيها منتخب
الإكوادور على قطر بهدفين دون رد سجلهما إينر فالنسيا" (a scorer's goals "for X against Y" read as the winner's roles), and
"وكانت ولادته في حي الجمالية بالقاهرة" by a slot reading ولادته / محفوظ (a verbal noun with a pronoun taken as rootless:
`_of_no_root` sees no root for "ولادته"). Dropped: verbs a model adds ("وأنهى", "ويمتد", "ويضم", "وأُعيد"), "لكوكب
المريخ" for "للمريخ", "البطولة كلها", "مساء الأحد 18 ديسمبر 2022" against a source giving the day without its year
in an article of the 19th, "ولا يزال آلاف تحت الأنقاض" though its source says it word for word (not looked into), and "في
اليوم التالي للزلزال" where the answer gave the quake no date. Contradictions dropped, not replaced: names the checker
leaves to the model's slot reading (لوسيل / البيت, الحسين / الجمالية, أضنة / البستان), "ثلاثة أسابيع" against "ستة
أيام" (no such number in the source), "كلها" against "جزء كبير", "ميرسك" against "إيفرغرين".

Verify's own benchmarks, before (main d6a334a) -> after, same sitting (`bench/verify_eval.py --no-write`,
`bench/verify_ans.py --split dev --no-write`): **identical on every split** (XQuAD
claims tune / test 0.926 / 0.845, supported P 1.000; corpus tune 0.855, test 0.949, heldout-dev 0.672, heldout 0.797,
supported P 1.000 / 1.000 / 0.978 / 0.964; ANS-dev 0.646 / 0.504, supported P / R 0.981 / 0.377, contradicted P / R
0.905 / 0.788); only the timings moved, with the load.

Tried and not kept: a source's year-less date (an article with no date: "مساء الثامن من ديسمبر") read with the year of
the claim's date when month and day agree (round 11's Next; it would keep 4 dev sentences): not built, because a
claim with a wrong year and the right day ("… 8 ديسمبر 2023") would then be supported by a source that does not
state the year at all — a false "supported", the worst outcome; dropping such a sentence costs fluency only.

Next: held out 9's two true sentences replaced (a scorer's "for X against Y" read as a role swap; a verbal noun with
a pronoun, "ولادته", taken as rootless by `_of_no_root`: use the stem's root too); "لا يزال X تحت Y" against the same
words unsupported (not looked into); a day after an event the answer did not date, read from the source's own date of
the event when one source gives it (held out 9's "في اليوم التالي للزلزال"); verbs a model adds around a stated fact
("أنهى البطولة برصيد", "يمتد على", "يضم", "أُعيد تعويم" for "نجاح تعويم") as light verbs, each with its false
variant; dev 6's three true sentences still replaced (a negation in another clause, two events of one article, a
bound of another event's sentence); write held out 10 first, again on questions `ask` answers.

### Round 13 (guard14): held out 10; a scorer "أمام" a side, "ولا يزال", nouns with a pronoun, "أنهى … برصيد", "بعد شهر"

Round 13 (2026-12-04; before = main e7dbba0 in a detached tree, after = this commit, one sitting). First, before any
change, a tenth held-out set was written and committed on its own (`bench/generation_heldout10.jsonl`: 13 answers, 139
sentences, 103 supported, 14 unsupported, 22 contradicted, our own wording) on questions `ask` answers on the corpus
and no other set asks (the probe's launch, its distance, why it was postponed, Morocco's scorer and coach, the
tournament's goals, the golden ball, the final's hat-trick, the Ever Given's length, Aramco's offering, the Russian
troops, Neom's announcement, the port blast's toll); four first wordings on which `ask` abstained were reworded until it
answered (`akhbar ask` run on each before the answer was written). Held out 9 became dev 9. Then, on the development
sets only, each rule pinned by our own sentences in tests/test_guard_round13.py (the paraphrase kept, its false variant
not):
- a verb of scoring takes away the lose frame "أمام" gives a sentence with no verb of winning or losing
  (`lexicon.SCORING_VERBS`; `sides.canonical_role`): "سجل فالنسيا هدفي الإكوادور أمام قطر" tells who scored against
  whom, no result, so it is no role swap of the source's "فاز الإكوادور على قطر" (dev 9's true sentence replaced, now
  dropped); "خسرت الإكوادور أمام قطر" is still a swap, and two sides exchanged around "سجل" still contradict;
- a function word with its و / ف ("ولا يزال") is found as the source's word without it ("فيما لا يزال"):
  `verify_routes.copy_break` read "ولا" as a function word the source lacks (dev 9's "ولا يزال آلاف تحت الأنقاض", said
  word for word, was dropped);
- a verbal noun with its pronoun has the root of the noun under it (`generate._of_no_root` via
  `wordfacts.without_pronoun`): "ولادته" / "محفوظ" is the model's slot reading of a rewording, dropped, not a foreign
  name swapped (dev 9's true sentence replaced);
- a name the source calls by a common word with the article ("لنيوم" / "للمشروع") is no named change: dropped, not
  replaced (dev 6); a slot word right after a name cue ("استاد البيت" / "استاد لوسيل", `conflicts.after_name_cue`,
  "حي" / "بلدة" / "قرية" added to `lexicon.VENUES`) is a name: replaced (dev 9);
- verbs a model adds: "أنهى" before a tally ("أنهى مبابي البطولة برصيد ثمانية أهداف", `lexicon.TALLY_WORDS`) and
  "يمتد / تمتد" where a thing lies are light (`lexicon.LIGHT_VERBS`); "تأهل إلى" = "بلغ" (a round reached), "أرجع …
  إلى" = "عزا … إلى" (`lexicon.SYNONYM_GROUPS`). Not made light: "أُعيد" ("أُعيد انتخابه" says a first election too),
  "شهد" ("شهد الرئيس توقيع الاتفاق" is not signing it), "يضم" (the inclusion runs the other way round).
- after held out 10's misses were read (below): an offset named by its unit alone ("بعد شهر من الانفجار", "قبل عام
  من انطلاق البطولة") is a length (`lexicon.DURATION_BEFORE` + بعد / قبل / عقب): it read as no value at all, so two
  contradicted sentences were **kept** ("واستقالت الحكومة بعد شهر من الانفجار" against "بعد ستة أيام"; "تولى المهمة
  قبل عام" against "قبل أقل من ثلاثة أشهر"); now dropped.

    PYTHONPATH=/tmp/guard14-before/src .venv/bin/python bench/generation_guard.py --no-write   # before (main e7dbba0)
    .venv/bin/python bench/generation_guard.py --no-write --errors --held-out-errors      # after; held out 10's misses read once

| set (supp. / unsupp. / contr.) | supported kept | unsupp. removed | contr. removed | contr. replaced | true ones replaced |
|---|---|---|---|---|---|
| fitting (39 / 16 / 11) | 0.974 -> 0.974 | 1.000 -> 1.000 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0 -> 0 |
| dev 1 (30 / 6 / 7) | 0.567 -> 0.567 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 | 0 -> 0 |
| dev 2 (38 / 7 / 7) | 0.895 -> 0.895 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 | 0 -> 0 |
| dev 3 (48 / 6 / 7) | 0.562 -> **0.583** | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 | 0 -> 0 |
| dev 4 (50 / 7 / 7) | 0.900 -> 0.900 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.714 -> 0.714 | 1 -> 1 |
| dev 5 (63 / 8 / 8) | 0.460 -> 0.460 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.625 -> 0.625 | 1 -> 1 |
| dev 6 (56 / 8 / 16) | 0.304 -> 0.304 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.562 -> 0.562 | 4 -> **3** |
| dev 7 (60 / 8 / 18) | 0.500 -> 0.500 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.611 -> 0.611 | 0 -> 0 |
| dev 8 (71 / 9 / 18) | 0.394 -> 0.394 | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.278 -> 0.278 | 0 -> 0 |
| dev 9 (83 / 12 / 21; held out 9) | 0.843 -> **0.880** | 1.000 -> 1.000 | 1.000 -> 1.000 | 0.667 -> **0.714** | 2 -> **0** |
| **held out 10** (103 / 14 / 22), misses unread | **0.680 -> 0.689** | 1.000 -> 1.000 | **0.864 -> 0.864** | 0.727 -> 0.727 | 6 -> 6 |
| held out 10, "بعد شهر" fix read from it (not held out) | 0.680 -> 0.689 | 1.000 -> 1.000 | 0.864 -> **0.955** | 0.727 -> 0.727 | 6 -> 6 |

Held out 10 on main: **3 of its 22 contradicted sentences kept** (0.864 removed: the first set since Round 6 below 1.000
on main), 6 true sentences replaced, 0.680 supported kept; this round's dev rules kept one supported sentence more
(0.689) and moved none of the rest. Read once after that run: two of the kept contradictions were the offset-by-unit
trust bug above, fixed after reading (so 0.955 is not a held-out number). The third, "وأقيمت المباراة على استاد
البيت" in the answer about Morocco's quarter-final (played at al-Thumama), is kept because another article says those
words of the opening match: a sentence is checked alone, and "المباراة" names no match; it is a limit of checking
sentence by sentence, not fixed. The six true sentences replaced: "في النهاية" read as the opposite of "انطلق"
(start / end), "كيليان ≠ ليونيل" (a "فيما" clause of the final's sentence), "باليابان ≠ الإمارات", "تأجل" against a
suspension word ("علق"), "ذا لاين" cut into "وذا" against "نيوم", and "10 يناير 2021" against Neom's own date in the
same sentence (dev 6's "two events of one article" again). Dropped: verbs a model adds ("وحمله", "يشارك", "دام",
"عالقة"), "في مرمى", "الساعة 1:58" (read as 58), dates with a weekday and a year against a source's "مساء أمس السبت",
"أكبر / أعلى", "تلقي / وصول".

Verify's own benchmarks, before (main e7dbba0) -> after, same sitting (`bench/verify_eval.py --no-write`,
`bench/verify_ans.py --split dev --no-write`): XQuAD claims test 0.845 -> **0.859** (supported R 0.759 -> 0.793, P
1.000 = 1.000), all 0.891 -> 0.897; corpus tune / test / heldout-dev / heldout identical (0.855 / 0.949 / 0.672 /
0.797, supported P 1.000 / 1.000 / 0.978 / 0.964); ANS-dev identical (0.646 / 0.504, supported P / R 0.981 / 0.377,
contradicted P / R 0.905 / 0.788). ANS-train was not run this round (time). Rebased on main 06d68da (ask's and verify's round 13
landed meanwhile) and measured again before (06d68da) and after in one sitting: the guard identical to the table
above on every set; XQuAD claims the same change (test 0.845 -> 0.859); corpus claims identical; ANS-dev identical
on that main (0.646 / 0.503, contradicted P / R 0.903 / 0.788).

Next: held out 10's six true sentences replaced (above: "في النهاية" as an adverb, not the end of anything; a name
of the other clause of a "فيما" sentence; a date of another event in the same sentence); a sentence whose subject is
a bare "المباراة" checked against another match's sentence (an answer's question names the match: read it as the
sentence's referent); the day after an event the answer did not date (round 12's Next); model verbs "حمل" (carried
into space), "شارك", "دام", "ظل عالقاً"; write held out 11 first, again on questions `ask` answers.

Not blind: the answers, their labels and the generation code have one author; the checker itself is
the verify module's, tuned on other data (bench/README.md, "Verify"). A supported sentence that is
dropped is the checker's caution (a paraphrase it cannot align); it costs fluency, not truth."""


if __name__ == "__main__":
    main()
