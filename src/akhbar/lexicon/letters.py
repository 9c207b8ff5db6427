"""Letters, clitics, stopwords and the marks of sentences and lists.

What belongs here: the function words an analyzer drops, the clitics a word is matched without, the letters
that tell a verb's form, and the punctuation that ends a sentence or starts a list item (akhbar.arabic,
akhbar.split, akhbar.index, akhbar.wordfacts).
"""

from __future__ import annotations

# --- stopwords and clitics ---------------------------------------------------------------------------

# Stopwords (question words included), one text per kind, split on whitespace by the analyzer.
STOPWORDS_TEXT = """
متى من أين كم ما ماذا لماذا كيف هل أي أية أيّ لم لمن بكم ممن مما عما فيم لما إلام علام حتام كيفما أينما

في من إلى الى على عن مع حتى منذ مذ لدى عند بين خلال بعد قبل ضد نحو حول دون عبر تحت فوق أمام خلف وراء
ضمن إثر عقب لدي سوى غير إلا حيال تجاه بدون عدا خلا حاشا جراء بسبب لأجل

و ف ب ك ل س ال لل ثم أو أم بل لكن لكنّ لا لن إن أن إذ إذا إذن كي لكي لأن قد لقد سوف حيث كما مثل أيضا
فقط كل بعض جميع كلا كلتا ذلك تلك هذا هذه هذان هذين هاتان هاتين هؤلاء أولئك ذاك هنا هناك هنالك ثمة
الذي التي الذين اللذان اللذين اللتان اللتين اللاتي اللواتي اللائي عندما بينما فيما كلما لو لولا يا أما إما
أنّ إنّ كأن لعل ليت إذما مهما بل لدن

كان كانت كانوا كن يكون تكون يكونوا تكن يكن ليس ليست ليسوا لست أصبح أصبحت صار صارت يزال تزال مازال مازالت
ظل ظلت بات باتت

أنا نحن أنت أنتِ أنتم أنتما أنتن هو هي هم هما هن إياه إياها إياهم إياي إيانا
به بها بهم بهما بهن له لها لهم لهما لهن لنا لي لك لكم فيه فيها فيهم فيهما منه منها منهم منهما منا مني
عليه عليها عليهم عليهما علينا علي إليه إليها إليهم إلينا عنه عنها عنهم عنا معه معها معهم معنا
لديه لديها لديهم لدينا عنده عندها عندهم عندنا بينهم بينهما بيننا نفسه نفسها أنفسهم ذات
"""

# Verbs of reporting: measured as a separate option (``speech_verbs=True``) in
# bench/analyzer_choice.py; not in the default list unless the table says they help.
SPEECH_VERBS_TEXT = """
قال قالت يقول تقول قالوا أضاف أضافت يضيف أوضح أوضحت يوضح أكد أكدت يؤكد ذكر ذكرت يذكر أشار أشارت يشير
لفت لفتت بين بينت أفاد أفادت صرح صرحت أعلن أعلنت
"""

# Single-letter proclitics: a stopword with one of these in front is still a stopword ("وفي", "فإن").
PROCLITICS = "وفبلك"
# Words that read as a proclitic and a stopword but are, in news, a word of their own: "فتحت" (opened, she / they) is
# far more often the verb than ف + تحت (so under). Read as a stopword it was no word at all: "فتحت مصر معبر رفح" was
# supported by "أغلقت مصر معبر رفح" (0.89) and "هل فتحت السلطات المعبر؟" answered نعم from its closing (round 24).
# As written, with و / ف before them too ("وفتحت").
NOT_STOPWORDS = ("فتحت",)

# The article with its proclitics, as light10 strips them (longest first).
ARTICLE_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")

# Leading clitics a word is matched without ("والرئيس" → "رئيس"), longest first.
CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")


# --- punctuation of sentences and lists --------------------------------------------------------------

# Marks that end a sentence: . ! ? ؟ ؛ … ۔ (the Arabic comma ، does not).
SENTENCE_END_MARKS = ".!?\u061F\u061B\u2026\u06D4"

# Marks that end a clause inside a sentence: the commas, ; : and the quotes and brackets around a phrase.
CLAUSE_MARKS = "\u060C,\u061B;:()[]\u00AB\u00BB\"\u201C\u201D"

# Closing quotes and brackets that stay with the sentence they close: " ' ” ’ » › ) ] }
CLOSING_MARKS = "\"'\u201D\u2019\u00BB\u203A)]}"

# Symbols that start a list item: • ● ▪ ◦ ■ □ ► ▸ ‣ ⁃ ∙ · ◄ ▶ ◀ ➤ ✓ ✔
BULLET_SYMBOLS = "\u2022\u25CF\u25AA\u25E6\u25A0\u25A1\u25BA\u25B8\u2023\u2043\u2219\u00B7\u25C4\u25B6\u25C0\u27A4\u2713\u2714"

# Dashes and stars that start a list item when a space follows: - * – —
DASH_BULLETS = "*-\u2013\u2014"


# --- letters of a verb's form ------------------------------------------------------------------------

# A present verb whose hamza sits on و / ئ right after its prefix is the present of a past written with أ (form II
# or IV of a root that begins with hamza: أكّد / يؤكّد، أخّر / يؤخّر، آمن / يؤمن); folded, the hamza is gone and
# "يوكد" would look like a present of و (وقّع / يوقّع), so the written seat decides (akhbar.wordfacts.hamza_past).
PRESENT_PREFIXES = ("ي", "ت", "ن")
PRESENT_HAMZA_SEATS = ("ؤ", "ئ")
