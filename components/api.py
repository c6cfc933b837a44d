"""/api/v1/components/: the province's monitoring platform reads every component's figures.

Not public like /api/v1/compliance/: that endpoint counts only published content of one site,
while this one adds how each site handles citizens' questions (answered on time, including
questions never published) and visit figures, data art. 12 of Decree 224/2026 has the province
collect for its own monitoring, not publish. It also runs the self-check of every site, too
costly to offer to anyone. The platform sends `Authorization: Bearer <MONITORING_API_TOKEN>`;
a platform admin signed in to the admin reads it too. Without the setting only they can.
"""

import datetime
import hmac

from django.conf import settings
from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.security import HttpBearer

from components.membership import works_on_every_site
from components.monitoring import component_rows


class MonitoringToken(HttpBearer):
    def authenticate(self, request, token):
        expected = settings.MONITORING_API_TOKEN
        return bool(expected) and hmac.compare_digest(token.encode(), expected.encode())


def platform_admin_session(request):
    return works_on_every_site(request.user)


class ComponentOut(Schema):
    site: str = Field(description="The component's hostname")
    name: str
    url: str
    articles_this_month: int
    documents_this_month: int
    questions_answered_on_time: int = Field(description="Answered by their deadline, of questions_due")
    questions_due: int = Field(description="Questions whose deadline fell from the 1st of the month to today")
    ratings_this_month: int
    satisfied_percent: float | None = Field(description="Ratings 'satisfied' or better, of articles and answers")
    visits_this_month: int = Field(description="Visits, or page views while visits are not counted per site")
    last_update: str | None = Field(description="Newest published page, document or answer")
    compliance_passed: int
    compliance_total: int


class ComponentsOut(Schema):
    checked_at: datetime.datetime
    month: str = Field(description="YYYY-MM")
    components: list[ComponentOut]


router = Router(tags=["components"])


@router.get(
    "/",
    response=ComponentsOut,
    auth=[MonitoringToken(), platform_admin_session],
    summary="Every component site's month (Decree 224/2026 art. 12), for the province's monitoring",
    url_name="components",
)
def components(request):
    return {
        "checked_at": timezone.now(),
        "month": f"{timezone.localdate():%Y-%m}",
        "components": [row.as_dict() for row in component_rows()],
    }
