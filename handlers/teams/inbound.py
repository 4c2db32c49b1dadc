"""Teams Activity -> neutral Inbound: who, where, what they said or submitted."""

from __future__ import annotations

import hashlib
import mimetypes
import re

from botbuilder.schema import Activity, ActivityTypes
from botbuilder.schema import Attachment as BotAttachment

from bot.messages import Action, Attachment, Inbound
from handlers.text import scrubbed

WELCOME_ACTION = "onboarding.start"
# Keys our cards put in Action.Submit data (see cards.py); everything else is a form answer.
ACTION_KEY, VALUE_KEY = "ce_action", "ce_value"
MENTION = re.compile(r"<at>.*?</at>", re.IGNORECASE | re.DOTALL)
# Teams echoes the rich-text body as text/html; it is not a file the member sent.
NOT_FILES = {"text/html", "text/plain", "application/vnd.microsoft.card.adaptive"}
FILE_INFO = "application/vnd.microsoft.teams.file.download.info"


def tenant_of(activity: Activity) -> str:
    """The Microsoft 365 tenant: our workspace."""
    tenant = (activity.channel_data or {}).get("tenant") or {}
    return getattr(activity.conversation, "tenant_id", None) or tenant.get("id", "") or ""


def is_personal(activity: Activity) -> bool:
    """True in the member's 1:1 chat with the bot."""
    kind = getattr(activity.conversation, "conversation_type", None)
    if kind is not None:
        return kind == "personal"
    # Older payloads carry no conversationType: a channel shows in channelData.
    in_channel = bool((activity.channel_data or {}).get("channel"))
    return not activity.conversation.is_group and not in_channel


def channel_of(activity: Activity) -> str:
    """The conversation; in a team channel the channel itself, not the thread a post opened."""
    channel = (activity.channel_data or {}).get("channel") or {}
    if not is_personal(activity) and channel.get("id"):
        return channel["id"]
    return activity.conversation.id


def to_inbound(activity: Activity) -> Inbound | None:
    """The Inbound for an activity, or None when the mentor should stay silent."""
    if activity.type == ActivityTypes.message:
        return _message(activity)
    if activity.type == ActivityTypes.invoke and activity.name in ("adaptiveCard/action", None):
        value = activity.value or {}
        data = (value.get("action") or {}).get("data") if "action" in value else value
        if not isinstance(data, dict) or ACTION_KEY not in data:
            return None  # not one of our cards: acknowledge, say nothing
        return _base(activity, data=data)
    if _is_welcome(activity):
        day = (activity.timestamp.date().isoformat()) if activity.timestamp else ""
        # Install sends both installationUpdate and conversationUpdate: one welcome per day.
        event_id = "welcome:" + _digest(f"{activity.conversation.id}:{day}")
        return _base(activity, action=Action(WELCOME_ACTION), event_id=event_id)
    return None


def _message(activity: Activity) -> Inbound | None:
    text = activity.text or ""
    personal = is_personal(activity)
    if not personal and not activity.value and not _mentions_bot(activity):
        return None  # a channel is the team's space: speak only when spoken to
    data = activity.value if isinstance(activity.value, dict) else {}
    return _base(activity, text=MENTION.sub("", text).strip(), data=data)


def _base(activity: Activity, *, text: str = "", data: dict | None = None, **fields) -> Inbound:
    data = data or {}
    if ACTION_KEY in data and "action" not in fields:
        fields["action"] = Action(str(data[ACTION_KEY]), str(data.get(VALUE_KEY, "")))
        fields["form_values"] = {
            k: str(v) for k, v in data.items() if k not in (ACTION_KEY, VALUE_KEY, "msteams")
        }
    fields.setdefault("event_id", _event_id(activity))
    mentioned = _mentioned(activity)
    sender = activity.from_property
    inbound = Inbound(
        platform="teams",
        workspace_id=tenant_of(activity),
        user_id=sender.id,
        text=text,
        channel_id=channel_of(activity),
        channel_kind="dm" if is_personal(activity) else "channel",
        attachments=_attachments(activity),
        display_name=sender.name or "",
        timezone_hint=_timezone(activity),
        locale=activity.locale or "",
        mentions=tuple(mentioned),
        mention_names=tuple(mentioned.values()),
        **fields,
    )
    return scrubbed(inbound)


def _is_welcome(activity: Activity) -> bool:
    if activity.type == ActivityTypes.installation_update:
        return (activity.action or "") == "add"
    if activity.type != ActivityTypes.conversation_update or not activity.members_added:
        return False
    bot_id = activity.recipient.id if activity.recipient else ""
    added = [m.id for m in activity.members_added]
    # The bot added anywhere, or (personal scope) the member joined the chat with the bot.
    return bot_id in added or is_personal(activity)


def _mentions_bot(activity: Activity) -> bool:
    bot_id = activity.recipient.id if activity.recipient else ""
    for entity in activity.entities or []:
        props = entity.additional_properties or {}
        if entity.type == "mention" and (props.get("mentioned") or {}).get("id") == bot_id:
            return True
    return False


def _mentioned(activity: Activity) -> dict[str, str]:
    """People @mentioned (id -> name), in order, the bot itself left out."""
    bot_id = activity.recipient.id if activity.recipient else ""
    found: dict[str, str] = {}
    for entity in activity.entities or []:
        who = (entity.additional_properties or {}).get("mentioned") or {}
        if entity.type == "mention" and who.get("id") and who["id"] != bot_id:
            found.setdefault(who["id"], who.get("name") or "")
    return found


def _timezone(activity: Activity) -> str:
    if activity.local_timezone:
        return activity.local_timezone
    for entity in activity.entities or []:
        if entity.type == "clientInfo":
            return (entity.additional_properties or {}).get("timezone", "")
    return ""


def _attachments(activity: Activity) -> tuple[Attachment, ...]:
    found = []
    for item in activity.attachments or []:
        if item.content_type in NOT_FILES:
            continue
        if item.content_type == FILE_INFO:
            found.append(_shared_file(item))
        else:  # an inline image (or the Playground's file): its bytes are at contentUrl
            found.append(
                Attachment(name=item.name or "", url=item.content_url or "", mime=item.content_type)
            )
    return tuple(found)


def _shared_file(item: BotAttachment) -> Attachment:
    """A file sent with the paperclip: its OneDrive download link, and its id as reference.

    The link carries a short-lived credential, so a logged course keeps the file's uniqueId
    instead (the mentor keeps `file_id` over `url`); files.py fetches it without our token.
    """
    content = item.content if isinstance(item.content, dict) else {}
    kind = str(content.get("fileType") or "").lower()
    mime = mimetypes.guess_type(f"file.{kind}")[0] if kind.isalnum() else None
    return Attachment(
        name=item.name or "",
        url=str(content.get("downloadUrl") or ""),
        mime=mime or kind,
        file_id=str(content.get("uniqueId") or item.name or "teams-file"),
    )


def _event_id(activity: Activity) -> str:
    # Activity ids are unique per conversation only; the conversation id can be 150+ chars.
    return f"{activity.id}@{_digest(activity.conversation.id)}"


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:16]
