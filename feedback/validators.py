"""Vietnamese phone numbers: 10-digit mobiles (03, 05, 07, 08, 09) and 11-digit landlines (02x…).

"+84" or "84" may replace the leading 0; spaces, dots, hyphens and brackets are allowed as
separators. Numbers are stored in the national form, e.g. "0912345678".
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_SEPARATORS = re.compile(r"[\s.\-()]")
_NATIONAL = re.compile(r"^(0[35789]\d{8}|02\d{9})$")


def normalize_vietnamese_phone(value):
    """The national form of a valid number; raises ValidationError otherwise."""
    digits = _SEPARATORS.sub("", value or "")
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    if not _NATIONAL.match(digits):
        raise ValidationError(
            _(
                "Số điện thoại chưa đúng. Nhập số di động 10 chữ số (ví dụ 0912 345 678), "
                "số cố định có mã vùng (ví dụ 0235 3852 542) hoặc dạng +84…"
            ),
            code="invalid_phone",
        )
    return digits
