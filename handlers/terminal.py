"""The terminal adapter: the mentor in a shell. Streams are injected, so tests pass StringIO.

Choices become numbered options (type the number or the words); a form is asked one
question at a time; files are written to ./exports and their path printed.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.markup import escape

from bot.certificates import MAX_BYTES
from bot.messages import (
    Action,
    Attachment,
    Choices,
    Facts,
    File,
    Form,
    Image,
    Inbound,
    ProgressBar,
    Question,
    Reply,
    Text,
)

EXIT_WORDS = {"quit", "exit", "bye", ":q"}
_LEAVE_FORM = {"cancel", "stop", "never mind", "nevermind", "nvm"}  # said, and nothing else
_RATING_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}


class _Instead(str):
    """A line typed in place of a form's answer: the member left the form with it."""


BAR_WIDTH = 20


def plain(text: str) -> str:
    """Light markdown without its marks, for piped output."""
    return re.sub(r"(?<!\w)[*_]([^*_\n]+)[*_](?!\w)", r"\1", text)


def markup(text: str) -> str:
    """Light markdown as rich console markup (bold, italic), everything else escaped."""
    escaped = escape(text)
    escaped = re.sub(r"(?<!\w)\*([^*\n]+)\*(?!\w)", r"[bold]\1[/bold]", escaped)
    return re.sub(r"(?<!\w)_([^_\n]+)_(?!\w)", r"[italic]\1[/italic]", escaped)


def bar(progress: ProgressBar) -> str:
    """A text progress bar: `Ethics  [#####-----] 3/6 h`."""
    if progress.required is None:
        return f"{progress.label}: {progress.done:g} h (requirement unknown)"
    required = progress.required or 1
    filled = min(BAR_WIDTH, round(BAR_WIDTH * progress.done / required))
    note = f" — {progress.note}" if progress.note else ""
    shown = (
        f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {progress.done:g}/{progress.required:g} h"
    )
    return f"{progress.label}  {shown}{note}"


_LOG_CERTIFICATE = re.compile(r"^(?:log\s+)?cert(?:ificate)?\s+(.+)$", re.I)
_FILE_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".heic": "image/heic",
}


def certificate_path(line: str) -> Path | None:
    """The local file a line names: `log certificate PATH`, or a certificate's path pasted alone."""
    said = _LOG_CERTIFICATE.match(line.strip())
    text = (said.group(1) if said else line).strip().strip("'\"")
    if not text or "\n" in text or len(text) > 4096:
        return None
    path = Path(text).expanduser()
    pasted = said is None
    if pasted and path.suffix.casefold() not in _FILE_TYPES:
        return None  # a sentence is not a path; only a certificate-like file pasted alone
    return path if path.is_file() else None


def local_file(path: Path) -> Attachment:
    """A local file as an attachment, its bytes read (one byte past the limit: the reader
    refuses a file that big, without this reading more of it)."""
    with path.open("rb") as handle:
        content = handle.read(MAX_BYTES + 1)
    mime = _FILE_TYPES.get(path.suffix.casefold(), "")
    return Attachment(name=path.name, mime=mime, content=content)


