// SPDX-License-Identifier: GPL-3.0-or-later
// Read aloud: runs in the app's isolated world (QWebEngineScript::ApplicationWorld), never in the
// page's own. Collects the article's headings, paragraphs and list items in reading order, splits
// them into sentences and marks the one being spoken. Navigation, the breadcrumb (a widget, not in
// the page), the feedback buttons and the sources list are left out.
// Each call is one expression: myelinReadAloud.prepare(fromSelection), .mark(index), .clear().
var myelinReadAloud = window.myelinReadAloud || (function () {
    'use strict';
    var MARK_CLASS = 'myelin-speaking';
    var BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, figcaption, th, td, blockquote';
    var SKIP = 'nav, .feedback, .sources, .topics, script, style, [aria-hidden="true"], [hidden]';
    var sentences = [];

    function root() {
        return document.querySelector('main#content') || document.body;
    }

    // The outermost reading blocks only: a <p> inside an <li> is read as part of the <li>.
    function blocks() {
        var out = [];
        var all = root().querySelectorAll(BLOCKS);
        for (var i = 0; i < all.length; ++i) {
            var el = all[i];
            if (el.closest(SKIP)) continue;
            var parent = el.parentElement ? el.parentElement.closest(BLOCKS) : null;
            if (parent && root().contains(parent) && !parent.closest(SKIP)) continue;
            if (!el.textContent.trim()) continue;
            out.push(el);
        }
        return out;
    }

    // Sentence ends: . ! ? (and closing quotes/brackets) followed by white space, or the end.
    function split(text) {
        var parts = [];
        var re = /[^.!?\u2026]+(?:[.!?\u2026]+["'\u2019\u201d)\]]*|$)\s*/g;
        var m;
        while ((m = re.exec(text)) !== null) {
            if (m[0].length === 0) { re.lastIndex++; continue; }
            parts.push({ start: m.index, end: m.index + m[0].length });
        }
        return parts;
    }

    function textNodes(el) {
        var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, null);
        var nodes = [];
        var node;
        while ((node = walker.nextNode())) nodes.push(node);
        return nodes;
    }

    function clear() {
        var marks = document.querySelectorAll('span.' + MARK_CLASS);
        for (var i = 0; i < marks.length; ++i) {
            var span = marks[i];
            var parent = span.parentNode;
            while (span.firstChild) parent.insertBefore(span.firstChild, span);
            parent.removeChild(span);
            parent.normalize();
        }
        return true;
    }

    // Wraps characters [start, end) of el's text in highlight spans, one per text node it touches.
    function wrap(el, start, end) {
        var nodes = textNodes(el);
        var offset = 0;
        var first = null;
        for (var i = 0; i < nodes.length; ++i) {
            var node = nodes[i];
            var len = node.data.length;
            var from = Math.max(start - offset, 0);
            var to = Math.min(end - offset, len);
            offset += len;
            if (to <= from || !node.data.slice(from, to).trim()) continue;
            var range = document.createRange();
            range.setStart(node, from);
            range.setEnd(node, to);
            var span = document.createElement('span');
            span.className = MARK_CLASS;
            range.surroundContents(span);
            if (!first) first = span;
        }
        return first;
    }

    function prepare(fromSelection) {
        clear();
        sentences = [];
        var els = blocks();
        for (var b = 0; b < els.length; ++b) {
            var el = els[b];
            var text = el.textContent;
            var parts = split(text);
            for (var p = 0; p < parts.length; ++p) {
                var spoken = text.slice(parts[p].start, parts[p].end).replace(/\s+/g, ' ').trim();
                if (spoken) sentences.push({ el: el, start: parts[p].start, end: parts[p].end, text: spoken });
            }
        }
        var startAt = 0;
        var sel = window.getSelection();
        if (fromSelection && sel && sel.rangeCount > 0 && !sel.isCollapsed) {
            var range = sel.getRangeAt(0);
            for (var s = 0; s < sentences.length; ++s) {
                var item = sentences[s];
                if (!range.intersectsNode(item.el)) continue;
                // Character offset of the selection start inside this block.
                var probe = document.createRange();
                probe.selectNodeContents(item.el);
                var offset = item.el.contains(range.startContainer)
                    ? (probe.setEnd(range.startContainer, range.startOffset), probe.toString().length) : 0;
                if (offset < item.end) { startAt = s; break; }
            }
        }
        return { sentences: sentences.map(function (s) { return s.text; }), start: startAt };
    }

    function mark(index) {
        clear();
        var item = sentences[index];
        if (!item || !document.contains(item.el)) return false;
        var span = wrap(item.el, item.start, item.end);
        if (span) span.scrollIntoView({ block: 'center', inline: 'nearest' });
        return !!span;
    }

    function current() {
        var marks = document.querySelectorAll('span.' + MARK_CLASS);
        var text = '';
        for (var i = 0; i < marks.length; ++i) text += marks[i].textContent;
        return text.replace(/\s+/g, ' ').trim();
    }

    return { prepare: prepare, mark: mark, clear: clear, current: current };
})();
window.myelinReadAloud = myelinReadAloud;
