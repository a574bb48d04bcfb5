"""The text a reader sees in a saved HTML page, for `parse_html`.

Block elements become lines (paragraphs and headings are set off by a blank line, as a browser
lays them out), list items start with the bullet or number a browser draws ("• ", "2. "),
``<br>`` breaks a line, table cells are separated by a tab; scripts, styles,
templates, forms' hidden parts and elements hidden with ``hidden``, ``aria-hidden="true"`` or an
inline ``display:none`` are dropped. Whitespace inside a line collapses as a browser collapses it;
non-breaking spaces stay. The tree comes from ``selectolax`` (lexbor), the optional ``html`` extra:
it is fast, has no dependencies of its own and parses broken markup as browsers do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    from collections.abc import Iterator

_DROPPED = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas", "select"})
# Set off by a blank line, as browsers give them a margin.
_SPACED = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "table", "ul", "ol", "dl"})
_BLOCK = _SPACED | frozenset(
    {
        "address", "article", "aside", "body", "center", "dd", "details", "dialog", "div", "dt", "fieldset",
        "figcaption", "footer", "form", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav",
        "section", "summary", "tbody", "thead", "tfoot", "tr", "caption", "option",
    }
)
_CELLS = frozenset({"td", "th"})
_HIDDEN_STYLE = regex.compile(r"(?i)(?:display[ \t]*+:[ \t]*+none|visibility[ \t]*+:[ \t]*+hidden)")
_SPACE_RUN = regex.compile(r"[ \t\r\n\f]++")
_LINE_EDGES = regex.compile(r"[ \t]*+\n[ \t]*+")


def page_text(html: str) -> str:
    """The visible text of ``html`` as lines (see the module's docstring)."""
    try:
        from selectolax.lexbor import LexborHTMLParser  # noqa: PLC0415 - an optional extra, off the import path
    except ImportError as exc:  # the optional extra is not installed
        raise ImportError(
            "dipstate.parse_html needs an HTML parser: pip install 'dipstate[html]' (selectolax)"
        ) from exc
    root = LexborHTMLParser(html).root
    if root is None:
        return ""
    out: list[str] = []
    pending = 0  # line breaks owed before the next text: the most any block boundary asked for
    at_line_start = True
    for item in _walk(root):
        if isinstance(item, int):
            pending = max(pending, item)
            continue
        piece = item.lstrip(" \t") if at_line_start or pending else item
        if not piece:
            continue
        if pending and out:
            while out and out[-1].endswith(" "):
                out[-1] = out[-1].rstrip(" ")
            out.append("\n" * pending)
        pending = 0
        out.append(piece)
        at_line_start = piece.endswith("\n")
    text = _LINE_EDGES.sub("\n", "".join(out)).strip(" \n")
    return text + "\n" if text else ""


def _walk(root: Any) -> Iterator[str | int]:
    """Text, and the line breaks block boundaries ask for (2 around paragraphs and headings, 1
    around other blocks), in document order, without recursion (pages nest deeply)."""
    stack: list[tuple[Any, bool, str]] = [(root, False, "")]
    while stack:
        node, leaving, marker = stack.pop()
        tag = node.tag
        if leaving:
            if tag in _CELLS:
                yield "\t"
            elif breaks := _breaks(tag):
                yield breaks
            continue
        if tag == "-text":
            yield _SPACE_RUN.sub(" ", node.text_content or "")
            continue
        if tag in _DROPPED or tag.startswith("-") or _hidden(node):
            continue
        if tag == "br":
            yield "\n"
            continue
        if breaks := _breaks(tag):
            yield breaks
        if tag == "li":
            yield marker or "\u2022 "  # what a browser draws before a list item
        stack.append((node, True, ""))
        children = []
        child = node.child
        number = 0
        while child is not None:
            if tag == "ol" and child.tag == "li":
                number += 1
                children.append((child, False, f"{number}. "))
            else:
                children.append((child, False, ""))
            child = child.next
        stack.extend(reversed(children))


def _breaks(tag: str) -> int:
    if tag in _SPACED:
        return 2
    return 1 if tag in _BLOCK else 0


def _hidden(node: Any) -> bool:
    attributes = node.attributes
    if not attributes:
        return False
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    if attributes.get("type") == "hidden":
        return True
    style = attributes.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None