class TerminalChat:
    """Runs a conversation between one local member and the mentor."""

    def __init__(
        self,
        handle: Callable[[Inbound, datetime], list[Reply]],
        *,
        stdin: TextIO,
        stdout: TextIO,
        user_id: str,
        display_name: str = "",
        timezone: str = "",
        exports: Path = Path("exports"),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        rich: bool = False,
        echo: bool = False,
    ) -> None:
        self.handle, self.stdin, self.stdout = handle, stdin, stdout
        self.user_id, self.display_name, self.timezone = user_id, display_name, timezone
        self.exports, self.clock, self.echo = exports, clock, echo
        self.console = Console(file=stdout, highlight=False, soft_wrap=True) if rich else None
        self.options: list[tuple[str, str, str]] = []  # (label, action id, value)
        self.pending_form: Form | None = None

    async def run(self) -> None:
        """Chat until end of input or 'quit'."""
        self.write("CE Mentor — type 'help' for what I can do, 'quit' to leave.")
        await self.send(Inbound("terminal", "local", self.user_id, text="hi", **self._who()))
        while True:
            if self.pending_form is not None:
                form, self.pending_form = self.pending_form, None
                values = await self.fill(form)
                if values is None:
                    return
                if isinstance(values, str):  # left the form: the line is a message of its own
                    if values.casefold() in EXIT_WORDS:
                        self.write("Bye — your progress is saved.")
                        return
                    self.write("Stopped — none of those answers was saved.")
                    if values.casefold() not in _LEAVE_FORM:
                        await self.send(self.inbound_for(values))
                    continue
                await self.send(
                    Inbound(
                        "terminal",
                        "local",
                        self.user_id,
                        action=Action(form.submit_action_id),
                        form_values=values,
                        **self._who(),
                    )
                )
                continue
            line = await self.read("> ")
            if line is None or line.strip().casefold() in EXIT_WORDS:
                self.write("Bye — your progress is saved.")
                return
            await self.send(self.inbound_for(line.strip()))

    def _who(self) -> dict:
        return {"display_name": self.display_name, "timezone_hint": self.timezone}

    def inbound_for(self, line: str) -> Inbound:
        """A typed number (or an option's exact label) presses that button; anything else is text."""
        chosen = None
        if line.isdigit() and 0 < int(line) <= len(self.options):
            chosen = self.options[int(line) - 1]
        else:
            chosen = next((o for o in self.options if o[0].casefold() == line.casefold()), None)
        if chosen is not None:
            return Inbound(
                "terminal",
                "local",
                self.user_id,
                action=Action(chosen[1], chosen[2]),
                text=chosen[0],
                **self._who(),
            )
        file = certificate_path(line)
        if file is not None:
            return Inbound(
                "terminal",
                "local",
                self.user_id,
                text="log certificate",
                attachments=(local_file(file),),
                **self._who(),
            )
        return Inbound("terminal", "local", self.user_id, text=line, **self._who())

    async def send(self, inbound: Inbound) -> None:
        replies = await asyncio.to_thread(self.handle, inbound, self.clock())
        self.options = []
        for reply in replies:
            self.render(reply)

    async def fill(self, form: Form) -> dict[str, str] | str | None:
        """Ask a form's questions one at a time; None if input ends, or the line typed instead
        of a rating when it is no rating ("cancel", "status", "quit"), to leave the form."""
        self.write(form.title)
        values = {}
        for question in form.questions:
            answer = await self.ask(question)
            if answer is None or isinstance(answer, _Instead):
                return answer if answer is None else str(answer)
            values[question.id] = answer
        return values

    async def ask(self, question: Question) -> str | None:
        hint = {"rating": " (1-5)", "date": " (date)"}.get(question.kind, "")
        if question.kind == "select":
            hint = " (" + " / ".join(question.options) + ")"
        while True:
            answer = await self.read(f"  {question.label}{hint}: ")
            if answer is None:
                return None
            answer = answer.strip()
            if question.kind != "rating":
                return answer
            rating = _RATING_WORDS.get(answer.casefold(), answer)
            if rating in {"1", "2", "3", "4", "5"}:
                return rating
            if re.search(r"[a-z]{3}", answer, re.I):  # words, not a mistyped number
                return _Instead(answer)
            self.write("  Please type a number from 1 to 5 (or *cancel* to stop).")

    async def read(self, prompt: str) -> str | None:
        self.stdout.write(prompt)
        self.stdout.flush()
        line = await asyncio.to_thread(self.stdin.readline)
        if not line:
            return None
        if self.echo:  # piped input: show it, so the output reads as a transcript
            self.stdout.write(line if line.endswith("\n") else line + "\n")
        return line.rstrip("\n")

    def write(self, text: str) -> None:
        if self.console is not None:
            self.console.print(markup(text))
            return
        self.stdout.write(plain(text) + "\n")
        self.stdout.flush()

    def render(self, reply: Reply) -> None:
        """Print one reply element; every element has a text form."""
        match reply:
            case Text(text=text):
                self.write(text)
            case Choices(prompt=prompt, options=options):
                self.write(prompt)
                for choice in options:
                    self.options.append((choice.label, choice.action_id, choice.value))
                    self.write(f"  {len(self.options)}) {choice.label}")
            case Facts(rows=rows, title=title):
                if title:
                    self.write(title)
                for label, value in rows:
                    self.write(f"  {label}: {value}")
            case ProgressBar():
                self.write("  " + bar(reply))
            case Form():
                self.pending_form = reply
            case Image(alt_text=alt):
                self.write(f"Chart ({alt}) saved to {self.save(reply)}")
            case File(title=title, name=name):
                self.write(f"{title or name} saved to {self.save(reply)}")

    def save(self, reply: Image | File) -> Path:
        self.exports.mkdir(parents=True, exist_ok=True)
        name = reply.name if isinstance(reply, File) else "chart.png"
        path = self.exports / name
        path.write_bytes(reply.content if isinstance(reply, File) else reply.png)
        return path
