// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossarypopover.h"

#include "articleview.h"
#include "core/contentrepository.h"
#include "core/contenturl.h"
#include "flowlayout.h"
#include "readingstylecontroller.h"
#include "web/bundledfonts.h"
#include "web/webpage.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace Myelin::Ui {

namespace {

constexpr int Gap = 6;     // between the word and the definition
constexpr int Margin = 12; // kept free at the article's edges
constexpr int Padding = 14;
constexpr int BorderWidth = 2;

QString cssColor(Rgb rgb)
{
    return QColor::fromRgb(rgb).name();
}

// Hovered: a tooltip; chosen with click or Enter (the keyboard is in it): a small dialog.
class PopoverAccessible : public QAccessibleWidget
{
public:
    explicit PopoverAccessible(GlossaryPopover *popover) : QAccessibleWidget(popover, QAccessible::Dialog) {}
    QAccessible::Role role() const override
    {
        return static_cast<GlossaryPopover *>(widget())->isPinned() ? QAccessible::Dialog : QAccessible::ToolTip;
    }
};

QAccessibleInterface *popoverAccessible(const QString &, QObject *object)
{
    if (auto *popover = qobject_cast<GlossaryPopover *>(object)) {
        return new PopoverAccessible(popover);
    }
    return nullptr;
}

bool dyslexiaFontLoaded()
{
    static const bool loaded = [] {
        const Web::BundledFonts::File file = Web::BundledFonts::read(QStringLiteral("OpenDyslexic-Regular.woff"));
        return !file.data.isEmpty() && QFontDatabase::addApplicationFontFromData(file.data) >= 0;
    }();
    return loaded;
}

// The article's font (resources/content/content.css, --font) at the article's text size and spacing.
QFont readingFont(const ReadingStyle &style)
{
    QStringList families;
    if (style.font == ReadingStyle::DyslexiaFont && dyslexiaFontLoaded()) {
        families << QStringLiteral("OpenDyslexic");
    }
    families << QStringLiteral("Atkinson Hyperlegible") << QStringLiteral("Noto Sans") << QStringLiteral("DejaVu Sans")
             << QStringLiteral("Segoe UI") << QStringLiteral("Helvetica Neue") << QStringLiteral("Arial");
    const double px = BasePixelSize * style.fontPercent / 100.0;
    QFont font;
    font.setFamilies(families);
    font.setPixelSize(qRound(px));
    font.setLetterSpacing(QFont::AbsoluteSpacing, px * style.letterSpacing / 100.0);
    font.setWordSpacing(px * style.wordSpacing / 100.0);
    return font;
}

// Finds the word on the page (in the app's own script world: the page's scripts stay off) and
// answers its box in CSS pixels: the line of the word under the pointer or with the keyboard focus.
QString locateScript(const QString &href, bool pinned)
{
    QString quoted = href;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QStringLiteral("(function () {"
                          "  var want = '%1';"
                          "  var isWord = function (e) {"
                          "    return e && e.matches && e.matches('a.term') && e.getAttribute('href') === want; };"
                          "  var focused = document.activeElement, hovered = document.querySelectorAll('a.term:hover');"
                          "  var word = null;"
                          "  if (%2 && isWord(focused)) word = focused;"
                          "  if (!word && hovered.length && isWord(hovered[hovered.length - 1]))"
                          "    word = hovered[hovered.length - 1];"
                          "  if (!word && isWord(focused)) word = focused;"
                          "  if (!word) {"
                          "    var all = document.querySelectorAll('a.term');"
                          "    for (var i = 0; i < all.length && !word; ++i) if (isWord(all[i])) word = all[i];"
                          "  }"
                          "  if (!word) return null;"
                          "  var lines = word.getClientRects();"
                          "  var r = lines.length ? lines[lines.length - 1] : word.getBoundingClientRect();"
                          "  return [r.left, r.top, r.width, r.height, window.innerWidth, window.innerHeight];"
                          "})()")
        .arg(quoted, pinned ? QStringLiteral("true") : QStringLiteral("false"));
}

} // namespace

