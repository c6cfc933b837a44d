"""Spam protection shared by every public form: honeypot, per-IP rate limit, CAPTCHA on demand.

- The honeypot is a field people never see; a bot that fills it is shown the usual success
  page and nothing is saved.
- The rate limit counts accepted submissions per IP address in Django's cache. The address
  is only hashed (with the secret key) into a cache key and never stored.
- Past the limit, the form grows an arithmetic CAPTCHA, drawn as an image with Pillow and
  checked against a signed token, so ordinary visitors never see one.
- Beside the picture, the same sum spoken in Vietnamese (Debian's espeak-ng) for visitors who
  cannot see it. The page links to it by a random key kept in the cache for a few minutes and
  served once; without espeak-ng the link is left out and the form works as before.

Why not django-simple-captcha: it is maintained, but its audio is flite's English only, it
keeps every challenge in a database table of its own, and the page would still need this
module's rate limit to show a CAPTCHA only to the few who need one.
"""

import base64
import hashlib
import io
import secrets
import shutil
import subprocess
import tempfile

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.http import client_ip

HONEYPOT_FIELD = "spam_website"
CAPTCHA_FIELD = "spam_captcha"
CAPTCHA_TOKEN_FIELD = "spam_captcha_token"
SPAM_FIELDS = (HONEYPOT_FIELD, CAPTCHA_FIELD, CAPTCHA_TOKEN_FIELD)
CAPTCHA_SALT = "feedback.captcha"
CAPTCHA_MAX_AGE = 30 * 60
CAPTCHA_AUDIO_MAX_AGE = 10 * 60
CAPTCHA_AUDIO_PREFIX = "feedback:captcha-audio:"
VIETNAMESE_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


class RateLimit:
    """Accepted submissions from one address within the window, across all public forms
    (or, with another `scope` and `limit`, across one kind of cheap post such as ratings)."""

    def __init__(self, request, scope="rate", limit=None):
        digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()[:32]
        self.key = f"feedback:{scope}:{digest}"
        self.limit = settings.FEEDBACK_RATE_LIMIT if limit is None else limit

    def count(self):
        return cache.get(self.key, 0)

    def tripped(self):
        return self.count() >= self.limit

    def hit(self):
        if cache.add(self.key, 1, settings.FEEDBACK_RATE_LIMIT_WINDOW):
            return
        try:
            cache.incr(self.key)
        except ValueError:  # expired between add() and incr()
            cache.set(self.key, 1, settings.FEEDBACK_RATE_LIMIT_WINDOW)


def _answer_digest(nonce, answer):
    return salted_hmac(CAPTCHA_SALT, f"{nonce}:{answer}").hexdigest()


class Captcha:
    """A small sum ("7 + 5 = ?") drawn as a PNG. Nothing in the page states it: the image's text
    alternative does not, and the token (signed, but readable by anyone) holds only a keyed
    digest of the answer, which only the server can compute."""

    def __init__(self):
        self.left = secrets.randbelow(9) + 1
        self.right = secrets.randbelow(9) + 1
        nonce = secrets.token_hex(8)
        self.token = signing.dumps(
            {"nonce": nonce, "digest": _answer_digest(nonce, self.left + self.right)}, salt=CAPTCHA_SALT
        )

    @property
    def question(self):
        return f"{self.left} + {self.right} = ?"

    def audio_url(self):
        """A one-time address of the sum read aloud, or None when the server cannot speak."""
        if not speech_available():
            return None
        key = secrets.token_urlsafe(16)
        cache.set(f"{CAPTCHA_AUDIO_PREFIX}{key}", (self.left, self.right), CAPTCHA_AUDIO_MAX_AGE)
        return reverse("feedback:captcha_audio", args=[key])

    def image_data_uri(self):
        from PIL import Image, ImageDraw, ImageFont

        image = Image.new("RGB", (150, 50), "#f4f1ea")
        draw = ImageDraw.Draw(image)
        for _i in range(6):
            points = [(secrets.randbelow(150), secrets.randbelow(50)) for _j in range(2)]
            draw.line(points, fill="#b9a98a", width=1)
        try:
            font = ImageFont.load_default(size=28)
        except TypeError:
            font = ImageFont.load_default()
        draw.text((14, 8), self.question, fill="#333", font=font)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()

    @staticmethod
    def check(token, answer):
        """True for the right answer to a fresh, unused token."""
        try:
            data = signing.loads(token or "", salt=CAPTCHA_SALT, max_age=CAPTCHA_MAX_AGE)
        except signing.BadSignature:
            return False
        if not constant_time_compare(_answer_digest(data.get("nonce"), answer), data.get("digest", "")):
            return False
        # One use per token, so a solved CAPTCHA cannot be replayed by a script.
        return cache.add(f"feedback:captcha-used:{data['nonce']}", True, CAPTCHA_MAX_AGE)


def speech_available():
    return shutil.which(settings.CAPTCHA_SPEECH_COMMAND) is not None


