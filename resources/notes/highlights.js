// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's highlights in the open article: runs in the app's isolated world
// (QWebEngineScript::ApplicationWorld), never in the page's own. The text is the textContent of
// <main id="content">, the text ui/shell/articleselection reads a selection from; C++ (core/textanchor)
// finds each highlight in it, and this script wraps the places found in <mark> elements, one per text
// node the passage crosses, so it flows with the text at any size.
// Each call is one expression: myelinHighlights.read(), .draw(length, list), .at(x, y), .reveal(id),
// .covered(id), .clearSelection().
var myelinHighlights = window.myelinHighlights || (function () {
    'use strict';
    var CLASS = 'myelin-hl';
    var CURRENT = 'myelin-hl-current';
    // Elements whose white-space-only text is layout, not words: never wrapped.
    var BLOCKISH = /^(MAIN|SECTION|ARTICLE|DIV|UL|OL|LI|DL|TABLE|THEAD|TBODY|TFOOT|TR|FIGURE|BLOCKQUOTE|NAV|HEADER|FOOTER|ASIDE|BODY)$/;
    var SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEXTAREA)$/;

    function root() {
        return document.getElementById('content') || document.body;
    }

    function marks(id) {
        var selector = id === undefined ? 'mark.' + CLASS : 'mark.' + CLASS + '[data-highlight-id="' + id + '"]';
        return root() ? root().querySelectorAll(selector) : [];
    }

    // The text, and where each heading's text starts in it.
    function read() {
        var r = root();
        if (!r) return null;
        var headings = [];
        var all = r.querySelectorAll('h1,h2,h3,h4,h5,h6');
        for (var i = 0; i < all.length; ++i) {
            var before = document.createRange();
            before.setStart(r, 0);
            before.setEnd(all[i], 0);
            headings.push({position: before.toString().length, level: parseInt(all[i].tagName.substring(1), 10),
                           text: all[i].textContent.trim()});
        }
        return {text: r.textContent, headings: headings};
    }

    function clear() {
        var old = marks();
        for (var i = 0; i < old.length; ++i) {
            var mark = old[i];
            var parent = mark.parentNode;
            while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
            parent.removeChild(mark);
            parent.normalize();
        }
    }

    function wrap(h) {
        var r = root();
        var end = h.start + h.length;
        var walker = document.createTreeWalker(r, NodeFilter.SHOW_TEXT, null);
        var pieces = [];
        var pos = 0;
        var node;
        while ((node = walker.nextNode())) {
            var from = pos;
            pos += node.data.length;
            if (pos <= h.start) continue;
            if (from >= end) break;
            pieces.push({node: node, from: Math.max(h.start - from, 0), to: Math.min(end - from, node.data.length)});
        }
        var made = 0;
        for (var i = 0; i < pieces.length; ++i) {
            var p = pieces[i];
            var parent = p.node.parentNode;
            if (!parent || SKIP.test(parent.nodeName)) continue;
            if (!/\S/.test(p.node.data.substring(p.from, p.to)) && BLOCKISH.test(parent.nodeName)) continue;
            var text = p.node;
            if (p.to < text.data.length) text.splitText(p.to);
            if (p.from > 0) text = text.splitText(p.from);
            var mark = document.createElement('mark');
            mark.className = CLASS + ' ' + CLASS + '-' + h.colour;
            mark.setAttribute('data-highlight-id', String(h.id));
            if (h.note) mark.title = h.note;
            text.parentNode.insertBefore(mark, text);
            mark.appendChild(text);
            ++made;
        }
        return made > 0;
    }

    // Marks each {id, start, length, colour, note} in list, after taking away the old marks; expected is
    // the text's length when it was read (a page that changed since is left alone). Returns the ids drawn.
    function draw(expected, list) {
        var r = root();
        if (!r) return null;
        var current = document.querySelector('mark.' + CURRENT);
        var currentId = current ? current.getAttribute('data-highlight-id') : null;
        clear();
        if (r.textContent.length !== expected) return null;
        var drawn = [];
        for (var i = 0; i < list.length; ++i) {
            if (wrap(list[i])) drawn.push(list[i].id);
        }
        if (currentId !== null) {
            var again = marks(currentId);
            for (var j = 0; j < again.length; ++j) again[j].classList.add(CURRENT);
        }
        return drawn;
    }

    // The highlight at the point (CSS pixels), else the one holding the keyboard focus or the selection.
    function at(x, y) {
        var candidates = [];
        if (x >= 0 && y >= 0) candidates.push(document.elementFromPoint(x, y));
        candidates.push(document.activeElement);
        var sel = window.getSelection();
        if (sel && sel.rangeCount > 0) {
            var n = sel.getRangeAt(0).startContainer;
            candidates.push(n.nodeType === Node.ELEMENT_NODE ? n : n.parentElement);
        }
        for (var i = 0; i < candidates.length; ++i) {
            var el = candidates[i];
            var mark = el && el.closest ? el.closest('mark.' + CLASS) : null;
            if (mark && root().contains(mark)) return parseInt(mark.getAttribute('data-highlight-id'), 10);
            if (x >= 0 && y >= 0 && i === 0 && el) return 0; // a point on plain text: not the focus's
        }
        return 0;
    }

    // Scrolls the highlight to the middle of the window, outlines it and gives it the keyboard focus.
    function reveal(id) {
        var old = document.querySelectorAll('mark.' + CURRENT);
        for (var i = 0; i < old.length; ++i) {
            old[i].classList.remove(CURRENT);
            old[i].removeAttribute('tabindex');
        }
        var found = marks(id);
        if (found.length === 0) return false;
        for (var j = 0; j < found.length; ++j) found[j].classList.add(CURRENT);
        found[0].setAttribute('tabindex', '-1');
        found[0].scrollIntoView({block: 'center'});
        found[0].focus({preventScroll: true});
        return true;
    }

    // The text a highlight's marks hold, in order (tests compare it with the quote).
    function covered(id) {
        var found = marks(id);
        var text = '';
        for (var i = 0; i < found.length; ++i) text += found[i].textContent;
        return text;
    }

    function clearSelection() {
        var sel = window.getSelection();
        if (sel) sel.removeAllRanges();
    }

    var api = {read: read, draw: draw, at: at, reveal: reveal, covered: covered, clearSelection: clearSelection};
    window.myelinHighlights = api;
    return api;
})();
