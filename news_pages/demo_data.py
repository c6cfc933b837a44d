"""Texts of the demo news section: categories, and articles as (category, unit, title, sapo, paragraph, tags)."""

CATEGORIES = [
    ("Tin hoạt động", "Hoạt động của Sở Nội vụ và các đơn vị thuộc Sở."),
    ("Cải cách hành chính", "Cải cách thủ tục hành chính, chuyển đổi số, chỉ số PAR INDEX và SIPAS."),
    (
        "Xây dựng chính quyền và công tác thanh niên",
        "Chính quyền địa phương, địa giới hành chính và công tác thanh niên.",
    ),
    ("Tổ chức, biên chế và tổ chức phi chính phủ", "Tổ chức bộ máy, biên chế, vị trí việc làm; hội và quỹ xã hội."),
    ("Thi đua - Khen thưởng", "Phong trào thi đua, công tác khen thưởng và gương điển hình tiên tiến."),
    ("Văn thư - Lưu trữ", "Công tác văn thư, lưu trữ và tài liệu lưu trữ điện tử."),
    ("Tôn giáo", "Công tác tôn giáo và chính sách tín ngưỡng, tôn giáo."),
]

VP = "Văn phòng Sở"
TTR = "Thanh tra Sở"
TCBC = "Phòng Tổ chức, biên chế và tổ chức phi chính phủ"
CCHC = "Phòng Cải cách hành chính"
XDCQ = "Phòng Xây dựng chính quyền và công tác thanh niên"
CCVC = "Phòng Công chức, viên chức"
TDKT = "Ban Thi đua - Khen thưởng"
BTG = "Ban Tôn giáo"
VTLT = "Chi cục Văn thư - Lưu trữ"

