"""Deciding whether a beacon counts, and counting it in the store.

The visitor id is a keyed BLAKE2 hash of (address, user agent, day) under a random salt
that exists only in the counter store and expires after two days: once it is gone, no one
(including us) can tell which address produced which hash. Addresses and user agents are
never written anywhere.
"""

import hashlib
import re
import time
from datetime import UTC, datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.utils import timezone

from analytics.store import get_store
from core.http import client_ip

# Crawlers, monitors, link previewers, scripts and headless browsers. Anything that does not
# run JavaScript never sends a beacon in the first place.
BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|archiver|headless|phantomjs|lighthouse|pingdom|uptime|monitor|preview|"
    r"facebookexternalhit|python|curl|wget|httpclient|okhttp|java/|go-http|axios|node-fetch|scrapy|"
    r"semrush|ahrefs|petalsearch|yandex|baidu|bytespider|gptbot|ccbot|dataprovider|zgrab|nmap|masscan",
    re.IGNORECASE,
)
DOMAIN = re.compile(r"^[a-z0-9.-]{1,100}$")
SIGNER = signing.Signer(salt="analytics.content-key")


def content_key(obj, site=None) -> str:
    """A signed "<site id>:<content type id>.<object id>" for an object shown on `site` (or
    "<site id>:" for a page of no object), identical for every visitor: the page that sends the
    beacon knows its site, so counting it costs no lookup."""
    content = ""
    if obj is not None:
        content_type_id = getattr(obj, "content_type_id", None)  # a page's specific type
        if content_type_id is None:
            content_type_id = ContentType.objects.get_for_model(obj).pk
        content = f"{content_type_id}.{obj.pk}"
    return SIGNER.sign(f"{site.pk if site else ''}:{content}")


def parse_content_key(value: str) -> tuple[str, str | None] | None:
    """(site id, "<content type id>.<object id>" or None); site id "" when not known (keys of pages
    cached before sites were counted apart); None for a forged or broken key."""
    try:
        key = SIGNER.unsign(value)
    except signing.BadSignature:
        return None
    site_id, _, content = key.rpartition(":")
    if site_id and not site_id.isdigit():
        return None
    if not content:
        return site_id, None
    content_type_id, _, object_id = content.partition(".")
    return (site_id, content) if content_type_id.isdigit() and object_id.isdigit() else None


def is_admin_user(request) -> bool:
    """Editors and administrators; only visitors with a session cookie cost a session lookup."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return bool(
        user is not None and user.is_authenticated and (user.is_staff or user.has_perm("wagtailadmin.access_admin"))
    )


def is_countable(request) -> bool:
    user_agent = request.META.get("HTTP_USER_AGENT", "")
    if not user_agent or BOT_USER_AGENT.search(user_agent):
        return False
    # Browsers mark the beacon as same-origin; anything else was posted from another site.
    if request.META.get("HTTP_SEC_FETCH_SITE", "same-origin") != "same-origin":
        return False
    return not is_admin_user(request)


def visitor_hash(salt: bytes, day, ip: str, user_agent: str, scope: str = "") -> str:
    """`scope` keeps one person's visits to two sites apart (each site counts its own visitors)."""
    message = f"{day.isoformat()}\n{ip}\n{user_agent}\n{scope}".encode()
    return hashlib.blake2b(message, key=salt, digest_size=16).hexdigest()


def referrer_domain(referrer: str, own_host: str) -> str:
    """The referring site's domain without "www."; "" for direct visits and our own pages."""
    try:
        domain = (urlsplit(referrer).hostname or "").removeprefix("www.")
    except ValueError:
        return ""
    own = own_host.split(":", 1)[0].lower().removeprefix("www.")
    if domain == own or not DOMAIN.match(domain):
        return ""
    return domain


def record(request, now: float | None = None) -> bool:
    """Count one page view from a beacon request; return whether it counted."""
    if not is_countable(request):
        return False
    site_id, content = "", None
    if key := request.POST.get("c", ""):
        parsed = parse_content_key(key)
        if parsed is None:
            return False
        site_id, content = parsed
    now = time.time() if now is None else now
    day = timezone.localdate(datetime.fromtimestamp(now, tz=UTC))
    store = get_store()
    visitor = visitor_hash(store.salt(day), day, client_ip(request), request.META["HTTP_USER_AGENT"], site_id)
    own_host = request.META.get("HTTP_HOST") or request.META.get("SERVER_NAME", "")
    referrer = referrer_domain(request.POST.get("r", ""), own_host)
    # Fields are "<site id>|<counter>" (see analytics.store); "" is the default site.
    store.record(
        day,
        visitor,
        now,
        always=[f"{site_id}|pv", f"{site_id}|c:{content}"] if content else [f"{site_id}|pv"],
        per_visit=[f"{site_id}|v", f"{site_id}|r:{referrer}"],
        per_new_visitor=[f"{site_id}|u"],
        site_id=site_id,
    )
    return True
