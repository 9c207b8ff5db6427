"""Question answering, one folder down the cascade: question → evidence → match → rank → short answer → compose.

:class:`Answerer` (in :mod:`akhbar.qa.compose`) is the entry point; ``Archive.ask`` calls it.
"""

from .compose import ABSTAIN_MESSAGE, Answerer

__all__ = ["ABSTAIN_MESSAGE", "Answerer"]
