"""The gallery home page: one big picture card per app, in one language, nothing from the web."""

from __future__ import annotations

from html import escape

from aiclass.i18n import LANGUAGES, t

FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif'

STYLE = f"""
body {{ margin: 0; font-family: {FONTS}; background: #f4f6fb; color: #1d2330; }}
header {{ display: flex; align-items: center; justify-content: space-between; padding: 24px 40px; }}
h1 {{ font-size: 40px; margin: 0; }}
.choose {{ font-size: 24px; margin: 4px 0 0; color: #4a5468; }}
.lang {{ font-size: 22px; padding: 12px 20px; border-radius: 14px; background: white;
        color: #0072B2; text-decoration: none; box-shadow: 0 2px 6px #0002; }}
h2 {{ font-size: 26px; margin: 8px 40px; color: #4a5468; }}
.cards {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
          gap: 28px; padding: 12px 40px 40px; }}
a.card {{ display: block; background: white; border-radius: 22px; overflow: hidden;
          color: inherit; text-decoration: none; box-shadow: 0 4px 14px #0002;
          transition: transform .1s; }}
a.card:hover, a.card:focus {{ transform: scale(1.03); outline: 4px solid #E69F00; }}
a.card img {{ width: 100%; aspect-ratio: 16 / 10; object-fit: cover; display: block; }}
.card .title {{ font-size: 26px; font-weight: bold; padding: 14px 18px 4px; }}
.card .goal {{ font-size: 19px; padding: 0 18px; color: #4a5468; }}
.card .minutes {{ font-size: 18px; padding: 10px 18px 16px; color: #009E73; }}
.empty {{ font-size: 26px; padding: 40px; }}
"""


def _card(entry: dict, lang: str, base_url: str) -> str:
    lab_id = escape(entry["id"])
    return (
        f'<a class="card" href="{base_url}app/{lang}/{lab_id}" data-lab="{lab_id}">'
        f'<img src="{base_url}aiclass/card/{lab_id}" alt="">'
        f'<div class="title">{escape(entry["title"][lang])}</div>'
        f'<div class="goal">{escape(entry["goal"][lang])}</div>'
        f'<div class="minutes">⏱ {escape(t("gallery.minutes", lang, minutes=entry["minutes"]))}</div>'
        "</a>"
    )


def home_page(entries: list[dict], lang: str, base_url: str = "/") -> str:
    """The whole page as HTML, grouped by stage, with a link to the other language."""
    other = next(code for code in LANGUAGES if code != lang)
    sections, stage = [], None
    for entry in entries:
        if entry["stage"] != stage:
            if stage is not None:
                sections.append("</div>")
            stage = entry["stage"]
            if len({e["stage"] for e in entries}) > 1:
                sections.append(f"<h2>{escape(entry['stage_title'][lang])}</h2>")
            sections.append('<div class="cards">')
        sections.append(_card(entry, lang, base_url))
    if stage is not None:
        sections.append("</div>")
    body = "".join(sections) or f'<p class="empty">{escape(t("gallery.empty", lang))}</p>'
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'
        f"<title>{escape(t('gallery.page_title', lang))}</title><style>{STYLE}</style></head><body>"
        f"<header><div><h1>{escape(t('gallery.heading', lang))}</h1>"
        f'<p class="choose">{escape(t("gallery.choose", lang))}</p></div>'
        f'<a class="lang" href="{base_url}?lang={other}" hreflang="{other}">'
        f"{escape(t('gallery.other_language', lang))}</a></header>"
        f"<main>{body}</main></body></html>"
    )
