import factory
from django.utils import timezone

from feedback.models import Feedback, Question, SatisfactionRating
from seed.factories.core import TopicFactory
from seed.factories.editorial import UnitFactory


class QuestionFactory(factory.django.DjangoModelFactory):
    name = "Nguyễn Văn An"
    email = "an.nguyen@example.com"
    phone = "0912345678"
    address = "Tam Kỳ, Quảng Nam"
    topic = factory.SubFactory(TopicFactory)
    title = factory.Sequence(lambda n: f"Chế độ nâng lương trước thời hạn {n}")
    question = "Cơ quan tôi có 20 người, được xét nâng lương trước hạn cho bao nhiêu người?"
    consented_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Question

    @classmethod
    def published(cls, answer="<p>Không quá 10% tổng số người trong danh sách trả lương.</p>", **kwargs):
        """A question answered by a unit and published (bypassing moderation)."""
        question = cls(unit=kwargs.pop("unit", None) or UnitFactory(), **kwargs)
        question.answer = answer
        question.save_revision().publish()
        question.refresh_from_db()
        return question


class RatingFactory(factory.django.DjangoModelFactory):
    question = factory.SubFactory(QuestionFactory)
    level = 3
    voter_key = factory.Sequence(lambda n: f"voter-{n}")

    class Meta:
        model = SatisfactionRating


class FeedbackFactory(factory.django.DjangoModelFactory):
    target_title = "Giới thiệu"
    target_url = "/gioi-thieu/"
    name = "Trần Thị Bích"
    email = "bich.tran@example.com"
    phone = "0905123456"
    content = "Đề nghị bổ sung số điện thoại các phòng."
    consented_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Feedback


__all__ = ["FeedbackFactory", "QuestionFactory", "RatingFactory", "TopicFactory", "UnitFactory"]
