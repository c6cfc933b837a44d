"""The report's columns, shared by the admin table, the CSV and the XLSX export."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Column:
    header: str
    value: object  # row -> value
    numeric: bool = True


def percent(value):
    return "—" if value is None else value


def satisfied_percent(row):
    return percent((row.satisfaction or {}).get("satisfied_percent"))


def columns(report):
    cols = [
        Column(_("Đơn vị"), lambda row: row.name, numeric=False),
        Column(_("Gửi duyệt"), lambda row: row.submitted),
        Column(_("Đã duyệt và đăng"), lambda row: row.published),
        Column(_("Bị trả lại"), lambda row: row.rejected),
        Column(_("Chỉ tiêu tin bài"), lambda row: row.quota),
        Column(_("Tỷ lệ tin bài (%)"), lambda row: percent(row.percent)),
    ]
    if report.has_documents:
        cols += [
            Column(_("Văn bản đã đăng"), lambda row: row.documents_published),
            Column(_("Chỉ tiêu văn bản"), lambda row: row.documents_quota),
        ]
    cols.append(Column(_("Lượt xem"), lambda row: "—" if row.views is None else row.views))
    if report.has_satisfaction:
        cols.append(Column(_("Người dân hài lòng (%)"), satisfied_percent))
    if report.has_info_ratings:
        cols += [
            Column(_("Lượt đánh giá thông tin"), lambda row: row.info_ratings),
            Column(_("Hài lòng với thông tin (%)"), lambda row: percent(row.info_satisfied_percent)),
        ]
    cols.append(Column(_("Đánh giá"), lambda row: str(row.status), numeric=False))
    return cols


def table(report):
    """(headers, body rows, totals row) with plain values."""
    cols = columns(report)
    headers = [str(col.header) for col in cols]
    body = [[col.value(row) for col in cols] for row in report.rows]
    totals = report.totals
    total_row = [str(totals.name)] + [col.value(totals) if col.numeric else "" for col in cols[1:]]
    return headers, body, total_row


def period_label(report):
    if report.start == report.end:
        return _("Tháng %(month)s") % {"month": report.start.strftime("%m/%Y")}
    return _("Từ tháng %(start)s đến tháng %(end)s") % {
        "start": report.start.strftime("%m/%Y"),
        "end": report.end.strftime("%m/%Y"),
    }
