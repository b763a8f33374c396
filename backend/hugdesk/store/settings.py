"""Business settings shown in replies and used for the response-time target.

`business_kind` tells the drafts what kind of place this is (a shop says "enjoy your
purchase", a hotel "we hope to welcome you back"). `follow_up` lists the steps the team
really takes after a complaint; a draft states a step only when it is listed here, so it
never promises a call-back or a reply time nobody committed to. The codes are fixed so
that each has a native phrasing in every reply language (engine/phrases_*.py STEPS).
"""

from __future__ import annotations

from typing import Literal

import msgspec
from sqlite_utils import Database

from ..errors import Invalid


BusinessKind = Literal["", "online_shop", "hotel", "restaurant_cafe", "other"]
FollowUpStep = Literal["reply_within_24h", "reply_next_working_day", "manager_calls_back", "manager_reads_complaints",
                       "team_discusses_feedback", "carrier_claim_by_us", "warranty_by_us"]


class Settings(msgspec.Struct, kw_only=True):
    business_name: str = ""
    signature: str = ""
    target_minutes: int = 60
    compensations: list[str] = msgspec.field(default_factory=list)
    business_kind: BusinessKind = ""   # "" = not set: the drafts read the kind from the review
    follow_up: list[FollowUpStep] = msgspec.field(default_factory=list)


class SettingsUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    business_name: str | msgspec.UnsetType = msgspec.UNSET
    signature: str | msgspec.UnsetType = msgspec.UNSET
    target_minutes: int | msgspec.UnsetType = msgspec.UNSET
    compensations: list[str] | msgspec.UnsetType = msgspec.UNSET
    business_kind: BusinessKind | msgspec.UnsetType = msgspec.UNSET
    follow_up: list[FollowUpStep] | msgspec.UnsetType = msgspec.UNSET


def get_settings(db: Database) -> Settings:
    stored = {k: msgspec.json.decode(v) for k, v in db.execute("SELECT key, value FROM settings")}
    return msgspec.convert(stored, Settings)


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
    if "follow_up" in changes:
        changes["follow_up"] = list(dict.fromkeys(changes["follow_up"]))  # a step listed twice is one step
    with db.atomic():
        for key, value in changes.items():
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, msgspec.json.encode(value).decode()],
            )
    return get_settings(db)
