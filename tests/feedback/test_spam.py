"""Honeypot, rate limit and the CAPTCHA that only appears once the limit trips."""

import io
import re
import shutil
import wave

import pytest
from django.core import signing
from django.test import override_settings
from freezegun import freeze_time

from feedback.models import Question
from feedback.spam import CAPTCHA_SALT

ASK_URL = "/hoi-dap/dat-cau-hoi/"


@pytest.fixture
def fixed_sum(monkeypatch):
    """Every CAPTCHA draws 4 + 4: a person reads it from the picture, the test from here."""
    monkeypatch.setattr("feedback.spam.secrets.randbelow", lambda n: 3)
    return 8


def ask(client, data, **extra):
    return client.post(ASK_URL, data, **extra)


@pytest.mark.django_db
def test_honeypot_saves_nothing_but_looks_like_success(client, question_data):
    response = ask(client, {**question_data, "spam_website": "http://spam.example"})
    assert response.status_code == 302
    assert not Question.objects.exists()
    assert "Câu hỏi của bạn đã được tiếp nhận" in client.get(response.url).content.decode()


@pytest.mark.django_db
def test_honeypot_is_hidden_from_people(client):
    body = client.get(ASK_URL).content.decode()
    assert 'name="spam_website"' in body
    assert 'aria-hidden="true"' in body


@pytest.mark.django_db
@override_settings(FEEDBACK_RATE_LIMIT=3)
def test_no_captcha_until_the_rate_limit_trips(client, question_data, fixed_sum):
    for _ in range(3):
        assert 'name="spam_captcha"' not in client.get(ASK_URL).content.decode()
        assert ask(client, question_data).status_code == 302
    assert Question.objects.count() == 3

    # The fourth submission from the same address is refused until the sum is solved.
    response = ask(client, question_data)
    body = response.content.decode()
    assert response.status_code == 400
    assert 'name="spam_captcha"' in body
    assert "data:image/png;base64," in body
    assert Question.objects.count() == 3
    assert 'value="Nguyễn Văn An"' in body

    # Nothing in the page gives the sum away: not the picture's text, not the signed token.
    token = re.search(r'name="spam_captcha_token" value="([^"]+)"', body).group(1)
    assert set(signing.loads(token, salt=CAPTCHA_SALT)) == {"nonce", "digest"}
    assert re.search(r"\d \+ \d", body) is None
    answer = fixed_sum
    wrong = ask(client, {**question_data, "spam_captcha_token": token, "spam_captcha": answer + 1})
    assert "Kết quả phép tính chưa đúng" in wrong.content.decode()
    assert Question.objects.count() == 3

    token = re.search(r'name="spam_captcha_token" value="([^"]+)"', wrong.content.decode()).group(1)
    answer = fixed_sum
    right = ask(client, {**question_data, "spam_captcha_token": token, "spam_captcha": answer})
    assert right.status_code == 302
    assert Question.objects.count() == 4

    # A solved token cannot be replayed.
    replay = ask(client, {**question_data, "spam_captcha_token": token, "spam_captcha": answer})
    assert replay.status_code == 400
    assert Question.objects.count() == 4


@pytest.mark.django_db
@override_settings(FEEDBACK_RATE_LIMIT=1)
def test_rate_limit_is_per_address_and_stores_no_address(client, question_data):
    ask(client, question_data, REMOTE_ADDR="203.0.113.5")
    assert 'name="spam_captcha"' in client.get(ASK_URL, REMOTE_ADDR="203.0.113.5").content.decode()
    assert 'name="spam_captcha"' not in client.get(ASK_URL, REMOTE_ADDR="198.51.100.7").content.decode()
    question = Question.objects.get()
    assert "203.0.113.5" not in str([getattr(question, f.attname) for f in Question._meta.concrete_fields])


@pytest.mark.django_db
@override_settings(FEEDBACK_RATE_LIMIT=2)
def test_failed_tracking_lookups_count_towards_the_limit(client):
    for _ in range(2):
        client.post("/hoi-dap/tra-cuu/", {"code": "HD-2026-AAAAAA", "email": "x@example.com"})
    assert 'name="spam_captcha"' in client.get("/hoi-dap/tra-cuu/").content.decode()


# The audio alternative: the same sum read aloud in Vietnamese by espeak-ng (`make test` installs it).
needs_speech = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")


@pytest.fixture
def seven_plus_seven(monkeypatch):
    monkeypatch.setattr("feedback.spam.secrets.randbelow", lambda n: 6)
    return 14


