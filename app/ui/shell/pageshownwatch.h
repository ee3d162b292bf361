// SPDX-License-Identifier: GPL-3.0-or-later
// When a page that has loaded is on screen. Qt WebEngine says when a page has loaded, not when it has
// been drawn: that comes about 10 ms later, when the engine's frame reaches the widget that shows the
// page. Whatever the window changes around the page in between is laid out and painted on the same
// thread that takes the engine's frame to the screen, and holds it back (the breadcrumb and related
// items cost 4 to 5 ms of every switch that way, issue 21). After arm(), shown() comes once, after the
// first paint of the page's widget has been flushed, or after fallbackMs if no paint comes (a window
// that is hidden or minimised, a page drawn before it finished loading and not drawn again).
#ifndef MYELIN_UI_PAGESHOWNWATCH_H
#define MYELIN_UI_PAGESHOWNWATCH_H

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Myelin::Ui {

class PageShownWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultFallbackMs = 100;

    // view: the widget that shows pages; its focus proxy (the engine's own widget, which the engine may
    // replace between pages) is watched when it has one, else the view itself.
    explicit PageShownWatch(QWidget *view, QObject *parent = nullptr);

    void arm(); // a page has loaded: say when it is on screen
    bool isArmed() const { return m_armed; }
    // Whether the last shown() came from a paint (rather than the fallback).
    bool lastShownByPaint() const { return m_lastByPaint; }
    void setFallbackMs(int ms) { m_fallback.setInterval(ms); }

signals:
    void shown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fire();

    QPointer<QWidget> m_view;
    QPointer<QWidget> m_watched;
    QTimer m_fallback;
    bool m_armed = false;
    quint64 m_generation = 0;
    bool m_lastByPaint = false;
};

} // namespace Myelin::Ui

#endif // MYELIN_UI_PAGESHOWNWATCH_H
