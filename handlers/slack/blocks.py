"""Block Kit builders: lists as rich text, progress grouped, facts as fields, all within limits.

What Slack documents (read 2026-12-02; the SDK pinned here, slack_sdk 3.48, enforces the same):
- A message holds at most 50 blocks (a modal or Home tab 100):
  https://docs.slack.dev/reference/block-kit/blocks
- A section's `text` is at most 3,000 characters; its `fields` at most 10 items of at most
  2,000 characters each (slack_sdk SectionBlock: text_max_length 3000, fields_max_length 10):
  https://docs.slack.dev/reference/block-kit/blocks/section-block
- An actions block holds at most 25 elements (slack_sdk ActionsBlock.elements_max_length);
  a button's text at most 75 characters, its value at most 2,000:
  https://docs.slack.dev/reference/block-kit/block-elements/button-element
- `rich_text` holds rich_text_section, rich_text_list (style bullet or ordered; indent, and
  offset to continue a numbering), rich_text_preformatted and rich_text_quote; text elements
  carry a style (bold, italic, strike, code). Slack prefers it to mrkdwn for formatted text.
  No length limit for it is documented there:
  https://docs.slack.dev/reference/block-kit/blocks/rich-text-block
  https://docs.slack.dev/reference/block-kit/block-elements/rich-text-list-element
- The `markdown` block takes standard markdown, at most 12,000 characters, and is meant for
  apps using Slack's AI features (https://docs.slack.dev/changelog/2025/02/03/block-kit-markdown);
  one block may become several after Slack translates it, so we do not count on it here.
- The `table` block: at most 100 rows of at most 20 cells, raw_text or rich_text cells:
  https://docs.slack.dev/reference/block-kit/blocks/table-block. Not used: implementers report
  (not the reference text we could read) one table a message, refused with
  `only_one_table_allowed`, and shown below the message's other blocks, which would tear a
  status of several licenses apart.
- chat.postMessage's `text` is the notification and screen-reader fallback when blocks are
  sent; Slack truncates text over 40,000 characters:
  https://docs.slack.dev/reference/methods/chat.postMessage

Our own budgets, not Slack's: a rich_text block carries at most 3,000 characters (as a
section does), and a message's blocks at most 12,000 characters of text altogether, since
`msg_blocks_too_long` was reported at about 13,200 without any documented limit being met
(https://github.com/slackapi/bolt-js/issues/2509).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

MAX_BLOCKS = 50
TEXT_LIMIT = 3000  # a section's text; also our budget for one rich_text block
MESSAGE_TEXT_BUDGET = 12_000
BULLET = re.compile(r"^\s*[•\-] (.*)$")
NUMBERED = re.compile(r"^\s*(\d{1,3})\. (.*)$")
# Slack mrkdwn inline marks, a <url|label> link, or a bare URL.
INLINE = re.compile(
    r"(?P<bold>\*[^*\n]+\*)|(?P<italic>(?<![\w])_[^_\n]+_(?![\w]))|(?P<strike>~[^~\n]+~)"
    r"|(?P<code>`[^`\n]+`)|<(?P<url>https?://[^|>\s]+)(?:\|(?P<label>[^>]*))?>"
    r"|(?P<bare>https?://\S+)"
)
STYLE_MARKS = {"bold": "*", "italic": "_", "strike": "~", "code": "`"}


def section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:TEXT_LIMIT] or " "}}


def sections(text: str) -> list[dict]:
    """Text as sections of at most 3,000 characters, split at line ends: nothing is cut."""
    return [section(piece) for piece in pieces(text.split("\n"), TEXT_LIMIT)] or [section("")]


def pieces(lines: list[str], limit: int) -> list[str]:
    """Lines joined into pieces of at most `limit` characters (a longer line is cut in parts)."""
    result, current = [], ""
    for line in lines:
        while len(line) > limit:
            if current:
                result.append(current)
                current = ""
            result.append(line[:limit])
            line = line[limit:]
        joined = f"{current}\n{line}" if current else line
        if len(joined) > limit:
            result.append(current)
            joined = line
        current = joined
    if current:
        result.append(current)
    return result


def has_list(text: str) -> bool:
    """A paragraph with bullet or numbered lines reads better as a rich text list."""
    return any(BULLET.match(line) or NUMBERED.match(line) for line in text.split("\n"))


def inline(text: str, style: dict | None = None) -> list[dict]:
    """mrkdwn inline marks as rich text elements: *bold*, _italic_, ~strike~, `code`, links."""
    elements: list[dict] = []
    at = 0
    for match in INLINE.finditer(text):
        if match.start() > at:
            elements.append(_text(text[at : match.start()], style))
        kind = match.lastgroup or ""
        if kind in STYLE_MARKS:
            elements += inline(match.group(kind)[1:-1], {**(style or {}), kind: True})
        elif kind in ("url", "label"):
            link = {"type": "link", "url": match.group("url")}
            label = match.group("label")
            elements.append({**link, "text": label} if label else link)
        else:  # a bare URL: a trailing full stop or bracket is the sentence's, not the URL's
            url = match.group("bare").rstrip(".,);:")
            elements.append({"type": "link", "url": url})
            rest = match.group("bare")[len(url) :]
            if rest:
                elements.append(_text(rest, style))
        at = match.end()
    if at < len(text):
        elements.append(_text(text[at:], style))
    return elements


def _text(text: str, style: dict | None) -> dict:
    return {"type": "text", "text": text, **({"style": style} if style else {})}


def rich_text(text: str) -> list[dict]:
    """A paragraph with lists as rich_text blocks, each within 3,000 characters as mrkdwn.

    A block ends only where the next line would not fit, so a heading stays with its list;
    a list cut there carries its numbering on into the next block.
    """
    blocks: list[dict] = []
    elements: list[dict] = []
    size = 0
    for kind, lines, first in _runs(text.split("\n")):
        part: list[str] = []
        start = first
        for line in lines:
            line = line[: TEXT_LIMIT - 8]  # room for its number and line break
            line_size = _line_size(kind, start + len(part), line)
            if size + line_size > TEXT_LIMIT and (elements or part):
                if part:
                    elements.append(_element(kind, part, start))
                    start, part = start + len(part), []
                blocks.append({"type": "rich_text", "elements": elements})
                elements, size = [], 0
                line_size = _line_size(kind, start, line)
            part.append(line)
            size += line_size
        if part:
            elements.append(_element(kind, part, start))
    if elements:
        blocks.append({"type": "rich_text", "elements": elements})
    return blocks


def _line_size(kind: str, number: int, line: str) -> int:
    """A line's characters as mrkdwn, with its bullet or number and its line break."""
    mark = {"bullet": 2, "ordered": len(f"{number}. ")}.get(kind, 0)
    return mark + len(line) + 1