def visible_text(html):
    """The page as a person or a script reads it, minus the picture's bytes and the random tokens."""
    html = re.sub(r'src="data:image/png;base64,[^"]+"', "", html)
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)  # random letters and digits
    return re.sub(r'name="spam_captcha_token" value="[^"]+"', "", html)


@needs_speech
@override_settings(FEEDBACK_RATE_LIMIT=0)
def test_the_sum_is_heard_once_as_a_wav_and_never_written_in_the_page(client, question_data, seven_plus_seven):
    body = client.get(ASK_URL).content.decode()
    page = visible_text(body)
    # The topics' <option> values are database ids, which may contain any digits.
    without_ids = re.sub(r'<option value="\d+"', "<option", page)
    assert not re.search(r"(?<!\d)14(?!\d)", without_ids)
    for giveaway in ("7 + 7", "7+7", "bảy", "mười bốn", "muoi bon"):
        assert giveaway not in page, giveaway
    assert "Nghe phép tính bằng tiếng Việt" in page
    url = re.search(r'<source src="([^"]+)" type="audio/wav">', body).group(1)

    audio = client.get(url)
    assert audio.status_code == 200
    assert audio["Content-Type"] == "audio/wav"
    with wave.open(io.BytesIO(audio.content)) as sound:
        assert sound.getnframes() / sound.getframerate() > 2  # the sentence, said twice

    # Single use: a second play, or a script fetching it again, finds nothing.
    assert client.get(url).status_code == 404

    token = re.search(r'name="spam_captcha_token" value="([^"]+)"', body).group(1)
    response = ask(client, {**question_data, "spam_captcha_token": token, "spam_captcha": seven_plus_seven})
    assert response.status_code == 302
    assert Question.objects.count() == 1


@needs_speech
@override_settings(FEEDBACK_RATE_LIMIT=0)
def test_the_audio_address_expires_unused(client, db):
    with freeze_time("2026-12-07 08:00"):
        body = client.get(ASK_URL).content.decode()
    url = re.search(r'<source src="([^"]+)"', body).group(1)
    with freeze_time("2026-12-07 08:11"):
        assert client.get(url).status_code == 404
    assert client.get("/ma-kiem-tra/khong-co/am-thanh.wav").status_code == 404


@override_settings(FEEDBACK_RATE_LIMIT=0, CAPTCHA_SPEECH_COMMAND="no-such-speech-program")
def test_without_espeak_the_captcha_has_no_player_and_still_works(client, question_data, seven_plus_seven):
    body = client.get(ASK_URL).content.decode()
    assert "<audio" not in body and "am-thanh.wav" not in body
    assert "xin gọi điện hoặc gửi thư cho cơ quan" in body
    token = re.search(r'name="spam_captcha_token" value="([^"]+)"', body).group(1)
    response = ask(client, {**question_data, "spam_captcha_token": token, "spam_captcha": seven_plus_seven})
    assert response.status_code == 302


@needs_speech
def test_a_failing_speech_program_gives_a_message_not_a_server_error(client, db, settings):
    # The settings fixture alone: mixed with override_settings, it would restore the override's values.
    settings.FEEDBACK_RATE_LIMIT = 0
    url = re.search(r'<source src="([^"]+)"', client.get(ASK_URL).content.decode()).group(1)
    settings.CAPTCHA_SPEECH_COMMAND = "false"  # found on the path, exits with an error
    response = client.get(url)
    assert response.status_code == 503
    assert "gửi lại biểu mẫu để nhận phép tính mới" in response.content.decode()


@needs_speech
@override_settings(FEEDBACK_RATE_LIMIT=0, CAPTCHA_AUDIO_LIMIT=1)
def test_spoken_sums_are_limited_per_address(client, db):
    """Each one runs espeak-ng: a script collecting audio addresses cannot keep the server talking."""
    first, second = (re.search(r'<source src="([^"]+)"', client.get(ASK_URL).content.decode()).group(1) for _ in "12")
    assert client.get(first).status_code == 200
    refused = client.get(second)
    assert refused.status_code == 429
    assert "xin thử lại sau" in refused.content.decode()
    other = re.search(r'<source src="([^"]+)"', client.get(ASK_URL, REMOTE_ADDR="198.51.100.7").content.decode())
    assert client.get(other.group(1), REMOTE_ADDR="198.51.100.7").status_code == 200
