#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic Myelin content tree (data/ format, see data/README.md) of N articles for the
search and start-up benchmarks (scripts/bench-search.sh).

The text is made of real sentences and words sampled from the bundled articles, so token
statistics (word frequencies, document lengths, common and rare words) are realistic. Every article
has valid front matter, a parent (a tree about eight children wide), related links, sources and
sometimes an evidence status; bodies have headings, lists and links to other articles and to
glossary terms. The bundled glossary, timeline, quotes and images are copied (minus their links to
bundled articles). The same seed always writes the same tree.

usage: gen_corpus.py --articles N --out DIR [--seed S] [--data DATA_DIR]
"""
import argparse
import os
import random
import re
import shutil
import sys

STOP = set("""a an and are as at be but by for from has have he her his i if in into is it its
of on or our she so than that the their them then there these they this to was we were what when
which who will with you your not can do does did may more most also about over out up all any
been being one two some such only other very just how why""".split())


def split_front_matter(text, path):
    if not text.startswith("---\n"):
        sys.exit(f"{path}: no front matter")
    end = text.index("\n---\n", 4)
    return text[4:end], text[end + 5:]


def clean_markdown(body):
    """The article text as plain sentences: links become their text, markup goes."""
    out = []
    for line in body.splitlines():
        line = line.strip()
        if not line or line.startswith(("|", "#", "![", "<", "```", "---")):
            continue
        line = re.sub(r"^([-*+]|\d+\.)\s+", "", line)
        line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
        line = re.sub(r"\[([^\]]*)\]\((glossary:[^)]*)\)", r"{{\1|\2}}", line)  # keep glossary links
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"<[^>]+>", "", line)
        line = line.replace("**", "").replace("__", "").replace("`", "").replace("*", "")
        out.append(line)
    sentences = []
    for para in out:
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z{])", para):
            s = s.strip()
            if len(s) > 20 and len(s) < 400:
                sentences.append(s)
    return sentences


def plain(sentence):
    """A sampled sentence without its glossary-link markers."""
    return re.sub(r"\{\{([^|}]*)\|[^}]*\}\}", r"\1", sentence)


def yaml_quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def strip_article_links(src, dst):
    """Copies a YAML list file without its `article:` lines (they name bundled articles)."""
    with open(src, encoding="utf-8") as f:
        lines = [l for l in f if not re.match(r"^\s+article:\s", l)]
    with open(dst, "w", encoding="utf-8") as f:
        f.writelines(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "..", "data"))
    args = parser.parse_args()
    if args.articles < 2:
        sys.exit("--articles: at least 2")
    rng = random.Random(args.seed)

    sentences, title_words, body_words = [], [], []
    articles_dir = os.path.join(args.data, "articles")
    for name in sorted(os.listdir(articles_dir)):
        if not name.endswith(".md"):
            continue
        path = os.path.join(articles_dir, name)
        with open(path, encoding="utf-8") as f:
            front, body = split_front_matter(f.read(), path)
        m = re.search(r"^title:\s*\"?(.*?)\"?$", front, re.M)
        if m:
            title_words += [w for w in re.findall(r"[A-Za-z][A-Za-z'-]+", m.group(1)) if w.lower() not in STOP]
        found = clean_markdown(body)
        sentences += found
        for s in found:
            body_words += [w.lower() for w in re.findall(r"[A-Za-z][a-z]{3,}", re.sub(r"\{\{|\|[^}]*\}\}", " ", s))
                           if w.lower() not in STOP]
    glossary_ids = re.findall(r"^- id: (\S+)", open(os.path.join(args.data, "glossary.yaml"), encoding="utf-8").read(),
                              re.M)
    if not sentences:
        sys.exit(f"{articles_dir}: no sentences found")

    out = args.out
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "articles"))
    shutil.copytree(os.path.join(args.data, "images"), os.path.join(out, "images"))
    for name in ("glossary.yaml", "timeline.yaml", "quotes.yaml", "synonyms.yaml"):
        if os.path.exists(os.path.join(args.data, name)):
            strip_article_links(os.path.join(args.data, name), os.path.join(out, name))
    with open(os.path.join(out, "content.yaml"), "w", encoding="utf-8") as f:
        f.write(f"title: Synthetic benchmark collection ({args.articles} articles)\nversion: 0.0.{args.articles}\n")

    n = args.articles
    slugs = ["home"] + [f"a{i:05d}" for i in range(1, n)]
    evidence = ["established", "emerging", "mixed", "not-supported", "no-evidence"]

    def sentence(i):
        s = rng.choice(sentences)
        # Glossary links stay links (the glossary is copied); the rest is text.
        def link(m):
            target = m.group(2)
            return f"[{m.group(1)}]({target})" if target[len("glossary:"):] in glossary_ids else m.group(1)
        s = re.sub(r"\{\{([^|}]*)\|([^}]*)\}\}", link, s)
        if rng.random() < 0.08 and i > 1:
            other = slugs[rng.randrange(1, n)]
            word = rng.choice(body_words)
            s += f" See [{word}](article:{other})."
        return s

    def title():
        words = [rng.choice(title_words + body_words) for _ in range(rng.randint(2, 6))]
        t = " ".join(words)
        return t[0].upper() + t[1:]

    for i, slug in enumerate(slugs):
        parent = None if i == 0 else slugs[(i - 1) // 8]
        related = sorted({slugs[rng.randrange(1, n)] for _ in range(rng.randint(0, 4))} - {slug})
        paragraphs = []
        for p in range(rng.randint(4, 12)):
            if p > 0 and rng.random() < 0.3:
                paragraphs.append("## " + title())
            if rng.random() < 0.15:
                paragraphs.append("\n".join("- " + sentence(i) for _ in range(rng.randint(2, 5))))
            else:
                paragraphs.append(" ".join(sentence(i) for _ in range(rng.randint(2, 6))))
        lines = ["---", f"slug: {slug}", f"title: {yaml_quote('Welcome' if i == 0 else title())}"]
        if parent:
            lines.append(f"parent: {parent}")
        lines += [f"order: {i}", f"summary: {yaml_quote(plain(rng.choice(sentences)))}",
                  f"related: [{', '.join(related)}]"]
        if rng.random() < 0.4:
            lines.append(f"evidence: {rng.choice(evidence)}")
        lines.append(f"reviewed: 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        lines.append("sources:")
        for s in range(rng.randint(1, 3)):
            lines += [f"  - title: {yaml_quote(title())}", "    publisher: Synthetic Journal",
                      f"    year: {rng.randint(1990, 2025)}", f"    url: https://example.org/source/{i}/{s}"]
        lines.append("---")
        with open(os.path.join(out, "articles", slug + ".md"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n" + "\n\n".join(paragraphs) + "\n")
    print(f"wrote {n} articles to {out}")


if __name__ == "__main__":
    main()
