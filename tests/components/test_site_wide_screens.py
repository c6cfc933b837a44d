"""Screens of rows that belong to no site but concern them all, the mail outbox (every site's
mail, citizens' addresses included) and search promotions (shown on every site's search page):
a component's people do not reach them even with the permission; whoever works on every site does."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from feedback.models import PendingEmail
from seed.factories.editorial import UserFactory

pytestmark = pytest.mark.django_db

OUTBOX_PERMISSIONS = ["view_pendingemail", "change_pendingemail"]
PROMOTION_PERMISSIONS = ["add_searchpromotion", "change_searchpromotion", "delete_searchpromotion"]


def grant(group, codenames):
    group.permissions.add(*Permission.objects.filter(codename__in=codenames))


def test_outbox_is_for_those_who_work_on_every_site(client, two_sites):
    mail_b = PendingEmail.objects.create(
        to=["cong.dan@example.vn"], subject="Trả lời câu hỏi của phường Hải Châu", body="thư gửi công dân"
    )
    outbox = reverse("feedback_outbox:index")
    # The site admins of A hold the outbox permissions, as the role grants them on a single site.
    grant(two_sites.editor_a.groups.get(), OUTBOX_PERMISSIONS)
    client.force_login(two_sites.editor_a)
    assert client.get(outbox).status_code in (302, 403)
    assert client.get(reverse("feedback_outbox:inspect", args=[mail_b.pk])).status_code in (302, 403)
    assert client.post(reverse("feedback_outbox:retry", args=[mail_b.pk])).status_code in (302, 403)
    assert "Trả lời câu hỏi" not in client.get(reverse("wagtailadmin_home")).content.decode()

    operator = UserFactory(username="van_hanh", groups=[two_sites.platform_admin.groups.get().name])
    grant(operator.groups.get(), ["access_admin", *OUTBOX_PERMISSIONS])
    client.force_login(operator)
    assert "Trả lời câu hỏi của phường Hải Châu" in client.get(outbox).content.decode()


def test_outbox_stays_with_the_site_admins_of_a_single_site(client, two_sites):
    two_sites.b.delete()
    grant(two_sites.editor_a.groups.get(), OUTBOX_PERMISSIONS)
    PendingEmail.objects.create(to=["a@example.vn"], subject="Thư của Sở", body="…")
    client.force_login(two_sites.editor_a)
    assert "Thư của Sở" in client.get(reverse("feedback_outbox:index")).content.decode()


def test_search_promotions_are_for_those_who_work_on_every_site(client, two_sites):
    promotion = SearchPromotion.objects.create(
        query=Query.get("cấp phép sửa nhà"), external_link_url="https://dichvucong.gov.vn", description="…"
    )
    screen = reverse("wagtailsearchpromotions:index")
    grant(two_sites.editor_a.groups.get(), PROMOTION_PERMISSIONS)
    client.force_login(two_sites.editor_a)
    assert client.get(screen).status_code in (302, 403)
    assert client.get(reverse("wagtailsearchpromotions:edit", args=[promotion.query_id])).status_code in (302, 403)
    assert client.get(reverse("wagtailsearchpromotions:add")).status_code in (302, 403)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert screen not in menu

    operator = UserFactory(username="van_hanh", groups=[two_sites.platform_admin.groups.get().name])
    grant(operator.groups.get(), ["access_admin", *PROMOTION_PERMISSIONS])
    client.force_login(operator)
    assert "cấp phép sửa nhà" in client.get(screen).content.decode()
    assert screen in client.get(reverse("wagtailadmin_home")).content.decode()
