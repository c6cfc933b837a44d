"""The code step after the password, enrolment with a QR code, recovery codes and the device list.

Built on django-otp's TOTPDevice (authenticator apps) and StaticDevice (recovery codes), whose
exponential throttling refuses further guesses after each wrong code.
"""

from base64 import b32encode

import django_otp
import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.forms import CodeForm
from accounts.policy import authenticator_devices, new_recovery_codes, two_factor_required

AUTHENTICATOR_NAME = "Ứng dụng xác thực"
RECOVERY_CODES_SESSION_KEY = "accounts_new_recovery_codes"


def safe_next_url(request):
    url = request.POST.get("next") or request.GET.get("next")
    if url and url_has_allowed_host_and_scheme(url, {request.get_host()}, require_https=request.is_secure()):
        return url
    return reverse("wagtailadmin_home")


def throttled_message(data):
    wait = max(1, round((data["locked_until"] - timezone.now()).total_seconds()))
    return _("Đã nhập sai nhiều lần. Hãy đợi %(seconds)s giây rồi nhập mã mới.") % {"seconds": wait}


def check_code(devices, code):
    """The device (locked for update) that accepts code, or (None, the message for the user).

    A device still waiting out its throttling delay after earlier wrong codes refuses every code,
    the right one included; the user is told how long to wait.
    """
    waiting = []
    with transaction.atomic():
        locked = list(devices.select_for_update())
        for device in locked:
            allowed, data = device.verify_is_allowed()
            if not allowed and data and data.get("locked_until"):
                waiting.append(data)
            elif device.verify_token(code):
                return device, None
    if not locked:
        return None, _("Tài khoản chưa có mã dự phòng.")
    if len(waiting) == len(locked):
        return None, throttled_message(min(waiting, key=lambda data: data["locked_until"]))
    return None, _("Mã xác thực không đúng hoặc đã hết hạn. Hãy nhập mã đang hiện trong ứng dụng.")


class StepView(FormView):
    """A page of the sign-in sequence: the login page's layout, without the admin's menus."""

    form_class = CodeForm

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=safe_next_url(self.request), **kwargs)

    def refuse(self, form, message):
        form.add_error("code", message)
        return self.form_invalid(form)


class VerifyView(StepView):
    template_name = "accounts/verify.html"

    def dispatch(self, request, *args, **kwargs):
        if not django_otp.user_has_device(request.user, confirmed=True):
            return redirect("accounts_enrol")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        user = self.request.user
        if form.is_app_code:
            devices = TOTPDevice.objects.devices_for_user(user, confirmed=True)
        else:
            devices = StaticDevice.objects.devices_for_user(user, confirmed=True)
        device, message = check_code(devices, form.cleaned_data["code"])
        if device is None:
            return self.refuse(form, message)
        django_otp.login(self.request, device)
        if isinstance(device, StaticDevice):
            left = device.token_set.count()
            messages.warning(
                self.request,
                _("Đã dùng một mã dự phòng; còn %(count)s mã. Mỗi mã chỉ dùng được một lần.") % {"count": left},
            )
        return redirect(safe_next_url(self.request))


class EnrolView(StepView):
    """Adds an authenticator app: scan the QR code (or type the key), then prove it with a code."""

    template_name = "accounts/enrol.html"

    def pending_device(self):
        device = TOTPDevice.objects.devices_for_user(self.request.user, confirmed=False).order_by("pk").first()
        return device or TOTPDevice.objects.create(user=self.request.user, name=AUTHENTICATOR_NAME, confirmed=False)

    def get_context_data(self, **kwargs):
        device = self.pending_device()
        secret = b32encode(device.bin_key).decode()
        qr = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
        return super().get_context_data(
            qr_svg=mark_safe(qr.to_string(encoding="unicode")),  # made here from the device's own key
            secret=" ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            required=two_factor_required(self.request.user),
            **kwargs,
        )

    def form_valid(self, form):
        if not form.is_app_code:
            return self.refuse(form, _("Hãy nhập mã sáu chữ số đang hiện trong ứng dụng xác thực."))
        user = self.request.user
        pending = TOTPDevice.objects.devices_for_user(user, confirmed=False)
        device, message = check_code(pending, form.cleaned_data["code"])
        if device is None:
            return self.refuse(form, message)
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        django_otp.login(self.request, device)
        if not StaticDevice.objects.devices_for_user(user).filter(token_set__isnull=False).exists():
            self.request.session[RECOVERY_CODES_SESSION_KEY] = new_recovery_codes(user)
            return redirect(f"{reverse('accounts_recovery_codes')}?{urlencode({'next': safe_next_url(self.request)})}")
        messages.success(self.request, _("Đã thêm ứng dụng xác thực."))
        return redirect(safe_next_url(self.request))


class RecoveryCodesView(TemplateView):
    """Shows freshly made recovery codes once: they leave the session as they are shown."""

    template_name = "accounts/recovery_codes.html"

    def get(self, request, *args, **kwargs):
        codes = request.session.pop(RECOVERY_CODES_SESSION_KEY, None)
        if not codes:
            return redirect("accounts_devices")
        return self.render_to_response(self.get_context_data(codes=codes, next=safe_next_url(request)))


class DevicesView(WagtailAdminTemplateMixin, TemplateView):
    """The account page's "Xác thực hai lớp": authenticator apps, recovery codes left, and changes to both."""

    template_name = "accounts/devices.html"
    page_title = gettext_lazy("Xác thực hai lớp")
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("wagtailadmin_account"), "label": _("Tài khoản")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        user = self.request.user
        devices = [
            {
                "device": device,
                "created": date_format(timezone.localtime(device.created_at), "SHORT_DATETIME_FORMAT")
                if device.created_at
                else "",
            }
            for device in authenticator_devices(user)
        ]
        recovery_left = sum(device.token_set.count() for device in StaticDevice.objects.devices_for_user(user))
        return super().get_context_data(
            devices=devices, recovery_left=recovery_left, required=two_factor_required(user), **kwargs
        )

    def post(self, request):
        user = request.user
        if request.POST.get("action") == "recovery":
            if not authenticator_devices(user).exists():
                return redirect("accounts_devices")
            request.session[RECOVERY_CODES_SESSION_KEY] = new_recovery_codes(user)
            return redirect(f"{reverse('accounts_recovery_codes')}?{urlencode({'next': reverse('accounts_devices')})}")
        device = get_object_or_404(TOTPDevice, pk=request.POST.get("device"), user=user)
        device.delete()
        if not authenticator_devices(user).exists():
            # Recovery codes alone would make the code step ask for what the user is keeping for emergencies.
            StaticDevice.objects.filter(user=user).delete()
        messages.success(request, _("Đã gỡ thiết bị “%(name)s”.") % {"name": device.name})
        return redirect("accounts_devices")
