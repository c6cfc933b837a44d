"""Demo fields of work (lĩnh vực)."""

from core.models import Topic

TOPICS = [
    "Tổ chức bộ máy",
    "Công chức - viên chức",
    "Cải cách hành chính",
    "Chính quyền địa phương",
    "Thi đua - khen thưởng",
    "Tôn giáo",
    "Văn thư - lưu trữ",
    "Thanh niên",
    "Hội, tổ chức phi chính phủ",
    "Tiền lương",
]


def load(command):
    for order, name in enumerate(TOPICS):
        Topic.objects.get_or_create(name=name, defaults={"sort_order": order})
    command.stdout.write(f"  Lĩnh vực: {Topic.objects.count()}")
