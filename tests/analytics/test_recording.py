"""What counts as a view, a visit and a visitor, through the beacon endpoint."""

from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from analytics import recording
from analytics.flush import flush
from analytics.models import DailyContentViews, DailyReferrers, DailyVisits
from analytics.recording import content_key, record
from analytics.store import RedisStore
from tests.analytics.conftest import BEACON_URL, BROWSER, REDIS_URL, beacon_request, pending_counters

START = 1_780_000_000.0  # a fixed moment, 2026-05-28 in Asia/Ho_Chi_Minh
MINUTE = 60


def post_beacon(client, key="", referrer="", **headers):
    headers.setdefault("HTTP_USER_AGENT", BROWSER)
    return client.post(BEACON_URL, {"c": key, "r": referrer}, **headers)


def today_totals():
    row = DailyVisits.objects.filter(date=timezone.localdate()).first()
    return (row.page_views, row.visits, row.unique_visitors) if row else (0, 0, 0)


@pytest.mark.django_db
def test_a_browser_view_counts_a_page_view_a_visit_and_a_visitor(client, article, counter_store):
    response = post_beacon(client, content_key(article), referrer="https://www.google.com/search?q=tuyen+dung")
    assert response.status_code == 204
    flush()
    assert today_totals() == (1, 1, 1)
    assert DailyContentViews.objects.get().views == 1
    assert DailyContentViews.objects.get().object_id == article.pk
    assert DailyReferrers.objects.get().domain == "google.com"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36",
        "curl/8.5.0",
        "python-requests/2.32",
        "facebookexternalhit/1.1",
        "",
    ],
)
def test_bots_and_scripts_are_not_counted(client, article, user_agent):
    assert post_beacon(client, content_key(article), HTTP_USER_AGENT=user_agent).status_code == 204
    flush()
    assert today_totals() == (0, 0, 0)
    assert not DailyContentViews.objects.exists()


@pytest.mark.django_db
def test_administrators_and_editors_are_not_counted(client, article, django_user_model):
    admin = django_user_model.objects.create_superuser("quantri", "qt@example.com", "x")
    editor = django_user_model.objects.create_user("bientap", "bt@example.com", "x")
    editor.groups.add(Group.objects.get(name="Editors"))  # may enter the Wagtail admin
    for user in (admin, editor):
        client.force_login(user)
        post_beacon(client, content_key(article))
    client.logout()
    flush()
    assert today_totals() == (0, 0, 0)


