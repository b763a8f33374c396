"""Business settings shown in replies and used by the response clock.

One key/value row per setting (values are JSON). What the clock reads: `timezone`,
`business_hours`, `closed_dates`, `targets` per band and `tracking_since` (see engine/sla.py).

`business_kind` tells the drafts what kind of place this is (a shop says "enjoy your
purchase", a hotel "we hope to welcome you back"). `follow_up` lists the steps the team
really takes after a complaint; a draft states a step only when it is listed here, so it
never promises a call-back or a reply time nobody committed to. The codes are fixed so
that each has a native phrasing in every reply language (engine/phrases_*.py STEPS).
`draft_detail` says whether a draft names the topics of the review ("specific") or stays
general ("general", the default, the safer one on reviews the rules never saw).

`model_*`: an optional language model behind an OpenAI-compatible endpoint that writes one
more draft in the background (usecases/model_drafts.py). Off by default. The API key is
write-only: it is stored but never read back (`model_api_key_set` says whether one is).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import msgspec
from sqlite_utils import Database

from ..engine import sla
from urllib.parse import urlsplit

from ..errors import Invalid
from .db import iso, now


class Targets(msgspec.Struct, kw_only=True):
    """Business minutes to the first reply, per kind of item (engine/sla.py: band_of)."""

    negative: int = sla.DEFAULT_TARGETS["negative"]  # 1–2★, "not recommended", complaint comments
    neutral: int = sla.DEFAULT_TARGETS["neutral"]    # 3★
    positive: int = sla.DEFAULT_TARGETS["positive"]  # 4–5★, "recommended", praise: never red
    other: int = sla.DEFAULT_TARGETS["other"]        # unrated comments that are neither


class TargetsUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    negative: int | msgspec.UnsetType = msgspec.UNSET
    neutral: int | msgspec.UnsetType = msgspec.UNSET
    positive: int | msgspec.UnsetType = msgspec.UNSET
    other: int | msgspec.UnsetType = msgspec.UNSET


BusinessKind = Literal["", "online_shop", "hotel", "restaurant_cafe", "other"]
FollowUpStep = Literal["reply_within_24h", "reply_next_working_day", "manager_calls_back", "manager_reads_complaints",
                       "team_discusses_feedback", "carrier_claim_by_us", "warranty_by_us",
                       "feedback_to_manufacturer"]


# How much of the review a draft names: "general" names no topic (measured safer on unseen
# reviews, see engine/suggestions.py), "specific" names what the reading is sure of.
DraftDetail = Literal["general", "specific"]


class Settings(msgspec.Struct, kw_only=True):
    business_name: str = ""
    signature: str = ""
    # The complaint target (targets.negative), kept under its old name for older clients.
    target_minutes: int = 60
    compensations: list[str] = msgspec.field(default_factory=list)
    business_kind: BusinessKind = ""   # "" = not set: the drafts read the kind from the review
    follow_up: list[FollowUpStep] = msgspec.field(default_factory=list)
    draft_detail: DraftDetail = "general"
    timezone: str = "UTC"
    # Weekly windows per day ("mon".."sun", each a list of ["HH:MM", "HH:MM"]); null: always open.
    business_hours: dict[str, list[list[str]]] | None = None
    closed_dates: list[str] = msgspec.field(default_factory=list)
    targets: Targets = msgspec.field(default_factory=Targets)
    # Items posted before this instant are backlog, never a breach. Set when the database was made.
    tracking_since: str | None = None
    # An open complaint in hand gets an "update due" reminder after this many hours without contact.
    update_after_hours: int = 24
    model_enabled: bool = False
    model_endpoint: str = ""        # base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1
    model_name: str = ""
    model_timeout_seconds: int = 60
    model_api_key_set: bool = False


MODEL_FIELDS = ("model_enabled", "model_endpoint", "model_name", "model_timeout_seconds", "model_api_key")
MAX_MODEL_TIMEOUT = 600


Short = Annotated[str, msgspec.Meta(max_length=200)]


class SettingsUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    business_name: Annotated[str, msgspec.Meta(max_length=200)] | msgspec.UnsetType = msgspec.UNSET
    signature: Annotated[str, msgspec.Meta(max_length=500)] | msgspec.UnsetType = msgspec.UNSET
    target_minutes: int | msgspec.UnsetType = msgspec.UNSET
    compensations: Annotated[list[Short], msgspec.Meta(max_length=20)] | msgspec.UnsetType = msgspec.UNSET
    business_kind: BusinessKind | msgspec.UnsetType = msgspec.UNSET
    follow_up: Annotated[list[FollowUpStep], msgspec.Meta(max_length=20)] | msgspec.UnsetType = msgspec.UNSET
    draft_detail: DraftDetail | msgspec.UnsetType = msgspec.UNSET
    timezone: Annotated[str, msgspec.Meta(max_length=64)] | msgspec.UnsetType = msgspec.UNSET
    business_hours: Annotated[
        dict[Annotated[str, msgspec.Meta(max_length=20)],
             Annotated[list[Annotated[list[Annotated[str, msgspec.Meta(max_length=5)]], msgspec.Meta(max_length=2)]],
                       msgspec.Meta(max_length=8)]],
        msgspec.Meta(max_length=20),
    ] | None | msgspec.UnsetType = msgspec.UNSET
    closed_dates: Annotated[list[Annotated[str, msgspec.Meta(max_length=10)]], msgspec.Meta(max_length=400)] \
        | msgspec.UnsetType = msgspec.UNSET
    targets: TargetsUpdate | msgspec.UnsetType = msgspec.UNSET
    tracking_since: Annotated[str, msgspec.Meta(max_length=40)] | msgspec.UnsetType = msgspec.UNSET
    update_after_hours: int | msgspec.UnsetType = msgspec.UNSET
    model_enabled: bool | msgspec.UnsetType = msgspec.UNSET
    model_endpoint: Annotated[str, msgspec.Meta(max_length=500)] | msgspec.UnsetType = msgspec.UNSET
    model_name: Annotated[str, msgspec.Meta(max_length=200)] | msgspec.UnsetType = msgspec.UNSET
    model_timeout_seconds: int | msgspec.UnsetType = msgspec.UNSET
    # Write-only; "" removes it.
    model_api_key: Annotated[str, msgspec.Meta(max_length=500)] | msgspec.UnsetType = msgspec.UNSET


def _readable(db: Database) -> dict:
    """The stored values that still read as their type; one written by hand or by an older
    version falls back to its default rather than breaking every request."""
    stored = {}
    for key, value in db.execute("SELECT key, value FROM settings"):
        if key not in Settings.__struct_fields__:
            continue
        try:
            decoded = msgspec.json.decode(value)
            msgspec.convert({key: decoded}, Settings)
        except (msgspec.DecodeError, msgspec.ValidationError):
            continue
        stored[key] = decoded
    return stored


def get_settings(db: Database) -> Settings:
    stored = _readable(db)
    # The complaint target was one number before targets per band: it still counts when the
    # band's own value was never set, and "other" comments follow the complaint target.
    targets = dict(stored.pop("targets", None) or {})
    negative = targets.get("negative", stored.get("target_minutes", sla.DEFAULT_TARGETS["negative"]))
    targets = {**sla.DEFAULT_TARGETS, "other": negative, **targets, "negative": negative}
    stored["targets"] = targets
    stored["target_minutes"] = negative
    stored["model_api_key_set"] = bool(model_api_key(db))
    return msgspec.convert(stored, Settings)


def model_api_key(db: Database) -> str:
    """The key sent to the model's endpoint; only the background drafter reads it."""
    row = db.execute("SELECT value FROM settings WHERE key = 'model_api_key'").fetchone()
    try:
        value = msgspec.json.decode(row[0]) if row else ""
    except msgspec.DecodeError:
        return ""
    return value if isinstance(value, str) else ""


