"""Vietnamese words for generated titles and text: varied enough for search to be realistic."""

import random

ACTIONS = [
    "Hội nghị triển khai",
    "Tập huấn nghiệp vụ",
    "Kiểm tra công tác",
    "Sơ kết 6 tháng",
    "Tổng kết năm",
    "Hướng dẫn thực hiện",
    "Đẩy mạnh",
    "Công bố kết quả",
    "Góp ý dự thảo về",
    "Tuyên truyền",
]
SUBJECTS = [
    "cải cách hành chính",
    "thi đua, khen thưởng",
    "văn thư, lưu trữ",
    "tuyển dụng công chức, viên chức",
    "sắp xếp đơn vị hành chính cấp xã",
    "chuyển đổi số trong cơ quan nhà nước",
    "tín ngưỡng, tôn giáo",
    "công tác thanh niên",
    "chính quyền địa phương hai cấp",
    "vị trí việc làm và biên chế",
    "đánh giá, xếp loại cán bộ",
    "quản lý hội, quỹ",
]
PLACES = [
    "tại thành phố Tam Kỳ",
    "tại thị xã Điện Bàn",
    "ở huyện Núi Thành",
    "năm 2026",
    "quý III",
    "giai đoạn 2026 – 2030",
    "trên địa bàn tỉnh",
    "ở các xã miền núi",
]
SENTENCES = [
    "Sở Nội vụ phối hợp với các sở, ban, ngành tổ chức thực hiện nhiệm vụ được giao.",
    "Hội nghị đã đánh giá kết quả đạt được, chỉ ra những hạn chế và đề ra giải pháp khắc phục.",
    "Ủy ban nhân dân các huyện, thị xã, thành phố được đề nghị báo cáo kết quả trước ngày 15 hằng tháng.",
    "Cán bộ, công chức, viên chức cần nâng cao tinh thần trách nhiệm trong thực thi công vụ.",
    "Việc ứng dụng công nghệ thông tin giúp giảm thời gian giải quyết thủ tục hành chính cho người dân.",
    "Đoàn kiểm tra ghi nhận nhiều mô hình hay, cách làm sáng tạo ở cơ sở.",
    "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính tiếp tục tăng.",
    "Công tác văn thư, lưu trữ được thực hiện theo đúng quy định của Nghị định số 30/2020/NĐ-CP.",
]


def title(rng: random.Random) -> str:
    return f"{rng.choice(ACTIONS)} {rng.choice(SUBJECTS)} {rng.choice(PLACES)}"


def paragraph(rng: random.Random, sentences=3) -> str:
    return " ".join(rng.sample(SENTENCES, sentences))