GlossaryPopover::GlossaryPopover(ArticleView &view, const ContentRepository &repository, ReadingStyleController &style)
    : QFrame(&view), m_view(view), m_repository(repository), m_style(style), m_openTimer(new QTimer(this)),
      m_closeTimer(new QTimer(this)), m_title(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_definition(new QLabel), m_more(new QPushButton(this)), m_close(new QPushButton(tr("Close"), this)),
      m_buttons(new FlowLayout)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(popoverAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)

    setObjectName(QStringLiteral("glossaryPopover"));
    setAttribute(Qt::WA_StyledBackground);
    setAutoFillBackground(true);
    hide();

    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_definition->setTextFormat(Qt::RichText);
    m_definition->setWordWrap(true);
    m_definition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAccessibleName(tr("Close"));
    m_more->setAccessibleName(tr("More about this word")); // until a term is shown, with its name
    m_close->setAccessibleDescription(tr("Closes the definition and goes back to the article"));

    // The buttons go one under the other when the text is large and the article narrow.
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->setLineSpacing(Gap);
    m_buttons->addWidget(m_more);
    m_buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Padding, Padding / 2, Padding, Padding);
    layout->addWidget(m_title);
    // A long definition at a large size may be taller than the article: it scrolls inside.
    m_scroll->setWidget(m_definition);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus); // only when it scrolls (place())
    m_scroll->setAccessibleName(tr("Definition"));
    layout->addWidget(m_scroll, 1);
    layout->addLayout(m_buttons);
    setTabOrder(m_scroll, m_more);
    setTabOrder(m_more, m_close);

    m_openTimer->setSingleShot(true);
    m_closeTimer->setSingleShot(true);
    setTimings(Timings{});
    connect(m_openTimer, &QTimer::timeout, this, [this] {
        if (!m_hoveredTerm.isEmpty()) {
            openTerm(m_hoveredTerm, false);
        }
    });
    connect(m_closeTimer, &QTimer::timeout, this, &GlossaryPopover::onCloseTimeout);

    connect(m_more, &QPushButton::clicked, this, [this] {
        const QUrl url = ContentUrl::build(ContentUrl::Kind::Glossary, m_termId);
        dismiss(true);
        m_view.openUrl(url);
    });
    connect(m_close, &QPushButton::clicked, this, [this] { dismiss(true); });

    Web::WebPage *page = m_view.page();
    connect(page, &QWebEnginePage::linkHovered, this, &GlossaryPopover::onLinkHovered);
    connect(page, &Web::WebPage::glossaryTermRequested, this, [this](const QString &id) { openTerm(id, true); });
    connect(page, &QWebEnginePage::scrollPositionChanged, this, [this] {
        if (isVisible()) {
            locateAndShow(m_request);
        }
    });
    connect(&m_view, &ArticleView::urlChanged, this, [this] { dismiss(false); });
    connect(&m_style, &ReadingStyleController::styleChanged, this, [this] {
        if (isVisible()) {
            applyStyle();
            locateAndShow(++m_request); // the word moved with the new size
        }
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        // The keyboard left the definition for somewhere else (Tab past its last button).
        if (isVisible() && old != nullptr && contains(old) && now != nullptr && !contains(now)) {
            dismiss(false);
        }
    });
    m_view.installEventFilter(this); // resizing moves the word
}

GlossaryPopover::~GlossaryPopover()
{
    setWatching(false);
}

void GlossaryPopover::setTimings(Timings timings)
{
    m_timings = timings;
    m_openTimer->setInterval(timings.openDelayMs);
    m_closeTimer->setInterval(timings.closeDelayMs);
}

void GlossaryPopover::openTerm(const QString &termId, bool pinned)
{
    const auto term = m_repository.glossaryTerm(termId);
    if (!term) {
        return;
    }
    m_openTimer->stop();
    m_closeTimer->stop();
    if (isVisible() && termId == m_termId && (m_pinned || !pinned)) {
        return; // already open as asked
    }
    m_termId = termId;
    m_pinned = pinned;
    m_definitionText = term->definition;
    m_title->setText(term->term);
    m_termTitle = term->term;
    m_definition->setText(QStringLiteral("<div>%1</div>").arg(term->definition.toHtmlEscaped()));
    m_more->setAccessibleDescription(tr("Opens the glossary page of %1").arg(term->term));
    setAccessibleName(tr("%1: definition").arg(term->term));
    setAccessibleDescription(term->definition);
    applyStyle();
    locateAndShow(++m_request);
}

