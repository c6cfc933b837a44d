"""The written permission model: who may do what to which kind of object.

One data structure feeds both the table in docs/editorial.md (`markdown_table()` prints it; a
test fails if the docs differ) and the generated matrix test
(tests/editorial/test_permission_matrix.py), which tries every cell as that role with a real
request, so the documentation, the test and the code cannot drift apart.
"""

EDITOR, MEMBER, CHAIR, ADMIN, SUPERUSER = "editor", "member", "chair", "admin", "superuser"
ROLES = {
    EDITOR: "Biên tập viên đơn vị",
    MEMBER: "Thành viên Ban Biên tập",
    CHAIR: "Trưởng Ban Biên tập",
    ADMIN: "Quản trị trang",
    SUPERUSER: "Superuser",
}
EVERYONE = {EDITOR, MEMBER, CHAIR, ADMIN, SUPERUSER}
BOARD_AND_ADMINS = {MEMBER, CHAIR, ADMIN, SUPERUSER}
MANAGERS = {CHAIR, ADMIN, SUPERUSER}

# (object kind, action, roles allowed, probe name in the matrix test)
PERMISSION_MODEL = [
    ("News article", "create a draft and submit it", EVERYONE, "submit_article"),
    ("News article", "approve step 1 (board member)", {MEMBER, SUPERUSER}, "approve_step_1"),
    ("News article", "approve and publish (step 2)", {CHAIR, SUPERUSER}, "approve_step_2"),
    ("News article", "publish directly (edit form, crafted POST)", {SUPERUSER}, "publish_article_directly"),
    ("News article", "bulk publish", {SUPERUSER}, "bulk_publish_article"),
    ("News article", "urgent publish with a reason", {ADMIN, SUPERUSER}, "urgent_publish_article"),
    ("News article", "unpublish", {CHAIR, ADMIN, SUPERUSER}, "unpublish_article"),
    ("News article", "delete when live", {CHAIR, ADMIN, SUPERUSER}, "delete_live_article"),
    ("Legal document", "publish directly (edit form, crafted POST)", {SUPERUSER}, "publish_document_directly"),
    (
        "Legal document file",
        "replace the file of a live document in Documents (crafted POST)",
        MANAGERS,
        "replace_live_file",
    ),
    ("Legal document file", "delete the file of a live document in Documents", MANAGERS, "delete_live_file"),
    (
        "Legal document file",
        "attach a new file in a draft and submit it (public keeps the old)",
        EVERYONE,
        "replace_file_by_draft",
    ),
    ("Question", "list and export another unit's (personal data)", BOARD_AND_ADMINS, "export_other_unit_questions"),
    ("Question", "close another unit's", BOARD_AND_ADMINS, "close_other_unit_question"),
    ("Feedback", "read the inbox", BOARD_AND_ADMINS, "read_feedback"),
    ("Contact message", "list and export (personal data)", BOARD_AND_ADMINS, "export_contact_messages"),
    ("Contact message", "delete", BOARD_AND_ADMINS, "delete_contact_message"),
    ("Mail outbox", "read", {ADMIN, SUPERUSER}, "read_outbox"),
    ("Unit", "read own unit and its quotas", EVERYONE, "read_own_unit"),
    ("Unit", "read another unit", BOARD_AND_ADMINS, "read_other_unit"),
    ("Unit", "add", MANAGERS, "add_unit"),
    ("Unit", "edit (name, merge, organisation chart; crafted POST)", MANAGERS, "edit_unit"),
    ("Unit", "delete", {SUPERUSER}, "delete_unit"),
    ("Quota", "set or change a unit's quota (crafted POST)", MANAGERS, "change_quota"),
    ("Report", "visit report", BOARD_AND_ADMINS, "read_visit_report"),
    ("Report", "posting report", BOARD_AND_ADMINS, "read_posting_report"),
]


def markdown_table():
    header = "| Object | Action | " + " | ".join(ROLES.values()) + " |"
    rule = "|" + "---|" * (2 + len(ROLES))
    rows = [
        f"| {kind} | {action} | " + " | ".join("✓" if role in allowed else "—" for role in ROLES) + " |"
        for kind, action, allowed, _probe in PERMISSION_MODEL
    ]
    return "\n".join([header, rule, *rows])
