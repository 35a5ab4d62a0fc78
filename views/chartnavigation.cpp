#include "chartnavigation.h"

#include "plainwordshtml.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QToolTip>
#include <QWheelEvent>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace eg::views {

void ChartNavigation::moveRange(double start, double end)
{
    const double first = axisStart();
    const double last = axisEnd();
    const double whole = last - first;
    if (!(whole > 0))
        return;
    double span = std::clamp(end - start, std::min(minimumSpan(), whole), whole);
    if (!(span > 0))
        span = whole;
    start = std::clamp(start, first, last - span);
    showRange(start, start + span);
}

double ChartNavigation::axisAt(double x, int width) const
{
    const double start = visibleStart();
    return start + x / std::max(1, width) * (visibleEnd() - start);
}

void ChartNavigation::zoomBy(double factor, double anchor)
{
    const double start = visibleStart();
    const double span = visibleEnd() - start;
    if (!(span > 0) || !(factor > 0))
        return;
    const double share = (anchor - start) / span;
    // Zooming in past the smallest span would slide the range; keep the anchor instead.
    const double newSpan = factor < 1 ? std::max(span * factor, minimumSpan()) : span * factor;
    moveRange(anchor - share * newSpan, anchor + (1 - share) * newSpan);
}

void ChartNavigation::panBy(double fraction)
{
    const double shift = (visibleEnd() - visibleStart()) * fraction;
    moveRange(visibleStart() + shift, visibleEnd() + shift);
}

bool ChartNavigation::navigationKey(QKeyEvent *event)
{
    const double centre = (visibleStart() + visibleEnd()) / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_W:
        zoomBy(0.5, centre);
        return true;
    case Qt::Key_Minus:
    case Qt::Key_S:
        zoomBy(2, centre);
        return true;
    case Qt::Key_0:
    case Qt::Key_Home:
        showAll();
        return true;
    case Qt::Key_A:
    case Qt::Key_Left:
        panBy(-0.1);
        return true;
    case Qt::Key_D:
    case Qt::Key_Right:
        panBy(0.1);
        return true;
    case Qt::Key_Up:
        scrollRows(-1);
        return true;
    case Qt::Key_Down:
        scrollRows(1);
        return true;
    default:
        return false;
    }
}

bool ChartNavigation::navigationWheel(QWheelEvent *event, Wheel mode, int width)
{
    const QPoint delta = event->angleDelta();
    const auto modifiers = event->modifiers();
    if (delta.x() != 0 || (modifiers & Qt::ShiftModifier)) {
        // Sideways wheels and Shift+wheel pan, as in every timeline.
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        panBy(-d / 120.0 / 10);
        return true;
    }
    const bool zooms = mode == Wheel::Zooms ? !(modifiers & Qt::AltModifier)
                                            : bool(modifiers & Qt::ControlModifier);
    if (zooms) {
        zoomBy(std::pow(0.998, delta.y()), axisAt(event->position().x(), width));
        return true;
    }
    if (!canScrollRows())
        return false;
    scrollRows(-delta.y() / 120.0 * 3);
    return true;
}

bool ChartNavigation::navigationPinch(QNativeGestureEvent *event, int width)
{
    if (event->gestureType() != Qt::ZoomNativeGesture)
        return false;
    // value() is the change of scale since the last event: +0.1 is 10% larger.
    zoomBy(1.0 / std::max(0.1, 1.0 + event->value()), axisAt(event->position().x(), width));
    return true;
}

bool ChartNavigation::showToolTip(QWidget *view, QHelpEvent *event, const QString &text,
                                  const QRect &area)
{
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QToolTip::showText(event->globalPos(), PlainWordsHtml::toolTip(text), view, area);
    return true;
}

} // namespace eg::views
