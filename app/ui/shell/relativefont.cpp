// SPDX-License-Identifier: GPL-3.0-or-later
#include "relativefont.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace Myelin::Ui {

namespace {

class RelativeFont final : public QObject
{
public:
    RelativeFont(QWidget *widget, double factor, bool bold)
        : QObject(widget), m_widget(widget), m_factor(factor), m_bold(bold)
    {
        widget->installEventFilter(this);
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The application's font changes before its stylesheet (appstyle.cpp), and a new stylesheet
        // restyles every widget: either way the widget hears of it.
        if (watched == m_widget && (event->type() == QEvent::ApplicationFontChange ||
                                    event->type() == QEvent::StyleChange || event->type() == QEvent::Polish)) {
            apply();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void apply()
    {
        QFont font = QApplication::font(m_widget);
        if (font.pointSizeF() > 0) {
            font.setPointSizeF(font.pointSizeF() * m_factor);
        } else {
            font.setPixelSize(qRound(font.pixelSize() * m_factor));
        }
        font.setBold(m_bold);
        if (m_widget->font() != font || !m_widget->testAttribute(Qt::WA_SetFont)) {
            m_widget->setFont(font);
        }
    }

    QWidget *m_widget;
    double m_factor;
    bool m_bold;
};

} // namespace

void setRelativeFont(QWidget *widget, double factor, bool bold)
{
    for (QObject *child : widget->children()) {
        if (auto *old = dynamic_cast<RelativeFont *>(child)) {
            delete old; // the latest call wins
        }
    }
    new RelativeFont(widget, factor, bold);
}

} // namespace Myelin::Ui