def _runs(lines: list[str]) -> Iterator[tuple[str, list[str], int]]:
    """Consecutive lines of one kind: ("text"|"bullet"|"ordered", their words, first number)."""
    run: list[str] = []
    kind, first = "", 0
    for line in lines:
        bullet, numbered = BULLET.match(line), NUMBERED.match(line)
        this = "bullet" if bullet else "ordered" if numbered else "text"
        if this != kind or (numbered and run and int(numbered.group(1)) != first + len(run)):
            if run:
                yield kind, run, first
            run, kind = [], this
            first = int(numbered.group(1)) if numbered else 0
        run.append(bullet.group(1) if bullet else numbered.group(2) if numbered else line)
    if run:
        yield kind, run, first


def _element(kind: str, lines: list[str], start: int) -> dict:
    if kind == "text":
        return {"type": "rich_text_section", "elements": inline("\n".join(lines) + "\n")}
    items = [
        {"type": "rich_text_section", "elements": inline(line) or [_text(" ", None)]}
        for line in lines
    ]
    listed = {"type": "rich_text_list", "style": kind, "elements": items}
    return {**listed, "offset": start - 1} if kind == "ordered" and start > 1 else listed


def as_mrkdwn(block: dict) -> str:
    """What a block says, as mrkdwn: the fallback text of its message, and what tests read."""
    match block.get("type"):
        case "section":
            text = [block["text"]["text"]] if "text" in block else []
            return "\n".join(text + [field["text"] for field in block.get("fields", [])])
        case "rich_text":
            return "".join(_element_mrkdwn(e) for e in block["elements"]).rstrip("\n")
        case "header" | "markdown":
            text = block["text"]
            return text if isinstance(text, str) else text["text"]
    return ""


def _element_mrkdwn(element: dict) -> str:
    if element["type"] == "rich_text_list":
        start = element.get("offset", 0) + 1
        marks = [
            f"{start + i}. " if element["style"] == "ordered" else "• "
            for i in range(len(element["elements"]))
        ]
        return "".join(
            mark + _inline_mrkdwn(item["elements"]) + "\n"
            for mark, item in zip(marks, element["elements"], strict=True)
        )
    return _inline_mrkdwn(element.get("elements", []))


def _inline_mrkdwn(elements: list[dict]) -> str:
    parts = []
    for element in elements:
        if element["type"] == "link":
            label = element.get("text")
            parts.append(f"<{element['url']}|{label}>" if label else element["url"])
            continue
        text = element.get("text", "")
        style = element.get("style")
        if style:  # most text carries none: its marks are looked for only where it does
            for name, mark in STYLE_MARKS.items():
                if style.get(name):
                    text = f"{mark}{text}{mark}"
        parts.append(text)
    return "".join(parts)


def block_size(block: dict) -> int:
    """Characters of text a block carries (for the message's budget)."""
    if block.get("type") == "actions":
        return sum(len(e.get("text", {}).get("text", "")) for e in block["elements"])
    return len(as_mrkdwn(block))


def pages(groups: list[list[dict]]) -> list[list[dict]]:
    """Each reply's blocks kept together where they fit, in messages within the limits."""
    result: list[list[dict]] = []
    current: list[dict] = []
    size = 0
    for group in groups:
        sizes = [block_size(b) for b in group]  # once each: a rich text's size is its mrkdwn
        fits = len(current) + len(group) <= MAX_BLOCKS and size + sum(sizes) <= MESSAGE_TEXT_BUDGET
        if current and not fits:
            result.append(current)
            current, size = [], 0
        for block, block_chars in zip(group, sizes, strict=True):
            # a reply larger than a message is spread over several
            if current and (len(current) == MAX_BLOCKS or size + block_chars > MESSAGE_TEXT_BUDGET):
                result.append(current)
                current, size = [], 0
            current.append(block)
            size += block_chars
    if current:
        result.append(current)
    return result
