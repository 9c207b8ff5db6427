"""Shared Arabic word lists: THE one place for them.

Lists are written as people spell them (hamza, ة, ى) and folded where they are used
(``akhbar.arabic.normalize``), so an entry typed either way matches. Modules import the list they
need from here (``from akhbar import lexicon``; ``lexicon.X`` or ``from akhbar.lexicon import X``)
instead of writing their own copy, so a fix reaches every user. Each list is defined once, in the
submodule of its job; this package re-exports every one of them:

- ``letters``: stopwords, clitics, the letters of a verb's form, punctuation of sentences and lists;
- ``quantities``: units, durations, bounds and approximations around numbers, ordinals, scores, fractions;
- ``times``: weekdays, eras, the unit of a date, days told from another day, how a date is attached;
- ``names``: places, capitals, given names, persons, nationalities, peoples, and the cues of a name;
- ``polarity``: negations, denials, opposites (antonyms), states and their ends (the claim checker);
- ``claims``: exclusive kinds, converse verbs, roles, winning and losing, prizes (the claim checker);
- ``rewording``: phrases, synonym groups and light verbs (the claim checker's aligner);
- ``questions``: ask's cues of offices and successions, life events, disclosure and domains.

A new list goes into the submodule of its job and is added to the imports and ``__all__`` below
(tests/test_lexicon.py checks that every list is exported and defined once).
"""

from __future__ import annotations

from .claims import (
    CONVERSE_VERBS,
    DEPUTY_TITLES,
    EXCLUSIVE_KINDS,
    EXTENT_ADVERBS,
    FINAL_STAGE,
    KIND_ARTICLE_ONLY,
    KIND_MEASURES,
    KIND_NAMES,
    KIND_NOT_BEFORE,
    KIND_QUALIFIERS,
    LOSE_WORDS,
    PARTY_TITLES,
    PRIZES,
    ROLE_PREPOSITIONS,
    SCORING_VERBS,
    SYMMETRIC_WORDS,
    WIN_VERBS_PASSIVE_ALIKE,
    WIN_WORDS,
)
from .letters import (
    ARTICLE_PREFIXES,
    BULLET_SYMBOLS,
    CLITICS,
    CLOSING_MARKS,
    DASH_BULLETS,
    PRESENT_HAMZA_SEATS,
    PRESENT_PREFIXES,
    PROCLITICS,
    SENTENCE_END_MARKS,
    SPEECH_VERBS_TEXT,
    STOPWORDS_TEXT,
)
from .names import (
    BODY_NAMES,
    CAPITALS,
    COMPOUND_NAME_HEADS,
    COMPOUND_NAME_TAILS,
    COMPOUND_NAMES,
    EPONYM_HEADS,
    EPONYM_TITLES,
    GIVEN_NAMES,
    IN_COUNTRY,
    NAME_CUES,
    NAME_HEADS,
    NATIONAL_BODIES,
    NATIONALITIES,
    NATIONALITY_FORMS,
    NATIONALITY_PLURALS,
    NISBA_APART,
    OCCASION_HEADS,
    PEOPLE_NAMES,
    PEOPLES,
    PERSONS,
    PLACE_CUES,
    PLACES,
    SON_OF,
    STATE_TITLES,
    STEM_TWINS,
    TOWN_HEADS,
)
from .polarity import (
    ANTONYMS,
    COMMENT_WORDS,
    DENIAL_WORDS,
    EXCEPTIONS,
    FREE_OF_WORDS,
    MOVE_DEGREES,
    NEGATION_PARTICLES,
    NOT_QUALIFIED_BY,
    NOUN_NEGATORS,
    POLARITY_FAMILIES,
    POLARITY_WORDS,
    STATE_ENDERS,
    STATE_MARKERS,
    STILL_VERBS,
    THAT_FORMS,
    VERB_PARTICLES,
    WITHOUT_WORDS,
)
from .quantities import (
    APPROXIMATORS,
    BOUND_LINKS,
    CLEAN_SHEET,
    DUAL_NOUNS,
    DURATION_BEFORE,
    DURATION_WORDS,
    FRACTION_UNITS,
    FRACTIONS,
    FRAME_WORDS,
    GOALS_BY_NOUN,
    GOALS_COUNTED,
    LESS_THAN,
    MATCH_NAMERS,
    MEASURE_UNITS,
    MORE_LESS,
    MORE_THAN,
    NOT_GLUED_NUMBERS,
    NUMBER_TIES,
    ORDINALS,
    PART_CUES,
    PEOPLE_COUNT_KINDS,
    QUANTIFIERS,
    SCORE_AGAINST,
    TIME_UNITS,
)
from .questions import (
    DISCLOSE_VERBS,
    DOMAINS,
    LIFE_EVENTS,
    OFFICE_WORDS,
    ROLE_NOUNS,
    SUCCESSION_WORDS,
    TERM_ENDS,
    WHICH,
)
from .rewording import (
    CAUSED,
    CHARGE_WORDS,
    FACED,
    LIGHT_AFTER,
    LIGHT_VERBS,
    MEETING_WORDS,
    OVERLOOKED,
    PHRASES,
    SYNONYM_GROUPS,
    TAKEN_ON,
    TALLY_WORDS,
    TASK_NOUNS,
    VENUES,
)
from .times import (
    CENTURY_ORDINALS,
    CLOCK_WORDS,
    DATE_FRAME_NOUNS,
    DATE_NAME_CUES,
    DAY_PARTS,
    DECADE_TENS,
    ERA_BEFORE,
    ERA_COMMON,
    ERA_HIJRI,
    NEXT_DAY,
    NOMINAL_HEAD_ONE_OF,
    NOMINAL_HEAD_PRONOUNS,
    NOMINAL_HEAD_THAT,
    NOT_PRESENT_VERBS,
    NOWADAYS_LEADS,
    OFFSET_ANCHORS,
    OFFSET_PLURALS,
    OFFSET_UNITS,
    OUR_PREPOSITIONS,
    PREVIOUS_DAY,
    RELATIVE_TIME,
    SAME_DAY,
    SEQUENCE_ADVERBS,
    SPAN_ENDS,
    TIMELINE_CONNECTORS,
    TIMELINE_RELATIVES,
    TIMELINE_SUBORDINATORS,
    WEEKDAYS,
)