def spoken_sum(left, right):
    """The words espeak-ng reads, twice: "bảy cộng năm bằng bao nhiêu?"."""
    sentence = f"{VIETNAMESE_DIGITS[left]} cộng {VIETNAMESE_DIGITS[right]} bằng bao nhiêu?"
    return f"Phép tính: {sentence} Xin nhắc lại: {sentence}"


def take_audio_challenge(key):
    """The operands behind an audio key, once: a second request (or a late one) gets None."""
    cache_key = f"{CAPTCHA_AUDIO_PREFIX}{key}"
    operands = cache.get(cache_key)
    # delete() says whether the key was still there, so of two racing requests only one wins.
    if operands is None or not cache.delete(cache_key):
        return None
    return operands


def synthesize_wav(text):
    """WAV bytes of Vietnamese speech, or None when espeak-ng is missing or fails."""
    command = shutil.which(settings.CAPTCHA_SPEECH_COMMAND)
    if command is None:
        return None
    # A file rather than stdout: streamed to a pipe, espeak-ng cannot fill in the WAV's length.
    with tempfile.NamedTemporaryFile(suffix=".wav") as output:
        try:
            subprocess.run(
                [command, "-v", "vi", "-s", "130", "-w", output.name, text],
                check=True,
                capture_output=True,
                timeout=10,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return output.read() or None


class CaptchaWidget(forms.NumberInput):
    """The answer box preceded by the picture of the sum and, where the server can speak, a player
    for the sum read aloud; never re-filled with the old answer."""

    def __init__(self, captcha, attrs=None):
        super().__init__(attrs={"inputmode": "numeric", "autocomplete": "off", **(attrs or {})})
        self.captcha = captcha

    def render(self, name, value, attrs=None, renderer=None):
        audio_url = self.captcha.audio_url()
        if audio_url:
            alt = _("Hình một phép cộng hai số; nếu không xem được hình, hãy nghe phép tính ở nút phát bên dưới.")
        else:
            alt = _("Hình một phép cộng hai số; nếu không xem được hình, xin gọi điện hoặc gửi thư cho cơ quan.")
        html = format_html(
            '<img src="{}" alt="{}" width="150" height="50" class="captcha-image"><br>',
            self.captcha.image_data_uri(),
            alt,
        )
        if audio_url:
            # preload="none": the one-time address is fetched only when the visitor presses play.
            html += format_html(
                '<span class="captcha-audio"><span id="{id}-audio-label">{label}</span><br>'
                '<audio controls preload="none" aria-labelledby="{id}-audio-label">'
                '<source src="{url}" type="audio/wav"><a href="{url}">{link}</a></audio></span><br>',
                id=(attrs or {}).get("id", name),
                label=_("Nghe phép tính bằng tiếng Việt:"),
                url=audio_url,
                link=_("Tải tệp âm thanh của phép tính"),
            )
        return html + super().render(name, None, attrs, renderer)


class SpamProtectedFormMixin:
    """Mix into any form; construct it with `request=`. Call `record_submission()` once saved."""

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.caught_by_honeypot = False
        self.rate_limit = RateLimit(request) if request is not None else None
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Để trống ô này"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        if self.rate_limit and self.rate_limit.tripped():
            captcha = Captcha()
            self.fields[CAPTCHA_FIELD] = forms.IntegerField(
                label=_("Mã kiểm tra: nhập kết quả phép tính trong hình"),
                widget=CaptchaWidget(captcha),
                error_messages={
                    "required": _("Vui lòng nhập kết quả phép tính để chứng minh bạn không phải máy."),
                    "invalid": _("Vui lòng nhập một số."),
                },
            )
            self.fields[CAPTCHA_TOKEN_FIELD] = forms.CharField(widget=forms.HiddenInput, required=False)
            if self.is_bound:
                # Check the posted token; a re-rendered form carries the new challenge's token instead.
                self.posted_captcha_token = self.data.get(self.add_prefix(CAPTCHA_TOKEN_FIELD), "")
                self.data = self.data.copy()
                self.data[self.add_prefix(CAPTCHA_TOKEN_FIELD)] = captcha.token
            self.initial[CAPTCHA_TOKEN_FIELD] = captcha.token

    @property
    def needs_captcha(self):
        return CAPTCHA_FIELD in self.fields

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(HONEYPOT_FIELD):
            self.caught_by_honeypot = True
        answer = cleaned_data.get(CAPTCHA_FIELD)
        if self.needs_captcha and answer is not None and not Captcha.check(self.posted_captcha_token, answer):
            self.add_error(CAPTCHA_FIELD, _("Kết quả phép tính chưa đúng, vui lòng thử lại với hình mới."))
        for name in SPAM_FIELDS:
            cleaned_data.pop(name, None)
        return cleaned_data

    def record_submission(self):
        if self.rate_limit:
            self.rate_limit.hit()


def protect_form_class(form_class):
    """The same protection for a form class built at run time (the form builder's)."""
    return type(f"Protected{form_class.__name__}", (SpamProtectedFormMixin, form_class), {})
