"""Code Python cannot read: SyntaxError, IndentationError and TabError."""

from __future__ import annotations

import keyword
import re
import unicodedata

from aiclass.partner.context import Context, Finding
from aiclass.partner.suggest import closest

# Chinese (full-width) punctuation a pupil types with the Chinese keyboard still on.
FULL_WIDTH = {
    "，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")", "【": "[", "】": "]",
    "“": '"', "”": '"', "‘": "'", "’": "'", "《": "<", "》": ">", "！": "!", "？": "?",
    "、": ",", "＝": "=", "＋": "+", "－": "-", "＊": "*", "／": "/", "｛": "{", "｝": "}",
    "［": "[", "］": "]", "＜": "<", "＞": ">", "＃": "#", "％": "%", "＂": '"', "＇": "'",
    "—": "-", "…": "...",
}  # fmt: skip
ODD_SPACES = {"\u3000", "\u00a0", "\u200b", "\u2002", "\u2003", "\u2009", "\ufeff"}


def _ascii_for(char: str) -> str | None:
    if char in FULL_WIDTH:
        return FULL_WIDTH[char]
    plain = unicodedata.normalize("NFKC", char)
    return plain if plain != char and plain.isascii() and plain.strip() else None


def _odd_character(msg: str) -> Finding | None:
    printable = re.search(r"invalid character '(.)' \(U\+[0-9A-Fa-f]+\)", msg)
    hidden = re.search(r"invalid non-printable character U\+([0-9A-Fa-f]+)", msg)
    if hidden:
        return Finding("syntax_space")
    if not printable:
        return None
    char = printable.group(1)
    if char in ODD_SPACES:
        return Finding("syntax_space")
    ascii_char = _ascii_for(char)
    if ascii_char:
        return Finding("syntax_fullwidth", {"char": char, "ascii": ascii_char})
    return Finding("syntax_char", {"char": char})


def _full_width_on(code: str) -> Finding | None:
    """A full-width mark outside quotes on the line (for messages that don't name it)."""
    outside = re.sub(r"'[^']*'|\"[^\"]*\"", "", code)
    for char in outside:
        ascii_char = _ascii_for(char)
        if ascii_char and not char.isascii():
            return Finding("syntax_fullwidth", {"char": char, "ascii": ascii_char})
    return None


def _misspelt_keyword(ctx: Context) -> Finding | None:
    first = re.match(r"\s*([A-Za-z_]\w*)", ctx.code)
    if not first:
        return None
    word = first.group(1)
    if keyword.iskeyword(word) or word in ctx.names or word == "print":
        return None
    suggestion = closest(word, [*keyword.kwlist, "print"], cutoff=0.75)
    return (
        Finding("syntax_keyword", {"word": word, "suggestion": suggestion}) if suggestion else None
    )


# (pattern in Python's message, message key); the first match wins.
_BY_MESSAGE: list[tuple[str, str]] = [
    (r"Missing parentheses in call to 'print'", "syntax_print"),
    (r"expected ':'", "syntax_colon"),
    (r"Maybe you meant '==' or ':=' instead of '='", "syntax_equals"),
    (r"cannot assign to .* here", "syntax_assign"),
    (r"unterminated (triple-quoted )?string literal|EOL while scanning|EOF while scanning", "syntax_string"),
    (r"Perhaps you forgot a comma", "syntax_comma"),
    (r"invalid decimal literal", "syntax_digit"),
]  # fmt: skip


def explain_syntax(error: SyntaxError, ctx: Context) -> Finding | None:
    """Why Python could not read the cell."""
    if ctx.frame is not None:  # raised while running (eval, import): not the cell's own code
        return None
    if isinstance(error, IndentationError):
        return _indentation(error, ctx)
    msg = error.msg or ""
    odd = _odd_character(msg)
    if odd:
        return odd
    if re.search(r"\belse\s+if\b", ctx.code):
        return Finding("syntax_elif")
    bracket = re.search(r"'(.)' was never closed", msg)
    if bracket:
        return Finding("syntax_unclosed", {"char": bracket.group(1)})
    pair = re.search(r"closing parenthesis '(.)' does not match opening parenthesis '(.)'", msg)
    if pair:
        return Finding("syntax_mismatch", {"close": pair.group(1), "open": pair.group(2)})
    unmatched = re.search(r"unmatched '(.)'", msg)
    if unmatched:
        return Finding("syntax_unmatched", {"char": unmatched.group(1)})
    for pattern, key in _BY_MESSAGE:
        if re.search(pattern, msg):
            return Finding(key)
    return _full_width_on(ctx.code) or _misspelt_keyword(ctx) or Finding("syntax_generic")


def _indentation(error: IndentationError, ctx: Context) -> Finding | None:
    msg = error.msg or ""
    if isinstance(error, TabError):
        return Finding("tab_error")
    if msg.startswith("expected an indented block"):
        header = re.search(r"on line (\d+)", msg)
        line = int(header.group(1)) + ctx.line_offset if header else (ctx.line or 2) - 1
        return Finding("indent_expected", {"header": line})
    if "unexpected indent" in msg:
        return Finding("indent_unexpected")
    if "unindent" in msg:
        return Finding("indent_unindent")
    return None