@pytest.mark.django_db
def test_a_signed_in_citizen_without_admin_access_is_counted(client, article, django_user_model):
    client.force_login(django_user_model.objects.create_user("congdan", "cd@example.com", "x"))
    post_beacon(client, content_key(article))
    flush()
    assert today_totals() == (1, 1, 1)


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "head", "put", "delete"])
def test_only_posts_reach_the_counter(client, article, method):
    response = getattr(client, method)(BEACON_URL, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 405
    flush()
    assert today_totals() == (0, 0, 0)


@pytest.mark.django_db
def test_beacons_posted_from_another_site_or_with_forged_keys_are_not_counted(client, article):
    post_beacon(client, content_key(article), HTTP_SEC_FETCH_SITE="cross-site")
    post_beacon(client, f"{article.content_type_id}.{article.pk}:forged")
    post_beacon(client, "not a key")
    flush()
    assert today_totals() == (0, 0, 0)


@pytest.mark.django_db
def test_views_without_a_content_key_count_for_the_site_only(client, home_page):
    post_beacon(client)
    flush()
    assert today_totals() == (1, 1, 1)
    assert not DailyContentViews.objects.exists()


@pytest.mark.django_db
def test_views_within_30_minutes_are_one_visit_and_a_longer_pause_starts_a_new_one(article, counter_store):
    key = content_key(article)
    for minutes in (0, 10, 39, 80, 95):  # gaps: 10, 29, 41 (new visit), 15
        assert record(beacon_request(key), now=START + minutes * MINUTE)
    day = timezone.localdate(timezone.datetime.fromtimestamp(START, tz=timezone.UTC))
    _site, content = recording.parse_content_key(key)
    assert counter_store.pending() == {day: {"|pv": 5, "|v": 2, "|u": 1, f"|c:{content}": 5, "|r:": 2}}


@pytest.mark.django_db
def test_unique_visitors_are_told_apart_by_address_and_browser(article, counter_store):
    for ip, user_agent in [
        ("203.0.113.7", BROWSER),
        ("203.0.113.7", BROWSER),
        ("203.0.113.8", BROWSER),
        ("203.0.113.7", BROWSER.replace("131.0", "130.0")),
    ]:
        record(beacon_request(content_key(article), ip=ip, user_agent=user_agent), now=START)
    (fields,) = pending_counters(counter_store)
    assert (fields["pv"], fields["v"], fields["u"]) == (4, 3, 3)


@pytest.mark.django_db
def test_the_next_day_starts_new_visits_and_visitors(article, counter_store):
    record(beacon_request(), now=START)
    record(beacon_request(), now=START + 24 * 3600)
    assert [(f["v"], f["u"]) for f in pending_counters(counter_store)] == [(1, 1), (1, 1)]


@pytest.mark.django_db
def test_no_address_or_user_agent_is_stored_anywhere(client, article, counter_store):
    ip, user_agent = "198.51.100.23", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/133.0 UniqueMarker"
    post_beacon(client, content_key(article), "https://zalo.me/", REMOTE_ADDR=ip, HTTP_USER_AGENT=user_agent)
    stored = []
    if hasattr(counter_store, "client"):  # everything Redis holds, keys and values
        for redis_key in counter_store.client.keys("*"):
            kind = counter_store.client.type(redis_key).decode()
            value = {
                "string": counter_store.client.get,
                "hash": counter_store.client.hgetall,
                "zset": lambda k: counter_store.client.zrange(k, 0, -1),
                "set": counter_store.client.smembers,
            }[kind](redis_key)
            stored.append(repr((redis_key, value)))
    flush()
    for model in (DailyVisits, DailyContentViews, DailyReferrers):
        stored += [repr(row) for row in model.objects.values_list()]
    assert len(stored) >= 3
    text = "\n".join(stored)
    assert "198.51" not in text and "UniqueMarker" not in text and "Firefox" not in text


@pytest.mark.django_db
def test_referrers_are_reduced_to_domains_and_own_pages_count_as_direct(client, home_page):
    post_beacon(client, referrer="https://www.facebook.com/sonoivu/posts/123?fbclid=abc", REMOTE_ADDR="10.0.0.1")
    post_beacon(client, referrer="http://testserver/tin-tuc/", REMOTE_ADDR="10.0.0.2")
    post_beacon(client, referrer="javascript:alert(1)", REMOTE_ADDR="10.0.0.3")
    flush()
    assert dict(DailyReferrers.objects.values_list("domain", "visits")) == {"facebook.com": 1, "": 2}


@pytest.mark.django_db
def test_the_client_address_comes_from_the_proxy_header_when_configured(article, settings, counter_store):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    for client_ip in ("203.0.113.1", "203.0.113.2"):
        record(beacon_request(ip="127.0.0.1", HTTP_X_FORWARDED_FOR=f"10.9.9.9, {client_ip}"), now=START)
    (fields,) = pending_counters(counter_store)
    assert fields["u"] == 2


@pytest.mark.django_db
def test_a_broken_counter_store_never_fails_the_beacon(client, article, caplog):
    with mock.patch("analytics.recording.get_store", side_effect=ConnectionError("redis is down")):
        response = post_beacon(client, content_key(article))
    assert response.status_code == 204
    assert "Could not count a page view" in caplog.text


@pytest.mark.django_db
def test_anonymous_beacons_take_the_fast_path_and_signed_in_ones_the_full_stack(client, article, django_user_model):
    anonymous = post_beacon(client, content_key(article))
    assert anonymous.status_code == 204 and "X-Frame-Options" not in anonymous  # no clickjacking middleware
    assert anonymous["Content-Length"] == "0" and anonymous["Cache-Control"] == "no-store"
    client.force_login(django_user_model.objects.create_user("congdan", "cd@example.com", "x"))
    signed_in = post_beacon(client, content_key(article), REMOTE_ADDR="10.0.0.9")
    assert signed_in.status_code == 204 and "X-Frame-Options" in signed_in
    flush()
    assert today_totals() == (2, 2, 2)


@pytest.mark.django_db
def test_every_process_hashes_with_the_same_daily_salt(counter_store):
    day = timezone.localdate()
    first = counter_store.salt(day)
    if hasattr(counter_store, "client"):
        other_process = RedisStore(REDIS_URL)
        assert other_process.salt(day) == first
    assert counter_store.salt(day) == first and len(first) == 32
    assert counter_store.salt(day + timezone.timedelta(days=1)) != first
