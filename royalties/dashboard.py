"""Approved statements still unpaid as the payment deadline nears: for the accountant and the head."""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.admin.ui.components import Component

from royalties.models import RoyaltyStatement
from royalties.roles import users_royalties

WARNING_PERMISSIONS = ("royalties.pay_royaltystatement", "royalties.approve_royaltystatement")


def warning_days():
    """How many days before the deadline the warning starts (setting ROYALTY_WARNING_DAYS, default 14)."""
    return getattr(settings, "ROYALTY_WARNING_DAYS", 14)


def unpaid_warnings(today=None, user=None):
    """[(statement, deadline, days left)] for approved, unpaid statements due within the warning
    window: of every site, or of `user`'s sites."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=warning_days())
    statements = RoyaltyStatement.objects.all() if user is None else users_royalties(RoyaltyStatement.objects, user)
    return [(s, s.due_date(), (s.due_date() - today).days) for s in statements.unpaid_due_by(horizon)]


def user_sees_warnings(user):
    return user.is_active and any(user.has_perm(perm) for perm in WARNING_PERMISSIONS)


class PaymentWarningPanel(Component):
    name = "royalties_payment_warnings"
    template_name = "royalties/dashboard/payment_warnings.html"
    order = 30

    def get_context_data(self, parent_context):
        return {"warnings": unpaid_warnings(user=parent_context["request"].user)}
