"""The command line's grammar, apart from its commands: options that go before or after the
command, and a suggestion when a flag or a command is mistyped (``--limit`` → ``-k``)."""

from __future__ import annotations

import argparse
import difflib
import re
from typing import Any, NoReturn

# Flags people reach for from other tools, and the one akhbar has (offered only where it exists).
FLAG_ALIASES = {"--limit": "-k", "--top": "-k", "--num": "-k", "-n": "-k", "--count": "-k", "--size": "-k",
                "--db": "--archive", "--database": "--archive", "--path": "--archive", "--from": "--since",
                "--after": "--since", "--start": "--since", "--to": "--until", "--before": "--until",
                "--end": "--until", "--output": "-o", "--out": "-o", "--file": "-o", "--skip": "--offset",
                "--page": "--offset", "--order": "--sort", "--order-by": "--sort", "--site": "--source",
                "--rtl": "--bidi", "--visual": "--bidi"}


class Parser(argparse.ArgumentParser):
    """argparse, with a suggestion when a command or a flag is mistyped."""

    def error(self, message: str) -> NoReturn:  # type: ignore[override]
        choice = re.search(r"invalid choice: '([^']*)'", message)
        if choice and self._subparsers is not None:
            commands = self._subparsers._group_actions[0].choices or {}  # type: ignore[attr-defined]
            close = difflib.get_close_matches(choice.group(1), list(commands), n=1)
            if close:
                message += f"; did you mean `{self.prog} {close[0]}`?"
        super().error(message)


def suggest_flag(parser: argparse.ArgumentParser, flag: str) -> str | None:
    """The option of ``parser`` meant by an unknown ``flag``: a known alias, else the closest spelling."""
    name = flag.split("=", 1)[0]
    known = [o for action in parser._actions for o in action.option_strings]
    if FLAG_ALIASES.get(name) in known:
        return FLAG_ALIASES[name]
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return close[0] if close else None


def add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--archive``, ``--config``, ``--json`` and ``--bidi``, accepted before the command and after it.
    Given after it, they are parsed by the command's parser, whose defaults are SUPPRESS so that they
    never overwrite a value given before the command."""
    keep: dict[str, Any] = {} if top else {"default": argparse.SUPPRESS}
    parser.add_argument("--archive", metavar="PATH", help="archive directory (default: $AKHBAR_ARCHIVE, else ./.akhbar)",
                        **keep)
    parser.add_argument("--config", metavar="FILE", help="settings file (default: $AKHBAR_CONFIG, else ./akhbar.toml)",
                        **keep)
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON on stdout", **keep)
    parser.add_argument("--bidi", action="store_true", help="reorder Arabic for terminals that do not shape "
                        "right-to-left text (iTerm2, Windows Terminal, tmux, VS Code); the bidi setting", **keep)


def global_argv(args: argparse.Namespace) -> list[str]:
    """This run's global options, as arguments to hand to another command."""
    argv = [f"--{name}={getattr(args, name)}" for name in ("archive", "config") if getattr(args, name, None)]
    return argv + [f"--{name}" for name in ("json", "bidi") if getattr(args, name, False)]


def tcp_port(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(f"{value!r} is not a TCP port: give a number from 1 to 65535, e.g. 8000")
    return int(value)