ARTICLES = [
    (
        0,
        VP,
        "Sở Nội vụ triển khai nhiệm vụ công tác năm 2026",
        "Ngày 08/01, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ trọng tâm năm 2026 "
        "với chủ đề “Kỷ cương, trách nhiệm, đổi mới, hiệu quả”.",
        "Năm 2025, Sở đã tham mưu Ủy ban nhân dân tỉnh ban hành 46 văn bản quy phạm pháp luật và văn bản chỉ đạo, "
        "điều hành thuộc lĩnh vực nội vụ; hoàn thành 100% nhiệm vụ được giao đúng hạn.",
        ["hội nghị", "tổng kết"],
    ),
    (
        0,
        VP,
        "Giao ban công tác nội vụ quý I với các địa phương",
        "Sở Nội vụ tổ chức giao ban trực tuyến với Ủy ban nhân dân các xã, phường, đặc khu để đánh giá kết quả "
        "công tác quý I và thống nhất giải pháp cho quý II.",
        "Các địa phương đề nghị Sở sớm hướng dẫn quy trình tuyển dụng viên chức giáo dục, rà soát vị trí việc làm "
        "và kiện toàn đội ngũ công chức văn hóa - xã hội cấp xã.",
        ["giao ban"],
    ),
    (
        0,
        TTR,
        "Thanh tra Sở công bố kết luận thanh tra công tác tuyển dụng viên chức",
        "Thanh tra Sở Nội vụ công bố kết luận thanh tra việc thực hiện quy định về tuyển dụng, sử dụng và quản lý "
        "viên chức tại 05 đơn vị sự nghiệp công lập.",
        "Đoàn thanh tra kiến nghị các đơn vị rà soát, hoàn thiện hồ sơ tuyển dụng, công khai kết quả và chấn chỉnh "
        "việc ký hợp đồng lao động không đúng quy định.",
        ["thanh tra", "viên chức"],
    ),
    (
        0,
        CCVC,
        "Tổ chức thi tuyển công chức tỉnh năm 2026",
        "Hội đồng thi tuyển công chức tỉnh thông báo kế hoạch tổ chức thi tuyển 128 chỉ tiêu công chức hành chính "
        "tại các cơ quan chuyên môn cấp tỉnh và Ủy ban nhân dân cấp xã.",
        "Vòng 1 thi trắc nghiệm trên máy vi tính; vòng 2 thi viết môn nghiệp vụ chuyên ngành. Thí sinh nộp phiếu "
        "đăng ký dự tuyển trực tuyến qua Cổng Dịch vụ công của tỉnh.",
        ["tuyển dụng", "công chức"],
    ),
    (
        0,
        CCVC,
        "Bồi dưỡng kiến thức quản lý nhà nước cho chuyên viên chính",
        "Khai giảng lớp bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên chính cho 95 học viên là "
        "cán bộ, công chức, viên chức trong tỉnh.",
        "Chương trình gồm 3 phần: kiến thức chung, kiến thức quản lý nhà nước theo ngành, lãnh thổ và kỹ năng; "
        "học viên viết tiểu luận cuối khóa gắn với thực tiễn đơn vị.",
        ["đào tạo", "bồi dưỡng"],
    ),
    (
        0,
        VP,
        "Hội nghị Ban Biên tập Trang Thông tin điện tử Sở Nội vụ",
        "Ban Biên tập đánh giá hoạt động của Trang Thông tin điện tử 6 tháng đầu năm và thống nhất quy chế đăng "
        "tin, bài của các phòng, đơn vị.",
        "Mỗi phòng, đơn vị thuộc Sở đăng tối thiểu 04 tin, bài mỗi tháng; Văn phòng Sở tổng hợp số lượng hằng "
        "tháng để làm căn cứ đánh giá thi đua.",
        ["trang thông tin điện tử", "ban biên tập"],
    ),
    (
        1,
        CCHC,
        "Công bố Chỉ số cải cách hành chính năm 2025 của các sở, ngành",
        "Ủy ban nhân dân tỉnh công bố Chỉ số cải cách hành chính năm 2025 của 17 sở, ban, ngành và 96 xã, "
        "phường, đặc khu.",
        "Chỉ số trung bình của khối sở, ngành đạt 86,42%, tăng 2,15% so với năm trước; các tiêu chí về chuyển đổi "
        "số và cải cách tài chính công có mức cải thiện rõ rệt.",
        ["PAR INDEX", "chỉ số cải cách hành chính"],
    ),
    (
        1,
        CCHC,
        "Khảo sát sự hài lòng của người dân đối với dịch vụ hành chính công",
        "Sở Nội vụ phối hợp với Bưu điện tỉnh triển khai khảo sát Chỉ số hài lòng (SIPAS) với 3.600 phiếu tại "
        "các bộ phận một cửa trên địa bàn tỉnh.",
        "Phiếu khảo sát đánh giá 5 yếu tố: tiếp cận dịch vụ, thủ tục hành chính, công chức trực tiếp giải quyết, "
        "kết quả giải quyết và việc tiếp nhận, xử lý góp ý, phản ánh.",
        ["SIPAS", "khảo sát"],
    ),
    (
        1,
        CCHC,
        "Kiểm tra công tác cải cách hành chính tại các xã miền núi",
        "Đoàn kiểm tra cải cách hành chính của tỉnh làm việc tại các xã Ba Tơ, Minh Long và Sơn Hà.",
        "Đoàn ghi nhận việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính có chuyển biến, đồng thời lưu ý "
        "tình trạng hồ sơ trễ hạn ở lĩnh vực đất đai.",
        ["kiểm tra", "một cửa"],
    ),
    (
        1,
        CCHC,
        "Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính",
        "Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 62,5%, vượt chỉ tiêu Chính phủ giao; 100% hồ sơ được "
        "số hóa khi tiếp nhận.",
        "Sở Nội vụ đề nghị các cơ quan, địa phương tăng cường hướng dẫn người dân sử dụng dịch vụ công trực "
        "tuyến và tái sử dụng dữ liệu đã số hóa.",
        ["chuyển đổi số", "dịch vụ công trực tuyến"],
    ),
    (
        1,
        CCHC,
        "Hội thi tìm hiểu cải cách hành chính dành cho đoàn viên thanh niên",
        "Hơn 4.000 đoàn viên, thanh niên tham gia hội thi trực tuyến tìm hiểu về cải cách hành chính và chính "
        "quyền số.",
        "Ban Tổ chức trao 01 giải nhất, 02 giải nhì, 03 giải ba và 10 giải khuyến khích cho các cá nhân có kết "
        "quả cao nhất.",
        ["hội thi", "thanh niên"],
    ),
    (
        2,
        XDCQ,
        "Sắp xếp đơn vị hành chính cấp xã giai đoạn 2026 - 2030",
        "Sở Nội vụ hướng dẫn các địa phương xây dựng phương án sắp xếp đơn vị hành chính cấp xã chưa đạt tiêu "
        "chuẩn về diện tích tự nhiên và quy mô dân số.",
        "Phương án được lấy ý kiến cử tri, bảo đảm công khai, dân chủ; chú trọng bố trí cán bộ, công chức dôi dư "
        "và giải quyết chế độ, chính sách sau sắp xếp.",
        ["đơn vị hành chính", "sắp xếp"],
    ),
    (
        2,
        XDCQ,
        "Tập huấn nghiệp vụ cho đại biểu Hội đồng nhân dân cấp xã",
        "Gần 300 đại biểu Hội đồng nhân dân cấp xã được bồi dưỡng kỹ năng chất vấn, giám sát và tiếp xúc cử tri.",
        "Các chuyên đề tập trung vào thẩm tra báo cáo, tổ chức kỳ họp và giải quyết kiến nghị của cử tri sau "
        "các buổi tiếp xúc.",
        ["hội đồng nhân dân", "tập huấn"],
    ),
    (
        2,
        XDCQ,
        "Tổng kết thực hiện Luật Thanh niên năm 2025",
        "Hội nghị đánh giá 5 năm thi hành Luật Thanh niên trên địa bàn tỉnh và việc thực hiện Chiến lược phát "
        "triển thanh niên.",
        "Tỉnh đã hỗ trợ hơn 2.300 thanh niên khởi nghiệp, học nghề; tỷ lệ thanh niên có việc làm sau đào tạo đạt "
        "trên 85%.",
        ["thanh niên", "Luật Thanh niên"],
    ),
    (
        2,
        XDCQ,
        "Đối thoại giữa lãnh đạo tỉnh với thanh niên",
        "Chủ tịch Ủy ban nhân dân tỉnh đối thoại với hơn 500 đại biểu thanh niên về việc làm, khởi nghiệp và "
        "chuyển đổi số.",
        "Các ý kiến của thanh niên được ghi nhận và giao các sở, ngành nghiên cứu, trả lời bằng văn bản trong "
        "vòng 30 ngày.",
        ["đối thoại", "thanh niên"],
    ),
    (
        2,
        XDCQ,
        "Hướng dẫn thực hiện dân chủ ở cơ sở",
        "Sở Nội vụ ban hành hướng dẫn thực hiện Luật Thực hiện dân chủ ở cơ sở tại cơ quan, đơn vị và thôn, tổ "
        "dân phố.",
        "Hướng dẫn nêu rõ những nội dung phải công khai, nội dung nhân dân bàn và quyết định, cùng cách thức "
        "tổ chức hội nghị cán bộ, công chức, viên chức.",
        ["dân chủ ở cơ sở"],
    ),
    (
        3,
        TCBC,
        "Thẩm định đề án vị trí việc làm của các đơn vị sự nghiệp",
        "Sở Nội vụ hoàn thành thẩm định đề án vị trí việc làm của 312 đơn vị sự nghiệp công lập thuộc tỉnh.",
        "Các đơn vị phải xác định rõ khung năng lực, bản mô tả công việc cho từng vị trí làm căn cứ tuyển "
        "dụng, sử dụng và quản lý viên chức.",
        ["vị trí việc làm", "sự nghiệp công lập"],
    ),
    (
        3,
        TCBC,
        "Giao biên chế công chức năm 2026",
        "Ủy ban nhân dân tỉnh giao 2.865 biên chế công chức trong các cơ quan, tổ chức hành chính năm 2026.",
        "Số biên chế giao giảm 1,5% so với năm trước, bảo đảm lộ trình tinh giản biên chế theo chủ trương của "
        "Trung ương.",
        ["biên chế", "tinh giản"],
    ),
    (
        3,
        TCBC,
        "Kiện toàn tổ chức bộ máy các cơ quan chuyên môn",
        "Tỉnh hoàn thành việc kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh theo "
        "Nghị định của Chính phủ.",
        "Sau sắp xếp, số phòng chuyên môn thuộc các sở giảm 18 phòng; chức năng, nhiệm vụ được phân định rõ, "
        "tránh chồng chéo.",
        ["tổ chức bộ máy"],
    ),
    (
        3,
        TCBC,
        "Quản lý hội, quỹ xã hội, quỹ từ thiện trên địa bàn tỉnh",
        "Sở Nội vụ tổng kết công tác quản lý nhà nước đối với 186 hội và 24 quỹ xã hội, quỹ từ thiện hoạt động "
        "trên địa bàn tỉnh.",
        "Các hội, quỹ được nhắc nhở báo cáo định kỳ, công khai việc tiếp nhận và sử dụng nguồn tài trợ theo quy định.",
        ["hội", "quỹ xã hội"],
    ),
    (
        3,
        TCBC,
        "Phê duyệt điều lệ Hội Cựu thanh niên xung phong tỉnh",
        "Chủ tịch Ủy ban nhân dân tỉnh phê duyệt điều lệ (sửa đổi, bổ sung) của Hội Cựu thanh niên xung phong "
        "tỉnh nhiệm kỳ 2025 - 2030.",
        "Điều lệ quy định rõ tôn chỉ, mục đích, quyền và nghĩa vụ của hội viên và cơ chế quản lý tài chính của hội.",
        ["hội", "điều lệ"],
    ),
    (
        4,
        TDKT,
        "Phát động phong trào thi đua năm 2026",
        "Ủy ban nhân dân tỉnh phát động phong trào thi đua “Đoàn kết, sáng tạo, hoàn thành thắng lợi nhiệm vụ "
        "phát triển kinh tế - xã hội năm 2026”.",
        "Phong trào gắn với thực hiện các nhiệm vụ đột phá, chú trọng phát hiện, nhân rộng các điển hình tiên "
        "tiến ở cơ sở.",
        ["phong trào thi đua"],
    ),
    (
        4,
        TDKT,
        "Khen thưởng các tập thể, cá nhân có thành tích trong công tác cải cách hành chính",
        "Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 25 tập thể và 42 cá nhân có thành tích xuất sắc trong "
        "cải cách hành chính.",
        "Nhiều sáng kiến được ghi nhận như ứng dụng nhắn tin thông báo kết quả hồ sơ và bộ phận một cửa không giấy tờ.",
        ["khen thưởng", "bằng khen"],
    ),
    (
        4,
        TDKT,
        "Tôn vinh gương người tốt, việc tốt năm 2025",
        "Lễ tuyên dương 50 gương người tốt, việc tốt tiêu biểu trong các phong trào thi đua yêu nước năm 2025.",
        "Các gương điển hình đến từ nhiều lĩnh vực: sản xuất, kinh doanh, giáo dục, y tế, an ninh trật tự và "
        "hoạt động nhân đạo.",
        ["gương điển hình"],
    ),
    (
        4,
        TDKT,
        "Hướng dẫn xét tặng danh hiệu Chiến sĩ thi đua cơ sở",
        "Ban Thi đua - Khen thưởng hướng dẫn tiêu chuẩn, hồ sơ và thời gian xét tặng danh hiệu Chiến sĩ thi đua "
        "cơ sở năm 2026.",
        "Sáng kiến làm căn cứ xét tặng phải được Hội đồng sáng kiến cấp cơ sở công nhận và áp dụng hiệu quả "
        "trong thực tiễn.",
        ["chiến sĩ thi đua", "sáng kiến"],
    ),
    (
        4,
        TDKT,
        "Trao Huân chương Lao động cho các tập thể, cá nhân",
        "Thừa ủy quyền của Chủ tịch nước, lãnh đạo tỉnh trao Huân chương Lao động cho 06 tập thể và 09 cá nhân.",
        "Các tập thể, cá nhân được khen thưởng đã có nhiều đóng góp trong xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc.",
        ["huân chương", "khen thưởng"],
    ),
    (
        5,
        VTLT,
        "Triển khai lưu trữ hồ sơ điện tử tại các cơ quan nhà nước",
        "Chi cục Văn thư - Lưu trữ hướng dẫn các cơ quan lập hồ sơ điện tử và nộp lưu vào Lưu trữ lịch sử của tỉnh.",
        "Hồ sơ điện tử phải bảo đảm tính xác thực, toàn vẹn và khả năng truy cập lâu dài theo quy định về "
        "lưu trữ tài liệu điện tử.",
        ["lưu trữ điện tử", "hồ sơ điện tử"],
    ),
    (
        5,
        VTLT,
        "Kiểm tra công tác văn thư, lưu trữ năm 2026",
        "Đoàn kiểm tra làm việc tại 12 cơ quan, đơn vị về việc quản lý văn bản đi, đến và lập hồ sơ công việc.",
        "Nhiều đơn vị đã sử dụng chữ ký số cho văn bản điện tử; tuy nhiên việc lập hồ sơ điện tử còn chậm.",
        ["kiểm tra", "văn thư"],
    ),
    (
        5,
        VTLT,
        "Trưng bày tài liệu lưu trữ “Quảng Ngãi - những dấu ấn lịch sử”",
        "Triển lãm giới thiệu hơn 200 tài liệu, hình ảnh lưu trữ về quá trình xây dựng và phát triển của tỉnh.",
        "Triển lãm mở cửa miễn phí đến hết tháng sau tại Trung tâm Lưu trữ lịch sử tỉnh.",
        ["triển lãm", "tài liệu lưu trữ"],
    ),
    (
        5,
        VTLT,
        "Số hóa tài liệu lưu trữ lịch sử của tỉnh",
        "Dự án số hóa đã chuyển đổi hơn 1,2 triệu trang tài liệu lưu trữ sang định dạng số, phục vụ khai thác "
        "trực tuyến.",
        "Người dân có thể tra cứu mục lục hồ sơ và đăng ký khai thác tài liệu qua phần mềm quản lý lưu trữ.",
        ["số hóa", "lưu trữ lịch sử"],
    ),
    (
        5,
        VTLT,
        "Tập huấn nghiệp vụ văn thư cho công chức cấp xã",
        "Hơn 240 công chức văn phòng - thống kê cấp xã được tập huấn về thể thức, kỹ thuật trình bày văn bản "
        "hành chính.",
        "Học viên thực hành soạn thảo văn bản trên hệ thống quản lý văn bản và điều hành, ký số văn bản đi.",
        ["tập huấn", "văn thư"],
    ),
    (
        6,
        BTG,
        "Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp đầu năm",
        "Lãnh đạo tỉnh gặp mặt gần 150 chức sắc, chức việc tiêu biểu của các tổ chức tôn giáo trên địa bàn.",
        "Các tổ chức tôn giáo tiếp tục đồng hành cùng chính quyền trong công tác an sinh xã hội và xây dựng khối "
        "đại đoàn kết toàn dân tộc.",
        ["tôn giáo", "gặp mặt"],
    ),
    (
        6,
        BTG,
        "Phổ biến Luật Tín ngưỡng, tôn giáo tại cơ sở",
        "Ban Tôn giáo tổ chức hội nghị phổ biến Luật Tín ngưỡng, tôn giáo cho cán bộ làm công tác tôn giáo cấp "
        "xã, phường, đặc khu.",
        "Hội nghị giải đáp các tình huống về đăng ký sinh hoạt tôn giáo tập trung và tổ chức lễ hội tín ngưỡng.",
        ["Luật Tín ngưỡng, tôn giáo", "phổ biến pháp luật"],
    ),
    (
        6,
        BTG,
        "Thăm, chúc mừng Đại lễ Phật đản",
        "Đoàn công tác của tỉnh thăm, chúc mừng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh nhân Đại lễ Phật đản.",
        "Đoàn ghi nhận những đóng góp của tăng ni, phật tử trong hoạt động từ thiện và chăm lo người nghèo.",
        ["Phật giáo", "thăm chúc mừng"],
    ),
    (
        6,
        BTG,
        "Thăm, chúc mừng Lễ Giáng sinh",
        "Lãnh đạo tỉnh thăm, chúc mừng các giáo xứ và chức sắc Công giáo nhân dịp Lễ Giáng sinh.",
        "Lãnh đạo tỉnh mong muốn bà con giáo dân tiếp tục sống “tốt đời, đẹp đạo”, chung tay xây dựng quê hương.",
        ["Công giáo", "thăm chúc mừng"],
    ),
    (
        3,
        TCBC,
        "Tinh giản biên chế đợt 1 năm 2026",
        "Ủy ban nhân dân tỉnh phê duyệt danh sách 74 người thuộc diện tinh giản biên chế đợt 1 năm 2026.",
        "Kinh phí thực hiện chính sách được bảo đảm từ ngân sách nhà nước và nguồn thu sự nghiệp của đơn vị.",
        ["tinh giản biên chế"],
    ),
    (
        1,
        TTR,
        "Thanh tra công vụ đột xuất tại bộ phận một cửa",
        "Đoàn thanh tra công vụ kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại 08 trung tâm "
        "phục vụ hành chính công cấp xã.",
        "Đa số công chức chấp hành tốt giờ làm việc và quy tắc ứng xử; một số trường hợp chưa đeo thẻ công chức "
        "đã được nhắc nhở.",
        ["thanh tra công vụ", "kỷ cương"],
    ),
]

QUOTES = [
    (
        "Mỗi cán bộ, công chức phải là một tuyên truyền viên, đưa chủ trương, chính sách đến gần hơn với người dân.",
        "Bà Trần Thị Thúy Hiền - Phó Giám đốc Sở Nội vụ",
    ),
    (
        "Cải cách hành chính chỉ thành công khi người dân và doanh nghiệp thực sự hài lòng.",
        "Ông Nguyễn Văn Hùng - Giám đốc Sở Nội vụ",
    ),
    (
        "Chúng tôi xác định chất lượng đội ngũ là yếu tố quyết định hiệu quả hoạt động của bộ máy.",
        "Ông Lê Quang Minh - Phó Giám đốc Sở Nội vụ",
    ),
]

SEED_CATEGORY = 0
SEED_UNIT = VP
SEED_SUMMARY = (
    "Sở Nội vụ tổ chức hội nghị Ban Biên tập Trang Thông tin điện tử nhằm nâng cao chất lượng tin, bài, phục vụ "
    "nhu cầu khai thác, trao đổi thông tin của tổ chức và người dân."
)
