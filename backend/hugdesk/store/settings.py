"""Business settings shown in replies and used for the response-time target."""

from __future__ import annotations

from typing import Annotated

import msgspec
from sqlite_utils import Database

from ..errors import Invalid


class Settings(msgspec.Struct, kw_only=True):
    business_name: str = ""
    signature: str = ""
    target_minutes: int = 60
    compensations: list[str] = msgspec.field(default_factory=list)


class SettingsUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    business_name: Annotated[str, msgspec.Meta(max_length=200)] | msgspec.UnsetType = msgspec.UNSET
    signature: Annotated[str, msgspec.Meta(max_length=500)] | msgspec.UnsetType = msgspec.UNSET
    target_minutes: int | msgspec.UnsetType = msgspec.UNSET
    compensations: Annotated[list[Annotated[str, msgspec.Meta(max_length=200)]], msgspec.Meta(max_length=20)] \
        | msgspec.UnsetType = msgspec.UNSET


def get_settings(db: Database) -> Settings:
    """The stored settings; a value that no longer reads as its type (written by hand or by an
    older version) falls back to its default rather than breaking every request."""
    settings = Settings()
    for key, value in db.execute("SELECT key, value FROM settings"):
        if key not in Settings.__struct_fields__:
            continue
        try:
            checked = msgspec.convert({key: msgspec.json.decode(value)}, Settings)
        except (msgspec.DecodeError, msgspec.ValidationError):
            continue
        setattr(settings, key, getattr(checked, key))
    return settings


def update_settings(db: Database, update: SettingsUpdate) -> Settings:
    changes = {f: getattr(update, f) for f in update.__struct_fields__ if getattr(update, f) is not msgspec.UNSET}
    if "target_minutes" in changes and not 1 <= changes["target_minutes"] <= 10080:
        raise Invalid("target_minutes must be between 1 and 10080 (one week)")
    if "business_name" in changes and len(changes["business_name"]) > 200:
        raise Invalid("business_name must be at most 200 characters")
    if "signature" in changes and len(changes["signature"]) > 500:
        raise Invalid("signature must be at most 500 characters")
    if "compensations" in changes:
        cleaned = [c.strip() for c in changes["compensations"] if c.strip()]
        if len(cleaned) > 20 or any(len(c) > 200 for c in cleaned):
            raise Invalid("compensations: at most 20 entries of at most 200 characters")
        changes["compensations"] = cleaned
    with db.atomic():
        for key, value in changes.items():
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, msgspec.json.encode(value).decode()],
            )
    return get_settings(db)