__all__ = [
    "ANTONYMS", "APPROXIMATORS", "ARTICLE_PREFIXES", "BODY_NAMES", "BOUND_LINKS", "BULLET_SYMBOLS", "CAPITALS",
    "CAUSED", "CENTURY_ORDINALS", "CHARGE_WORDS", "CLEAN_SHEET", "CLOCK_WORDS", "CLITICS", "CLOSING_MARKS", "COMMENT_WORDS",
    "COMPOUND_NAMES",
    "COMPOUND_NAME_HEADS", "COMPOUND_NAME_TAILS", "CONVERSE_VERBS", "DASH_BULLETS", "DATE_FRAME_NOUNS",
    "DATE_NAME_CUES", "DAY_PARTS", "DECADE_TENS", "DENIAL_WORDS", "DEPUTY_TITLES", "DISCLOSE_VERBS", "DOMAINS",
    "DUAL_NOUNS", "DURATION_BEFORE", "DURATION_WORDS", "EPONYM_HEADS", "EPONYM_TITLES", "ERA_BEFORE", "ERA_COMMON", "ERA_HIJRI",
    "EXCEPTIONS", "EXCLUSIVE_KINDS", "EXTENT_ADVERBS", "FACED", "FINAL_STAGE", "FRACTIONS", "FRACTION_UNITS", "FRAME_WORDS",
    "FREE_OF_WORDS",
    "GIVEN_NAMES", "GOALS_BY_NOUN", "GOALS_COUNTED", "IN_COUNTRY", "KIND_ARTICLE_ONLY", "KIND_MEASURES", "KIND_NAMES",
    "KIND_NOT_BEFORE", "KIND_QUALIFIERS", "LESS_THAN", "LIFE_EVENTS", "LIGHT_AFTER", "LIGHT_VERBS", "LOSE_WORDS", "MATCH_NAMERS",
    "MEASURE_UNITS", "MEETING_WORDS", "MORE_LESS", "MORE_THAN", "MOVE_DEGREES", "NAME_CUES", "NAME_HEADS", "NATIONALITIES",
    "NATIONALITY_FORMS",
    "NATIONALITY_PLURALS", "NATIONAL_BODIES",
    "NEGATION_PARTICLES", "NEXT_DAY", "NISBA_APART", "OCCASION_HEADS", "NOMINAL_HEAD_ONE_OF", "NOMINAL_HEAD_PRONOUNS", "NOMINAL_HEAD_THAT",
    "NOT_GLUED_NUMBERS", "NOT_QUALIFIED_BY", "NOT_PRESENT_VERBS", "NOUN_NEGATORS", "NOWADAYS_LEADS",
    "NUMBER_TIES", "OUR_PREPOSITIONS", "SCORING_VERBS", "TALLY_WORDS",
    "OFFICE_WORDS", "OFFSET_ANCHORS", "OVERLOOKED", "OFFSET_PLURALS", "OFFSET_UNITS", "ORDINALS", "PART_CUES", "PARTY_TITLES", "PEOPLES",
    "PEOPLE_COUNT_KINDS",
    "PEOPLE_NAMES", "PERSONS", "PHRASES", "PLACES", "PLACE_CUES", "POLARITY_FAMILIES", "POLARITY_WORDS", "PRESENT_HAMZA_SEATS",
    "PRESENT_PREFIXES", "PREVIOUS_DAY", "PRIZES", "PROCLITICS", "QUANTIFIERS", "RELATIVE_TIME", "ROLE_NOUNS",
    "ROLE_PREPOSITIONS", "SAME_DAY", "SCORE_AGAINST", "SENTENCE_END_MARKS", "SEQUENCE_ADVERBS", "SON_OF", "SPAN_ENDS",
    "SPEECH_VERBS_TEXT", "STATE_ENDERS", "STATE_MARKERS", "STATE_TITLES", "STEM_TWINS", "STILL_VERBS", "STOPWORDS_TEXT",
    "SUCCESSION_WORDS", "SYMMETRIC_WORDS", "SYNONYM_GROUPS", "TAKEN_ON", "TASK_NOUNS", "TERM_ENDS", "THAT_FORMS",
    "TIMELINE_CONNECTORS", "TIMELINE_RELATIVES", "TIMELINE_SUBORDINATORS", "TIME_UNITS", "TOWN_HEADS", "VENUES", "VERB_PARTICLES",
    "WEEKDAYS", "WHICH", "WIN_VERBS_PASSIVE_ALIKE", "WIN_WORDS", "WITHOUT_WORDS",
]