void GlossaryPopover::dismiss(bool returnFocus)
{
    m_openTimer->stop();
    m_closeTimer->stop();
    ++m_request; // a position still on its way is no longer wanted
    const bool wasVisible = isVisible();
    const bool hadFocus = contains(QApplication::focusWidget());
    hide();
    setWatching(false);
    m_pinned = false;
    if (wasVisible && (returnFocus || hadFocus)) {
        m_view.webView()->setFocus(Qt::OtherFocusReason); // the page keeps its focus on the word
    }
}

void GlossaryPopover::onLinkHovered(const QString &url)
{
    const auto parts = ContentUrl::parse(QUrl(url));
    const auto shown = ContentUrl::parse(m_view.currentUrl());
    const bool onArticle = shown && shown->kind == ContentUrl::Kind::Article;
    if (onArticle && parts && parts->kind == ContentUrl::Kind::Glossary) {
        m_hoveredTerm = parts->id;
        m_closeTimer->stop();
        if (!(isVisible() && m_termId == m_hoveredTerm)) {
            m_openTimer->start();
        }
        return;
    }
    m_hoveredTerm.clear();
    m_openTimer->stop();
    if (isVisible() && !m_pinned && !underMouse()) {
        m_closeTimer->start();
    }
}

void GlossaryPopover::onCloseTimeout()
{
    if (!isVisible() || m_pinned || underMouse() || contains(QApplication::focusWidget())) {
        return;
    }
    if (m_hoveredTerm == m_termId) {
        return; // back on the word
    }
    dismiss(false);
}

void GlossaryPopover::enterEvent(QEnterEvent *event)
{
    m_closeTimer->stop();
    QFrame::enterEvent(event);
}

void GlossaryPopover::leaveEvent(QEvent *event)
{
    if (!m_pinned && m_hoveredTerm != m_termId) {
        m_closeTimer->start();
    }
    QFrame::leaveEvent(event);
}

void GlossaryPopover::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss(true);
        return;
    }
    QFrame::keyPressEvent(event);
}

bool GlossaryPopover::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_view) {
        if (event->type() == QEvent::Resize && isVisible()) {
            locateAndShow(m_request);
        }
        return false;
    }
    if (!isVisible()) {
        return false;
    }
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() != Qt::Key_Escape || !watched->isWidgetType()) {
            return false;
        }
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // Esc closes the definition first, before any other use of Esc
            return true;
        }
        dismiss(contains(watched));
        return true;
    }
    case QEvent::MouseButtonPress:
        if (watched->isWidgetType() && !contains(watched)) {
            dismiss(false); // a click elsewhere (a click on a word opens its definition again)
        }
        return false;
    default:
        return false;
    }
}

bool GlossaryPopover::contains(const QObject *object) const
{
    for (const QObject *o = object; o != nullptr; o = o->parent()) {
        if (o == this) {
            return true;
        }
    }
    return false;
}

void GlossaryPopover::setWatching(bool on)
{
    if (on == m_watching || qApp == nullptr) {
        return;
    }
    m_watching = on;
    if (on) {
        qApp->installEventFilter(this);
    } else {
        qApp->removeEventFilter(this);
    }
}

void GlossaryPopover::applyStyle()
{
    const ReadingStyle style = m_style.style();
    const Theme theme = m_style.theme();
    const QString sheet = QStringLiteral("#glossaryPopover { background: %1; color: %2; border: %3px solid %4; "
                                         "border-radius: 8px; }"
                                         "#glossaryPopover QLabel { background: transparent; color: %2; }"
                                         "#glossaryPopover QScrollArea, #glossaryPopover #qt_scrollarea_viewport "
                                         "{ background: transparent; border: none; }")
                              .arg(cssColor(theme.background), cssColor(theme.text))
                              .arg(BorderWidth)
                              .arg(cssColor(theme.text));
    if (sheet != styleSheet()) {
        setStyleSheet(sheet);
    }
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, QColor::fromRgb(theme.background));
    palette.setColor(QPalette::WindowText, QColor::fromRgb(theme.text));
    setPalette(palette);

    // After the style sheet, and to each part itself: with a style sheet, children do not inherit
    // their parent's font, and polishing would put the application's font back.
    const QFont font = readingFont(style);
    QFont title = font;
    title.setBold(true);
    setFont(font);
    for (QWidget *part : findChildren<QWidget *>()) {
        part->ensurePolished();
        part->setFont(part == m_title ? title : font);
    }
    m_definition->setText(QStringLiteral("<div style=\"line-height:%1%\">%2</div>")
                              .arg(style.lineHeightPercent)
                              .arg(m_definitionText.toHtmlEscaped()));
}

