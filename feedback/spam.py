"""Spam protection shared by every public form: honeypot, per-IP rate limit, CAPTCHA on demand.

- The honeypot is a field people never see; a bot that fills it is shown the usual success
  page and nothing is saved.
- The rate limit counts accepted submissions per IP address in Django's cache. The address
  is only hashed (with the secret key) into a cache key and never stored.
- Past the limit, the form grows an arithmetic CAPTCHA, drawn as an image with Pillow and
  checked against a signed token, so ordinary visitors never see one.
"""

import base64
import hashlib
import io
import secrets

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
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


class CaptchaWidget(forms.NumberInput):
    """The answer box preceded by the picture of the sum; never re-filled with the old answer."""

    def __init__(self, captcha, attrs=None):
        super().__init__(attrs={"inputmode": "numeric", "autocomplete": "off", **(attrs or {})})
        self.captcha = captcha

    def render(self, name, value, attrs=None, renderer=None):
        image = format_html(
            '<img src="{}" alt="{}" width="150" height="50" class="captcha-image"><br>',
            self.captcha.image_data_uri(),
            _("A picture of a sum of two numbers; if you cannot see it, call or email the department."),
        )
        return image + super().render(name, None, attrs, renderer)


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
