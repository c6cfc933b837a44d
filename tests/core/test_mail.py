"""Long Vietnamese subjects reach the reader whole: no space lost where a header would be folded."""

import email
import email.policy

from django.core.mail import EmailMultiAlternatives

from core.mail import EmailBackend

TITLE = (
    "Thông báo Quyết định về việc ban hành Quy chế phối hợp giữa các phòng chuyên môn thuộc Sở Nội vụ "
    "tỉnh Quảng Nam năm 2026"
)
SUBJECT = f"[Đã phê duyệt] “{TITLE}”"


class RecordingSMTP:
    def __init__(self):
        self.sent = []

    def sendmail(self, sender, recipients, data):
        self.sent.append((sender, recipients, data))


def deliver(subject):
    backend = EmailBackend(alias="test", host="mail.example.vn")
    backend.connection = RecordingSMTP()
    sender = "Trang TTĐT Sở Nội vụ <no-reply@example.vn>"
    message = EmailMultiAlternatives(subject, "Nội dung", sender, ["a@example.vn"])
    assert backend.send_messages([message]) == 1
    return backend.connection.sent[0][2]


def test_a_120_character_vietnamese_title_keeps_every_space():
    assert len(TITLE) == 120
    raw = deliver(SUBJECT)
    assert email.message_from_bytes(raw, policy=email.policy.default)["Subject"] == SUBJECT
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998


def test_an_absurdly_long_subject_is_still_folded_within_the_limit():
    raw = deliver(SUBJECT * 4)
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