void GlossaryPopover::locateAndShow(int request)
{
    const QString href = ContentUrl::href(ContentUrl::Kind::Glossary, m_termId);
    QPointer<GlossaryPopover> self(this);
    m_view.page()->runJavaScript(
        locateScript(href, m_pinned), QWebEngineScript::ApplicationWorld, [self, request](const QVariant &result) {
            if (!self || request != self->m_request) {
                return;
            }
            const QVariantList box = result.toList();
            QWebEngineView *web = self->m_view.webView();
            const QPoint origin = web->mapTo(&self->m_view, QPoint(0, 0));
            QRectF word;
            if (box.size() >= 4) {
                const double zoom = web->zoomFactor();
                word = QRectF(box.at(0).toDouble() * zoom, box.at(1).toDouble() * zoom, box.at(2).toDouble() * zoom,
                              box.at(3).toDouble() * zoom);
            } else { // the page cannot say: under the pointer, else at the top
                const QPoint pointer = web->mapFromGlobal(QCursor::pos());
                word = web->rect().contains(pointer) ? QRectF(pointer, QSizeF(1, 1)) : QRectF(Margin, Margin, 1, 1);
            }
            if (!QRectF(web->rect()).intersects(word.adjusted(0, 0, 1, 1))) {
                self->dismiss(false); // the word scrolled out of sight
                return;
            }
            self->place(word.translated(origin));
        });
}

void GlossaryPopover::place(const QRectF &word)
{
    m_word = word;
    const QWidget *area = parentWidget();
    const QFontMetrics metrics(m_definition->font());
    const QMargins margins = layout()->contentsMargins() + QMargins(1, 1, 1, 1) * frameWidth();
    const int outside = margins.left() + margins.right();
    m_more->setText(tr("More about %1").arg(m_termTitle));
    const int buttonsWidth = m_more->sizeHint().width() + layout()->spacing() + m_close->sizeHint().width();
    // As wide as the text needs, at most MaxCharacters per line and never wider than the article.
    const int textWidth =
        std::min(metrics.averageCharWidth() * MaxCharacters,
                 std::max({metrics.horizontalAdvance(m_definitionText) + 1,
                           QFontMetrics(m_title->font()).horizontalAdvance(m_title->text()) + 1, buttonsWidth}));
    const int width = std::min(textWidth + outside, std::max(area->width() - 2 * Margin, 1));
    const int inner = width - outside;
    // A button cannot wrap its words: a shorter label when the whole name does not fit.
    for (const QString &label : {tr("More about this word"), tr("More")}) {
        if (m_more->sizeHint().width() <= inner) {
            break;
        }
        m_more->setText(label);
    }
    m_more->setAccessibleName(m_more->text());
    const int spacing = layout()->spacing();
    const int fixedParts = margins.top() + margins.bottom() + m_title->heightForWidth(inner) + spacing +
                           m_buttons->heightForWidth(inner) + spacing;
    const int wanted = fixedParts + m_definition->heightForWidth(inner);
    const int height = std::min(wanted, std::max(area->height() - 2 * Margin, fixedParts + metrics.lineSpacing()));
    const bool scrolls = height < wanted;
    m_scroll->setVerticalScrollBarPolicy(scrolls ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(scrolls ? Qt::StrongFocus : Qt::NoFocus); // the arrow keys scroll it
    m_scroll->verticalScrollBar()->setValue(0);
    resize(width, height);

    const int x = std::clamp(int(word.left()), Margin, std::max(Margin, area->width() - width - Margin));
    int y = int(word.bottom()) + Gap;
    if (y + height > area->height() - Margin && word.top() - Gap - height >= Margin) {
        y = int(word.top()) - Gap - height; // no room below the word: above it
    }
    move(x, std::max(Margin, std::min(y, area->height() - height - Margin)));

    const bool opening = isHidden();
    raise();
    show();
    setWatching(true);
    if (opening) {
        QAccessibleEvent shown(this, m_pinned ? QAccessible::DialogStart : QAccessible::Alert);
        QAccessible::updateAccessibility(&shown);
    }
    if (m_pinned && !contains(QApplication::focusWidget())) {
        m_more->setFocus(Qt::PopupFocusReason); // the keyboard comes in; Esc takes it back to the word
    }
}

} // namespace Myelin::Ui
