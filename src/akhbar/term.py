"""The terminal side of the CLI: every line is plain text with styles, never rich markup, so
archive text (titles with "[/]", sources, file names) prints as written. Control characters in
it (an escape sequence that would clear the screen or retitle the window) are shown as symbols
(``␛``) instead of reaching the terminal.

Arabic is written in logical order, which is right for pipes and for terminals that shape
right-to-left text (GNOME Terminal, Konsole, mlterm). Terminals that do not (iTerm2, Windows
Terminal, tmux, VS Code) show it reversed: ``--bidi`` (or the ``bidi`` setting) reorders each
line for display with python-bidi (the Unicode Bidirectional Algorithm), after wrapping it to
the terminal's width, and aligns right-to-left lines to the right. Colours stay per line;
highlighted words inside a line are not marked in that mode.
"""

from __future__ import annotations

import re
import textwrap
from typing import IO

from rich.console import Console
from rich.text import Text

Part = str | tuple[str, str]  # plain text, or (text, rich style such as "bold" / "dim")

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _symbol(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x0D:
        return ""  # a carriage return: line endings from Windows files
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ␛ for ESC
    return "␡" if code == 0x7F else f"<{code:02X}>"  # C1 controls (0x9B is an 8-bit CSI)


def visible(text: str) -> str:
    """``text`` with its control characters (other than tab and newline) made visible."""
    return _CONTROL.sub(_symbol, text)


class Terminal:
    def __init__(self, stderr: bool = False, file: IO[str] | None = None):
        self.console = Console(stderr=stderr, file=file, highlight=False, soft_wrap=True)
        self.bidi = False

    @property
    def is_terminal(self) -> bool:
        return self.console.is_terminal

    def line(self, *parts: Part, style: str = "") -> None:
        """One line made of plain parts and styled parts."""
        text = Text(style=style)
        for part in parts:
            if isinstance(part, tuple):
                text.append(visible(part[0]), style=part[1])
            else:
                text.append(visible(part))
        if not self.bidi:
            self.console.print(text)
            return
        for shown in visual_lines(text.plain, self.console.width):
            self.console.print(Text(shown, style=style))

    def blank(self) -> None:
        self.console.print()

    def rule(self, title: str) -> None:
        title = visible(title)
        if self.bidi:
            title = visual_lines(title, self.console.width)[0].strip()
        self.console.rule(Text(title))


def visual_lines(text: str, width: int) -> list[str]:
    """``text`` as a terminal without bidi support must receive it: each paragraph wrapped to
    ``width`` in reading order, each wrapped line reordered left-to-right for display, and
    right-to-left lines padded so they end at the right margin."""
    from bidi import get_display

    out: list[str] = []
    for paragraph in text.split("\n"):
        rtl = _base_is_rtl(paragraph)
        indent = len(paragraph) - len(paragraph.lstrip(" "))
        wrapped = textwrap.wrap(paragraph, width=max(20, width - 1), subsequent_indent=" " * indent,
                                drop_whitespace=True, replace_whitespace=False) or [""]
        for piece in wrapped:
            shown = get_display(piece, base_dir="R" if rtl else "L")
            out.append(shown.strip().rjust(max(20, width - 1)) if rtl else shown)
    return out


def _base_is_rtl(text: str) -> bool:
    """The paragraph direction of the Unicode algorithm (rule P2): that of the first strong letter."""
    import unicodedata

    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
