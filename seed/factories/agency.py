import factory
import wagtail_factories

from agency.models import AboutPage, EnglishHomePage, Leader, LeadersPage, OrganisationPage


class AboutPageFactory(wagtail_factories.PageFactory):
    title = "Giới thiệu"
    slug = "gioi-thieu"
    intro = "Chức năng, nhiệm vụ và tổ chức của Sở."
    functions = "<p>Tham mưu quản lý nhà nước về lao động, việc làm và người có công.</p>"
    history = "<p>Tiếp nhận lĩnh vực lao động - thương binh và xã hội từ ngày 01/03/2025.</p>"

    class Meta:
        model = AboutPage


class OrganisationPageFactory(wagtail_factories.PageFactory):
    title = "Cơ cấu tổ chức"
    slug = "co-cau-to-chuc"

    class Meta:
        model = OrganisationPage


class LeadersPageFactory(wagtail_factories.PageFactory):
    title = "Lãnh đạo Sở"
    slug = "lanh-dao"

    class Meta:
        model = LeadersPage


class LeaderFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Nguyễn Văn Lãnh Đạo {n}")
    position = "Phó Giám đốc Sở"
    position_en = "Deputy Director"
    biography = "<p>Thạc sĩ Quản lý công.</p>"
    duties = "<p>Phụ trách cải cách hành chính.</p>"
    phone = "0236 3822 002"
    email = "pgd@danang.gov.vn"

    class Meta:
        model = Leader


class EnglishHomePageFactory(wagtail_factories.PageFactory):
    title = "Department of Home Affairs"
    slug = "en"
    functions = "<p>The Department advises the City People's Committee on labour and employment.</p>"
    contact = "<p>Telephone: +84 236 3822 101</p>"

    class Meta:
        model = EnglishHomePage
