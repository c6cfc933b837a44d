"""Application code keeps to Django's and Wagtail's public API: it writes none of their underscore attributes.

Such writes (a request's cached site, a page's cached parent) break silently on an upgrade.
The scan reads the project's own modules; tests and migrations are left out.
"""

import ast
import pathlib

PROJECT = pathlib.Path(__file__).resolve().parents[2]
NOT_APPLICATION_CODE = {".venv", "tests", "migrations", "node_modules", "static"}
ATTRIBUTE_WRITERS = {"setattr", "delattr"}


def is_private(name):
    return name.startswith("_") and not name.startswith("__")


def application_modules():
    for path in sorted(PROJECT.rglob("*.py")):
        if not NOT_APPLICATION_CODE & set(path.relative_to(PROJECT).parts):
            yield path


def assigned_targets(node):
    if isinstance(node, ast.Assign):
        return node.targets
    if isinstance(node, (ast.AugAssign, ast.AnnAssign)):
        return [node.target]
    if isinstance(node, ast.Delete):
        return node.targets
    return []


def private_writes(tree):
    """(line, code) of every write to an underscore attribute that is not a plain class's own state.

    `self._x = …` is a plain class's own business; inside a class with bases `self` may be a
    model, a page, a form or a view, whose underscore names belong to Django or Wagtail.
    """
    classes_with_bases = {
        id(node): bool(cls.bases) for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef) for node in ast.walk(cls)
    }
    for node in ast.walk(tree):
        for target in assigned_targets(node):
            if not (isinstance(target, ast.Attribute) and is_private(target.attr)):
                continue
            own_state = isinstance(target.value, ast.Name) and target.value.id in ("self", "cls")
            if not own_state or classes_with_bases.get(id(node), False):
                yield node.lineno, ast.unparse(target)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ATTRIBUTE_WRITERS
            and len(node.args) > 1
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
            and is_private(node.args[1].value)
        ):
            yield node.lineno, ast.unparse(node)


def test_the_scan_sees_the_writes_it_forbids():
    code = """
request._wagtail_site = site
setattr(page, "_cached_parent_obj", parent)

class Attachment(AbstractDocument):
    def save(self):
        self._text_extracted_from = self.file.name

class Counter:
    def __init__(self):
        self._seen = {}
"""
    assert [line for line, _ in private_writes(ast.parse(code))] == [2, 3, 7]


def test_no_application_module_writes_an_underscore_attribute():
    writes = [
        f"{path.relative_to(PROJECT)}:{line}: {code}"
        for path in application_modules()
        for line, code in private_writes(ast.parse(path.read_text(), str(path)))
    ]
    assert writes == []