def _endpoint(value: str) -> str:
    value = value.strip().rstrip("/")
    if not value:
        return ""
    try:
        parts = urlsplit(value)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        port_ok = False
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname or not port_ok \
            or parts.query or parts.fragment or any(c.isspace() for c in value):
        raise Invalid("model_endpoint: an http:// or https:// address such as http://127.0.0.1:11434/v1 is required")
    if parts.username or parts.password:
        raise Invalid("model_endpoint: put the API key in model_api_key, not in the address")
    return value


def _tracking_since(value: str) -> str:
    try:
        parsed = sla.parse_instant(value) if len(value) <= 40 else None
    except ValueError:
        parsed = None
    if parsed is None or "T" not in value:
        raise Invalid("tracking_since: an ISO 8601 instant such as 2025-01-31T09:00:00Z is required")
    if parsed > now() + dt.timedelta(minutes=5):
        raise Invalid("tracking_since: must not be in the future")
    return iso(parsed)


def validate(update: SettingsUpdate) -> dict:
    """The rows to write, checked and in canonical form; Invalid names the first field that is wrong."""
    changes = {f: getattr(update, f) for f in update.__struct_fields__ if getattr(update, f) is not msgspec.UNSET}
    if "target_minutes" in changes and not 1 <= changes["target_minutes"] <= 10080:
        raise Invalid("target_minutes must be between 1 and 10080 (one week)")
    if "model_timeout_seconds" in changes and not 1 <= changes["model_timeout_seconds"] <= MAX_MODEL_TIMEOUT:
        raise Invalid(f"model_timeout_seconds must be between 1 and {MAX_MODEL_TIMEOUT}")
    if "model_endpoint" in changes:
        changes["model_endpoint"] = _endpoint(changes["model_endpoint"])
    if "model_name" in changes:
        changes["model_name"] = changes["model_name"].strip()
    if "model_api_key" in changes:
        changes["model_api_key"] = changes["model_api_key"].strip()
    if "update_after_hours" in changes and not 1 <= changes["update_after_hours"] <= 720:
        raise Invalid("update_after_hours must be between 1 and 720 (thirty days)")
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
    try:
        if "timezone" in changes:
            sla.zone_of(changes["timezone"])
        if "business_hours" in changes and changes["business_hours"] is not None:
            changes["business_hours"] = sla.format_business_hours(sla.parse_business_hours(changes["business_hours"]))
        if "closed_dates" in changes:
            changes["closed_dates"] = sorted(d.isoformat() for d in sla.parse_closed_dates(changes["closed_dates"]))
        if "targets" in changes:
            given = {f: v for f in TargetsUpdate.__struct_fields__ if (v := getattr(changes["targets"], f)) is not msgspec.UNSET}
            changes["targets"] = sla.check_targets(given)
    except ValueError as e:
        raise Invalid(str(e)) from None
    if "tracking_since" in changes:
        changes["tracking_since"] = _tracking_since(changes["tracking_since"])
    # One complaint target under two names: both given must agree, either one sets both.
    targets = dict(changes.get("targets", {}))
    if "target_minutes" in changes:
        if targets.get("negative", changes["target_minutes"]) != changes["target_minutes"]:
            raise Invalid("target_minutes: differs from targets.negative (they are the same target)")
        targets["negative"] = changes["target_minutes"]
    if "negative" in targets:
        changes["target_minutes"] = targets["negative"]
    if targets:
        changes["targets"] = targets
    return changes


def update_settings(db: Database, update: SettingsUpdate) -> Settings:
    with db.atomic():
        row = db.execute("SELECT value FROM settings WHERE key = 'targets'").fetchone()
        changes = validate(update)
        # Only bands set explicitly are stored, so the others keep their defaults (and "other"
        # keeps following the complaint target).
        if "targets" in changes and row:
            changes["targets"] = {**msgspec.json.decode(row[0]), **changes["targets"]}
        if {"model_enabled", "model_endpoint", "model_name"} & set(changes):
            current = get_settings(db)
            enabled = changes.get("model_enabled", current.model_enabled)
            if enabled and not (changes.get("model_endpoint", current.model_endpoint)
                                and changes.get("model_name", current.model_name)):
                raise Invalid("model_enabled: set model_endpoint and model_name first")
        for key, value in changes.items():
            if key == "model_api_key" and not value:
                db.execute("DELETE FROM settings WHERE key = 'model_api_key'")
                continue
            if key == "business_hours" and value is None:
                db.execute("DELETE FROM settings WHERE key = 'business_hours'")
                continue
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, msgspec.json.encode(value).decode()],
            )
    return get_settings(db)
