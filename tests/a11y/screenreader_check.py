#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader (Orca) gets from the running reader, read through AT-SPI, and checked.

Started by run-screenreader-check.sh, which gives it a private display, D-Bus session and AT-SPI bus
and starts `myelin` there. Checks, in the main window and in each dialog it opens:

  unnamed     every showing control a user can act on (buttons, menu items, entries, combo boxes,
              tabs, check boxes, trees, lists, links...) has a name: each one without is listed with
              its role and where it is
  headings    the article is exposed as a web document whose headings are headings, the first of
              them the article's title
  focusable   the controls the keyboard reaches are there and focusable: toolbar buttons, the search
              box, the contents tree, the article and the related-articles list

Prints what it found and a summary line of counts; exits 1 when a check fails, 2 when the reader
never appeared on the AT-SPI bus.
"""
import argparse
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

# Roles of things a user acts on: each must say what it is.
# (AT-SPI 2.46 and older name a push button "push button"; newer ones, as on Debian 13, "button".)
PUSH_BUTTON_ROLES = {"push button", "button"}
CONTROL_ROLES = PUSH_BUTTON_ROLES | {
    "toggle button", "radio button", "check box", "menu item", "check menu item",
    "radio menu item", "menu", "combo box", "entry", "password text", "spin button", "slider",
    "page tab", "tree", "tree table", "list", "list box", "table", "link", "tree item", "list item",
}
TEXT_ROLES = {"text", "paragraph"}  # a control only when editable
ITEM_CONTAINERS = {"tree", "tree table", "table", "list", "list box"}
WINDOW_ROLES = {"frame", "window", "dialog", "alert"}
S = Atspi.StateType


def say(text):
    print(text, flush=True)


def pump():
    context = GLib.MainContext.default()
    for _ in range(500):
        if not context.iteration(False):
            break


def attempt(fn, default=None):
    try:
        return fn()
    except Exception:  # objects that went away, or a slow answer
        return default


class Node:
    """One accessible object with what the checks need, read once."""

    def __init__(self, acc, path, parent):
        self.acc = acc
        self.parent = parent
        self.role = attempt(acc.get_role_name, "") or ""
        self.name = (attempt(acc.get_name, "") or "").strip()
        states = attempt(acc.get_state_set)
        self.states = set()
        if states is not None:
            for state in (S.SHOWING, S.VISIBLE, S.FOCUSABLE, S.EDITABLE, S.ENABLED):
                if states.contains(state):
                    self.states.add(state)
        box = attempt(lambda: acc.get_extents(Atspi.CoordType.SCREEN))
        self.size = (box.width, box.height) if box is not None else (0, 0)
        self.position = (box.x, box.y) if box is not None else (0, 0)
        self.path = path
        self.in_web = parent is not None and (parent.in_web or parent.role == "document web")

    @property
    def showing(self):
        # Qt reports tabified or scrolled-away things as showing but with no size or off the screen.
        w, h = self.size
        x, y = self.position
        return S.SHOWING in self.states and w > 0 and h > 0 and x + w > 0 and y + h > 0

    def where(self):
        parts = []
        node = self
        while node is not None:
            parts.append(f'{node.role} "{node.name}"' if node.name else node.role)
            node = node.parent
        return " > ".join(reversed(parts[:6])) + (" ..." if len(parts) > 6 else "")

    def labelled(self):
        relations = attempt(self.acc.get_relation_set, []) or []
        for relation in relations:
            if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
                for i in range(relation.get_n_targets()):
                    label = relation.get_target(i)
                    if (attempt(label.get_name, "") or "").strip():
                        return True
        return False


def walk(acc, limit):
    """Every node below acc, parents first, at most limit of them."""
    nodes = []
    stack = [(acc, "", None)]
    while stack and len(nodes) < limit:
        current, path, parent = stack.pop()
        node = Node(current, path, parent)
        nodes.append(node)
        count = attempt(current.get_child_count, 0) or 0
        # Large item views list every row, hidden or not: the rows of a container past the first
        # hundred add nothing to the checks.
        if node.role in ITEM_CONTAINERS:
            count = min(count, 100)
        children = []
        for i in range(count):
            child = attempt(lambda: current.get_child_at_index(i))
            if child is not None:
                children.append((child, f"{path}/{i}", node))
        stack.extend(reversed(children))
    return nodes


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    attempt(desktop.clear_cache)
    pump()
    for i in range(attempt(desktop.get_child_count, 0) or 0):
        app = attempt(lambda: desktop.get_child_at_index(i))
        if app is not None and attempt(app.get_process_id, -1) == pid:
            return app
    return None


def windows(app):
    attempt(app.clear_cache)
    pump()
    out = []
    for i in range(attempt(app.get_child_count, 0) or 0):
        window = attempt(lambda: app.get_child_at_index(i))
        if window is None:
            continue
        node = Node(window, f"/{i}", None)
        if node.role in WINDOW_ROLES and node.showing:
            out.append(node)
    return out


def wait_for(condition, seconds):
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        pump()
        time.sleep(0.2)


def is_control(node):
    if node.role in CONTROL_ROLES:
        return True
    if node.role in TEXT_ROLES and S.EDITABLE in node.states and not node.in_web:
        return True
    if node.role == "table cell" and node.parent is not None and node.parent.role in ITEM_CONTAINERS:
        return True
    return False


def unnamed_controls(nodes):
    found = []
    for node in nodes:
        if not is_control(node) or not node.showing or node.name:
            continue
        if node.labelled():
            continue
        # A web page's list item is text, not a control, unless the keyboard can reach it.
        if node.in_web and node.role == "list item" and S.FOCUSABLE not in node.states:
            continue
        found.append(node)
    return found


class Report:
    def __init__(self):
        self.failures = []
        self.unnamed = 0
        self.controls = 0
        self.headings = 0
        self.focusable = 0
        self.focus_checks = 0
        self.warnings = 0

    def fail(self, text):
        self.failures.append(text)
        say("FAIL: " + text)


def check_names(report, nodes, where):
    controls = [n for n in nodes if is_control(n) and n.showing]
    unnamed = unnamed_controls(nodes)
    report.controls += len(controls)
    report.unnamed += len(unnamed)
    say(f"{where}: {len(nodes)} accessible objects, {len(controls)} showing controls, {len(unnamed)} unnamed")
    for node in unnamed:
        report.fail(f"{where}: unnamed {node.role} at {node.path or '/'} "
                    f"({node.size[0]}x{node.size[1]}) in {node.where()}")


def check_document(report, nodes):
    documents = [n for n in nodes if n.role == "document web" and n.showing]
    if not documents:
        report.fail("the article is not exposed as a web document")
        return None
    document = documents[0]
    headings = [n for n in nodes if n.role == "heading" and n.in_web]
    report.headings = len(headings)
    say(f'article: document "{document.name}", {len(headings)} headings: '
        + "; ".join(f'"{h.name}"' for h in headings[:12]) + (" ..." if len(headings) > 12 else ""))
    if not document.name:
        report.fail("the article's document has no name (the page's title)")
    if not headings:
        report.fail("the article's headings are not exposed as headings")
    elif headings[0].name != document.name:
        report.fail(f'the first heading is "{headings[0].name}", not the article\'s title "{document.name}"')
    for heading in headings:
        if heading.name:
            continue
        # Qt WebEngine 6.4 exposes a <figure>'s <figcaption> as a heading without a name (its words
        # are its children's): known, reported, not the article's fault. Any other is a failure.
        siblings = [n for n in nodes if n.parent is heading.parent and n is not heading]
        if any(n.role == "image" for n in siblings):
            report.warnings += 1
            say(f"warning: a figure's caption is exposed as a heading without a name at {heading.path} "
                f"(Qt WebEngine 6.4 maps <figcaption> to a heading)")
        else:
            report.fail(f"a heading without a name at {heading.path} ({heading.size[0]}x{heading.size[1]}) "
                        f"in {heading.where()}")
    return document


def check_focusable(report, nodes, document):
    focusable = [n for n in nodes if S.FOCUSABLE in n.states and n.showing]
    report.focusable = len(focusable)
    wanted = [
        ("toolbar buttons", lambda n: n.role in PUSH_BUTTON_ROLES | {"toggle button"} and not n.in_web
         and any(a.role == "tool bar" for a in ancestors(n)), 3),
        ("the search box", lambda n: n.role in ("entry", "text") and S.EDITABLE in n.states
         and "search" in n.name.lower(), 1),
        ("the contents tree", lambda n: n.role in ("tree", "tree table"), 1),
        ("the article", lambda n: document is not None and n is document, 1),
        ("the related articles list", lambda n: n.role in ("list", "list box", "table", "tree")
         and "related" in n.name.lower(), 1),
    ]
    for label, test, minimum in wanted:
        report.focus_checks += 1
        hits = [n for n in focusable if test(n)]
        names = ", ".join(f'{n.role} "{n.name}"' for n in hits[:6])
        say(f"focusable {label}: {len(hits)} {('(' + names + ')') if hits else ''}")
        if len(hits) < minimum:
            present = [n for n in nodes if test(n)]
            extra = f" ({len(present)} present but not focusable or not showing)" if present else ""
            report.fail(f"{label}: {len(hits)} focusable, at least {minimum} expected{extra}")


def ancestors(node):
    node = node.parent
    while node is not None:
        yield node
        node = node.parent


def press(nodes, role, name_start):
    """Does the first action of the menu item (in a closed menu too) whose name starts with name_start."""
    for node in nodes:
        if node.role == role and node.name.replace("&", "").lower().startswith(name_start.lower()):
            if attempt(node.acc.get_n_actions, 0):
                attempt(lambda: node.acc.do_action(0))
                return True
    return False


def check_dialog(report, app, menu_item, main_frame, limit):
    """Opens a dialog through its menu item, checks its names and focus, and closes it with its button."""
    nodes = walk(main_frame.acc, limit)
    before = {w.name for w in windows(app)}
    if not press(nodes, "menu item", menu_item):
        report.fail(f'no menu item "{menu_item}" to open its dialog')
        return
    dialog = wait_for(lambda: next((w for w in windows(app) if w.role in ("dialog", "frame", "window")
                                    and w.name not in before), None), 15)
    if dialog is None:
        report.fail(f'"{menu_item}" opened no window')
        return
    pump()
    time.sleep(0.5)  # let the dialog lay itself out before it is walked
    dialog_nodes = walk(dialog.acc, limit)
    check_names(report, dialog_nodes, f'dialog "{dialog.name}"')
    focusable = [n for n in dialog_nodes if S.FOCUSABLE in n.states and n.showing]
    say(f'dialog "{dialog.name}": {len(focusable)} focusable controls')
    if not focusable:
        report.fail(f'dialog "{dialog.name}" has no focusable control')
    for node in dialog_nodes:  # close it: its Close or Cancel button
        if node.role in PUSH_BUTTON_ROLES and node.name.replace("&", "") in ("Close", "Cancel", "OK", "Done"):
            attempt(lambda: node.acc.do_action(0))
            break
    wait_for(lambda: all(w.name != dialog.name for w in windows(app)), 10)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--wait", type=float, default=60)
    parser.add_argument("--dialog", action="append", default=[],
                        help="open the dialog of this menu item (by the start of its name) and check it")
    parser.add_argument("--first-run", action="store_true", help="the first-run comfort page is expected")
    parser.add_argument("--limit", type=int, default=20000)
    args = parser.parse_args()

    app = wait_for(lambda: find_app(args.pid), args.wait)
    if app is None:
        say(f"the reader (pid {args.pid}) never appeared on the AT-SPI bus")
        return 2
    frames = wait_for(lambda: [w for w in windows(app) if w.role == "frame"], args.wait)
    if not frames:
        say("the reader's window never showed")
        return 2
    main_frame = frames[0]
    report = Report()

    # The article: wait until the page's headings are there (the page loads after the window shows).
    def article_loaded():
        nodes = walk(main_frame.acc, args.limit)
        return nodes if any(n.role == "heading" and n.in_web for n in nodes) else None

    nodes = wait_for(article_loaded, args.wait) or walk(main_frame.acc, args.limit)
    pump()
    time.sleep(1)  # the rest of the window settles (related list, toolbar state)
    nodes = walk(main_frame.acc, args.limit)

    if args.first_run:
        dialogs = [w for w in windows(app) if w.role == "dialog"]
        if not dialogs:
            report.fail("the first-run comfort page did not appear")
        for dialog in dialogs:
            check_names(report, walk(dialog.acc, args.limit), f'first-run dialog "{dialog.name}"')

    check_names(report, nodes, f'window "{main_frame.name}"')
    document = check_document(report, nodes)
    check_focusable(report, nodes, document)
    for item in args.dialog:
        check_dialog(report, app, item, main_frame, args.limit)

    say(f"summary: {report.controls} controls checked, {report.unnamed} unnamed, {report.headings} headings, "
        f"{report.focusable} focusable controls, {report.focus_checks} focus checks, "
        f"{report.warnings} warnings, {len(report.failures)} failures")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
