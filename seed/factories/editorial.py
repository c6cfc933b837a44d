import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.models import EditorProfile, Unit, UnitNameChange, UnitQuota


class UnitFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Phòng số {n}")
    short_name = factory.Sequence(lambda n: f"P{n}")

    class Meta:
        model = Unit
        django_get_or_create = ("name",)


class UnitQuotaFactory(factory.django.DjangoModelFactory):
    unit = factory.SubFactory(UnitFactory)
    valid_from = datetime.date(2026, 1, 1)
    articles_per_month = 4
    documents_per_month = 0

    class Meta:
        model = UnitQuota


class UnitNameChangeFactory(factory.django.DjangoModelFactory):
    unit = factory.SubFactory(UnitFactory)
    valid_from = datetime.date(2026, 3, 1)
    old_name = "Tên cũ"

    class Meta:
        model = UnitNameChange


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.vn")
    first_name = "Người"
    last_name = factory.Sequence(lambda n: f"Dùng {n}")
    password = factory.PostGenerationMethodCall("set_password", "matkhau@123")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, names):
        for name in names or []:
            self.groups.add(Group.objects.get(name=name))
        self.save()


def editor_of(unit, username="editor", groups=None):
    from editorial.roles import UNIT_EDITORS

    user = UserFactory(username=username, groups=groups or [UNIT_EDITORS])
    EditorProfile.objects.create(user=user, unit=unit)
    return user
