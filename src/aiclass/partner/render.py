"""A note as the learner sees it: a heading, the line, the explanation; as text and as HTML."""

from __future__ import annotations

import html

from aiclass.i18n import t
from aiclass.partner.explain import Note

BOX = (
    "border-left:4px solid #3b82c4;background:#eef5fb;color:#1f2933;padding:6px 12px;"
    "margin:4px 0;border-radius:4px;font-family:var(--jp-ui-font-family,sans-serif);"
    "line-height:1.5"
)


def _lines(note: Note, lang: str | None) -> list[str]:
    lines = [t("partner.heading", lang)]
    if note.line is not None:
        code = note.code.replace("`", "'")[:80]
        key = "partner.where" if code else "partner.where_bare"
        where = t(key, lang, line=note.line, code=code)
        if note.inside:
            where += t("partner.inside", lang, func=note.inside)
        lines.append(where)
    lines.append(note.message)
    return lines


def as_text(note: Note, lang: str | None = None) -> str:
    """Plain text, `code` in backticks (for terminals and text-only front ends)."""
    return "\n".join(_lines(note, lang))


def _html_line(text: str) -> str:
    """Escape ``text``; what is between backticks becomes <code>."""
    parts = text.split("`")
    return "".join(
        f"<code>{html.escape(part)}</code>" if i % 2 else html.escape(part)
        for i, part in enumerate(parts)
    )


def as_html(note: Note, lang: str | None = None) -> str:
    """A small coloured box: the heading in bold, then the line and the explanation."""
    heading, *rest = _lines(note, lang)
    body = "<br>".join(_html_line(line) for line in rest)
    return (
        f'<div class="aiclass-partner" style="{BOX}"><b>{html.escape(heading)}</b><br>{body}</div>'
    )
