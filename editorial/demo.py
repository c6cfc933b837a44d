"""Demo units of the department (phòng, đơn vị)."""

from editorial.models import Unit

UNITS = [
    ("Văn phòng Sở", "VP"),
    ("Thanh tra Sở", "TTr"),
    ("Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "TCBC"),
    ("Phòng Cải cách hành chính", "CCHC"),
    ("Phòng Xây dựng chính quyền và công tác thanh niên", "XDCQ"),
    ("Phòng Công chức, viên chức", "CCVC"),
    ("Ban Thi đua - Khen thưởng", "TĐKT"),
    ("Ban Tôn giáo", "BTG"),
    ("Chi cục Văn thư - Lưu trữ", "VTLT"),
]


def load(command):
    for order, (name, short_name) in enumerate(UNITS):
        Unit.objects.get_or_create(name=name, defaults={"short_name": short_name, "sort_order": order})
    command.stdout.write(f"  Đơn vị: {Unit.objects.count()}")
